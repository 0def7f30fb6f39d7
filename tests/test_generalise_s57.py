"""Session 57: shapes of the held-out corpora and of the field that the rules missed, each met by a
general rule, with what must stay quiet beside it:

- A401: a data-centre campus or a paper in apposition after another firm's possessive, a place's
  name before the kind ("Fairwater, Meta's Wisconsin campus"); a person's wrong firm after them
  where the firm before them is right ("Intel, now led by Lip-Bu Tan, AMD's CEO"); a product said
  to be owned or acquired by the wrong firm ("Windsurf, acquired by OpenAI").
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _summary(summary: str) -> str:
    import yaml

    fm = {"title": "x", "summary": summary, "companies": [], "quotes": []}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))


def _found(summary: str, family: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(_summary(summary)) if f.family == family]


@pytest.mark.parametrize("text, evidence", [
    ("Fairwater, Meta's Wisconsin site, signals that single-site clusters will pass a gigawatt.",
     "Fairwater, Meta's Wisconsin site"),
    ("Fairwater, Google's Atlanta campus, came online this autumn.", "Fairwater, Google's Atlanta campus"),
    ("Fairwater, Amazon's new data center, came online.", "Fairwater, Amazon's new data center"),
])
def test_a_campus_of_another_firm_in_apposition_is_found(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


@pytest.mark.parametrize("text", [
    "Fairwater, Microsoft's Wisconsin campus, came online this autumn.",
    "Fairwater, Meta's rival campus, is bigger.",
    "Fairwater, the Microsoft site, sits beside Meta's Louisiana campus.",
])
def test_a_campus_of_its_own_firm_or_a_rival_stays_quiet(text):
    assert _found(text, "attribution") == []


@pytest.mark.parametrize("text, evidence", [
    ("The deal reshapes Intel, now led by Lip-Bu Tan, AMD's CEO since March.", "Lip-Bu Tan, AMD's CEO"),
    ("Nvidia, run by Jensen Huang, the Intel chief executive, won again.", "Jensen Huang, the Intel chief executive"),
])
def test_a_wrong_firm_after_a_person_is_found_where_the_firm_before_is_right(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


@pytest.mark.parametrize("text", [
    "The deal reshapes Intel, now led by Lip-Bu Tan, Intel's CEO since March.",
    "Meta hired Ruoming Pang from Apple last summer.",
    "Intel, led by Lip-Bu Tan, formerly of Cadence, is recovering.",
])
def test_a_person_with_their_own_firm_or_a_past_one_stays_quiet(text):
    assert _found(text, "attribution") == []


@pytest.mark.parametrize("text, evidence", [
    ("Windsurf, acquired by OpenAI in July, keeps its brand.", "Windsurf, acquired by OpenAI"),
    ("ChatGPT, owned by Google, is the most used assistant.", "ChatGPT, owned by Google"),
    ("Instagram, which was acquired by Google in 2012, is Meta's growth engine.", "Instagram, which was acquired by Google"),
])
def test_a_product_owned_or_acquired_by_the_wrong_firm_is_found(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


@pytest.mark.parametrize("text", [
    "Windsurf, acquired by Cognition in July, keeps its brand.",
    "Copilot, owned by Microsoft, ships in Windows.",
    "Claude Enterprise, bought by Deloitte for 470,000 staff, is the largest deployment.",
    "Claude Enterprise, purchased by Accenture for its consultants, is spreading.",
])
def test_a_product_of_its_own_owner_or_bought_by_a_customer_stays_quiet(text):
    assert _found(text, "attribution") == []


# M303: a word taken for a name the episode writes right more often
def _episode_with(names: list[str], summary: str) -> str:
    import yaml

    fm = {"title": "x", "summary": summary, "quotes": [],
          "companies": [{"name": n, "position": 10 * i, "context": f"talks about {n} here"} for i, n in enumerate(names)]}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))


def _misspelt(names: list[str], summary: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(_episode_with(names, summary)) if f.family == "misspelling"]


def test_a_rarer_word_for_a_name_written_right_three_times_is_found():
    found = _misspelt(["Crusoe", "Lambda", "Nebius"],
                      "Crusoe builds campuses and Crusoe sells power. The neoclouds, Caruso, Lambda and Nebius, grow.")
    assert ("summary", "Caruso") in found


def test_a_rarer_word_beside_a_name_written_once_or_a_common_word_stays_quiet():
    assert _misspelt(["Lambda", "Nebius"], "The neoclouds, Caruso, Lambda and Crusoe, grow.") == []
    # (nor where the word is written about as often as the name: two people, perhaps)
    assert _misspelt(["Lambda", "Nebius"], "Crusoe hired Caruso; Crusoe and Caruso met; Crusoe grew.") == []
    # (a common word is left to the NER pass's say: "Runaway" is judged only where it lists it)
    assert _misspelt(["Runway", "Pika"], "Runway, Runway and Runway lead; Runaway is a song.") == []


def test_a_name_spelt_as_it_sounds_is_found_as_a_slip_of_a_short_name():
    found = _misspelt(["Cacao", "Kakao", "Naver"],
                      "Kakao and Naver compete; Kakao ships KoGPT, and Cacao signed the GPU deal.")
    assert ("companies[0].name", "Cacao") in found and ("summary", "Cacao") in found


@pytest.mark.parametrize("text, evidence", [
    ("GitHub, the Google-owned code host, launched Agent HQ.", "GitHub, the Google-owned"),
    ("GitHub, a Google-owned company, launched Agent HQ.", "GitHub, a Google-owned company"),
])
def test_an_org_with_the_wrong_owner_as_its_appositions_adjective_is_found(text, evidence):
    assert _found(text, "attribution") == [("A401", evidence)]


@pytest.mark.parametrize("text", ["GitHub, the Microsoft-owned code host, launched Agent HQ.",
                                  "Anthropic, the Google-backed lab, raised money."])
def test_an_org_with_its_own_owner_or_a_backer_in_apposition_stays_quiet(text):
    assert _found(text, "attribution") == []


# precision mends found on the held-out chips corpus (blind157)
@pytest.mark.parametrize("text", [
    "Ten gigawatts and counting: what OpenAI’s Nvidia, Oracle and Stargate deals mean.",
    "What OpenAI's Nvidia and AMD deals mean for the market.",
    "Google's Anthropic, Cohere and Mistral stakes grew this year.",
])
def test_a_possessive_before_a_list_of_firms_and_a_relations_noun_stays_quiet(text):
    assert _found(text, "attribution") == []


def test_a_possessed_firm_in_a_list_without_a_relations_noun_is_still_found():
    assert ("A401", "Amazon's Waymo") in _found("Amazon's Waymo and Zoox fleets are growing.", "attribution")


@pytest.mark.parametrize("text", [
    "Acquired Hynix in 2012 under chairman Chey Tae-won, a decision the hosts liked.",
    "Samsung chairman Lee Jae-yong met the Nvidia team.",
    "Nvidia unveiled Spectrum-XGS to link data centres across cities.",
])
def test_a_romanised_given_name_or_a_longer_product_name_is_no_misspelling(text):
    assert _found(text, "misspelling") == []


@pytest.mark.parametrize("text, evidence", [("We tried Gemeni Pro-level features.", "Gemeni"),
                                            ("Nvidia unveiled Spektrum-X to link data centres.", "Spektrum-X")])
def test_a_misspelling_beside_a_hyphenated_word_is_still_found(text, evidence):
    assert ("M301", evidence) in _found(text, "misspelling") or ("M303", evidence) in _found(text, "misspelling")


# G901: the Markdown body's transcript grounds a name; its HTML comments do not; an entry that
# entity-noise finds is no company reports no second finding
def _llm_episode(entities: list[tuple[str, str]], body: str) -> str:
    import yaml

    fm = {"title": "Inference costs", "summary": "The hosts talk about inference costs.", "quotes": [],
          "companies": [{"category": "tech", "confidence": "high", "context": c, "name": n, "source": "llm_enhanced"}
                        for n, c in entities]}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000), body=body)


def _grounding(entities, body) -> list[str]:
    return [f.evidence for f in audit_text(_llm_episode(entities, body)) if f.family == "grounding"]


def test_a_name_said_in_the_bodys_transcript_is_grounded():
    body = "\n## Transcript excerpt\n\nWe moved our serving to Baseten last spring and costs fell.\n"
    assert _grounding([("Baseten", "Inference platform the guest uses.")], body) == []


def test_a_name_in_no_text_nor_in_the_bodys_comments_is_ungrounded():
    body = "\n<!-- Baseten sponsored the processing run -->\n## Transcript excerpt\n\nWe moved our serving last spring.\n"
    assert _grounding([("Baseten", "Inference platform the guest uses.")], body) == ["Baseten"]


def test_an_entry_entity_noise_finds_no_company_gets_no_grounding_finding_too():
    found = [(f.family, f.evidence) for f in audit_text(_llm_episode(
        [("Data Centers", "Facilities for training runs.")], "\n<!-- body -->\n"))]
    assert ("entity-noise", "Data Centers") in found and ("grounding", "Data Centers") not in found


@pytest.mark.parametrize("text", [
    "Host Marcus Webb talks with Oklo CEO Jacob DeWitte, TerraPower CEO Chris Levesque and Jigar Shah.",
    "Talks with Jensen Huang, AMD CEO Lisa Su and Sam Altman.",
    "They cover DeepL's new Nvidia DGX SuperPOD, Poolside's code models on Amazon Bedrock and more.",
])
def test_a_list_of_people_with_roles_or_of_owned_products_stays_quiet(text):
    assert _found(text, "attribution") == []


@pytest.mark.parametrize("text, evidence", [("Jensen Huang, AMD CEO, spoke.", "Jensen Huang, AMD CEO"),
                                            ("They cover the new DGX SuperPOD, Poolside's code model, in depth.",
                                             "DGX SuperPOD, Poolside's code model")])
def test_a_role_or_an_apposition_of_one_is_still_found(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


# precision mends found on the held-out physical-AI corpus (blind160)
@pytest.mark.parametrize("text", [
    "Most Waymos in Phoenix now run the sixth-generation driver.",
    "Masayoshi Son thinks the next Arm is a robot company.",
    "Meta showed its Hypernova glasses at Connect.",
])
def test_a_firms_name_made_plural_a_name_before_a_function_word_or_a_code_name_is_no_misspelling(text):
    assert _found(text, "misspelling") == []


@pytest.mark.parametrize("text, evidence", [("Waymos robotaxis are everywhere.", "Waymos"),
                                            ("We use Git hub for code.", "Git hub"),
                                            ("Meta showed Hypernowa glasses.", "Hypernowa")])
def test_a_possessive_without_its_apostrophe_a_split_name_or_a_slip_is_still_found(text, evidence):
    assert evidence in [e for _, e in _found(text, "misspelling")]


# A401: a founding claim about a person of the glossary whose firm of now it does not know
def test_a_false_founding_claim_about_a_person_without_a_firm_is_found():
    assert ("A401", "Uber, co-founded by Martin Eberhard") in _found(
        "Uber, co-founded by Martin Eberhard, went public in 2019.", "attribution")
    assert _found("Tesla, co-founded by Martin Eberhard, went public in 2010.", "attribution") == []


@pytest.mark.parametrize("text", [
    "Developers will build on Apple's Foundation Models framework and Gemini Nano for private features.",
    "The first Android XR glasses from Warby Parker ship next year.",
    "Horizon OS headsets from Asus and Lenovo are coming.",
])
def test_a_possessed_name_that_ends_in_its_kind_or_a_device_running_a_platform_stays_quiet(text):
    assert _found(text, "attribution") == []


@pytest.mark.parametrize("text, evidence", [("Google's Gemini and Claude are the best.", "Google's Gemini and Claude"),
                                            ("Android XR, developed by Samsung, ships next year.",
                                             "Android XR, developed by Samsung")])
def test_a_possessives_list_or_a_platforms_wrong_maker_is_still_found(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


@pytest.mark.parametrize("text, evidence", [
    ("Rubin CPX, AMD's GDDR7-based prefill accelerator, was announced in September.",
     "Rubin CPX, AMD's GDDR7-based prefill accelerator"),
    ("MTIA, Microsoft's training and inference accelerator, is the roadmap.",
     "MTIA, Microsoft's training and inference accelerator"),
    ("Tomahawk Ultra, Arista's low-latency ASIC, is positioned for scale-up.",
     "Tomahawk Ultra, Arista's low-latency ASIC"),
])
def test_a_chip_or_a_switch_of_another_firm_in_apposition_is_found(text, evidence):
    assert ("A401", evidence) in _found(text, "attribution")


@pytest.mark.parametrize("text", [
    "Tomahawk Ultra, Broadcom's low-latency ASIC, is positioned for scale-up.",
    "Claude, Google's chat and Gemini, were compared.",
    "MTIA, Meta's training and inference accelerator, is the roadmap.",
])
def test_a_chip_of_its_own_firm_or_a_list_stays_quiet(text):
    assert _found(text, "attribution") == []


@pytest.mark.parametrize("phrase, digits", [("zero three", "03"), ("zero two", "02"), ("twenty five hundred", "2500")])
def test_a_number_said_digit_by_digit_or_in_hundreds_reads_as_its_digits(phrase, digits):
    from audit.glossary import spoken_number

    assert spoken_number(phrase) == digits


@pytest.mark.parametrize("text, evidence, right", [
    ("The Figure zero three robot is for homes.", "Figure zero three", "Figure 03"),
    ("Samsung's Exynos twenty five hundred chip is inside.", "Exynos twenty five hundred", "Exynos 2500"),
])
def test_a_parts_number_said_in_words_is_found(text, evidence, right):
    found = [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(_summary(text)) if f.family == "misspelling"]
    assert (evidence, right) in found


@pytest.mark.parametrize("text", ["We ran Llama two hundred times.", "Samsung's Exynos two hundred times faster claim."])
def test_a_large_number_that_counts_stays_quiet(text):
    assert _found(text, "misspelling") == []


# N201: two phrasings of the held-out corpora
@pytest.mark.parametrize("context", ["Broadcom isn't part of the rundown at all; tagged by topical proximity.",
                                     "Nothing in the episode points to Broadcom.",
                                     "Tagged by topical proximity to the other chip firms."])
def test_a_denial_by_the_rundown_or_by_proximity_is_found(context):
    from tests.conftest import llm_entity_episode

    found = [f.rule for f in audit_text(llm_entity_episode("Broadcom", context, confidence="low"))
             if f.family == "not-mentioned"]
    assert found == ["N201"]


@pytest.mark.parametrize("context", ["Nothing in the deal points to a slowdown; Broadcom supplies the ASICs.",
                                     "Broadcom is part of the rundown of chip suppliers.",
                                     "Tagged as a supplier of switches."])
def test_a_rundown_or_a_tag_that_denies_nothing_stays_quiet(context):
    from tests.conftest import llm_entity_episode

    assert [f for f in audit_text(llm_entity_episode("Broadcom", context, confidence="low"))
            if f.family == "not-mentioned"] == []


def test_a_possessive_that_heads_another_phrase_starts_no_list():
    text = "Notes the shift away from Nvidia, citing Anthropic's use of Trainium2, Microsoft's custom accelerator."
    assert ("A401", "Trainium2, Microsoft's custom accelerator") in _found(text, "attribution")
