"""Generalisation of the extended families (entity-noise, duplicate, truncation, sponsor,
grounding, consistency) beyond the seed: cases written apart from the seed and the earlier
probes, both ways (what must be found, and the look-alikes that must stay quiet)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _ner(name, context, position, category="unknown"):
    return (f"- name: {json.dumps(name)}\n  category: {category}\n  confidence: medium\n"
            f"  context: {json.dumps(context)}\n  position: {position}\n")


def _llm(name, context, category="ai_company"):
    return (f"- name: {json.dumps(name)}\n  category: {category}\n  confidence: high\n"
            f"  context: {json.dumps(context)}\n  source: llm_enhanced\n")


def _findings(front_matter, family):
    return [f for f in audit_text(episode_text(front_matter)) if f.family == family]


def _by_field(findings):
    return {f.field: f for f in findings}


# --- entity-noise -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, context", [
    ("Whether Amazon", "ly. Whether Amazon can build its own models is still an open question for th"),
    ("How Nvidia", "at? How Nvidia keeps its margins that high is the thing everyone asks about"),
    ("However Google", "ne. However Google still has the best distribution of anyone in the market"),
    ("Apparently Anthropic", "ah. Apparently Anthropic had the computer use demo ready for months before"),
])
def test_clause_and_adverb_starts_glued_to_a_name_are_fragments(name, context):
    fm = "title: x\ncompanies:\n" + _ner(name, context, 4000)
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F501"
    assert got["companies[0].name"].evidence == name


@pytest.mark.parametrize("name", ["Gemini / Gemma", "Claude / Claude Code", "Anthropic / Amazon"])
def test_a_slash_between_two_names_is_a_hedge(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "Model maker discussed in the episode.")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F503"


@pytest.mark.parametrize("name", ["AC/DC", "TCP/IP", "Weights & Biases", "Hewlett Packard Enterprise"])
def test_names_with_a_slash_or_ampersand_inside_stay_quiet(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A company discussed in the episode.")
    assert not _findings(fm, "entity-noise")


@pytest.mark.parametrize("name", ["Tel Aviv", "Zurich", "Palo Alto", "Redmond", "Bengaluru"])
def test_cities_of_the_industry_are_places_not_companies(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "Where the startup is based.", "tech")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"
    assert "place" in got["companies[0].name"].message


@pytest.mark.parametrize("name", ["Vector Databases", "Supervised Fine-Tuning", "Retrieval Pipeline",
                                  "AI Safety", "Prompt Engineering Workflows"])
def test_generic_terms_of_the_field_are_not_companies(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A technique discussed in the episode.", "tech")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"


@pytest.mark.parametrize("name", ["Safe Superintelligence", "Vector Institute", "Pinecone", "Alignment Research Center",
                                  "Scale AI", "Physical Intelligence", "General Motors", "Thinking Machines Lab",
                                  "World Labs", "Black Forest Labs", "The Browser Company", "Reality Labs",
                                  "Codec Avatars", "Meta Mate", "Google DeepMind", "Meta AI"])
def test_genuine_names_made_of_field_words_stay_quiet(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "A company discussed in the episode.")
    assert not _findings(fm, "entity-noise")


# --- duplicate ----------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Cisco", "Cisco Systems"), ("Palantir", "Palantir Technologies, Inc."), ("Anthropic", "Anthropic PBC"),
    ("Meta", "Meta Platforms"), ("Anduril", "Anduril Industries"), ("SAP", "SAP AG"), ("Rivian", "Rivian Holdings"),
])
def test_legal_names_duplicate_the_short_name(first, second):
    fm = "title: x\ncompanies:\n" + _llm(first, "A company.") + _llm(second, "The same company.")
    got = _by_field(_findings(fm, "duplicate"))
    assert got["companies[1].name"].rule == "D601"
    assert got["companies[1].name"].evidence == second


@pytest.mark.parametrize("first, second", [
    ("Google", "Google Labs"), ("Microsoft", "Microsoft Research"), ("Lambda", "Lambda Labs AI Cloud"),
    ("Groq", "Grok"), ("Cohere", "Coherent"), ("Inflection AI", "Reflection AI"), ("Cerebras", "Cerebrium"),
    ("Figure", "Figma"), ("Claude", "Claude Code"), ("Meta", "Meta AI"), ("Amazon", "Amazon Bedrock"),
])
def test_distinct_entities_that_look_alike_are_no_duplicates(first, second):
    fm = "title: x\ncompanies:\n" + _llm(first, "A company.") + _llm(second, "Another one.")
    assert not _findings(fm, "duplicate")


def _scored_quotes(texts):
    return "title: x\nquotes:\n" + "".join(f"- relevance_score: 7\n  text: {json.dumps(t)}\n" for t in texts)


@pytest.mark.parametrize("first, second", [
    ("The limiting factor for robots is not the hardware anymore, it's the data we can collect.",
     "The limiting factor for robots isn't the hardware anymore; it's the data we can collect."),
    ("Our agents are not replacing engineers, they are taking the tickets nobody wants to do.",
     "Our agents aren't replacing engineers, they're taking the tickets nobody wants to do."),
    ("Compute is the currency of this decade, and the labs that have it set the pace.",
     "Compute is the currency of this decade and the labs which have it set the pace."),
    ("Most startups will not die from competition, they will die from running out of runway.",
     "Most startups won't die from competition; they'll die from running out of runway."),
])
def test_a_quote_repeated_with_a_contraction_changed_is_a_near_duplicate(first, second):
    got = _by_field(_findings(_scored_quotes([first, second]), "duplicate"))
    assert got["quotes[1].text"].rule == "D602"


@pytest.mark.parametrize("first, second", [
    ("Inference prices fell tenfold last year, and I expect the same again this year.",
     "Training budgets rose tenfold last year, and I expect the same again next year."),
    ("The models are getting better at code faster than anyone predicted.",
     "The models are getting better at poetry slower than anyone predicted."),
    ("Every bank will run an agent for compliance within two years.",
     "Every insurer will run an agent for claims within five years."),
])
def test_different_quotes_on_the_same_pattern_are_no_duplicates(first, second):
    assert not _findings(_scored_quotes([first, second]), "duplicate")


# --- truncation ---------------------------------------------------------------------------------

def _plain_quotes(texts):
    return "title: x\nquotes:\n" + "".join(f"- length: {len(t)}\n  text: {json.dumps(t)}\n  topics: [ai]\n" for t in texts)


@pytest.mark.parametrize("text", ["We benchmarked it against Claude 3.5 and GPT-4o",
                                  "The new cluster has about 200,000 H100s",
                                  "Inference got roughly 10x cheaper",
                                  "They finished 3rd"])
def test_letters_after_a_digit_end_a_token_not_a_cut_word(text):
    assert not _findings(_plain_quotes([text]), "truncation")


@pytest.mark.parametrize("text, last", [
    ("The whole industry is slowly moving toward", "toward"),
    ("Open models are now better than", "than"),
    ("We route the hard questions via", "via"),
    ("There is a real tension between", "between"),
])
def test_a_quote_ending_on_a_preposition_that_needs_an_object_is_cut(text, last):
    got = _by_field(_findings(_plain_quotes([text]), "truncation"))
    assert got["quotes[0].text"].rule == "T701"
    assert got["quotes[0].text"].evidence == last


@pytest.mark.parametrize("text", ["That is the part we keep coming back to",
                                  "It is the one thing we agree on",
                                  "Nobody knows where this is going"])
def test_a_quote_ending_on_a_preposition_that_ends_a_clause_stays_quiet(text):
    assert not _findings(_plain_quotes([text]), "truncation")


# --- sponsor ------------------------------------------------------------------------------------

def _sponsor_episode(window, quote, name):
    """An NER entry in an ad read by a sponsor of no list, a guest's entry elsewhere, and a quote."""
    return ("title: x\ncompanies:\n" + _ner(name, window, 52000, "tech")
            + _ner("Anthropic", "I think we moved the agents to Anthropic's models because the tool use got be", 20000, "tech")
            + f"quotes:\n- text: {json.dumps(quote)}\n")


def test_a_sponsor_named_before_a_full_stop_is_the_whole_sponsor():
    # "Support for the show comes from Tidewater Bank. Their ..." names 'Tidewater Bank', not
    # 'Tidewater Bank. Their ...': its quote of ad copy and its entity are the sponsor's
    fm = _sponsor_episode("ing. Support for the show comes from Tidewater Bank. Their business accounts pay four per",
                          "Tidewater Bank's business accounts pay four percent on idle cash, with no monthly fees.",
                          "Tidewater Bank")
    got = _by_field(_findings(fm, "sponsor"))
    assert got["companies[0].name"].rule == "P802"
    assert got["quotes[0].text"].rule == "P801"
    assert "companies[1].name" not in got


@pytest.mark.parametrize("text", ["Restrictions apply; see site for details.",
                                  "Cancel anytime. Terms and conditions apply.",
                                  "New customers only, terms may apply."])
def test_the_small_print_of_an_offer_is_ad_copy(text):
    fm = "title: x\nquotes:\n" + f"- text: {json.dumps(text)}\n"
    got = _by_field(_findings(fm, "sponsor"))
    assert got["quotes[0].text"].rule == "P801"


@pytest.mark.parametrize("text", ["The same rules apply to open models, honestly.",
                                  "We apply the patch and rerun the evals every night.",
                                  "The details of the deal were never disclosed."])
def test_apply_and_details_in_conversation_stay_quiet(text):
    fm = "title: x\nquotes:\n" + f"- text: {json.dumps(text)}\n"
    assert not _findings(fm, "sponsor")


@pytest.mark.parametrize("text, host", [
    ("The code is all public, it's at github.com/acme-labs/agent-kit if you want to read it.", "GitHub"),
    ("The paper is on arxiv.org/abs/2501.12948, and it's worth reading the appendix.", "arXiv"),
    ("I posted the charts at x.com/some_researcher last night, people went crazy.", "X"),
    ("We put the weights up at huggingface.co/acme/tiny-model for anyone to try.", "Hugging Face"),
])
def test_links_to_code_papers_and_posts_are_no_ad_reads(text, host):
    window = text[:95]
    fm = ("title: x\ncompanies:\n" + _ner(host, window, 30000, "tech")
          + f"quotes:\n- text: {json.dumps(text)}\n")
    assert not _findings(fm, "sponsor")


def test_a_sponsor_link_is_still_an_ad_read():
    fm = "title: x\nquotes:\n- text: \"Head over to tidewaterbank.com/podcast and open an account in minutes.\"\n"
    got = _by_field(_findings(fm, "sponsor"))
    assert got["quotes[0].text"].rule == "P801"
    assert "tidewaterbank.com/podcast" in got["quotes[0].text"].evidence


# --- consistency --------------------------------------------------------------------------------

_SUMMARY = "summary: |\n  ## Summary\n  A talk about chips.\n  ### Notable Companies\n  - **{org}**: {what}\n"


@pytest.mark.parametrize("org, what, listed", [("AMD", "MI300 accelerators", "Lisa Su"),
                                               ("OpenAI", "reasoning models", "Sam Altman"),
                                               ("Anthropic", "coding agents", "Claude")])
def test_a_person_or_model_listed_does_not_list_its_company(org, what, listed):
    fm = ("title: x\n" + _SUMMARY.format(org=org, what=what) + "companies:\n"
          + _llm(listed, "Discussed in the episode.", "person" if " " in listed else "ai_model"))
    got = [f for f in _findings(fm, "consistency") if f.rule == "C1008"]
    assert [(f.field, f.evidence) for f in got] == [("summary", org)]


@pytest.mark.parametrize("org, listed", [("Google", "Google DeepMind"), ("Meta", "Meta AI"), ("Scale AI", "Scale")])
def test_a_company_listed_in_a_longer_or_shorter_name_covers_the_summary(org, listed):
    fm = "title: x\n" + _SUMMARY.format(org=org, what="models") + "companies:\n" + _llm(listed, "A lab.")
    assert not [f for f in _findings(fm, "consistency") if f.rule == "C1008"]


@pytest.mark.parametrize("name, context", [
    ("Gina Raimondo", "Gina Raimondo, the former Commerce Secretary, who set the chip export rules."),
    ("Teresa Ribera", "Teresa Ribera, the EU competition commissioner, on the AI Act."),
    ("Percy Liang", "Percy Liang, a Stanford professor, who leads the HELM benchmark."),
    ("Rodney Brooks", "Rodney Brooks, director of the MIT lab for years, quoted on robot hype."),
])
def test_llm_entries_described_by_an_office_are_people(name, context):
    fm = "title: x\ncompanies:\n" + _llm(name, context, "tech")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"
    assert "person" in got["companies[0].name"].message


@pytest.mark.parametrize("name, context", [
    ("Jane Street", "Trading firm that uses machine learning for market making."),
    ("Moody's", "Moody's, the rating agency, which rates AI infrastructure debt."),
    ("Lux Capital", "Lux Capital, the venture firm that backed Hugging Face early."),
    ("Khosla Ventures", "Khosla Ventures, the early OpenAI backer."),
])
def test_firms_named_like_people_or_described_by_their_role_stay_quiet(name, context):
    fm = "title: x\ncompanies:\n" + _llm(name, context, "tech")
    assert not _findings(fm, "entity-noise")


def _insight(text, extracted):
    return ("title: x\ninsights:\n- actionable: false\n  confidence: medium\n"
            f"  extracted: {json.dumps(extracted)}\n  text: {json.dumps(text)}\n  type: observation\n")


@pytest.mark.parametrize("text, extracted", [
    ("the teams that win will be the ones that own their evaluation data.", "ones that own their evaluation data"),
    ("we think an agent that books travel is the first killer app.", "agent that books travel is the first killer app"),
    ("most of their customers never touch the raw model at all.", "customers never touch the raw model at all"),
])
def test_an_extraction_that_lost_its_article_is_a_fragment(text, extracted):
    got = _by_field(_findings(_insight(text, extracted), "truncation"))
    assert got["insights[0].extracted"].rule == "T702"


@pytest.mark.parametrize("text, extracted", [
    ("we believe that open models will win the enterprise.", "open models will win the enterprise"),
    ("honestly, small teams can now ship what used to take a hundred engineers.",
     "small teams can now ship what used to take a hundred engineers"),
    ("in the end, the best product wins over the best model.", "the best product wins over the best model"),
    ("the data says agents save about two hours a week.", "agents save about two hours a week"),
])
def test_an_extraction_of_a_whole_clause_stays_quiet(text, extracted):
    assert not _findings(_insight(text, extracted), "truncation")


@pytest.mark.parametrize("text, last", [("The first demo went badly, and after that they", "they"),
                                        ("Nobody believed the numbers until we", "we")])
def test_a_quote_ending_on_a_subject_pronoun_is_cut(text, last):
    got = _by_field(_findings(_plain_quotes([text]), "truncation"))
    assert got["quotes[0].text"].evidence == last


@pytest.mark.parametrize("text", ["That is the problem everyone keeps talking about",
                                  "It's the one metric we pay attention to",
                                  "Those are the customers we sell to"])
def test_speech_may_strand_a_preposition(text):
    assert not _findings(_plain_quotes([text]), "truncation")


def test_written_prose_ending_on_a_preposition_is_cut():
    fm = ("title: x\nquotes:\n- impact_reason: Explains why evaluation spend is shifting from benchmarks to\n"
          "  relevance_score: 8\n  source: llm_enhanced\n  text: We spend more on evals now.\n  topic: AI\n"
          "companies:\n" + _llm("Harvey", "Legal AI startup the guest describes as the leader for"))
    got = _by_field(_findings(fm, "truncation"))
    assert got["quotes[0].impact_reason"].evidence == "to"
    assert got["companies[0].context"].evidence == "for"


@pytest.mark.parametrize("text, extracted", [
    ("agencies will move from billing by the hour to pricing by outcome.", "agencies will move from billing by the hour to"),
    ("the main reason is that buyers care about speed more than price.", "the main reason is that buyers care about"),
    ("the biggest bottleneck in robotics is still data, not hardware.", "bottleneck in robotics is still data, not hardware"),
])
def test_an_extraction_cut_inside_its_text_is_a_fragment(text, extracted):
    got = _by_field(_findings(_insight(text, extracted), "truncation"))
    assert got["insights[0].extracted"].rule == "T702"


@pytest.mark.parametrize("text, extracted", [
    ("the data says agents save about two hours a week.", "agents save about two hours a week"),
    ("this is what founders should care about", "what founders should care about"),
    ("in short, the best teams ship small things often.", "the best teams ship small things often"),
])
def test_an_extraction_ending_where_its_text_ends_or_on_a_whole_clause_stays_quiet(text, extracted):
    assert not _findings(_insight(text, extracted), "truncation")


@pytest.mark.parametrize("first, second", [
    ("Every single customer we talked to wanted the agent to live inside Slack.",
     "Every single customer we talked to wanted the agent to live inside email."),
    ("In five years every bank will have a model inside it.", "In five years every home will have a model inside it."),
    ("We doubled the cluster and the loss kept falling.", "We halved the cluster and the loss kept falling."),
])
def test_a_content_word_swapped_makes_another_statement(first, second):
    assert not _findings(_scored_quotes([first, second]), "duplicate")


@pytest.mark.parametrize("first, second", [
    ("We will not ship a model we can't evaluate ourselves.", "We won't ship a model we can't evaluate ourselves."),
    ("It took us ten months to get the first customer live.", "It took us 10 months to get the first customer live."),
    ("The Lama models are what most startups fine-tune first.", "The Llama models are what most startups fine-tune first."),
])
def test_function_words_numbers_and_spellings_swapped_keep_a_repeat(first, second):
    got = _by_field(_findings(_scored_quotes([first, second]), "duplicate"))
    assert got["quotes[1].text"].rule == "D602"


@pytest.mark.parametrize("first, second", [("Cognition AI", "Cognition"), ("Reka", "Reka AI"), ("Scale", "Scale AI")])
def test_a_name_and_the_name_with_ai_are_one_firm(first, second):
    fm = "title: x\ncompanies:\n" + _llm(first, "A company.") + _llm(second, "The same company.")
    got = _findings(fm, "duplicate")
    assert [f.rule for f in got] == ["D601"]


@pytest.mark.parametrize("first, second", [("Google", "Google AI"), ("Meta", "Meta AI"), ("Microsoft", "Microsoft AI")])
def test_a_known_company_and_its_ai_unit_stay_apart(first, second):
    fm = "title: x\ncompanies:\n" + _llm(first, "A company.") + _llm(second, "Its AI unit.")
    assert not _findings(fm, "duplicate")


# --- grounding ----------------------------------------------------------------------------------

@pytest.mark.parametrize("person, said", [("Demis Hassabis", "Demis"), ("Dario Amodei", "Dario"), ("Sundar Pichai", "Sundar")])
def test_an_uncommon_first_name_grounds_a_person_of_the_glossary(person, said):
    fm = (f"title: x\nquotes:\n- text: \"{said} told us the next model would reason for hours.\"\n"
          "companies:\n" + _llm(person, "Tech executive.", "person"))
    assert not [f for f in _findings(fm, "grounding") if f.field == "companies[0].name"]


@pytest.mark.parametrize("person, said", [("Sam Altman", "Sam"), ("Mark Zuckerberg", "Mark")])
def test_a_common_first_name_grounds_no_one(person, said):
    fm = (f"title: x\nquotes:\n- text: \"{said} told us the next model would reason for hours.\"\n"
          "companies:\n" + _llm(person, "Tech executive.", "person"))
    # (grounding alone: with entity-noise on, its finding of a person listed as a company covers this one)
    got = _by_field(f for f in audit_text(episode_text(fm), select=("G9",)) if f.family == "grounding")
    assert got["companies[0].name"].rule == "G901"
    assert [f.rule for f in audit_text(episode_text(fm)) if f.field == "companies[0].name"] == ["F504"]


# --- entity-noise: public bodies ----------------------------------------------------------------

@pytest.mark.parametrize("name", ["Federal Communications Commission", "UK Competition and Markets Authority",
                                  "European Data Protection Board Office", "US AI Safety Institute",
                                  "National Science Foundation Office"])
def test_national_commissions_agencies_and_institutes_are_public_bodies(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "Regulator discussed in the episode.", "tech")
    got = _by_field(_findings(fm, "entity-noise"))
    assert got["companies[0].name"].rule == "F504"


@pytest.mark.parametrize("name", ["Allen Institute for AI", "Vector Institute", "Creative Artists Agency",
                                  "State Street", "National Instruments", "Synthesia"])
def test_institutes_agencies_and_firms_without_a_nation_stay_quiet(name):
    fm = "title: x\ncompanies:\n" + _llm(name, "An organisation discussed in the episode.")
    assert not _findings(fm, "entity-noise")


# --- round 3: legal forms abroad, domains, 'X ML', clause stubs, stranded prepositions, TLDs -------

@pytest.mark.parametrize("first, second", [("Spotify", "Spotify AB"), ("Booking", "Booking.com"),
                                           ("Hugging Face", "Hugging Face SAS"), ("Weights", "Weights ML"),
                                           ("Cohere", "Cohere AI"), ("Anthropic", "Anthropic AI")])
def test_foreign_legal_forms_domains_and_ml_are_one_firm(first, second):
    fm = "title: x\ncompanies:\n" + _llm(first, "A company.") + _llm(second, "The same company.")
    assert [f.rule for f in _findings(fm, "duplicate")] == ["D601"]


@pytest.mark.parametrize("text", ["We tried it twice and it", "The board wanted to sell, but it"])
def test_a_quote_ending_on_a_subject_after_a_conjunction_is_cut(text):
    got = _by_field(_findings(_plain_quotes([text]), "truncation"))
    assert got["quotes[0].text"].rule == "T701"
    assert got["quotes[0].text"].evidence.endswith("it")


@pytest.mark.parametrize("text", ["Love it or hate it", "We just had to ship it", "That's it"])
def test_a_quote_ending_on_it_as_an_object_stays_quiet(text):
    assert not _findings(_plain_quotes([text]), "truncation")


def test_an_llm_context_ending_on_in_is_cut():
    fm = "title: x\ncompanies:\n" + _llm("Isomorphic Labs", "DeepMind spinout the guest calls the leader in")
    got = _by_field(_findings(fm, "truncation"))
    assert got["companies[0].context"].evidence == "in"


@pytest.mark.parametrize("url", ["tidewater.tech/podcast", "tidewater.fm/offer", "tidewater.tv/pod"])
def test_sponsor_links_on_newer_domains_are_ad_reads(url):
    fm = f"title: x\nquotes:\n- text: \"Sign up today at {url} and get a month free.\"\n"
    got = _by_field(_findings(fm, "sponsor"))
    assert got["quotes[0].text"].rule == "P801"
