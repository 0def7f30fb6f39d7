"""Fast matching of many literal names: a trie turned into one regular expression.

An alternation of hundreds of names (`OpenAI|Anthropic|...`) makes Python's regex engine try each
alternative at every position; the same names as a trie (`Open(?:AI|Router)|An(?:thropic|...)`)
share their prefixes, so most positions fail after one character.

A pattern that *starts* with the trie (no look-behind or `\\b` in front of it) is faster still:
the engine then knows the characters a match can start with and skips every other position in C,
without entering the matcher. `after_first` puts the check of what precedes a name after its first
character, where it no longer hides the trie's first characters from the engine.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from . import derived


def trie_pattern(words, after_first: str = "") -> str:
    """A regex source matching exactly the given literal strings, longest alternatives first.

    `after_first` (a zero-width pattern, e.g. the look-behind `(?<!\\w.)` for "no word character
    before the name") is inserted after the first character of every word.

    Remembered per set of words and `after_first`: the checks ask for the same name sets more than
    once at start-up (the glossary's makers, products, both), and a source is built once.
    """
    return _trie_pattern(frozenset(words), after_first)


@lru_cache(maxsize=64)
def _trie_pattern(words: frozenset, after_first: str) -> str:
    # built once per machine (see audit.derived): the glossary's tries cost a fresh process 0.1 s
    key = json.dumps([after_first, *sorted(words)], ensure_ascii=False)
    return derived.remembered("audit.textmatch", "trie", key, lambda: _build_trie(words, after_first))


def _build_trie(words: frozenset, after_first: str) -> str:
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    escaped: dict[str, str] = {}

    def esc(ch: str) -> str:
        e = escaped.get(ch)
        if e is None:
            e = escaped[ch] = re.escape(ch)
        return e

    def build(node: dict, after: str) -> str:
        # a node with one character after it and no word ending there needs no group: its run of
        # such nodes is written out in one loop instead of one call each
        chain = ""
        while len(node) == 1 and "" not in node:
            (ch, node), = node.items()
            chain += esc(ch) + after
            after = ""
        branches = [esc(ch) + after + build(child, "") for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return chain
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return chain + (f"(?:{body})?" if "" in node else body)

    return build(trie, after_first)


def starts_with_capital(word: str) -> bool:
    """Does `word` start with an ASCII capital (the names a capitals-only trie can find)?"""
    return "A" <= word[:1] <= "Z"


# a word of four letters or more, not the tail of a possessive or a hyphenated word
# the characters a UTF-8 continuation byte (0x80-0xBF) becomes when read as Windows-1252 or Latin-1:
# what follows a lead byte read so in mojibake ("â€™", "DragoÈ™"), as a regex class
CP1252_CONTINUATION = "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
_LONG_WORD = re.compile(r"(?<![\w'’-])[A-Za-z][a-z]{3,}")


def mostly_capitalised(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is text[start:end] in title case: do at least two in three of its words of four letters or
    more (three or more of them) start with a capital ("Credit Models on Trial: the Fair Lending
    Test")? Misspelling and attribution both leave a headline's capitalised common words alone."""
    words = _LONG_WORD.findall(text, start, len(text) if end is None else end)
    return len(words) >= 3 and 3 * sum(w[0].isupper() for w in words) >= 2 * len(words)


# a letter of a script written without spaces between words (kana, CJK ideographs, Hangul
# syllables): a name glued to one ("Sakana AIの", "MetaのLlama") is a whole word of its sentence
NO_SPACES_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


# Latin letters that Unicode's decomposition (NFKD) keeps as they are, as the letters an English
# text writes for them ("Ørsted" is "Orsted", "Łódź" "Lodz", "Straße" "Strasse"): a name's
# accents dropped drops these too
UNDECOMPOSED_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                      "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                                      "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def unaccented(name: str) -> str:
    """`name` without its accents ("Hermes" of "Hermès", "Kutylowski" of "Kutyłowski"), or as it
    is: ASCII already, or of a script with no Latin letters to fold to."""
    if name.isascii():
        return name
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED_LETTERS))
                     if not unicodedata.combining(c))
    return folded if folded.isascii() else name


# --- acronyms ------------------------------------------------------------------------------------

# words an acronym leaves out ("Office of the National Coordinator" is ONC)
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "la"})
_ACRONYM_WORD = re.compile(r"[A-Za-z][a-z]*|[A-Z]+")
# the legal forms whose letter an acronym may end on ("CATL": Contemporary Amperex Technology Co., Limited)
_LEGAL_LETTERS = frozenset("lcig")


def abbreviates(acronym: str, name: str) -> bool:
    """Is `acronym` the name's words, each given by its first letter or up to three first letters
    ("ERCOT": Electric Reliability COuncil of Texas), small words ("of", "for") and the second
    half of a hyphenated word ("Medium-Range") given or not, maybe with a legal form's letter
    after them ("CATL": Contemporary Amperex Technology)? Every other word gives a letter."""
    words: list[tuple[str, bool]] = []
    for part in name.split():
        pieces = [p.lower() for p in _ACRONYM_WORD.findall(part)]
        for k, w in enumerate(pieces):
            words.append((w, k > 0 or w in ACRONYM_SKIP))
    if len(words) < 2 or len(words) > 12:
        return False
    low = acronym.lower()

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(low) or (i == len(low) - 1 and low[i] in _LEGAL_LETTERS)
        w, optional = words[j]
        if optional and match(i, j + 1):
            return True
        return any(w[:k] == low[i:i + k] and match(i + k, j + 1) for k in range(1, min(3, len(w)) + 1)
                   if i + k <= len(low))

    return match(0, 0)
