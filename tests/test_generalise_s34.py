"""Causes that session 34's blind corpora showed (written from the issues alone, by authors who never
read the code), each as the general case, with a quiet twin that must stay quiet:

- sponsor: a host's first-person read before the call to action that names its sponsor by its
  address joins the read ("... moving our whole pipeline into Attio. It builds itself from your
  inbox" before "free at attio.com/pipeline"); an announcement whose opening word the context
  window cut ("episode of Demand Gen Weekly is made possible by Framer", "k break. I wouldn't start
  a company today without Deel");
- attribution: every kind an entity's context calls its entity by stands before "from" or "by"
  ("Research notebook from Microsoft", "Watermarking technology from OpenAI", "OpenAI's real-time
  voice mode"); what a product licenses or integrates from a firm is no maker's claim;
- consistency: a quote whole inside another of the file with another relevance score is the same
  quote scored twice.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, transcript_episode

FILLER = "We spent most of the year rebuilding the scheduler so that batch jobs stop starving interactive ones. "


def _sponsor_fields(text: str) -> set[str]:
    return {f.field for f in audit_text(text) if f.family == "sponsor"}


# --- sponsor ---------------------------------------------------------------------------------------

def test_a_first_person_read_before_a_call_naming_its_sponsor_by_address_is_the_read():
    read = ("Honestly, the best operational decision we made this year was moving our whole pipeline into "
            "{Attio}. It builds itself from your inbox, free at attio.com/pipeline. My guest: Theo of {Quillstack}. ")
    quote = "Honestly, the best operational decision we made this year was moving our whole pipeline into Attio"
    found = _sponsor_fields(transcript_episode(read + FILLER * 6, quotes=[quote]))
    assert {"companies[0].name", "quotes[0].text"} <= found
    assert "companies[1].name" not in found  # (the guest's firm, introduced after the call)
    # (the guest's own use, with no call after it, stays the conversation's)
    talk = ("Honestly, the best operational decision we made this year was moving our whole pipeline into "
            "{Attio}. It builds itself from our inbox, so we kept it. My guest: Theo of {Quillstack}. ")
    assert _sponsor_fields(transcript_episode(talk + FILLER * 6, quotes=[quote])) == set()


@pytest.mark.parametrize("window, found", [
    ("episode of Demand Gen Weekly is made possible by {Framer}. Our landing pages used to take a designer a week", True),
    ("k break. I wouldn't start a company today without {Deel}. Hiring in twelve countries used to take months", True),
    # (a word that is no cut announcement: "a break" ends a sentence of the conversation)
    ("a break. I wouldn't start a company today without {Deel}. Hiring in twelve countries used to take months", False),
    ("The other podcast I love is made possible by its listeners, and {Framer} is the tool we use", False),
])
def test_an_announcement_cut_by_the_window_start_still_announces(window, found):
    text = transcript_episode(window + ". " + FILLER * 6)
    assert ("companies[0].name" in _sponsor_fields(text)) is found


# --- attribution -----------------------------------------------------------------------------------

def _a402(name: str, context: str) -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context)) if f.rule == "A402"]


@pytest.mark.parametrize("name, context, evidence", [
    ("NotebookLM", "Research notebook from Microsoft that grounds answers in uploaded sources.", "notebook from Microsoft"),
    ("SynthID", "Watermarking technology from OpenAI for AI-generated images.", "technology from OpenAI"),
    ("Gemini Live", "OpenAI's real-time voice mode, demoed on the Pixel.", "OpenAI's real-time voice mode"),
    ("NotebookLM", "Research notebook from Google that grounds answers in uploaded sources.", None),
    ("SynthID", "Watermarking technology from Google DeepMind.", None),
    ("Copilot", "Microsoft's assistant; licenses technology from OpenAI.", None),
    ("Copilot", "Microsoft's assistant; integrates models from OpenAI and Anthropic.", None),
])
def test_any_kind_of_the_entity_before_from_names_its_maker(name, context, evidence):
    assert _a402(name, context) == ([evidence] if evidence else [])


# --- consistency -----------------------------------------------------------------------------------

def _quote_scores(quotes: list[tuple[str, int]]) -> list[str]:
    lines = "".join(f"- relevance_score: {s}\n  text: \"{t}\"\n" for t, s in quotes)
    return [f.field for f in audit_text(episode_text(f"title: x\nquotes:\n{lines}")) if f.rule == "C1007"]


def test_a_quote_inside_another_scored_differently_is_flagged():
    long = "Everyone quotes a hundred dollars a ton. We are nowhere near that yet, and anyone who says otherwise is selling something."
    short = "We are nowhere near that yet, and anyone who says otherwise is selling something"
    assert _quote_scores([(short, 3), (long, 9)]) == ["quotes[1].relevance_score"]
    assert _quote_scores([(long, 9), (short, 3)]) == ["quotes[1].relevance_score"]
    # (scored alike, or a piece too short to be a copy of the passage: quiet)
    assert _quote_scores([(short, 9), (long, 9)]) == []
    assert _quote_scores([("We are nowhere near that", 3), (long, 9)]) == []
    # (two quotes sharing words but neither inside the other: quiet)
    other = "We are nowhere near that yet, and anyone who says otherwise has not run a plant."
    assert _quote_scores([(other, 3), (long, 9)]) == []
