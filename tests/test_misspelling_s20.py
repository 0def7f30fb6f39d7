"""Misspellings on shapes from an independent held-out set (session 20, mis20): a name and an "s"
that makes no English word, its possessive without the apostrophe ("Anthropics models"); a first
word slipped before a model's code written right ("Kimmy K2"); a first letter written as the
letter's name ("Ex AI"); an acronym with a letter typed twice ("CUDDA"); a letter moved two or
three places ("Nivida"); two names joined by a slash ("Nvidea/AMD"). And what stays quiet: the
name made plural ("the OpenAIs and Anthropics of the world"), an acronym's letters as a given name
at a sentence's start ("Jax is short for Jacksonville"), a benchmark beside MMLU ("MMMLU"), a
place after "town of" ("Cholet") and an entity named after it, a lone surname that sounds
otherwise ("Mensah"), a path's owner before a slash, "In Tel Aviv". Each case through the real
rules, with field, evidence and fix."""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, context_episode, entity_episode, insight_episode,
                            misspellings, ner_entity_episode, quote_episode, summary_episode, title_episode)


# (builder, text, rule, evidence, replacement)
FOUND = [
    # a name and an "s" that makes no English word: the possessive without its apostrophe
    (quote_episode, "I think Anthropics models are simply the best at agentic coding right now.", "M303",
     "Anthropics", "Anthropic's"),
    (insight_episode, "Perplexitys browser is called Comet.", "M303", "Perplexitys", "Perplexity's"),
    # after a list of plurals, an apostrophe after the "s" still makes the possessive
    (title_episode, "Who Runs AI? Founders, Feuds and Anthropics' Rise", "M303", "Anthropics'", "Anthropic's"),
    # a first word slipped before a model's code written right
    (quote_episode, "Kimmy K2 from Moonshot is the best open agentic model right now.", "M303", "Kimmy K2",
     "Kimi K2"),
    # the first letter written as the letter's name
    (quote_episode, "Elon's Ex AI built the Colossus cluster in Memphis in about four months.", "M303", "Ex AI",
     "xAI"),
    # an acronym with a letter typed twice
    (insight_episode, "CUDDA kernels are still written by a small number of experts.", "M303", "CUDDA", "CUDA"),
    # a letter moved two or three places
    (quote_episode, "Honestly, Nivida is doing the most interesting work right now.", "M303", "Nivida", "Nvidia"),
    (summary_episode, "The board of Qualocmm met in March.", "M303", "Qualocmm", "Qualcomm"),
    # a surname alone that lost its inner capital
    (quote_episode, "I agree with Lecun that scaling language models is not enough.", "M302", "Lecun", "LeCun"),
    # two names joined by a slash in running text
    (quote_episode, "We compared Nvidea/AMD pricing for the new cluster.", "M303", "Nvidea", "Nvidia"),
]

QUIET = [
    # the name made plural, not a possessive
    (quote_episode, "The OpenAIs and Anthropics of the world will keep raising money."),
    (quote_episode, "We compared all the Mistrals and Groks on one benchmark."),
    # no noun for a possessive to own: a plural, however odd
    (quote_episode, "Anthropics are great, and we like Anthropics."),
    # an acronym's letters read as a word or given name where a sentence starts
    (quote_episode, "Jax is short for Jacksonville, where the startup is based."),
    # a benchmark beside MMLU: its "MM" tripled is no slip
    (summary_episode, "We report MMMLU, the multilingual set, next to MMMU."),
    # a place after "town of", no surname
    (quote_episode, "The town of Cholet in western France has a famous basketball team."),
    # an owner in a path before a slash, lowercase or hyphenated
    (quote_episode, "If you pull the weights from deepseek-ai/DeepSeek-V3 you need eight GPUs."),
    # a surname alone one letter off that sounds otherwise is another family's
    (quote_episode, "Mensah scored twice for Ghana in the second half."),
    # a possessive in capitals
    (title_episode, "OPENAI'S NEW BOARD AND NVIDIA'S CHIPS"),
    # "In" starts sentences: no letter's name
    (summary_episode, "In Tel Aviv the team grew to forty people."),
]


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", FOUND)
def test_misspelling_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)


@pytest.mark.parametrize("episode, text", QUIET)
def test_misspelling_quiet(episode, text):
    assert misspellings(text, episode) == []


def test_surname_alone_that_the_context_shows_to_be_a_place():
    """An entity named "Cholet" whose context says it is a town: the context decides, so neither
    the name nor the context is flagged; a surname misspelled in its context still is."""
    quiet = ner_entity_episode("Cholet", "ugby club. The town of Cholet in western France has a famous basket")
    assert misspellings(quiet, lambda t: t) == []
    found = ner_entity_episode("Cholet", "est talk was by Francois Cholet on the ARC benchmark and how it")
    assert {(f.field, f.evidence) for f in misspellings(found, lambda t: t)} == {
        ("companies[0].name", "Cholet"), ("companies[0].context", "Francois Cholet")}


def test_entity_name_with_the_possessive_s_of_an_org():
    """An entity's name is a name: "Anthropics" there is the lab's name with a stray "s"."""
    found = misspellings("Anthropics", entity_episode)
    assert [(f.field, f.evidence) for f in found] == [("companies[0].name", "Anthropics")]


def test_context_window_with_a_slipped_model_code():
    assert_one_misspelling(context_episode, "we moved the agents to Kimmy K2 last week and the bill halved",
                           "M303", "Kimmy K2", "Kimi K2")
