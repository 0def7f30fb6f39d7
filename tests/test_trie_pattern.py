"""`textmatch.trie_pattern` writes the same source as its plain definition (one call per trie
node, every character escaped anew), from which it differs only in speed."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.textmatch import _trie_pattern, trie_pattern


def plain_trie_pattern(words, after_first: str = "") -> str:
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict, first: bool) -> str:
        end = "" in node
        after = after_first if first else ""
        branches = [re.escape(ch) + after + build(child, False)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie, True)


AFTER = ["", r"(?<!\w.)", r"(?<![\w-].)"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab .-(*\\\n", max_size=6), max_size=12), st.sampled_from(AFTER))
def test_trie_pattern_is_the_plain_one(words, after_first):
    assert _trie_pattern.__wrapped__(frozenset(words), after_first) == plain_trie_pattern(words, after_first)
    assert trie_pattern(words, after_first) == plain_trie_pattern(words, after_first)


def test_trie_pattern_of_the_glossary():
    gl = glossary(Knowledge.load([]))
    names = {f for e in gl.entries for f in e.accepted + e.misspellings}
    for after_first in AFTER:
        source = _trie_pattern.__wrapped__(frozenset(names), after_first)
        assert source == plain_trie_pattern(names, after_first)
        assert trie_pattern(sorted(names), after_first) is trie_pattern(names, after_first)  # remembered
