"""Session 58: ad reads read in the Markdown body, where a file carries its transcript there
(`audit/checks/sponsor_body.py`). The seed's body holds only the pipeline's comments; blind161's
files hold a transcript excerpt with the ad reads whole, which the NER windows cover only in part.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from audit.checks.sponsor import read_body, sponsor_knowledge
from audit.episode import Episode, parse_episode
from audit.ruleset import Knowledge
from tests.conftest import ROOT, SEED, audit_text, episode_text

BLIND161 = ROOT / "bench" / "corpora" / "blind161"


def _sponsor_hits(text: str) -> set[tuple[str, str]]:
    return {(f.rule, f.field) for f in audit_text(text) if f.family == "sponsor"}


def _without_body(text: str) -> str:
    """The file with its transcript excerpt taken out (the front matter and comments kept)."""
    head, _, body = text.partition("## Transcript excerpt")
    assert body, "the corpus file carries a transcript excerpt"
    return head


def _reads(text: str):
    kn = sponsor_knowledge(Knowledge.load())
    ep = parse_episode(text.encode("utf-8"), Episode(path="case.md"))
    return read_body(ep, kn)


def test_the_sponsor_and_the_copy_of_a_read_in_the_body_are_found():
    text = (BLIND161 / "ep02.md").read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---")[1])
    assert data["companies"][28]["name"] == "Ridgeline"
    assert data["quotes"][2]["text"].startswith("With AlphaSense you can search")
    hits = _sponsor_hits(text)
    assert ("P802", "companies[28].name") in hits
    assert ("P801", "quotes[2].text") in hits
    # the body is what tells them: without it, neither is found
    quiet = _sponsor_hits(_without_body(text))
    assert ("P802", "companies[28].name") not in quiet
    assert ("P801", "quotes[2].text") not in quiet


def test_an_insight_naming_a_sponsor_the_conversation_never_names_is_ad_copy():
    # "Companies at any stage can use J.P. Morgan Payments infrastructure ...": a paraphrase of the
    # read, which names the sponsor that only the announcements and the closing thanks name
    text = (BLIND161 / "ep04.md").read_text(encoding="utf-8")
    assert ("P801", "insights[3].text") in _sponsor_hits(text)


def test_a_sponsor_also_discussed_in_the_conversation_stays_an_entity():
    # ep08: Lovable sponsors the episode and is talked about; only the ad copy quote is flagged
    text = (BLIND161 / "ep08.md").read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---")[1])
    lovable = [i for i, c in enumerate(data["companies"]) if c["name"] == "Lovable"]
    assert lovable
    hits = _sponsor_hits(text)
    assert ("P801", "quotes[3].text") in hits
    assert not any(field == f"companies[{i}].name" for i in lovable for _, field in hits)


def test_every_sponsor_keyed_in_blind161_is_found_and_nothing_else():
    import json

    keys = [json.loads(line) for line in (BLIND161 / "keys.jsonl").read_text().splitlines()]
    keyed = {(k["file"], k["field"].split(".")[0]) for k in keys if k["family"] == "sponsor"}
    found = set()
    for path in sorted(BLIND161.glob("ep*.md")):
        for f in audit_text(path.read_text(encoding="utf-8")):
            if f.family == "sponsor":
                found.add((path.name, f.field.split(".")[0]))
    assert found == keyed


_TALK = (
    "Welcome back to the show. My guest today is Mara Lind, who runs the data team at Kestrel Freight. "
    "Mara, thanks for coming on. Thanks for having me.\n\n"
    "So where did the project start? We started with invoices. Honestly, the hackathon OpenAI sponsored "
    "last spring is where we first tried Claude Code, and the free tier was enough to prove the idea. "
    "Within a month the prototype was reading every carrier invoice we get and flagging the mismatches.\n\n"
)
_READ = (
    "Let me pause here for a word from Tessellate. If your finance team still closes the books in "
    "spreadsheets, Tessellate reconciles every ledger overnight and flags what needs a human. Teams that "
    "switch close their books four days faster. Visit tessellate.io/kestrel for a free month. Back to Mara.\n\n"
)
_AFTER = (
    "What surprised you most? How fast the team trusted it. Once the first quarter closed clean, nobody "
    "wanted to go back to the old way, and the carriers started asking how we caught their errors so fast.\n"
)


def _file(quotes: list[str], companies: list[dict], body: str) -> str:
    fm = {"companies": companies, "quotes": [{"text": q} for q in quotes], "summary": "x", "title": "Kestrel Freight"}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True),
                        "\n<!-- Episode automatically generated from analysis data -->\n\n## Transcript excerpt\n\n" + body)


def _llm(name: str, context: str) -> dict:
    return {"name": name, "category": "company", "confidence": "high", "context": context, "source": "llm_enhanced"}


def test_a_read_is_announced_and_calls_to_action_and_the_talk_around_it_is_no_read():
    reads = _reads(_file([], [], _TALK + _READ + _AFTER))
    assert reads is not None
    assert len(reads.reads) == 1
    assert reads.reads[0].startswith("Let me pause here for a word from Tessellate.")
    assert reads.reads[0].endswith("for a free month.")  # "Back to Mara." turns back to the talk
    assert reads.sponsors == {"Tessellate"}
    assert "hackathon OpenAI sponsored" in reads.talk  # a sponsorship talked about opens no read


def test_quotes_and_entities_of_the_read_are_flagged_and_those_of_the_talk_are_not():
    quotes = [
        "If your finance team still closes the books in spreadsheets, Tessellate reconciles every ledger overnight",
        "the hackathon OpenAI sponsored last spring is where we first tried Claude Code",
        "Once the first quarter closed clean, nobody wanted to go back to the old way",
    ]
    companies = [_llm("Tessellate", "Ledger reconciliation software for finance teams."),
                 _llm("Kestrel Freight", "The guest's employer, a freight company."),
                 _llm("Claude Code", "Anthropic's coding agent, tried at a hackathon.")]
    hits = _sponsor_hits(_file(quotes, companies, _TALK + _READ + _AFTER))
    assert hits == {("P801", "quotes[0].text"), ("P802", "companies[0].name")}


def test_a_body_without_a_call_to_action_holds_no_read():
    # an announcement with nothing to act on ("a word from our sponsors" and no address, code or
    # offer): the sponsor rules do not guess a read out of it
    body = _TALK + "Let me pause here for a word from Tessellate. They reconcile ledgers. Back to Mara.\n\n" + _AFTER
    assert _reads(_file([], [], body)) is None


def test_a_sponsor_named_in_the_conversation_is_no_announced_sponsor():
    talk = _TALK.replace("Within a month", "We moved our ledgers to Tessellate too. Within a month")
    reads = _reads(_file([], [], talk + _READ + _AFTER))
    assert reads is not None and reads.sponsors == frozenset()
    companies = [_llm("Tessellate", "Ledger reconciliation software the guest's team uses.")]
    assert not _sponsor_hits(_file([], companies, talk + _READ + _AFTER))


def test_initials_do_not_end_an_announcement():
    body = (_TALK + "Before we dive in, we want to thank our friends at J.P. Morgan Payments.\n\n"
            "Every day, J.P. Morgan moves trillions of dollars for companies at every stage. "
            "Go to jpmorgan.com/show and tell them we sent you.\n\n" + _AFTER)
    reads = _reads(_file([], [], body))
    assert reads is not None and reads.sponsors == {"J.P. Morgan Payments"}
    assert "jpmorgan.com/show" in reads.reads[0]


def test_the_seed_and_a_body_without_a_transcript_hold_no_read():
    assert _reads(SEED.read_text(encoding="utf-8")) is None
    assert _reads(_file([], [], "Go to ramp.com for a word from our sponsors.\n")) is None  # too short a body


BLIND167 = ROOT / "bench" / "corpora" / "blind167"


def _names_flagged(path: Path) -> set[str]:
    return {f.evidence for f in audit_text(path.read_text(encoding="utf-8")) if f.rule == "P802"}


def test_a_sponsor_the_conversation_also_discusses_is_kept_by_the_body():
    # blind167: LinkedIn (ep05) and Deel (ep06) sponsor the episode and are talked about; the NER
    # windows alone put their entries inside an ad segment, the body's conversation names them
    assert "LinkedIn" not in _names_flagged(BLIND167 / "ep05.md")
    assert "Deel" not in _names_flagged(BLIND167 / "ep06.md")


def test_a_host_read_announced_as_an_ad_is_a_read():
    # "Scott, I'm going to read an ad. This is a Mint Mobile ad, ..." (blind167 ep08)
    text = (BLIND167 / "ep08.md").read_text(encoding="utf-8")
    reads = _reads(text)
    assert reads is not None and any("mintmobile.com/pivot" in r for r in reads.reads)
    assert "Mint Mobile" not in reads.talk
    assert "Mint Mobile" in _names_flagged(BLIND167 / "ep08.md")


def test_a_window_verdict_on_a_quote_of_the_conversation_is_taken_back():
    # blind167 ep06: "The company pinned it squarely on AI Overviews ..." is the talk's, though the
    # windows put it in an ad segment
    text = (BLIND167 / "ep06.md").read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---")[1])
    k = next(i for i, q in enumerate(data["quotes"]) if q["text"].startswith("The company pinned it squarely"))
    assert ("P801", f"quotes[{k}].text") not in _sponsor_hits(text)
