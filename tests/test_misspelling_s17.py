"""Misspellings on shapes from an independent held-out set of unlisted misspellings (session 17,
mis17): a name split at a hyphen into two ordinary words, capitalised mid-sentence ("Deep-mind",
"Rep-lit"); a sound-alike whose first letter is another letter of the same sound ("Klawd",
"Jeminy"); a one-word name split at its capitals with a slip in one part ("Eleven Laps", "Deep
Seep"); an "AI" in lower case after a lab's name ("Mistral ai"), a name's own word in lower case
that is no ordinary word ("GitHub copilot"), a version's "o" written as a zero ("GPT-40"); names of
the field the glossary lacked (labs, products, people). And what stays quiet:
ordinary hyphenated compounds where a sentence or a noun phrase starts, a slip in a short part
("Open Air"), ordinary words and other people's names. Each case through the real rules, with
the finding's field, evidence and fix."""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, context_episode, insight_episode, misspellings,
                            quote_episode, summary_episode)


# (builder, text, rule, evidence, replacement)
FOUND = [
    # a name split at a hyphen into ordinary words, capitalised mid-sentence with no determiner
    (summary_episode, "Arthur Mensch left Deep-mind to co-found the lab.", "M302", "Deep-mind", "DeepMind"),
    (summary_episode, "Cognition's Devin and Rep-lit target people who never coded.", "M302", "Rep-lit", "Replit"),
    (insight_episode, "custom chips designed with Broad-com will take share.", "M302", "Broad-com", "Broadcom"),
    (quote_episode, "We moved everything to Micro-soft last spring", "M302", "Micro-soft", "Microsoft"),
    # a sound-alike whose first letter sounds as the name's does
    (context_episode, "I just tell Klawd to run the tests and fix whatever breaks, and go", "M303", "Klawd", "Claude"),
    (quote_episode, "Android users get Jeminy whether they asked for it or not", "M303", "Jeminy", "Gemini"),
    # a one-word name split where its capitals are, one part slipped
    (quote_episode, "Nobody wants their voice in an Eleven Laps library without a contract", "M303",
     "Eleven Laps", "ElevenLabs"),
    (context_episode, "the weights from Deep Seep are what everybody fine-tunes now, and the", "M303", "Deep Seep",
     "DeepSeek"),
    # names of the field the glossary lacked: products, model families, people
    (summary_episode, "Cognition's Devon works best on well-scoped tickets.", "M303", "Devon", "Devin"),
    (summary_episode, "Qwhen Coder runs on a single GPU.", "M303", "Qwhen Coder", "Qwen Coder"),
    (insight_episode, "DepSeek Coder is good enough for autocomplete.", "M303", "DepSeek Coder", "DeepSeek Coder"),
    (context_episode, "Autonomous software engineer product by Cognition, led by Scot Wu.", "M303", "Scot Wu",
     "Scott Wu"),
    (summary_episode, "We looked at Gleen for enterprise search.", "M303", "Gleen", "Glean"),
    (quote_episode, "Matei Zaharai built Spark before any of this", "M303", "Matei Zaharai", "Matei Zaharia"),
    # an "AI" in lower case after a lab's name; a name's own word in lower case that is no ordinary word
    (summary_episode, "For EU health data the insurer uses Mistral ai models.", "M302", "Mistral ai", "Mistral AI"),
    (insight_episode, "banks will standardise on GitHub copilot for procurement reasons.", "M302",
     "GitHub copilot", "GitHub Copilot"),
    # a sound-alike: a vowel for the second letter, consonants spelled as heard, a silent "e" added
    (quote_episode, "Everybody pulled the Dipseek weights the week they came out", "M303", "Dipseek", "DeepSeek"),
    (summary_episode, "The insurer moved its lakehouse to Databrix last year.", "M303", "Databrix", "Databricks"),
    (insight_episode, "European banks will favour Mystrale for documents that stay in the EU.", "M303",
     "Mystrale", "Mistral"),
    # a first letter of the same sound in a word that is no English one
    (summary_episode, "Kwenn three runs on a laptop.", "M303", "Kwenn", "Qwen"),
    (insight_episode, "Kohere will sell private deployments to banks.", "M303", "Kohere", "Cohere"),
    # every word of a person's name one slip off
    (summary_episode, "Jenson Hwang keeps shipping GPUs.", "M303", "Jenson Hwang", "Jensen Huang"),
    # a listed misspelling shorter than four letters, lowercase first
    (quote_episode, "Last month xAi shipped a bigger model", "M301", "xAi", "xAI"),
    # a version's "o" written as a zero
    (quote_episode, "whether the model is Claude or GPT-40 it stops hallucinating", "M303", "GPT-40", "GPT-4o"),
]

QUIET = [
    # ordinary compounds where a sentence or a noun phrase starts
    (summary_episode, "Mid-journey we stopped for coffee and wrote the storyboard."),
    (summary_episode, "We took a Mid-journey break and read the Open-source code."),
    (quote_episode, "The Open-source community moved faster than anyone expected"),
    # a slip in a short part of a joined name is another word
    (summary_episode, "They met at the Open Air cinema in Berlin."),
    # other people's names and ordinary words beside the new names
    (summary_episode, "Claude Monet painted water lilies; Claude Shannon founded information theory."),
    (summary_episode, "A Devon farmhouse, the Sierra Nevada and a Notion of fairness."),
    (quote_episode, "Super Micro Computer shipped the racks and Supermicro booked the revenue"),
    (context_episode, "we went down to Jensen Beach for spring break, there's nothing there but"),
    (summary_episode, "The Dalai Lama visited a llama farm in Peru."),
    # a sound-alike of another first letter, of a surname alone two slips off, of a short word
    (quote_episode, "We compiled the hot loop with Cython and it was fast enough"),
    (summary_episode, "Murty and Keuleers wrote the word-frequency papers."),
    (summary_episode, "Cuen and Jemmy and Kimmy met in Germany."),
    # a command-line tool's name before the subcommand that runs a model
    (context_episode, "you just type ollama run and it pulls the weights, that's the whole experience"),
    # an ordinary word that is a company's name, in lower case
    (summary_episode, "The house was built of adobe bricks."),
    # a name and ordinary words after it
    (summary_episode, "Meta platforms reach billions; Mistral large contracts and Claude code reviews."),
    (summary_episode, "They scored GPT-4 at 40 percent and GPT-4o at 60."),
]


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", FOUND)
def test_misspelling_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)


@pytest.mark.parametrize("episode, text", QUIET)
def test_misspelling_quiet(episode, text):
    assert misspellings(text, episode) == []
