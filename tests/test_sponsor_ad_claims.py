"""Ad copy that speaks to no one in particular, and a pre-recorded read's own voice:
- a quote of a brand named nowhere else in the episode, its subject, with what ads claim in the
  third person: a share ("by thirty-one percent", "in half"), a speed ("in under an hour", "in
  days, not weeks"), the average customer's saving, customers counted ("at over eight thousand
  stops"); or "<Brand> is the <kind> that <does>" -- P801;
- "Hey, it's Marcus from PetPoint Ledger. If your front desk ..." in an NER window: the read's voice
  and the listener's problem -- P802 on the brand.
Not a brand the transcript names, the speaker's own result, "in half the cities", nor a listener's
voice note ("Hi, this is Dan from Ohio")."""
import pytest

from tests.conftest import audit_text, transcript_episode

TRANSCRIPT = ("The guest runs logistics at {Werner} and we talked about why fleets still overpay for diesel "
              "and how {Samsara} changed idle tracking for small carriers across the Midwest.")


def _sponsor(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.field) for f in audit_text(text, select=["sponsor"])]


@pytest.mark.parametrize("copy", [
    "FleetFuel Pro saves the average fleet eleven cents a gallon with discounts at over eight thousand stops.",
    "Gridiron Grocer delivers game-day spreads to your door in under an hour, wings, sliders, the works",
    "Voltwise is the permitting software that gets residential solar approved in days, not weeks.",
    "FareCloud is the fare platform trusted by forty transit agencies, from tap-to-pay to account-based ticketing",
    "Brightdock cut trailer dwell time by thirty-one percent at plants like yours",
])
def test_third_person_ad_claims_of_a_brand_named_nowhere_else(copy):
    text = transcript_episode(TRANSCRIPT, quotes=["Diesel is the second biggest line after drivers.", copy])
    assert _sponsor(text) == [("P801", "quotes[1].text")]


@pytest.mark.parametrize("quote", [
    # the brand is in the transcript: the guests talk about it
    "Samsara cuts idle time by thirty percent for a typical small carrier.",
    # the speaker's own result
    "Brightdock cut our dwell time by thirty-one percent in the first year.",
    # half of something, no claim
    "Accela runs permitting in half the cities in the country, and most configured it in 2008.",
    # no claim at all
    "Fuelwise tracks the diesel price at every truck stop on the route.",
])
def test_claims_the_guests_make_are_quiet(quote):
    assert _sponsor(transcript_episode(TRANSCRIPT, quotes=[quote])) == []


def test_a_pre_recorded_reads_voice():
    read = ("Makes sense. Hey, it's Marcus from {PetPoint Ledger}. If your front desk is still reconciling "
            "invoices by hand, there is a better way.")
    note = "We got a voice note. Hi, this is Dan from {Ohio}, I love the show and I run a small clinic."
    assert ("P802", "companies[0].name") in _sponsor(transcript_episode(read))
    assert _sponsor(transcript_episode(note)) == []


def test_a_word_from_this_weeks_partner():
    read = ("since 2004. A quick word from this week's partner. {Lendara} lets you compare refinance offers "
            "from twelve lenders in one place.")
    assert ("P802", "companies[0].name") in _sponsor(transcript_episode(read))
