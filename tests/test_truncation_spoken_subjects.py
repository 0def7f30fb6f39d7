"""Truncation (T701): spoken endings that are whole:
- a relative clause without 'that' whose subject is a plural noun of people ("the one athletes lie
  to me about", "the metric analysts argue about");
- a verb said again before an auxiliary that ends its second complement ("proved the demand was
  there and proved the cost base wasn't").
The same words cut elsewhere stay found."""
from tests.conftest import findings_by_item

WHOLE = [
    "recovery is the number I care about, and it's the one athletes lie to me about",
    "it's the one metric analysts argue about",
    "Norwegian proved the demand was there and proved the cost base wasn't",
]
CUT = [
    "We showed the model was fast and showed the cost base was",
    "They proved the demand was there and proved the",
    "the one that competes about",
]


def test_spoken_endings_are_whole():
    assert findings_by_item(WHOLE, "truncation") == {}


def test_cuts_stay_found():
    assert sorted(findings_by_item(CUT, "truncation")) == [0, 1, 2]
