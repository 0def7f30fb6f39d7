"""Session 37: duplicates and consistency that a blind corpus on climate and energy (written by a
helper who never saw the code) showed missing, each with a quiet twin. The names and phrasings
here are our own, not the corpus's."""

import json

import pytest

from tests.conftest import audit_text, episode_text


def _episode(entities=(), quotes=(), summary="x") -> str:
    """An episode of entities ((name, context, category, NER?) tuples), quotes ((text, score)) and
    a summary."""
    companies = []
    for k, (name, context, category, ner) in enumerate(entities):
        e = {"category": category, "confidence": "medium", "context": context, "name": name}
        e.update({"position": 100 + 50 * k} if ner else {"source": "llm_enhanced"})
        companies.append(e)
    fm = {"title": "x", "summary": summary, "companies": companies,
          "quotes": [{"relevance_score": s, "source": "llm_enhanced", "text": t} for t, s in quotes]}
    return episode_text(json.dumps(fm, indent=1))


def _found(text: str, rule: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text) if f.rule == rule]


# --- D601: one entity under two names -------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Argonne National Laboratory", "Argonne National Lab"),  # a word written short
    ("CAISO", "California Independent System Operator"),  # an acronym of syllables ("CA")
    ("SMIC", "Semiconductor Manufacturing International"),  # ... and of a legal form's letter ("Corporation")
    ("Nuvia AI", "Nuvia AI (or Nuvia Holdings)"),  # a hedge between a firm's names
])
def test_one_entity_under_two_names_is_a_duplicate(first, second):
    text = _episode([(first, "the grid operator said that", "unknown", True),
                     (second, "Mentioned by the guest.", "ai_company", False)])
    assert _found(text, "D601") == [("companies[1].name", second)]


@pytest.mark.parametrize("first, second", [
    ("Argonne National Lab", "Oak Ridge National Laboratory"),  # two laboratories
    ("CAISO", "California Energy Commission"),  # its initials are CEC
    ("SMIC", "Samsung Memory"),  # no word gives the acronym's "I"
    ("Nuvia AI", "Nuvia AI (or Ampere Computing)"),  # a hedge between two firms
])
def test_two_entities_stay_apart(first, second):
    text = _episode([(first, "the grid operator said that", "unknown", True),
                     (second, "Mentioned by the guest.", "ai_company", False)])
    assert _found(text, "D601") == []


def test_a_name_cut_in_its_own_window_is_not_the_entry_kept():
    """The NER pass cut "Blue River Analytics" to "River Analytics" (entity-noise's F502); the LLM
    pass listed the firm twice. The duplicate is the LLM's second entry, not lost behind the cut."""
    text = _episode([
        ("River Analytics", "sensors from Blue River Analytics, which Deere bought in 2017, sort the", "unknown", True),
        ("Blue River Analytics", "Computer-vision firm whose sprayers target single weeds.", "ai_company", False),
        ("Blue River", "Agricultural robotics company acquired by Deere.", "ai_company", False)])
    assert ("companies[2].name", "Blue River") in _found(text, "D601")
    assert _found(text, "F502") == [("companies[0].name", "River Analytics")]


# --- D602 and C1007: a short quote that is a sentence of a longer one ----------------------------

def test_short_quote_without_an_anchor_shingle_is_found_inside_a_longer_one():
    """"We were wrong about that one." has no word whose length is a multiple of three at a
    shingle's start: the shingle index alone never paired it with the longer quote that holds it."""
    short = "We were wrong about that one."
    longer = "We were wrong about that one. The second version fixed the sensor drift within a month."
    text = _episode(quotes=[(short, 4), (longer, 9)])
    assert _found(text, "D602") == [("quotes[1].text", longer)]
    assert [f for f, _ in _found(text, "C1007")] == ["quotes[1].relevance_score"]


def test_short_quote_whose_words_are_not_together_in_the_longer_is_not_a_duplicate():
    """The short quote's words, but not one after another: another statement."""
    text = _episode(quotes=[("We were wrong about that one.", 4),
                            ("We were not wrong, and about that one design choice the board agreed for years.", 9)])
    assert _found(text, "D602") == []
    assert _found(text, "C1007") == []


# --- C1001: what the LLM's own context calls an unknown name ------------------------------------

@pytest.mark.parametrize("name, context, category", [
    ("Terrafold", "Foundation model for soil carbon mapping trained on satellite imagery.", "ai_company"),
    ("GridSim", "Open-source power-flow simulator used by utilities to test dispatch rules.", "governance_entity"),
    ("Ledgerline", "Accounting software that reconciles invoices for small firms.", "person"),
])
def test_category_against_what_the_context_calls_the_entry(name, context, category):
    text = _episode([(name, context, category, False)])
    assert _found(text, "C1001") == [("companies[0].category", category)]


@pytest.mark.parametrize("name, context, category", [
    ("Freemium", "Pricing model where the basic tier is free.", "ai_company"),  # a term's "model"
    ("Modelcraft", "Model developer that fine-tunes open weights for banks.", "ai_company"),  # a firm
    ("GridSim", "Open-source power-flow simulator used by utilities to test dispatch rules.", "ai_tool"),
    ("Ledgerline", "Accounting software that reconciles invoices for small firms.", "ai_company"),
])
def test_category_that_fits_the_context_is_quiet(name, context, category):
    text = _episode([(name, context, category, False)])
    assert _found(text, "C1001") == []


def test_software_under_a_governance_category_is_no_public_body():
    """Entity-noise took a simulator categorised as governance_entity for a public body (F504)."""
    text = _episode([("GridSim", "Open-source power-flow simulator used by utilities to test dispatch rules.",
                      "governance_entity", False)])
    assert _found(text, "F504") == []


# --- C1008: "Company" is a company word ----------------------------------------------------------

def test_summary_item_named_company_is_a_firm_the_list_lacks():
    summary = ("### Notable Companies\n\n*   **Acme Tools:** Sells the sensors.\n\n"
               "*   **Western Company:** Parent of Acme Tools, bidding for the same contracts.\n")
    text = _episode([("Acme Tools", "Sensor maker discussed by the guest.", "ai_company", False)], summary=summary)
    assert [e for _, e in _found(text, "C1008")] == ["Western Company"]


# --- A403: a maker the episode's own transcript contradicts ---------------------------------------

def _routing_episode(window: str, llm_context: str, reason: str) -> str:
    """An episode on a routing product the glossary does not know ("Routewise"): an NER window
    (the transcript), the LLM's entry for the product and its maker's, and a quote's impact reason."""
    fm = {"title": "Routing at scale", "summary": "The guest explains dynamic routing.",
          "companies": [
              {"category": "unknown", "confidence": "medium", "context": window, "name": "Kestrel Freight",
               "position": 120},
              {"category": "ai_application", "confidence": "high", "context": llm_context, "name": "Routewise",
               "source": "llm_enhanced"},
              {"category": "ai_company", "confidence": "high", "context": "Fleet telematics company.",
               "name": "Samsara", "source": "llm_enhanced"}],
          "quotes": [{"impact_reason": reason, "relevance_score": 8, "source": "llm_enhanced",
                      "text": "We re-solve every route twice an hour now."}]}
    return episode_text(json.dumps(fm, indent=1))


def test_maker_contradicted_by_the_transcript_is_flagged():
    text = _routing_episode("the dispatch side, Kestrel Freight has Routewise now, and it re-solves the whole",
                            "Route optimiser the guest's team runs every half hour.",
                            "Shows how Routewise from Samsara cut empty miles by a fifth.")
    found = [f for f in audit_text(text) if f.rule == "A403"]
    assert [(f.field, f.evidence) for f in found] == [("quotes[0].impact_reason", "Routewise from Samsara")]
    assert found[0].fix.edits[0].replacement == "Kestrel Freight"


def test_llm_context_naming_another_maker_than_the_transcript_is_flagged():
    text = _routing_episode("the dispatch side, Kestrel Freight has Routewise now, and it re-solves the whole",
                            "Samsara's route optimiser, re-solving routes every half hour.",
                            "Shows how re-solving routes cut empty miles by a fifth.")
    assert _found(text, "A403") == [("companies[1].context", "Samsara")]


@pytest.mark.parametrize("window, llm_context, reason", [
    # the transcript ties the product to no maker: the LLM's two claims decide nothing
    ("the dispatch side, we run Routewise now, and it re-solves the whole",
     "Samsara's route optimiser.", "Shows how Routewise from Samsara cut empty miles."),
    # the transcript's maker and the claim agree
    ("the dispatch side, Samsara has Routewise now, and it re-solves the whole",
     "Route optimiser.", "Shows how Routewise from Samsara cut empty miles."),
    # a rival's product, not a claim of its maker
    ("the dispatch side, Kestrel Freight has Routewise now, and it re-solves the whole",
     "Route optimiser.", "Contrasts Samsara's answer to Routewise, which re-plans daily."),
])
def test_no_conflict_the_transcript_settles_is_quiet(window, llm_context, reason):
    assert _found(_routing_episode(window, llm_context, reason), "A403") == []


def test_one_claim_read_by_two_shapes_is_one_finding():
    """"X, a Y subsidiary" is an apposition and an owner's claim at once: A401 reported it twice."""
    found = [f for f in audit_text(episode_text('title: x\nsummary: "DeepMind, a Microsoft subsidiary, '
                                                'released a new model."\n')) if f.rule == "A401"]
    assert [f.evidence for f in found] == ["DeepMind, a Microsoft subsidiary"]


# --- entity-noise: a word said as a word, a name cut after its maker or before its institution -----

def _ner_noise(name: str, window: str) -> list[tuple[str, str]]:
    from tests.conftest import ner_entity_episode
    return [(f.rule, f.evidence) for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


def test_ordinary_word_the_transcript_also_says_in_lowercase_is_a_generic_term():
    assert _ner_noise("Geothermal", "cheap gas forever. And geothermal? Geothermal is finally getting drilled at") == [
        ("F504", "Geothermal")]


def test_ordinary_word_never_said_in_lowercase_stays():
    assert _ner_noise("Geothermal", "cheap gas forever. And then? Geothermal is finally getting drilled at") == []


@pytest.mark.parametrize("name, window", [
    ("Quantum Elements", "the lab used Azure Quantum Elements to screen candidate electrolytes for the"),
    ("Lincoln Laboratory", "a team at MIT Lincoln Laboratory showed the radar model at the"),
])
def test_name_cut_after_the_word_that_starts_it_is_a_cut_name(name, window):
    assert _ner_noise(name, window) == [("F502", name)]


@pytest.mark.parametrize("name, window", [
    ("Stanford University", "a big forecast. Yesterday Stanford University said the next chips will"),
    ("Reality Labs", "the headset team, Meta Reality Labs said the next glasses ship in"),  # a unit the glossary knows
])
def test_word_before_a_name_that_starts_no_name_of_it_stays(name, window):
    assert [r for r, _ in _ner_noise(name, window) if r == "F502"] == []


# --- misspelling: a firm said by the first word of its name ---------------------------------------

def test_first_word_of_a_firms_name_is_no_slip_of_another_name():
    """"Epic" of Epic Systems is one letter from AMD's EPYC; said alone it is the firm said short."""
    found = [f for f in audit_text(quote_episode_text("the Epic model never went through the FDA at all"))
             if f.family == "misspelling"]
    assert found == []


def test_a_slip_of_the_other_name_is_still_one():
    found = [(f.rule, f.evidence) for f in audit_text(quote_episode_text("AMD sells Epyk server chips to every cloud."))
             if f.family == "misspelling"]
    assert found == [("M303", "Epyk")]


def quote_episode_text(text: str) -> str:
    from tests.conftest import quote_episode
    return quote_episode(text)


@pytest.mark.parametrize("name, context, category, flagged", [
    ("Vectorly", "Postgres extension for similarity search inside the main database.", "big_tech", True),
    ("Formkit", "React framework that most generated apps use.", "big_tech", True),
    ("Studio Code", "Microsoft editor that most AI editors fork.", "big_tech", False),  # a big-tech group's product
    ("Apple Notes", "Note-taking app bundled with every iPhone.", "big_tech", False),
])
def test_software_is_no_big_tech_group_unless_one_makes_it(name, context, category, flagged):
    found = _found(_episode([(name, context, category, False)]), "C1001")
    assert found == ([("companies[0].category", category)] if flagged else [])


def test_a_legal_form_of_another_country_is_a_legal_form():
    text = _episode([("JetBrains", "the plugin for JetBrains and the rest of", "unknown", True),
                     ("Kodeks s.r.o.", "Czech maker of code review tools.", "ai_company", False),
                     ("Kodeks", "and then Kodeks shipped the review bot in", "unknown", True)])
    assert _found(text, "D601") == [("companies[2].name", "Kodeks")]
    assert _found(text, "G901") == []


def test_a_labs_name_is_grounded_by_its_bare_name():
    text = _episode([("Modal Labs", "Serverless GPU platform startup.", "ai_company", False)],
                    quotes=[("We moved the batch jobs to Modal last spring.", 6)])
    assert _found(text, "G901") == []


def test_a_field_term_in_capitals_ends_a_quote_whole():
    """"IDE" is the start of a glossary name ("IDEFICS"), and a whole term of the field."""
    found = [f for f in audit_text(quote_episode_text("It shipped with the chat wave in the IDE")) if f.rule == "T701"]
    assert found == []


# --- not-mentioned: the entity as "the" and its name, or as its acronym's words -------------------

def _n201(name: str, context: str) -> list[str]:
    from tests.conftest import llm_entity_episode
    return [f.evidence for f in audit_text(llm_entity_episode(name, context)) if f.rule == "N201"]


@pytest.mark.parametrize("context", [
    "The hosts never mention the CFPB.",
    "The guests never refer to the Consumer Financial Protection Bureau, though its rule is relevant.",
])
def test_denial_of_the_entity_by_its_acronyms_words_is_a_denial(context):
    assert _n201("CFPB", context) != []


@pytest.mark.parametrize("context", [
    "The hosts never mention the CFPB rule, which the guest calls overdue.",  # a thing of it
    "The hosts never mention the Federal Reserve, though the CFPB comes up twice.",  # another body
])
def test_denial_of_another_thing_stays_quiet(context):
    assert _n201("CFPB", context) == []


# --- sponsor: a sponsor known by its address whose name is an English word -------------------------

def test_a_sponsors_name_written_as_an_ordinary_word_is_the_word():
    """The sponsor Modal, read for and described in ad words: "a modal dialog" in a quote is the word."""
    from tests.conftest import transcript_episode
    transcript = ("We have been talking about migrations for a while. Today's episode is supported by "
                  "{Modal}. Modal lets you run GPU functions in the cloud with one decorator; go to "
                  "modal.com/merge for thirty dollars of free compute. Okay, back to the migration story.")
    text = transcript_episode(transcript, quotes=[
        "The old admin UI popped a modal dialog for every migration and people just clicked through it",
        "Modal lets you run GPU functions in the cloud with one decorator; go to modal.com/merge"],
        llm=[("Modal Labs", "Serverless GPU cloud and the episode's sponsor.")])
    flagged = {f.field for f in audit_text(text) if f.rule == "P801"}
    assert "quotes[1].text" in flagged and "quotes[0].text" not in flagged


def test_a_labs_name_whose_bare_name_is_an_english_word_is_not_grounded_by_the_word():
    text = _episode([("Harmony Labs", "Research group building music models.", "ai_research", False)],
                    quotes=[("The harmony between the two models surprised us.", 6)])
    assert [f for f, _ in _found(text, "G901")] == ["companies[0].name"]


# --- M304: the LLM's list is the odd one out ----------------------------------------------------

def _m304_episode(listed: str, summary: str, window: str) -> str:
    fm = {"title": "Research agents", "summary": summary,
          "companies": [{"category": "unknown", "confidence": "medium", "context": window, "name": "Quillfor",
                         "position": 40},
                        {"category": "ai_startup", "confidence": "high", "context": "Document agent startup.",
                         "name": listed, "source": "llm_enhanced"}]}
    return episode_text(json.dumps(fm, indent=1))


def test_a_spelling_the_llm_writes_everywhere_but_its_list_is_not_corrected_to_the_list():
    """The list says "Quillfer Matrix"; the summary (twice) says "Quillfor Matrix", as the transcript does."""
    text = _m304_episode("Quillfer Matrix", "Quillfor Matrix runs one question over every filing. Quillfor Matrix "
                         "cites pages.", "the analysts love Quillfor, because it cites the page")
    assert _found(text, "M304") == []


def test_a_summary_slip_from_the_spelling_the_transcript_says_is_still_one():
    text = _m304_episode("Quillfor Matrix", "Quillfer Matrix runs one question over every filing.",
                         "the analysts love Quillfor Matrix, because it cites the page")
    assert _found(text, "M304") == [("summary", "Quillfer Matrix")]
