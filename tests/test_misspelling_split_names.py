"""A name the glossary writes as one word, split into two capitalised words, is a misspelling even
when its first half is itself a name ("Snap Dragon" for Snapdragon though Snap is a company, "X
Box" for Xbox though X is one); a name followed by ordinary words ("Meta platforms") and two names
the glossary writes apart stay quiet."""
import pytest

from tests.conftest import findings_by_item


@pytest.mark.parametrize("text, span, right", [
    ("Qualcomm's Snap Dragon chips run the on-device model.", "Snap Dragon", "Snapdragon"),
    ("the X Box console sold out again", "X Box", "Xbox"),
])
def test_a_one_word_name_split_in_two(text, span, right):
    found = findings_by_item([text], "misspelling")[0]
    assert [(f.family, f.evidence) for f in found] == [("misspelling", span)]
    assert repr(right) in found[0].message


@pytest.mark.parametrize("text", [
    "Meta platforms were down for an hour",
    "Meta Mate is the internal assistant",
    "Snap and Dragon are two different firms",
    "We use Snapdragon chips",
])
def test_names_and_words_stay_quiet(text):
    assert findings_by_item([text], "misspelling").get(0, []) == []
