"""Session 60: slips the rules missed, each met by a general rule, with what must stay quiet beside
it.

- A name whose later words are capitalised, one an ordinary word ("Claude Code", "Google Cloud"),
  written with them in lower case ("Claude code") in an episode that writes the name right
  elsewhere. The firm's thing described ("the Replit agent", "a Google search", "Google search
  remedies"), a verb ("Microsoft teams up with") and a sentence's first word stay quiet.
- A version after a hyphen with more after it ("Deepseek-R1-0528"), and two firms joined by a
  hyphen, one of them written wrong ("the Nvidia-Open AI deal").
- M304 (a name the LLM pass lists, written otherwise in the episode) for names of ordinary words
  ("Marco Rubio", "Salt Typhoon"), one word written as no English word or common name ("Marco
  Rubbio", "Salt Typhon"), and for a word three slips off that sounds the same ("Tomek Corbeck"
  for Tomek Korbak). Another LLM entity's context may carry the slip.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode, summary_episode, transcript_episode


def _misspellings(summary: str) -> list[tuple[str, str]]:
    return [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(summary_episode(summary))
            if f.family == "misspelling"]


@pytest.mark.parametrize("summary, evidence, right", [
    ("Anthropic said attackers abused Claude code and the MCP servers. Claude Code is its CLI.",
     "Claude code", "Claude Code"),
    ("Malware finding Claude code on a laptop. Anthropic ships Claude Code weekly.",
     "Claude code", "Claude Code"),
    ("Microsoft Teams gained Copilot; Microsoft teams and Slack compete.", "Microsoft teams", "Microsoft Teams"),
])
def test_a_name_with_its_later_words_in_lower_case(summary, evidence, right):
    assert _misspellings(summary) == [(evidence, right)]


@pytest.mark.parametrize("summary", [
    "Anthropic said attackers abused Claude code and the MCP servers.",  # never written right
    "Microsoft teams up with OpenAI again. Microsoft Teams gets Copilot.",  # a verb
    "The Replit agent is good at it. Replit Agent launched last year.",  # described
    "We ran a Google search first. Google Search is changing.",
    "The Google search remedies ruling came in. Google Search kept Chrome.",  # a noun after it
    "Content credentials matter. Content Credentials are in Pixel.",  # a sentence's first word
])
def test_the_firms_thing_described_stays_quiet(summary):
    assert _misspellings(summary) == []


@pytest.mark.parametrize("summary, evidence, right", [
    ("Its reasoning model Deepseek-R1-0528 landed the day before.", "Deepseek-R1-0528", "DeepSeek-R1-0528"),
    ("The structure of the Nvidia-Open AI deal is circular.", "Nvidia-Open AI", "Nvidia-OpenAI"),
    ("The Microsoft-Openai deal was redone.", "Microsoft-Openai", "Microsoft-OpenAI"),
])
def test_hyphened_names(summary, evidence, right):
    assert _misspellings(summary) == [(evidence, right)]


@pytest.mark.parametrize("summary", [
    "The Coca-Cola deal and the Nvidia-OpenAI deal.",
    "DeepSeek-R1-0528 landed the day before.",
])
def test_right_hyphened_names_stay_quiet(summary):
    assert _misspellings(summary) == []


def _episode_slips(transcript: str, llm: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(f.field, f.evidence) for f in audit_text(transcript_episode(transcript, llm=llm))
            if f.family == "misspelling"}


@pytest.mark.parametrize("said, listed", [
    ("Remember when somebody used AI to impersonate {Marco Rubbio} and left voice messages.", "Marco Rubio"),
    ("The {Salt Typhon} advisory from late August named three Chinese firms.", "Salt Typhoon"),
    ("In this episode I speak with {Tomek Corbeck}, who studies chain of thought.", "Tomek Korbak"),
])
def test_a_listed_name_written_otherwise_in_the_episode(said, listed):
    slip = said[said.index("{") + 1:said.index("}")]
    found = _episode_slips(said, [(listed, f"{listed} is discussed.")])
    assert ("companies[0].name", slip) in found
    assert ("companies[0].context", slip) in found


def test_another_llm_entitys_context_may_carry_the_slip():
    found = _episode_slips("The {Salt Typhon} advisory named three firms.",
                           [("Salt Typhoon", "Salt Typhoon is a Chinese state group."),
                            ("Volt Typhoon", "Compared with Salt Typhon for pre-positioning.")])
    assert ("companies[2].context", "Salt Typhon") in found


@pytest.mark.parametrize("said, listed", [
    ("We spoke with {Marco Rubin} about the budget.", "Marco Rubio"),  # a common surname: another person
    ("The {Salt Harbor} fund led the round.", "Salt Typhoon"),  # an English word
    ("In this episode I speak with {Tomek Korbeck}.", "Tomek Kowalski"),  # sounds otherwise
])
def test_other_names_beside_a_listed_one_stay_quiet(said, listed):
    assert not any(f == "companies[0].name" for f, _ in _episode_slips(said, [(listed, f"{listed} is discussed.")]))


def test_the_names_own_context_may_write_the_other_spelling():
    # the LLM pass wrote the variant itself, beside its name: a spelling it knows
    found = _episode_slips("The {Salt Typhon} advisory named three firms.",
                           [("Salt Typhoon", "Salt Typhoon (also written Salt Typhon) is a group.")])
    assert ("companies[0].name", "Salt Typhon") not in found
