"""Entity noise stays quiet on firms that look like noise by their name alone: a firm named after
a person ("Louis Vuitton", "Alexander Dennis"), a firm whose name is a preposition and which a
firm's verb follows ("Via runs microtransit"), an LLM entry whose context describes a firm in a
later clause ("added as a known autonomous trucking company"), a maker's named framework ("Google
DeepMind's Frontier Safety Framework") and a lender that is no government ("World Bank"). The
same shapes without that evidence are still flagged."""
from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, ner_entity_episode


def _noise(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(text, select=("entity-noise",))]


def _with_quote(name: str, context: str, quote: str) -> str:
    return episode_text(f"title: x\ncompanies:\n- category: ai_research\n  confidence: medium\n"
                        f"  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n  source: llm_enhanced\n"
                        f"quotes:\n- relevance_score: 7\n  text: {json.dumps(quote)}\n")


QUIET = [
    ner_entity_episode("Louis Vuitton", "topped discounting. LVMH owns seventy-odd houses, Louis Vuitton is the "
                                        "engine, and Dior is the one investors worry "),
    ner_entity_episode("Alexander Dennis", "an anyone, and its chassis show up in London with Alexander Dennis "
                                           "bodies. Solaris, owned by CAF, is the European lead"),
    ner_entity_episode("John Deere", "the tractors that John Deere sold last year came with autonomy kits"),
    ner_entity_episode("Via", "encies worry the robotaxi pulls riders off buses. Via runs microtransit for "
                              "cities, which is the opposite"),
    ner_entity_episode("Plus", "trucking is hard. Plus raised another round to put its driver on highways"),
    llm_entity_episode("Plus", "No mention found in the transcript; added as a known autonomous trucking "
                               "company.", category="ai_company", confidence="low"),
    _with_quote("Frontier Safety Framework", "Google DeepMind's policy of capability thresholds and mitigations.",
                "Google DeepMind's Frontier Safety Framework and Anthropic's scaling policy both set thresholds."),
    llm_entity_episode("World Bank", "Funder of the national tutoring pilots discussed by the guest.",
                       category="finance"),
    # a workplace: a role or work "at" the name ("a partner at Norman Hale", a firm on no list)
    ner_entity_episode("Norman Hale", "a partner at Norman Hale told me the junior associates use it for first drafts"),
    ner_entity_episode("Clifford Chance", "the junior associates at Clifford Chance use it for first drafts"),
    # a firm the show talks about after its intro, and a podcast firm
    ner_entity_episode("Shopify", "This is Shelf Space. Shopify is what every brand we talked to runs on, and"),
    llm_entity_episode("Spotify", "The podcast platform that bought the show's network.", category="media"),
]

FLAGGED = [
    (ner_entity_episode("Louis Martin", "the lead author, Louis Martin, said the model was trained in "), "F504"),
    (ner_entity_episode("Norman Hale", "we looked at Norman Hale and his team's paper on the drafts, and "), "F504"),
    (ner_entity_episode("Via", "you reach the model. Via the API the latency is lower, and "), "F501"),
    (llm_entity_episode("Plus", "Not mentioned.", confidence="low"), "F501"),
    (_with_quote("North Star", "Meta's guiding goal for its product teams.",
                 "Meta's North Star is still engagement, whatever they say about the metaverse."), "F504"),
    (llm_entity_episode("World Health Organization", "Cited on the medical chatbot guidance."), "F504"),
    # the podcast itself: its intro or its backers in the window, or an LLM context that says so
    (ner_entity_episode("Shelf Space", "This is Shelf Space. Today: retail media, the fastest-growing ad channel"),
     "F504"),
    (ner_entity_episode("Load Curve", " from our partner. Load Curve is made possible by GridPilot. GridPilot uses"),
     "F504"),
    (llm_entity_episode("Shelf Space", "The podcast hosting the conversation.", category="media"), "F504"),
]


@pytest.mark.parametrize("text", QUIET)
def test_firms_that_look_like_noise_stay_quiet(text):
    assert _noise(text) == []


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_the_same_shapes_without_evidence_are_flagged(text, rule):
    assert [r for r, _ in _noise(text)] == [rule]
