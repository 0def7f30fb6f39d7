"""Session 54: shapes from the misses and false alarms of the held-out corpora that were still open
(AI coding tools, AI safety, enterprise agents, consumer devices, robotics), and of new ones. Each
positive case fails on the session's first code (835d08a); each quiet twin passes there and here."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, entities_episode, episode_text, summary_episode


def _quotes(*texts: str) -> str:
    return episode_text("title: x\nquotes:\n" + "".join(f"- relevance_score: 5\n  text: {json.dumps(t)}\n" for t in texts))


def _attributed(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(_quotes(text), select=("attribution",))]


def _context_attributed(name: str, context: str, category: str = "model") -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(entities_episode([(name, context, category)]), select=("attribution",))]


def _misspelt(text: str) -> list[tuple[str, str]]:
    return [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(_quotes(text), select=("misspelling",))]


# --- attribution ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, evidence", [
    # a note's opening verb with no subject is the quote's, no platform's adding
    ("Adds Snap's Orion glasses to the list of consumer AR launches expected next year.", "Snap's Orion"),
    ("Team notes. Adds Google's Claude to the shortlist of assistants.", "Google's Claude"),
    # a protocol is a product's kind, in a relative clause or an apposition
    ("Notes the A2A protocol, which Anthropic introduced, as a second interoperability layer.",
     "A2A protocol, which Anthropic introduced"),
    ("A2A, Anthropic's protocol, lets agents talk to each other.", "A2A, Anthropic's protocol"),
    # a cloud serves others' models, not another platform's own kit
    ("Positions the Agent Development Kit from AWS as the open-source on-ramp.", "Agent Development Kit from AWS"),
    ("Copilot from Google Cloud is what they deployed.", "Copilot from Google Cloud"),
])
def test_a_wrong_maker_in_a_new_shape_is_found(text, evidence):
    assert _attributed(text) == [("A401", evidence)]


@pytest.mark.parametrize("text", [
    "Microsoft adds Google's Claude to Copilot.",  # a platform adds another's model: a relation
    "Llama models from Azure are cheap to run.",  # a cloud serves others' models
    "Claude from AWS is what the bank runs.",
    "MCP, Anthropic's protocol, is everywhere now.",  # the right maker
    "The MCP protocol, which Anthropic introduced, is open.",
    "SoftBank's purchase of ABB Robotics changes the industrial robot market.",  # the deal of 2025
])
def test_a_right_or_hosted_maker_stays_quiet(text):
    assert _attributed(text) == []


def test_another_buyer_of_abb_robotics_is_still_flagged():
    assert _attributed("Fanuc's purchase of ABB Robotics changes the industrial robot market.") == [
        ("A401", "Fanuc's purchase of ABB Robotics")]


@pytest.mark.parametrize("name, context, evidence", [
    # a year between the maker's possessive and the kind
    ("Code Llama", "Google's 2023 family of code models built on Llama 2, mentioned as the first open code model.",
     "Google's 2023 family"),
    # "released in May": a time, no platform's place
    ("SWE-1", "Coding model family that OpenAI released in May 2025, trained for software-engineering workflows.",
     "family that OpenAI released"),
])
def test_an_entity_context_naming_a_wrong_maker_is_found(name, context, evidence):
    assert _context_attributed(name, context) == [("A402", evidence)]


def test_a_platform_after_in_stays_quiet_in_an_entity_context():
    assert _context_attributed("SWE-1", "Coding model family that Microsoft released in Azure AI Foundry.") == []


def test_a_maker_spelt_two_ways_in_one_episode_is_one_side():
    # the NER pass heard "Yaskowa" (misspelling's finding); the summary's Yaskawa is the same firm
    episode = entities_episode(
        [("ner:Yaskowa", "hat I keep hearing from people on the ground. And Yaskowa has Motoman NEXT, the", "unknown"),
         ("Motoman NEXT", "Autonomous robot series with an on-board AI controller.", "product")],
        summary="**Incumbents:** Yaskawa's Motoman NEXT adds an AI controller.")
    assert [f.rule for f in audit_text(episode, select=("A403",))] == []
    other = episode.replace("Yaskawa's Motoman", "Fanuc's Motoman")
    assert [(f.rule, f.evidence) for f in audit_text(other, select=("A403",))] == [("A403", "Fanuc's Motoman NEXT")]


# --- misspelling -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, evidence, right", [
    # a final "y" heard as "ee"
    ("Maps incumbent responses; Cognigee gives NICE a conversational AI platform.", "Cognigee", "Cognigy"),
    # a voiced consonant heard unvoiced, or the other way round ("gs" for "x")
    ("Press the side button and you get Gemini, not Bigsby. That is a big change for Samsung.", "Bigsby", "Bixby"),
])
def test_a_sound_alike_in_a_new_spelling_is_found(text, evidence, right):
    assert _misspelt(text) == [(evidence, right)]


@pytest.mark.parametrize("text", [
    # a one-word name heard in two words after a capitalised word no glossary name is: another name
    "The Mosaic Agent Forge is the tool Databricks showed.",
    "Mosaic Agent Forge ships next month.",
])
def test_a_longer_name_ending_in_a_split_sound_alike_stays_quiet(text):
    assert _misspelt(text) == []


def test_a_split_sound_alike_after_its_maker_is_still_found():
    assert _misspelt("Salesforce Agent Forge is what they sell now.") == [("Agent Forge", "Agentforce")]


# --- truncation ------------------------------------------------------------------------------------

def _cut(text: str) -> list[str]:
    return [f.evidence for f in audit_text(_quotes(text), select=("T701",))]


@pytest.mark.parametrize("text", [
    # a web address's last part, written or said, is no cut word
    "Try it free for your first million queries at tessellate.io/soa",
    "Listeners get three months free at pagewell.io slash diff",
    # an indefinite pronoun is its relative clause's subject
    "A conversation is not a unit anyone budgets in",
    # an indefinite pronoun is a phrasal verb's object before its particle
    "Write down the baseline before you turn anything on",
])
def test_a_whole_ending_stays_quiet(text):
    assert _cut(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("that are going to be doing le", "le"),
    ("Our pitch is simple: you can stand up an agent in", "in"),
])
def test_a_cut_ending_is_still_found(text, evidence):
    assert _cut(text) == [evidence]


# --- duplicate and entity-noise ----------------------------------------------------------------------

def _duplicates(entities) -> list[str]:
    return [f.evidence for f in audit_text(entities_episode(entities), select=("D601",))]


def test_a_name_with_and_without_its_web_ending_is_one_entity():
    assert _duplicates([("ner:Magic", "Magic is the other one people lump in, Eric Steinberger's company, and thei", "unknown"),
                        ("Magic.dev", "Coding-model lab led by Eric Steinberger, betting on long context windows.",
                         "ai_company")]) == ["Magic"]  # (the glossary's name is kept)


def test_a_product_after_its_makers_owner_is_the_product():
    assert _duplicates([("Amazon Bedrock", "AWS's managed model and agent service.", "product"),
                        ("AWS Bedrock", "Managed service on which the team builds its agents.", "product")]) == ["AWS Bedrock"]


def test_a_model_code_is_no_word_of_an_acronym():
    assert _duplicates([("HP", "Bought most of Humane's assets, team and patents for $116 million.", "big_tech"),
                        ("Helio P35", "MediaTek's low-end chip inside the r1.", "product")]) == []


def _noise(entities) -> list[str]:
    return [f.evidence for f in audit_text(entities_episode(entities), select=("entity-noise",))]


def test_a_firms_product_named_with_generic_words_is_no_generic_term():
    assert _noise([("AI Assistant", "JetBrains' in-IDE chat and completion product, bundled with a free tier.",
                    "product")]) == []
    assert _noise([("AI Assistant", "A chat helper in the editor, bundled with a free tier.", "product")]) == ["AI Assistant"]


# --- misspelling: names written right in another form ------------------------------------------------

def test_a_persons_accented_name_and_given_name_stay_quiet():
    # the glossary's ASCII "Jarek Kutylowski" lists the accented form; a mojibake surname after the
    # given name is mojibake's, and the given name is his, no "Garak"
    episode = _quotes("DeepL CEO Jarek KutyÅ‚owski frames quality as terminology control.",
                      "Jarek Kutyłowski said the company stays in enterprise accounts.")
    assert [(f.rule, f.evidence) for f in audit_text(episode, select=("misspelling",))] == []


def test_a_name_with_its_own_languages_accents_is_no_minority_spelling():
    def episode(named: str) -> str:
        return entities_episode(
            [("Anduril", f"Defense technology company co-founded by Palmer Luckey; builds Lattice. Named after "
                         f"{named}, the sword reforged in Tolkien's legendarium.", "defense_tech"),
             ("ner:Anduril", "ns, and Anduril is the one everyone copies. Anduril sells to the Army and Anduril builds the fac",
              "unknown")],
            summary="Anduril and Anduril again: Anduril builds Lattice.")
    assert [f.evidence for f in audit_text(episode("Andúril"), select=("misspelling",))] == []
    assert [f.evidence for f in audit_text(episode("Andruil"), select=("misspelling",))] == ["Andruil"]


def test_a_names_noun_in_lowercase_plural_is_a_kind_of_thing():
    episode = summary_episode("*   **Security copilots compared:** Charlotte AI, Purple AI and Security Copilot.")
    assert [f.evidence for f in audit_text(episode, select=("misspelling",))] == []


@pytest.mark.parametrize("entities", [
    # a given name and a trade's common gerund: a firm's name, no person's
    [("ner:Amira Learning", "thropic launched Claude for Education with a learning mode. Amira Learning has been doing AI reading", "unknown")],
    # a firm's offer for a sector: no public body
    [("ner:OpenAI for Government", "ver. Anthropic shipped Claude Gov, OpenAI announced OpenAI for Government with a two hundred million d", "unknown")],
    # a named unit of a firm, capitalised mid-sentence before its kind
    [("ner:Foundation AI", "ence last year and turned it into AI Defense, and their Foundation AI team released an open-weight security mo", "unknown")],
])
def test_a_firm_or_its_unit_named_with_ordinary_words_stays_quiet(entities):
    assert _noise(entities) == []


def test_a_public_body_is_still_found():
    assert _noise([("ner:Department of Government", "ce. The Department of Government said the rules would "
                                                    "change next year and th", "unknown")]) == ["Department of Government"]
