"""Session 38: defects that two blind corpora on the AI field (blind100, blind101, written by helpers
who never saw the code) showed missing, each with a quiet twin. The names and phrasings here are our
own, not the corpora's."""

import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, ner_entity_episode, quote_episode, summary_episode


def _denials(name: str, context: str, confidence: str = "low") -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, confidence=confidence))
            if f.family == "not-mentioned"]


# --- not-mentioned: a name left off a speaker's list, an alias of the glossary's -----------------

@pytest.mark.parametrize("name, context, evidence", [
    # the object of "names" is a glossary form of the entity ("AI2" of the Allen Institute for AI)
    ("Allen Institute for AI", "Fits the open-weights thread, though neither guest names AI2.", "neither guest names"),
    ("Cerebras", "Not one of the chipmakers the host runs through; added as context.",
     "Not one of the chipmakers the host runs through"),
    ("Cerebras", "The host cites Groq and SambaNova but leaves Cerebras out.", "leaves Cerebras out"),
    ("Cerebras", "Wafer-scale chips came up; the guest left it out all the same.", "left it out"),
    ("Cerebras", "Cerebras is left out when the guest lists inference clouds.", "is left out"),
])
def test_a_name_left_off_the_speakers_list_is_not_mentioned(name, context, evidence):
    assert _denials(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Allen Institute for AI", "Fits the open-weights thread, though neither guest names Meta."),
    ("Cerebras", "The host praises Cerebras but leaves Groq out of the comparison."),
    ("Cerebras", "Cerebras was left out of the loop on pricing, the guest says."),
    ("Cerebras", "The host left out the details of the Cerebras deal."),
])
def test_another_name_left_out_or_an_idiom_is_no_denial(name, context):
    assert _denials(name, context) == []


# --- attribution: a version in lowercase, a chip maker's plans for a rival's chip, new nouns ------

def _claims(text: str) -> list[str]:
    return [f.evidence for f in audit_text(summary_episode(text)) if f.family == "attribution"]


@pytest.mark.parametrize("text, evidence", [
    # a letter and a number in lowercase are the model's version, as "K2" is
    ("Kimi k2.5 by Alibaba answers in Chinese and English.", "Kimi k2.5 by Alibaba"),
    # a chip maker plans, prices or launches no rival's chip
    ("Nvidia's MI300X launch slipped to the spring.", "Nvidia's MI300X"),
    ("Hyperscalers wait on Intel's MI325X roadmap.", "Intel's MI325X"),
    # an apposition naming the wrong maker's agent or feature
    ("Claude Code, a Google agent, edits whole repositories.", "Claude Code, a Google agent"),
])
def test_claims_of_the_wrong_maker(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Kimi k2.5 by Moonshot AI answers in Chinese and English.",
    "AMD's MI300X launch slipped to the spring.",
    "Meta's MI300X pricing is secret; Microsoft's MI300X fleet is large.",
    "Intel's H100 comparison shows a gap.",
    "Claude Code, an Anthropic agent, edits whole repositories.",
])
def test_right_makers_and_relations_stay_quiet(text):
    assert _claims(text) == []


# --- mojibake: CJK read as Windows-1252 that ftfy's heuristic passes -----------------------------

def _moji(text: str) -> list[tuple[str, bool]]:
    """(evidence, whether the fix writes the repaired text) of each mojibake finding."""
    return [(f.evidence, "海洋" in f.fix.edits[0].replacement) for f in audit_text(summary_episode(text))
            if f.family == "mojibake"]


def test_cjk_whose_windows_1252_reading_looks_plausible_is_mojibake():
    # "海洋" (ocean): E6 B5 B7 E6 B4 8B, read as "æµ·æ´‹"; ftfy.fix_encoding leaves it
    assert _moji("The lab's model (æµ·æ´‹) maps the sea floor.") == [("æµ·æ´‹", True)]


@pytest.mark.parametrize("text", [
    "The lab's model (海洋) maps the sea floor.",
    "Café, résumé, naïve, éè, çà and São Paulo are spelled right.",
    "Angle 30°·2 and ±5 µs are units, not mojibake.",
])
def test_correct_text_is_no_cjk_mojibake(text):
    assert _moji(text) == []


# --- truncation: a summary's item cut mid-word before its next heading ----------------------------

def _summary_cuts(summary: str) -> list[str]:
    fm = {"title": "x", "summary": summary}
    return [f.evidence for f in audit_text(episode_text(json.dumps(fm))) if f.family == "truncation"]


_SECTIONS = """### 2. Business Angle

*   **Pricing:** per resolved ticket rather than per seat, which the guest says keeps
churn low because the buyers only pay for what the agents finish in the mon{rest}


### 3. Notable Companies/People

*   **Zendesk:** the incumbent the guest expects to bundle an agent into its suite.
"""


def test_a_summary_item_cut_mid_word_before_the_next_heading():
    """The cut word stands at the end of its item, not of the summary: it is no word the summary uses."""
    assert _summary_cuts(_SECTIONS.format(rest="")) == ["mon"]


def test_a_summary_item_ending_whole_before_the_next_heading_stays():
    assert _summary_cuts(_SECTIONS.format(rest="th")) == []


# --- consistency C1011: the episode length the summary states against `duration` ----------------

def _lengths(duration, summary: str, title: str = "x") -> list[str]:
    fm = {"title": title, "summary": summary, "duration": duration}
    return [f.evidence for f in audit_text(episode_text(json.dumps(fm))) if f.rule == "C1011"]


@pytest.mark.parametrize("duration, summary, evidence", [
    (38, "This 52-minute episode features a founder on accounts-payable agents.", "52"),
    (50, "In this two-hour conversation, the guest walks through the cap table.", "two"),
    (41, "The episode runs about 95 minutes and covers voice agents for clinics.", "95"),
    ("0:41:10", "This 95-minute interview covers voice agents.", "95"),
])
def test_a_stated_length_far_from_the_duration(duration, summary, evidence):
    assert _lengths(duration, summary) == [evidence]


@pytest.mark.parametrize("duration, summary", [
    (52, "This 60-minute episode features a founder."),          # rounding: within a fifth
    (3120, "This 52-minute episode features a founder."),        # a duration in seconds
    (38, "The guest gives a 10-minute demo, then a 20-minute Q&A."),  # parts of the episode
    (120, "In this 2-hour conversation, the guest walks through the cap table."),
])
def test_a_stated_length_that_agrees_or_is_of_a_part_stays(duration, summary):
    assert _lengths(duration, summary) == []


# --- entity-noise: a name's last word cut from a name no dictionary knows; lowercase phrases -------

def _noise(name: str, context: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, context, rule", [
    # an ordinary word after a capitalised word that is no English word, inside a sentence
    ("Mutual", "twelve years as head of claims at Brennick Mutual, a regional insurer, before", "F502"),
    ("Verified", "on coding evals. LiveCodeBench Verified is the one we track now because", "F502"),
    # ordinary words the NER pass lists in lowercase, as the sentence says them
    ("merge conflicts", "the agent resolves merge conflicts before anyone on the team opens the branch", "F504"),
])
def test_cut_names_and_lowercase_phrases_are_noise(name, context, rule):
    assert _noise(name, context) == [(rule, name)]


@pytest.mark.parametrize("name, context", [
    # the word before ends the sentence before: the name opens its own
    ("Aurora", "so today I have fleet consultant Marcus Oyelaran. Aurora launched driverless runs"),
    # a word of English opening the sentence is capitalised anyway
    ("Mercury", "ing. So Mercury was the bank we picked, and the runway lasted"),
])
def test_a_name_after_a_sentence_end_or_a_sentence_opening_word_is_whole(name, context):
    assert _noise(name, context) == []


# --- duplicate D603: one insight listed twice -----------------------------------------------------

def _repeated_insights(texts: list[str]) -> list[str]:
    fm = {"title": "x", "summary": "x",
          "insights": [{"actionable": False, "confidence": "medium", "text": t, "type": "insight"} for t in texts]}
    return [f.field for f in audit_text(episode_text(json.dumps(fm))) if f.rule == "D603"]


def test_an_insight_listed_twice_is_a_duplicate():
    assert _repeated_insights(["Evals are the moat for vertical agents.", "Seats are the wrong unit to price on.",
                               "evals are the moat for vertical agents"]) == ["insights[2].text"]


def test_insights_on_one_pattern_with_other_claims_stay():
    assert _repeated_insights(["Evals are the moat for vertical agents.", "Evals are not the moat for vertical agents.",
                               "Data is the moat for vertical agents."]) == []


# --- sponsor: ad copy by itself, for a sponsor of the list ----------------------------------------

def _ad_quotes(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text)) if f.rule == "P801"]


@pytest.mark.parametrize("text, evidence", [
    # a customer's story with a number, naming a listed sponsor
    ("Quarrel, a two-person design studio, halved its invoicing time with Mercury and never looked back.",
     "Quarrel, a two-person design studio, halved its invoicing time with Mercury"),
    # a pitch to the listener that opens the sentence
    ("Vanta helps you get SOC 2 ready in weeks, not months.", "Vanta helps you"),
    # the host's own use of the sponsor for the show
    ("I've been planning this show in Airtable since season one.", "I've been planning this show in Airtable"),
])
def test_ad_copy_naming_a_listed_sponsor(text, evidence):
    assert _ad_quotes(text) == [evidence]


@pytest.mark.parametrize("text", [
    "Stripe, a payments company, cut fraud losses by a third with Radar.",   # no sponsor of the list
    "CoreWeave gives them H100s at a discount because the contract is long.",  # a pitch to others
    "PyTorch lets you write the model as plain Python.",                      # no sponsor of the list
    "We talked about this on the podcast with Scale AI's founder last year.",  # the show's guest
    "We've been editing this podcast in Descript for two years.",              # no sponsor of the list
])
def test_talk_about_firms_is_no_ad_copy(text):
    assert _ad_quotes(text) == []


# --- misspelling: "Spark" is a name of its own, not a slip of Walmart's "Sparky" ---------------------

def test_spark_is_no_misspelling_of_sparky_but_a_slip_of_sparky_is():
    found = [(f.rule, f.evidence) for f in audit_text(summary_episode(
        "iFlytek builds the Spark model for schools; Walmart's Sparkey helps shoppers.")) if f.family == "misspelling"]
    assert found == [("M303", "Sparkey")]


def test_a_name_of_several_words_cut_inside_its_last_word_by_the_window_is_no_misspelling():
    """"Music AI Sand" is Google's Music AI Sandbox cut by the window's end, not "Mosaic AI" misspelled."""
    found = [f.evidence for f in audit_text(ner_entity_episode("Google", "and the new release from Music AI Sand"))
             if f.family == "misspelling"]
    assert found == []
