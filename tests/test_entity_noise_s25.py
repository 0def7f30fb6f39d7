"""Entity noise, duplicates and grounding on names written by other hands: fragments with a comma
or an ordinal, public bodies, places and people outside the old lists, kinds of AI and business
terms, cross-entity fragments, web addresses and "the X team"."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode, transcript_episode


def _fields(text: str, family: str) -> set[str]:
    return {f.field for f in audit_text(text, select=(family,)) if f.family == family}


@pytest.mark.parametrize("name, context", [
    ("Look, Boston Dynamics", "is a different story. Look, Boston Dynamics was owned by Google, then SoftBank"),
    ("Yeah, Anduril", "we sell to defence now. Yeah, Anduril is the obvious partner there for us."),
])
def test_comma_after_a_leading_word_is_a_fragment(name, context):
    assert _fields(ner_entity_episode(name, context), "entity-noise") == {"companies[0].name"}


@pytest.mark.parametrize("name, context", [
    ("First Citizens", "the bank failed in March. First Citizens bought SVB a few days after the run"),
    ("Next Insurance", "small business cover is hard. Next Insurance sells it online to contractors."),
])
def test_ordinal_before_an_unknown_name_is_a_name(name, context):
    assert _fields(ner_entity_episode(name, context), "entity-noise") == set()


@pytest.mark.parametrize("name", [
    "Financial Conduct Authority", "Monetary Authority of Singapore", "Bank of England",
    "Reserve Bank of India", "OSHA", "Office for Civil Rights", "Ofgem", "UNESCO",
    "Estonia", "Ghana", "Peru", "Iceland",
    "Peggy Johnson", "Luis von Ahn", "Sebastian Siemiatkowski",
    "Physical AI", "Embodied AI", "Fraud Stack", "Agentic Commerce", "Data Flywheel",
])
def test_public_bodies_places_people_and_terms_are_no_companies(name):
    text = ner_entity_episode(name, f"we were talking about it last week. {name} came up again and again here")
    assert _fields(text, "entity-noise") == {"companies[0].name"}


@pytest.mark.parametrize("firm, term", [("Physical Intelligence", "Physical AI"), ("Energy Vault", "Data Flywheel"),
                                         ("Form Energy", "Fraud Stack"), ("Universal Robots", "Agentic Commerce"),
                                         ("Bank of America", "Bank of England"), ("Take-Two Interactive", "Embodied AI")])
def test_firms_made_of_such_words_stay(firm, term):
    window = "we were talking about it last week. {} came up again and again here"
    assert _fields(ner_entity_episode(firm, window.format(firm)), "entity-noise") == set()
    assert _fields(ner_entity_episode(term, window.format(term)), "entity-noise") == {"companies[0].name"}


def test_described_generally_is_a_generic_term():
    text = llm_entity_episode("Credit Scoring Models", "Models used by lenders, discussed generally.", "technology")
    assert _fields(text, "entity-noise") == {"companies[0].name"}
    firm = llm_entity_episode("Upstart", "AI lending company discussed as a competitor.", "fintech")
    assert _fields(firm, "entity-noise") == set()


def test_ordinary_word_glued_to_another_entity_at_a_sentence_start():
    text = transcript_episode("Small reactors are the bet. {Suppose Oklo} actually delivers by 2027. "
                              "Then again {Oklo} is backed by a big fund and {Form Energy} does batteries.")
    assert _fields(text, "entity-noise") == {"companies[0].name"}


def test_web_address_is_grounded_by_its_bare_name():
    good = transcript_episode("We record every interview in {Riverside} now.",
                              llm=[("Riverside.fm", "Remote podcast recording tool.")])
    bad = transcript_episode("We record every interview in {Riverside} now.",
                             llm=[("Zencastr.com", "Remote podcast recording tool.")])
    assert _fields(good, "grounding") == set()
    assert _fields(bad, "grounding") == {"companies[1].name"}


def test_the_team_of_a_firm_duplicates_the_firm():
    text = transcript_episode("Image models keep improving. {Midjourney} ships often.",
                              llm=[("The Midjourney team", "Image generation lab."),
                                   ("Midjourney V7", "Latest image model.")])
    assert _fields(text, "duplicate") == {"companies[1].name"}


def test_name_the_window_writes_in_lowercase_is_a_generic_term():
    bad = ner_entity_episode("Carbon Credits", "the market for carbon credits is a mess and nobody trusts them")
    good = ner_entity_episode("Form Energy", "batteries are cheap now and Form Energy does iron-air for long duration")
    assert _fields(bad, "entity-noise") == {"companies[0].name"}
    assert _fields(good, "entity-noise") == set()


@pytest.mark.parametrize("name", ["Marta Fernandez", "Giacomo Rossi", "Anjali Mehta", "Kacper Nowak"])
def test_given_names_beyond_english_make_a_person(name):
    window = f"the panel on grids had good people. {name} said the queue is the real problem here"
    assert _fields(ner_entity_episode(name, window), "entity-noise") == {"companies[0].name"}


def test_quotes_that_write_a_year_or_a_compound_otherwise_repeat():
    from tests.conftest import findings_by_item
    texts = ["Observability budgets grew faster than compute budgets for us in twenty twenty-four.",
             "Observability budgets grew faster than compute budgets for us in 2024.",
             "No context window is going to hold a monorepo like ours any time soon, whatever they say.",
             "No context window is going to hold a monorepo like ours anytime soon, whatever they say.",
             "Observability budgets grew faster than compute budgets for us in twenty twenty-three."]
    assert set(findings_by_item(texts, "duplicate")) == {1, 3}


def test_two_letter_acronym_and_a_makers_product_are_grounded():
    text = transcript_episode("We test on consoles. {Electronic Arts} uses bots for QA, and our SOC runs QRadar.",
                              llm=[("EA", "Game publisher."), ("IBM QRadar", "SIEM product."),
                                   ("IBM Guardium", "Data security product.")])
    assert _fields(text, "grounding") == {"companies[3].name"}


def test_a_firms_short_form_said_alone_grounds_it():
    text = transcript_episode("Our clients at {Lockheed} ask what tools we use. Zurich Insurance pilots them too.",
                              llm=[("Lockheed Martin", "Defense prime."), ("Zurich Re", "Reinsurer."),
                                   ("Latham and Watkins", "Law firm."), ("Harvey's", "Legal AI startup.")],
                              insights=["Latham & Watkins and Harvey lead the market."])
    assert _fields(text, "grounding") == {"companies[2].name"}


def test_names_written_with_spaces_or_without_are_one():
    text = transcript_episode("{News Corp} signed a licensing deal. {Disney} sued.",
                              llm=[("NewsCorp", "Media company."), ("Disney+", "Streaming service.")])
    assert _fields(text, "duplicate") == {"companies[2].name"}


@pytest.mark.parametrize("name, context", [
    ("Value Based Care", "payers keep promising value-based care and it never quite arrives for us"),
    ("Wuhan", "robotaxis already run in Wuhan at scale and nobody here noticed"),
    ("Centers for Medicare and Medicaid Services", "the payment rules come from the Centers for Medicare and Medicaid Services"),
    ("Health Canada", "the device was cleared by Health Canada last spring after a long review"),
])
def test_more_generic_terms_places_and_public_bodies(name, context):
    assert _fields(ner_entity_episode(name, context), "entity-noise") == {"companies[0].name"}


def test_talked_of_generally_decides_before_the_plural_only_class():
    text = llm_entity_episode("Clinical Decision Support", "Category of software discussed broadly.", "technology")
    assert _fields(text, "entity-noise") == {"companies[0].name"}


def test_a_firms_trade_word_and_an_acronym_before_a_name():
    text = transcript_episode("{Root Insurance} uses telematics and {Verisk Analytics} sells data.",
                              llm=[("Root", "Telematics insurer."), ("Verisk", "Data analytics."),
                                   ("Adobe Analytics", "Web analytics product."), ("Adobe", "Software maker.")])
    assert _fields(text, "duplicate") == {"companies[2].name", "companies[3].name"}
    window = "the regional carrier was sold last year. US Cellular went to T-Mobile for the spectrum"
    assert _fields(ner_entity_episode("US Cellular", window), "entity-noise") == set()


def test_a_person_shaped_name_before_a_verb_of_people():
    bad = ner_entity_episode("Ariane Gorin", "the online agencies are nervous. Ariane Gorin runs Expedia and says agents help")
    good = ner_entity_episode("Palo Alto Networks", "firewalls are old news. Palo Alto Networks runs a huge AI security push")
    assert _fields(bad, "entity-noise") == {"companies[0].name"}
    assert _fields(good, "entity-noise") == set()
