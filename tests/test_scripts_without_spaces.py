"""Japanese, Chinese and Korean write no spaces between words: a name glued to a kana, an
ideograph or a Hangul syllable is a whole word of its sentence. Entity-noise finds no cut name in
"Sakana AIの進化的モデル" or "OpenAIのSora", and grounding finds "Meta" in "ELYZAはMetaのLlamaを";
a name glued to Latin letters is still cut ("Ray-Ban Meta")."""
import json

import pytest

from tests.conftest import audit_text, episode_text, ner_entity_episode

WINDOW = "富岳で学習したFugaku-LLMもありますし、ELYZAはMetaのLlamaをベースに日本語を追加学習しました。"


@pytest.mark.parametrize("name, window", [
    ("Sakana AI", "日本語LLMの現状：Sakana AIの進化的モデルマージの論文は面白い"),
    ("Sora", "OpenAIのSoraという名前は日本語の「空」から"),
    ("Llama", WINDOW),
    ("ELYZA", WINDOW),
])
def test_a_name_glued_to_japanese_is_no_cut(name, window):
    assert [f.rule for f in audit_text(ner_entity_episode(name, window), select=["F502"])] == []


def test_a_name_glued_to_latin_letters_is_still_cut():
    window = "we tried the new Ray-Ban Meta glasses on the show last week and they"
    assert [f.rule for f in audit_text(ner_entity_episode("Ban Meta", window), select=["F502"])] == ["F502"]


def test_a_name_glued_to_japanese_grounds_an_llm_entity():
    fm = (f"title: x\ncompanies:\n- name: ELYZA\n  category: unknown\n  confidence: medium\n"
          f"  context: {json.dumps(WINDOW)}\n  position: 100\n"
          f"- name: Meta\n  category: big_tech\n  confidence: high\n  context: Llamaを公開した会社。\n"
          f"  source: llm_enhanced\n- name: Cohere\n  category: ai_company\n  confidence: high\n"
          f"  context: カナダの会社。\n  source: llm_enhanced\n")
    assert [f.evidence for f in audit_text(episode_text(fm), select=["G901"])] == ["Cohere"]
