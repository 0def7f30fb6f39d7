"""Spoken endings that are whole: 'that' as a verb's object before a preposition ("you cannot
just throw that into a vision transformer"), an infinitive's object and its manner ("learns to do
it badly"), an interjection ("not happy about it, ha"), and a word of a Polish episode ("serio").
The same shapes with a clause that lost its verb stay cut."""
import json

import pytest

from tests.conftest import audit_text, episode_text


def _cut(*quotes: str) -> list[str]:
    fm = "title: x\nquotes:\n" + "".join(f"- text: {json.dumps(q)}\n  relevance_score: 5\n" for q in quotes)
    return [f.evidence for f in audit_text(episode_text(fm), select=["truncation"])]


@pytest.mark.parametrize("quote", [
    "a single slide is a hundred thousand pixels, you cannot just throw that into a vision transformer",
    "you do the same towel fold four hundred times and then the policy learns to do it badly",
    "the growers were, let's say, not happy about it, ha",
])
def test_whole_spoken_endings(quote):
    assert _cut(quote) == []


@pytest.mark.parametrize("quote, evidence", [
    ("he said that in the end the model", "model"),
    ("and the reason is that in two years the", "the"),
    ("and then it badly", "badly"),
])
def test_cut_endings_stay_cut(quote, evidence):
    assert _cut(quote) == [evidence]


def test_a_polish_episodes_last_word_is_its_own():
    polish = ("ja jestem z Łodzi i jak Łukasz Kaiser dostał nagrodę, to w mojej dzielnicy wszyscy o tym "
              "mówili, serio")
    other = "to nie jest tylko model, ale też cały zespół, który pracuje nad tym już od dwóch lat i jest dumny"
    assert _cut(polish, other) == []
