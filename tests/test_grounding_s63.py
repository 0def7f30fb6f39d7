"""Session 63: G902, a quote the file's own transcript never says, in a file whose transcript is the
quotes' source (3,000 characters or more, saying four or more of its quotes and three in four); a
quote tidied from speech is fine, and an excerpt that says few of the quotes tells nothing. And
F504: an LLM context that opens on "Strategy"/"Practice" before a firm's noun ("Strategy consulting
firm ...") describes a firm, not a concept."""

from __future__ import annotations

import yaml

from tests.conftest import SEED, audit_text, episode_text, llm_entity_episode

_TURNS = [
    ("Host", "Welcome back to the show, today we are talking about what AI does to the law firm business model."),
    ("Guest", "The firms that move to fixed fees on routine work will win that work."),
    ("Host", "And the rest will keep hourly billing for bespoke matters, I assume."),
    ("Guest", "Exactly, the billable hour survives for complex work but routine work moves to fixed fees much faster."),
    ("Host", "EvenUp built a whole business on drafting demand letters for injury firms."),
    ("Guest", "And it is valued at more than a billion dollars, which tells you how big the market is."),
    ("Host", "If AI does in ten minutes what used to take three hours, you cannot bill three hours."),
    ("Guest", "Clients read the invoices now, and they ask which parts a machine drafted."),
]
_SAID = ["The firms that move to fixed fees on routine work will win that work",
         "the billable hour survives for complex work but routine work moves to fixed fees much faster",
         "EvenUp built a whole business on drafting demand letters for injury firms",
         "If AI does in ten minutes what used to take three hours, you cannot bill three hours",
         # tidied: a filler dropped, a word changed
         "Clients read their invoices now, and they ask which parts the machine drafted"]
_INVENTED = "Every law firm will be an AI company within three years, whether its partners like it or not."


def _episode(quotes, turns=_TURNS, repeat=6) -> str:
    lines = [f"[00:{m:02d}:{s:02d}] {who}: {text}" for m, (who, text) in enumerate(turns * repeat) for s in (0,)]
    fm = {"title": "Fixed fees", "quotes": [{"relevance_score": 8, "text": q, "topics": []} for q in quotes]}
    return episode_text(yaml.safe_dump(fm, sort_keys=True, width=1000), "\n## Transcript (excerpt)\n\n" + "\n".join(lines) + "\n")


def _grounding(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "grounding"]


def test_a_quote_the_transcript_never_says_is_flagged():
    found = _grounding(_episode([*_SAID, _INVENTED]))
    assert found == [("G902", "quotes[5].text", _INVENTED)]


def test_its_fix_removes_the_quote_and_is_unsafe():
    fix = next(f.fix for f in audit_text(_episode([*_SAID, _INVENTED])) if f.rule == "G902")
    assert fix.applicability == "unsafe" and fix.edits[0].replacement == ""


def test_quotes_said_or_tidied_from_speech_are_fine():
    assert _grounding(_episode(_SAID)) == []


def test_a_short_excerpt_tells_nothing():
    assert _grounding(_episode([*_SAID, _INVENTED], repeat=1)) == []  # under 3,000 characters


def test_a_transcript_that_says_few_of_the_quotes_is_no_source_of_them():
    others = ["Regulators in Brussels will want to see every model card before the rollout starts",
              "Our clients in Singapore asked for an audit trail of every prompt last spring",
              "Nobody on the partnership committee wanted to be the first to sign the contract"]
    assert _grounding(_episode([*_SAID[:3], *others, _INVENTED])) == []


def test_the_seed_has_no_transcript_and_no_unspoken_quote():
    assert not any(f.rule == "G902" for f in audit_text(SEED.read_text(encoding="utf-8")))


def test_a_strategy_consulting_firm_is_a_firm_not_a_concept():
    ctx = "Strategy consulting firm discussed as cutting analyst hiring because of AI."
    assert not [f for f in audit_text(llm_entity_episode("Bain", ctx, "consulting")) if f.rule == "F504"]
    concept = "Strategy where a vendor prices per outcome rather than per seat."
    assert [f.rule for f in audit_text(llm_entity_episode("Outcome Pricing", concept, "concept")) if f.rule == "F504"] == ["F504"]
