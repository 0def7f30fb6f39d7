"""Core families on texts in Finnish, Indonesian, Greek, Vietnamese, Hebrew and Arabic:
- not-mentioned: "Ei mainita jaksossa", "Tidak disebutkan", "Δεν αναφέρεται", "Không được nhắc
  đến", "לא מוזכר", "لم يذكر" (a low-confidence entity); an affirmation stays quiet;
- misspelling: a Finnish, Greek, Vietnamese or Indonesian text's own short words are that
  language's (Finnish "nyt", "now", is no miscased NYT), while a misspelt name in the same
  text is still found."""
import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode


def _rules(text: str, family: str) -> list[str]:
    return [f.rule for f in audit_text(text, select=[family])]


def _context(context: str) -> str:
    return episode_text(f"title: x\ncompanies:\n- name: Ilmatieteen laitos\n  category: unknown\n"
                        f"  confidence: high\n  context: {json.dumps(context)}\n  position: 100\n")


@pytest.mark.parametrize("context", [
    "Ei mainita jaksossa.",
    "Ei ole mainittu suoraan; lisätty taustatiedoksi.",
    "Tidak disebutkan dalam episode ini.",
    "Δεν αναφέρεται στο επεισόδιο.",
    "Không được nhắc đến trong tập này.",
    "לא מוזכר בפרק.",
    "لم يذكر في الحلقة",
])
def test_not_mentioned_in_more_languages(context):
    assert _rules(llm_entity_episode("Mistral AI", context, confidence="low"), "not-mentioned") == ["N201"]


def test_mentioned_in_finnish_is_quiet():
    assert _rules(llm_entity_episode("Mistral AI", "Mainitaan kahdesti jakson alussa.", confidence="low"),
                  "not-mentioned") == []


@pytest.mark.parametrize("context", [
    "no siis Ilmatieteen laitos ajaa nyt rinnakkain fysikaalista mallia ja koneoppimismallia",
    "tekstit kirjoitetaan nyt osittain Mistral AI:n kielimallilla, koska se on nopea",
])
def test_finnish_words_are_no_acronyms(context):
    assert _rules(_context(context), "misspelling") == []


def test_a_misspelt_name_in_finnish_is_still_found():
    found = audit_text(_context("tekstit kirjoitetaan nyt osittain Mistal AI:n kielimallilla, koska se on nopea"),
                       select=["misspelling"])
    assert [(f.rule, f.evidence) for f in found] == [("M301", "Mistal")]
