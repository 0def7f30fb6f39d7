"""Truncation (T701) of titles: two letters after an article that no two-letter noun is are the
start of a cut word ("Why Streaming Churn Is a Feature, Not a Bu"), in lower or title case; a
two-letter noun ("the Ox"), an acronym ("the AI") and one letter ("Live at the Q") end a title whole.
After a preposition, two letters that are no word of English are cut too ("... resale in Sp"; not
"About Go", "of Us").
A noun and a possessive's measure end a quote whole ("to any club our size")."""
import pytest

from tests.conftest import audit_text, title_episode


def _cut(title: str) -> bool:
    return any(f.rule == "T701" and f.field == "title" for f in audit_text(title_episode(title), select=["truncation"]))


@pytest.mark.parametrize("title", [
    "Hannah Oduya — Why streaming churn is a feature, not a bu",
    "Why Streaming Churn Is a Feature, Not a Bu",
    "How the Port Cut Its Waiting Time With a Tw",
    "Worn Again: Marisol Etxeberria on Threadloop and designer resale in Sp",
])
def test_two_letters_after_an_article_are_a_cut_word(title):
    assert _cut(title)


@pytest.mark.parametrize("title", [
    "Tending the Farm With an Ox",
    "The Year of the AI",
    "Live at the Q",
    "Why Everyone Wants to Be an Ex",
    "A Conversation About Go",
    "The Best of Us",
])
def test_a_two_letter_noun_or_an_acronym_ends_a_title_whole(title):
    assert not _cut(title)


def test_a_measure_after_a_possessive_ends_a_quote_whole():
    from tests.conftest import findings_by_item
    texts = ["We use a ticketing platform called Tixly, and honestly I'd recommend it to any club our size",
             "It is a good first job for a player their age", "we built it inside the tool our customer"]
    assert sorted(findings_by_item(texts, "truncation")) == [2]
