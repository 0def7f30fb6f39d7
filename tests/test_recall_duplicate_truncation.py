"""Recall of the duplicate and truncation families on phrasings nobody on the team wrote before
(issue 6): the same entity written differently, quotes repeated with numbers, contractions,
fillers or clause order written otherwise, and quotes cut on a whole word -- and the look-alikes
that must stay quiet (other products, numbers that differ, speech that ends on an understood verb).
The sentences are written for these tests."""

from __future__ import annotations

import json

import pytest

from tests.test_generalise_extended import _by_field, _findings, _llm


def _entities(*names):
    return "title: x\ncompanies:\n" + "".join(_llm(n, "A company named in the episode.") for n in names)


def _quotes(*texts):
    return "title: x\nquotes:\n" + "".join(f"- relevance_score: 6\n  text: {json.dumps(t)}\n" for t in texts)


def _plain_quotes(*texts):
    return "title: x\nquotes:\n" + "".join(f"- length: {len(t)}\n  text: {json.dumps(t)}\n  topics: [ai]\n" for t in texts)


# --- duplicate entities -------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("SoftBank", "SoftBank Group Corp."), ("LG", "LG Electronics"), ("Verizon", "Verizon Communications"),
    ("Zoom", "Zoom Video Communications"), ("Spotify", "Spotify Technology S.A."), ("Snowflake", "Snowflake Computing"),
    ("Coinbase", "Coinbase Global, Inc."), ("Siemens", "Siemens SE"), ("ASML", "ASML Holding N.V."),
])
def test_descriptive_words_and_legal_forms_of_a_legal_name(first, second):
    got = _by_field(_findings(_entities(first, second), "duplicate"))
    assert got["companies[1].name"].rule == "D601"


@pytest.mark.parametrize("first, second", [("Notion", "Notion Labs"), ("Runway", "RunwayML"), ("Crew", "CrewAI"),
                                           ("Mistral AI", "Mistral"), ("xAI", "X.AI Corp")])
def test_labs_glued_ai_a_family_named_after_its_maker_and_a_domain_with_a_legal_form(first, second):
    got = _findings(_entities(first, second), "duplicate")
    assert [f.rule for f in got] == ["D601"]


@pytest.mark.parametrize("first, second", [("Google", "Google Labs"), ("Meta", "Reality Labs"), ("xAI", "X"),
                                           ("Gemini", "Google"), ("Llama", "Meta"), ("OpenAI", "OpenAI o3")])
def test_units_products_and_other_firms_are_no_duplicates(first, second):
    assert not _findings(_entities(first, second), "duplicate")


def test_a_model_family_listed_as_a_model_stays_apart_from_its_maker():
    fm = "title: x\ncompanies:\n" + _llm("Mistral AI", "A company named in the episode.") + _llm("Mistral", "Open-weight models.", "ai_model")
    assert not _findings(fm, "duplicate")


# --- near-duplicate quotes ----------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    # numbers written in words or digits
    ("We closed a seed round of four million dollars and hired six engineers with it.",
     "We closed a seed round of $4 million and hired six engineers with it."),
    ("Roughly thirty percent of the requests never reach the large model at all.",
     "Roughly 30% of the requests never reach the large model at all."),
    ("The warehouse robots pick about nine hundred items an hour on a good shift.",
     "The warehouse robots pick about 900 items an hour on a good shift."),
    ("A single rack of these systems draws around sixty thousand dollars of power a year.",
     "A single rack of these systems draws around $60K of power a year."),
    ("The acquisition closed at two point four billion, which was less than the last round.",
     "The acquisition closed at 2.4 billion, which was less than the last round."),
    # fillers left out, clauses reordered
    ("Uh, we basically, you know, threw away the first prototype and started over.",
     "We threw away the first prototype and started over."),
    ("When the cache is warm, the latency drops below a hundred milliseconds, and nobody complains.",
     "The latency drops below a hundred milliseconds when the cache is warm, and nobody complains."),
    ("Our support agent answers in eleven languages, and the customers never ask for a human.",
     "The customers never ask for a human, and our support agent answers in 11 languages."),
])
def test_a_repeat_written_otherwise_is_found(first, second):
    got = _by_field(_findings(_quotes(first, second), "duplicate"))
    assert got["quotes[1].text"].rule == "D602"


@pytest.mark.parametrize("first, second", [
    ("We closed a seed round of $4 million and hired six engineers with it.",
     "We closed a Series A of $40 million and hired sixty engineers with it."),
    ("The first prototype shipped in 2019.", "The first prototype shipped in 2021."),
    ("The robots pick about 300 items an hour.", "The robots pick about 30 items an hour."),
    ("The trial lasted six weeks and everyone hated it.", "The trial lasted sixteen weeks and everyone hated it."),
    ("I really don't believe the agents will be reliable this year.",
     "I really do believe the agents will be reliable this year."),
    ("Dermatology will be the first field where the models beat the doctors.",
     "Cardiology will be the first field where the models beat the doctors."),
    ("The deal was worth $80,000 in the first year.", "The deal was worth $800,000 in the first year."),
    ("The dubbing alone would have cost the studio $50K", "The dubbing alone would have cost the studio five hundred thousand dollars"),
    ("Each seat of the coding agent costs the team $50", "Each seat of the coding agent costs the team $500"),
    ("Radiology will be the first specialty the models take over.", "Pathology will be the first specialty the models take over."),
])
def test_a_changed_number_negation_or_field_is_another_claim(first, second):
    assert not _findings(_quotes(first, second), "duplicate")


# --- truncation: speech cut on a whole word -----------------------------------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Most of the latency in the pipeline comes down to", "to"),
    ("The whole debate inside the company was about", "about"),
    ("It took a while, but eventually the customers started to", "to"),
    ("We had no choice after the outage, so we have to", "to"),
    ("Our plan was simple: we wanted the engineers to", "to"),
    ("The chips keep getting cheaper, and eventually the robots will", "will"),
    ("If you ask me, a lot of the incumbents are", "are"),
    ("Inference demand doubled twice this year, and it has", "has"),
    ("The budget looked fine, but the pressure on it was", "was"),
    ("The people I worry about are the ones who", "who"),
    ("In a year or two, every vendor that", "that"),
    ("The numbers are better than last quarter's, which", "which"),
    ("If the regulators approve the merger, then", "then"),
    ("Nobody on the team expected that this", "this"),
    ("The founders always say they ship fast, but they always", "always"),
])
def test_a_quote_ending_on_a_word_that_leaves_its_clause_open_is_cut(text, evidence):
    got = _by_field(_findings(_plain_quotes(text), "truncation"))
    assert got["quotes[0].text"].rule == "T701"
    assert got["quotes[0].text"].evidence == evidence


@pytest.mark.parametrize("text", [
    "You don't have to", "We can if you want to", "I'd love to", "I think they will", "Yes, we can",
    "Nobody knows whether the market will", "The models do more than the engineers can", "Frankly, I was",
    "Some of them are good, some are not", "That's what the customers are paying for",
    "Those are the investors we answer to", "I honestly have no idea which", "Guess who",
    "That's the whole story", "It depends on the workload", "We're still hiring, by the way",
])
def test_speech_ending_on_an_understood_verb_or_a_stranded_preposition_stays_quiet(text):
    assert not _findings(_plain_quotes(text), "truncation")


@pytest.mark.parametrize("text, cut", [
    ("We keep losing deals to the incumbents because...", True),
    ("The agents work well until they run into...", True),
    ("We were three weeks late and...", True),
    ("Is it going to be phones or glasses? Nobody knows, you get both...", False),
    ("Every benchmark we tried was saturated by...", True),
    ("It only crashes with older versions of gcc...", False),
    ("The template leaves room for filling in...", False),
    ("The planner then runs SELECT ... FROM ...", False),
])
def test_a_trail_off_after_a_word_that_cannot_end_a_sentence_is_cut(text, cut):
    got = _findings(_plain_quotes(text), "truncation")
    assert bool(got) is cut


@pytest.mark.parametrize("text", [
    'The CEO told us "we are not going to chase the consumer market',
    "The model does well on the hard cases (especially the ones with long contexts",
    "She called it “the last interface anyone will",
])
def test_a_bracket_or_quotation_never_closed_is_cut(text):
    got = _by_field(_findings(_plain_quotes(text), "truncation"))
    assert got["quotes[0].text"].rule == "T701"


@pytest.mark.parametrize("text", ['We call it "the flywheel" internally', "It works (mostly)",
                                  "The answer was “ship it”, and we did"])
def test_closed_brackets_and_quotations_stay_quiet(text):
    assert not _findings(_plain_quotes(text), "truncation")


def test_an_impact_reason_ending_on_an_auxiliary_after_its_subject_is_cut():
    fm = ("title: x\nquotes:\n- impact_reason: Argues that within five years the incumbents will\n"
          "  relevance_score: 8\n  source: llm_enhanced\n  text: The incumbents are slow.\n  topic: AI\n")
    got = _by_field(_findings(fm, "truncation"))
    assert got["quotes[0].impact_reason"].evidence == "will"
