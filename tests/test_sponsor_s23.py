"""P801/P802, session 23: ad reads whose texts name no sponsor near a window.

Other shows of the network promoted ("hosts X and Y sit down with"), events advertised ("early-bird passes", "grab your ticket", "are meeting in Porto
for two days of workshops"), the host's course ("the second cohort kicks off in April"), offer
idioms ("the first month is on them", "a hundred-night trial") and the ad's social proof ("four
thousand clinics trust X", "Teams at A and B halved ... after switching") are
ad copy in a quote by themselves; the host's own testimonial without a name of the ad ("I use it
for every episode") is not: hosts tell of their own show's tools too. More breaks are announced
("Quick break before we keep going.", "Let's pause for a second."). The social
proof names the sponsor as a call to action does; a customer told of only in ad copy is an entity
of the ad. The guest's own address with a path on the domain of the firm named in the guest's
introduction is no ad ("our demo reels at rookery dot ai slash demos"), and "my guest is", "I'm
talking with" introduce the guest. A summary retelling an insight with an ad marker is flagged
though no other text is left to retell the read."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, transcript_episode
from tests.test_sponsor_s19 import FILL, _flagged  # (the same transcript filler and finding set)


AD_COPY = [
    # another show of the network
    "Every Monday, hosts Talia and Bram sit down with the people who build power grids.",
    "Host Miriam Okafor talked to the bankers and the landlords behind the boom.",
    # an event
    "Early-bird passes are half price until the end of the month.",
    "Grab your ticket now, because the venue only holds nine hundred people.",
    "Next spring, three thousand roboticists are meeting in Porto for two days of workshops and demos.",
    "The biggest gathering of climate founders in Europe returns to Copenhagen this June.",
    # the host's own course
    "The second cohort kicks off in April with live sessions every week.",
    # offer idioms
    "You get a hundred-night trial and free returns.",
    "The first month is on them if you sign up this week.",
    # the offer's deadline, a demo, a discount to claim, the break
    "Book your demo today and see your first report in under an hour.",
    "Pocketlane is offering our listeners an extra month free.",
    "Check out the link in the episode description to claim your discount.",
    "Special thanks to Harlowe for making this episode possible.",
    "Again, that's brightnote.com slash hours.",
    "Sign up before Friday and your first two months are half off.",
    "Don't go anywhere, there's more after the break.",
    # the ad's social proof
    "More than four thousand clinics trust Pulsewing to handle their scheduling.",
    "Teams at Corbel and Wrenfield halved their cloud bills after switching.",
]

NOT_AD_COPY = [
    "We had nothing to lose, so we open-sourced the whole thing.",
    "The host country paid for the data center and the grid upgrade.",
    "When our sponsor bank failed we moved the accounts in a weekend.",
    "More than half of companies use Kubernetes, and most of them regret it.",
    "Teams at Google cut latency in half, and the paper explains how.",
    "I've been using Claude for my code reviews, and honestly it catches what I miss.",
    "Leaders are meeting in Geneva next week to talk about compute thresholds.",
    "We went to the biggest conference of the year and half the posters were about agents.",
    "The first month is free, because nobody signs a contract before trying it.",
    "Advertising is still the best business model ever invented for consumer software.",
    "The tender offer expires at the end of the quarter, so the board has to decide.",
    "We book a demo with every lead that asks for one, and half of them convert.",
    "After the break-up with the old vendor we rebuilt the pipeline ourselves.",
    "Claim your seat at the table before someone else takes it, that's what I tell founders.",
    "Thousands of developers rely on it every day, which is why we can't break the API.",
    "Companies like Shopify and Netflix run on Kubernetes, and it took them years.",
    "We offered a thirty percent discount on annual plans and it barely moved conversion.",
    # hosts telling of the tools of their own show: no ad
    "My co-host swears by Notion, and the free plan is enough for the two of us.",
    "We use Riverside for every episode, and it replaced a studio that cost three hundred a session.",
    "I use Obsidian for my show prep because the files stay on my own disk.",
]


@pytest.mark.parametrize("text", AD_COPY)
def test_ad_copy_of_its_own_words_is_flagged(text):
    assert _flagged(FILL * 6, [text]) == {"quotes[0]:P801"}


@pytest.mark.parametrize("text", NOT_AD_COPY)
def test_the_guests_substance_is_not(text):
    assert _flagged(FILL * 6, [text]) == set()


def test_a_quick_break_before_we_keep_going_announces_the_host_read():
    transcript = (FILL * 3 + "Quick break before we keep going. I've been using {Marrowby} for my notes, and "
                  "it files everything for me. " + FILL * 3)
    quotes = ["I've been using Marrowby for my notes, and it files everything for me."]
    assert _flagged(transcript, quotes) == {"companies[0]:P802", "quotes[0]:P801"}


def test_the_social_proof_names_the_sponsor_for_its_windows_and_quotes():
    transcript = (FILL * 4 + "This one is for the finance people. Your books never wait for month-end. With {Ledgerwick}, every card "
                  "swipe is matched to its receipt before lunch. " + FILL * 4)
    quotes = ["Over two thousand finance teams trust Ledgerwick to close their books.",
              "With Ledgerwick, every card swipe is matched to its receipt before lunch."]
    assert _flagged(transcript, quotes) == {"companies[0]:P802", "quotes[0]:P801", "quotes[1]:P801"}


def test_a_name_the_guest_says_is_no_sponsor_of_a_proof():
    transcript = (FILL * 4 + "Honestly, we moved to {Ledgerwick} last year and I think it was fine. "
                  + FILL * 4)
    quotes = ["Over two thousand finance teams trust Ledgerwick to close their books."]
    assert _flagged(transcript, quotes) == {"quotes[0]:P801"}


def test_the_customer_of_a_testimonial_told_only_in_ad_copy_is_the_ads():
    transcript = (FILL * 4 + "hire the best person wherever they live. Companies like {Orchard & Pike} "
                  "onboarded sixty people in one quarter " + FILL * 4)
    insights = ["Companies like Orchard & Pike onboarded sixty people in one quarter after switching."]
    assert _flagged(transcript, insights=insights) == {"companies[0]:P802", "insights[0]:P801"}


def test_a_customer_also_said_by_the_guest_is_not():
    transcript = (FILL * 4 + "hire the best person wherever they live. Companies like {Orchard & Pike} "
                  "onboarded sixty people in one quarter " + FILL * 4)
    insights = ["Companies like Orchard & Pike onboarded sixty people in one quarter after switching."]
    quotes = ["I think Orchard & Pike grew too fast, you know, and the culture suffered."]
    assert _flagged(transcript, quotes, insights) == {"insights[0]:P801"}


def test_the_guests_page_on_its_firms_domain_is_no_ad():
    transcript = ("Welcome to Servo Notes. Today I'm talking with Ada Lindgren, founder of {Rookery Robotics}. "
                  "Ada, welcome. " + FILL * 6)
    quotes = ["You can watch all of our demo reels at rookery dot ai slash demos, failures included."]
    assert _flagged(transcript, quotes) == set()


def test_a_sponsors_address_with_a_path_is_still_an_ad():
    transcript = ("Welcome to Servo Notes. Today I'm talking with Ada Lindgren, founder of {Rookery Robotics}. "
                  "Ada, welcome. " + FILL * 6)
    quotes = ["Go to tidewell dot com slash servo and get your first box free."]
    assert _flagged(transcript, quotes) == {"quotes[0]:P801"}


def test_another_podcast_from_our_friends_in_the_network_names_the_show():
    transcript = (FILL * 3 + "If you enjoy this show, you'd probably like {Copper Wire}, another podcast "
                  "from our friends in the Fernhill network. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


def test_the_summary_retelling_an_insight_with_an_ad_marker_is_flagged():
    transcript = (FILL * 3 + "Quick break before we keep going. The {Hushbay} mattress has a cooling layer and a "
                  "hundred-night trial, so your back gets a rest. " + FILL * 3)
    insights = ["A mattress with a cooling layer and a hundred-night trial can end night sweats."]
    ep = transcript_episode(transcript, insights=insights)
    ep = ep.replace("title: x\n", "title: x\nsummary: Rotating shifts harm nurses. A cooling mattress with a "
                    "hundred-night trial is recommended for broken sleep.\n", 1)
    assert {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))} == {
        "companies[0]:P802", "insights[0]:P801", "summary:P801"}
