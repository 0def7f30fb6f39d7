"""Misspelling: an NER window is cut at a character count, so its first word may be the tail of a
longer one ("bing" of "[transcri]bing"): a lowercase name there is no casing slip. Inside the
window, or capitalised at its start, a slip is still found."""
import json

from tests.conftest import audit_text, episode_text


def _found(context: str) -> list[str]:
    fm = (f"title: x\ncompanies:\n- name: Abridge\n  category: unknown\n  confidence: medium\n"
          f"  context: {json.dumps(context)}\n  position: 100\n")
    return [f.evidence for f in audit_text(episode_text(fm), select=["misspelling"])]


def test_a_lowercase_name_at_a_windows_start_is_a_cut_word():
    assert _found("bing to forty emergency physicians, half on Abridge and half on DAX Copilot from Nuance") == []


def test_slips_inside_the_window_are_found():
    assert _found("scribing to forty physicians, half on Abridge and half on openai models from Nuance") == ["openai"]
    assert _found("Openai tools for forty physicians, half on Abridge and half on DAX Copilot") == ["Openai"]


def _quote(text: str) -> list[str]:
    fm = f"title: x\nquotes:\n- text: {json.dumps(text)}\n  relevance_score: 5\n"
    return [f.evidence for f in audit_text(episode_text(fm), select=["misspelling"])]


def test_a_word_glossed_or_named_as_a_word_is_no_name():
    assert _quote("A concrete benefit: earlier flood warnings for gravel roads (sora = gravel) in spring.") == []
    assert _quote("She explains that the Japanese word sora is where the name comes from.") == []
    assert _quote("We generated the clip with sora yesterday.") == ["sora"]
