"""Literal pre-filters for regular expressions: what a text must hold before a regex can match it.

A rule set's regexes (sponsor calls to action, "not mentioned" phrasings) are parsed once with the
regex module's own parser to find the literal strings every match holds (`required_sets`) and the
strings every match starts with (`match_prefixes`). A text that holds none of a regex's literals is
never searched, and a long text is searched only from the places a match can start. Texts are
compared in `fold(text)`, a lowercase form in which an IGNORECASE regex's ASCII literals stand
wherever the regex can match. Many texts are tested for a literal with one scan of them all
joined (`Hits`, `holding`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from operator import or_
from re import _constants as _c, _parser  # the regex module's parser: the patterns' literals

from .textmatch import trie_pattern
from . import derived, regexcache

_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
_REPEATS = tuple(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, n))
_JUMPS_MAX = 16  # texts found by jumps through the joined texts before testing the rest one by one


def fold(text: str) -> str:
    """`text` lowercased for literal pre-filters: a regex (even case-insensitive) matches only
    where the lowercase form of each of its ASCII literals stands in `fold(text)`."""
    return fold_lower(text.lower())


def fold_lower(low: str) -> str:
    """fold(text) from text.lower()."""
    if not low.isascii():  # case-insensitive regexes also take ı for i, ſ for s, İ (i + U+0307) for i
        low = low.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")
    return low


def _required(items) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of the parsed regex `items` holds (the
    best such set: longest shortest string, then fewest), or None when none is known."""
    best, run = None, []

    def consider(cands):
        nonlocal best
        if cands and (best is None or (min(map(len, cands)), -len(cands)) > (min(map(len, best)), -len(best))):
            best = cands

    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            prefix = "".join(run)
            consider(frozenset({prefix}))
            literals = _literal_strings(av[1]) if op is _c.BRANCH else None
            if literals is not None:  # "." then "com|ai|io": ".com", ".ai", ".io"
                consider(frozenset(prefix + s for s in literals))
            run = []
        if op is _c.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is _ATOMIC:
            consider(_required(av))
        elif op in _REPEATS and av[0] >= 1:
            consider(_required(av[2]))
        elif op is _c.BRANCH:
            alts = [_required(a) for a in av[1]]
            if all(a is not None for a in alts):
                consider(frozenset().union(*alts))
    if run:
        consider(frozenset({"".join(run)}))
    return best


_CLASS_MAX = 4  # a class of at most this many characters becomes alternative needles ("n't", "n’t")
_RUNS_MAX = 16


def _has_case(ch: str) -> bool:
    """Does `ch` have another case (as the regex engine's IGNORECASE would match it)?"""
    return ch.lower() != ch or ch.upper() != ch


def _needle_chars(op, av) -> set[str] | None:
    """The characters, lowercase, one parsed single-character item matches, when they are few and
    compare soundly in fold(text): ASCII, or non-ASCII without case (’ matches only itself)."""
    if op is _c.LITERAL:
        members = ((op, av),)
    elif op is _c.IN:
        members = av
    else:
        return None
    out = set()
    for o, a in members:
        if o is not _c.LITERAL or (a >= 128 and (_has_case(chr(a)) or a == 0x307)):
            return None
        out.add(chr(a).lower())
    return out if len(out) <= _CLASS_MAX else None


def _strings(op, av) -> set[str] | None:
    """Every string, lowercase, the parsed item matches, when it is made only of needle characters
    (`_needle_chars`), alternatives and groups of them, and they are few; else None."""
    chars = _needle_chars(op, av)
    if chars is not None:
        return chars
    if op is _c.SUBPATTERN:
        return _expand(av[-1])
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            strings = _expand(alt)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _RUNS_MAX else None
    return None


def _expand(items) -> set[str] | None:
    runs = {""}
    for op, av in items:
        strings = _strings(op, av)
        if strings is None:
            return None
        runs = {r + t for r in runs for t in strings}
        if len(runs) > _RUNS_MAX:
            return None
    return runs


def required_sets(items) -> list[frozenset[str]]:
    """Sets of lowercase strings, for every match of the parsed regex `items`, each set having one
    string in the match: every set is a necessary condition (where `_required` keeps the best
    one). Strings shorter than 3 characters, too common to gate anything, strings holding another
    of their set, and sets implied by another (every string of the other holds one of theirs) are
    left out."""
    out: list[frozenset[str]] = []
    runs: set[str] | None = None

    def close():
        nonlocal runs
        if runs:
            out.append(frozenset(runs))
        runs = None

    for op, av in items:
        strings = _strings(op, av)
        if strings is not None:
            grown = {r + t for r in (runs or ("",)) for t in strings}
            if len(grown) > _RUNS_MAX:
                close()
                grown = set(strings)
            runs = grown
            continue
        close()
        if op is _c.SUBPATTERN:
            out += required_sets(av[-1])
        elif op is _ATOMIC:
            out += required_sets(av)
        elif op in _REPEATS and av[0] >= 1:
            out += required_sets(av[2])
        elif op is _c.BRANCH:
            alts = [_best_set(required_sets(a)) for a in av[1]]
            if all(a is not None for a in alts):
                out.append(frozenset().union(*alts))
    close()
    # a string holding another of its set adds nothing to the set
    sets = list(dict.fromkeys(frozenset(x for x in n if not any(y != x and y in x for y in n))
                              for n in out if min(map(len, n)) >= 3))
    return [b for b in sets if not any(a != b and all(any(x in y for x in b) for y in a) for a in sets)]


def pattern_literals(source: str, flags: int = 0) -> tuple[list[frozenset[str]], frozenset[str] | None]:
    """(`required_sets`, `match_prefixes`) of the regex `source`, derived once per machine (see
    audit.derived). Raises what the regex parser raises for a pattern it cannot read."""
    sets, prefixes = derived.remembered("audit.prefilter", "literals", f"{flags}:{source}",
                                        lambda: _pattern_literals(source, flags))
    return [frozenset(s) for s in sets], None if prefixes is None else frozenset(prefixes)


def _pattern_literals(source: str, flags: int) -> list:
    parsed = _parser.parse(source, flags)
    prefixes = match_prefixes(parsed)
    return [[sorted(s) for s in required_sets(parsed)], None if prefixes is None else sorted(prefixes)]


def _best_set(sets) -> frozenset[str] | None:
    """The set of `required_sets` with the longest shortest string, then the fewest strings."""
    return max(sets, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def _literal_strings(alternatives) -> list[str] | None:
    """The lowercase strings of parsed regex alternatives made only of ASCII literals, else None."""
    out = []
    for alt in alternatives:
        if not all(op is _c.LITERAL and av < 128 for op, av in alt):
            return None
        out.append("".join(chr(av).lower() for _, av in alt))
    return out


_LONG_TEXT = 400  # texts from this long are searched from the places a match can start


def match_prefixes(items) -> frozenset[str] | None:
    """Lowercase strings every match of the parsed regex `items` starts with (its first consumed
    characters, as `_strings` reads them), or None when not known."""
    runs = {""}
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            if runs == {""}:
                continue  # zero width before the first character
            break
        strings = _strings(op, av)
        if strings is None:
            if runs != {""}:
                break
            if op is _c.SUBPATTERN:
                return match_prefixes(av[-1])
            if op is _ATOMIC:
                return match_prefixes(av)
            if op in _REPEATS and av[0] >= 1:
                return match_prefixes(av[2])
            if op is _c.BRANCH:
                alts = [match_prefixes(a) for a in av[1]]
                return None if any(a is None for a in alts) else frozenset().union(*alts)
            return None
        grown = {r + t for r in runs for t in strings}
        if len(grown) > _RUNS_MAX:
            break
        runs = grown
    if "" in runs:
        return None
    # one character is too common to start from; a string starting with another adds nothing
    runs = {r for r in runs if not any(q != r and r.startswith(q) for q in runs)}
    return frozenset(runs) if min(map(len, runs)) >= 2 else None


def search_from_prefixes(pattern: re.Pattern, prefixes, text: str, low: str | None = None) -> re.Match | None:
    """pattern.search(text), where every match starts with one of `prefixes` (lowercase, compared
    in fold(text)): the pattern is tried only where one stands, in order. `low` is fold(text)."""
    # fold(text) has text's positions unless lower() widens "İ" or fold drops a U+0307
    if not text.isascii() and ("\u0130" in text or "\u0307" in text):
        return pattern.search(text)
    low = fold(text) if low is None else low
    starts = set()
    for p in prefixes:
        i = low.find(p)
        while i != -1:
            starts.add(i)
            i = low.find(p, i + 1)
    match = pattern.match
    for i in sorted(starts):
        m = match(text, i)
        if m is not None:
            return m
    return None


def _gate(pattern: re.Pattern) -> list:
    """[needles, prefixes] of `Gated`, as sorted lists (or None): the literals every match holds,
    three characters long at least (a shorter one is in nearly every text: no gate then), and
    the strings every match starts with."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        needles = _required(parsed)
        prefixes = match_prefixes(parsed)
    except Exception:  # pragma: no cover - a pattern re compiled but this parser cannot read
        return [None, None]
    return [sorted(needles) if needles and min(map(len, needles)) >= 3 else None,
            None if prefixes is None else sorted(prefixes)]


class Gated:
    """A regex that runs only on texts holding one of its required literals (derived from the
    pattern itself, so every pattern of the rule set is gated soundly); in a long text, only where
    a match can start."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        if isinstance(pattern.pattern, str):  # derived once per machine (see audit.derived)
            needles, prefixes = derived.remembered("audit.prefilter", "gated", f"{pattern.flags}:{pattern.pattern}",
                                                   lambda: _gate(pattern))
        else:
            needles, prefixes = _gate(pattern)
        self.needles = None if needles is None else tuple(needles)
        self.prefixes = None if prefixes is None else frozenset(prefixes)

    def search(self, text: str, low: str | None = None, gate: bool | None = None) -> re.Match | None:
        """`low` is fold(text) when the caller has it; `gate` the needle test when the caller
        made it (`holding` over many texts)."""
        if gate is not None:
            if not gate:
                return None
        elif self.needles is not None:
            low = fold(text) if low is None else low
            for n in self.needles:
                if n in low:
                    break
            else:
                return None
        if self.prefixes is not None and len(text) >= _LONG_TEXT:
            return search_from_prefixes(self.pattern, self.prefixes, text, low)
        return self.pattern.search(text)




@lru_cache(maxsize=256)
def _finders(needles: frozenset) -> tuple:
    """What `holding` scans for: the needles that hold no other needle (the others add nothing),
    with three or more that start with the same character other than a letter or digit (".com",
    ".ai", ".io") as one literal regex: the engine skips in C to that character, rare in prose,
    where a scan per needle would step through the text a few characters at a time."""
    minimal = sorted(n for n in needles if not any(m != n and m in n for m in needles))
    groups: dict[str, list[str]] = {}
    for n in minimal:
        groups.setdefault(n[0], []).append(n)
    out: list = []
    for first, group in groups.items():
        if len(group) >= 3 and not first.isalnum():
            out.append(regexcache.compile(trie_pattern(group)))
        else:
            out += group
    return tuple(out)


def holding(lows: list[str], needles) -> list[bool]:
    """[any(n in low for n in needles) for low in lows] (all True when `needles` is None), with one
    C scan of all the texts per needle instead of a Python test per text and needle."""
    if needles is None:
        return [True] * len(lows)
    if len(lows) < 4 or any("\n" in n or not n for n in needles):
        return [any(n in low for n in needles) for low in lows]
    return Hits(lows).any_of(needles)


def holding_each(lows: list[str], needle_sets) -> list[list[bool]]:
    """[holding(lows, needles) for needles in needle_sets], with the texts joined once for all the
    sets (and a needle of several sets scanned for once)."""
    if len(lows) < 4 or any(n is not None and any("\n" in x or not x for x in n) for n in needle_sets):
        return [holding(lows, needles) for needles in needle_sets]
    hits = Hits(lows)
    return [[True] * len(lows) if needles is None else hits.any_of(needles) for needles in needle_sets]


GROUP_NUMBER = regexcache.compile(r"\\[1-9]|\(\?\(")  # a back reference or condition by number (or an octal escape)


def one_by_one(alternatives: list[str], flags=re.I) -> tuple[Gated, ...] | None:
    """The alternatives as regexes of their own, each gated by its own literals. The joined
    regex's match is the earliest of theirs (the first alternative on a tie), found without
    trying every alternative at every position. None when an alternative may refer to a group
    by number: the joined regex numbers the groups differently."""
    if any(GROUP_NUMBER.search(a) for a in alternatives):
        return None
    return tuple(Gated(regexcache.compile(a, flags)) for a in alternatives)


def earliest(parts: tuple[Gated, ...], text: str, gates: tuple[bool, ...] | None = None) -> re.Match | None:
    """The match of the joined regex of `parts`: the earliest, the first part on a tie. `gates`
    are the parts' needle tests when the caller made them (`holding_each`)."""
    if gates is None:
        gates = (None,) * len(parts)
        low = fold(text)
    else:  # fold(text) is needed only to search a long text from the places a match can start
        low = fold(text) if len(text) >= _LONG_TEXT else None
    best = None
    for part, gate in zip(parts, gates):
        m = part.search(text, low, gate)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


class Hits:
    """Which of many (folded) texts hold a string, for one string after another: one C scan of the
    texts joined by a line break per string (a string with a line break is tested text by text)."""

    def __init__(self, lows: list[str]):
        self.lows = lows
        self.joined = "\n".join(lows)
        self.starts = list(accumulate(map((1).__add__, map(len, lows)), initial=0))  # len + 1 each
        self.memo: dict[str, list[bool]] = {}

    def of(self, needle: str) -> list[bool]:
        hit = self.memo.get(needle)
        if hit is not None:
            return hit
        lows = self.lows
        if "\n" in needle:
            hit = [needle in low for low in lows]
        else:
            hit = [False] * len(lows)
            starts, find = self.starts, self.joined.find
            pos, jumps = find(needle), 0
            while pos != -1:
                i = bisect_right(starts, pos) - 1
                hit[i] = True
                jumps += 1
                if jumps == _JUMPS_MAX:  # a common literal: the remaining texts one by one
                    hit[i + 1:] = [needle in low for low in lows[i + 1:]]
                    break
                pos = find(needle, starts[i + 1])  # the next text holding it
        self.memo[needle] = hit
        return hit

    def any_of(self, needles) -> list[bool]:
        """[any(n in low for n in needles) for low in lows], needle by needle (see `_finders`)."""
        out = None
        for finder in _finders(frozenset(needles)):
            hit = self.of(finder) if isinstance(finder, str) else self.found(finder)
            if True in hit:  # most needles are in no text: nothing to add (a C scan, no new list)
                out = list(hit) if out is None else list(map(or_, out, hit))
        return [False] * len(self.lows) if out is None else out

    def found(self, pattern: re.Pattern) -> list[bool]:
        """Which texts a literal pattern (no line break in any match) finds something in."""
        hit = [False] * len(self.lows)
        search, starts = pattern.search, self.starts
        m = search(self.joined)
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            hit[i] = True
            m = search(self.joined, starts[i + 1])
        return hit


def needs_non_ascii(items) -> bool:
    """Does every match of the parsed regex `items` (`re._parser.parse`) hold a non-ASCII
    character: a literal or a class of such characters that no match can skip? A text of ASCII
    alone then needs no search (mojibake's patterns; not-mentioned's denials in other scripts)."""
    for op, av in items:
        if op is _c.LITERAL and av >= 128:
            return True
        if op is _c.IN and all((o is _c.LITERAL and a >= 128) or (o is _c.RANGE and a[0] >= 128) for o, a in av):
            return True
        if op is _c.SUBPATTERN and needs_non_ascii(av[-1]):
            return True
        if op is _c.BRANCH and all(needs_non_ascii(alt) for alt in av[1]):
            return True
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and needs_non_ascii(av[2]):
            return True
    return False
