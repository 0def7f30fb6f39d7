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
