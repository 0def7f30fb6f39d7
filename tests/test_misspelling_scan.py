"""`scan_texts` (one pass over a batch's texts joined) finds exactly what `find_misspellings` finds per text.

`find_misspellings` runs the candidate regex of its definition on one text; `scan_texts` joins the
texts with NUL and finds capitalised candidates and (rarely) lowercase ones with two faster scans.
Compared on generated texts from the glossary's own spellings, cased every way and glued with the
characters the scans treat specially, and on every free text of the example episodes and a
generated corpus.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.checks.misspelling import NameMatcher, find_misspellings, scan_texts
from audit.engine import discover
from audit.episode import load_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.tables import Batch
from tests.conftest import ROOT, generated_corpus
from tests.test_name_scans import glossary_texts

GL = glossary(Knowledge.load([]))
M = NameMatcher(GL)
ORDINARY = ["you", "open", "model", "data", "the", "it", "re", "s", "Know", "The", "And", "xai", "ai",
            "openai", "nvidia", "a16z", "o1", "gpt", "4o", "café", "naïve", "Über", "clément", "workos"]
SEPARATORS = [" ", " ", " ", "-", "'", "’", "'s ", ".", "/", "@", "#", "\\", "_", "\n", ", ", " (", ") ",
              "“", "”", "é", "1", "  ", "\0", "-v2 ", " model ", ". ", "\t"]
KINDS = ["name", "context", "text", "summary", "title"]


def per_text(texts):
    return [(i, a, b, v) for i, (text, kind) in enumerate(texts) for a, b, v in find_misspellings(text, kind, M)]


def text():
    return glossary_texts(ordinary=ORDINARY, separators=SEPARATORS, min_words=0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(text(), st.sampled_from(KINDS)), max_size=6))
def test_joined_scan_equals_the_scan_of_each_text(texts):
    assert list(scan_texts(texts, M)) == per_text(texts)


def test_the_looks_around_a_span_stop_at_its_own_text():
    # (a lowercase word of the text before, across the NUL that joins them, made "CLAUD" five
    # capitals amid lowercase text in the joined scan only: found by the property test above)
    texts = [("you ", "name"), ("CLAUD 01.AI 01.AI", "text")]
    assert list(scan_texts(texts, M)) == per_text(texts) != []


def test_lowercase_candidates_and_hyphens_across_texts():
    texts = [("we use openai-style APIs and nvidia's chips", "text"), ("open-source Lama 3", "context"),
             ("Foo-open Chat GPT", "text"), ("open-Lama-Bar Openai", "name"), ("", "text"),
             ("Openai", "name"), ("a NUL\0inside Antropic", "text"), ("workos.com/radar Lama", "text")]
    found = list(scan_texts(texts, M))
    assert found == per_text(texts)
    spans = {texts[i][0][a:b] for i, a, b, _ in found}
    assert {"Openai", "Antropic", "Chat GPT"} <= spans  # the test texts do hold misspellings


def test_every_text_of_real_episodes():
    corpus = generated_corpus(30, random.Random(11).randint(0, 10**6))
    files = discover([ROOT / "examples", corpus], ["*.md", "*.txt"], [])
    batch = Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))
    texts = [(t, kind) for _, _, t, kind in batch.texts()]
    assert len(texts) > 3000
    found = list(scan_texts(texts, M))
    assert len(found) > 100
    assert found == per_text(texts)


def test_lowercase_candidates_equal_the_definitions():
    """`_lowercase_matches` finds exactly the definition's candidates that start lowercase, first
    words with a letter outside ASCII ("sébastien", "rené") included, and no others for their
    ASCII start ("s" of "Meta's")."""
    from audit.checks.misspelling import _lowercase_matches

    texts = ["we met sébastien bubeck and rené-haas; clément's talk, françois chollet", "Meta's and s models",
             "x-sébastien sébastienbubeck café renéhaas", "openai-style nvidia's workos s-curve"]
    text = "\0".join(texts)
    lower = [(cm.start(), cm.group(0)) for cm in _lowercase_matches(text, M)]
    definition = [(cm.start(), cm.group(0)) for cm in M.candidates.finditer(text) if cm.group(0)[:1].islower()]
    assert lower == definition
    # a key with a letter outside ASCII starts a candidate (its ASCII start: the word regex stops at
    # "é"); the "s" after an apostrophe does not
    whole = text.index("sébastienbubeck"), text.index("renéhaas")
    assert [g for k, g in lower if k in whole] == ["s", "ren"]
    assert {"openai-style", "nvidia's", "workos"} <= {g for _, g in lower}
    assert text.index("s models") not in {k for k, _ in lower}


def test_talk_of_models_in_the_text_before_makes_no_model_of_a_word():
    # (hypothesis found it: "Model" ending the text before, across the NUL, made "Bloom" the BLOOM model)
    texts = [("1 X World Model ", "name"), ("01.AI Bloom. ", "context")]
    assert list(scan_texts(texts, M)) == per_text(texts) == []
