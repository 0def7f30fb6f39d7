"""Attribution on phrasings from a fresh held-out set of the wider tech field (session 16, attr19):
makers and products the glossary lacked (enterprise software, clouds' own products, chips and
devices, robots and cars, Chinese, Korean and European labs, music and media tools); apposition
nouns of such products ("Notion's wiki", "Google's NoSQL database", "Oracle's AI copilot");
a copula after a relative pronoun, a spoken "that's" or a hedge ("which is the Meta video model",
"I think it was a Meta model"), "described as" after a bare comma; a contracted word said twice
around a filler ("that's, uh, that's") and fillers in a row ("is, um, you know,"); a product after
its own maker's name ("Google Bard, Meta's chatbot"); a possessive after "runs on" ("runs on
Meta's GPT-4o"); a comparison in the sentence before a claim; an org named as another's business
or thing; a maker's bare apostrophe ("Black Forest Labs' model"); a cloud's own product named as
another cloud's; "under development at". Quiet: the same with the right maker, a model a cloud
serves, a product a platform runs on with its right maker, an org's origin ("Google's
self-driving project"), a hedge naming the right maker, a common word that is also a product."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _I = summary_episode, quote_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # makers and products the glossary lacked
    (_S, "* **Oracle (Joule):** the ERP copilot everyone demos.", "Oracle (Joule)"),
    (_Q, "Suno was made by Stability AI, I'm pretty sure.", "Suno was made by Stability AI"),
    (_I, "Kirin chips are designed by Xiaomi in-house.", "Kirin chips are designed by Xiaomi"),
    (_I, "HarmonyOS is Xiaomi's operating system for phones and cars.", "HarmonyOS is Xiaomi's operating system"),
    (_Q, "MusicGen, from Google, is what we used for the jingle.", "MusicGen, from Google"),
    # an apposition's noun of a product of the wider field
    (_I, "Confluence, Notion's wiki, now summarises every page.", "Confluence, Notion's wiki"),
    (_I, "DynamoDB, Google's key-value database, scales without tuning.", "DynamoDB, Google's key-value database"),
    (_Q, "The Kindle, that's Apple's e-reader, right?", "Kindle, that's Apple's e-reader"),
    # a copula after a relative pronoun, a spoken "that's" or a hedge; "described as"
    (_Q, "Veo, which is the Meta video model, right, does audio too.", "Veo, which is the Meta video model"),
    (_Q, "Gemma, I think it was a Meta model, runs on my laptop.", "Gemma, I think it was a Meta model"),
    (_S, "Codestral, described as a Cohere model, is recommended for on-prem use.", "Codestral, described as a Cohere model"),
    # a contracted word said twice around a filler; fillers in a row
    (_Q, "Codex, that's, uh, that's Anthropic's agent, opened the PRs.", "Codex, that's, uh, that's Anthropic's agent"),
    (_Q, "Grok is, um, you know, Meta's chatbot, basically.", "Grok is, um, you know, Meta's chatbot"),
    # a product after its own maker's name, then a wrong apposition
    (_I, "Teams still remember Google Bard, Meta's older chatbot, fondly.", "Bard, Meta's older chatbot"),
    # a possessive after "runs on": the product runs on the named maker's product
    (_I, "Perplexity runs on Meta's GPT-4o for its default answers.", "Meta's GPT-4o"),
    # a comparison in the sentence before does not make the claim a comparison
    (_S, "Both agents are compared. Waymo, Amazon's robotaxi unit, gets a mention.", "Waymo, Amazon's robotaxi unit"),
    # an org named as another's business
    (_Q, "Cruise was Ford's robotaxi business before it shut down.", "Cruise was Ford's robotaxi business"),
    # a maker's bare apostrophe; an acronym before the noun
    (_I, "Gemini, Black Forest Labs' image model, renders text well.", "Gemini, Black Forest Labs' image model"),
    (_Q, "Now Assist is Salesforce's IT agent, more or less.", "Now Assist is Salesforce's IT agent"),
    # a cloud's own product named as another cloud's
    (_I, "Redshift, a Google Cloud warehouse, costs more at scale.", "Redshift, a Google Cloud warehouse"),
    (_I, "BigQuery from AWS was the default.", "BigQuery from AWS"),
    # a product line named before its maker
    (_I, "The Jetson boards from Qualcomm power most hobby robots.", "Jetson boards from Qualcomm"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s19_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


QUIET = [
    # the same shapes with the right maker
    (_S, "* **SAP (Joule):** the ERP copilot everyone demos."),
    (_I, "Confluence, Atlassian's wiki, now summarises every page."),
    (_Q, "Veo, which is the Google video model, right, does audio too."),
    (_Q, "Gemma, I think it was a Google model, runs on my laptop."),
    (_Q, "Codex, that's, uh, that's OpenAI's agent, opened the PRs."),
    (_I, "Teams still remember Google Bard, Google's older chatbot, fondly."),
    (_I, "Gemini, Google DeepMind's image model, renders text well."),
    (_I, "Spot, Boston Dynamics' robot dog, walked on stage."),
    (_I, "Redshift, an AWS warehouse, costs more at scale."),
    # a comparison inside an apposition
    (_Q, "Claude, which is a rival Google model, is better at code."),
    # what a product runs on, with its right maker; a platform or cloud that serves a model
    (_I, "Perplexity runs on Amazon's Bedrock and OpenAI's GPT-4o."),
    (_Q, "Copilot runs on OpenAI's GPT-4 under the hood."),
    (_I, "Llama, an Azure model, is the cheapest option."),
    (_I, "Bedrock, an AWS service, hosts Claude."),
    # an org's origin, not its owner
    (_I, "Waymo, Google's self-driving project, started in 2009."),
    # a common word that is also a product
    (_I, "Spot instances from AWS are cheap."),
    (_I, "The Pixel, Google's phone, runs Gemini Nano."),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_no_claim_s19_stays_quiet(episode, text):
    assert _makers(text, episode) == []


_entity = entity_context_makers


ENTITIES = [
    # products of the wider field as the context's kind
    ("Joule", "Oracle's AI copilot embedded in its ERP suite.", "Oracle's AI copilot"),
    ("Einstein", "Workday's AI layer for forecasting.", "Workday's AI layer"),
    ("Jira", "Issue tracker from Salesforce used by the team.", "tracker from Salesforce"),
    ("Jira", "Part of Oracle's developer suite.", "Part of Oracle's developer suite"),
    ("Redshift", "A Google Cloud data warehouse.", "A Google Cloud data warehouse"),
    # where a product is being made
    ("Optimus", "Humanoid robot under development at Figure AI.", "under development at Figure AI"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITIES)
def test_an_entity_context_s19_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


ENTITIES_QUIET = [
    ("Joule", "SAP's AI copilot embedded in its ERP suite."),
    ("Einstein", "Salesforce's AI layer for forecasting."),
    ("Jira", "Issue tracker from Atlassian."),
    ("Jira", "Part of Atlassian's developer suite."),
    ("Redshift", "An AWS data warehouse."),
    ("Optimus", "Humanoid robot under development at Tesla."),
    ("Llama", "A Meta model also served as an Azure model."),
]


@pytest.mark.parametrize("name,context", ENTITIES_QUIET)
def test_an_entity_context_s19_with_the_right_maker_stays_quiet(name, context):
    assert _entity(name, context) == []
