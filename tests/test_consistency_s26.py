"""C1008: an item of the summary's company list about a product ("**Maker (Product):**",
"**Maker:** Product") is covered when the entity list holds the product; a company listed
with a letter or two wrong ("Stabilaty AI") is the company the summary names. A company
named by the list and absent, in every spelling and through every product, is still flagged."""

from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text


def _missing(summary: str, entities: list[str]) -> list[str]:
    companies = "".join(f"- category: ai_company\n  confidence: high\n  context: Discussed by the guest.\n"
                        f"  name: {json.dumps(n)}\n  source: llm_enhanced\n" for n in entities)
    text = episode_text(f"companies:\n{companies}summary: {json.dumps(summary)}\ntitle: Robots\n")
    return [f.evidence for f in audit_text(text, select=("C1008",))]


def test_maker_before_a_listed_product_in_parentheses():
    summary = ("## Summary\n\nRobots and models.\n\n### 4. Notable Companies/People\n\n"
               "*   **Boston Dynamics (Atlas):** Discussed as an example of humanoids.\n"
               "*   **Alibaba (Qwen):** Discussed as an open model.\n*   **Cohere:** Enterprise models.\n")
    assert _missing(summary, ["Atlas", "Qwen", "Cohere"]) == []
    # the product not listed either: the company is missing
    assert _missing(summary, ["Qwen", "Cohere"]) == ["Boston Dynamics"]


def test_a_listed_product_names_its_maker():
    summary = "## Summary\n\n### Notable Companies/People\n\n*   **OpenAI:** Operator.\n\n*   **Cohere:** Command R.\n"
    assert _missing(summary, ["Operator", "Cohere"]) == []
    assert _missing(summary, ["Cohere"]) == ["OpenAI"]


def test_a_company_listed_misspelt():
    summary = "## Summary\n\n### Notable Companies/People\n\n*   **Stability AI:** Open image models.\n*   **Runway:** Video.\n"
    assert _missing(summary, ["Stabilaty AI", "Runway"]) == []
    assert _missing(summary, ["Stabl AI", "Runway"]) == ["Stability AI"]


def _c1009(duration: str, position: int) -> list[str]:
    text = episode_text(f"duration: {duration}\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: the pipeline team at Fivetran said\n  name: Fivetran\n  position: {position}\n"
                        "title: Data\n")
    return [f.field for f in audit_text(text, select=("C1009",))]


def test_a_duration_written_as_a_clock_or_with_its_unit():
    # 12 minutes 30 seconds hold at most 18,750 characters of transcript
    assert _c1009("'12:30'", 40000) == ["companies[0].position"]
    assert _c1009("'0:12:30'", 40000) == ["companies[0].position"]
    assert _c1009("12 min", 40000) == ["companies[0].position"]
    assert _c1009("'1:02:03'", 40000) == []
    assert _c1009("'12:30'", 9000) == []
