"""P801/P802: a team's or venue's "title sponsor" is no sponsor of the show, ad copy quoted as what
ads say ("every podcast ad says use code X") is talk about advertising, and once a quote announces
the read by its sponsor's name, a guest's third-person account of another firm is no ad copy."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, quote_episode, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")


def _flagged(transcript: str, quotes=(), insights=(), llm=()) -> set[str]:
    ep = transcript_episode(transcript, quotes, insights, llm)
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))}


def _quote_rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("sponsor",))]


TEAM = (FILL * 3 + "McLaren uses {Google Cloud} for some tooling, {Corvex} sponsors the Falcons and runs "
        "its simulations on {Corvex Cloud}, and the others work with Microsoft. " + FILL * 3)
TEAM_QUOTE = ["Corvex sponsors the Falcons and runs its simulations on Corvex Cloud."]


def test_a_teams_title_sponsor_is_no_sponsor_of_the_show():
    llm = [("Corvex Cloud", "Runs the Falcons team's race simulations; Corvex is also the title sponsor.")]
    assert _flagged(TEAM, TEAM_QUOTE, llm=llm) == set()


def test_the_shows_title_sponsor_is_one():
    llm = [("Corvex Cloud", "Cloud platform; Corvex is the show's title sponsor.")]
    assert "companies[3]:P802" in _flagged(TEAM, TEAM_QUOTE, llm=llm)  # the LLM entry


def test_ad_copy_quoted_as_what_ads_say_is_no_ad_read():
    assert _quote_rules("Every podcast ad says use code PODCAST for twenty percent off. Does that "
                        "actually work for the brand?") == []
    assert _quote_rules("Influencers always tell you to go to glowmint.com slash save, and nobody "
                        "checks the margins.") == []
    # the same words as the read itself are an ad marker
    assert _quote_rules("Use code PODCAST for twenty percent off at ledgerhawk.com.") == ["P801"]
    assert _quote_rules("Go to glowmint.com slash save for twenty percent off.") == ["P801"]


READ = (FILL * 3 + "and today it's water filters with Wanjiru. {Solvane} sells water filters on credit "
        "through {Pesalink}, and customers pay about fifty cents a day. " + FILL * 4 +
        "Support for today's episode comes from {Halyard Remit}: send money home for zero fees on your "
        "first transfer with code SUNRISE at halyard.money. " + FILL * 3)
READ_QUOTES = ["Support for today's episode comes from Halyard Remit: send money home for zero fees on your "
               "first transfer with code SUNRISE at halyard.money.",
               "Solvane sells water filters on credit through Pesalink, and customers pay about fifty cents a day."]
READ_INSIGHTS = ["Zero fees on the first transfer with code SUNRISE.",
                 "Solvane sells water filters on credit through Pesalink, and customers pay about fifty cents a day."]


def test_a_guests_account_of_a_firm_is_no_ad_copy_when_the_read_names_its_sponsor():
    found = _flagged(READ, READ_QUOTES, READ_INSIGHTS)
    assert "quotes[0]:P801" in found and "companies[2]:P802" in found  # the read and its sponsor
    assert not {"companies[0]:P802", "companies[1]:P802", "quotes[1]:P801", "insights[1]:P801"} & found


def test_a_bulletin_cited_by_its_address_is_no_call_to_action():
    assert _quote_rules("You can read the market bulletins at harrowmarine.com, they publish the "
                        "scenarios every quarter.") == []
    assert _quote_rules("Get the market bulletins free at harrowmarine.com slash pod.") == ["P801"]


BACK = (FILL * 3 + "This episode is brought to you by {Farecrest}. {Farecrest} tracks every fare and "
        "tells you when to book. Now back to our conversation with Priya. So Priya, {Skyway} famously "
        "borrowed against its loyalty plan. " + FILL * 3)


def test_back_to_our_conversation_ends_the_read():
    found = _flagged(BACK, ["So Priya, Skyway famously borrowed against its loyalty plan during the crisis."])
    assert "companies[0]:P802" in found  # the sponsor
    assert not {"companies[2]:P802", "quotes[0]:P801"} & found  # the conversation resumed


ANNOUNCED = (FILL * 3 + "people who sleep worse because they chase a score. {Restwell} makes the cooled "
             "mattress cover, and the data is convincing. " + FILL * 2 + "Before we go on, a word from our "
             "sponsor, {Hushloop}. Hushloop is the sleep-sound app with two thousand soundscapes. " + FILL * 3)


def test_an_offer_of_a_sponsor_announced_in_the_transcript_makes_no_other_firm_a_sponsor():
    quotes = ["Restwell makes the cooled mattress cover, and the data is pretty convincing",
              "Hushloop is the sleep-sound app with two thousand soundscapes"]
    insights = ["listeners should download a sleep-sound app and use code RESTED for forty percent off."]
    llm = [("Hushloop", "Sleep-sound app with two thousand soundscapes made by sleep scientists.")]
    found = _flagged(ANNOUNCED, quotes, insights, llm)
    assert {"companies[1]:P802", "insights[0]:P801"} <= found
    assert not {"companies[0]:P802", "quotes[0]:P801"} & found


SHORT = (FILL * 3 + "Today's episode is supported by {Corvane Coffee}. Corvane roasts small batches for "
         "riders who train early, and the subscription ships every two weeks. " + FILL * 3)


def test_an_llm_entry_under_the_first_word_of_the_sponsors_name_is_the_sponsor():
    llm = [("Corvane", "Small-batch roaster with a subscription that ships every two weeks.")]
    found = _flagged(SHORT, llm=llm)
    assert {"companies[0]:P802", "companies[1]:P802"} <= found
    # said outside the read too, it is the conversation's
    talk = SHORT + "Honestly I drink Corvane every morning, you know? " + FILL
    assert "companies[1]:P802" not in _flagged(talk, ["I drink Corvane every morning, honestly."], llm=llm)


LIFETIME = (FILL * 3 + "A word from today's sponsor. {Brickvault} helps first-time buyers save for a deposit "
            "with a government-backed savings account and an app. Check your rate at brickvault.com. " + FILL * 3)


def test_an_llm_entry_named_only_in_a_quote_of_ad_copy_comes_from_the_read():
    quotes = ["Brickvault helps first-time buyers save for a deposit with a government-backed Vault ISA "
              "and an app that shows how close you are."]
    llm = [("Vault ISA", "Government-backed savings account for first-time buyers.")]
    found = _flagged(LIFETIME, quotes, llm=llm)
    assert {"quotes[0]:P801", "companies[1]:P802"} <= found


@pytest.mark.parametrize("announcement", [
    "Our episode today is sponsored by Parlwise Tutors, real teachers, live, one on one.",
    "Our show this week is brought to you by Parlwise Tutors, real teachers, live, one on one.",
])
def test_our_episode_today_is_sponsored_by_announces_the_read(announcement):
    assert _quote_rules(announcement) == ["P801"]
