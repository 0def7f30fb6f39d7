"""Episodes in other languages than English: a German "mit" is no MIT in lowercase, a German
genitive ("Aleph Alphas Modellfamilie") no misspelling of Aleph Alpha, a German title's last noun
no cut word; wrong makers are found in German, French, Spanish and Portuguese phrasings ("Gemini
von Meta", "Claude, el modelo de OpenAI"); an entity named in mojibake is grounded by its repaired
name. The same shapes in English keep their findings."""
from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item


def _codes(text: str, family: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(text, select=(family,))]


GERMAN_QUOTES = [
    "Siemens hat mit dem Industrial Copilot gezeigt, dass KI in der Fabrikhalle nicht nur ein Chatfenster ist.",
    "Die Verträge laufen über Aleph Alphas Modellfamilie, weil die Daten in Deutschland bleiben sollen.",
    "Dass Siemens den Industrial Copilot zusammen mit Microsoft baut, zeigt, wie eng Industrie und Cloud sind.",
]


def test_german_words_are_no_misspelt_names():
    assert findings_by_item(GERMAN_QUOTES, "misspelling") == {}


@pytest.mark.parametrize("text,evidence", [
    ("The researchers at mit built the benchmark in a month.", "mit"),
    ("We licensed Aleph Alphas models for the pilot and the price was fine.", "Aleph Alphas"),
])
def test_the_same_shapes_in_english_are_flagged(text, evidence):
    assert [f.evidence for f in findings_by_item([text], "misspelling").get(0, [])] == [evidence]


def test_a_name_and_an_ordinary_word_after_it_is_no_casing_slip():
    assert findings_by_item(["Alibaba's Qwen coder models are what the team runs locally."], "misspelling") == {}
    assert [f.evidence for f in findings_by_item(["The bank standardised on GitHub copilot."], "misspelling")[0]] \
        == ["GitHub copilot"]


@pytest.mark.parametrize("text,evidence", [
    ("Gemini von Meta haben wir gar nicht erst getestet.", "Gemini von Meta"),
    ("Mistral Large, le modèle de Google, reste le plus rapide.", "Mistral Large, le modèle de Google"),
    ("Los invitados comparan Claude, el modelo de OpenAI, con las alternativas abiertas.",
     "Claude, el modelo de OpenAI"),
    ("Claude, développé par Google, écrit les contrats.", "Claude, développé par Google"),
    ("Llama, o modelo da Google, roda no notebook.", "Llama, o modelo da Google"),
])
def test_wrong_makers_in_other_languages_are_found(text, evidence):
    assert [f.evidence for f in findings_by_item([text], "attribution").get(0, [])] == [evidence]


@pytest.mark.parametrize("text", [
    "Gemini von Google und Claude von Anthropic laufen beide im Test.",
    "Claude de Anthropic es el que usamos para los contratos.",
    "Le Chat, le modèle de Mistral AI, est gratuit.",
])
def test_right_makers_in_other_languages_stay_quiet(text):
    assert findings_by_item([text], "attribution") == {}


def _titled(title: str, quotes: list[str]) -> str:
    return episode_text(f"title: {json.dumps(title)}\nquotes:\n"
                        + "".join(f"- relevance_score: 7\n  text: {json.dumps(q)}\n" for q in quotes))


def test_a_german_titles_last_noun_is_no_cut_word():
    german = _titled("KI im Mittelstand: Schnittstellen statt Modelle", GERMAN_QUOTES)
    assert [f for f in audit_text(german, select=("truncation",)) if f.field == "title"] == []
    english = _titled("How a Small Bakery Scaled to Forty Locati", ["We opened the first shop in a garage."])
    assert [f.field for f in audit_text(english, select=("truncation",))] == ["title"]


def test_a_name_in_mojibake_is_grounded_by_its_repaired_name():
    fm = ("title: Banks and models\nsummary: Société Générale runs its own models.\ncompanies:\n"
          "- category: finance\n  confidence: medium\n  context: French bank with in-house models.\n"
          "  name: SociÃ©tÃ© GÃ©nÃ©rale\n  source: llm_enhanced\n"
          "- category: finance\n  confidence: medium\n  context: French bank named by the host.\n"
          "  name: BNP Paribas\n  source: llm_enhanced\n")
    found = audit_text(episode_text(fm), select=("grounding", "mojibake"))
    assert sorted({(f.family, f.field) for f in found}) == [("grounding", "companies[1].name"),
                                                            ("mojibake", "companies[0].name")]
