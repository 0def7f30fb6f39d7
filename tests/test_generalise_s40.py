"""Session 40: defects of shapes the entity-noise, duplicate, truncation and attribution families
missed, each with a quiet twin. The names and phrasings here are our own."""

import json

import pytest

from tests.conftest import audit_text, episode_text, ner_entity_episode, summary_episode


def _family(text: str, family: str) -> list:
    return [f for f in audit_text(text) if f.family == family]


# --- entity-noise: an investor named with an ordinary word; a name cut from another entity's ----

@pytest.mark.parametrize("context", [
    "Let's talk money. You raised a Series A from Benchmark earlier this year. Why a small fund?",
    "our seed round came from Benchmark and two angels",
    "and Benchmark led the round at a price nobody else would pay",
])
def test_an_investor_named_with_a_generic_word_is_a_firm(context):
    assert _family(ner_entity_episode("Benchmark", context), "entity-noise") == []


@pytest.mark.parametrize("context", [
    "the numbers on that benchmark were great, and Benchmark results matter",
    "we took the figures from Benchmark and ran them again",
])
def test_the_generic_word_stays_generic_without_money(context):
    assert [f.rule for f in _family(ner_entity_episode("Benchmark", context), "entity-noise")] == ["F504"]


def _two_ner(first: tuple[str, str], second: tuple[str, str]) -> str:
    rows = "".join(f"- category: unknown\n  confidence: medium\n  context: {json.dumps(c)}\n"
                   f"  name: {json.dumps(n)}\n  position: {10 + 500 * k}\n" for k, (n, c) in enumerate((first, second)))
    return episode_text("title: x\ncompanies:\n" + rows)


def test_a_word_cut_from_another_entitys_name_is_a_cut_name():
    text = _two_ner(("Not Diamond", "Routers matter: tools such as Not Diamond pick the cheapest model that can do it."),
                    ("Diamond", "For model choice, many use a router. Not Diamond is a good example, picking"))
    found = [(f.rule, f.field) for f in _family(text, "entity-noise")]
    assert found == [("F502", "companies[1].name")]


def test_the_same_word_is_no_cut_where_the_longer_name_is_no_entity():
    text = _two_ner(("Routers", "Routers matter: tools such as Not Diamond pick the cheapest model that can do it."),
                    ("Diamond", "For model choice, many use a router. Not Diamond is a good example, picking"))
    assert [f for f in _family(text, "entity-noise") if f.field == "companies[1].name" and f.rule == "F502"] == []


# --- duplicate: one quote with a hesitation in it -------------------------------------------------

def _quotes(*texts: str) -> str:
    return episode_text("title: x\nquotes:\n" + "".join(f"- relevance_score: 8\n  text: {json.dumps(t)}\n" for t in texts))


def test_a_quote_repeated_with_a_hesitation_is_a_duplicate():
    text = _quotes("A chip team without compiler people inside is like an orchestra without a score.",
                   "A chip team without compiler people inside is, uh, like an orchestra without a score.")
    assert [(f.rule, f.field) for f in _family(text, "duplicate")] == [("D602", "quotes[1].text")]


def test_two_quotes_sharing_a_frame_stay_apart():
    text = _quotes("A chip team without compiler people inside is like an orchestra without a score.",
                   "A chip team without a sales team is, um, a research lab with a logo on it.")
    assert _family(text, "duplicate") == []


# --- truncation: a greeting in another language; a title the summary's heading writes whole ------

def _reasons(*reasons: str, extra: str = "") -> str:
    return episode_text("title: x\n" + extra + "quotes:\n" + "".join(
        f"- relevance_score: 7\n  text: {json.dumps('The interns stopped doing the boring part of the work.')}\n"
        f"  impact_reason: {json.dumps(r)}\n" for r in reasons))


_ENGLISH_SUMMARY = (
    "The guest runs a finance software company in Lyon. They talk about how the product moved from "
    "invoice capture to the whole close, why the first customers were mid-sized manufacturers, how "
    "pricing per seat gave way to pricing per document, and what the team learned when a large bank "
    "ran a pilot and then asked for an on-premises version. The host asks about hiring engineers "
    "outside Paris, about the cost of running models for every document, and about the rules that "
    "auditors apply to machine-made entries. The guest thinks the next two years belong to the "
    "companies that own the workflow rather than the model, and that the boring parts of finance "
    "are where the money is.")


def test_a_greeting_in_french_does_not_make_an_english_episode_french():
    greeting = "Bienvenue, merci d'être là avec nous. Avec plaisir, c'est pour moi un honneur. "
    text = _reasons("Shows how the junior analysts who used to do the reconcil",
                    "Explains why customers renewed after the pilot.",
                    extra=f"summary: {json.dumps(greeting + _ENGLISH_SUMMARY)}\n")
    assert [(f.field, f.evidence) for f in _family(text, "truncation")] == [("quotes[0].impact_reason", "reconcil")]


def _titled(title: str, heading: str) -> str:
    return episode_text(f"title: {json.dumps(title)}\nsummary: {json.dumps(heading + chr(10) + chr(10) + 'Text.')}\n")


def test_a_title_cut_inside_a_word_the_heading_writes_whole():
    text = _titled("Why every shopping agent will need a cookie ban",
                   "## Podcast Episode Summary: Why every shopping agent will need a cookie banner")
    found = [(f.field, f.evidence) for f in _family(text, "truncation")]
    assert found == [("title", "ban")]


def test_a_title_the_heading_repeats_is_whole():
    text = _titled("Why every shopping agent will need a cookie ban",
                   "## Podcast Episode Summary: Why every shopping agent will need a cookie ban, and soon")
    assert _family(text, "truncation") == []


# --- attribution: a chip maker's plan of a rival's chip; an org's unit or team of another's --------

def _claims(text: str) -> list[str]:
    return [f.evidence for f in _family(summary_episode(text), "attribution")]


@pytest.mark.parametrize("text, evidence", [
    ("AMD unveiled its Blackwell Ultra roadmap at Computex.", "AMD unveiled its Blackwell Ultra"),
    ("She moved into Microsoft's DeepMind unit last spring.", "Microsoft's DeepMind unit"),
    ("He joined Amazon's DeepMind team in London.", "Amazon's DeepMind team"),
    ("Google's FAIR team published the paper.", "Google's FAIR team"),
])
def test_claims_of_the_wrong_maker_or_owner(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "AMD unveiled its Blackwell rival at Computex.",
    "Nvidia unveiled its Blackwell Ultra roadmap at Computex.",
    "She joined Google's DeepMind team last spring.",
    "Meta's FAIR team published the paper.",
    "Microsoft's OpenAI team negotiated the deal.",
])
def test_right_owners_and_relations_stay_quiet(text):
    assert _claims(text) == []


# --- consistency: a labelled list of firms in the summary ------------------------------------------

def _summary_and_entities(summary: str, names: list[str]) -> str:
    rows = "".join(f"- category: ai_company\n  confidence: high\n  context: Named in the episode.\n"
                   f"  name: {json.dumps(n)}\n  source: llm_enhanced\n" for n in names)
    return episode_text(f"title: x\nsummary: {json.dumps(summary)}\ncompanies:\n{rows}")


def _missing(summary: str, names: list[str]) -> list[str]:
    return [f.evidence for f in _family(_summary_and_entities(summary, names), "consistency") if f.rule == "C1008"]


def test_a_competitor_list_names_firms_the_entity_list_lacks():
    summary = ("### Business Angle\n*   **Competition:** Fernhollow, Quillory Health (Quill Labs) and Brandtide.\n"
               "*   **Pricing:** per seat.\n")
    assert _missing(summary, ["Fernhollow", "Quillory Health"]) == ["Brandtide"]


@pytest.mark.parametrize("item", [
    # every firm of the list is listed
    "*   **Competition:** Fernhollow, Quillory Health and Brandtide.",
    # prose after the label, no list
    "*   **Competition for talent:** Salaries in Toronto rose, and Corvane still hires slowly.",
    # models with their versions, and people
    "*   **Open-weight competition:** Halcyon-7B, Orrin 2 and Tessel-3.1.",
    # products and their makers, and prose that names firms in passing
    "*   **Competitors:** Orrin from Fernhollow and Tessel from Brandtide.",
    "*   **Competitors:** Corvane and Fernhollow both moved processing onto the device.",
])
def test_lists_of_listed_firms_prose_models_and_people_stay_quiet(item):
    assert _missing("### Business Angle\n" + item + "\n", ["Fernhollow", "Quillory Health", "Brandtide"]) == []


def test_people_in_a_list_of_investors_are_no_firms():
    summary = "### Business Angle\n*   **Investors:** Sarah Guo, Elad Gil and Corvane Capital.\n"
    assert _missing(summary, ["Fernhollow"]) == ["Corvane Capital"]
