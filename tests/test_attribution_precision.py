"""Precision of A401 on possessives that name a relation, not a maker.

"Google's Claude" says Google made Claude; "Apple's ChatGPT integration" says Apple integrates
ChatGPT, which OpenAI made. News and podcast summaries of the field are full of the second kind
(deals, stakes, integrations, hosting, rivals); before this guard each was an A401 error.
"""

from __future__ import annotations

from tests.conftest import findings_by_item


def _attributions(texts: list[str]) -> dict[int, list[str]]:
    return {i: [f.evidence for f in fs] for i, fs in findings_by_item(texts, "attribution").items()}


RELATIONS = [
    "Apple's ChatGPT integration ships with the next iOS.",
    "Amazon's Claude deal is worth billions.",
    "Microsoft's Llama partnership puts the weights on Azure.",
    "Nvidia's ChatGPT moment came in 2023.",
    "Meta's ChatGPT competitor is called Meta AI.",
    "Snowflake's Llama hosting is cheap.",
    "Google Cloud's Claude availability widened.",
    "Perplexity's Claude and GPT-4 options cost extra.",
    "Samsung's Gemini-powered phones sold well.",
    "Salesforce's GPT-4-based agents answer tickets.",
    "Microsoft's own Llama deployment runs on Azure.",
]

CLAIMS = [
    ("Google's Claude is great at code.", "Google's Claude"),
    ("Meta's Claude 3 model leads the board.", "Meta's Claude 3"),
    ("Meta's Claude rivals GPT-4.", "Meta's Claude"),  # a verb after the product: still a claim
    ("Google's Claude and Gemini models lead.", "Google's Claude"),  # 'models' is what was made
    ("Microsoft's Gemini, launched last year, is fast.", "Microsoft's Gemini"),
    ("Google's Claude writes code for its users.", "Google's Claude"),  # the noun must follow the name
]


def test_possessives_of_a_relation_are_no_maker_claims():
    found = _attributions(RELATIONS)
    assert found == {}, {RELATIONS[i]: e for i, e in found.items()}


def test_possessives_of_a_maker_are_still_claims():
    found = _attributions([t for t, _ in CLAIMS])
    for i, (text, evidence) in enumerate(CLAIMS):
        assert evidence in found.get(i, []), (text, found.get(i))
