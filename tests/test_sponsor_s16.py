"""P801/P802, session 16: ad reads seen only through the NER windows of a transcript. Ads opened
or closed in ways the earlier markers missed (a URL read out, "our friends at X", "I want to tell
you about X.", the break itself, "where were we", the guest's introduction), and the guest's own
first-person mention of a sponsor near an ad read, which is no ad."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it. Customers told us what "
        "broke, and we fixed it in the order they complained. ")


_episode = transcript_episode


def _flagged(transcript: str, quotes=()) -> set[str]:
    """{field: rule} of the sponsor findings, as 'companies[3]:P802'."""
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(_episode(transcript, quotes), select=("sponsor",))}


CASES = [
    # a URL read out, with a path: the sponsor's name and the ad's words
    ("spoken-url",
     FILL * 3 + "Time for a quick thanks. Pinwheel keeps your cloud bill honest, tagging every "
     "resource automatically. Try {Pinwheel} at pinwheel dot io slash shipit. " + FILL * 3,
     ["Pinwheel keeps your cloud bill honest, tagging every resource automatically."],
     {"companies[0]:P802", "quotes[0]:P801"}),
    # "to thank our friends at X"
    ("friends-at",
     FILL * 3 + "Before we go on, I want to thank our friends at {Tabulon}, the spreadsheet that "
     "writes its own formulas. " + FILL * 3, [],
     {"companies[0]:P802"}),
    # "I want to tell you about X." (the name ends the sentence)
    ("tell-you-about",
     FILL * 3 + "Now, I want to tell you about {Glidewell}. Glidewell turns your design files into "
     "production code in one click. " + FILL * 3, [],
     {"companies[0]:P802"}),
    # the break itself opens the ad: the sponsor named in it
    ("the-break",
     FILL * 3 + "We'll be right back after this. {Quillstream} gives your support team answers "
     "drafted from your own docs. " + FILL * 3, [],
     {"companies[0]:P802"}),
    # "Anyway, where were we?" ends the ad: the guest's company after it is no ad
    ("where-were-we",
     FILL * 3 + "This episode is brought to you by {Ramp}. Cards for every employee, receipts "
     "matched by {Ramp} itself. Anyway, where were we. So the thing about cold storage for batteries "
     "is that {Kestrel} solved cooling first. " + FILL * 3, [],
     {"companies[0]:P802", "companies[1]:P802"}),
    # the guest introduced after the ad ends it
    ("guest-intro",
     FILL * 3 + "Use code SHIPIT for a month free of {Linear}. OK, my guest today runs {Kestrel}, "
     "which builds cold storage for batteries. " + FILL * 3, [],
     {"companies[0]:P802"}),
    # the guest names the sponsor in the first person near the ad read: no ad
    ("first-person",
     FILL + "This episode is supported by {Vanta}, automating SOC 2 for thousands of companies. "
     "Go to vanta.com/shipit to get started. " + FILL * 2 + "Honestly we moved to {Vanta} ourselves "
     "last year, and our auditors were happier. " + FILL * 3,
     ["Honestly we moved to Vanta ourselves last year, and our auditors were happier."],
     {"companies[0]:P802"}),
]


@pytest.mark.parametrize("transcript, quotes, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ad_reads_in_transcript_windows(transcript, quotes, expected):
    assert _flagged(transcript, quotes) == expected


# the new markers on quotes alone: the ad idioms are ad copy, the same words in conversation are not
MARKER_ADS = [
    "Check it out at pinwheel dot io slash shipit.",
    "Let's take a quick break to talk about our friends at Tabulon.",
    "I want to tell you about Glidewell.",
    "We'll be right back after this.",
]
MARKER_NOT_ADS = [
    "Our friends at Google told us the same thing about the scheduler.",
    "I want to tell you about Gemini because it changed how we test.",
    "The file is called config dot json and it lives in the repo.",
    "We took a break from fundraising to focus on customers.",
    "You can take a break from the product and come back to it.",
]


def test_new_markers_on_quotes():
    from tests.conftest import findings_by_item

    found = findings_by_item(MARKER_ADS + MARKER_NOT_ADS, "sponsor")
    assert sorted(found) == list(range(len(MARKER_ADS))), {i: [f.message for f in fs] for i, fs in found.items()}
    assert all(f.rule == "P801" for fs in found.values() for f in fs)


OWN_SITE = (FILL * 3 + "This episode is brought to you by {Ramp}. Cards for every employee. " + FILL * 3
            + "At {Kestrel} the storage is priced per kilowatt hour, and that is all. " + FILL * 3)


@pytest.mark.parametrize("quote, expected", [
    # the guest's own company, named outside the ad, at a bare domain: no ad
    ("You can try it free at kestrel.io, no credit card.", {"companies[0]:P802"}),
    # a domain with a path, or of a company the episode does not name, stays an ad marker
    ("You can try it free at kestrel.io/podcast, no credit card.", {"companies[0]:P802", "quotes[0]:P801"}),
    ("You can try it free at pinwheel.io, no credit card.", {"companies[0]:P802", "quotes[0]:P801"}),
])
def test_the_guests_own_site_is_no_ad_marker(quote, expected):
    assert _flagged(OWN_SITE, [quote]) == expected


def test_the_guests_introduction_after_the_small_print_keeps_the_ad_whole():
    # the last window of the ad reaches into the introduction ("today my guest"): the first person
    # there is the host's, after the ad, and the partner banks named only in the ad stay ad-only
    transcript = (FILL * 3 + "Support for this show comes from {Ledgerly}. Ledgerly is a financial technology "
                  "company, not a bank; banking services provided by {Harbor Trust} and {Pine Bank}, members "
                  "FDIC. All right, today my guest runs {Kestrel}, which builds cold storage. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802", "companies[1]:P802", "companies[2]:P802"}
