"""Issue 6, session 9 (trunc9): T701/T702 on quotes cut at a character count or a word count.
Each test puts cut quotes next to whole ones that end the same way, one episode per case, all
run as one batch through the real rules (the helpers of tests/test_recall_extended8.py).
"""

import pytest
import yaml

from tests.conftest import ROOT
from tests.test_recall_extended8 import _episode, _hits, _insight, _quote


def _quotes_hit(cut, whole):
    texts = [_episode(quotes=[_quote(t)]) for t in cut + whole]
    return _hits(texts, "truncation"), [True] * len(cut) + [False] * len(whole)


# --- mid-word cuts that leave a word-like stub -----------------------------------------------------
def test_a_three_letter_stub_rarer_than_zipf_4_is_a_clipped_word():
    got, want = _quotes_hit(
        ["We added a new feature tha", "We trained the reward mod", "Most of the time went into the eva"],
        ["We shipped it as a Slack bot", "It all runs inside one app", "We built it in our own lab",
         "That was a really good day"])
    assert got == want


def test_a_stub_one_letter_short_of_a_common_word_is_cut_but_not_a_singular():
    got, want = _quotes_hit(
        ["The hardest conversation was tellin", "Nobody on the team expecte", "I don't think open source and safet"],
        ["It depends on the workload", "We rewrote the whole pipeline"])
    assert got == want


def test_a_lone_lowercase_letter_or_a_capital_after_a_function_word_is_a_cut_word():
    got, want = _quotes_hit(
        ["We distilled the large model i", "We moved all of the inference on G", "The rollout went from A to K"],
        ["We raised our Series B", "And the one who wrote it was I"])
    assert got == want


def test_a_capitalised_stub_of_a_common_word_after_a_lowercase_word_is_a_cut_name():
    got, want = _quotes_hit(
        ["A startup in Bruss", "The first version was literally a Slac", "We moved the whole team to Pittsbu"],
        ["We had dinner with Brad Pitt", "We opened an office in Europe", "The best advice came from Reid Hoffman"])
    assert got == want


# --- word-end cuts ---------------------------------------------------------------------------------
def test_an_auxiliary_and_an_adverb_without_what_follows_are_cut():
    got, want = _quotes_hit(
        ["We thought the first version was only", "And the results were consistently",
         "I think the model will probably"],
        ["Our European customers asked for that too", "Honestly, the whole thing was costly",
         "A breakthrough this year is unlikely", "We did that already"])
    assert got == want


def test_a_particle_after_its_verb_or_object_is_whole_a_preposition_after_a_noun_is_not():
    got, want = _quotes_hit(
        ["And the doctors have to put their trust in", "We insisted on", "They had a lot of confidence in"],
        ["We finally got everyone to log in", "We saw that early on", "The board turned it on",
         "You have to follow through"])
    assert got == want


def test_into_and_of_strand_in_a_relative_clause_only():
    got, want = _quotes_hit(
        ["So they moved the workloads into", "It is one of"],
        ["I had no idea what I was getting into", "That's the kind of company we want to be part of"])
    assert got == want


def test_a_transitive_verb_in_its_regular_forms_without_its_object_is_cut():
    got, want = _quotes_hit(
        ["The hardest part of deploying speech recognition in hospitals is handling",
         "And once the model answers, the assistant gives", "The customers kept pushing us to add",
         "The startup raised"],
        ["That's exactly what the team is handling", "That's the feature our users needed",
         "More context is needed", "We hired two"])
    assert got == want


def test_a_stranded_preposition_after_the_clause_with_its_gap_ended_is_cut():
    got, want = _quotes_hit(
        ["What we're really selling is peace of mind for"],
        ["That's what the customers are paying for", "Those are the investors we answer to",
         "It's the one metric we really optimize for"])
    assert got == want


# --- T702 ------------------------------------------------------------------------------------------
def test_an_extraction_that_stops_only_before_the_final_period_is_whole():
    cases = [("It's easy to build a demo and painfully hard to build something people pay for.",
              "It's easy to build a demo and painfully hard to build something people pay for", False),
             ("We kept one model for everything and paid for it in latency for months.",
              "We kept one model for everything and paid for", True)]
    texts = [_episode(insights=[_insight(t, x)]) for t, x, _ in cases]
    assert _hits(texts, "truncation") == [want for _, _, want in cases]


@pytest.mark.parametrize("key", ["particles", "particle_words", "ly_adjectives", "end_adverbs", "transitive_stems",
                                 "verb_s_forms", "whole_words"])
def test_the_new_word_classes_live_in_the_rule_set(key):
    data = yaml.safe_load((ROOT / "rules" / "truncation.yaml").read_text(encoding="utf-8"))
    assert data.get(key), key


def test_to_be_after_a_subject_and_a_verb_that_wants_it_is_cut():
    got, want = _quotes_hit(
        ["Honestly, we have to be", "I think we're going to be"],
        ["It's not what it used to be", "That's where we need to be", "You don't have to be", "If you want to be"])
    assert got == want


# --- the field's terms are no cut words (session 9 review) ---------------------------------------

def _t701_fields(texts: list[str]) -> list[int]:
    import json

    from tests.conftest import audit_text, episode_text

    fm = "title: x\nquotes:\n" + "".join(f"- text: {json.dumps(t)}\n  relevance_score: 5\n" for t in texts)
    return sorted(int(f.field.split("[")[1].split("]")[0]) for f in audit_text(episode_text(fm), select=["T701"]))


def test_the_fields_shop_talk_at_a_quote_end_is_no_cut_word():
    terms = ["compute", "eval", "infra", "repo", "on-prem", "config", "auth", "prod", "biotech", "a vc", "distill",
             "capex", "agentic", "quant"]
    assert _t701_fields([f"Most of the money goes to {t}" for t in terms]) == []


def test_a_rare_word_the_episode_uses_inside_a_text_is_no_stub_but_a_copied_stub_still_is():
    # "telem" alone at a quote's end is taken for a cut "telemetry"; used inside another text, it is a term
    assert _t701_fields(["So every morning we check the telem"]) == [0]
    assert _t701_fields(["So every morning we check the telem", "The telem dashboard shows it."]) == []
    # the two passes copy one cut quote: the stub at the end of both is still a stub
    assert _t701_fields(["So every morning we check the telem", "So every morning we check the telem"]) == [0, 1]


def test_a_preposition_stranded_by_a_relative_clause_or_worth_ends_a_quote():
    # helpers' held-out false positives: "toward" was a word that can never end a sentence, and
    # "worth thinking about" a preposition without its object
    assert _t701_fields(["That is the future we are building toward", "It is something worth thinking about",
                         "And then the whole team went toward", "We were thinking about"]) == [2, 3]
