"""Entity noise: a day or month that NER took for a company is a date when its window has a word
of time before it ("shipped on Monday", "in March", "last Friday"); "Monday" the work-management
app, used rather than dated ("we track it in Monday", "tools like Monday"), and a person's first
name ("May Habib") stay."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _noise(name: str, context: str) -> list[str]:
    ep = episode_text(f"title: x\ncompanies:\n- name: {json.dumps(name)}\n  category: unknown\n"
                      f"  confidence: medium\n  context: {json.dumps(context)}\n  position: 10\n")
    return [f.rule for f in audit_text(ep) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,context", [
    ("Monday", "it shipped on Monday and by Wednesday we had ten thousand signups"),
    ("March", "we raised the round in March and hired twenty people by the summer"),
    ("Friday", "nd last Friday the whole cluster went down for six hours, which"),
])
def test_a_date(name, context):
    assert _noise(name, context) == ["F504"]


@pytest.mark.parametrize("name,context", [
    ("Monday", "we track every launch in Monday and the sales team lives in it"),
    ("Monday", "tools like Monday and Asana added AI agents this year"),
])
def test_no_date(name, context):
    assert _noise(name, context) == []


def test_a_given_name_is_no_date():
    # no date: the given name of May Habib, whom the glossary knows, cut from her name (F502)
    assert _noise("May", "May Habib, the CEO of Writer, said enterprise buyers want control") == ["F502"]
