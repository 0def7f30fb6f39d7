"""Session 43: shapes that blind corpora found missed or wrongly flagged, each with a quiet twin.
The names and phrasings here are our own, not the corpora's."""

import json

import pytest

from tests.conftest import audit_text, entities_episode, episode_text, family_hits


# --- duplicate: the same entity under a second name ------------------------------------------------

@pytest.mark.parametrize("first, second", [
    # an acronym after a word both names share
    (("ner:Danish FSA", "fine that the Danish FSA handed the bank in", "unknown"),
     ("Danish Financial Supervisory Authority", "Denmark's financial regulator.", "governance_entity")),
    # a glossary variant whose letter abbreviates the maker's name
    (("ner:Microsoft 365 Copilot", "we gave Microsoft 365 Copilot to every analyst and", "tech"),
     ("M365 Copilot", "Microsoft's assistant inside the Office apps.", "ai_application")),
    # a firm's trade word, a venture's "Project", a committee's "super PAC"
    (("ner:Corbis Images", "licensed from Corbis Images for the training run", "unknown"),
     ("Corbis", "Photo archive that licenses images.", "unknown")),
    (("ner:Stargate", "the Stargate campus in Abilene is", "unknown"),
     ("Stargate Project", "The data-centre joint venture.", "unknown")),
    (("ner:Build American AI", "groups like Build American AI are spending", "unknown"),
     ("Build American AI super PAC", "A political committee funded by investors.", "governance_entity")),
    # a hedge whose alternative is the longer name of its last word
    (("ner:Kunlun P800", "the Kunlun P800 cards are in", "unknown"),
     ("Baidu Kunlun (or Kunlun P800)", "Baidu's AI accelerator.", "ai_infrastructure")),
])
def test_one_entity_under_two_names_is_a_duplicate(first, second):
    assert ("D601", "companies[1].name") in family_hits(entities_episode([first, second]), "duplicate")


@pytest.mark.parametrize("first, second", [
    (("ner:Claude Sonnet", "we route easy tickets to Claude Sonnet and", "unknown"),
     ("Claude Opus (or Claude Haiku)", "Anthropic's model.", "ai_model")),
    (("ner:Danish FSA", "fine that the Danish FSA handed the bank in", "unknown"),
     ("Danish Film Institute", "Funds Danish films.", "unknown")),
    (("ner:Meta", "and Meta is the other one", "big_tech"), ("Meta AI", "Meta's assistant.", "ai_application")),
])
def test_two_entities_that_share_words_stay_apart(first, second):
    assert family_hits(entities_episode([first, second]), "duplicate") == set()


# --- entity-noise: laws, a cut first word, a person described by a job ------------------------------

@pytest.mark.parametrize("name, context", [
    ("Foreign Direct Product Rule", "under the Foreign Direct Product Rule the chips count as"),
    ("Provisional Measures", "and the Provisional Measures for Deep Synthesis took effect"),
    ("Data Union Omnibus", "the Data Union Omnibus is going to push things"),
    ("Annex IV", "the documentation in Annex IV is what auditors ask for"),
    ("Frontier Code of Practice", "signed the Frontier Code of Practice last summer"),
])
def test_rules_measures_and_annexes_are_no_companies(name, context):
    assert ("F504", "companies[0].name") in family_hits(entities_episode([("ner:" + name, context, "unknown")]),
                                                        "entity-noise")


@pytest.mark.parametrize("context", [
    "Leads model risk at a Nordic insurer; the guest of the episode.",
    "Former securities lawyer, the guest of the episode.",
    "Heads trust and safety at a payments company.",
])
def test_a_person_described_by_a_job_or_as_the_guest_is_no_company(context):
    text = entities_episode([("Ingrid Solberg-Amaral", context, "ai_company")])
    assert ("F504", "companies[0].name") in family_hits(text, "entity-noise")


@pytest.mark.parametrize("name, context", [
    ("Simon Data", "Runs marketing data pipelines at scale for retailers."),
    ("Harbor Freight", "Tool retailer; the guest's former employer."),
])
def test_a_firm_named_like_a_person_stays(name, context):
    assert family_hits(entities_episode([(name, context, "company")]), "entity-noise") == set()


# --- consistency: names the summary gives a kind of firm --------------------------------------------

def test_firms_named_after_their_kind_in_a_summary_item_must_be_listed():
    summary = ("### Suppliers\n*   Fabs depend on lithography toolmakers Orbion, Cadmus Tools and KLA.\n"
               "*   Claims adjusters worry about insurers such as Holtwell.\n"
               "*   The round drew investors Marcus Whitfield and Halvorsen Capital.")
    text = entities_episode([("ner:Orbion", "then Orbion shipped the first", "tech")], summary=summary)
    names = {f.evidence for f in audit_text(text) if f.rule == "C1008"}
    assert names == {"Cadmus Tools", "KLA", "Holtwell", "Halvorsen Capital"}


# --- sponsor: a shout-out for supporting the show; an offer made to the listeners ------------------

@pytest.mark.parametrize("quote, ad", [
    ("Shout-out to Brindlepath for supporting the show: trail maps that work offline.", True),
    ("If payroll eats your Fridays, Tallyhand runs it in ten minutes, and listeners get 20% off the first year.",
     True),
    ("Listeners of the show save two months on the annual plan.", True),
    ("A big shout-out to Maria for supporting the show on Patreon.", False),
    ("Our listeners get really angry when we skip the news.", False),
    ("Listeners get a lot out of the long interviews, I think.", False),
])
def test_a_shout_out_for_support_or_a_listeners_offer_is_ad_copy(quote, ad):
    found = family_hits(episode_text(f"title: x\nquotes:\n- text: {json.dumps(quote)}\n"), "sponsor")
    assert (("P801", "quotes[0].text") in found) is ad
