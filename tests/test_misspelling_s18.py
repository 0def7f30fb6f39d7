"""Misspellings on shapes from an independent held-out set of unlisted misspellings (session 18,
mis18): a one-word name split into capitalised words where a sentence starts ("Data Dog", "Fox
Con"); a leading vowel before a name's two consonants ("Envidea"); a soft "c" heard as "s"
("Serebrus"); an ordinary word starting the sentence before a misspelled company; a one-word name
heard as its capital parts ("Pie Torch"); a hyphenated split starting an entity's name
("Broad-com Tomahawk"); camel-case slips before a possessive ("xAi's"); capitals spelled out and
glued to a word ("OpenA.I."); a version's "o" read as ".0" ("GPT-4.0"); sound-alikes and names the
glossary lacked. And what stays quiet: an ordinary word as an entity's whole name ("Cerebral"), a
person named like a product ("Lama Nachman"), three-capital acronyms ("XAI" for explainable AI),
ordinary Title Case and compounds. Each case through the real rules, with field, evidence and fix."""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, context_episode, entity_episode, insight_episode, misspellings,
                            quote_episode, summary_episode, title_episode)


# (builder, text, rule, evidence, replacement)
FOUND = [
    # a one-word name split into capitalised words, where a sentence starts
    (summary_episode, "Data Dog added LLM tracing to its agent.", "M302", "Data Dog", "Datadog"),
    (quote_episode, "Auto Gen is what their agents team uses", "M302", "Auto Gen", "AutoGen"),
    (insight_episode, "Fox Con will assemble most of the new racks in Mexico.", "M303", "Fox Con", "Foxconn"),
    (summary_episode, "Co-Pilot Studio is where the agents are built.", "M302", "Co-Pilot Studio", "Copilot Studio"),
    # a leading vowel before a name's two consonants, as the first one's letter name sounds
    (quote_episode, "everyone is waiting on Envidea to ship more racks", "M303", "Envidea", "Nvidia"),
    (summary_episode, "The chips from Envidiya sold out again.", "M303", "Envidiya", "Nvidia"),
    # a soft "c" heard as "s"
    (summary_episode, "The inference speed of Serebrus impressed the team.", "M303", "Serebrus", "Cerebras"),
    # an ordinary word starting the sentence is no part of the company's name
    (quote_episode, "Honestly Serebrus' pitch is speed, not price", "M303", "Serebrus", "Cerebras"),
    # a one-word name heard as its capital parts
    (quote_episode, "everything we train is written in Pie Torch now", "M303", "Pie Torch", "PyTorch"),
    # a hyphenated split that starts an entity's name
    (entity_episode, "Broad-com Tomahawk switches", "M302", "Broad-com", "Broadcom"),
    # a hyphen before an ending of three letters or fewer makes no ordinary compound
    (context_episode, "said the Broad-com Tomahawk switches carry the traffic", "M302", "Broad-com", "Broadcom"),
    # a model's letter and number split by a hyphen
    (summary_episode, "The DeepSeek V-3 paper described multi-token prediction.", "M302", "DeepSeek V-3",
     "DeepSeek-V3"),
    (quote_episode, "and then Kimi K-2 came out with a trillion parameters", "M302", "Kimi K-2", "Kimi K2"),
    # a camel-case slip before a possessive
    (summary_episode, "The upgrade to xAi's Grok came after the new cluster.", "M301", "xAi", "xAI"),
    (quote_episode, "we moved to deepSeek's API last month", "M302", "deepSeek", "DeepSeek"),
    # capitals spelled out and glued to the word before them
    (insight_episode, "OpenA.I.'s board will not repeat the firing.", "M302", "OpenA.I.", "OpenAI"),
    # a name with a hyphen inside a compound adjective
    (summary_episode, "A Claude-Code-style tool ships with every IDE now.", "M302", "Claude-Code", "Claude Code"),
    (quote_episode, "it is a Hugging-Face-hosted model", "M302", "Hugging-Face", "Hugging Face"),
    # a version's "o" read as ".0"
    (quote_episode, "people still call GPT-4.0 the default model", "M303", "GPT-4.0", "GPT-4o"),
    # sound-alikes the glossary now lists, and names it lacked
    (summary_episode, "Open Eye told its board the nonprofit keeps control.", "M301", "Open Eye", "OpenAI"),
    (quote_episode, "they moved the transcription to Deepgramm last year", "M303", "Deepgramm", "Deepgram"),
    # an entity's name all lowercase and misspelled: read capitalised
    (entity_episode, "jensen hwong", "M303", "jensen hwong", "Jensen Huang"),
    (entity_episode, "antrhopic", "M303", "antrhopic", "Anthropic"),
]

QUIET = [
    # an ordinary word as an entity's whole name names something of its own
    (entity_episode, "Cerebral"),
    (entity_episode, "Comet"),
    (entity_episode, "mistrial"),
    (entity_episode, "open door"),
    (entity_episode, "sales team"),
    # a person whose given name is a product's listed misspelling
    (entity_episode, "Lama Nachman"),
    # three capitals are an acronym of their own
    (summary_episode, "XAI, explainable AI, is an older research field."),
    (summary_episode, "Hospitals must protect PHI under HIPAA."),
    # ordinary Title Case and compounds, versions that are right
    (summary_episode, "Data bricks are heavy; Sales force numbers rose."),
    (title_episode, "Data Dog Days of Summer"),
    (summary_episode, "### Light Speed Inference\n\nGroq sells speed."),
    (summary_episode, "*   **Light Speed:** Groq sells speed."),
    (summary_episode, "They met at the Open Air cinema and kept an open eye on costs."),
    (summary_episode, "Gemini 1.0 Ultra came before GPT-4o and Llama 3.0 was no model."),
    (summary_episode, "Envision a world where the Entropic view of Ancient Sumerians wins."),
    (quote_episode, "the iPhone's camera and eBay's listings"),
    (summary_episode, "IBM's Arvind Krishna and Dario Gil spoke; Patrick Collison tweeted."),
    (summary_episode, "Mid-journey we stopped for coffee."),
    (summary_episode, "A state-of-the-art model after a Mid-journey-like break."),
    (summary_episode, "The Sign-up page and the Long-run view; GPT-4 and DeepSeek-V3 are right."),
    # a word of two letters in a fuzzy match of several words is another word: Inflection's Pi
    (summary_episode, "Inflection Pi was the friendliest chatbot."),
    # a part between a word's capitals that is a whole other word than the name's: another name
    (quote_episode, "The Stanford GraphBase is a book by Knuth"),
    # a letter's name before a consonant that English words start with is no slip (Astrup, Eslick)
    (summary_episode, "Astrup and Eslick wrote the report."),
]


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", FOUND)
def test_misspelling_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)


@pytest.mark.parametrize("episode, text", QUIET)
def test_misspelling_quiet(episode, text):
    assert misspellings(text, episode) == []
