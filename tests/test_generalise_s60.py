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
- A person's common sound-alike that the glossary lists as an exception ("Ben Coleman" of Ben
  Colman) is their slip beside their own firm in the same sentence, unless their right name is there
  too.
- M304 (a name the LLM pass lists, written otherwise in the episode) for names of ordinary words
  ("Marco Rubio", "Salt Typhoon"), one word written as no English word or common name ("Marco
  Rubbio", "Salt Typhon"), and for a word three slips off that sounds the same ("Tomek Corbeck"
  for Tomek Korbak); an English word only where it sounds the same ("Anthony Hawk" for Anthony
  Hauck). Another LLM entity's context may carry the slip.
- A version run into a name the glossary writes with a space ("Gemini3 Pro", "Opus4.5", "Llama3").
- Sponsor: a read in the body runs on over the next paragraphs of one voice to its call to action,
  and opens at an announcer's turn; talk between two voices after a stray opening word is no read.
- Entity-noise: the show introduced by name ("welcome to No Vacancy, the podcast ..."); an adverb
  before its verb is a firm's name ("Indeed is all you need"); a verb glued to a firm's own name
  ("Take Deere").
- Truncation: a quote's last word that goes on in the body's transcript ("well-being met").
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode, summary_episode, transcript_episode


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
    ("Then {Anthony Hawk} built the first text-to-BIM prototype.", "Anthony Hauck"),  # a word, heard
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
    ("Then {Anthony Hawkins} built the first prototype.", "Anthony Hauck"),  # an English name, farther off
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


# --- sponsor: ad reads of the body that run over several paragraphs or are voiced by an announcer ---

from audit.checks.sponsor import read_body, sponsor_knowledge  # noqa: E402
from audit.episode import Episode, parse_episode  # noqa: E402
from audit.ruleset import Knowledge  # noqa: E402
from tests.conftest import episode_text  # noqa: E402

_TALK_BEFORE = ("**Cade Massey:** Line calling at Wimbledon went fully electronic this year, and the "
                "players noticed every miss. The system reconstructs a path from frames and estimates "
                "where the ball landed, and the graphic looks far more certain than the estimate is.\n\n"
                "**Adi Wyner:** That is the same issue we have with expected goals on a broadcast. The "
                "number looks precise because it is printed to two decimals, and nobody shows the error bar.\n\n")
_TALK_AFTER = ("**Cade Massey:** And we're back. Baseball. Adi, you've been waiting for this all year, "
               "the automated ball-strike system is coming to the majors next season.\n\n"
               "**Adi Wyner:** I have, and I think the challenge format is the clever part of it.\n")


def _reads_of(body: str) -> list[str]:
    ep = parse_episode(episode_text("title: x\nsummary: y\n", "\n" + body).encode(), Episode(path="case.md"))
    reads = read_body(ep, sponsor_knowledge(Knowledge.load()))
    return [] if reads is None else list(reads.reads)


def test_a_prerecorded_read_after_a_break_runs_to_its_call_to_action():
    body = (_TALK_BEFORE + "**Cade Massey:** Let's take a quick break. When we come back, robot umpires.\n\n"
            "**Announcer:** When it comes to hiring, Indeed is all you need. Stop struggling to get your "
            "job posts seen. With Sponsored Jobs your post jumps to the top of the page.\n\n"
            "**Announcer:** Right now, listeners get a seventy-five dollar sponsored job credit at "
            "indeed.com slash moneyball. Hiring? Indeed is all you need.\n\n" + _TALK_AFTER)
    reads = _reads_of(body)
    assert len(reads) == 1
    assert "Indeed is all you need. Stop struggling" in reads[0] and "indeed.com slash moneyball" in reads[0]
    assert "And we're back" not in reads[0]


def test_an_announcers_read_needs_no_announcement():
    body = (_TALK_BEFORE + "**Announcer:** Running a small business means wearing a lot of hats. Gusto is "
            "online payroll and benefits software built for small businesses.\n\n"
            "**Announcer:** Try Gusto today at gusto.com slash deeperdive and get three months free.\n\n" + _TALK_AFTER)
    reads = _reads_of(body)
    assert len(reads) == 1 and reads[0].startswith("**Announcer:** Running a small business")


def test_a_hosts_read_of_two_paragraphs_has_its_offer_in_the_second():
    body = (_TALK_BEFORE + "**Jonathan Maze:** This episode is brought to you by Square. Square for "
            "Restaurants puts your front of house and your kitchen on one system.\n\n"
            "**Jonathan Maze:** Operators who switched say they turn tables faster. Go to square.com slash "
            "go slash restaurants to get your first kitchen display free.\n\n" + _TALK_AFTER)
    reads = _reads_of(body)
    assert len(reads) == 1 and "Operators who switched" in reads[0]


def test_talk_after_a_word_that_opens_reads_is_no_read():
    # "plugins" has the opening marker's "plug"; the conversation goes on in turns of two voices
    body = ("RANJAN ROY: They had one of the first ChatGPT plugins back in 2023. They've got the smart "
            "carts with cameras and scales in stores. But the front door is going to be a general assistant.\n\n"
            "ALEX KANTROWITZ: I'm not sure I buy that for groceries. Groceries are habitual. I buy the same "
            "forty things every week.\n\n"
            "RANJAN ROY: Which is exactly why an agent is good at it. It's the weird stuff that's hard, "
            "and the free delivery offers only go so far.\n\n" + _TALK_AFTER)
    assert _reads_of(body) == []


def test_an_adverb_before_its_verb_is_a_firms_name():
    text = ner_entity_episode("Indeed", "e I actually care about. When it comes to hiring, Indeed is all you need.")
    assert not [f for f in audit_text(text) if f.rule == "F501"]
    text = ner_entity_episode("Indeed", "the one I care about. Indeed, the umpires are next. We will see")
    assert [f.evidence for f in audit_text(text) if f.rule == "F501"] == ["Indeed"]


# --- entity-noise: the show the transcript or a text introduces by name -------------------------

from audit.checks.entity_noise import show_names  # noqa: E402


def test_the_shows_introduced_by_name():
    assert show_names(["[00:00:00] **Cade Massey:** Welcome to Wharton Moneyball. I'm Cade Massey.",
                       "Hey everyone, welcome to On the Market, a BiggerPockets podcast.",
                       "This episode of No Vacancy is brought to you by Cloudbeds.",
                       "Good morning, and welcome to the Morning Buzzcast from Sports Business Journal.",
                       "Welcome back to The AI Daily Brief."]) == {
        "Wharton Moneyball", "On the Market", "No Vacancy", "Morning Buzzcast", "The AI Daily Brief", "AI Daily Brief"}
    assert show_names(["We want to welcome everyone to the conversation.", "an episode of burnout at work"]) == set()


def test_an_llm_entity_that_is_the_show_is_noise():
    fm = ("title: x\nsummary: Dave Meyer and the panel debate AI.\ncompanies:\n"
          "- category: media\n  confidence: high\n  context: The podcast on which the discussion takes place.\n"
          "  name: On the Market\n  source: llm_enhanced\n"
          "- category: media\n  confidence: high\n  context: Investor education company.\n"
          "  name: BiggerPockets\n  source: llm_enhanced\n")
    body = ("\n**Dave Meyer:** Hey everyone, welcome to On the Market, a BiggerPockets podcast. I'm Dave Meyer, "
            "joined today by Henry Washington and Kathy Fettke, and we are talking about how investors use AI "
            "for underwriting, for screening tenants and for finding deals. " * 3 + "\n")
    found = [(f.rule, f.evidence) for f in audit_text(episode_text(fm, body)) if f.family == "entity-noise"]
    assert found == [("F504", "On the Market")]


# --- misspelling: a version run into a name the glossary writes with a space -------------------

@pytest.mark.parametrize("summary, evidence, right", [
    ("It runs Gemini3 Pro now.", "Gemini3 Pro", "Gemini 3 Pro"),
    ("Claude Sonnet4.5 is the default.", "Claude Sonnet4.5", "Claude Sonnet 4.5"),
    ("It runs Opus4.5 now.", "Opus4.5", "Opus 4.5"),
    ("Llama4 Scout is out.", "Llama4 Scout", "Llama 4 Scout"),
    ("It answers with Gemini2.5 Flash.", "Gemini2.5 Flash", "Gemini 2.5 Flash"),
    ("Llama3 runs on a laptop.", "Llama3", "Llama 3"),
])
def test_a_version_run_into_a_name(summary, evidence, right):
    assert _misspellings(summary) == [(evidence, right)]


@pytest.mark.parametrize("summary", [
    "Qwen3 is open and Gemini 3 Pro is not.",  # no spaced form of Qwen3 known
    "The Galaxy Z Fold7 and the Fold7's hinge.",  # the glossary writes it joined too
    "Claude Opus 4.5 and Claude Sonnet 4.5.",
    "Qwen3 and Gemma3 run on a laptop.",  # no spaced form known to the glossary
])
def test_names_written_as_the_glossary_writes_them_stay_quiet(summary):
    assert _misspellings(summary) == []


# --- truncation: a quote whose last word goes on in the body's transcript ------------------------

def _truncations(quote: str, body: str) -> list[str]:
    fm = f"title: Pilot year\nsummary: The guest talks about the pilot year.\nquotes:\n- text: {json.dumps(quote)}\n"
    return [f.evidence for f in audit_text(episode_text(fm, "\n" + body)) if f.rule == "T701"]


_BODY = ("**Host:** So how do you judge the product after the pilot year is over?\n\n"
         "**Guest:** You have to keep the throughput number sitting against a well-being metric for the "
         "clinicians, or the whole thing turns into a productivity tool that burns people out. We "
         "learned that the hard way in the first two clinics, and it set everyone back five years.\n\n")


def test_a_quote_whose_last_word_goes_on_in_the_transcript_is_cut():
    assert _truncations("You have to keep the throughput number sitting against a well-being met", _BODY) == ["met"]


def test_a_quote_that_ends_where_the_transcript_goes_on_with_a_space_stays_quiet():
    assert _truncations("We learned that the hard way in the first two clinics", _BODY) == []


def test_a_verb_glued_to_a_firms_own_name_is_a_fragment():
    window = "lls anymore. Let me ask about the bigger players. Take Deere, for example. John Deere has See"
    assert [(f.rule, f.evidence) for f in audit_text(ner_entity_episode("Take Deere", window))
            if f.family == "entity-noise"] == [("F501", "Take Deere")]


@pytest.mark.parametrize("summary, evidence, right", [
    ("Over at Reality Defender, Ben Coleman makes this point all the time.", "Ben Coleman", "Ben Colman"),
    ("Nokia has a new CEO, Justin Howard, who came from Intel.", "Justin Howard", "Justin Hotard"),
])
def test_a_persons_common_sound_alike_beside_their_firm(summary, evidence, right):
    # the glossary lists "Ben Coleman" and "Justin Howard" as exceptions: common names of others
    assert _misspellings(summary) == [(evidence, right)]


@pytest.mark.parametrize("summary", [
    "Ben Coleman, the actor, was there.",
    "Nicholas Cummins and Justin Howard spoke at the bank's conference.",
])
def test_a_common_name_without_the_persons_firm_stays_quiet(summary):
    assert _misspellings(summary) == []
