"""Attribution on shapes missed by held-out probes (session 13, attr13): people tied to an org
that is not theirs by a current role ("Anthropic CEO Demis Hassabis", "Jensen Huang, the CEO of
AMD", "Sam Altman of Anthropic"); an org's own context naming it the maker of another's product
("Maker of the Claude family" of Meta); headline verbs ("Google Unveils Claude Opus 4"); a launch
by an org with a lab of its own ("Google launched ChatGPT") or a chip maker's launch of a rival's
chip; plural and software kinds before "by"/"from"; describing words before a maker used as an
adjective ("a lightweight Microsoft model"); a maker fronted as a topic ("As for OpenAI, its
Claude models"); a year after a maker's clause. Each with its guards: right makers and units,
past and founding roles, moves, platforms, joint releases, relations."""

from __future__ import annotations


import pytest

from tests.conftest import audit_text, summary_episode as _summary, title_episode as _title
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity


WRONG_MAKER = [
    # people by a current role, a preposition or brackets
    (_summary, "Anthropic CEO Demis Hassabis spoke about AGI timelines.", "summary", "Anthropic CEO Demis Hassabis"),
    (_quote, "Jensen Huang, the CEO of AMD, gave the keynote.", "quotes[0].text", "Jensen Huang, the CEO of AMD"),
    (_summary, "Satya Nadella, Google's chief executive, announced agents.", "summary",
     "Satya Nadella, Google's chief executive"),
    (_summary, "Mustafa Suleyman, head of AI at Google, discussed Copilot.", "summary",
     "Mustafa Suleyman, head of AI at Google"),
    (_summary, "Sam Altman of Anthropic argued that scaling still works.", "summary", "Sam Altman of Anthropic"),
    (_summary, "Sundar Pichai (Microsoft) discussed AI search.", "summary", "Sundar Pichai (Microsoft)"),
    (_summary, "OpenAI's chief executive, Dario Amodei, testified.", "summary", "OpenAI's chief executive, Dario Amodei"),
    # headlines and launches
    (_title, "Google Unveils Claude Opus 4", "title", "Google Unveils Claude Opus 4"),
    (_title, "OpenAI Releases Gemma 3 Open Weights", "title", "OpenAI Releases Gemma 3"),
    (_quote, "When Google launched ChatGPT, everyone scrambled.", "quotes[0].text", "Google launched ChatGPT"),
    (_summary, "AMD launched the H100 last year.", "summary", "AMD launched the H100"),
    # kinds before "by" / "from", plural verbs
    (_summary, "The Whisper speech model from Google transcribes the show.", "summary",
     "Whisper speech model from Google"),
    (_summary, "The Llama models were trained by Google.", "summary", "Llama models were trained by Google"),
    (_summary, "The PyTorch framework, developed by Google, is the default.", "summary",
     "PyTorch framework, developed by Google"),
    (_summary, "DeepSeek-V3 was developed by researchers at Tencent.", "summary",
     "DeepSeek-V3 was developed by researchers at Tencent"),
    # describing words before the maker's adjective; a fronted topic; a year after the clause
    (_summary, "Gemini 2.5 Flash, a lightweight Microsoft model, is cheap.", "summary",
     "Gemini 2.5 Flash, a lightweight Microsoft model"),
    (_summary, "As for OpenAI, its Claude models lead on coding.", "summary", "OpenAI, its Claude"),
    (_summary, "Llama 3, an open model Google released in 2024, is widely used.", "summary",
     "Llama 3, an open model Google released in 2024"),
    (_summary, "Released by Microsoft in 2023, Llama 2 changed open AI.", "summary",
     "Released by Microsoft in 2023, Llama 2"),
]


@pytest.mark.parametrize("make,text,field,evidence", WRONG_MAKER)
def test_wrong_maker_s13_is_found(make, text, field, evidence):
    found = _family(audit_text(make(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", field, evidence)]


def test_a_person_s_finding_names_where_they_are():
    found = _family(audit_text(_summary("Yann LeCun, OpenAI's chief AI scientist, spoke.")), "attribution")
    assert [f.message for f in found] == [
        "Yann LeCun is with Meta, not OpenAI: \"Yann LeCun, OpenAI's chief AI scientist\""]


ORG_CONTEXT = [
    ("Meta", "Maker of the Claude family of models.", "Maker of the Claude"),
    ("Google", "Developer of Grok, discussed for its real-time data.", "Developer of Grok"),
    ("Alibaba", "Released DeepSeek-R1, which shook the markets.", "Released DeepSeek-R1"),
    ("Anthropic", "AI lab; creator of the Gemini models.", "creator of the Gemini"),
    ("Microsoft", "Known for developing Llama and open-sourcing PyTorch.", "Known for developing Llama"),
    ("OpenAI", "Maker of ChatGPT and Gemini.", "Maker of ChatGPT and Gemini"),
]


@pytest.mark.parametrize("name,context,evidence", ORG_CONTEXT)
def test_an_org_s_context_naming_another_s_product_is_found(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    assert [(f.rule, f.field, f.evidence, f.fix) for f in found] == [("A401", "companies[0].context", evidence, None)]


RIGHT_MAKER = [
    # people: right orgs and units, past and founding roles, moves, relations, other kinds of org
    (_summary, "Google CEO Sundar Pichai talked about AI search."),
    (_summary, "Jeff Dean, Google DeepMind's chief scientist, talked about TPUs."),
    (_summary, "Mustafa Suleyman, Microsoft's head of AI, discussed Copilot."),
    (_summary, "Former OpenAI CTO Mira Murati started Thinking Machines Lab."),
    (_summary, "Mira Murati, OpenAI's CTO at the time, demoed GPT-4o."),
    (_summary, "Ilya Sutskever, OpenAI's former chief scientist, founded SSI."),
    (_summary, "Ilya Sutskever, co-founder and chief scientist of OpenAI, left."),
    (_summary, "OpenAI co-founder Elon Musk sued the company."),
    (_summary, "Elon Musk's OpenAI lawsuit continues."),
    (_summary, "Tesla CEO Elon Musk launched Grok."),
    (_summary, "Jan Leike moved from OpenAI to Anthropic."),
    (_summary, "Meta poached Alexandr Wang from Scale AI."),
    (_summary, "Andrej Karpathy, formerly of OpenAI and Tesla, teaches now."),
    (_summary, "Yann LeCun of NYU and Meta spoke."),
    (_summary, "Sam Altman thanked Microsoft's Satya Nadella."),
    # launches onto a platform, by a platform, announcements
    (_summary, "Microsoft launched GPT-4o in Azure for enterprise customers."),
    (_summary, "Samsung launched Gemini Nano on its Galaxy phones."),
    (_summary, "Amazon announced Claude support in Alexa."),
    (_title, "Microsoft Brings Grok 4 To Azure"),
    (_title, "Google Releases Gemma 3 Open Weights"),
    # kinds before "by" that are no maker; comparisons before an adjective maker
    (_summary, "The Llama models are served by Groq at high speed."),
    (_summary, "The CUDA platform, used by every AI lab, locks developers in."),
    (_summary, "Claude, a rival Google model, was slower."),
    (_summary, "Mixtral, an efficient Mistral AI model, uses sparse experts."),
    # a fronted org whose "its" is the other org's product, or a relation
    (_summary, "Apple partnered with OpenAI, its ChatGPT now in Siri."),
    (_summary, "For Amazon, its Claude partnership matters."),
    (_summary, "Samsung, its Gemini phones sell well."),
    (_summary, "Llama 3, an open model Meta released in 2024, is widely used."),
]


@pytest.mark.parametrize("make,text", RIGHT_MAKER)
def test_right_maker_s13_stays_quiet(make, text):
    assert _family(audit_text(make(text)), "attribution") == []


ORG_CONTEXT_RIGHT = [
    ("Anthropic", "Mentioned as the maker of Claude and a leader in coding assistants."),
    ("Microsoft", "Investor in OpenAI, maker of ChatGPT."),
    ("Amazon", "Launched Claude 3 on Bedrock."),
    ("Samsung", "Launched Gemini Nano on Galaxy phones."),
    ("Microsoft", "Makes GPT-4o available through Azure."),
    ("Microsoft", "Released Llama 2 in partnership with Meta."),
    ("Nvidia", "Released Llama Nemotron models for agents."),
    ("Salesforce", "Built Agentforce on top of GPT-4o."),
    ("Perplexity AI", "Maker of Perplexity, an answer engine built on GPT-4 and Claude."),
    ("Google", "The company behind Gemini and a major investor in Anthropic."),
]


@pytest.mark.parametrize("name,context", ORG_CONTEXT_RIGHT)
def test_an_org_s_context_with_its_own_product_or_a_platform_stays_quiet(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []
