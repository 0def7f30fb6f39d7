"""Session 63: a name written as it sounds, with one sound spelled another way ("oo" for "u", "ee"
for "i", "ph" for "f", a final "y" for "i", a letter doubled), is its glossary name's misspelling
though two edits away ("Zhipoo" for Zhipu, "Veedu" for Vidu): the key spelled as heard is the
name's. English words, names of another first letter and keys two entries share stay quiet."""

from __future__ import annotations

import pytest

from audit.checks.misspelling import vowel_sound
from tests.conftest import audit_text, summary_episode


def _misspelt(text: str) -> list[tuple[str, str]]:
    return [(f.evidence, f.fix.edits[0].replacement if f.fix else "") for f in audit_text(summary_episode(text))
            if f.family == "misspelling"]


@pytest.mark.parametrize("key,heard", [("zhipoo", "zhipu"), ("kimmy", "kimi"), ("phylan", "filan"),
                                       ("veedu", "vidu"), ("charley", "charli"), ("charlie", "charli")])
def test_the_key_spelled_as_heard(key, heard):
    assert vowel_sound(key) == heard


@pytest.mark.parametrize("text,evidence", [
    ("Zhipoo released a new model this week.", "Zhipoo"),
    ("Shengshu's Veedu makes short video clips.", "Veedu"),
])
def test_a_name_spelled_as_it_sounds_is_found(text, evidence):
    found = _misspelt(text)
    assert [e for e, _ in found] == [evidence]


@pytest.mark.parametrize("text", [
    "The booth was full of people.",      # an English word
    "Zipoo is a made-up word here.",       # another first letter's key (no name starts so)
    "Zhipu released a new model this week.",
    "Impact reason: why LLMOps tooling matters to the hosts.",  # a letter from g63b's LLM-jp
])
def test_words_and_right_spellings_stay_quiet(text):
    assert _misspelt(text) == []


def test_a_versioned_slip_beside_its_right_name_is_still_found():
    # Hypothesis found it (tests/test_fix_properties.py): "... the Llama and Lama 4" was read as two
    # names told apart by "and" ("Thomas Wolfe and Thomas Wolf"); the version makes it the model's
    assert _misspelt("Lama 4 Lama 4 the the the Llama and Lama 4") == [("Lama", "Llama")] * 3
    assert _misspelt("Thomas Wolfe and Thomas Wolf wrote novels.") == []
