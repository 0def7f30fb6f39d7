"""Session 58: shapes the rules missed, each met by a general rule, with what must stay quiet
beside it.

- F504: a business or deal mechanism an LLM context defines ("Pricing model where ...", "Deal
  structure in which ..."), its name ordinary words or a generic acronym ("RL Environments"); a
  place a firm moved to ("we moved the company down to Foster City"), a name ending on "City"; a
  person the host introduces in an NER window ("Today my guest is Madhavan Ramanujam, author of").
"""

from __future__ import annotations

import pytest
import yaml

from tests.conftest import audit_text, episode_text


def _companies(*rows: dict) -> str:
    fm = {"title": "x", "summary": "x", "companies": list(rows), "quotes": []}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))


def _llm(name: str, context: str) -> dict:
    return {"name": name, "category": "ai_application", "confidence": "high", "context": context,
            "source": "llm_enhanced"}


def _ner(name: str, context: str) -> dict:
    return {"name": name, "category": "unknown", "confidence": "medium", "context": context, "position": 1200}


def _noise(row: dict) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(_companies(row)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, context", [
    ("Outcome-Based Pricing", "Pricing model where the vendor is paid only when the agent resolves the issue."),
    ("Seat-Based Pricing", "Traditional SaaS pricing model that charges per user."),
    ("Usage Pricing", "Business model in which customers pay for what they consume."),
    ("Reverse Acquihire", "Deal structure in which a large company licenses technology and hires the founders."),
    ("RL Environments", "Simulations of real jobs in which agents complete tasks and are graded."),
    ("Revenue Share", "Arrangement under which the platform keeps a cut of every sale."),
])
def test_a_mechanism_the_context_defines_is_a_generic_term(name, context):
    assert ("F504", name) in _noise(_llm(name, context))


@pytest.mark.parametrize("name, context", [
    ("Process Street", "Process documentation software for operations teams."),  # a product's description
    ("Metronome", "Usage-based billing platform for AI companies."),  # not ordinary words
    ("Stripe Billing", "Billing model products from Stripe for subscriptions."),
    ("Outcome Health", "Pricing model where the vendor is paid per outcome."),  # "Health": a company word
])
def test_a_product_or_firm_is_no_generic_mechanism(name, context):
    assert _noise(_llm(name, context)) == []


@pytest.mark.parametrize("name, window", [
    ("Foster City", "agents can't do yet. We moved the company down to Foster City and we've kept it small on purpose."),
    ("Austin", "and two years ago they moved their headquarters to Austin, which changed hiring a lot."),
    ("Redwood City", "the team works out of Redwood City most days, and the rest are remote."),
])
def test_a_place_a_firm_moved_to_or_a_city_is_no_company(name, window):
    assert ("F504", name) in _noise(_ner(name, window))


@pytest.mark.parametrize("name, window", [
    ("Supabase", "and then we moved to Supabase because the database was the bottleneck for us."),
    ("Notion", "we moved our docs to Notion and never looked back, honestly it was easy."),
])
def test_a_product_moved_to_is_no_place(name, window):
    assert _noise(_ner(name, window)) == []


@pytest.mark.parametrize("name, window", [
    ("Madhavan Ramanujam", "Today my guest is Madhavan Ramanujam, author of Monetizing Innovation and one of the w"),
    ("Ines Okafor", "so I'm joined today by Ines Okafor, who spent a decade building payments infrastructure"),
    ("Tomasz Wrona", "the deal was led by Tomasz Wrona, the co-founder and CEO of the company, who said"),
])
def test_a_person_introduced_in_the_window_is_no_company(name, window):
    assert ("F504", name) in _noise(_ner(name, window))


@pytest.mark.parametrize("name, window", [
    ("Andreessen Horowitz", "led by Andreessen Horowitz, the investor of record in the round, and others"),
    ("Thinking Machines", "my guest today is from Thinking Machines, where she leads the research team"),
    ("Kleiner Perkins", "we are joined by Kleiner Perkins, a partner of ours in the round, and two angels"),
])
def test_a_firm_named_like_a_person_or_after_an_introduction_stays(name, window):
    assert _noise(_ner(name, window)) == []


def _quotes_found(*texts: str) -> list[tuple[str, str]]:
    fm = {"title": "x", "summary": "x", "companies": [], "quotes": [{"text": t} for t in texts]}
    text = episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))
    return [(f.rule, f.field) for f in audit_text(text) if f.family == "duplicate"]


@pytest.mark.parametrize("a, b", [
    ("We charge when the agent resolves the customer's issue, and if it has to hand off to a human, it's generally free",
     "We charge when the agent resolves the customer's issue, and if it has to hand off to a human, it's usually free."),
    ("A PM builds an internal tool on a Saturday, shares it on Monday, and suddenly the whole team is on it",
     "A PM builds an internal tool on a Saturday, shares it on Monday, and suddenly the whole company is on it."),
    ("The models are basically commodities now, and the margin is in the workflow around them",
     "The models are essentially commodities now, and the margin is in the workflow around them."),
])
def test_a_quote_copied_with_a_synonym_put_in_is_a_duplicate(a, b):
    assert ("D602", "quotes[1].text") in _quotes_found(a, b)


@pytest.mark.parametrize("a, b", [
    ("Every app will have an agent inside it within two years, and the interface will change completely",
     "Every car will have an agent inside it within two years, and the interface will change completely"),
    ("We charge when the agent resolves the customer's issue, and if it has to hand off to a human, it's rarely free",
     "We charge when the agent resolves the customer's issue, and if it has to hand off to a human, it's usually free."),
])
def test_quotes_on_one_pattern_with_another_word_are_two_claims(a, b):
    assert _quotes_found(a, b) == []


def test_box_ai_is_boxs_product_not_a_second_box():
    rows = [{"name": "Box", "category": "unknown", "confidence": "medium", "position": 142,
             "context": "Aaron Levie, the co-founder and CEO of Box, on agents in the enterprise"},
            {"name": "Box AI", "category": "unknown", "confidence": "medium", "position": 1185,
             "context": "That's why we've spent the year building Box AI so agents can securely get the content"}]
    found = [(f.rule, f.evidence) for f in audit_text(_companies(*rows)) if f.family == "duplicate"]
    assert found == []


def _context_found(name: str, context: str) -> list[tuple[str, str]]:
    rows = [{"name": name, "category": "unknown", "confidence": "medium", "context": context, "position": 88}]
    return [(f.rule, f.evidence) for f in audit_text(_companies(*rows)) if f.family == "misspelling"]


def test_words_a_window_cuts_at_its_end_are_no_slip():
    # "... NeurIPS in San Die" of "San Diego": the window's last word cut, no misspelling of Sandia
    assert _context_found("Sam Charrington", "I'm your host, Sam Charrington, and we are coming to you from NeurIPS in San Die") == []


def test_olmo_is_ai2s_own_styling_and_a_product_has_a_plural():
    fm = {"title": "Olmo 3 and the open stack", "summary": "Ai2 released Olmo 3. AWS sold Trn2 UltraServers to Anthropic.",
          "companies": [], "quotes": []}
    text = episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000))
    assert [f for f in audit_text(text) if f.family == "misspelling"] == []


def _misspelt(summary: str) -> list[tuple[str, str]]:
    fm = {"title": "x", "summary": summary, "companies": [], "quotes": []}
    text = episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))
    return [(f.rule, f.evidence) for f in audit_text(text) if f.family == "misspelling"]


@pytest.mark.parametrize("summary, evidence", [
    ("They trained oh three and o4-mini with deliberative alignment.", "oh three"),
    ("We tried oh four mini on the task.", "oh four mini"),
    ("DeepSeek R one changed the market in January.", "DeepSeek R one"),
    ("OpenAI released GPT OSS in August.", "GPT OSS"),
    ("We bought two UltraServes for the lab.", "UltraServes"),
])
def test_spoken_and_spaced_model_names_are_found(summary, evidence):
    assert any(e == evidence for _, e in _misspelt(summary))


@pytest.mark.parametrize("summary", [
    "And, oh, three more things happened that week.",
    "Oh three of them failed in the first hour.",
    "Gemini one of the best models? Maybe.",
    "AWS sold Trn2 UltraServers to Anthropic.",
    "OpenAI released GPT-OSS in August.",
    "Block's goose agent runs locally.",
])
def test_exclamations_counts_plurals_and_house_stylings_stay_quiet(summary):
    assert _misspelt(summary) == []


@pytest.mark.parametrize("name, context", [
    ("Notion Calendar", "Notion's calendar app, which gives the agent access to a user's schedule."),
    ("Notion Agent", "Agent in Notion 3.0 that can create pages, update databases and run multi-step tasks."),
    ("Paradox.ai", "Paradox.ai, the conversational recruiting company Workday acquired, built the Olivia assistant."),
])
def test_a_context_that_names_the_entity_itself_is_no_concept_or_method(name, context):
    # ("notion" and "paradox" are nouns of a concept and a method too: here they are the name)
    assert _noise(_llm(name, context)) == []


def test_a_legal_name_beside_the_name_is_a_duplicate_not_an_ungrounded_entity():
    rows = [{"name": "Notion", "category": "unknown", "confidence": "medium", "position": 120,
             "context": "so when we started Notion, the idea was a tool for thought, and"},
            _llm("Notion Labs", "Notion Labs, the company behind the Notion workspace, shipped Notion 3.0 with agents.")]
    found = {(f.rule, f.field) for f in audit_text(_companies(*rows))}
    assert ("D601", "companies[1].name") in found
    assert not any(rule == "G901" for rule, _ in found)


@pytest.mark.parametrize("name, window, what", [
    ("Casey", "Casey, it's back-to-school season. Did you buy any penc", "person"),
    ("Kevin", "and Kevin, what did you think of the launch? I thought it was", "person"),
    ("Pleasanton", "the CEO of Workday, the Pleasanton, California company that runs HR", "place"),
    ("Decoder", "I'm Nilay Patel, editor-in-chief of The Verge, and Decoder is my show about big ideas", "show"),
    ("Pivot", "Hi everyone, this is Pivot from New York Magazine and the Vox Media Podcast ", "show"),
])
def test_an_addressed_name_a_town_and_the_shows_own_name_are_no_companies(name, window, what):
    found = [f for f in audit_text(_companies(_ner(name, window))) if f.family == "entity-noise"]
    assert [(f.rule, f.evidence) for f in found] == [("F504", name)]
    assert what in found[0].message


@pytest.mark.parametrize("name, window", [
    ("Harvey", "and Harvey, which is the legal AI startup, raised again this year"),   # a firm the glossary knows
    ("Nvidia", "said Nvidia, Taiwan's biggest customer, will ship more"),             # a country's possessive
    ("Acme Robotics", "we invested in Acme Robotics, Germany and France are next"),   # a company word
    ("OpenAI", "and welcome to OpenAI, where we build the thing"),                   # an organisation welcomed to
    ("Notion", "so welcome to Notion's new calendar, which"),                        # a possessive after it
])
def test_firms_beside_those_shapes_stay(name, window):
    assert [f for f in audit_text(_companies(_ner(name, window))) if f.family == "entity-noise"] == []


def _attributed(summary: str) -> list[tuple[str, str]]:
    fm = {"title": "x", "summary": summary, "companies": [], "quotes": []}
    text = episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))
    return [(f.rule, f.evidence) for f in audit_text(text) if f.family == "attribution"]


def test_a_person_said_to_lead_a_field_of_work_at_another_firm_is_found():
    assert _attributed("Neel Nanda, who leads mechanistic interpretability at OpenAI, joined the show.") == [
        ("A401", "Neel Nanda, who leads mechanistic interpretability at OpenAI")]
    assert _attributed("Neel Nanda, who leads mechanistic interpretability at Google DeepMind, joined the show.") == []


@pytest.mark.parametrize("summary, evidence", [
    ("Microsoft co-CEOs Clay Magouyrk and Mike Sicilia took over in September.", "Microsoft co-CEOs Clay Magouyrk"),
    ("DGX Spark, AMD's desktop A.I. supercomputer, ships in October.", "DGX Spark, AMD's desktop A.I. supercomputer"),
])
def test_plural_roles_and_dotted_describing_words_are_read(summary, evidence):
    assert ("A401", evidence) in _attributed(summary)


def test_a_split_name_in_a_list_is_no_greeting():
    assert ("M303", "Hey Jen") in _misspelt("Creators use tools like Hey Jen, Synthesia and Captions for dubbing.")
    assert _misspelt("Hey Jen, can you hear me?") == []
    assert _misspelt("And then, Hey Jen, he said, you should try it.") == []


@pytest.mark.parametrize("summary", [
    "Neobank whose June IPO is cited as evidence that fintech listings have reopened.",
    "Every SaaS company is repricing around agents.",
])
def test_the_fields_generic_words_are_no_slips_of_a_name(summary):
    # (entity-noise's generic words: "Neobank" is no Nubank, "SaaS" no Sanas)
    assert _misspelt(summary) == []


@pytest.mark.parametrize("summary", [
    "Winning in the AI era takes speed.",           # ordinary words that run together into "Aiera"
    "The flagship is the 32B Think model, and we think it's the strongest open one.",  # no slip of ThinQ
])
def test_everyday_words_are_no_slips_of_a_name(summary):
    assert _misspelt(summary) == []


def test_a_lab_written_apart_in_lowercase_is_still_a_casing_slip():
    assert ("M302", "Open ai") in _misspelt("We use Open ai daily.")
