"""Glossary names of the wider field (robotics and driving, health and biotech, finance, chips and EDA,
developer tools and clouds, enterprise and creative software, education, climate, gaming, devices):
a product tied to the wrong maker, a misspelled name and a category against the name's kind are
found; right makers, owners, short names and the ordinary words that collide with the new names
stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, quote_episode

_FAMILIES = ("attribution", "misspelling", "consistency", "grounding", "entity-noise")


def _quote(text: str) -> list[tuple[str, str, str]]:
    return [(f.family, f.rule, f.evidence) for f in audit_text(quote_episode(text)) if f.family in _FAMILIES]


def _entity(name: str, context: str, category: str) -> list[tuple[str, str, str]]:
    return [(f.family, f.rule, f.field) for f in audit_text(llm_entity_episode(name, context, category=category))
            if f.family in ("attribution", "consistency")]


# (a wrong maker, its evidence, a quiet twin with the right maker or an owner)
WRONG_MAKERS = [
    ("Figure's Optimus robot folded laundry on stage.", "Figure's Optimus",
     "Figure raised another round, and Figure 02 already works at a car plant."),
    ("Epic Systems' DAX Copilot writes the visit note.", "Epic Systems' DAX Copilot",
     "Microsoft's DAX Copilot writes the visit note inside Epic Systems' record."),
    ("JPMorgan Chase trained BloombergGPT on its own filings.", "JPMorgan Chase trained BloombergGPT",
     "Bloomberg trained BloombergGPT on decades of filings, and JPMorgan Chase built its own assistant."),
    ("Google's Khanmigo tutor is free for teachers.", "Google's Khanmigo",
     "Khan Academy's Khanmigo tutor is free for teachers."),
    ("Cadence's DSO.ai lays out the chip.", "Cadence's DSO.ai", "Synopsys' DSO.ai lays out the chip."),
    ("Intel's CoWoS packaging is sold out.", "Intel's CoWoS", "TSMC's CoWoS packaging is sold out."),
    ("Qualcomm's Neoverse cores power the servers.", "Qualcomm's Neoverse",
     "Arm's Neoverse cores power the servers."),
    ("Microsoft's AlphaMissense classifies variants.", "Microsoft's AlphaMissense",
     "Google's AlphaMissense classifies variants."),
    ("Meta's ESM3 model designed a new protein.", "Meta's ESM3", "EvolutionaryScale's ESM3 model designed a new protein."),
    ("Google's FourCastNet model predicts hurricanes.", "Google's FourCastNet",
     "Nvidia's FourCastNet model predicts hurricanes."),
    ("Google's Terraform manages the infrastructure.", "Google's Terraform",
     "IBM's Terraform manages the infrastructure."),
    ("Microsoft's Unreal Engine powers the racing game.", "Microsoft's Unreal Engine",
     "Epic Games' Unreal Engine powers the racing game."),
    ("Sony's Minecraft added a companion mode.", "Sony's Minecraft", "Microsoft's Minecraft added a companion mode."),
    ("Nintendo's PlayStation 5 sold well.", "Nintendo's PlayStation 5", "Sony's PlayStation 5 sold well."),
    ("Google's Powerwall battery backs up the house.", "Google's Powerwall", "Tesla's Powerwall battery backs up the house."),
    ("Waymo's openpilot drives on the highway.", "Waymo's openpilot", "comma.ai's openpilot drives on the highway."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    assert _quote(text) == [("attribution", "A401", evidence)]
    assert _quote(twin) == []


# (a misspelled new name, its evidence, a quiet twin spelled right or an ordinary word beside it)
MISSPELLED = [
    ("Bloomberg GPT was trained on financial text.", "Bloomberg GPT",
     "BloombergGPT was trained on financial text from the Bloomberg Terminal."),
    ("Blackrock manages trillions in assets.", "Blackrock", "BlackRock manages trillions; the black rock is basalt."),
    ("Hashicorp's tools still run most infrastructure.", "Hashicorp",
     "HashiCorp's tools still run most infrastructure; we terraform nothing by hand."),
    ("Evolutionary Scale released the ESM3 model.", "Evolutionary Scale",
     "EvolutionaryScale released the ESM3 model, an evolutionary scale nobody expected."),
    ("Playstation players can now talk to an AI.", "Playstation", "PlayStation players can now talk to an AI."),
    ("Klarnna replaced its support team with an assistant.", "Klarnna", "Klarna replaced its support team with an assistant."),
    ("The Khanmigoo tutor asks questions.", "Khanmigoo", "The Khanmigo tutor asks questions."),
    ("Duolingo and Coursrea both launched tutors.", "Coursrea", "Duolingo and Coursera both launched tutors."),
    ("Roblocks lets kids build games.", "Roblocks", "Roblox lets kids build games with building blocks."),
    ("Insilico Medecine used generative chemistry.", "Insilico Medecine", "Insilico Medicine used generative chemistry."),
]


@pytest.mark.parametrize("text,evidence,twin", MISSPELLED)
def test_a_misspelled_new_name_is_found_and_the_right_spelling_is_quiet(text, evidence, twin):
    assert [(fam, ev) for fam, _, ev in _quote(text)] == [("misspelling", evidence)]
    assert _quote(twin) == []


# Short names that are ordinary words (Figure, Agility, Nuance, Unity, Cadence, Steam...), names a
# finding would confuse with another maker's (MongoDB Atlas, ChatGPT Atlas, Unity Catalog), and
# ordinary words one slip from a new name: each sentence beside a found claim of the same name.
COLLISIONS = [
    ("Figure 3 shows the results, and the figure below splits them by site.", "Figure's Optimus walked on stage."),
    ("Agility matters for a legged robot, and Agility Robotics' Digit has it.", "Agility's Optimus walked on stage."),
    ("There is nuance in notes, and Nuance's DAX Copilot writes them for Microsoft.",
     "Nuance's Gemini writes the notes."),
    ("Unity in the team helped, and Databricks' Unity Catalog governs the tables.", "Unity's Fortnite hosted a concert."),
    ("The cadence of releases slowed, and Cadence sells design agents.", "Cadence's DSO.ai lays out the chip."),
    ("Valve's Steam sells games, and steam from the kettle fogged the window.", "Roblox's Steam sells games."),
    ("OpenAI's Atlas browser and MongoDB's Atlas both shipped updates.", "Meta's Cybercab has no steering wheel."),
    ("Robin Hood stole from the rich, and 300 hp moves the van.", "Nvidia's Loihi chip spikes."),
    ("We watched a Marvel movie, and Synopsis: the team shipped on time.", "Groq's SN40L chip serves big models."),
    ("As an investor, I had doubts; OK so the Korea market differs.", "AWS's Workers AI runs at the edge."),
]


@pytest.mark.parametrize("quiet,found", COLLISIONS)
def test_ordinary_words_and_other_makers_beside_new_names_stay_quiet(quiet, found):
    assert _quote(quiet) == []
    assert [fam for fam, _, _ in _quote(found)] == ["attribution"]


def test_an_entity_context_naming_the_wrong_maker_of_a_new_name_is_found():
    assert _entity("BloombergGPT", "A finance LLM developed by JPMorgan Chase for its desks", "product") == [
        ("attribution", "A402", "companies[0].context")]
    assert _entity("Unreal Engine", "Game engine made by Unity Technologies", "product") == [
        ("attribution", "A402", "companies[0].context")]
    assert _entity("BloombergGPT", "Bloomberg's 50-billion parameter finance model", "ai_model") == []
    assert _entity("Unreal Engine", "Epic Games' engine used for virtual production", "product") == []


def test_a_category_against_the_kind_of_a_new_name_is_found():
    assert _entity("BloombergGPT", "A 50-billion parameter finance model", "big_tech") == [
        ("consistency", "C1001", "companies[0].category")]
    assert _entity("Synopsys", "EDA company selling chip design software", "ai_model") == [
        ("consistency", "C1001", "companies[0].category")]
    assert _entity("Synopsys", "EDA company selling chip design software", "company") == []
