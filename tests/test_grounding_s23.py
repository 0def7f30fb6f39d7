"""G901, session 23: a product the glossary does not know, named by a code of letters and digits
after a known maker, is grounded by the code ("NVIDIA H20" by "the H20"); a person the glossary
does not know, shaped like a person's name with a common given name, by the surname ("Carl Pei" by
a window cut inside the name, "arl Pei started Nothing"); a glossary person by a first name that
the people list says names the person alone ("Jensen at GTC"). Another code, another surname or a
common word still leaves the name ungrounded."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _ungrounded(name: str, text: str, category: str = "ai_model", ner_window: str | None = None) -> bool:
    ner = ("" if ner_window is None else
           f"- name: Acme\n  category: tech\n  confidence: high\n  context: {json.dumps(ner_window)}\n  position: 10\n")
    ep = episode_text("title: x\nsummary: " + json.dumps(text) + "\ncompanies:\n" + ner + "- name: " + json.dumps(name)
                      + f"\n  category: {category}\n  confidence: high\n  context: Discussed.\n  source: llm_enhanced\n")
    return [f.rule for f in audit_text(ep, select=("G901",))] == ["G901"]


@pytest.mark.parametrize("name,text", [
    ("NVIDIA H20", "The H20 was designed to sit exactly under the export line, and then they moved the line."),
    ("AMD MI325X", "We got the MI325X boxes in March and the memory is the whole story."),
    ("Nvidia GB300", "The GB300 racks are sold out through next year."),
])
def test_a_product_code_after_a_known_maker(name, text):
    assert not _ungrounded(name, text)


@pytest.mark.parametrize("name,text", [
    ("NVIDIA H20", "The H100 was designed for training and the H800 for the rules."),
    ("AMD MI325X", "We got the MI300X boxes in March and the memory is the whole story."),
    ("Nvidia Vera", "The vera cruz launch was a good week for the team."),  # no code: an ordinary word
])
def test_another_code_or_a_word_does_not(name, text):
    assert _ungrounded(name, text)


def test_a_person_by_the_surname_in_a_cut_window():
    assert not _ungrounded("Carl Pei", "The hosts talk about phones.", "person",
                           "arl Pei started Nothing after leaving OnePlus and the phone did better")
    assert _ungrounded("Carl Pei", "The hosts talk about phones.", "person",
                       "arl Wu started Nothing after leaving OnePlus and the phone did better")


def test_a_common_surname_does_not_ground_an_unknown_person():
    assert _ungrounded("Brenna Taylor", "Taylor made the slides for the board meeting.", "person")


def test_a_first_name_that_names_the_person_alone():
    assert not _ungrounded("Jensen Huang", "The hosts talk about Jensen at GTC and the Blackwell racks.", "person")
    assert _ungrounded("Jensen Huang", "The hosts talk about Jens at GTC and the Blackwell racks.", "person")
