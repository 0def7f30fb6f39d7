"""Session 40: defects of shapes the entity-noise, duplicate, truncation and attribution families
missed, each with a quiet twin. The names and phrasings here are our own."""

import json

import pytest

from tests.conftest import audit_text, episode_text, ner_entity_episode, summary_episode


def _family(text: str, family: str) -> list:
    return [f for f in audit_text(text) if f.family == family]


# --- entity-noise: an investor named with an ordinary word; a name cut from another entity's ----

@pytest.mark.parametrize("context", [
    "Let's talk money. You raised a Series A from Benchmark earlier this year. Why a small fund?",
    "our seed round came from Benchmark and two angels",
    "and Benchmark led the round at a price nobody else would pay",
])
def test_an_investor_named_with_a_generic_word_is_a_firm(context):
    assert _family(ner_entity_episode("Benchmark", context), "entity-noise") == []


@pytest.mark.parametrize("context", [
    "the numbers on that benchmark were great, and Benchmark results matter",
    "we took the figures from Benchmark and ran them again",
])
def test_the_generic_word_stays_generic_without_money(context):
    assert [f.rule for f in _family(ner_entity_episode("Benchmark", context), "entity-noise")] == ["F504"]


def _two_ner(first: tuple[str, str], second: tuple[str, str]) -> str:
    rows = "".join(f"- category: unknown\n  confidence: medium\n  context: {json.dumps(c)}\n"
                   f"  name: {json.dumps(n)}\n  position: {10 + 500 * k}\n" for k, (n, c) in enumerate((first, second)))
    return episode_text("title: x\ncompanies:\n" + rows)


def test_a_word_cut_from_another_entitys_name_is_a_cut_name():
    text = _two_ner(("Not Diamond", "Routers matter: tools such as Not Diamond pick the cheapest model that can do it."),
                    ("Diamond", "For model choice, many use a router. Not Diamond is a good example, picking"))
    found = [(f.rule, f.field) for f in _family(text, "entity-noise")]
    assert found == [("F502", "companies[1].name")]


def test_the_same_word_is_no_cut_where_the_longer_name_is_no_entity():
    text = _two_ner(("Routers", "Routers matter: tools such as Not Diamond pick the cheapest model that can do it."),
                    ("Diamond", "For model choice, many use a router. Not Diamond is a good example, picking"))
    assert [f for f in _family(text, "entity-noise") if f.field == "companies[1].name" and f.rule == "F502"] == []


# --- duplicate: one quote with a hesitation in it -------------------------------------------------

def _quotes(*texts: str) -> str:
    return episode_text("title: x\nquotes:\n" + "".join(f"- relevance_score: 8\n  text: {json.dumps(t)}\n" for t in texts))


def test_a_quote_repeated_with_a_hesitation_is_a_duplicate():
    text = _quotes("A chip team without compiler people inside is like an orchestra without a score.",
                   "A chip team without compiler people inside is, uh, like an orchestra without a score.")
    assert [(f.rule, f.field) for f in _family(text, "duplicate")] == [("D602", "quotes[1].text")]


def test_two_quotes_sharing_a_frame_stay_apart():
    text = _quotes("A chip team without compiler people inside is like an orchestra without a score.",
                   "A chip team without a sales team is, um, a research lab with a logo on it.")
    assert _family(text, "duplicate") == []


# --- truncation: a greeting in another language; a title the summary's heading writes whole ------

def _reasons(*reasons: str, extra: str = "") -> str:
    return episode_text("title: x\n" + extra + "quotes:\n" + "".join(
        f"- relevance_score: 7\n  text: {json.dumps('The interns stopped doing the boring part of the work.')}\n"
        f"  impact_reason: {json.dumps(r)}\n" for r in reasons))


_ENGLISH_SUMMARY = (
    "The guest runs a finance software company in Lyon. They talk about how the product moved from "
    "invoice capture to the whole close, why the first customers were mid-sized manufacturers, how "
    "pricing per seat gave way to pricing per document, and what the team learned when a large bank "
    "ran a pilot and then asked for an on-premises version. The host asks about hiring engineers "
    "outside Paris, about the cost of running models for every document, and about the rules that "
    "auditors apply to machine-made entries. The guest thinks the next two years belong to the "
    "companies that own the workflow rather than the model, and that the boring parts of finance "
    "are where the money is.")


def test_a_greeting_in_french_does_not_make_an_english_episode_french():
    greeting = "Bienvenue, merci d'être là avec nous. Avec plaisir, c'est pour moi un honneur. "
    text = _reasons("Shows how the junior analysts who used to do the reconcil",
                    "Explains why customers renewed after the pilot.",
                    extra=f"summary: {json.dumps(greeting + _ENGLISH_SUMMARY)}\n")
    assert [(f.field, f.evidence) for f in _family(text, "truncation")] == [("quotes[0].impact_reason", "reconcil")]


def _titled(title: str, heading: str) -> str:
    return episode_text(f"title: {json.dumps(title)}\nsummary: {json.dumps(heading + chr(10) + chr(10) + 'Text.')}\n")


def test_a_title_cut_inside_a_word_the_heading_writes_whole():
    text = _titled("Why every shopping agent will need a cookie ban",
                   "## Podcast Episode Summary: Why every shopping agent will need a cookie banner")
    found = [(f.field, f.evidence) for f in _family(text, "truncation")]
    assert found == [("title", "ban")]


def test_a_title_the_heading_repeats_is_whole():
    text = _titled("Why every shopping agent will need a cookie ban",
                   "## Podcast Episode Summary: Why every shopping agent will need a cookie ban, and soon")
    assert _family(text, "truncation") == []


# --- attribution: a chip maker's plan of a rival's chip; an org's unit or team of another's --------

def _claims(text: str) -> list[str]:
    return [f.evidence for f in _family(summary_episode(text), "attribution")]


@pytest.mark.parametrize("text, evidence", [
    ("AMD unveiled its Blackwell Ultra roadmap at Computex.", "AMD unveiled its Blackwell Ultra"),
    ("She moved into Microsoft's DeepMind unit last spring.", "Microsoft's DeepMind unit"),
    ("He joined Amazon's DeepMind team in London.", "Amazon's DeepMind team"),
    ("Google's FAIR team published the paper.", "Google's FAIR team"),
])
def test_claims_of_the_wrong_maker_or_owner(text, evidence):
    assert _claims(text) == [evidence]


@pytest.mark.parametrize("text", [
    "AMD unveiled its Blackwell rival at Computex.",
    "Nvidia unveiled its Blackwell Ultra roadmap at Computex.",
    "She joined Google's DeepMind team last spring.",
    "Meta's FAIR team published the paper.",
    "Microsoft's OpenAI team negotiated the deal.",
])
def test_right_owners_and_relations_stay_quiet(text):
    assert _claims(text) == []


# --- consistency: a labelled list of firms in the summary ------------------------------------------

def _summary_and_entities(summary: str, names: list[str]) -> str:
    rows = "".join(f"- category: ai_company\n  confidence: high\n  context: Named in the episode.\n"
                   f"  name: {json.dumps(n)}\n  source: llm_enhanced\n" for n in names)
    return episode_text(f"title: x\nsummary: {json.dumps(summary)}\ncompanies:\n{rows}")


def _missing(summary: str, names: list[str]) -> list[str]:
    return [f.evidence for f in _family(_summary_and_entities(summary, names), "consistency") if f.rule == "C1008"]


def test_a_competitor_list_names_firms_the_entity_list_lacks():
    summary = ("### Business Angle\n*   **Competition:** Fernhollow, Quillory Health (Quill Labs) and Brandtide.\n"
               "*   **Pricing:** per seat.\n")
    assert _missing(summary, ["Fernhollow", "Quillory Health"]) == ["Brandtide"]


@pytest.mark.parametrize("item", [
    # every firm of the list is listed
    "*   **Competition:** Fernhollow, Quillory Health and Brandtide.",
    # prose after the label, no list
    "*   **Competition for talent:** Salaries in Toronto rose, and Corvane still hires slowly.",
    # models with their versions, and people
    "*   **Open-weight competition:** Halcyon-7B, Orrin 2 and Tessel-3.1.",
    # products and their makers, and prose that names firms in passing
    "*   **Competitors:** Orrin from Fernhollow and Tessel from Brandtide.",
    "*   **Competitors:** Corvane and Fernhollow both moved processing onto the device.",
])
def test_lists_of_listed_firms_prose_models_and_people_stay_quiet(item):
    assert _missing("### Business Angle\n" + item + "\n", ["Fernhollow", "Quillory Health", "Brandtide"]) == []


def test_people_in_a_list_of_investors_are_no_firms():
    summary = "### Business Angle\n*   **Investors:** Sarah Guo, Elad Gil and Corvane Capital.\n"
    assert _missing(summary, ["Fernhollow"]) == ["Corvane Capital"]


# --- misspelling: variants, acronyms inside names, surnames, the LLM's own spelling ---------------

def _misspelt(text: str) -> list[str]:
    return [f.evidence for f in _family(summary_episode(text), "misspelling")]


@pytest.mark.parametrize("text", [
    # an acronym inside a name, another letter: another benchmark
    "SuperCLUE is the Chinese benchmark most labs report.",
    # a product's name as a person's surname after a given name and a particle
    "Omar Al Olama spoke about the national AI strategy.",
])
def test_other_names_shaped_like_glossary_names_stay_quiet(text):
    assert _misspelt(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("SuperGlue scores are saturated.", "SuperGlue"),
    ("We ran Olama on a laptop.", "Olama"),
    ("TSMC doubled Cowos capacity again.", "Cowos"),
    ("The Infiniband fabric is the bottleneck.", "Infiniband"),
])
def test_slips_of_those_names_are_still_found(text, evidence):
    assert _misspelt(text) == [evidence]


def test_a_products_tier_variants_are_no_slips_of_each_other():
    quotes = ["CoWoS-L packages the bigger dies, and CoWoS-L capacity is what sells out.",
              "CoWoS-S is the older package; CoWoS is the family.",
              "Every CoWoS line in Taiwan is booked, CoWoS included."]
    fm = ("title: x\nquotes:\n" + "".join(f"- relevance_score: 7\n  text: {json.dumps(q)}\n" for q in quotes))
    assert [f for f in _family(episode_text(fm), "misspelling")] == []


def test_the_llm_passes_spelling_outweighs_the_transcripts_majority():
    """An unknown name the transcript's side writes one way twice and the LLM's own entity context
    another: the LLM writes names as it knows them, so neither is called the other's slip."""
    fm = ("title: x\ncompanies:\n"
          "- category: ai_company\n  confidence: high\n  context: Startup building a transformer ASIC; led by Quentin Varga.\n"
          "  name: Sohmic\n  source: llm_enhanced\n"
          "quotes:\n"
          + "".join(f"- relevance_score: 7\n  text: {json.dumps(q)}\n" for q in (
              "Quentin Vargha has been very clear that the bet is on one architecture.",
              "When Quentin Vargha says transformers are here to stay, he means it.")))
    assert [f.evidence for f in _family(episode_text(fm), "misspelling") if f.rule == "M305"] == []


def test_a_misspelt_word_opening_an_llm_description_is_no_window_cut():
    fm = ("title: x\ncompanies:\n- category: company\n  confidence: high\n"
          "  context: Vertive sells coolant distribution units for liquid-cooled racks.\n"
          "  name: Vertiv\n  source: llm_enhanced\n")
    assert [f.evidence for f in _family(episode_text(fm), "misspelling")] == ["Vertive"]


# --- attribution: longer names, design partners, users, lists, units named after their firm -------

@pytest.mark.parametrize("text", [
    "They trained on Condor Galaxy, built by Cerebras with G42.",
    "Google relies on Broadcom-designed TPUs for training.",
    "The TPU is also a Broadcom revenue line.",
    "Anthropic's Project Rainier on AWS Trainium2 is huge.",
    "The campus works with OpenAI, Oracle, Nvidia, Cisco and SoftBank, built by G42.",
    "Aya Vision (Cohere Labs) reads charts in twenty languages.",
])
def test_right_relations_of_another_shape_stay_quiet(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("They use the Samsung Galaxy, built by Apple.", "Galaxy, built by Apple"),
    ("Broadcom's TPU leads the custom silicon market.", "Broadcom's TPU"),
    ("Google's Project Rainier is huge.", "Google's Project Rainier"),
    ("Glean, made by Google, is popular.", "Glean, made by Google"),
])
def test_their_wrong_twins_are_claims(text, evidence):
    assert _claims(text) == [evidence]


def test_a_unit_named_after_its_firm_is_that_firms_side():
    """A403 weighs the makers an episode names for a product by side: a unit the glossary does not
    know, named after its firm ("Intel Foundry"), is that firm's side, so "Intel's EMIB" beside
    "Intel Foundry's EMIB" is no conflict."""
    from audit.checks.attribution_episode import EpisodeMakerConflict
    from audit.glossary import glossary
    from audit.ruleset import Knowledge
    gl = glossary(Knowledge.load())
    assert EpisodeMakerConflict._side("Intel Foundry", gl) == EpisodeMakerConflict._side("Intel", gl) == "Intel"
    assert EpisodeMakerConflict._side("Quadrix Labs", gl) == "Quadrix Labs"


# --- not-mentioned: more phrasings of a name left unsaid --------------------------------------------

@pytest.mark.parametrize("context", [
    "Chinese GPU maker. Neither guest brings this company up.",
    "Could be one of the search vendors the guest has in mind, though the name isn't used.",
    "Nobody brings Quorvane up in the conversation.",
])
def test_more_denials_are_found(context):
    text = episode_text("title: x\ncompanies:\n- category: company\n  confidence: low\n"
                        f"  context: {json.dumps(context)}\n  name: Quorvane\n  source: llm_enhanced\n")
    assert [f.rule for f in _family(text, "not-mentioned")] == ["N201"]


@pytest.mark.parametrize("context", [
    "The guest brings up Quorvane twice when discussing search.",
    "Mentioned by the guest; its name is used as a verb.",
])
def test_mentions_that_read_alike_stay_quiet(context):
    text = episode_text("title: x\ncompanies:\n- category: company\n  confidence: low\n"
                        f"  context: {json.dumps(context)}\n  name: Quorvane\n  source: llm_enhanced\n")
    assert _family(text, "not-mentioned") == []


# --- truncation: clauses that stop before a phrase of their own; more dangling ends ---------------

def _extraction_findings(text: str, extracted: str) -> list:
    fm = f"title: x\ninsights:\n- confidence: high\n  text: {json.dumps(text)}\n  extracted: {json.dumps(extracted)}\n"
    return _family(episode_text(fm), "truncation")


@pytest.mark.parametrize("text, extracted", [
    ("a routing layer that drops junk can cut ingest costs before any backend migration.",
     "a routing layer that drops junk can cut ingest costs"),
    ("serverless architectures fail on cognitive load long before they fail on scale.",
     "serverless architectures fail on cognitive load"),
    ("durable execution engines preserve the retry benefits of workflows inside ordinary services.",
     "durable execution engines preserve the retry benefits of workflows"),
    ("editor forks remain exposed to marketplace terms set by the platform owner.",
     "editor forks remain exposed to marketplace terms"),
    ("dashboards and finance reporting have different latency needs and should not share one warehouse.",
     "dashboards and finance reporting have different latency needs"),
    ("open table formats let multiple engines share one copy of the data.",
     "open table formats let multiple engines share one copy"),
])
def test_an_extraction_that_stops_before_a_phrase_of_its_own_stands_alone(text, extracted):
    assert _extraction_findings(text, extracted) == []


@pytest.mark.parametrize("text, extracted", [
    ("memory bandwidth will limit inference throughput by 2027.", "memory bandwidth will limit inference"),
    ("teams should deploy the model and monitor drift weekly.", "teams should deploy"),
])
def test_an_extraction_that_tears_a_phrase_is_still_a_fragment(text, extracted):
    assert [f.rule for f in _extraction_findings(text, extracted)] == ["T702"]


@pytest.mark.parametrize("text, evidence", [
    ("minimal base images cut scanner findings from thousands to a dozen, so", "so"),
    ("data rules push fintechs toward self-hosted analytics that", "that"),
    ("the committers have been careful about it, and that is exactly what you", "you"),
])
def test_texts_ending_on_a_word_that_opens_a_clause_are_cut(text, evidence):
    found = [f.evidence for f in _family(quote_episode_text(text), "truncation")]
    assert evidence in found


@pytest.mark.parametrize("text", ["I think so", "That is what you get", "We track it in the metrics we trust"])
def test_whole_endings_of_the_same_words_stay_quiet(text):
    assert _family(quote_episode_text(text), "truncation") == []


def quote_episode_text(text: str) -> str:
    return episode_text(f"title: x\nquotes:\n- relevance_score: 7\n  text: {json.dumps(text)}\n")


# --- sponsor and entity-noise: a short address; a tool used by name ---------------------------------

def test_a_two_letter_address_names_no_sponsor():
    fm = ("title: x\nquotes:\n"
          "- relevance_score: 5\n  text: \"If you're a startup, go to do.co/stacktrace and you'll get two hundred dollars in credit.\"\n"
          "- relevance_score: 6\n  text: \"Data lakes. Everyone's talking about Iceberg. Do you care?\"\n")
    assert [f.field for f in _family(episode_text(fm), "sponsor")] == ["quotes[0].text"]


@pytest.mark.parametrize("context, flagged", [
    ("How do you route it all? We put Vector in front of everything. It's a small Rust binary,", False),
    ("and last year they switched to Temporal for every workflow we run", False),
    ("we use Vector search for retrieval and it works", True),
])
def test_a_generic_word_used_by_name_as_a_tool_is_a_name(context, flagged):
    name = "Vector" if "Vector" in context else "Temporal"
    found = [f.rule for f in _family(ner_entity_episode(name, context), "entity-noise")]
    assert found == (["F504"] if flagged else [])


@pytest.mark.parametrize("item, flagged", [
    ("*   Corvane and other cloud security platforms are moving into supply chain.", ["Corvane"]),
    ("*   Brandtide and Quellix were named as commercial alternatives to a self-built portal.", ["Quellix"]),
    ("*   Premium APM stays; Quellix was mentioned as an alternative the team passed on.", ["Quellix"]),
    ("*   The team and other vendors were slow to adopt it.", []),
    ("*   Brandtide and other vendors were slow to adopt it.", []),
])
def test_a_list_item_that_calls_names_firms_of_a_group(item, flagged):
    assert _missing("### Takeaways\n" + item + "\n", ["Brandtide", "Fernhollow"]) == flagged


def test_a_sponsor_said_to_support_the_show_is_an_ad_read():
    fm = ("title: x\ncompanies:\n- category: tech\n  confidence: medium\n"
          "  context: \" So, yeah, that's the story. A word about Mercury, who supports the show. We've run the\"\n"
          "  name: Mercury\n  position: 32572\n")
    assert [f.rule for f in _family(episode_text(fm), "sponsor")] == ["P802"]


@pytest.mark.parametrize("name, context, flagged", [
    ("Golden Path", "Platform-engineering pattern of paved-road templates for common workloads.", True),
    ("Lasse Collin", "Maintainer of xz Utils targeted by the attacker.", True),
    ("Hannes Mühleisen", "Co-creator of DuckDB praised for making 'SQLite for analytics'.", True),
    ("Vercel", "Hosting platform whose design pattern the team copied.", False),
    ("Temporal", "Durable execution platform the team adopted.", False),
])
def test_patterns_and_people_described_in_llm_contexts(name, context, flagged):
    from tests.conftest import llm_entity_episode
    found = [f.rule for f in _family(llm_entity_episode(name, context), "entity-noise")]
    assert found == (["F504"] if flagged else [])


@pytest.mark.parametrize("text, evidence", [
    ("Michael Intrator (Lambda) argued that GPUs depreciate slowly.", "Michael Intrator (Lambda)"),
    ("The GB200 NVL72 (AMD) rack draws 130 kW.", "GB200 NVL72 (AMD)"),
])
def test_a_cloud_ceo_at_another_firm_and_a_rack_by_its_full_name(text, evidence):
    assert _claims(text) == [evidence]


def test_the_cloud_ceo_at_his_own_firm_is_quiet():
    assert _claims("Michael Intrator (CoreWeave) argued that GPUs depreciate slowly.") == []
