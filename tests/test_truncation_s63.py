"""Session 63: an LLM entity context or an impact reason that ends on a word or a number with no
mark after it, in an episode whose other descriptions of its kind end their sentences, was cut
(T701), though its last word is whole ("... menu changes and lab", "... Summarizes the industry"):
the LLM writes them as whole sentences. An episode whose descriptions end bare as a habit, or has
too few of them to tell, is left alone; an NER window (cut by design) is never read so."""

from __future__ import annotations

import json

import yaml

from tests.conftest import SEED, audit_text, entities_episode, episode_text

_ENDED = [("Toast", "Restaurant software company whose point-of-sale runs most of the chain's stores.", "software"),
          ("Hyphen", "Automated makeline startup testing a digital-order line with Chipotle.", "robotics"),
          ("Chipotle", "Restaurant chain discussed as the first big buyer of the makeline.", "restaurant"),
          ("Presto", "Drive-through voice AI vendor that several chains have dropped.", "ai_company")]


def _truncations(text: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text) if f.family == "truncation"]


def test_an_unended_context_among_ended_ones_is_cut():
    entities = [*_ENDED, ("ToastIQ", "Toast's AI layer, answering questions about sales, menu changes and lab", "ai")]
    assert _truncations(entities_episode(entities)) == [("companies[4].context", "lab")]


def test_a_context_that_ends_on_a_number_is_cut_too():
    entities = [*_ENDED, ("Zoox", "Amazon's robotaxi unit, which opened a public service in Las Vegas in 20", "auto")]
    assert _truncations(entities_episode(entities)) == [("companies[4].context", "20")]


def test_contexts_that_all_end_bare_tell_nothing():
    bare = [(n, c.rstrip("."), cat) for n, c, cat in _ENDED]
    entities = [*bare, ("ToastIQ", "Toast's AI layer, answering questions about sales and menu changes", "ai")]
    assert _truncations(entities_episode(entities)) == []


def test_too_few_ended_contexts_tell_nothing():
    entities = [*_ENDED[:3], ("ToastIQ", "Toast's AI layer, answering questions about sales and menu changes", "ai")]
    assert _truncations(entities_episode(entities)) == []


def test_an_ner_window_is_never_read_so():
    entities = [*_ENDED, ("ner:Toast", "said the chain runs on Toast and the menu changes and lab", "software")]
    assert _truncations(entities_episode(entities)) == []


def test_an_unended_impact_reason_among_ended_ones_is_cut():
    reasons = ["Shows why chains test robots on one line first.", "Names the cost of a failed drive-through pilot.",
               "Explains why franchisees decide, not headquarters.", "Puts a number on labour savings per store.",
               "Summarizes the industry"]
    fm = "title: x\nquotes:\n" + "".join(
        f"- impact_reason: {json.dumps(r)}\n  relevance_score: 8\n  source: llm_enhanced\n  text: Quote {i} is whole.\n"
        f"  topic: ops\n" for i, r in enumerate(reasons))
    assert _truncations(episode_text(fm)) == [("quotes[4].impact_reason", "industry")]


def test_the_seed_with_one_llm_context_cut_short_has_it_found():
    raw = SEED.read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    data = yaml.safe_load(front)
    n = next(i for i, c in enumerate(data["companies"]) if c.get("source") == "llm_enhanced" and c["name"] == "Anthropic")
    cut = data["companies"][n]["context"].rsplit(" ", 1)[0]  # "... focused heavily on coding and agent"
    data["companies"][n]["context"] = cut
    edited = "---\n" + yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=80) + "---\n" + body
    assert not any(field.endswith(".context") for field, _ in _truncations(raw))
    assert (f"companies[{n}].context", cut.rsplit(" ", 1)[1]) in _truncations(edited)
