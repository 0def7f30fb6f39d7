"""Misspelling shapes of session 20 (mis22's held-out set, /tmp/s20/mis22):

- a one-word name the ASR heard as two words, the first no English word and written as the name
  starts, the second an English word for the rest's sound ("Perplexi tea" for Perplexity);
- a name split at its capitals into ordinary words before a word of the field's names ("Black
  well Ultra" for Blackwell Ultra) is no frequent word before another name ("In Tel Aviv");
- an ordinary hyphenated compound capitalised at a sentence's start, before a model's version, is
  the name ("Mid-journey v7 images"), while "Mid-journey, we stopped" stays a word;
- a lowercase word that runs on after a hyphen is part of a compound or a package name
  ("Hugging face-first", "llama-index-core"), and a joined lowercase name before "tokenizer" is
  code ("the mistralai tokenizer", rules/misspelling.yaml `code_nouns`);
- five capitals amid lowercase text are a ticker or acronym, no misspelled name ("GOOGL").
"""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, insight_episode, misspellings, quote_episode,
                            summary_episode, title_episode)


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", [
    (summary_episode, "We discuss how Perplexi tea built an answer engine on its own index.", "M303",
     "Perplexi tea", "Perplexity"),
    (title_episode, "How Perplexi Tea Took On Search", "M303", "Perplexi Tea", "Perplexity"),
    (quote_episode, "Blackwell is sold out and Black well Ultra is next, he said.", "M302", "Black well",
     "Blackwell"),
    (summary_episode, "Mid-journey v7 images changed the illustrator's workflow.", "M302", "Mid-journey",
     "Midjourney"),
    (quote_episode, "We use Open ai-powered tools for the drafts.", "M302", "Open ai", "OpenAI"),
])
def test_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)


@pytest.mark.parametrize("text", [
    "Mid-journey, we stopped to check the map.",
    "In Tel Aviv the meetup ran late.",
    "Hugging face-first into the pillow, the toddler fell asleep.",
    "The package is called llama-index-core now.",
    "Use the transformers AutoTokenizer with the mistralai tokenizer.",
    "MSFT and GOOGL both rallied after the earnings call.",
    "Perplexity tea is what the host calls his afternoon reading.",
])
def test_quiet(text):
    assert misspellings(text, quote_episode) == []
    assert misspellings(text, insight_episode) == []
