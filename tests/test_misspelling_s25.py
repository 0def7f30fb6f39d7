"""Other people's names beside a span, in any Latin letters; a title-case word beside another
person's name; a lone surname or entity name that is a name of its own; names the glossary lacked
(Jina, Versal, Hailo); code written in prose ("tensorflow as tf", "the deepseek-ai org"); a word
an entity's context window cuts at its edge; well-known people outside the field, politicians'
titles and given names after a word for a relation ("my colleague Deven")."""

from __future__ import annotations

import pytest

from tests.conftest import (assert_one_misspelling, context_episode, entity_episode, misspellings,
                            quote_episode, summary_episode)


@pytest.mark.parametrize("episode, text", [
    # a surname or given name with letters outside ASCII beside the span makes it part of that name
    (quote_episode, "According to Ibán Sáenz Trillo, the team shipped it in March."),
    (quote_episode, "We spoke with Siiri Heikkilä-Korhonen about the company's plans."),
    (summary_episode, "Şinasi Sonad joined the hosts to talk about the harbour."),
    # a title-case word beside another person's name: no casing slip of OLMo or BERT
    (quote_episode, "Dani Olmo scored the winner for Spain in the semifinal."),
    (quote_episode, "Bert Clausen and Dani Olmo joined the call."),
    # names the glossary holds now: Jina AI's short name, AMD's Versal, the chip maker Hailo
    (quote_episode, "We embed the documents with Jina before indexing."),
    (quote_episode, "AMD's Versal chips handle the signal processing."),
    (quote_episode, "Hailo makes edge AI chips for cameras."),
    # code in prose: a module under its alias, an account's name with a hyphen
    (quote_episode, "The notebook imports tensorflow as tf before anything else."),
    (quote_episode, "The deepseek-ai org on the hub has all the weights."),
    # an NER window cuts its last word: "Syno" of "Synopsys" is no slip of Suno
    (context_episode, "at Cadence both say AI is designing chips now, and the deal with Syno"),
    # a well-known person's name outside the field (entity-noise's `people`), one letter from Micron
    (summary_episode, "Macron, Mistral and the European bet on open models."),
    # a politician's title before a name, capitalised, or a role after it
    (quote_episode, "Senator Eric Schmitt of Missouri voted against the bill."),
    (quote_episode, "Eric Schmitt, the Missouri senator, asked about chips."),
    # a given name after a word for a person's relation, not a product's name misspelled
    (quote_episode, "My colleague Deven thinks the rollout went well."),
    (quote_episode, "Her son Codey wants to be a pilot."),
])
def test_quiet(episode, text):
    assert misspellings(text, episode) == []


@pytest.mark.parametrize("name", [
    "Garmin",   # a company, one letter from Matt Garman's surname
    "Murata",   # a company and a surname, one letter from Mira Murati's
    "Marcos",   # a given name and surname, one letter from Gary Marcus's
    "Mercer",   # a consultancy, one letter from Mercor
])
def test_entity_names_of_their_own(name):
    assert misspellings(name, entity_episode) == []


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", [
    (quote_episode, "Our tasks live in Trillo now, the whole team moved.", "M303", "Trillo", "Trello"),
    (quote_episode, "OLmo is an open model from Ai2.", "M302", "OLmo", "OLMo"),  # ("Olmo", Ai2's styling from Olmo 3, is right)
    (quote_episode, "We use tensorflow at work for the older models.", "M302", "tensorflow", "TensorFlow"),
    (quote_episode, "We use the deepseek api for the cheap calls.", "M302", "deepseek", "DeepSeek"),
    (quote_episode, "Nvidia's Hwang said demand keeps growing.", "M303", "Hwang", "Huang"),
    (entity_episode, "Karpaty", "M303", "Karpaty", "Karpathy"),
    (context_episode, "and then we tried Mistrale on the same benchmark and it was fine", "M303", "Mistrale", "Mistral"),
    (entity_episode, "Mistrial", "M303", "Mistrial", "Mistral"),
    (quote_episode, "They buy memory from Nvidia, Micorn and Samsung.", "M303", "Micorn", "Micron"),
    (quote_episode, "Eric Schmitt said Google was too slow.", "M301", "Eric Schmitt", "Eric Schmidt"),
    (quote_episode, "Our partner Antrophic helped with the evals.", "M303", "Antrophic", "Anthropic"),
    (quote_episode, "My colleague Dario Amodey agreed with the plan.", "M303", "Dario Amodey", "Dario Amodei"),
])
def test_still_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)
