"""Fuzzy matches that are names of their own: a one-word name one or two slips from a glossary
name that is an ordinary word, listed alike by both passes, is a brand that restyles the word
("Orakle", no Oracle); and a lowercase name word whose meaning the text gives
("kaggle means ...") is a word mentioned, not a name miscased. Slips of names that are no words,
and slips one pass alone writes, stay flagged."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _both_passes(ner: str, llm: str) -> list[tuple[str, str, str]]:
    fm = ("title: x\ncompanies:\n"
          f"- {{name: {ner}, category: unknown, confidence: high, position: 120,\n"
          f"   context: 'we use {ner} for the cold chain now'}}\n"
          f"- {{name: {llm}, category: ai_application, confidence: high, source: llm_enhanced,\n"
          f"   context: '{llm} makes coatings that keep produce fresh.'}}\n"
          f"summary: 'The guest explains how {llm} works.'\n")
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode_text(fm), select=("misspelling",))]


@pytest.mark.parametrize("name", ["Orakle", "Zooom", "Slacck"])
def test_a_restyled_ordinary_word_both_passes_list_is_a_name(name):
    assert _both_passes(name, name) == []


@pytest.mark.parametrize("name, right", [("Orakle", "Oracle"), ("Zooom", "Zoom")])
def test_the_slip_is_flagged_where_the_llm_pass_lists_the_name_right(name, right):
    found = _both_passes(name, right)
    assert ("M303", "companies[0].name", name) in found


def test_a_slip_of_a_name_that_is_no_word_is_flagged_though_both_passes_copy_it():
    found = _both_passes("Nvidea", "Nvidea")
    assert ("M303", "companies[0].name", "Nvidea") in found and ("M303", "summary", "Nvidea") in found


def _quote(text: str) -> list[tuple[str, str]]:
    fm = f"title: x\nquotes:\n- text: '{text}'\n"
    return [(f.rule, f.evidence) for f in audit_text(episode_text(fm), select=("misspelling",))]


@pytest.mark.parametrize("text", ["In Japanese, kaggle means nothing at all.",
                                  "In Italian, figma (fig.) means nothing."])
def test_a_word_whose_meaning_is_given_is_mentioned_not_miscased(text):
    assert _quote(text) == []


def test_a_miscased_name_used_as_a_name_is_still_flagged():
    assert _quote("We found the data on kaggle last week.") == [("M302", "kaggle")]
