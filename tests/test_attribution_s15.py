"""Attribution on phrasings from an independent held-out probe (session 15, attr15): a relative
clause with a verb of making after a platform's verb, an apposition between dashes, a person's
role with the org as its adjective after "the", and "over at" of speech. Each case both ways,
through the real rules."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, quote_episode, summary_episode


def _attribution(text: str, episode=summary_episode):
    return [(f.rule, f.evidence) for f in audit_text(episode(text), select=("A4",))]


# a relative clause with a verb of making names the maker whatever the platform before it does
MADE_IN_CLAUSE = [
    ("Our whole stack runs on Blackwell, which AMD designed.", "Blackwell, which AMD designed"),
    ("We deploy everything on Llama 4, which Google trained on a huge cluster.", "Llama 4, which Google trained"),
    ("Teams serving Qwen, which Tencent developed, report good quality.", "Qwen, which Tencent developed"),
]
# right makers, and verbs of a platform's moves, stay quiet
MADE_IN_CLAUSE_QUIET = [
    "Our whole stack runs on Blackwell, which Nvidia designed for this workload.",
    "Bedrock serves Claude, which Amazon invested in heavily.",
    "Perplexity runs on Claude, which Google hosts on Vertex AI.",
    "We run Llama on Azure, which Microsoft built for enterprise scale.",
    "Bedrock serves Llama, which Amazon ships to its customers.",
]


DASHED = [
    ("Mixtral -- the sparse mixture-of-experts model from Meta -- is covered.",
     "Mixtral -- the sparse mixture-of-experts model from Meta"),
    ("Codestral — the coding model from OpenAI — gets a close look.", "Codestral — the coding model from OpenAI"),
    ("Whisper -- an open speech model by Google -- powers it.", "Whisper -- an open speech model by Google"),
]
DASHED_QUIET = [
    "Copilot — the assistant from Microsoft — now offers Claude as an option.",
    "Claude -- the model available from Google Cloud -- is popular with banks.",
    "Llama — a rival model to GPT-4 from OpenAI — is compared in depth.",
    "Mixtral — the sparse model from Mistral AI — is covered.",
]


PEOPLE = [
    ("Satya Nadella, the Google CEO, explains why agents matter.", "Satya Nadella, the Google CEO"),
    ("Andy Jassy, the Microsoft chief executive, doubles down on capex.", "Andy Jassy, the Microsoft chief executive"),
    ("Lisa Su over at Intel has been very clear about it.", "Lisa Su over at Intel"),
    ("I talked to Matt Garman over at Google last week.", "Matt Garman over at Google"),
    ("Dario Amodei, who works at OpenAI, spoke first.", "Dario Amodei, who works at OpenAI"),
    ("Jan Leike, now at OpenAI, spoke first.", "Jan Leike, now at OpenAI"),
    ("Sam Altman, who works for Microsoft, spoke first.", "Sam Altman, who works for Microsoft"),
]
PEOPLE_QUIET = [
    "Sundar Pichai, the Google CEO, on Gemini 2.5.",
    "Sam Altman, the OpenAI CEO, and Satya Nadella, the Microsoft CEO, share a stage.",
    "Mira Murati, the former OpenAI CTO, is raising again.",
    "Jensen Huang, the Nvidia founder, spoke at the Microsoft conference.",
    "Elon Musk, the OpenAI co-founder, now runs xAI.",
    "Dario Amodei over at Anthropic has been saying that for years.",
    "Satya Nadella, the Google rival's chief, spoke first.",
    "Jan Leike, now at Anthropic, spoke first.",
    "Sam Altman, who works with Microsoft, spoke first.",
    "Ilya Sutskever, who worked at OpenAI, spoke first.",
    "Jan Leike, formerly at OpenAI and now at Anthropic, spoke first.",
]


GROUPED = [
    ("The hosts review GPT-4o, o1 and Claude 3.5 Sonnet, all three from OpenAI, on agentic tasks.",
     ["Claude 3.5 Sonnet, all three from OpenAI"]),
    ("TensorFlow and JAX, both Meta frameworks, are compared with PyTorch.",
     ["TensorFlow and JAX, both Meta", "JAX, both Meta"]),
    ("Claude and Gemini, all built by Google, lead.", ["Claude and Gemini, all built by Google"]),
]
GROUPED_QUIET = [
    "GPT-4o and o1, both from OpenAI, lead.",
    "Llama and Qwen, both from Hugging Face, are popular.",
    "Claude and Gemini, both available on Bedrock, lead.",
    "Gemma and Gemini, both Google models, lead.",
    "Claude and Llama, both served by Google, lead.",
    "Claude and Gemini, both OpenAI rivals, lead.",
    "Llama 3 and Mixtral, both open models, lead.",
]


def _context(org: str, context: str):
    fm = (f"companies:\n- category: ai_company\n  confidence: high\n  context: \"{context}\"\n  name: {org}\n"
          "  source: llm_enhanced\nsummary: The guests discuss costs.\ntitle: Costs\n")
    return [(f.rule, f.evidence) for f in audit_text(episode_text(fm), select=("A4",))]


CONTEXT_CLAIMS = [
    ("Meta", "Credited with building Gemini and Veo.", "Credited with building Gemini"),
    ("Meta", "Responsible for developing Gemini.", "Responsible for developing Gemini"),
    ("xAI", "Elon Musk's lab, credited with creating Llama.", "credited with creating Llama"),
    ("Meta", "Mentioned for releasing Gemini 2.5 Pro.", "Mentioned for releasing Gemini 2.5 Pro"),
    ("Meta", "Its Gemini models were discussed.", "Its Gemini"),
]
CONTEXT_QUIET = [
    ("Meta", "Credited with building Llama."),
    ("Meta", "Its Llama models were discussed."),
    ("Meta", "Discussed for training on Gemini outputs."),
    ("Meta", "Mentioned for making Gemini available on WhatsApp."),
    ("Samsung", "Discussed for shipping Gemini on Galaxy phones."),
    ("Meta", "Its Gemini integration was discussed."),
    ("Meta", "Its rival to Gemini was discussed."),
    ("Meta", "Discussed for using Gemini internally."),
    ("Apple", "Its ChatGPT integration in Siri was discussed."),
]


BRACKETED = [
    ("Gemini (an OpenAI model) leads the table.", "Gemini (an OpenAI model)"),
    ("Gemini (OpenAI's flagship) leads the table.", "Gemini (OpenAI's flagship)"),
    ("Anthropic (maker of Gemini) spoke first.", "Anthropic (maker of Gemini"),
    ("Anthropic — maker of Gemini — spoke first.", "Anthropic — maker of Gemini"),
]
BRACKETED_QUIET = [
    "Gemini (a Google model) leads the table.",
    "Gemini (a rival OpenAI model) leads the table.",
    "Gemini (OpenAI's rival) leads the table.",
    "Llama (an Azure model) leads the table.",
    "Claude (available as an AWS service) leads the table.",
    "Anthropic (maker of Claude) spoke first.",
]


LAUNCH_NOUN = [
    ("Watch the Ernie 4.5 launch by Alibaba closely.", "Ernie 4.5 launch by Alibaba"),
    ("The Gemini 2.5 release from OpenAI surprised everyone.", "Gemini 2.5 release from OpenAI"),
    ("The Llama 4 release by Google, in April, was big.", "Llama 4 release by Google"),
]
LAUNCH_NOUN_QUIET = [
    "The Claude 3 launch by Amazon Bedrock was smooth.",
    "The Gemini launch by Samsung on Galaxy phones drew crowds.",
    "The GPT-4o launch by Microsoft in Azure went well.",
    "The GPT-4o launch by Microsoft to Copilot users went well.",
    "The Llama 3 release by Meta was big.",
    "The Qwen 3 release from Alibaba Cloud was big.",
]


FIELD_ROLES = [
    ("Demis Hassabis, Meta's AI chief, spoke first.", "Demis Hassabis, Meta's AI chief"),
    ("Meta's AI chief Demis Hassabis spoke first.", "Meta's AI chief Demis Hassabis"),
    ("Microsoft's AI boss Demis Hassabis spoke first.", "Microsoft's AI boss Demis Hassabis"),
]
FIELD_ROLES_QUIET = [
    "Yann LeCun, Meta's AI chief, spoke first.",
    "Mustafa Suleyman, Microsoft's AI chief, spoke first.",
    "Demis Hassabis, Meta's AI rival, spoke first.",
    "Google's research head Jeff Dean spoke first.",
]


LATEST = [
    ("Anthropic's latest, Gemini 3, leads the table.", "Anthropic's latest, Gemini 3"),
    ("OpenAI's newest, Claude 4, leads the table.", "OpenAI's newest, Claude 4"),
]
LATEST_QUIET = [
    "Google's latest, Gemini 3, leads the table.",
    "Anthropic's latest, a rival to Gemini 3, leads the table.",
]


MAKER_NOUN = [
    ("Meta", "The Gemini maker, discussed for its strategy.", "The Gemini maker"),
    ("Meta", "Mentioned as the Gemini developer.", "Mentioned as the Gemini developer"),
    ("Meta", "Mentioned as Gemini's developer and a rival of OpenAI.", "Mentioned as Gemini's developer"),
]
MAKER_NOUN_QUIET = [
    ("Meta", "Mentioned as the Llama maker."),
    ("Meta", "The ChatGPT maker's rival, discussed briefly."),
    ("Meta", "Gemini's developer partner, discussed."),
    ("Meta", "Mentioned as the ChatGPT maker's investor."),
    ("Meta", "The Gemini developer API was discussed."),
]


PERSON_BRACKETS = [
    ("Dario Amodei (CEO of OpenAI) spoke first.", "Dario Amodei (CEO of OpenAI)"),
    ("Dario Amodei (OpenAI CEO) spoke first.", "Dario Amodei (OpenAI CEO)"),
    ("Dario Amodei (CEO, OpenAI) spoke first.", "Dario Amodei (CEO, OpenAI)"),
]
PERSON_BRACKETS_QUIET = [
    "Dario Amodei (Anthropic CEO) spoke first.",
    "Sam Altman (CEO of OpenAI) spoke first.",
    "Dario Amodei (former OpenAI VP) spoke first.",
    "Dario Amodei (formerly VP at OpenAI) spoke first.",
    # (not "Dario Amodei (co-founder of OpenAI)": he joined OpenAI in 2016 and co-founded Anthropic;
    # rules/attribution.yaml's `founders` judges that claim: tests/test_attribution_s17.py)
    "Dario Amodei (VP at OpenAI until 2020) spoke first.",
    "Dario Amodei (OpenAI alum) spoke first.",
]


# Each table with the episode it is written into: texts in a summary or a quote (speech), org
# contexts in an entity. A found case gives its evidence (or several, for one list).
_S, _Q = summary_episode, quote_episode
FOUND = [(_S, t, e) for t, e in MADE_IN_CLAUSE + DASHED + BRACKETED + LAUNCH_NOUN + LATEST] + \
        [(_Q, t, e) for t, e in PEOPLE + FIELD_ROLES + PERSON_BRACKETS] + \
        [(_S, t, tuple(e)) for t, e in GROUPED]
QUIET = [(_S, t) for t in MADE_IN_CLAUSE_QUIET + DASHED_QUIET + GROUPED_QUIET + BRACKETED_QUIET
         + LAUNCH_NOUN_QUIET + LATEST_QUIET] + \
        [(_Q, t) for t in PEOPLE_QUIET + FIELD_ROLES_QUIET + PERSON_BRACKETS_QUIET]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_is_found(episode, text, evidence):
    expected = [("A401", e) for e in evidence] if isinstance(evidence, tuple) else [("A401", evidence)]
    assert _attribution(text, episode) == expected


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_a_relation_stays_quiet(episode, text):
    assert _attribution(text, episode) == []


@pytest.mark.parametrize("org,context,evidence", CONTEXT_CLAIMS + MAKER_NOUN)
def test_an_org_context_claiming_another_s_product_is_found(org, context, evidence):
    assert _context(org, context) == [("A401", evidence)]  # the org-context claims of `WrongMaker`


@pytest.mark.parametrize("org,context", CONTEXT_QUIET + MAKER_NOUN_QUIET)
def test_an_org_context_with_its_own_product_or_a_relation_stays_quiet(org, context):
    assert _context(org, context) == []
