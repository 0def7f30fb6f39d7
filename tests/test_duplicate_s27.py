"""D601 joins a name the glossary does not know with the same name after its maker's or brand's
capitalised word ("Ultraboost" and "Adidas Ultraboost"), and a firm's short name with its full
name ending on a word of its trade ("Blue Bottle" and "Blue Bottle Coffee"); a word that opens
sentences, a name of function words and a firm's product stay apart."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _d601(ner: str, llm: str, extra: str = "") -> list[tuple[str, str]]:
    fm = ("title: x\ncompanies:\n"
          f"- {{name: {ner}, category: unknown, confidence: high, position: 120,\n"
          f"   context: 'we talked about {ner} for a while'}}\n" + extra +
          f"- {{name: {llm}, category: ai_application, confidence: high, source: llm_enhanced,\n"
          f"   context: 'Discussed as {llm}.'}}\n")
    return [(f.field, f.evidence) for f in audit_text(episode_text(fm), select=("D601",))]


@pytest.mark.parametrize("ner, llm", [
    ("Ultraboost", "Adidas Ultraboost"),
    ("Nitro Plus", "Saucony Nitro Plus"),
    ("Blue Bottle", "Blue Bottle Coffee"),
    ("Carnival", "Carnival Cruises"),
    ("Gotham Greens", "Gotham Greens Farming"),
    ("Ryanair", "Ryanair Airways"),
])
def test_a_short_name_and_its_full_name_are_one_entity(ner, llm):
    assert _d601(ner, llm) == [("companies[1].name", llm)]


@pytest.mark.parametrize("ner, llm", [
    ("America", "Bank of America"),            # a name of function words
    ("Acme Foundry", "Through Acme Foundry"),  # a sentence's opening word, no brand
    ("Quillstack", "Quillstack Radar"),        # a firm and its product
    ("Bud", "Aster Bud"),                      # shorter than four letters
])
def test_other_pairs_stay_apart(ner, llm):
    assert _d601(ner, llm) == []
