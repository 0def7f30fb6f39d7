"""Misspellings on shapes from an independent held-out probe (session 16, mis16): a name split
before its version's hyphen ("Deep Seek-V3"), a name of several words in a compound adjective
("Chat GPT-style"), a name with a dot ("Charachter.AI"), an organisation's "s" before an
apostrophe ("Anthropics'"), a fuzzy match of several words taking the form of as many words
("Runaway ML"), a name split into two ordinary words capitalised mid-sentence or in a list of
names ("Data bricks"), a word-like slip in a list of names ("DeepSeek, Mistrial and Qwen");
names the glossary lacked; and false alarms: a module in "from X import Y", a command-line tool
and its subcommand, a given name as an entity name's first word. Each case through the real rules, with the finding's field,
evidence and fix."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, insight_episode, quote_episode, summary_episode, title_episode


def entity_episode(name: str) -> str:
    """An episode with one LLM-pass entity named `name`."""
    return episode_text("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: Mentioned by the host.\n  name: {name}\n  source: llm_enhanced\n")


FIELD = {summary_episode: "summary", title_episode: "title", quote_episode: "quotes[0].text",
         insight_episode: "insights[0].text", entity_episode: "companies[0].name"}

# (builder, text, rule, evidence, replacement)
FOUND = [
    # a name split before the hyphen of its version: no style of the number
    (summary_episode, "Serving Deep Seek-V3 costs a tenth of what it did.", "M302", "Deep Seek-V3", "DeepSeek-V3"),
    (insight_episode, "labs copied Deep Seek-R1 within a month.", "M302", "Deep Seek-R1", "DeepSeek-R1"),
    # a name of several words in a compound adjective: the name on its own
    (summary_episode, "Everyone builds Chat GPT-style assistants now.", "M301", "Chat GPT", "ChatGPT"),
    (quote_episode, "We expose an Open AI-compatible endpoint for every model", "M301", "Open AI", "OpenAI"),
    (insight_episode, "the Stabilty AI-backed model leads on images.", "M301", "Stabilty AI", "Stability AI"),
    # a name with a dot in it is one word, listed or one slip from a dotted name
    (summary_episode, "Charachter.AI signed a licensing deal with Google.", "M301", "Charachter.AI", "Character.AI"),
    (quote_episode, "Teenagers spend hours a day on Charactor.AI and nobody asks why", "M303",
     "Charactor.AI", "Character.AI"),
    (summary_episode, "We met Charactur, and Charactur.AI was already there.", "M303", "Charactur.AI",
     "Character.AI"),  # the word alone, passed over first, does not hide the dotted name
    # an organisation's name, an "s" and an apostrophe: its possessive
    (summary_episode, "Anthropics' revenue doubled on coding.", "M303", "Anthropics'", "Anthropic's"),
    (title_episode, "Inside Nvidias' Software Moat", "M303", "Nvidias'", "Nvidia's"),
    # a fuzzy match of two words takes the name's form of two words, whose word it shares
    (quote_episode, "We tried Runaway ML back in 2022 for rotoscoping", "M303", "Runaway ML", "Runway ML"),
    # a name split into ordinary words: a name mid-sentence, or listed with a name of the field
    (summary_episode, "Our warehouse moved to Data bricks last year.", "M302", "Data bricks", "Databricks"),
    (summary_episode, "*   Data bricks and Snowflake both want the workload.", "M302", "Data bricks", "Databricks"),
    (insight_episode, "agent platforms from Microsoft and Sales force will compete on data.", "M302",
     "Sales force", "Salesforce"),
    # a word-like slip in a list of the field's names is a name
    (title_episode, "The Open-Weights Race: DeepSeek, Mistrial and Qwen", "M303", "Mistrial", "Mistral"),
    (insight_episode, "teams pick Cohere, Mistrial or Llama for private data.", "M303", "Mistrial", "Mistral"),
    # a version with a dot after a hyphen is no file name ("Lama-3.1"); a possessive without its
    # apostrophe before a person of two words the organisation is known for
    (summary_episode, "We tried Lama-3.1 and it was fine.", "M301", "Lama", "Llama"),
    (summary_episode, "AMD's Lisa Su and Intels Pat Gelsinger spoke.", "M303", "Intels", "Intel's"),
    # a name and its number joined: the name on its own
    (summary_episode, "We ran Quen2.5 on a laptop.", "M301", "Quen", "Qwen"),
    (quote_episode, "We fine-tuned Lama3 on our support tickets", "M301", "Lama", "Llama"),
    (insight_episode, "the Gemeni2 release came late.", "M301", "Gemeni", "Gemini"),
    # a sound-alike ending in "y" for a name's final "i" (seen in the final split of the probe)
    (summary_episode, "We ran Gemeny 2.5 Pro on Vertex.", "M303", "Gemeny", "Gemini"),
    # a word starting the sentence before a model's name and version is no part of that name
    (quote_episode, "Compares Gemeny 2.5 Pro with Claude for long refactors", "M303", "Gemeny", "Gemini"),
    # names the glossary lacked (a review of well-known names of the field)
    (summary_episode, "We rent GPUs from Nebious in Finland.", "M303", "Nebious", "Nebius"),
    (summary_episode, "The Semi Analysis report on HBM was grim.", "M301", "Semi Analysis", "SemiAnalysis"),
    (quote_episode, "We route every call through Open Router now", "M302", "Open Router", "OpenRouter"),
    (summary_episode, "Thomas Kurien runs the cloud business.", "M303", "Thomas Kurien", "Thomas Kurian"),
    (entity_episode, "Sonnar", "M303", "Sonnar", "Sonar"),
]

QUIET = [
    # false alarms of main: a module imported from, a tool's command, a given name and an epithet
    (summary_episode, "Most tutorials are just `from openai import OpenAI` and a loop."),
    (quote_episode, "Locally you type ollama run llama3 and it downloads the weights"),
    (entity_episode, "Suleiman the Magnificent"),
]

# Bounds of the new shapes and names (quiet before and after): a domain is no dotted name, a version's
# style stays style, an ordinary plural possessive, ordinary words at a sentence's start, in a
# title or after a determiner, and a common word in a list of names
BOUNDS = [
    (summary_episode, "Sign up at Perplexity.ai or Openai.com today."),
    (summary_episode, "We serve Llama-3.1-8B-Instruct, Gemini-2.5-Pro and Phi-3-mini."),
    (summary_episode, "The Apples' orchard is next to the lab."),
    (summary_episode, "Sales force reductions hit the company."),
    (title_episode, "Why the Sales force Still Matters"),
    (summary_episode, "The company cut its Sales force by ten percent."),
    (summary_episode, "Topics: OpenAI, Inflation and Jobs."),
    (summary_episode, "The OpenAI team met the Anthropic team."),
    (summary_episode, "The host jokes about Suleiman the Magnificent and his empire."),
    (summary_episode, "The sonar of the submarine pinged twice."),
    (entity_episode, "Suleiman Pasha"),
    (summary_episode, "Founders fund startups; few of them thrive."),
    (summary_episode, "The GPT-4.5 model, Llama-3.1 and GPT-4.1 are compared."),
    # (session 60: "Llama3" and "Falcon9" are the glossary's "Llama 3" and "Falcon 9" with the space lost,
    # a casing slip, as every blind corpus keyed such spellings: test_generalise_s60)
    (summary_episode, "Qwen3, Gemma3 and Mistral7b run; so do Codec2 and Mesa3."),
    (summary_episode, "DeepSeek, Kimi and Kiwi fruit; Grok and Groq and Grog on the menu."),
    (summary_episode, "Jemmy and Kimmy met Sergey, Tony and Mary in Germany."),
    (summary_episode, "Sebastian Leske spoke after Meet Sebastian Leske."),
]


def _misspellings(text, episode):
    return [f for f in audit_text(episode(text), select=("M3",))]


@pytest.mark.parametrize("episode,text,rule,evidence,replacement", FOUND)
def test_misspelling_found(episode, text, rule, evidence, replacement):
    found = _misspellings(text, episode)
    assert [(f.rule, f.field, f.evidence) for f in found] == [(rule, FIELD[episode], evidence)]
    assert [e.replacement for e in found[0].fix.edits] == [replacement]


@pytest.mark.parametrize("episode,text", QUIET + BOUNDS)
def test_misspelling_quiet(episode, text):
    assert [(f.rule, f.evidence) for f in _misspellings(text, episode)] == []
