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


# --- a quote or an insight the file's own transcript says on ------------------------------------

_TRANSCRIPT = """
## Transcript (excerpt)

[00:00:01] Host: Welcome back to the show. Today we talk about the month-end close.
[00:00:09] Guest: The accountant becomes a reviewer, and the close goes from two weeks to a few days.
[00:00:15] Host: Is that a real number? Revenue recognition, inventory, multi-entity accounting all need judgment.
[00:00:21] Guest: It is. If AI does in ten minutes what used to take three hours, you cannot bill three hours.
[00:00:30] Host: Most firms will keep hourly billing for bespoke matters, but routine work moves to fixed fees.
[00:00:38] Guest: We ship every week, and customers notice the difference in their books.
""" + "[00:01:00] Host: And that is the segment, thanks for listening to all of it today.\n" * 3


def _body_episode(quotes=(), insights=()) -> str:
    fm = {"title": "The close", "quotes": [{"length": len(q), "relevance_score": 7, "text": q, "topics": []} for q in quotes]}
    if insights:
        fm["insights"] = [{"actionable": False, "confidence": "high", "extracted": t, "text": t, "type": "insight"}
                          for t in insights]
    return episode_text(yaml.safe_dump(fm, sort_keys=True, width=1000), "\n" + _TRANSCRIPT)


def test_a_quote_the_transcript_says_on_in_its_sentence_is_cut():
    found = _truncations(_body_episode(quotes=["The accountant becomes a reviewer, and the close goes from two weeks"]))
    assert found == [("quotes[0].text", "weeks")]


def test_an_insight_the_transcript_says_on_is_cut_too():
    found = _truncations(_body_episode(insights=["Most firms will keep hourly billing for bespoke"]))
    assert ("insights[0].text", "bespoke") in found


def test_a_quote_that_ends_where_the_speaker_ends_a_sentence_or_a_clause_is_whole():
    whole = ["The accountant becomes a reviewer, and the close goes from two weeks to a few days",
             "We ship every week",  # "..., and customers notice": a clause ends at the comma
             "Most firms will keep hourly billing for bespoke matters."]
    assert _truncations(_body_episode(quotes=whole)) == []


def test_a_quote_that_ends_its_own_sentence_is_left_alone():
    # the quote's period says its writer ended it there; the speaker's words go on
    assert _truncations(_body_episode(quotes=["Most firms will keep hourly billing for bespoke matters, but routine work moves."])) == []


def test_a_quote_that_starts_inside_a_spoken_sentence_is_cut_at_its_start():
    found = _truncations(_body_episode(quotes=["in ten minutes what used to take three hours, you cannot bill three hours",
                                               "inventory, multi-entity accounting all need judgment"]))
    assert found == [("quotes[0].text", "in"), ("quotes[1].text", "inventory")]


def test_a_quote_that_starts_after_a_conjunction_is_a_whole_clause():
    assert _truncations(_body_episode(quotes=["the close goes from two weeks to a few days"])) == []


def test_a_quote_the_file_has_no_transcript_for_tells_nothing():
    text = _body_episode(quotes=["The accountant becomes a reviewer, and the close goes from two weeks"])
    assert _truncations(text.split("## Transcript")[0]) == []


def test_real_extended_corpus_quotes_cut_where_their_transcripts_go_on():
    # blind170 ep02 and blind182 ep07: planted cuts on whole words ("... driving in the wrong" | "lane")
    root = SEED.parents[2] / "bench" / "corpora"
    for corpus, name, field, evidence in (("blind170", "ep02.md", "quotes[12].text", "wrong"),
                                          ("blind182", "ep07.md", "quotes[12].text", "written")):
        found = _truncations((root / corpus / name).read_text(encoding="utf-8"))
        assert (field, evidence) in found


# --- key phrases ---------------------------------------------------------------------------------

_KEY_PHRASE_INSIGHTS = [
    ("Automating your compliance is the fastest way to unblock enterprise deals, because buyers trust it.",
     "Automating your compliance"),
    ("The best tool is the one your associates already open every morning.", "The best tool"),
    ("Mostly per seat today, but I expect more of our pricing to move toward outcomes over time.",
     "pricing to move toward outcomes"),
    ("Harvey expects to shift from per-seat licenses to outcome-based pricing as the product matures.",
     "outcome-based pricing"),
]


def _insights_episode(pairs) -> str:
    fm = {"title": "x", "insights": [{"actionable": True, "confidence": "high", "extracted": e, "text": t,
                                      "type": "insight"} for t, e in pairs]}
    return episode_text(yaml.safe_dump(fm, sort_keys=True, width=1000))


def test_an_episode_of_key_phrases_has_no_fragments():
    assert _truncations(_insights_episode(_KEY_PHRASE_INSIGHTS)) == []


def test_a_key_phrase_cut_on_a_word_that_cannot_end_is_still_a_fragment():
    pairs = [*_KEY_PHRASE_INSIGHTS, ("Lenders should verify income from bank data because AI makes fake pay stubs.",
                                     "AI makes")]
    assert _truncations(_insights_episode(pairs)) == [("insights[4].extracted", "AI makes")]


def test_short_pieces_beside_long_extractions_are_still_fragments():
    # the seed's way: extractions are long runs of their texts, so a word or two is a fragment
    pairs = [*_KEY_PHRASE_INSIGHTS[:3], (
        "We should at least be able to have a conversation with them before they ship anything to customers.",
        "at least be able to have a conversation with them before they ship anything")]
    found = _truncations(_insights_episode(pairs))
    assert ("insights[0].extracted", "Automating your compliance") in found
