"""Duplicates: an acronym written with an ampersand or periods is the name it abbreviates ("PG&E"
and "Pacific Gas and Electric", "AT&T" and "American Telephone and Telegraph"); a product written
after its maker's name ("Nvidia Jetson") is written otherwise, not misspelt, so of it and the bare
name the later entry is the duplicate; a name the glossary does not know and its plural are one
("Chromebook", "Chromebooks"), short names, acronyms and the glossary's names stay apart."""
from __future__ import annotations

import pytest

from tests.test_duplicate_entity_s10 import _duplicates


@pytest.mark.parametrize("first, second", [
    ("Pacific Gas and Electric", "PG&E"),
    ("PG&E", "Pacific Gas and Electric"),
    ("American Telephone and Telegraph", "AT&T"),
])
def test_an_acronym_with_an_ampersand_is_its_name(first, second):
    found = _duplicates(first, second)
    assert [f.field for f in found] == ["companies[1].name"], [f.message for f in found]


def test_an_acronym_of_other_initials_stays_apart():
    assert _duplicates("Pacific Gas and Electric", "P&G") == []


@pytest.mark.parametrize("first, second", [("Nvidia Jetson", "Jetson"), ("Jetson", "Nvidia Jetson")])
def test_a_product_after_its_makers_name_is_the_later_entry_duplicated(first, second):
    found = _duplicates(first, second)
    assert [(f.field, "misspelt" in f.message) for f in found] == [("companies[1].name", False)]


@pytest.mark.parametrize("first, second", [("Chromebook", "Chromebooks"), ("Chromebooks", "Chromebook")])
def test_a_plural_of_another_entry_is_that_entry(first, second):
    found = _duplicates(first, second)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("first, second", [("API", "APIs"), ("Arm", "Arms"), ("Lens", "Len"), ("Geminis", "Gemini")])
def test_short_names_and_acronyms_made_plural_stay_apart(first, second):
    assert _duplicates(first, second) == []
