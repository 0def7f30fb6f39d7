"""Session 51: shapes from three held-out corpora (health and biotech AI, robotics and driving,
creative and media AI). The episode-majority rule (A403) takes no fragment for a maker ("Because
Fanuc"), counts a product that holds others as its maker's side ("Instagram's Edits" is Meta's)
and reads no list's next item as an apposition; an apposition names its product's maker in any
noun that ends it ("SynthID, Adobe's invisible watermark for images"), not in a noun of a relation
("Claude, Amazon's biggest bet"); a list's item may carry a bracket; an English word one slip from
a product is that product when its own maker follows ("Cling from Kuaishou")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entities_episode, entity_context_makers, quote_episode, \
    summary_episode, transcript_episode
from tests.test_generalise_s50 import _heard


def _attributions(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "attribution"]


def _misspellings(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "misspelling"]


def test_a_fragment_the_ner_pass_lists_is_no_maker_of_the_episode():
    # "Because Fanuc" (a sentence's opener and the firm) is entity noise: the window's "Because
    # Fanuc CRX" claims CRX for Fanuc, and the summary's "Fanuc CRX" agrees
    text = transcript_episode(
        "Universal Robots will lose share at the low end anyway. {Because Fanuc} CRX is the cobot plant "
        "managers actually trust, and the service network is the moat.",
        llm=[("CRX", "Fanuc collaborative robot series known for reliability."),
             ("Fanuc", "Japanese industrial robot maker.")])
    text = text.replace("title: x", "title: x\nsummary: Cobot hardware (Doosan, Techman, Fanuc CRX) has commoditised.")
    assert _attributions(text) == []


def test_a_product_that_holds_another_is_its_makers_side():
    # Edits is Instagram's and so Meta's: "Meta's Edits" agrees with the transcript's "Instagram's Edits"
    text = transcript_episode(
        "Everyone on the team cuts on their phone now, and {Instagram}'s {Edits} app is where the "
        "short-form people went after the ban scare.",
        llm=[("Edits", "Meta's short-form video editing app for creators.")])
    text = text.replace("title: x", "title: x\nsummary: Creators moved to the Edits app from Meta.")
    assert _attributions(text) == []


def test_a_products_own_makers_possessive_makes_the_next_possessive_a_list_item():
    text = transcript_episode(
        "The safest rollouts so far: {Stanford Health Care} has {ChatEHR} so clinicians can ask the chart.",
        llm=[("HCA Healthcare", "Hospital operator working with Google Cloud on nurse handoffs.")])
    text = text.replace("title: x", "title: x\nsummary: \"Rollouts: Stanford Health Care's ChatEHR, HCA Healthcare's "
                                    "work with Google Cloud.\"")
    assert _attributions(text) == []


@pytest.mark.parametrize("text,evidence", [
    ("SynthID, Adobe's invisible watermark for AI-generated images, is now in every Gemini image.",
     "SynthID, Adobe's invisible watermark"),
    ("We tried Claude, Google's constitutional assistant.", "Claude, Google's constitutional assistant"),
])
def test_an_apposition_names_the_makers_product_in_any_noun_that_ends_it(text, evidence):
    assert [e for _, _, e in _attributions(summary_episode(text))] == [evidence]


@pytest.mark.parametrize("text", [
    "SynthID, Google DeepMind's invisible watermark for AI-generated images, is now in every image.",
    "They showed Claude, Amazon's biggest bet, on stage.",
    "We tried GPT-4o, Microsoft's favourite.",
    "We compared Claude, Google's rival, and more.",
    "Azure hosts GPT-5, OpenAI's provider of choice.",
])
def test_the_right_maker_and_a_noun_of_a_relation_stay_quiet(text):
    assert _attributions(summary_episode(text)) == []


def test_a_list_item_with_a_bracket_is_no_apposition():
    listed = ("Platform moves: GPT-4o image generation in ChatGPT, Google DeepMind's photoreal model, "
              "Leonardo.Ai (Phoenix) under Canva, Krea's real-time canvas.")
    assert _attributions(summary_episode(listed)) == []
    apposed = "We used ChatGPT, Google DeepMind's photoreal model, to render the shots."
    assert [e for _, _, e in _attributions(summary_episode(apposed))] == ["ChatGPT, Google DeepMind's photoreal model"]


@pytest.mark.parametrize("text,evidence,fix", [
    ("Cling from Kuaishou shipped four versions in a year.", "Cling", "Kling"),
    ("They move fast, and Cling, from Kuaishou, keeps shipping.", "Cling", "Kling"),
])
def test_an_english_word_one_slip_from_a_product_before_its_own_maker_is_a_misspelling(text, evidence, fix):
    found = [f for f in audit_text(quote_episode(text)) if f.family == "misspelling"]
    assert [f.evidence for f in found] == [evidence]
    assert found[0].fix.edits[0].replacement == fix


@pytest.mark.parametrize("text", [
    "Cling by Tencent was the fastest launch.",       # another firm after it: no maker of Kling
    "A cling from Kuaishou's film was weird.",         # a word in lowercase
    "Halo from Microsoft is a game, not a chip.",      # Hailo has no maker Microsoft
])
def test_the_word_before_another_firm_or_in_lowercase_stays_quiet(text):
    assert _misspellings(quote_episode(text)) == []


def test_annalise_is_harrison_ais_company():
    assert entity_context_makers("Annalise.ai", "Harrison.ai's clinical decision-support product for chest X-rays") == []


# --- not mentioned ------------------------------------------------------------------------------

@pytest.mark.parametrize("name,context,evidence", [
    ("Kawasaki Robotics", "The speakers did not bring Kawasaki up; a relevant Japanese peer.", "did not bring Kawasaki up"),
    ("Omron", "The hosts skip Omron entirely; listed as a Japanese factory-automation peer.", "hosts skip Omron"),
    ("Atomwise", "The conversation never gets as far as this company; an early pioneer of virtual screening.",
     "never gets as far as this company"),
    ("Denso", "Japanese auto supplier, inferred as a relevant peer of the robot makers.", "inferred as a relevant peer"),
])
def test_more_phrasings_of_not_mentioned_are_found(name, context, evidence):
    found = [(f.rule, f.evidence) for f in audit_text(entities_episode([(name, context, "ai_company")]))
             if f.family == "not-mentioned"]
    assert found == [("N201", evidence)]


@pytest.mark.parametrize("context", [
    "Robot maker. The hosts skip Fanuc entirely but discuss this one at length.",      # another's name
    "Robot maker. The speakers never brought Fanuc up, but this one was discussed.",
    "Robot maker. The episode never gets to profitability, the guest's worry.",         # a thing, not the entity
    "The hosts skip the pricing but discuss the robots.",
    # a denial about another place: "not mentioned anywhere in Adobe's roadmap slides"
    "Prompt-to-prototype tool; the guest pointed out it is not mentioned anywhere in Adobe's roadmap slides.",
])
def test_denials_of_other_things_and_places_stay_quiet(context):
    assert [f for f in audit_text(entities_episode([("Acme", context, "ai_company")])) if f.family == "not-mentioned"] == []


# --- sponsor ------------------------------------------------------------------------------------

def test_a_break_announced_as_a_quick_sponsor_message_opens_an_ad_read():
    text = transcript_episode(
        "Regulators will look at the actual filings. Quick sponsor message. {Skyfold Insurance} covers "
        "commercial drone fleets from day one, with a quote in five minutes.",
        quotes=["Quick sponsor message. Skyfold Insurance covers commercial drone fleets from day one."])
    found = {(f.rule, f.field) for f in audit_text(text) if f.family == "sponsor"}
    assert ("P802", "companies[0].name") in found and ("P801", "quotes[0].text") in found


@pytest.mark.parametrize("text", [
    "We took a quick sponsor message break and then argued about it.",
    "The sponsor message was short, and the guest hated it.",
])
def test_the_words_talked_about_stay_quiet(text):
    assert [f for f in audit_text(quote_episode(text)) if f.family == "sponsor"] == []


@pytest.mark.parametrize("text", [
    "Okay. Google's Imagine 4 is really good at photoreal product shots.",   # the maker's parent's possessive
    "Then Google Imagine 4 came out and the bar moved.",
    "Google DeepMind's Imagine 4 renders text well.",
])
def test_an_english_word_before_a_version_after_its_maker_is_the_model(text):
    found = [f for f in audit_text(quote_episode(text)) if f.family == "misspelling"]
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found] == [("Imagine", "Imagen")]


@pytest.mark.parametrize("text", [
    "Google's Imagine Cup is a student contest.",   # no version: the word
    "The Google Imagine Cup is a contest.",
    "Google's Vision 2030 plan is ambitious.",     # no model's sound
])
def test_the_word_without_a_version_stays_quiet(text):
    assert _misspellings(quote_episode(text)) == []


@pytest.mark.parametrize("text,evidence,fix", [
    ("Hey Jen's photo avatar is the thing that made my mum ask if the video was real.", "Hey Jen", "HeyGen"),
    ("Music Jen has been open for years and anyone can fine-tune it.", "Music Jen", "MusicGen"),
    ("Acceptable AI use (Viewstats thumbnails, Mister Beast).", "Mister Beast", "MrBeast"),
])
def test_a_name_heard_as_words_of_its_sound_or_its_title_said_in_full_is_a_misspelling(text, evidence, fix):
    found = [f for f in audit_text(quote_episode(text)) if f.family == "misspelling"]
    assert [(f.evidence, f.fix.edits[0].replacement) for f in found] == [(evidence, fix)]


@pytest.mark.parametrize("text", [
    "Hey Jen, can you pull up the chart?",   # a greeting to a person
    "Mister Rogers was kind to every guest.",
])
def test_a_greeting_and_another_mister_stay_quiet(text):
    assert _misspellings(quote_episode(text)) == []


def test_an_english_word_of_four_letters_for_a_name_the_episode_writes_is_a_misspelling():
    assert sorted(_heard("Wayve", "Wave", "In London, Wave has been testing without HD maps.")) == [
        ("M303", "companies[2].context", "Wave"), ("M303", "companies[2].name", "Wave")]


def test_a_four_letter_word_in_its_own_use_stays_quiet():
    # a capitalised word joins it to another name: "Denso Wave" is a firm of its own
    assert [r for r in _heard("Wayve", "Wave", "The scanners come from Denso Wave in Japan.") if r[1] == "companies[2].context"] == []


# --- duplicate ----------------------------------------------------------------------------------

def _duplicates(names: list[str]) -> list[str]:
    text = entities_episode([(n, f"{n} is discussed by the guests.", "model") for n in names])
    return [f.evidence for f in audit_text(text) if f.family == "duplicate"]


def test_a_variant_code_after_a_hyphen_makes_another_model():
    assert _duplicates(["Gemini Robotics 1.5", "Gemini Robotics-ER 1.5"]) == []
    assert _duplicates(["Virchow", "Virchow-XL"]) == []


def test_two_spellings_of_one_name_stay_duplicates():
    assert _duplicates(["Gemini Robotics 1.5", "Gemini Robotcs 1.5"]) == ["Gemini Robotcs 1.5"]
