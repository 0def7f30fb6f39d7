"""Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 on its way through the pipeline."""

from __future__ import annotations

import difflib
import re
from re import _constants as _c, _parser

import ftfy
from ftfy.badness import BADNESS_RE

from ..findings import Severity
from .base import Rule, text_finding

_SPACE = re.compile(r"\s")
_PUNCT_MOJIBAKE = re.compile("â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_WORDS = re.compile(r"(\s+)")  # split keeping the white space: words at even, spaces at odd indexes
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_ONE_CHARACTER = {_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY}
_AT_START = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}


def _needs_non_ascii(items) -> bool:
    """Does every match of the parsed regex `items` hold a non-ASCII character?"""
    for op, av in items:
        if op is _c.LITERAL and av >= 128:
            return True
        if op is _c.IN and all((o is _c.LITERAL and a >= 128) or (o is _c.RANGE and a[0] >= 128) for o, a in av):
            return True
        if op is _c.SUBPATTERN and _needs_non_ascii(av[-1]):
            return True
        if op is _c.BRANCH and all(_needs_non_ascii(alt) for alt in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and _needs_non_ascii(av[2]):
            return True
    return False


def _sees_only_its_match(items) -> bool:
    """Does the parsed regex `items` look at no character outside its match (the start of the
    string aside): no lookaround, word boundary, end anchor, back reference or atomic group?"""
    for op, av in items:
        if op is _c.BRANCH:
            if not all(_sees_only_its_match(alt) for alt in av[1]):
                return False
        elif op is _c.SUBPATTERN:
            if not _sees_only_its_match(av[-1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            if not _sees_only_its_match(av[2]):
                return False
        elif not (op in _ONE_CHARACTER or (op is _c.AT and av in _AT_START)):
            return False
    return True


def _window(pattern: re.Pattern) -> int | None:
    """The longest match of `pattern` when every match holds a non-ASCII character and the
    pattern sees only its match; else None. Such a pattern matches a text exactly when it
    matches within this many characters of a run of non-ASCII characters."""
    if pattern.flags & re.IGNORECASE:  # "K" (Kelvin) would match "k"
        return None
    items = _parser.parse(pattern.pattern, pattern.flags)
    width = items.getwidth()[1]
    if width >= _c.MAXREPEAT or not _needs_non_ascii(items) or not _sees_only_its_match(items):
        return None
    return width


try:
    _BAD_WINDOW = _window(BADNESS_RE)
except Exception:  # noqa: BLE001 - a pattern shape this analysis does not know: use ftfy's own test
    _BAD_WINDOW = None


def looks_bad(text: str) -> bool:
    """ftfy.badness.is_bad(text): its heuristic searched for only around the non-ASCII
    characters of `text` (a long text with a few curly quotes costs a few short searches)."""
    if _BAD_WINDOW is None:
        return ftfy.badness.is_bad(text)
    windows: list[list[int]] = []  # [start, end) around each run, merged where they overlap
    for m in _NON_ASCII_RUN.finditer(text):
        a, b = max(0, m.start() - _BAD_WINDOW + 1), m.end() + _BAD_WINDOW - 1
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    return any(BADNESS_RE.search(text, a, b) for a, b in windows)


_STEP_CONFIG = ftfy.TextFixerConfig(explain=False)  # the configuration of ftfy.fix_encoding
# ftfy's own step (private, present in ftfy 6); without it, ftfy.fix_encoding does the same work
_ONE_STEP = getattr(ftfy, "_fix_encoding_one_step_and_explain", None)


def fix_encoding(text: str) -> str:
    """ftfy.fix_encoding(text), step by step as ftfy takes them.

    ftfy repeats a step until the text stops changing, and a step returns a text its badness
    heuristic passes unchanged; the same test made by `looks_bad` spares the last step's scan
    of the whole repaired text.
    """
    if _ONE_STEP is None:
        return ftfy.fix_encoding(text)
    while looks_bad(text):
        fixed = _ONE_STEP(text, _STEP_CONFIG).text
        if fixed == text:
            break
        text = fixed
    return text


def _word_bounds(text: str, i: int, j: int) -> tuple[int, int]:
    """Widen [i, j) to the whole run of non-space characters it touches."""
    while i > 0 and not _SPACE.match(text[i - 1]):
        i -= 1
    while j < len(text) and not _SPACE.match(text[j]):
        j += 1
    return i, j


def mojibake_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for each word of `text` that ftfy's `fix_encoding` repairs.

    Only strings with a non-ASCII character can hold mojibake, so the rest cost nothing.
    `fix_encoding` (not `fix_text`) only undoes encoding mix-ups: correct curly quotes, dashes,
    accents and CJK are left alone.
    """
    if text.isascii():  # str.isascii is a flag check, cheaper than any scan
        return []
    fixed = fix_encoding(text)
    spans = _whole_string_spans(text, fixed) if fixed != text else []
    return sorted(spans + _word_spans(text, spans))


def _whole_string_spans(text: str, fixed: str) -> list[tuple[int, int, str]]:
    # fix_encoding keeps the white space between words, so the two texts align word by word
    # (linear time); a repair that changes the white space itself falls back to a character diff.
    words, repaired = _WORDS.split(text), _WORDS.split(fixed)
    if len(words) == len(repaired) and words[1::2] == repaired[1::2]:
        out, pos = [], 0
        for w, r in zip(words, repaired):
            if w != r:
                out.append((pos, pos + len(w), r))
            pos += len(w)
        return out
    return _char_diff_spans(text, fixed)


def _word_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mojibake words in a string that fix_encoding cannot repair as a whole, outside the spans
    `taken` by the whole-string repair.

    ftfy judges a whole string: correct non-ASCII text next to the damage ("2× â€”") can make
    the whole-string repair impossible. Words with the unmistakable three-character form of
    UTF-8 punctuation read as Windows-1252 ("â€”", "â€™", "â€œ") that ftfy's own badness
    heuristic also calls mojibake are then repaired one by one. Ambiguous two-character forms
    ("Ã¥") are left to the whole-string judgement, as ftfy does.
    """
    if "â€" not in text:
        return []
    out, word_end = [], 0
    # every word the pattern matches in holds a match of a scan of the whole text (a match
    # starts at "â", which is no white space): only the words those matches start in are tried
    for m in _PUNCT_MOJIBAKE.finditer(text):
        if m.start() < word_end:
            continue  # a word already tried
        a, word_end = _word_bounds(text, m.start(), m.start() + 1)
        if any(i < word_end and a < j for i, j, _ in taken):
            continue
        w = text[a:word_end]
        if _PUNCT_MOJIBAKE.search(w) and looks_bad(w):
            r = fix_encoding(w)
            if r != w:
                out.append((a, word_end, r))
    return out


def _char_diff_spans(text: str, fixed: str) -> list[tuple[int, int, str]]:
    ops = difflib.SequenceMatcher(None, text, fixed, autojunk=False).get_opcodes()

    def to_fixed(p: int) -> int:
        for _tag, i1, i2, j1, j2 in ops:
            if p == i1:
                return j1
            if i1 < p < i2 and _tag == "equal":
                return j1 + p - i1
            if p == i2:
                return j2
        return len(fixed)

    spans: list[list[int]] = []
    for tag, i1, i2, _j1, _j2 in ops:
        if tag == "equal":
            continue
        a, b = _word_bounds(text, i1, i2)
        if spans and a <= spans[-1][1]:  # changes within one word: one span
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b, fixed[to_fixed(a):to_fixed(b)]) for a, b in spans]


class Mojibake(Rule):
    """## What it does
    Flags text in which UTF-8 was decoded as Windows-1252 or Latin-1: `â€”` for an em dash,
    `â€™` for a closing quote, `Ã©` for é. Detection and repair are ftfy's `fix_encoding`.

    ## Why it matters
    Titles and summaries are shown to people; `Metaâ€™s` in a title looks broken, and every
    later text check (names, phrases) misses the damaged words.

    ## Example
    ```yaml
    title: Mark Zuckerberg â€” AI will write most Meta code   # flagged: "â€”"
    title: Mark Zuckerberg — AI will write most Meta code    # fine
    ```

    ## Fix safety
    Safe: the repair is ftfy's `fix_encoding` of the word, which only reverses the encoding
    mix-up; correct non-ASCII text (é, —, “ ”, ×, €, CJK) is never flagged or changed.
    """

    code = "U101"
    name = "mojibake"
    family = "mojibake"
    severity = Severity.ERROR
    summary = "UTF-8 text decoded as Windows-1252/Latin-1 (â€™, Ã©)"
    fixable = "safe"

    def check(self, batch):
        for ep, path, value in batch.strings():
            if value.isascii():  # most strings: no call at all
                continue
            for a, b, repaired in mojibake_spans(value):
                yield text_finding(
                    self, ep, path, a, b,
                    f"Mojibake {value[a:b]!r}: UTF-8 decoded as Windows-1252; reads {repaired!r}",
                    replacement=repaired, applicability="safe",
                    description=f"Repair encoding: {repaired!r}",
                )
