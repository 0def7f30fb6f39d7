"""Session 23 (entity-noise): more sentence openers glued to a name at a sentence start of its
NER window are fragments (F501): "Previously Anthropic", "Granted Nvidia", "Not OpenAI",
"Neither Google", "Given Microsoft"; the name alone in the same window stays."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode


def _noise(name: str, window: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, window)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, rest", [
    ("Previously Anthropic", "Anthropic"), ("Granted Nvidia", "Nvidia"), ("Not OpenAI", "OpenAI"),
    ("Neither Google", "Google"), ("Given Microsoft", "Microsoft"), ("Nowadays Perplexity", "Perplexity"),
])
def test_a_sentence_opener_glued_to_a_name(name, rest):
    window = f"t was a long quarter for everyone. {name} said the numbers were better than expected, and"
    assert _noise(name, window) == ["F501"]
    assert _noise(rest, window.replace(name, rest)) == []
