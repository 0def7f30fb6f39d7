"""Session 46, from the misspelling misses of blind120 and blind121: an acronym in capitals one
rhyming letter off a glossary acronym is a slip at a sentence's start too ("KPNG has built ...");
a person's name with a surname particle in lowercase is read whole ("Louis von Ahn" for Luis von
Ahn); the glossary knows Lemonade's CEO, Daniel Schreiber; a word glossed in its own script is
mentioned, not named ("sora, 空, in Japanese just means sky")."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


def _misspelt(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(summary_episode(text)) if f.family == "misspelling"]


@pytest.mark.parametrize("text, found", [
    ("KPNG has built generative AI into Clara, its audit platform.", [("M303", "KPNG")]),
    ("HSPC runs its fraud models on the new cluster.", [("M303", "HSPC")]),
    ("NASA is a customer of the platform.", []),
    ("FHIR is the standard for health records.", []),                 # no FAIR: a letter of another sound
    ("SASL is how the mail server logs you in.", []),
])
def test_a_misheard_acronym_at_a_sentences_start(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("Louis von Ahn said Duolingo would be AI-first.", [("M303", "Louis von Ahn")]),
    ("Luis von Ahn said Duolingo would be AI-first.", []),
    ("They sold the von Ahn house last year.", []),
])
def test_a_surname_particle_in_lowercase(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("Daniel Shriber, the CEO, likes to say it's a lemonade stand.", [("M301", "Daniel Shriber")]),
    ("Daniel Schriber, the CEO, likes to say it's a lemonade stand.", [("M303", "Daniel Schriber")]),
    ("Daniel Schreiber, the CEO, likes to say it's a lemonade stand.", []),
])
def test_lemonades_ceo(text, found):
    assert _misspelt(text) == found


@pytest.mark.parametrize("text, found", [
    ("sora, 空, in Japanese just means sky, so every headline was a pun.", []),
    ("sora in Japanese means sky.", []),
    ("sora is the model everyone tried first.", [("M302", "sora")]),
])
def test_a_word_glossed_in_its_own_script(text, found):
    assert _misspelt(text) == found
