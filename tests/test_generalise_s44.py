"""Session 44: shapes that blind corpora found missed or wrongly flagged, each with a quiet twin.
The names and phrasings here are our own, not the corpora's."""

import json

import pytest

from tests.conftest import entities_episode, episode_text, family_hits, findings_by_item, summary_episode


# --- sponsor: an offer whose address names its sponsor makes no other name a pitch ------------------

def _news_with_offer(offer: str) -> str:
    fm = ("title: x\ncompanies:\n"
          "- name: Kestrel Owl\n  category: unknown\n  confidence: medium\n"
          "  context: s getting creative. Amazon did the campus deal with Kestrel Owl last month, forty\n"
          "  position: 26300\n"
          "quotes:\n"
          f"- text: {json.dumps(offer)}\n"
          "- text: Amazon owns a fifth, Kestrel Owl funds owns the rest, and the bonds were the biggest private deal ever\n"
          "- text: Amazon did the campus deal with Kestrel Owl last month, which keeps most of the debt off the books.\n")
    return episode_text(fm)


def test_an_offer_naming_its_sponsor_by_address_makes_no_news_name_a_pitch():
    hits = family_hits(_news_with_offer("Go to pebbleknit.com/ledger for free shipping and easy returns"), "sponsor")
    assert hits == {("P801", "quotes[0].text")}


def test_an_offer_naming_nothing_still_makes_a_pitched_name_the_sponsor():
    # (the twin: no address, and the name is pitched to the listener twice)
    fm = ("title: x\ncompanies:\n"
          "- name: Tidewell\n  category: unknown\n  confidence: medium\n"
          "  context: break. Tidewell gives your team one inbox for every customer message, and\n"
          "  position: 9000\n"
          "quotes:\n"
          "- text: Use code HARBOR at checkout for three months free\n"
          "- text: Tidewell gives your team one inbox for every customer message\n"
          "- text: Tidewell sends your customers an answer in seconds\n")
    hits = family_hits(episode_text(fm), "sponsor")
    assert {("P801", "quotes[1].text"), ("P801", "quotes[2].text")} <= hits


# --- sponsor: ad copy of a listed sponsor with no marker --------------------------------------------

@pytest.mark.parametrize("text", [
    # a claim of what it does, then the listener's gain in the same sentence
    "Notion organises ninety percent of the planning for a launch, and it gets you to a finished brief "
    "in days instead of weeks.",
    # the listener's gain after ", and"
    "Hiring across borders is the hard part of scaling, and Deel gets you a compliant contract in any country.",
    # what it is, then what it does for the listener
    "Retool is the internal tool builder that connects to every database your company already runs.",
])
def test_ad_copy_of_a_listed_sponsor_is_flagged(text):
    assert findings_by_item([text], "sponsor")


@pytest.mark.parametrize("text", [
    "Notion raised money at a lower valuation, and it gets talked about less than it did.",
    "Deel gets sued in a lot of countries, which is the cost of that model.",
    "Retool is the company that hired my co-founder after the acquisition.",
])
def test_talk_about_a_listed_sponsor_is_not_ad_copy(text):
    assert not findings_by_item([text], "sponsor")


@pytest.mark.parametrize("text, flagged", [
    ("Post your job for free at linkedin.com/ledger", True),
    ("So post your first role free at hirewell dot com.", True),
    ("We post a job for free on our own site every week.", False),
    ("And you can post your job for free on the forum's hiring thread, which is how we found her.", False),
])
def test_a_job_board_offer_is_an_ad_marker(text, flagged):
    assert bool(findings_by_item([text], "sponsor")) is flagged


# --- attribution: appositions -----------------------------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    # a model called by its part in a network
    ("They fine-tuned DINOv2, Google's self-supervised vision backbone, on slides.", True),
    ("They fine-tuned DINOv2, Meta's self-supervised vision backbone, on slides.", False),
    # a unit called by what it sells, or a group of people
    ("Zoox, Tesla's purpose-built robotaxi, opened in Las Vegas.", True),
    ("Zoox, Amazon's purpose-built robotaxi, opened in Las Vegas.", False),
    ("Waymo, Uber's robotaxi partner in Austin, added cars.", False),
    ("Google DeepMind, Apple's AI group, published the paper.", True),
    ("Google DeepMind, Google's AI group, published the paper.", False),
])
def test_apposition_makers(text, flagged):
    hits = family_hits(summary_episode(text), "attribution")
    assert bool(hits) is flagged, hits


# --- sponsor: a listed sponsor known from ad copy alone ---------------------------------------------

def _copy_episode(quotes, llm_name: str, llm_context: str) -> str:
    fm = ("title: x\ncompanies:\n"
          f"- name: {llm_name}\n  category: ai_application\n  confidence: high\n"
          f"  context: {json.dumps(llm_context)}\n  source: llm_enhanced\n"
          "quotes:\n" + "".join(f"- text: {json.dumps(q)}\n" for q in quotes))
    return episode_text(fm)


def test_the_sponsor_of_ad_copy_is_the_ads_entity_and_its_testimonial_is_ad_copy():
    text = _copy_episode(
        ["Retool is the internal tool builder that connects to every database your company already runs",
         "I was a skeptic at first, and then our ops team started using Retool's agents, and the thing that "
         "sold me is it already knew our schema.",
         "The margins on inference are what the whole market is watching this quarter."],
        "Retool", "Low-code platform for internal tools used by thousands of companies.")
    hits = family_hits(text, "sponsor")
    assert hits == {("P801", "quotes[0].text"), ("P801", "quotes[1].text"), ("P802", "companies[0].name")}


def test_a_listed_name_in_news_without_ad_copy_is_no_sponsor():
    text = _copy_episode(
        ["Retool raised again this spring, and the round was smaller than the last one.",
         "The margins on inference are what the whole market is watching this quarter."],
        "Retool", "Low-code platform for internal tools used by thousands of companies.")
    assert not family_hits(text, "sponsor")


@pytest.mark.parametrize("text, flagged", [
    # the show's own account moved to a listed sponsor
    ("I switched the show's payroll over to Gusto two years ago and honestly never thought about it again", True),
    ("I switched my old laptop to Linux two years ago and never looked back", False),
    # a recommendation naming what it covers
    ("you should be using Rippling for payroll, devices, benefits, the lot.", True),
    ("you should use Rippling if you like their pricing, I think.", False),
    # the product of a listed sponsor, what it earns, no fees
    ("Wealthfront's cash account earns a solid rate with no account fees, and you can move money in a tap.", True),
    ("Wealthfront's founders argue that robo-advisers still have a distribution problem.", False),
])
def test_ad_copy_shapes_of_a_listed_sponsor(text, flagged):
    assert bool(findings_by_item([text], "sponsor")) is flagged


# --- truncation: a text that starts on a suffix, a summary whose last paragraph breaks off ----------

@pytest.mark.parametrize("text, flagged", [
    ("ing the whole data team was the part nobody planned for", True),
    ("ment of the model took another two quarters, which surprised everyone", True),
    ("ed up being the best quarter the company ever had", True),
    ("er, I think the window is open again", False),  # a filler
    ("less is more, and the small model proved it", False),  # a word
])
def test_a_quote_that_starts_on_a_suffix_is_cut(text, flagged):
    hits = findings_by_item([text], "truncation")
    assert bool(hits) is flagged, hits


@pytest.mark.parametrize("last, flagged", [
    ("Founders, platform engineers and anyone deciding whether the new chips will arrive before", True),
    ("Founders, platform engineers and anyone deciding whether the new chips will arrive in time", True),
    ("Founders, platform engineers and anyone deciding whether the new chips will arrive in time.", False),
    ("- founders and platform engineers deciding whether to wait for the new chips", False),  # a list item
    ("Founders and engineers", False),  # a short line
])
def test_a_summary_whose_last_paragraph_breaks_off_is_cut(last, flagged):
    summary = f"The hosts walk through the quarter.\n### Target Audience\n{last}"
    hits = family_hits(summary_episode(summary), "truncation")
    assert bool(hits) is flagged, hits


# --- entity-noise: the first word of a body's name "X Administration of Y" --------------------------

@pytest.mark.parametrize("name, context, flagged", [
    ("Cyberspace", "rules took effect in August. The Cyberspace Administration of China is the lead regulator, w", True),
    ("Zhejiang", "a team from the Zhejiang Institute of Technology, and they published", True),
    ("Cyberspace", "rules took effect in August. The Cyberspace regulator of China is the lead one, w", False),
    ("Halvard", "a team from Halvard, the startup of the year, and they published", False),
])
def test_the_first_word_of_a_bodys_name_is_cut(name, context, flagged):
    hits = family_hits(entities_episode([("ner:" + name, context, "unknown")]), "entity-noise")
    assert (("F502", "companies[0].name") in hits) is flagged, hits


# --- mojibake: UTF-8 read as the DOS code page 850 --------------------------------------------------

@pytest.mark.parametrize("text, flagged", [
    ("It was unrealisticÔÇöan idea nobody had tested.", True),
    ("NvidiaÔÇÖs quarter was the story.", True),
    ("São Paulo, Ñandú and Ôrebro are fine.", False),
    ("Ação e reação são iguais.", False),
])
def test_utf8_read_as_code_page_850(text, flagged):
    assert bool(findings_by_item([text], "mojibake")) is flagged


# --- entity-noise: a country's adjective glued to a name; generic terms of finance and of AI --------

@pytest.mark.parametrize("name, context, rule", [
    ("Chinese DeepSeek", "cheap models from Chinese DeepSeek are now the default in", "F501"),
    ("French Mistral", "and French Mistral shipped a model that", "F501"),
    ("Remaining Performance Obligations", "the backlog, Remaining Performance Obligations, jumped to", "F504"),
    ("Gen AI", "everyone wants a Gen AI strategy now and", "F504"),
])
def test_adjective_glued_names_and_generic_terms_are_noise(name, context, rule):
    hits = family_hits(entities_episode([("ner:" + name, context, "unknown")]), "entity-noise")
    assert (rule, "companies[0].name") in hits, hits


@pytest.mark.parametrize("name, context", [
    ("Saudi Aramco", "and Saudi Aramco signed the offtake deal with"),
    ("Korean Air", "flights with Korean Air on the new route"),
])
def test_a_firm_named_with_a_country_adjective_is_no_noise(name, context):
    assert not family_hits(entities_episode([("ner:" + name, context, "unknown")]), "entity-noise")


# --- truncation: an idiom's preposition stranded by a relative clause without "that" ---------------

@pytest.mark.parametrize("text, flagged", [
    ("Opt-in is basically the model the new guidance left room for", False),
    ("It is the data the platform team took care of", False),
    ("We finally made room for", True),
    ("the new rules left room for", True),
])
def test_an_idioms_preposition_in_a_contact_relative(text, flagged):
    assert bool(findings_by_item([text], "truncation")) is flagged


# --- attribution: a model's files from a maker, a relative clause of owning, a question answered ----

@pytest.mark.parametrize("text, flagged", [
    ("The new Llama 4 weights from Google were released.", True),
    ("The Llama 4 weights from Meta were released.", False),
    ("The Llama 4 weights from Hugging Face were downloaded.", False),  # a host
    ("We use Perplexity, which Microsoft owns.", True),
    ("Claude, which Amazon owns a stake in, is good.", False),
    ("Grok 4? That's the Anthropic model, right?", True),
    ("Grok 4? That's the xAI model, right?", False),
])
def test_more_maker_shapes(text, flagged):
    hits = findings_by_item([text], "attribution")
    assert bool(hits) is flagged, hits


# --- grounding: a name of generic words only is the term, found in lowercase ------------------------

@pytest.mark.parametrize("name, flagged", [
    ("Foundation Models", False),  # "foundation models" in the summary: the term
    ("Runway", True),  # "the runway for startups": the word, not the firm
])
def test_a_generic_term_is_grounded_by_its_lowercase_words(name, flagged):
    text = entities_episode([(name, "Discussed by the hosts.", "ai_research")],
                            summary="Investors price foundation models as a category now. The runway for startups is short.")
    assert (("G901", "companies[0].name") in family_hits(text, "grounding")) is flagged


@pytest.mark.parametrize("name, flagged", [
    ("Irish Data Protection Commission", False),  # its country's adjective added to a name in the texts
    ("Leading the Future super PAC", False),  # the kind of venture added
    ("Leading the Future Foundation", True),  # another body
    ("Irish Data Safety Board", True),
])
def test_a_name_with_a_country_adjective_or_venture_kind_added_is_grounded(name, flagged):
    text = entities_episode([(name, "Mentioned by the hosts.", "governance_entity")],
                            summary="The Data Protection Commission fined them. Leading the Future, the super PAC, spent money.")
    assert (("G901", "companies[0].name") in family_hits(text, "grounding")) is flagged


# --- entity-noise / sponsor: the small print of a financial offer names a firm ----------------------

def test_a_firm_in_an_offers_small_print_is_no_activity_but_the_ads():
    context = "tch on transfers. Brokerage services offered by Steady Investing, member FINRA and SIPC. Terms apply. Right. O"
    text = entities_episode([("ner:Steady Investing", context, "unknown")])
    assert not family_hits(text, "entity-noise")
    assert ("P802", "companies[0].name") in family_hits(text, "sponsor")


def test_an_activity_without_small_print_is_still_a_generic_term():
    text = entities_episode([("ner:Vibe Coding", "everyone is into Vibe Coding now and", "unknown")])
    assert ("F504", "companies[0].name") in family_hits(text, "entity-noise")
