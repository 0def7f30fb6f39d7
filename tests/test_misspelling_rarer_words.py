"""A name of the glossary that is also an English word ("Humane", "Mistral") has neighbours that
English uses too. A word one slip from it that is much rarer than the name's word is another name
("Humana" the insurer); one at least as common is what a mishearing writes ("Mistrial")."""
import json

import pytest

from tests.conftest import audit_text, episode_text


def _misspelt(fm: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(episode_text(fm), select=["misspelling"])]


@pytest.mark.parametrize("name, context", [
    ("Humana", "UnitedHealth Group guided down, Humana guided down, everybody blamed utilization."),
    ("Humana", "Insurer leaving the stand-alone Part D prescription drug plan market."),
])
def test_a_rarer_word_beside_a_word_name_is_another_name(name, context):
    fm = f"title: x\ncompanies:\n- name: {name}\n  context: {json.dumps(context)}\n"
    assert _misspelt(fm) == []


def test_a_mishearing_as_common_as_the_name_is_still_found():
    fm = "title: x\ncompanies:\n- name: Mistrial\n  context: They talked about Mistrial.\n"
    assert ("companies[0].name", "Mistrial") in _misspelt(fm)


def test_a_rarer_word_in_a_quote_is_quiet():
    fm = 'title: x\nquotes:\n- text: "Humana and Cigna both walked away from the Part D stand-alone plans."\n'
    assert _misspelt(fm) == []
