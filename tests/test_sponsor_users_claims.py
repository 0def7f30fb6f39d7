"""Sponsor (P801): ad copy that claims what a brand's users get, for a brand named nowhere else in
the episode -- "Runners using Stridewell report fewer knee injuries", "small businesses using
Tallymark get paid an average of forty days sooner" (an insight's lowercase start too) -- and
copy that a product gets better "with every wash"; the LLM entity of such a brand is the sponsor
(P802). Not users of a name the glossary knows or an English word, nor of a brand the transcript
names, nor the speaker's own users; and a country is no sponsor ("brought to you by Sweden")."""
import pytest

from tests.conftest import audit_text, transcript_episode

TRANSCRIPT = ("The guest ran product at {Peloton} and we talked about why {Tonal} and {Hydrow} built honest "
              "demand while the category forecast lockdown forever.")


def _sponsor(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.field) for f in audit_text(text, select=["sponsor"])]


@pytest.mark.parametrize("copy", [
    "Runners using Stridewell report fewer knee injuries in their first season",
    "Teams who use Ledgerbloom close their books three times faster than teams on spreadsheets.",
    "Loomly sheets are woven from European flax and get softer with every wash",
])
def test_claims_of_a_brands_users_are_ad_copy(copy):
    text = transcript_episode(TRANSCRIPT, quotes=["Churn decides whether the hardware pays.", copy])
    assert _sponsor(text) == [("P801", "quotes[1].text")]


def test_an_insights_lowercase_claim_and_the_brands_llm_entity():
    text = transcript_episode(TRANSCRIPT, insights=["small businesses using Tallymark get paid an average of forty "
                                                    "days sooner."],
                              llm=[("Tallymark", "Invoicing app that chases late payments.")])
    found = _sponsor(text)
    assert ("P801", "insights[0].text") in found and ("P802", "companies[3].name") in found


@pytest.mark.parametrize("quote", [
    # a name the glossary knows, an English word, a brand of the transcript, the speaker's own users
    "Developers using Copilot report fewer bugs in their first month.",
    "Teams using Notion report fewer missed deadlines.",
    "Riders using Hydrow report fewer back injuries than on the old rowers.",
    "Our customers using Fleetbase report fewer missed deliveries, which is why we built it.",
])
def test_users_claims_the_guests_make_are_quiet(quote):
    assert _sponsor(transcript_episode(TRANSCRIPT, quotes=[quote])) == []


def test_a_country_is_no_sponsor():
    assert _sponsor(transcript_episode(TRANSCRIPT, quotes=["The flat-pack revolution was brought to you by Sweden"])) == []
