"""Session 63: P803, a topic taken from an ad read. Where the file carries its transcript and its ad
reads are found there, a topic whose keywords the reads say more often than the conversation
(two at least, half of them), and whose own name has a word of the reads, is the sponsor's
("startup banking" from Mercury's read); a topic the conversation dwells on is not, though the ad
touches it, nor is one in a file without a transcript."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import audit_text, episode_text

ROOT = Path(__file__).resolve().parents[1]

_TALK = [
    ("Nilay Patel", "Welcome to Decoder. Today we talk about legal research, licensing and fair use."),
    ("Steve Hasker", "Our editors write the headnotes, and the licensing fight is about who may train on them."),
    ("Nilay Patel", "Fair use is the whole case, right? The judge looked at the headnotes one by one."),
    ("Steve Hasker", "Fair use protects commentary, not copying headnotes wholesale into a competitor."),
]
_READ = [
    ("Nilay Patel", "We need to take a quick break. We'll be right back."),
    ("Announcer", "This episode is brought to you by Mercury, the banking platform built for startups and growing businesses."),
    ("Announcer", "With Mercury, you can send wires, pay bills, issue cards and manage your runway from one dashboard."),
    ("Announcer", "Over two hundred thousand companies trust Mercury with their finances. Apply in minutes at mercury.com."),
]


def _episode(topics, with_body=True) -> str:
    turns = _TALK * 2 + _READ + _TALK
    lines = [f"[00:{m:02d}:00] {who}: {text}" for m, (who, text) in enumerate(turns)]
    fm = {"title": "Headnotes", "topics": [{"keywords": k, "mentions": 4, "prominence": 0.3, "topic": t} for t, k in topics]}
    body = "\n## Transcript (excerpt)\n\n" + "\n".join(lines) + "\n" if with_body else "\n"
    return episode_text(yaml.safe_dump(fm, sort_keys=True, width=1000), body)


_BANKING = ("startup banking", ["wires", "bills", "cards", "runway"])
_COPYRIGHT = ("copyright", ["fair use", "headnotes", "licensing"])


def _topics_found(text: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text) if f.rule == "P803"]


def test_a_topic_from_the_ad_read_is_flagged():
    assert _topics_found(_episode([_COPYRIGHT, _BANKING])) == [("topics[1].topic", "startup banking")]


def test_its_fix_removes_the_topic():
    fix = next(f.fix for f in audit_text(_episode([_COPYRIGHT, _BANKING])) if f.rule == "P803")
    assert fix.applicability == "unsafe" and fix.edits[0].replacement == ""


def test_a_topic_of_the_conversation_that_the_ad_touches_is_fine():
    # "platform" and "companies" are in the read too, but the talk says "licensing" and "fair use" more
    assert _topics_found(_episode([("legal licensing", ["licensing", "fair use", "platform", "companies"])])) == []


def test_a_topic_whose_name_the_read_never_says_is_fine():
    assert _topics_found(_episode([("crypto payments", ["wires", "bills", "cards", "runway"])])) == []


def test_no_transcript_no_judgement():
    assert _topics_found(_episode([_BANKING], with_body=False)) == []
