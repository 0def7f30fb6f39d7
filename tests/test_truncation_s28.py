"""Truncation: a title that ends on the start of a word (a transcript window's end is cut by design),
verb-phrase ellipsis (a clause that ends on its auxiliary, its verb said before it), and a clause
after 'and then' or 'but' that is only its indefinite subject; each with a look-alike."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, quote_episode


def _cut(text: str) -> bool:
    return any(f.rule == "T701" and f.field == "quotes[0].text" for f in audit_text(quote_episode(text), select=["T7"]))


def _title_cut(title: str) -> bool:
    ep = episode_text(f"title: {json.dumps(title)}\nsummary: The hosts talk about retail.\n")
    return any(f.rule == "T701" and f.field == "title" for f in audit_text(ep, select=["T7"]))


def _window_cut(context: str, name: str) -> bool:
    ep = episode_text("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                      f"  context: {json.dumps(context)}\n  name: {name}\n  position: 900\n")
    return any(f.rule == "T701" and f.field == "companies[0].context" for f in audit_text(ep, select=["T7"]))


@pytest.mark.parametrize("cut, whole", [
    ("Inside the Turnaround of a Regional Grocery Cha", "Inside the Turnaround of a Regional Grocery Chain"),
    ("How Ferry Operators Survived the Fuel Cri", "How Ferry Operators Survived the Fuel Crisis"),
    ("Three Founders on Hiring Their First Engi", "Three Founders on Hiring, with Priya Raman"),
])
def test_a_title_cut_inside_its_last_word(cut, whole):
    assert _title_cut(cut)
    assert not _title_cut(whole)
    # a short title, a headline ending on a preposition, a name: whole
    for title in ("x", "Part II", "What Comes After", "A Talk With Dara Khosrowshahi"):
        assert not _title_cut(title)


def test_a_transcript_window_that_ends_inside_a_word_is_no_finding():
    # NER windows are the transcript cut by count, inside words at both ends, whatever their
    # geometry: hand-written corpora copy the pipeline's "... the fi" endings
    assert not _window_cut("we moved billing to Chargebee in the sprin", "Chargebee")
    before = "ts and the ops folks all said the same thing about "
    assert not _window_cut(before + "Chargebee and the inv", "Chargebee")


@pytest.mark.parametrize("whole, cut", [
    ("Analysts said the ferry line would turn a profit by now, but it hasn't",
     "We repainted the shop, but the walls were"),  # 'be' stands for 'be' only
    ("The landlord promised to fix the boiler and the contractor didn't",
     "The roof leaked all winter and the landlord will"),
    ("If you can negotiate the lease down, you should",
     "If you give the tenants a deadline, they will"),
    ("Half the county switched to heat pumps and my parents did too",
     "Half the county switched to heat pumps and my parents were"),
])
def test_an_auxiliary_that_stands_for_the_verb_before_is_whole(whole, cut):
    assert not _cut(whole)
    assert _cut(cut)


@pytest.mark.parametrize("cut, whole", [
    ("The boiler broke on Sunday and then somebody", "The boiler broke on Sunday so we called somebody"),
    ("We knocked on every door but nobody", "We thanked our families and everyone"),
    ("The line kept growing until someone", "The line kept growing and we hired someone"),
])
def test_an_indefinite_subject_after_a_clause_opener_lost_its_verb(cut, whole):
    assert _cut(cut)
    assert not _cut(whole)


def _fragment(text: str, extracted: str) -> bool:
    fm = (f"title: x\ninsights:\n- confidence: high\n  extracted: {json.dumps(extracted)}\n"
          f"  text: {json.dumps(text)}\n")
    return any(f.rule == "T702" for f in audit_text(episode_text(fm), select=["T7"]))


@pytest.mark.parametrize("text, whole, cut", [
    ("Most freight brokers lose money in their first year, and many close within three.",
     "lose money in their first year", "lose money in their"),
    ("The strongest co-ops offer their books to every member; the rest struggle.",
     "offer their books to every member", "to every member"),
])
def test_the_predicate_of_a_main_clause_without_its_subject_stands_alone(text, whole, cut):
    assert not _fragment(text, whole)
    assert _fragment(text, cut)


@pytest.mark.parametrize("text, extracted", [
    ("Los talleres pequeños deben subir sus precios antes de contratar más mecánicos.",
     "subir sus precios antes de contratar más mecánicos"),
    ("O mercado de aluguel em Lisboa vai continuar subindo nos próximos três anos.",
     "vai continuar subindo nos próximos três anos"),
])
def test_the_english_grammar_of_fragments_leaves_other_languages_alone(text, extracted):
    assert not _fragment(text, extracted)
    assert _fragment(text, extracted[:-3])  # (a piece cut inside a word is cut in any language)


@pytest.mark.parametrize("whole, cut", [
    ("La cosecha fue mejor de lo que esperábamos este año", "La cosecha fue mejor de lo que esperábamos este a"),
    ("We finally opened the second café in Kraków", "We finally opened the second café in Stockh"),
])
def test_a_last_word_with_a_letter_beyond_ascii_is_whole(whole, cut):
    assert not _cut(whole)
    assert _cut(cut)


def _reason_cut(text: str) -> bool:
    ep = episode_text(f"title: x\nquotes:\n- text: Fine words here.\n  impact_reason: {json.dumps(text)}\n")
    return any(f.rule == "T701" for f in audit_text(ep, select=["T7"]))


@pytest.mark.parametrize("whole, cut", [
    ("It shows the lease was not what the tenants signed up to", "It shows the tenants never signed up to"),
    ("It reveals the gap between the demo and what the buyers were promised by", "It reveals what the buyers wanted to"),
])
def test_a_free_relative_is_the_object_of_its_final_preposition(whole, cut):
    assert not _reason_cut(whole)
    assert _reason_cut(cut)


def test_a_concessive_free_relative_after_its_clause_is_whole():
    fm = ("title: x\ninsights:\n- confidence: high\n  text: \"Nobody agrees on what the bylaw means, whatever "
          "the official reading is\"\n")
    assert not any(f.rule == "T701" for f in audit_text(episode_text(fm), select=["T7"]))
    assert _cut("Whatever the official reading of the bylaw is")


@pytest.mark.parametrize("cut, whole", [
    ("The first thing I tell new cooks that the hardest part of the job is to", "The best diner I have ever been to"),
    ("What most landlords underestimate is how much", "Nobody at the co-op knows how much"),
])
def test_be_before_an_infinitive_or_how_much_wants_what_follows(cut, whole):
    assert _cut(cut)
    assert not _cut(whole)


def _t702(text: str, extracted: str) -> list[str]:
    fm = (f"title: x\ninsights:\n- text: {json.dumps(text)}\n  extracted: {json.dumps(extracted)}\n"
          "  type: observation\n")
    return [f.rule for f in audit_text(episode_text(fm), select=["T702"])]


def test_a_clause_whose_verb_no_list_knows_stands_alone():
    # the present verb of a plural subject, an adverb between them, a preposition after it
    assert _t702("robotaxi unit economics only work at very large fleet sizes.",
                 "unit economics only work at very large fleet sizes") == []
    assert _t702("In most cities, ferry operators rely on the same two shipyards.",
                 "ferry operators rely on the same two shipyards") == []
    # ... but not one that ends on a word wanting its noun
    assert _t702("Big fashion brands now run their own factories in Portugal.",
                 "brands now run their own") == ["T702"]


@pytest.mark.parametrize("whole, cut", [
    ("The single European sky has been promised since the nineties",
     "Nobody trusts the numbers since the audits"),  # a perfect: 'since' a preposition of time
    ("Envoy offers a flow-through to the mainline that cadets actually believe in",
     "The model that works for"),  # a plural noun the relative clause's subject, its verb after it
    ("The pricing that customers really care about",
     "It was so cheap that customers stopped worrying about"),
])
def test_since_in_a_perfect_and_a_relative_with_a_plural_subject_end_whole(whole, cut):
    assert not _cut(whole)
    assert _cut(cut)
