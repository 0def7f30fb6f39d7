"""Misspelling shapes of session 18 (mis21's held-out set, /tmp/s18/mis21): names of other people
and things that look like the field's names, and code written as the code wants it.

- a name in apposition with a noun of `other_roles` (rules/misspelling.yaml) is that person's or
  thing's ("the goddess Invidia", "Invidia was a Roman goddess"); so is an entity whose context
  opens with one ("American novelist of the 1930s");
- a name beside the very name it would misspell ("Thomas Wolfe and Thomas Wolf") is told apart;
- the first word of an entity the pipeline calls a person is no product's slip ("Jenson Button");
- a lowercase joined name before a word for a code package ("the mistralai client", "the openai
  npm package"), and a lowercase API model id ("gpt-4o-mini"), are code;
- a surname made plural ("two Altmans."), a model's variant word after its version ("Qwen 2.5
  Coder"), a name ending in "s" and its apostrophe ("Databricks'") are no slips;
- a product's listed misspelling that is a given name before another surname ("Claud Cockburn")
  and an ordinary word capitalised after a determiner before its noun ("a Palm grove") are words;
- a lowercase word cited as a word ("the Japanese word sora") or said twice ("moshi moshi"), an
  English word two slips from a long name ("Synesthesia"), an organisation's name after another
  organisation's possessive ("Apple's Metal 3"), and an entity whose context has the word in
  lowercase ("declared a mistrial") are no names; nor is a word with letters outside ASCII that
  the name has none of ("palantír"); an exception phrase matches whatever the case of its other
  words ("Ali Baba and the forty thieves"), also in an entity's context; a product's fuzzy match
  that starts an entity's name before a word no glossary name has is another name ("Kirov Ballet").
"""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, insight_episode, llm_entity_episode, misspellings,
                            quote_episode, summary_episode)


@pytest.mark.parametrize("text", [
    "Ovid describes the goddess Invidia in the second book of the Metamorphoses.",
    "Invidia was a Roman goddess, and the painting in the hall shows her.",
    "Thomas Wolfe and Thomas Wolf share a name and nothing else.",
    "The host confuses two Altmans.",
    "Install it and import the mistralai client in two lines.",
    "The openai npm package wraps the same endpoints.",
    "We call gpt-4o-mini and claude-3-5-haiku-latest from one client and log the cost.",
    "The lab's Qwen 2.5 Coder models fixed most of the failing tests.",
    "Databricks' new model is out this week.",
    "Claud Cockburn wrote satire for the Daily Worker in the 1930s.",
    "We walked through a Palm grove on the way to the conference.",
    "In Japanese the word sora means sky, the guest explained.",
    "Moshi moshi, she said, and picked up the second phone.",
    "Synesthesia is when you taste shapes, which sounds like a multimodal model.",
    "Apple's Metal 3 API makes local inference on a laptop fast enough.",
    "Ali Baba and the forty thieves was the story my daughter asked for.",
])
def test_quiet(text):
    assert misspellings(text, quote_episode) == []


@pytest.mark.parametrize("name, context, category", [
    ("Thomas Wolfe", "American novelist of the 1930s, quoted on going home again.", "unknown"),
    ("Invidia", "Roman goddess of envy, brought up in a joke about GPU margins.", "unknown"),
    ("Jenson Button", "Mentioned during a joke about pit stops.", "person"),
    ("Mistrial", "the judge declared a mistrial after the jury deadlocked on the patent claims", "unknown"),
    ("palantír", "The seeing stones of the old stories, a metaphor for surveillance.", "unknown"),
    ("Ali Baba", "Ali Baba and the forty thieves was the bedtime story that night.", "unknown"),
    ("Invidia", "Invidia was the Roman personification of envy, the host notes.", "unknown"),
    ("Kirov Ballet", "The company toured London in the spring.", "unknown"),
])
def test_entity_of_something_else_is_quiet(name, context, category):
    assert misspellings(llm_entity_episode(name, context, category), lambda t: t) == []


@pytest.mark.parametrize("name, context, category, evidence, replacement", [
    ("Thomas Wolfe", "Hugging Face co-founder, quoted on open science.", "person", "Thomas Wolfe", "Thomas Wolf"),
    ("Invidia", "Chip maker whose GPUs train most frontier models.", "big_tech", "Invidia", "Nvidia"),
    ("Perplexitee Comet", "Agentic browser of the answer engine, tested by the host.", "unknown", "Perplexitee",
     "Perplexity"),
])
def test_entity_of_the_field_is_still_found(name, context, category, evidence, replacement):
    found = misspellings(llm_entity_episode(name, context, category), lambda t: t)
    assert [(f.field, f.evidence, f.fix.edits[0].replacement) for f in found] == [
        ("companies[0].name", evidence, replacement)]


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", [
    (quote_episode, "Invidia shipped the new racks a month early.", "M301", "Invidia", "Nvidia"),
    (quote_episode, "The Grace Hoper superchips share memory between CPU and GPU.", "M303", "Grace Hoper",
     "Grace Hopper"),
    (quote_episode, "We tried Claud 3 Opus on the contracts.", "M301", "Claud", "Claude"),
    (insight_episode, "Mistralai released a new small model this week.", "M302", "Mistralai", "Mistral AI"),
    (summary_episode, "Everyone was talking about Karpathys new video.", "M303", "Karpathys", "Karpathy"),
    (quote_episode, "The guest compared Google's Palm 2 model with GPT-4.", "M302", "Palm", "PaLM"),
    (quote_episode, "We tried sora yesterday and the clips were short.", "M302", "sora", "Sora"),
    (quote_episode, "Elon's Ex AI built the cluster in four months.", "M303", "Ex AI", "xAI"),
    (quote_episode, "Ali Baba's cloud unit released the weights openly.", "M301", "Ali Baba", "Alibaba"),
])
def test_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)
