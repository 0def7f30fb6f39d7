"""C1008: a product or model named like its maker ("Perplexity" of Perplexity AI, "Mistral" of
Mistral AI) listed as a bold item under a heading about companies stands for the maker: the
summary names a company, and the entity list must hold it (as the maker or the product)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text


def _episode(summary: str, entities: list[str]) -> str:
    companies = "".join(f"- category: ai_company\n  confidence: high\n  context: Discussed by the guest.\n"
                        f"  name: {json.dumps(n)}\n  source: llm_enhanced\n" for n in entities)
    return episode_text(f"companies:\n{companies}summary: {json.dumps(summary)}\ntitle: Search\n")


def _missing(summary: str, entities: list[str]) -> list[str]:
    return [f.evidence for f in audit_text(_episode(summary, entities), select=("C1008",))]


@pytest.mark.parametrize("item", ["Perplexity", "Mistral", "Midjourney"])
def test_product_named_like_its_maker_under_company_heading_is_the_maker(item):
    summary = (f"## Summary\n\nA talk about search.\n\n### Companies Mentioned\n\n- **Cohere**: enterprise models\n"
               f"- **{item}**: discussed as a competitor\n")
    assert _missing(summary, ["Cohere"]) == [item]


@pytest.mark.parametrize("entities", [["Cohere", "Perplexity AI"], ["Cohere", "Perplexity"]])
def test_listed_maker_or_product_is_quiet(entities):
    summary = "## Summary\n\n### Companies Mentioned\n\n- **Cohere**: models\n- **Perplexity**: search answers\n"
    assert _missing(summary, entities) == []


def test_other_products_under_company_heading_stay_quiet():
    summary = "## Summary\n\n### Notable Companies/People\n\n- **Cohere**: models\n- **ChatGPT**: the baseline assistant\n"
    assert _missing(summary, ["Cohere"]) == []


def _kind_mismatch(name: str, category: str) -> list[str]:
    fm = (f"companies:\n- category: {category}\n  confidence: high\n  context: Discussed by the guest.\n"
          f"  name: {json.dumps(name)}\n  source: llm_enhanced\ntitle: Models\n")
    return [f.field for f in audit_text(episode_text(fm), select=("C1001",))]


@pytest.mark.parametrize("name", ["Qwen3", "Qwen3-235B", "Gemma3", "o3-mini", "Nova Pro", "Grok Mini", "Phi4-mini"])
def test_model_with_glued_version_or_tier_word_is_a_model(name):
    assert _kind_mismatch(name, "big_tech") == ["companies[0].category"]


@pytest.mark.parametrize("name, category", [
    ("Qwen3", "ai_model"), ("o3-mini", "ai_application"), ("GPT4All", "ai_company"),
    ("Perplexity Pro", "ai_company"), ("Cursor Pro", "ai_startup"), ("Meta3", "big_tech"),
])
def test_right_category_or_no_model_stays_quiet(name, category):
    assert _kind_mismatch(name, category) == []


@pytest.mark.parametrize("section", [
    "### Companies\n- Cohere: models\n- Zentrix Robotics: warehouse robots\n",
    "### Companies\n- Cohere — models\n- Zentrix Robotics — warehouse robots\n",
    "### Key Players\n1. Cohere (models)\n2. Zentrix Robotics (robots)\n",
    "### Companies & People\n- Cohere\n- Zentrix Robotics\n- Maria Ortiz\n",
])
def test_plain_list_item_under_company_heading_is_judged(section):
    assert _missing("## Summary\n\nRobots.\n\n" + section, ["Cohere"]) == ["Zentrix Robotics"]


@pytest.mark.parametrize("section", [
    "### Notable Companies\n- Cohere is discussed a lot.\n- The Enterprise market: slow\n- Open-source models: rising\n",
    "### Notable Companies/People\n- Cohere: models\n- Maria Ortiz: the guest\n- ChatGPT: baseline\n- Llama 4: a model\n",
    "### Key Topics\n- Zentrix Robotics: warehouse robots\n",
])
def test_sentences_people_products_and_other_sections_stay_quiet(section):
    assert _missing("## Summary\n\nRobots.\n\n" + section, ["Cohere"]) == []


def _date_findings(date: str, processing_date: str) -> list[tuple[str, str]]:
    fm = f"date: {date}\nprocessing_date: {processing_date}\ntitle: Dates\n"
    return [(f.rule, f.field) for f in audit_text(episode_text(fm), select=("C1005", "C1006"))]


@pytest.mark.parametrize("processing_date", ["1759698000", "1759698000000"])
def test_epoch_processing_date_before_the_episode_is_found(processing_date):
    assert ("C1006", "processing_date") in _date_findings("2025-11-29 15:46:54 +0000", processing_date)


@pytest.mark.parametrize("date, processing_date", [
    ("2025-04-29 15:46:54 +0000", "1759698000"),  # after the episode: only its format differs
    ("1759698000", "1764430014"),
])
def test_epoch_processing_date_after_the_episode_is_not_early(date, processing_date):
    assert ("C1006", "processing_date") not in _date_findings(date, processing_date)


@pytest.mark.parametrize("processing_date", ["null", "~"])
def test_null_processing_date_is_in_no_format(processing_date):
    assert _date_findings("2025-04-29 15:46:54 +0000", processing_date) == []


def _score_findings(scores) -> list[str]:
    quotes = "".join(f"- relevance_score: {s}\n  text: Latency is a feature.\n" for s in scores)
    return [f.field for f in audit_text(episode_text(f"quotes:\n{quotes}title: Quotes\n"), select=("C1007",))]


def test_score_written_as_a_quoted_number_is_compared():
    assert _score_findings([4, "'8'"]) == ["quotes[1].relevance_score"]


@pytest.mark.parametrize("scores", [[8, "'8'"], ["'8.0'", 8], ["high", 8]])
def test_same_number_quoted_or_a_word_is_no_contradiction(scores):
    assert _score_findings(scores) == []


def _ner_episode(positions, has_transcript="true") -> str:
    companies = "".join(f"- category: unknown\n  confidence: medium\n  context: the guest talks about Acme {k}\n"
                        f"  name: Acme {k}\n  position: {p}\n" for k, p in enumerate(positions))
    return episode_text(f"companies:\n{companies}duration: 60\nhas_transcript: {has_transcript}\ntitle: Order\n")


@pytest.mark.parametrize("flag", ["0", "n", "'N'", "'off'"])
def test_other_spellings_of_false_with_positions_are_flagged(flag):
    found = audit_text(_ner_episode([100, 200], flag), select=("C1004",))
    assert [f.field for f in found] == ["has_transcript"]


@pytest.mark.parametrize("flag", ["1", "'yes'", "'Y'"])
def test_true_flags_stay_quiet(flag):
    assert audit_text(_ner_episode([100, 200], flag), select=("C1004",)) == []


def test_positions_written_as_quoted_digits_are_ordered():
    found = audit_text(_ner_episode([170, "'5245'", 309, 420, 515]), select=("C1003",))
    assert [f.field for f in found] == ["companies[1].position"]
    assert audit_text(_ner_episode(["'170'", "'245'", "'309'"]), select=("C1003",)) == []
