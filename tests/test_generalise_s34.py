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
from tests.test_generalise_s33 import _fragment_flags

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


# --- misspelling: a name the episode's LLM pass spells otherwise (M304) ----------------------------

def _m304(transcript: str, llm: list[tuple[str, str]], quotes=()) -> list[tuple[str, str, str]]:
    found = audit_text(transcript_episode(transcript, quotes=quotes, llm=llm))
    return sorted((f.field, f.evidence, f.fix.edits[0].replacement) for f in found if f.rule == "M304")


def test_a_name_heard_wrong_beside_the_llm_spelling_is_flagged():
    # (invented names: the glossary's own names are M301-M303's)
    talk = FILLER + "For mammography we evaluated {Lumura}'s products against our own readers. " + FILLER
    found = _m304(talk, [("Lumora", "Korean medical imaging AI company evaluated for mammography.")],
                  quotes=["We evaluated Lumura's products, the Korean company, against our own readers."])
    assert found == [("companies[0].context", "Lumura", "Lumora"), ("companies[0].name", "Lumura", "Lumora"),
                     ("quotes[0].text", "Lumura", "Lumora")]


@pytest.mark.parametrize("said, listed, evidence", [
    ("the plates go onto an {Open Trix} robot", "Opentrix", "Open Trix"),  # heard as two words
    ("we license strains from {Vantral Biosystems} now", "Vantrel Biosystems", "Vantral Biosystems"),  # one word of two
    ("the scanners come from {Helios Med in ears} mostly", "Helios Medineers", "Helios Med in ears"),
    ("we moved the cluster to {Bronvik} last year", "Brönnvik", "Bronvik"),  # (accents aside)
    ("the structure came out of {Nuts-3} overnight", "Nutz-3", "Nuts-3"),  # (an English word with its version)
])
def test_split_and_misheard_forms_of_an_llm_entity_name(said, listed, evidence):
    found = _m304(FILLER + said + ". " + FILLER, [(listed, "A company the guest works with.")])
    assert ("companies[0].name", evidence, listed) in found


@pytest.mark.parametrize("said, listed, context", [
    ("the model {Chai} shipped runs on their cloud", "Chai-2", "Antibody design model."),  # its maker, no version
    ("the filing of {Flexport Inc} was late", "Flexport Inc.", "Freight forwarder."),  # punctuation only
    ("scanners from {Medison} were cheaper", "Meditron", "Open medical LLM."),  # two slips not heard alike
    ("the big ones are {Illicit} tools", "Elicit", "Research assistant."),  # an English word may be meant
    ("voice agents from {Gnani} in Bangalore", "Gnani.ai", "Indian voice AI company."),  # the ending dropped
    ("two {NotePins} on the desk", "NotePin", "Recording pendant."),  # a plural
    ("{Mercado Livre} in Brazil has its own agents", "Mercado Libre", "E-commerce leader (Mercado Livre in Brazil)."),
])
def test_other_forms_of_an_llm_entity_name_are_no_slip(said, listed, context):
    assert _m304(FILLER + said + ". " + FILLER, [(listed, context)]) == []


def test_a_name_cut_by_the_window_edge_is_no_slip():
    # (the NER window ends inside the name: "... Forum Mobility and Greenlan")
    text = episode_text(
        "title: x\ncompanies:\n- {name: Forum Mobility, position: 60, category: unknown, confidence: medium,\n"
        "   context: 'depots like WattEV, TeraWatt Infrastructure, Forum Mobility and Greenlan'}\n"
        "- {name: Greenlane, context: Electric truck charging network., source: llm_enhanced, category: tech,"
        " confidence: high}\n")
    assert [f for f in audit_text(text) if f.rule == "M304"] == []


# --- truncation ------------------------------------------------------------------------------------

def test_a_reworded_extraction_ending_on_a_word_its_text_holds_whole_has_no_cut_word():
    assert _fragment_flags([
        ("Use Carta to keep a clean cap table and get 409A valuations before your Series A.",
         "keep a clean cap table with Carta"),
        # (a word its text does not hold whole stays the start of a cut name)
        ("Use Cartesia to keep a clean voice stack before your Series A.", "keep a clean voice stack with Carta"),
    ]) == [False, True]


def test_an_object_pronoun_after_a_verb_or_a_preposition_ends_the_extraction():
    text = ("Seed-stage founders should delay SOC 2 until a customer requires it but implement SSO, MFA and no "
            "shared admin accounts from day one.")
    assert _fragment_flags([
        (text, "delay SOC 2 until a customer requires it"),
        (text, "delay SOC 2 until a customer requires"),  # (the verb without its object stays a fragment)
    ]) == [False, True]


@pytest.mark.parametrize("summary, cut", [
    ("## Summary\n\n*   **Review bottleneck:** AI-generated diffs are larger, which shifts the\n"
     "*   **Costs:** Token spend grows fast.\n", True),
    # (an item that ends on a whole clause, or a label's short value, is no cut)
    ("## Summary\n\n*   **Review bottleneck:** AI-generated diffs are larger and slower to review\n"
     "*   **Costs:** Token spend grows fast.\n", False),
    ("## Summary\n\n*   **Guest:** Priya Raman of\n*   **Costs:** Token spend grows fast.\n", False),
])
def test_a_summary_item_cut_before_the_next_item(summary, cut):
    from tests.conftest import summary_episode

    found = [f for f in audit_text(summary_episode(summary)) if f.rule == "T701"]
    assert bool(found) is cut
    if cut:
        assert found[0].evidence == "the" and "before its next item" in found[0].message


@pytest.mark.parametrize("text, found", [
    ("Where did the first half million come from", False),
    ("Where does that money come from", False),
    ("The first half million came from", True),
])
def test_a_wh_question_with_a_noun_subject_strands_its_preposition(text, found):
    from tests.conftest import quote_episode

    assert any(f.rule == "T701" for f in audit_text(quote_episode(text))) is found


def test_an_address_with_a_word_around_the_firm_names_that_firm():
    # (the call names Teleport, as "goteleport.com": the third-person sentences about the guest's
    # tools are no ad copy of an offer that names nothing)
    talk = (FILLER * 2 + "Quick break. This episode is also supported by {Teleport}. Teleport replaces static "
            "credentials with short-lived certificates. " + FILLER * 4 + "The boring risk is still typosquatting on "
            "npm. {Socket} catches a lot of that at install time. " + FILLER * 2 + "And dependency updates? "
            "{Dependabot} opens the PR; the hard part is that nobody owns merging it. " + FILLER * 2)
    quotes = ["Socket catches a lot of that at install time, which is the right place to catch it",
              "Dependabot opens the PR; the hard part is that nobody owns merging it."]
    found = _sponsor_fields(transcript_episode(talk, quotes=quotes,
                                               insights=["You can get started with a free trial at goteleport.com slash threat."]))
    assert "insights[0].text" in found and "companies[0].name" in found
    assert not found & {"quotes[0].text", "quotes[1].text", "companies[1].name", "companies[2].name"}


# --- not-mentioned ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context, found", [
    ("Apertus", "Swiss open model, praised for its openness; training details beyond public data were not discussed.", False),
    ("Thread", "Mentioned as the mesh protocol Hearthly uses; the Thread Group itself was not named.", False),
    ("Apertus", "The company itself was not named.", True),
    ("Apertus", "Not discussed; details were not given.", True),
])
def test_a_denial_whose_subject_is_another_thing(name, context, found):
    assert any(f.rule == "N201" for f in audit_text(llm_entity_episode(name, context))) is found


# --- attribution and misspelling precision ---------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Mistral Compute runs on Nvidia Grace Blackwell chips, run by Mistral AI itself.", False),  # a chip is operated
    ("Le Chat, run by Google, is popular.", True),  # an app is run by its maker
    ("**CrowdStrike (Falcon):** the endpoint platform the SOC runs on.", False),  # another maker's product of the name
    ("**Google (Falcon):** the open model.", True),
])
def test_run_by_and_homonyms(text, found):
    from tests.conftest import summary_episode

    assert any(f.family == "attribution" for f in audit_text(summary_episode(text))) is found


def test_fortinet_is_no_fortnite():
    from tests.conftest import summary_episode

    assert [f for f in audit_text(summary_episode("Fortinet and Palo Alto Networks sell firewalls.")) if f.family == "misspelling"] == []


# --- duplicate and entity-noise --------------------------------------------------------------------

def _entities(rows: list[tuple[str, str]]) -> str:
    import json

    items = "".join(f"- name: {json.dumps(n)}\n  category: unknown\n  confidence: medium\n  context: {json.dumps(c)}\n"
                    "  position: 100\n" for n, c in rows)
    return episode_text(f"title: x\ncompanies:\n{items}")


def test_two_vehicles_of_one_name_and_a_venture_named_after_a_country_are_no_duplicates():
    found = [f.field for f in audit_text(_entities([
        ("Thrive Capital", "Thrive Capital led the round at a higher price"),
        ("Thrive Holdings", "their Thrive Holdings roll-up strategy is the most interesting experiment"),
        ("Thrive capital", "and Thrive capital wrote the biggest check"),
        ("Japan", "a busy week for everybody. In Japan, Sakana AI raised at a higher price"),
        ("SB OpenAI Japan", "building a joint venture with OpenAI called SB OpenAI Japan. And"),
    ])) if f.rule == "D601"]
    assert found == ["companies[2].name"]  # (only "Thrive capital", the same firm's casing)


@pytest.mark.parametrize("context, generic", [
    ("keep going, we have a lot to get through. Mm-hmm. Benchmark, still five partners and one small fund, led the", False),
    ("the scores on the benchmark, a standard test, improved a lot", True),
])
def test_a_name_before_an_apposition_and_its_verb_is_a_firm_acting(context, generic):
    from tests.conftest import ner_entity_episode

    assert any(f.rule == "F504" for f in audit_text(ner_entity_episode("Benchmark", context))) is generic


@pytest.mark.parametrize("text, found", [
    ("Now that Amazon owns Mandiant, incident response is bundled.", True),
    ("Google owns GitHub now.", True),
    ("Microsoft owns GitHub, so Copilot sits there.", False),
    ("Amazon owns a stake in Mandiant.", False),  # (a part is no ownership)
    ("Alphabet owns Mandiant through Google.", False),  # (a parent up the chain)
])
def test_an_owner_said_in_the_present(text, found):
    from tests.conftest import summary_episode

    assert any(f.rule == "A401" for f in audit_text(summary_episode(text))) is found


# --- grounding -------------------------------------------------------------------------------------

def test_a_not_mentioned_entity_named_in_no_text_is_reported_once():
    talk = FILLER * 3 + "We moved the whole pipeline onto {Kestrelwave} last spring. " + FILLER * 2
    llm = [("Kestrelwave", "Data pipeline vendor the guest's team moved onto."),
           ("Brindlecore", "Not explicitly mentioned, but relevant to data labeling."),
           ("Palewick", "Not mentioned in the transcript; inferred from the topic.")]
    text = transcript_episode(talk, llm=llm)
    # N201's finding alone since session 45 (G901 is covered by it on the same item); G901 alone
    # when N201 is not selected
    found = audit_text(text)
    assert {f.field for f in found if f.rule == "N201"} == {"companies[2].context", "companies[3].context"}
    assert not [f for f in found if f.rule == "G901"]
    assert {f.field for f in audit_text(text, select=("G901",))} == {"companies[2].name", "companies[3].name"}
