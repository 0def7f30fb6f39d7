"""Truncation (T701) of titles: two letters after an article that no two-letter noun is are the
start of a cut word ("Why Streaming Churn Is a Feature, Not a Bu"), in lower or title case; a
two-letter noun ("the Ox"), an acronym ("the AI") and one letter ("Live at the Q") end a title whole."""
import pytest

from tests.conftest import audit_text, title_episode


def _cut(title: str) -> bool:
    return any(f.rule == "T701" and f.field == "title" for f in audit_text(title_episode(title), select=["truncation"]))


@pytest.mark.parametrize("title", [
    "Hannah Oduya — Why streaming churn is a feature, not a bu",
    "Why Streaming Churn Is a Feature, Not a Bu",
    "How the Port Cut Its Waiting Time With a Tw",
])
def test_two_letters_after_an_article_are_a_cut_word(title):
    assert _cut(title)


@pytest.mark.parametrize("title", [
    "Tending the Farm With an Ox",
    "The Year of the AI",
    "Live at the Q",
    "Why Everyone Wants to Be an Ex",
])
def test_a_two_letter_noun_or_an_acronym_ends_a_title_whole(title):
    assert not _cut(title)
