"""A name of generic words ("Benchmark") is a firm when its NER window makes it the bare subject of
a clause inside a sentence ("..., Benchmark hasn't changed at all"), or when the LLM context
describes a firm with a clause right after the kind ("Firm the guest compares with Greylock"). The
same words at a sentence's start, or with an article, stay a generic term."""
import json

import pytest

from tests.conftest import audit_text, episode_text, ner_entity_episode


def _ner(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, context), select=["entity-noise"])]


def _llm(name: str, context: str) -> list[str]:
    fm = (f"title: x\ncompanies:\n- name: {name}\n  context: {json.dumps(context)}\n"
          f"  source: llm_enhanced\n")
    return [f.rule for f in audit_text(episode_text(fm), select=["entity-noise"])]


@pytest.mark.parametrize("name, context", [
    ("Benchmark", "n rate fell by a third. Sequoia is writing fewer As, Benchmark hasn't changed at all, five partners"),
    ("Benchmark", "the big funds raised again and Benchmark said no to a growth fund, which"),
])
def test_a_bare_subject_inside_a_sentence_is_a_name(name, context):
    assert _ner(name, context) == []


@pytest.mark.parametrize("name, context", [
    ("Benchmark", "we ran it twice. Benchmark is the word everyone uses for that, and"),
    ("Benchmark", "the numbers moved, and the Benchmark was never the point of it"),
])
def test_a_generic_word_at_a_sentence_start_or_with_an_article_stays_generic(name, context):
    assert _ner(name, context) == ["F504"]


def test_an_llm_context_describing_a_firm_with_a_clause():
    assert _llm("Benchmark", "Firm the guest compares with Greylock for its small equal partnership.") == []
    assert _llm("Benchmark", "The reference score the guest compares models against.") == ["F504"]


def test_a_trade_terms_head_is_not_looked_for_past_an_article():
    """"Alternative venue the market organisers considered": the description's head is "venue";
    "market" begins another noun phrase, after "the", and makes no term of a trade of "Home Depot"."""
    assert _llm("Home Depot", "Alternative venue the market organisers considered before choosing Lowe's.") == []
    assert _llm("Carbon Credits", "Discussed as a market mechanism for offsetting emissions.") == ["F504"]
