"""Consistency: an NER entry in the LLM pass's vocabulary among NER entries of the NER one is
flagged when the LLM pass wrote categories of neither vocabulary ("record_label", "utility"); a
summary's company item whose name looks like a person's is a company when its description calls
it a kind of firm no person is ("**Duke Energy:** ... the other Southeast utility"), and stays a
person when it gives a role ("**Rhiannon Pryce:** solo developer")."""
from __future__ import annotations

import json

from tests.conftest import audit_text, episode_text


def _entities(rows: list[tuple[str, str, bool]]) -> str:
    out = "companies:\n"
    for i, (name, category, llm) in enumerate(rows):
        out += f"- category: {category}\n  confidence: medium\n  context: Mentioned.\n  name: {name}\n"
        out += "  source: llm_enhanced\n" if llm else f"  position: {100 + 50 * i}\n"
    return out


def test_an_ner_entry_in_the_llm_vocabulary_is_flagged_whatever_the_llm_words():
    fm = "title: Vinyl\n" + _entities([("Viryl", "unknown", False), ("Third Man Records", "unknown", False),
                                       ("Bandcamp", "big_tech", False), ("Record Store Day", "unknown", False),
                                       ("Discogs", "marketplace", True), ("Warner Music Group", "record_label", True)])
    found = audit_text(episode_text(fm), select=("C1002",))
    assert [(f.field, f.evidence) for f in found] == [("companies[2].category", "big_tech")]


def test_one_pass_alone_is_its_own_vocabulary():
    fm = "title: Vinyl\n" + _entities([("Viryl", "unknown", False), ("Bandcamp", "big_tech", False),
                                       ("Third Man Records", "unknown", False)])
    assert audit_text(episode_text(fm), select=("C1002",)) == []


def _summary_items(items: list[str]) -> str:
    summary = ("## Podcast Episode Summary: Data centers\n\n### 4. Notable Companies/People\n\n"
               + "\n\n".join(f"*   **{i}" for i in items) + "\n\n### 5. Future Implications\n\nMore of the same.")
    return episode_text(f"title: x\nsummary: {json.dumps(summary)}\n"
                        + _entities([("Georgia Power", "unknown", False), ("Southern Company", "utility", True)]))


def test_a_company_named_like_a_person_is_judged_by_its_description():
    found = audit_text(_summary_items([
        "Georgia Power:** Discussed in the episode.",
        "Duke Energy:** Named as the other Southeast utility racing to add gas capacity.",
        "Rhiannon Pryce:** solo developer.",
        "Marisol Vega:** Transmission planner and the guest.",
    ]), select=("C1008",))
    assert [f.evidence for f in found] == ["Duke Energy"]
