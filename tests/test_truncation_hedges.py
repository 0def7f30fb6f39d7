"""Truncation (T701): a hedge before a final auxiliary is passed over as an adverb is ("for them
it kind of is" ends as "for them it really is" does: the complement was said before); a cut
after a hedge's words that are no hedge there stays found."""
import pytest

from tests.conftest import findings_by_item

WHOLE = [
    "the wafer-scale people will tell you packaging is somebody else's problem and for them it kind of is",
    "Everyone thinks the migration is easy, and it sort of is",
    "It is not cheap, but in a way it is",
    "People say the model is a commodity, and to some extent it is",
]
CUT = [
    "The question for all of us is",
    "the thing that kind of is",
]


def test_hedged_endings_are_whole():
    assert findings_by_item(WHOLE, "truncation") == {}


def test_cut_endings_near_hedge_words_stay_found():
    assert sorted(findings_by_item(CUT, "truncation")) == [0, 1]
