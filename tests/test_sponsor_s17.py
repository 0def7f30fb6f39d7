"""P801/P802, session 17: where an ad read starts and stops. Two reads close together are two
segments when the conversation between them has unscripted speech; an ad announced by its opening
words ("our sponsor", "brought to you by") takes no window before them; a guest's plug for their
own company's careers page is no ad marker; "that's where X comes in" with the sponsor's own
description activates it. The host's first-person read ("I've been using Ramp") stays one ad."""

from __future__ import annotations

import yaml

from tests.conftest import audit_text, episode_text
from tests.test_sponsor_s16 import FILL, _episode


def _flagged(transcript: str, quotes=()) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(_episode(transcript, quotes), select=("sponsor",))}


PRE_ROLL = ("This episode is supported by {Ledgerly}. If you run a startup, month-end close eats a week. "
            "Ledgerly closes the books in hours. Teams at {Copperline} cut their close time by eighty "
            "percent. Visit ledgerly dot io slash circuits to get three months free. ")
CONVERSATION = ("Alright, welcome. So what does the company do? We build arms that pick mixed items out of "
                "bins, and honestly the hard part is the long tail. And you use {Isaac} for simulation? "
                "We do, I think people underestimate how much the lighting changes across a day. Our "
                "models run on {Jetson Orin} boards at the edge, so you know, the budget is tight. ")
MID_ROLL = ("Today's episode is also brought to you by {Tallyforms}. Tallyforms lets you build forms that "
            "feel like a conversation. Head to tallyforms dot com and use the code CIRCUITS. "
            "And now, back to my conversation with Tomasz. ")


def test_conversation_between_two_close_ad_reads_is_not_ad():
    flagged = _flagged(FILL + PRE_ROLL + CONVERSATION + MID_ROLL + FILL * 2)
    # Ledgerly, Copperline (named only in its ad), Tallyforms: the ads; Isaac, Jetson Orin: the guest's
    assert flagged == {"companies[0]:P802", "companies[1]:P802", "companies[4]:P802"}


def test_guest_introduced_before_an_announced_ad_is_not_in_it():
    transcript = ("Hey everyone, this is Compute Hour. With me today is Leila, who leads inference at "
                  "{Corvid AI}, a startup serving open-weight models to enterprises. Before we dive in, "
                  "our sponsor. Today's show is sponsored by {Quillstack}, the observability platform "
                  "for LLM apps. Start free at quillstack dot dev slash hour. OK, Leila, let's talk "
                  "about serving. " + FILL * 3)
    assert _flagged(transcript) == {"companies[1]:P802"}


def test_ad_without_announcement_still_takes_the_window_before_its_call_to_action():
    # the call to action closes the read: the windows before it (the product's own pitch) are in it
    transcript = (FILL * 3 + "Quick break. Every cloud bill hides idle machines on {Kubernetes} clusters. "
                  "It finds them and shuts them down, saving teams a third of their spend. Try "
                  "{Pinemeter} at pinemeter dot io slash hour. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802", "companies[1]:P802"}


def test_guest_careers_page_is_no_ad_marker():
    transcript = (FILL * 3 + "Leila, where can people find you? I'm on LinkedIn, and we're hiring at "
                  "corvid dot ai slash careers, or corvid.ai/jobs. Thanks, {Corvid AI} is growing fast. "
                  "Thanks, Dan. " + FILL)
    assert _flagged(transcript) == set()


def test_hosts_first_person_read_stays_one_ad():
    transcript = (FILL * 3 + "Let's take a quick break to talk about our friends at {Ramp}. Ramp is the "
                  "corporate card that helps you save time and money. I've been using {Ramp} at our "
                  "company for two years and month-end close went from a week to a day. Ramp gives you "
                  "cards for every employee and integrations with {NetSuite}. Get started at "
                  "ramp.com/podcast. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802", "companies[1]:P802", "companies[2]:P802"}


def test_thats_where_sponsor_comes_in_with_its_description():
    base = _episode(FILL * 3 + "Quick break. Training runs need serious compute, and that's where {Crusoe} "
                    "comes in. {Crusoe Cloud} gives AI teams on-demand access to H100 and B200 clusters, "
                    "powered by clean energy. OK, back to the interview. " + FILL * 3)
    described = {"name": "Crusoe", "category": "company", "confidence": "high", "source": "llm_enhanced",
                 "context": "GPU cloud provider offering H100 and B200 clusters powered by clean energy."}
    text = _with_llm_entries(base, described)
    flagged = {f.field.split(".")[0] for f in audit_text(text, select=("sponsor",))}
    assert {"companies[0]", "companies[1]"} <= flagged
    # without the LLM's description of Crusoe the same words activate nothing
    assert {f.field.split(".")[0] for f in audit_text(base, select=("sponsor",))} == set()


def _with_llm_entries(base: str, *entries: dict) -> str:
    head, _ = base.split("\n---", 1)
    fm = yaml.safe_load(head[4:])
    return episode_text(yaml.safe_dump({**fm, "companies": fm["companies"] + list(entries)}, sort_keys=False, width=1000))


def test_guests_firm_on_the_sponsor_list_is_no_ad():
    # Mercury is on the sponsor list; here it is the guest's employer, described with an ad's words
    base = _episode("This is Ledger Lines, I'm Marcus. My guest today is Claude Moreau, the head of risk at "
                    "{Mercury}, the banking platform for startups. Claude, welcome. " + FILL * 3)
    employer = {"name": "Mercury", "category": "company", "confidence": "high", "source": "llm_enhanced",
                "context": "The guest's employer, a banking platform for startups."}
    assert {f.rule for f in audit_text(_with_llm_entries(base, employer), select=("sponsor",))} == set()
    # the same description without the LLM's word for whose firm it is: the window's guest
    # introduction ("guest today is") still keeps it out of any ad read
    plain = {**employer, "context": "A banking platform for startups."}
    assert {f.rule for f in audit_text(_with_llm_entries(base, plain), select=("sponsor",))} == set()
