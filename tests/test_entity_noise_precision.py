"""F504 on investors: "investor" describes venture firms as well as people.

"Sequoia, the investor in OpenAI" and an entity categorised `investor` are firms, companies in
their own right; "Vinod Khosla, the investor who backed OpenAI" is a person listed as a company.
"""

from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text

CASES = [  # name, category, context, flagged
    ("Sequoia", "investor", "Sequoia, the investor in OpenAI and Stripe, led the round.", False),
    ("Tiger Global", "investor", "A crossover investor that led rounds in 2021.", False),
    ("Thrive Capital", "ai_company", "Thrive Capital, the investor behind the round.", False),
    ("Vinod Khosla", "ai_company", "Vinod Khosla, the investor who backed OpenAI.", True),
    ("Reid Hoffman", "ai_company", "An investor and LinkedIn founder.", True),
    ("Altman", "ai_company", "Altman, the CEO of OpenAI.", True),
]


def test_investor_firms_are_companies_and_investor_people_are_not():
    fm = "title: x\ncompanies:\n" + "".join(
        f"- name: {json.dumps(n)}\n  category: {c}\n  confidence: medium\n  context: {json.dumps(ctx)}\n"
        "  source: llm_enhanced\n" for n, c, ctx, _ in CASES)
    flagged = {int(f.field.split("[")[1].split("]")[0]) for f in audit_text(episode_text(fm)) if f.rule == "F504"}
    assert flagged == {i for i, case in enumerate(CASES) if case[3]}, [CASES[i][0] for i in flagged]


# F504 on names made of generic words: a product when a text ties it to a maker the glossary knows.
GENERIC_CASES = [  # name, its own context, another text of the episode (the summary), flagged
    ("Deep Research", "OpenAI's Deep Research agent writes a cited report in ten minutes.", "", False),
    ("Agents SDK", "Handoffs and guardrails come out of the box.", "We built it on the Agents SDK from OpenAI.", False),
    ("Cloud TPU", "Used for the training run.", "Google announced Cloud TPU v5p last year.", False),
    ("Assistants API", "", "Then OpenAI released the Assistants API to every developer.", False),
    # stays generic: no maker, a maker's possessive without a product's kind, acronyms only,
    # a listed phrase, the name written in lowercase, a maker the glossary does not know
    ("Machine Learning", "Machine Learning is eating software.", "", True),
    ("Deep Learning", "Google's Deep Learning team published it.", "", True),
    ("LLM API", "OpenAI's LLM API model is cheap.", "", True),
    ("North Star", "Meta's North Star model is superintelligence.", "", True),
    ("Agent Platform", "We use an agent platform from OpenAI.", "", True),
    ("Research Agent", "The Research Agent from Acme Widgets.", "", True),
]


def test_generic_words_named_as_a_makers_product_are_products():
    summary = " ".join(other for _, _, other, _ in GENERIC_CASES)
    fm = f"title: x\nsummary: {json.dumps(summary)}\ncompanies:\n" + "".join(
        f"- name: {json.dumps(n)}\n  category: ai_application\n  confidence: high\n  context: {json.dumps(ctx)}\n"
        "  source: llm_enhanced\n" for n, ctx, _, _ in GENERIC_CASES)
    found = [f for f in audit_text(episode_text(fm)) if f.rule == "F504"]
    flagged = {int(f.field.split("[")[1].split("]")[0]) for f in found}
    assert flagged == {i for i, case in enumerate(GENERIC_CASES) if case[3]}, [GENERIC_CASES[i][0] for i in flagged]
    assert all("generic term" in f.message for f in found)
