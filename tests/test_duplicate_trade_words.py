"""A firm's name with and without the words of its legal name or trade is one entity:
"IDEXX" and "IDEXX Laboratories", "Harvest Plains Co-op" and "Harvest Plains Cooperative"; two
firms that share only a first word stay apart. A long name with one letter changed is a twin
("Navient", "Naviant"); a name with letters added is not ("Air France", "Air France-KLM")."""
import pytest

from tests.conftest import audit_text, transcript_episode


def _duplicates(text: str) -> list[str]:
    return [f.field for f in audit_text(text, select=["duplicate"])]


@pytest.mark.parametrize("transcript, llm", [
    ("We run bloodwork on the {IDEXX} Catalyst in-house and it pays for itself.",
     ("IDEXX Laboratories", "Diagnostics company whose in-house Catalyst analyzer returns bloodwork in minutes.")),
    ("The {Harvest Plains Cooperative} voted to merge with its neighbour last spring.",
     ("Harvest Plains Co-op", "Grain cooperative that merged with a neighbour.")),
])
def test_one_firm_with_and_without_its_trade_words(transcript, llm):
    assert _duplicates(transcript_episode(transcript, llm=[llm])) == ["companies[1].name"]


def test_firms_sharing_a_first_word_stay_apart():
    text = transcript_episode("The {Harvest Plains Cooperative} voted to merge last spring.",
                              llm=[("Harvest Moon Foods", "Food processor that buys the co-op's grain.")])
    assert _duplicates(text) == []


def test_a_letter_changed_in_a_long_name_is_a_twin():
    text = transcript_episode("The loans went to {Navient} and then the servicer changed. Meanwhile {Naviant}, "
                              "the private side, kept the refinance book.")
    assert _duplicates(text) == ["companies[1].name"]


def test_a_name_and_more_letters_is_no_twin():
    text = transcript_episode("{Air France} flies the route daily, and {Air France-KLM} reports the group's results.")
    assert _duplicates(text) == []
