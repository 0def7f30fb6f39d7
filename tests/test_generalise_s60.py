"""Session 60: slips the rules missed, each met by a general rule, with what must stay quiet beside
it.

- A name whose later words are capitalised, one an ordinary word ("Claude Code", "Google Cloud"),
  written with them in lower case ("Claude code") in an episode that writes the name right
  elsewhere. The firm's thing described ("the Replit agent", "a Google search", "Google search
  remedies"), a verb ("Microsoft teams up with") and a sentence's first word stay quiet.
- A version after a hyphen with more after it ("Deepseek-R1-0528"), and two firms joined by a
  hyphen, one of them written wrong ("the Nvidia-Open AI deal").
- Attribution: a buyer named in a relative clause ("Casetext, which Clio acquired", "the wristband
  Meta bought") and a firm "sold to" another, in free text and in an org's context.
- M304 (a name the LLM pass lists, written otherwise in the episode) for names of ordinary words
  ("Marco Rubio", "Salt Typhoon"), one word written as no English word or common name ("Marco
  Rubbio", "Salt Typhon"), and for a word three slips off that sounds the same ("Tomek Corbeck"
  for Tomek Korbak). Another LLM entity's context may carry the slip.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, summary_episode, transcript_episode


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


# --- attribution: a buyer named in a relative clause, a firm sold to another ------------------

def _attributions(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(text) if f.family == "attribution"]


@pytest.mark.parametrize("summary, evidence", [
    ("A direct threat to Westlaw and to Casetext, which Clio acquired in 2023.", "Casetext, which Clio acquired"),
    ("GitHub, which Google bought in 2018, hosts most code.", "GitHub, which Google bought"),
    ("Bee, the wearable Google acquired, records all day.", "Bee, the wearable Google acquired"),
])
def test_a_buyer_in_a_relative_clause(summary, evidence):
    assert _attributions(summary_episode(summary)) == [("A401", evidence)]


@pytest.mark.parametrize("summary", [
    "Casetext, which Thomson Reuters acquired in 2023, is gone.",
    "GitHub, which Microsoft acquired, hosts most code.",
    "Waymo, which Tesla wanted to buy, is Alphabet's.",
    "GitHub, which Google uses, is Microsoft's.",
])
def test_the_right_buyer_or_no_deal_stays_quiet(summary):
    assert _attributions(summary_episode(summary)) == []


@pytest.mark.parametrize("name, context, evidence", [
    ("Bee", "AI wristband that records conversations; the wristband Meta bought over the summer.",
     "the wristband Meta bought"),
    ("Bee", "Startup which Meta acquired in July.", "which Meta acquired"),
    ("Humane", "Maker of the AI Pin; its assets were sold to Dell for $116M.", "were sold to Dell"),
])
def test_an_org_context_naming_the_wrong_buyer(name, context, evidence):
    assert _attributions(llm_entity_episode(name, context)) == [("A402", evidence)]


@pytest.mark.parametrize("name, context", [
    ("Bee", "AI wristband that Amazon bought over the summer."),
    ("Bee", "Competes with Limitless, which Meta bought."),  # the clause is of the other name
    ("Bee", "Startup that Meta tried to buy."),
    ("Humane", "Maker of the AI Pin; its assets were sold to HP."),
    ("Humane", "Maker of the AI Pin, whose chips were bought by many."),
])
def test_an_org_context_with_its_buyer_or_another_clause_stays_quiet(name, context):
    assert _attributions(llm_entity_episode(name, context)) == []
