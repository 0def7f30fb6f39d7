"""Fast matching of many literal names: a trie turned into one regular expression.

An alternation of hundreds of names (`OpenAI|Anthropic|...`) makes Python's regex engine try each
alternative at every position; the same names as a trie (`Open(?:AI|Router)|An(?:thropic|...)`)
share their prefixes, so most positions fail after one character.
"""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """A regex source matching exactly the given literal strings, longest alternatives first."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return build(trie)
