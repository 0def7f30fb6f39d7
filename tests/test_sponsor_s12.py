"""P801, session 12: an ad break opened by "And now a word from X" and an offer to the show's
listeners are ad copy; the same words about people, guests or listeners otherwise are not."""

import pytest

from tests.conftest import findings_by_item

ADS = [
    "And now a message from Deel, the all-in-one HR platform for global teams.",
    "And now, a quick word from Mercury.",
    "If you're building with LLMs, check out Braintrust, the eval platform our listeners get three months free of.",
    "Podcast listeners get 20 percent off their first year of Linear.",
]
NOT_ADS = [
    "And now a word from the guest about hiring.",
    "Now a message from Sam Altman: we are hiring.",
    "Right now, a message from the board would help.",
    "Our listeners get smarter every week, and free of charge.",
    "We surveyed our listeners and got free-form answers.",
    "Deel built a global payroll business in three years.",
]


def test_ad_break_openers_and_listener_offers_are_ad_copy():
    found = findings_by_item(ADS + NOT_ADS, "sponsor")
    assert sorted(found) == list(range(len(ADS))), {i: [f.message for f in fs] for i, fs in found.items()}
