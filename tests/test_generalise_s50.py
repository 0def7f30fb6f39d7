"""Session 50: shapes from the misses of five blind corpora (AI markets and investing; generative AI
in creative industries; AI in finance and legal tech; semiconductors and edge AI; consumer AI,
education and games), generalised.

- Misspelling: an English word (or a common surname) that speech recognition wrote for a name the
  episode writes right as often elsewhere ("Marvel" beside "Marvell"); names the episode holds for
  its own (a sponsor's web address, a name its LLM pass lists), places, titles in title case and
  words cut at a window's end are no slips.
- Attribution: versions of a glossary family are A401's, not the episode majority's; a tier named
  alone is right for a maker of a product of that tier; appositions after longer heads, wrong
  acquirers, another cloud owner's possessive of a cloud, "AI" series, acronyms before "unit".
- Not mentioned, sponsor, truncation, duplicate, entity noise and mojibake: new phrasings and shapes.
"""
from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, entities_episode, episode_text, findings_by_item, summary_episode


def _slips(texts: list[str]) -> dict[int, list[tuple[str, str, str]]]:
    return {i: [(f.rule, f.evidence, f.fix.edits[0].replacement if f.fix else None) for f in fs]
            for i, fs in findings_by_item(texts, "misspelling").items()}


# --- an English word for a name the episode writes --------------------------------------------------

def _heard(right: str, slip: str, said: str) -> list[tuple[str, str, str]]:
    """The misspelling findings of an episode whose NER pass lists `slip` with the window `said`,
    beside two windows that write `right`."""
    text = entities_episode([
        (f"ner:{right}", f"and then {right} shipped the new version in March, which", "unknown"),
        (f"ner:{right}", f"so we bet on {right} early, and it paid off for the", "unknown"),
        (f"ner:{slip}", said, "unknown"),
    ])
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "misspelling"]


@pytest.mark.parametrize("right,slip,said", [
    ("Synthesia", "Synthesis", "The training videos were made with Synthesis avatars this year."),
    ("Runway", "Runaway", "Most of the previs now goes through Runaway before the shoot."),
    ("Crusoe", "Caruso", "The two neoclouds we liked were Lambda and Caruso."),
    ("Kling", "Cling", "Cling was better on motion than anything else we tried."),
    ("Marvell", "Marvel", "And Marvel? They lost the next Trainium socket."),
])
def test_an_english_word_the_ner_pass_took_for_a_name_the_episode_writes_is_a_misspelling(right, slip, said):
    assert sorted(_heard(right, slip, said)) == [("M303", "companies[2].context", slip), ("M303", "companies[2].name", slip)]


def test_the_word_in_quotes_alone_stays_quiet():
    # no NER entity of the word: ordinary proper nouns beside the field's names stay words
    texts = ["Synthesia shipped the new version in March.", "We bet on Synthesia early.",
             "The training videos were made with Synthesis avatars this year."]
    assert _slips(texts) == {}


@pytest.mark.parametrize("right,slip,said", [
    ("Marvell", "Marvel", "Marvel Studios licensed the archive for training."),  # another name's word
    ("Runway", "Runaway", "The Runaway Train scene was the hardest shot."),     # a title's words
    ("Crusoe", "Caruso", "The developer Rick Caruso spoke at the summit."),    # a person's name
])
def test_the_word_in_its_own_use_stays_quiet(right, slip, said):
    assert [r for r in _heard(right, slip, said) if r[1] == "companies[2].context"] == []


def test_a_word_the_llm_pass_lists_or_another_glossary_name_stays_quiet():
    # "Humane" is a firm of the glossary (Humain's sound-alike): its own name
    text = entities_episode([
        ("Humain", "Saudi AI company backed by PIF.", "ai_company"),
        ("ner:Humain", "PIF launched Humain with chips from Nvidia and Humain will", "unknown"),
        ("ner:Humane", "the pin from Humane was a flop, and then", "unknown"),
    ])
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []
    # a word the LLM pass lists as an entity is a name it knows
    text = entities_episode([
        ("Marvell", "Chip designer of custom accelerators.", "chip_maker"),
        ("Marvel", "Entertainment studio licensing its archive.", "media"),
        ("ner:Marvell", "and Marvell has the Trainium socket, and Marvell also", "unknown"),
        ("ner:Marvel", "the deal with Marvel for the archive was signed", "unknown"),
    ])
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []


def test_an_ner_name_that_is_the_word_is_a_misspelling_and_joins_its_twin():
    text = entities_episode([
        ("Synopsys", "EDA software company that acquired Ansys.", "tech"),
        ("ner:Synopsys", "chip design tools from Synopsys and Cadence, and Synopsys is the", "unknown"),
        ("ner:Synopsis", "the strategic deals. Synopsis and Ansys closed after", "unknown"),
    ])
    found = [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family in ("misspelling", "duplicate")]
    assert ("M303", "companies[2].name", "Synopsis") in found
    assert ("M303", "companies[2].context", "Synopsis") in found
    assert ("D601", "companies[2].name", "Synopsis") in found


# --- attribution ------------------------------------------------------------------------------------

def _attributions(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == "attribution"]


def test_a_version_of_a_glossary_family_is_not_judged_by_the_episode_majority():
    # "Genie 3" is Genie's (Google DeepMind): the quote's "from Microsoft" is the wrong claim (A401),
    # and the right claims elsewhere are no conflict of the episode's (A403), though speech said it
    text = episode_text("""title: World models
companies:
- name: Genie 3
  category: model
  confidence: high
  context: Google DeepMind's world model that keeps environments consistent for minutes.
  source: llm_enhanced
quotes:
- text: Genie 3 from Microsoft is the moment the research demos stopped being seconds long.
  relevance_score: 8
summary: Google Deep Mind's Genie 3 leads; Google DeepMind (Genie 3) is ahead of the rest.
""")
    assert _attributions(text) == [("A401", "quotes[0].text", "Genie 3 from Microsoft")]


@pytest.mark.parametrize("org,quiet", [("ElevenLabs", True), ("Reka AI", True), ("OpenAI", False)])
def test_a_tier_named_alone_is_right_for_a_maker_with_a_product_of_that_tier(org, quiet):
    # "Flash" alone is Gemini's tier, and ElevenLabs' (Eleven Flash) and Reka's (Reka Flash)
    text = entities_episode([(org, "AI company whose Flash model voiced the character in the game.", "ai_company")])
    assert _attributions(text) == ([] if quiet else [("A401", "companies[0].context", "whose Flash")])


@pytest.mark.parametrize("name,context,evidence,rule", [
    # (since session 55 the head is Muse's other name in the glossary: the context's own claim,
    # A401, which covers A402 on the entity)
    ("Muse", "World and Human Action Model, Google's world model trained on gameplay.", "World and Human Action Model, Google's world model", "A401"),
    ("Gemini", "Multimodal model family, OpenAI's flagship.", "Multimodal model family, OpenAI's flagship", "A402"),
])
def test_a_maker_apposed_to_a_longer_head_of_the_context_is_its_claim(name, context, evidence, rule):
    assert _attributions(entities_episode([(name, context, "model")])) == [(rule, "companies[0].context", evidence)]
    right = context.replace("Google's", "Microsoft's").replace("OpenAI's", "Google's")
    assert _attributions(entities_episode([(name, right, "model")])) == []
    # a preposition in the head: the apposition may describe its last noun ("Bleeding Edge")
    assert _attributions(entities_episode([(name, "Gameplay model used in Bleeding Edge, Google's game studio.", "model")])) == []


@pytest.mark.parametrize("name,context,evidence", [
    ("Photomath", "Camera-based math solver acquired by Apple, what students use for homework.", "acquired by Apple"),
    ("Windsurf", "AI coding editor acquired by OpenAI in mid-2025 after a bidding contest.", "acquired by OpenAI"),
])
def test_a_product_acquired_by_the_wrong_firm_in_its_context_is_found(name, context, evidence):
    assert _attributions(entities_episode([(name, context, "ai_application")])) == [("A402", "companies[0].context", evidence)]


@pytest.mark.parametrize("name,context", [
    ("Photomath", "Camera-based math solver acquired by Google in 2022."),
    ("Windsurf", "AI coding editor acquired by Cognition in mid-2025."),  # (rules/attribution.yaml owners)
    ("Claude", "Chatbot bought by Meta for its staff."),  # a customer's purchase, no owner
])
def test_a_product_acquired_by_its_owner_or_bought_by_a_customer_is_quiet(name, context):
    assert _attributions(entities_episode([(name, context, "product")])) == []


# --- misspelling: names and words the episode holds for its own ---------------------------------------

def test_a_place_name_is_no_slip_of_a_name():
    assert _slips(["Investors read it as confidence in Korea's AI chip sector."]) == {}


def test_a_common_word_of_a_title_in_title_case_is_no_acronym_miscased():
    text = episode_text("title: 'Credit Models on Trial: Upstart, Zest AI and the Fair Lending Test'\n")
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []


def test_a_word_a_context_window_cuts_at_its_end_is_no_name_miscased():
    text = entities_episode([("ner:Samsung Foundry", "was first to gate-all-around at 3 nanometer, which people forget, but the yi",
                              "unknown")])
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []


def test_a_sponsor_name_with_its_web_address_is_its_own_spelling():
    texts = ["Today's episode is supported by Quillbox, the AI lesson planner.",
             "Quillbox saves the average teacher five hours a week.",
             "Try Quillbox free for thirty days at quillbox.ai/podcast."]
    assert _slips(texts) == {}
    # without the address, the slip of QuillBot stands
    assert _slips(texts[:2]) == {0: [("M303", "Quillbox", "QuillBot")], 1: [("M303", "Quillbox", "QuillBot")]}


def test_a_slip_the_llm_pass_copies_stays_a_slip():
    # (the LLM pass copies the transcript's slips, as the seed's "Lama": its listing is no proof)
    # (this test first used "Oryon", read as a slip of Meta's Orion: it is Qualcomm's CPU core, a
    # glossary name since session 53, and stays quiet)
    entities = [("Mistrel", "Paris-based open-weights model lab.", "ai_company"),
                ("ner:Le Chat", "the Le Chat app from Mistrel is finally fast on phones", "unknown")]
    assert {f.evidence for f in audit_text(entities_episode(entities)) if f.family == "misspelling"} == {"Mistrel"}
    entities = [("Oryon", "Qualcomm's custom Arm CPU core, from the Nuvia acquisition.", "product"),
                ("ner:Snapdragon X", "the Snapdragon X chips with the Oryon cores are finally fast", "unknown")]
    assert {f.evidence for f in audit_text(entities_episode(entities)) if f.family == "misspelling"} == set()


def test_a_place_and_its_adjective_and_an_acronym_in_capitals_are_no_minority_spellings():
    texts = ["Estonian regulators approved it; the Estonian model is the template.", "Estonia was first.",
             "Norm Ai sells compliance agents.", "Norm Ai raised money.", "Norm Ai is growing.",
             "We spoke to Norm AI about it."]
    assert _slips(texts) == {}


# --- not mentioned, sponsor, truncation, duplicate ----------------------------------------------------

@pytest.mark.parametrize("name,context,evidence", [
    ("Sony", "Sony's image-sensor business was not a topic here; listed for its role in phone cameras.", "not a topic here"),
    ("Memrise", "Vocabulary app. Not a topic in the episode; included by similarity to the apps reviewed.",
     "Not a topic in the episode"),
    ("Zhipu AI", "The guests don't touch on Zhipu; listed because of its Entity List designation.", "don't touch on Zhipu"),
    ("Unreal Engine", "Epic's game engine. The conversation does not touch on Unreal Engine, but it is the incumbent.",
     "does not touch on Unreal Engine"),
    ("Jasper", "Early AI writing startup. Could not be located in the transcript; presumably relevant.",
     "Could not be located in the transcript"),
])
def test_more_phrasings_of_not_mentioned_are_found(name, context, evidence):
    found = [(f.rule, f.evidence) for f in audit_text(entities_episode([(name, context, "ai_company")]))
             if f.family == "not-mentioned"]
    assert found == [("N201", evidence)]


@pytest.mark.parametrize("context", [
    "Chip startup. The guests don't touch on Nvidia's pricing, but the company is central.",  # another's name
    "Chip startup; pricing was not a topic here.",  # a thing of it
    "Chip startup that can't be found in most benchmarks, though the guest praised it.",
])
def test_denials_of_other_things_stay_quiet(context):
    assert [f for f in audit_text(entities_episode([("Acme", context, "ai_company")])) if f.family == "not-mentioned"] == []


def test_an_ad_break_after_before_we_go_on_and_a_spelled_out_offer_are_ad_reads():
    text = episode_text("""title: x
companies:
- name: Marlowe Kitchen
  category: unknown
  confidence: medium
  context: fore we go on, a word from Marlowe Kitchen. Marlowe delivers chef-designed meal kits that take twenty
  position: 4100
insights:
- text: Marlowe Kitchen meals take twenty minutes and listeners save sixty percent on the first box.
  extracted: listeners save sixty percent on the first box
""")
    found = [(f.rule, f.field) for f in audit_text(text) if f.family == "sponsor"]
    assert found == [("P802", "companies[0].name"), ("P801", "insights[0].text")]


def test_an_extraction_stopping_on_a_preposition_before_a_name_is_a_fragment():
    texts = ["The largest companion apps may come from Chinese labs like MiniMax rather than from Silicon Valley.",
             "Teams should move to Postgres. Then they should index."]
    for text, extracted in zip(texts, ["The largest companion apps may come from Chinese labs like", "Teams should move to"]):
        found = [f for f in audit_text(episode_text(f"title: x\ninsights:\n- text: {text}\n  extracted: {extracted}\n"))
                 if f.family == "truncation"]
        assert [f.rule for f in found] == ["T702"] and "the name after it" in found[0].message
    # the whole sentence stays quiet
    assert [f for f in audit_text(episode_text(
        "title: x\ninsights:\n- text: Teams should move to Postgres. Then they should index.\n"
        "  extracted: Teams should move to Postgres.\n")) if f.family == "truncation"] == []


def test_a_product_name_before_another_and_a_sentence_opener_before_an_acronym_join_no_duplicates():
    text = entities_episode([
        ("Deep Research", "OpenAI's agent for multi-step web research.", "product"),
        ("Gemini Deep Research", "Google's research agent inside the Gemini app.", "product"),
        ("ner:TSMC", "and TSMC is the only foundry at that node, everyone else", "unknown"),
        ("ner:Then SMIC", "seven nanometer was impossible without EUV. Then SMIC shipped the Kirin", "unknown"),
    ])
    assert [f for f in audit_text(text) if f.family == "duplicate"] == []


# --- entity noise -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,context,rule,said", [
    ("AI PC", "the term AI PC means basically nothing to a buyer, I've done the store visits, people ask", "F504", "term"),
    ("Small Language Model", "I don't love the term, Small Language Model is marketing, a three billion parameter",
     "F504", "term"),
    ("Cheat on Everything", "date, and their tagline is literally Cheat on Everything, and whatever you think about it",
     "F504", "term"),
    ("ARR", "went to a hundred million ARR in about eight months out of Stockholm, which is just not a number",
     "F504", "metric"),
    ("Spanish", "e thing is, if you learn Spanish on an app, you learn to pass the app. You don't learn to order",
     "F504", "language"),
    ("Explain My", "ier is where the AI lives, Explain My Answer, Roleplay, and the Video Call with Lily, and that",
     "F502", "Explain My Answer"),
])
def test_terms_metrics_languages_and_names_cut_on_a_function_word_are_noise(name, context, rule, said):
    found = [f for f in audit_text(entities_episode([(f"ner:{name}", context, "unknown")])) if f.family == "entity-noise"]
    assert [(f.rule, f.evidence) for f in found] == [(rule, name)] and said in found[0].message


@pytest.mark.parametrize("name,context", [
    ("AMD", "we bought two AMD boxes and ran the whole thing on them, which was"),  # a firm of the glossary
    ("Lovable", "and the term vibe coding came from somewhere, but Lovable made it a product"),  # the term is another
    ("Bank of America", "and then Bank of America said the model would not be used for credit"),
])
def test_names_beside_a_number_or_a_term_stay_quiet(name, context):
    assert [f for f in audit_text(entities_episode([(f"ner:{name}", context, "unknown")])) if f.family == "entity-noise"] == []


@pytest.mark.parametrize("context", ["Location of ASML’s headquarters and its EUV assembly cleanrooms.",
                                     "Location of ASMLâ€™s headquarters and its EUV assembly cleanrooms.",
                                     "Site of the first Stargate campus, built by Crusoe."])
def test_an_llm_context_that_gives_a_site_of_a_firm_describes_a_place(context):
    found = [(f.rule, f.message) for f in audit_text(entities_episode([("Veldhoven", context, "unknown")]))
             if f.family == "entity-noise"]
    assert len(found) == 1 and found[0][0] == "F504" and "place" in found[0][1]


@pytest.mark.parametrize("text,found", [
    ("Google's Azure is growing faster than expected.", [("A401", "summary", "Google's Azure")]),
    ("Amazon's Azure, which runs GPT-5, is growing.", [("A401", "summary", "Amazon's Azure")]),
    ("Google's Azure bill is huge.", []),  # what Google pays for
    ("OpenAI's Azure is slow.", []),  # a customer's account there: OpenAI runs no cloud of its own
    ("Microsoft's Azure is growing.", []),
])
def test_another_cloud_owners_possessive_of_a_cloud_is_a_wrong_maker(text, found):
    assert _attributions(episode_text(f"title: x\nsummary: {json.dumps(text)}\n")) == found


# --- mojibake -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,evidence,reads", [
    ("Alibaba's RMB 380B plan (Â¥380B); Tencent more cautious.", "Â¥380B", "¥380B"),
    ("The reactor runs at 20Â°C (the spec sheet).", "20Â°C", "20°C"),
])
def test_a_latin1_sign_after_a_stray_a_circumflex_is_mojibake_beside_brackets_too(text, evidence, reads):
    found = [f for f in audit_text(summary_episode(text)) if f.family == "mojibake"]
    assert [(f.rule, f.evidence) for f in found] == [("U101", evidence)]
    assert f"reads {reads!r}" in found[0].message and reads in found[0].fix.edits[0].replacement
    assert [f for f in audit_text(summary_episode(text.replace(evidence, reads))) if f.family == "mojibake"] == []


@pytest.mark.parametrize("name,context,evidence", [
    ("Kensho", "Bloomberg's AI unit, providing transcription and entity linking for research data.", "Bloomberg's AI unit"),
    ("Ryzen AI 300", "Laptop processor by Intel with an NPU rated at 50 TOPS.", "processor by Intel"),
])
def test_more_shapes_of_an_entity_context_naming_the_wrong_firm(name, context, evidence):
    assert _attributions(entities_episode([(name, context, "product")])) == [("A402", "companies[0].context", evidence)]


@pytest.mark.parametrize("name,context", [
    ("Kensho", "S&P Global's AI unit, providing transcription."),
    ("Ryzen AI 300", "Laptop processor by AMD with an NPU."),
    ("Mistral AI", "French lab whose models Google Cloud hosts."),
])
def test_the_right_firm_in_those_shapes_stays_quiet(name, context):
    assert _attributions(entities_episode([(name, context, "product")])) == []
