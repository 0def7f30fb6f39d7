"""D602, session 12: a quote repeated with a word shortened ("eval" for "evaluation") is a near
duplicate; a shortened word is no other claim, while a word put for a different one still is."""

import pytest

from audit.checks.duplicate import other_claim
from tests.conftest import findings_by_item


@pytest.mark.parametrize("short, full", [
    ("Our eval suite caught the regression two days before launch, which saved the release.",
     "Our evaluation suite caught the regression two days before launch, which saved the release."),
    ("The info we had from the pilot customers was enough to decide on pricing.",
     "The information we had from the pilot customers was enough to decide on pricing."),
])
def test_a_word_shortened_is_the_same_quote(short, full):
    assert not other_claim(short, full)
    found = findings_by_item([full, "Something else entirely about the weather in Lisbon.", short], "duplicate")
    assert list(found) == [2]


@pytest.mark.parametrize("a, b", [
    ("Every app will have an agent inside it within two years.",
     "Every car will have an agent inside it within two years."),
    ("The radiology models are ready for the clinic today.",
     "The pathology models are ready for the clinic today."),
    ("The math was easy but the evaluation was hard.",
     "The math was easy but the deployment was hard."),
])
def test_a_different_word_is_still_another_claim(a, b):
    assert other_claim(a, b)
