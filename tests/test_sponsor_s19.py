"""P801/P802, session 19: ad reads of sponsors on no list whose windows carry no marker.

A sponsor is known from its pitch: a sentence whose subject it is and which speaks to the listener
("Pemberly hides your traffic on every network"), said twice or with the host's own use of it ("I
use Pemberly") or next to an unnamed offer; not from a guest's one-sentence explanation of a product,
a copula ("X is lovely because you pay nothing"), first-person or hedged speech, or the guest's firm.
A quote naming the sponsor runs a read on over the gap to the next window (a testimonial's customer);
a text naming a name said only inside the reads is ad copy, and so is an insight rewording an ad
quote. More announcements ("But first, our friends at X.", "This part of the show is made possible
by X", "A quick message from X before we begin") and offers to the listener ("twenty percent off
your first order", "enter CODE at checkout", "your first month free") are markers.
"""

from __future__ import annotations

from tests.conftest import audit_text, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")


_episode = transcript_episode


def _flagged(transcript: str, quotes=(), insights=(), llm=(), title="x") -> set[str]:
    """{field: rule} of the sponsor findings, as 'companies[3]:P802'."""
    ep = _episode(transcript, quotes, insights, llm, title)
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))}


# ---- announcements ----

def test_our_friends_at_in_a_clause_of_its_own_announces_the_sponsor():
    transcript = (FILL * 3 + "We will get to the interview in a second, but first, our friends at {Quayside}. "
                  "Quayside is business banking for people who sell at markets. " + FILL * 3)
    quotes = ["With Quayside you earn interest on every sale the day it settles."]
    assert _flagged(transcript, quotes) == {"companies[0]:P802", "quotes[0]:P801"}


def test_our_friends_at_said_of_what_they_did_is_no_announcement():
    transcript = (FILL * 3 + "Honestly, our friends at {Quayside} said the same thing about settlement. "
                  + FILL * 3)
    assert _flagged(transcript) == set()


def test_part_of_the_show_made_possible_by_names_the_sponsor():
    transcript = (FILL * 3 + "This part of the show is made possible by {Harlow Jobs}. Hiring is a flood "
                  "of resumes; Harlow reads them all. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


def test_a_quick_message_before_we_begin_names_the_sponsor():
    transcript = (FILL * 3 + "Hi friends. A quick message from {Birchfold Linen} before we begin. Their "
                  "sheets are washed for softness. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


# ---- offers to the listener ----

OFFERS = [
    "Go to the site and enter SLEEPY at checkout for a bonus pillow.",
    "Listeners save with twenty-five percent off sitewide this month.",
    "Get sixty percent off your first box plus free dessert for life.",
    "Your first posting is free, and it takes two minutes.",
    "Get your free quote today, it takes about two minutes.",
    "New customers get fifty dollars of free compute on signup.",
    "You can try it free for thirty days before you pay anything.",
]

NOT_OFFERS = [
    "We took twenty percent off the price and churn went down.",
    "The first month is free, because an owner will not sign before a Friday night on it.",
    "New users get confused by the settings page, so we rebuilt it.",
    "There is a free tier with ten thousand requests a month, no credit card needed.",
]


def test_offers_to_the_listener_are_ad_copy():
    flagged = _flagged(FILL * 6, OFFERS + NOT_OFFERS)
    assert flagged == {f"quotes[{i}]:P801" for i in range(len(OFFERS))}


# ---- the pitch of a sponsor on no list ----

PITCH_READ = (FILL * 3 + "When I travel I am on hotel wifi all the time. That is why I use {Pemberly}. "
              "Pemberly hides your traffic on every network, and it is one tap to turn on. " + FILL * 3)
PITCH_QUOTES = ["Pemberly hides your traffic on every network, and it is one tap to turn on."]
PITCH_LLM = [("Pemberly", "A VPN service for travellers on public wifi.")]


def test_a_pitch_and_the_hosts_own_use_make_a_sponsor():
    assert _flagged(PITCH_READ, PITCH_QUOTES, llm=PITCH_LLM) == {
        "companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"}


def test_a_pitch_said_once_without_more_is_a_guests_explanation():
    transcript = (FILL * 3 + "So walk me through refunds. {Tollgate} gives you a dashboard where every "
                  "refund shows up the same day, so your finance team can reconcile. " + FILL * 3)
    quotes = ["Tollgate gives you a dashboard where every refund shows up the same day, so your finance "
              "team can reconcile."]
    assert _flagged(transcript, quotes, llm=[("Tollgate", "A payment processor with a refund dashboard.")]) == set()


def test_a_pitch_with_an_unnamed_offer_makes_a_sponsor():
    transcript = (FILL * 3 + "Speaking of focus. {Quietly Cal} looks at your week and blocks two hours of "
                  "deep work every day before anyone else can book it. " + FILL * 3)
    quotes = ["Quietly Cal looks at your week and blocks two hours of deep work every day before anyone "
              "else can book it.",
              "You can try it free for thirty days, and listeners get the first year at half price."]
    insights = ["You should block two hours of deep work every day before anyone else can book your calendar."]
    assert _flagged(transcript, quotes, insights) == {
        "companies[0]:P802", "quotes[0]:P801", "quotes[1]:P801", "insights[0]:P801"}


def test_a_copula_hedges_and_the_first_person_are_no_pitch():
    transcript = (FILL * 3 + "We rent GPUs. {Brackenly} is lovely for eval jobs because you pay nothing "
                  "when nothing runs. I think {Corvale} gives you the best traces, so your team sees "
                  "everything. We moved to {Dunmere} and it lets you ship faster. " + FILL * 3)
    quotes = ["Brackenly is lovely for eval jobs because you pay nothing when nothing runs.",
              "I think Corvale gives you the best traces, so your team sees everything.",
              "We moved to Dunmere and it lets you ship faster.",
              "Corvale gives you the best traces, so your team sees everything."]
    assert _flagged(transcript, quotes) == set()


def test_the_guests_firm_is_no_sponsor_of_its_pitch():
    transcript = (FILL * 3 + "Here is how it works. {Tillerman} gives you every order on one screen, so "
                  "your kitchen never misses a ticket. I use Tillerman at my own cafe. " + FILL * 3)
    quotes = ["Tillerman gives you every order on one screen, so your kitchen never misses a ticket."]
    assert _flagged(transcript, quotes, title="Restaurant software with the founder of Tillerman") == set()


# ---- a read run on by its quotes ----

def test_a_testimonial_after_the_sponsor_is_in_the_read():
    transcript = (FILL * 3 + "This episode is brought to you by {Inkwell Sign}. If you have chased a "
                  "signature across time zones, you know. Inkwell Sign turns a contract into one "
                  "link your counterparty can sign from their phone in under a minute. Teams at "
                  "{Marrowby Health} used to lose a week on every agreement. " + FILL * 4)
    quotes = ["Inkwell Sign turns a contract into one link your counterparty can sign from their phone in "
              "under a minute.",
              "Marrowby Health closes vendor contracts the same afternoon they are drafted."]
    llm = [("Marrowby Health", "A healthcare company that shortened its contract cycle.")]
    assert _flagged(transcript, quotes, llm=llm) == {
        "companies[0]:P802", "companies[1]:P802", "companies[2]:P802", "quotes[0]:P801", "quotes[1]:P801"}


def test_an_insight_on_other_words_is_not_the_ads():
    transcript = (FILL * 3 + "This episode is brought to you by {Inkwell Sign}. Inkwell Sign turns a "
                  "contract into one link your counterparty can sign from their phone. " + FILL * 3)
    quotes = ["Inkwell Sign turns a contract into one link your counterparty can sign from their phone."]
    insights = ["Contracts are the slowest part of a hospital's vendor onboarding.",
                "The guest expects every vendor contract to be signed from a phone within five years."]
    assert _flagged(transcript, quotes, insights) == {"companies[0]:P802", "quotes[0]:P801"}


def test_the_speakers_product_in_the_llm_context_is_no_sponsor_of_its_pitch():
    transcript = (FILL * 3 + "So how does it work? {Tillerman} gives you every order on one screen, so your "
                  "kitchen never misses a ticket. " + FILL * 3)
    quotes = ["Tillerman gives you every order on one screen, so your kitchen never misses a ticket.",
              "Tillerman shows your servers which tables are waiting, and for how long."]
    llm = [("Tillerman", "Restaurant ordering software built by the speaker's company.")]
    assert _flagged(transcript, quotes, llm=llm) == set()
