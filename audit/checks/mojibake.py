"""Mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 (or as code page 437, Mac OS
Roman or Windows-1250) on its way through the pipeline."""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from itertools import accumulate, compress, count
from operator import ne
from re import _constants as _c, _parser

import ftfy
from ftfy import chardata
from ftfy.badness import BADNESS_RE

from ..findings import Severity
from .base import Rule, text_finding
from .. import regexcache
from ..prefilter import needs_non_ascii
from ..textmatch import CP1252_CONTINUATION

# UTF-8 of symbols of the U+2080-U+27FF blocks read as Windows-1252: "â", the second byte's
# character, and a third of a byte 0x80-0xBF. ftfy's badness heuristic passes some of them where the
# second byte reads as punctuation or as a quotation mark: the letterlike symbols U+2100-U+213F
# ("™" E2 84 A2 is "â„¢"), the subscripts and currency signs U+2080-U+20BF ("CO₂" is "COâ‚‚", "₿"
# "â‚¿"), the enclosed numbers U+2440-U+24FF ("①" "â‘ "), box drawing U+2500-U+257F and geometric
# shapes U+2580-U+25FF ("▲" "â–²", "●" "â—"); but no text means them. Where the second byte reads
# as a dash, quotation mark, bullet or ellipsis (the number forms U+2140-U+217F: "⅓" "â…“"), not
# after a letter: "â" may end a Romanian or Vietnamese word before "…”" or "—“".
_SYMBOL_THIRD = CP1252_CONTINUATION
_LETTERLIKE_MOJIBAKE = regexcache.compile("(?:â[„‚]|(?<![^\\W\\d_])â[…–—‘’“”•])" + _SYMBOL_THIRD)
_SYMBOL_LEADS = ("â„", "â‚", "â…", "â–", "â—", "â‘", "â’", "â“", "â”", "â•")
_PUNCT_MOJIBAKE = regexcache.compile("â€" + CP1252_CONTINUATION)
# ... upper-cased with the text around it ("METAÂ€™S"): no text writes "Â€" and a third character of these
# "Å" (C3 85) read as Windows-1252 is "Ã…", an ellipsis after "Ã", which ftfy leaves alone (a
# Portuguese capital may stand before an ellipsis: "NÃ…"); after a digit or a space, before a space,
# a digit or a mark, it is the unit Ångström ("a 1.5 Ã… resolution"), or a word's start ("Ã…rhus")
_ANGSTROM_MOJIBAKE = regexcache.compile("(?:(?<=[\\d\\s(\\[])|^)Ã…(?=[\\s\\d).,;:\\]]|$|[a-zæøå])")
_UPPER_PUNCT_MOJIBAKE = regexcache.compile("Â(?=€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])")


def _third_characters() -> str:
    """What a byte 0x80-0xBF reads as in the encodings of ftfy that read E2 80 as "â€"."""
    out = set()
    for enc in chardata.CHARMAP_ENCODINGS:
        try:
            if b"\xe2\x80".decode(enc) != "â€":
                continue
        except (UnicodeDecodeError, LookupError):
            continue
        for b in range(0x80, 0xC0):
            try:
                out.add(bytes([b]).decode(enc))
            except UnicodeDecodeError:
                pass
    return "".join(sorted(out - {"\ufffd", "\x1a"}))


# "”" is E2 80 9D, and 0x9D is one of the five bytes Windows-1252 leaves undefined: a decoder that
# drops undefined bytes leaves "â€" with no third character, one that replaces them "â€�" or
# "â€?" (ftfy reads the "?" so too). No text writes "â€" otherwise. The lost character is guessed: "’" between two letters ("Donâ€t"),
# else "”" (the one common punctuation mark with that byte).
_LOST_THIRD_BYTE = regexcache.compile("â€(?:[\ufffd?]|(?![" + re.escape(_third_characters()) + "]))")
# Patterns that start with a character class (not a repeat or group): the engine then skips, in C,
# every position whose character cannot start a match. `\s\s*` matches what `\s+` matches.
_WORDS = regexcache.compile(r"(\s\s*)")  # split keeping the white space: words at even, spaces at odd indexes
_NON_ASCII_RUN = regexcache.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
_ONE_CHARACTER = {_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY}
_AT_START = {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING}




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
    if width >= _c.MAXREPEAT or not needs_non_ascii(items) or not _sees_only_its_match(items):
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
    # [start, end) around each run, merged where they overlap; each searched once it is complete,
    # so a text bad near its start costs one short search
    search, width = BADNESS_RE.search, _BAD_WINDOW - 1
    start = end = -1
    for m in _NON_ASCII_RUN.finditer(text):
        a, b = max(0, m.start() - width), m.end() + width
        if a <= end:
            end = b
            continue
        if end != -1 and search(text, start, end):
            return True
        start, end = a, b
    return end != -1 and search(text, start, end) is not None


_STEP_CONFIG = ftfy.TextFixerConfig(explain=False)  # the configuration of ftfy.fix_encoding
# ftfy's own step (private, present in ftfy 6); without it, ftfy.fix_encoding does the same work
_ONE_STEP = getattr(ftfy, "_fix_encoding_one_step_and_explain", None)


# ftfy's byte patterns of two transcoding steps, as this module knows them: every match of the
# first holds a space right after a byte >= 0x80, every match of the second the byte 0x1A or a
# "?" right after a byte >= 0x80 or 0x1A. With other patterns (another ftfy) both steps always run.
_ALTERED_KNOWN = (b"[\xc2\xc3\xc5\xce\xd0\xd9][ ]|[\xe2\xe3][ ][\x80-\x84\x86-\x9f\xa1-\xbf]|"
                  b"[\xe0-\xe3][\x80-\x84\x86-\x9f\xa1-\xbf][ ]|[\xf0][ ][\x80-\xbf][\x80-\xbf]|"
                  b"[\xf0][\x80-\xbf][ ][\x80-\xbf]|[\xf0][\x80-\xbf][\x80-\xbf][ ]")
_LOSSY_KNOWN = (b"[\xc2-\xdf][\x1a]|[\xc2-\xc3][?]|\xed[\xa0-\xaf][\x1a?]\xed[\xb0-\xbf][\x1a?\x80-\xbf]|"
                b"\xed[\xa0-\xaf][\x1a?\x80-\xbf]\xed[\xb0-\xbf][\x1a?]|[\xe0-\xef][\x1a?][\x1a\x80-\xbf]|"
                b"[\xe0-\xef][\x1a\x80-\xbf][\x1a?]|[\xf0-\xf4][\x1a?][\x1a\x80-\xbf][\x1a\x80-\xbf]|"
                b"[\xf0-\xf4][\x1a\x80-\xbf][\x1a?][\x1a\x80-\xbf]|[\xf0-\xf4][\x1a\x80-\xbf][\x1a\x80-\xbf][\x1a?]|\x1a")
_STEPS_KNOWN = (getattr(getattr(chardata, "ALTERED_UTF8_RE", None), "pattern", None) == _ALTERED_KNOWN
                and getattr(getattr(chardata, "LOSSY_UTF8_RE", None), "pattern", None) == _LOSSY_KNOWN
                and {"restore_byte_a0", "replace_lossy_sequences"} <= set(ftfy.TextFixerConfig._fields))
# ftfy encodes the text with one-byte encodings: ASCII stays ASCII (one byte each way), any other
# character becomes a byte >= 0x80, except U+FFFD, 0x1A in the sloppy ones. So the restore step's
# pattern can match only where the text has a non-ASCII character followed by a space, with the
# characters around them among those its bytes decode to (`_text_pattern`), and the lossy step's
# only where the text has U+001A, U+FFFD, or a non-ASCII character followed by "?".
def _text_pattern(byte_pattern: bytes) -> re.Pattern | None:
    """A pattern for text that matches wherever `byte_pattern` (alternatives of byte classes,
    each with one space right after a byte >= 0x80) matches the text's bytes in one of ftfy's
    one-byte encodings; None when the pattern has another shape."""
    def chars(items) -> str:
        byteset = set()
        for op, av in items:
            if op is _c.LITERAL:
                byteset.add(av)
            elif op is _c.RANGE:
                byteset.update(range(av[0], av[1] + 1))
            else:
                raise ValueError(op)
        out = set()
        for enc in chardata.CHARMAP_ENCODINGS:
            for b in byteset:
                try:
                    out.add(bytes([b]).decode(enc))
                except UnicodeDecodeError:
                    pass
        return "[" + "".join(re.escape(c) for c in sorted(out)) + "]"

    try:
        parsed = list(_parser.parse(byte_pattern))
        alternatives = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is _c.BRANCH else [parsed]
        out = []
        for alt in alternatives:
            sets = [[(op, av)] if op is _c.LITERAL else av if op is _c.IN else None for op, av in alt]
            k = next(i for i, (op, av) in enumerate(alt) if (op, av) == (_c.LITERAL, 0x20))
            if any(x is None for x in sets) or k == 0 or any(
                    o is not _c.LITERAL or a < 0x80 for o, a in sets[k - 1] if o is not _c.RANGE) or any(
                    a[0] < 0x80 for o, a in sets[k - 1] if o is _c.RANGE):
                return None
            behind = "(?<=" + "".join(chars(x) for x in sets[:k]) + " )"
            ahead = "(?=" + "".join(chars(x) for x in sets[k + 1:]) + ")" if k + 1 < len(sets) else ""
            out.append(behind + ahead)
        # the pattern starts with its rarest character: the engine skips to non-ASCII characters
        return regexcache.compile("[^\x00-\x7f] (?:" + "|".join(out) + ")")
    except Exception:  # noqa: BLE001 - another shape: the step always runs
        return None


_ALTERED_TEXT = _text_pattern(_ALTERED_KNOWN) if _STEPS_KNOWN else None
_QUESTION_AFTER_NON_ASCII = regexcache.compile("\\?(?<=[^\x00-\x7f]\\?)")  # starts with "?": rare, found in C


def _step_config(text: str) -> ftfy.TextFixerConfig:
    """The configuration of ftfy's step for `text`: ftfy.fix_encoding's, with the transcoding
    steps off when their patterns cannot match `text`'s bytes (they would change nothing, and
    their byte regexes cost more than the rest of the step)."""
    if _ALTERED_TEXT is None:
        return _STEP_CONFIG
    altered = _ALTERED_TEXT.search(text) is not None
    lossy = "\x1a" in text or "\ufffd" in text or _QUESTION_AFTER_NON_ASCII.search(text) is not None
    if altered and lossy:
        return _STEP_CONFIG
    return _STEP_CONFIG._replace(restore_byte_a0=altered, replace_lossy_sequences=lossy)


def fix_encoding(text: str) -> str:
    """ftfy.fix_encoding(text), step by step as ftfy takes them.

    ftfy repeats a step until the text stops changing, and a step returns a text its badness
    heuristic passes unchanged; the same test made by `looks_bad` spares the last step's scan
    of the whole repaired text.
    """
    if _ONE_STEP is None:
        return ftfy.fix_encoding(text)
    while looks_bad(text):
        fixed = _ONE_STEP(text, _step_config(text)).text
        if fixed == text:
            break
        text = fixed
    return text


# ASCII punctuation that a word's run of non-space characters may start or end with: never a byte
# of mojibake (UTF-8's continuation bytes read as Windows-1252 or Latin-1 are all non-ASCII)
_EDGE_PUNCTUATION = frozenset(",.;:!?\"'()[]{}*_`")  # (and Markdown's emphasis and code marks)


def _word_bounds(text: str, i: int, j: int) -> tuple[int, int]:
    """Widen [i, j) to the whole run of non-space characters it touches, less the ASCII punctuation
    that run starts or ends with outside [i, j) ("FernÃ¡ndez-Ortega," is "FernÃ¡ndez-Ortega")."""
    a, b = i, j
    while a > 0 and not text[a - 1].isspace():  # str.isspace is the regex \s of one character
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    while b > j and text[b - 1] in _EDGE_PUNCTUATION:
        b -= 1
    while a < i and text[a] in _EDGE_PUNCTUATION:
        a += 1
    return a, b


def mojibake_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, repaired) for each word of `text` that ftfy's `fix_encoding` repairs.

    Only strings with a non-ASCII character can hold mojibake, so the rest cost nothing.
    `fix_encoding` (not `fix_text`) only undoes encoding mix-ups: correct curly quotes, dashes,
    accents and CJK are left alone.
    """
    if text.isascii():  # str.isascii is a flag check, cheaper than any scan
        return []
    if "Â€" in text and (lowered := _UPPER_PUNCT_MOJIBAKE.sub("â", text)) != text:
        return mojibake_spans(lowered)  # the same length: its offsets are the text's
    if "â€" in text and _LOST_THIRD_BYTE.search(text):
        return _lost_byte_spans(text)
    if "Ã…" in text and (read := _ANGSTROM_MOJIBAKE.sub("Ã\x85", text)) != text:
        return mojibake_spans(read)  # the same length: its offsets are the text's
    fixed = fix_encoding(text)
    spans = _whole_string_spans(text, fixed) if fixed != text else []
    spans += _word_spans(text, spans)
    if _CODEPAGE_RUN.search(text) is not None:
        spans += _codepage_spans(text, spans)
    return sorted(spans)


def repair_text(text: str) -> str:
    """The text with the mojibake `mojibake_spans` finds in it repaired ("Ï„-bench" -> "τ-bench"),
    else with ftfy's repair of the whole text."""
    spans = mojibake_spans(text)
    if not spans:
        return fix_encoding(text)
    for a, b, repaired in reversed(spans):
        text = text[:a] + repaired + text[b:]
    return text


# UTF-8 decoded by a code page ftfy's heuristic does not judge: the DOS code pages 437 ("ΓÇö" for
# "—", "ΓÇÖ" for "’") and 850 ("ÔÇö", "ÔÇÖ"), Mac OS Roman ("‚Äî", "‚Üí" for "→", "√©" for
# "é"), Windows-1250 where it differs from Windows-1252 ("Ĺ›" for "ś") and Windows-1251 ("Г¶" for
# "ö", "вЂ™" for "’"). A run of two or more
# non-ASCII characters is such mojibake when that code page's bytes of it are strict UTF-8 of
# characters a text writes: punctuation, arrows, currency and letterlike symbols, Latin letters,
# CJK, emoji. Correct text in these code pages seldom makes valid UTF-8 at all, and never of these
# characters but by chance pairs ("—é" is the bytes of Cyrillic "ю" in Mac OS Roman: no Cyrillic
# or Greek counts).
_CODEPAGES = ("cp437", "cp850", "mac_roman", "cp1250", "cp1251")
# (no space in it: "NICIODATĂ" and a no-break space is Romanian, the bytes of "à" in Windows-1250)
_CODEPAGE_RUN = regexcache.compile(r"[^\x00-\x7f\s]{2,}")


def _written(c: str) -> bool:
    """Is `c` a character that UTF-8 mojibake stood for: Latin-1's and Latin Extended-A's letters
    (not Latin-1's signs: "¬´" is "«" in Mac OS Roman, and a text's own; nor the long s),
    punctuation, currency, letterlike symbols, arrows, math operators, shapes, CJK, Hangul, emoji?"""
    o = ord(c)
    return (_latin_letter(c) or 0x2010 <= o <= 0x2064 or 0x20A0 <= o <= 0x20C0 or 0x2100 <= o <= 0x21FF
            or 0x2200 <= o <= 0x22FF or 0x25A0 <= o <= 0x25FF or 0x2600 <= o <= 0x27BF
            or 0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3 or 0x1F300 <= o <= 0x1FAFF)


def _codepage_read(run: str, codecs: tuple[str, ...] = _CODEPAGES) -> str | None:
    """`run` read back as UTF-8 from the bytes of the first of `_CODEPAGES` that makes it the UTF-8
    of written characters (`_written`), or None. Windows-1250 and 1251 count only for a run
    Windows-1252 cannot write (ftfy judges those)."""
    for codec in codecs:
        try:
            raw = run.encode(codec)
        except UnicodeEncodeError:
            continue
        if codec in ("cp1250", "cp1251") and _encodes(run, "cp1252"):
            continue
        try:
            read = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if read != run and all(_written(c) or c.isascii() for c in read):
            return read
    return None


_BOX_DRAWING = regexcache.compile("[\u2500-\u257f]")
_CODEPAGE_NAMES = {"cp437": "code page 437 (DOS)", "cp850": "code page 850 (DOS Western Europe)",
                   "mac_roman": "Mac OS Roman", "cp1250": "Windows-1250", "cp1251": "Windows-1251 (Cyrillic)"}


def _encodes(run: str, codec: str) -> bool:
    """Can `codec` write `run`?"""
    try:
        run.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _utf8_of(run: str, codec: str) -> bool:
    """Are `codec`'s bytes of `run` strict UTF-8?"""
    try:
        run.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


def _latin_letter(c: str) -> bool:
    """Is `c` a letter of Latin-1 or Latin Extended-A (what two UTF-8 bytes read as one)? Not the long s."""
    return 0xC0 <= ord(c) <= 0x17E


def _codepage_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding a run of `_CODEPAGE_RUN` that one of `_CODEPAGES` read from UTF-8
    (`_codepage_read`), outside `taken`: the word with each such run read back."""
    out, word_end = [], 0
    for m in _CODEPAGE_RUN.finditer(text):
        if m.start() < word_end:
            continue
        a, word_end = _word_bounds(text, m.start(), m.end())
        if any(i < word_end and a < j for i, j, _ in taken):
            continue
        word, changed = text[a:word_end], False
        if sum(1 for k in _CODEPAGE_RUN.finditer(word) if _BOX_DRAWING.search(k.group())) > 1:
            continue  # (line art: "├┤a┼┐a┼┐a", whose runs code page 437 reads as "ôaſaſa")
        repaired, last = [], 0
        for k in _CODEPAGE_RUN.finditer(word):
            read = _codepage_read(k.group())
            # (a letter read from two bytes only beside a lowercase letter of its word: "caf√©",
            # "WiĹ›niewski"; "√π" is an equation, "NICIODATĂ™" Romanian before a trademark sign)
            if read is not None and any(map(_latin_letter, read)) and not (
                    word[k.start() - 1:k.start()].islower() and word[k.start() - 1:k.start()].isascii()
                    or word[k.end():k.end() + 1].islower() and word[k.end():k.end() + 1].isascii()):
                read = None
            repaired.append(word[last:k.start()] + (read if read is not None else k.group()))
            last = k.end()
            changed = changed or read is not None
        repaired.append(word[last:])
        if changed:
            out.append((a, word_end, "".join(repaired)))
    return out


def lost_byte_guessed(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold "â€" whose third character was lost, or an emoji or symbol with
    a byte a decoder dropped ("â¤ï¸"): its repair a guess?"""
    if "â€" in text and _LOST_THIRD_BYTE.search(text, start, end) is not None:
        return True
    if _LOST_SYMBOL.search(text, start, end) is None:
        return False
    read = _lost_symbol_read(text[start:end])
    return read is not None and read[1]


def _lost_byte_spans(text: str) -> list[tuple[int, int, str]]:
    """`mojibake_spans` of a text holding `_LOST_THIRD_BYTE`: each lost third character put back
    (as ftfy reads its byte in Windows-1252: "™" for 0x99, U+009D for the undefined 0x9D), the
    spans found in that text, and their offsets mapped back to `text`."""
    parts, inserted, k, shift = [], [], 0, 0  # inserted: offsets in the new text of added characters
    for m in _LOST_THIRD_BYTE.finditer(text):
        a, b = m.start(), m.end()
        between_letters = b < len(text) and text[b].isalpha() and a > 0 and text[a - 1].isalpha()
        parts += [text[k:a], "â€", "™" if between_letters else "\x9d"]
        if b - a == 2:  # dropped, not replaced: one character more
            inserted.append(a + shift + 2)
            shift += 1
        k = b
    parts.append(text[k:])
    restored = "".join(parts)

    def back(offset: int) -> int:
        return offset - bisect.bisect_left(inserted, offset)

    return [(back(a), back(b), r) for a, b, r in mojibake_spans(restored)]


def _whole_string_spans(text: str, fixed: str) -> list[tuple[int, int, str]]:
    # fix_encoding keeps the white space between words, so the two texts align word by word
    # (linear time); a repair that changes the white space itself falls back to a character diff.
    # Only the stretch between the first and the last change is split into words: the words
    # before and after it are the same in both texts.
    a, z, zf = _changed_stretch(text, fixed)
    spans = _aligned_words(text[a:z], fixed[a:zf], a)
    return _char_diff_spans(text, fixed) if spans is None else spans


def _aligned_words(text: str, fixed: str, offset: int) -> list[tuple[int, int, str]] | None:
    """(start + offset, end + offset, repaired) for each word of `text` that differs in `fixed`,
    or None when the two do not have the same white space between their words."""
    words, repaired = _WORDS.split(text), _WORDS.split(fixed)
    if len(words) == len(repaired) and words[1::2] == repaired[1::2]:
        starts = list(accumulate(map(len, words), initial=offset))  # of each word and space, in C
        return [_without_edge_punctuation(starts[i], starts[i + 1], words[i], repaired[i])
                for i in compress(count(), map(ne, words, repaired))]
    return None


def _without_edge_punctuation(a: int, b: int, word: str, repaired: str) -> tuple[int, int, str]:
    """The span [a, b) of `word` and its repair, less the ASCII punctuation both start or end with
    ("FernÃ¡ndez-Ortega," -> "FernÃ¡ndez-Ortega", repaired "Fernández-Ortega")."""
    i, j, k = 0, len(word), len(repaired)
    while j > i + 1 and k > 1 and word[j - 1] in _EDGE_PUNCTUATION and word[j - 1] == repaired[k - 1]:
        j, k = j - 1, k - 1
    while i < j - 1 and i < k - 1 and word[i] in _EDGE_PUNCTUATION and word[i] == repaired[i]:
        i += 1
    return a + i, a + j, repaired[i:k]


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of `a` and `b` (slices compared in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # a[:lo] == b[:lo], and no common prefix is longer than hi
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _changed_stretch(text: str, fixed: str) -> tuple[int, int, int]:
    """(a, z, zf): text[:a] == fixed[:a] and text[z:] == fixed[zf:], cut between a word and white
    space, so that the words of text[a:z] and fixed[a:zf], with the words before and after, are
    the words of the whole texts. (0, len(text), len(fixed)) when no such cut is found."""
    whole = 0, len(text), len(fixed)
    p = _common_prefix(text, fixed)
    cap = min(len(text), len(fixed)) - p
    s = _common_prefix(text[len(text) - cap:][::-1], fixed[len(fixed) - cap:][::-1]) if cap > 0 else 0
    a = p
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    if a == p and a < min(len(text), len(fixed)) and (text[a].isspace() or fixed[a].isspace()):
        return whole  # the change starts with white space: no clean cut
    z = len(text) - s
    while z < len(text) and not text[z].isspace():
        z += 1
    zf = z - len(text) + len(fixed)
    if z == len(text) - s and z < len(text) and (z == 0 or text[z - 1].isspace()
                                                   or zf == 0 or fixed[zf - 1].isspace()):
        return whole  # the change ends with white space
    if not a < z or not a < zf:
        return whole
    return a, z, zf


# A letter of Latin-1 Supplement or Latin Extended-A (C3-C5 and a byte 0x80-0x9F: "Å", "Î", "Š", "ą",
# "ş", "ř") read as Windows-1252 is a capital "Ã", "Ä" or "Å" and a punctuation mark or letter of
# that range ("Ã…land", "DÄ…browski", "KoÅŸ"): ftfy leaves the pair alone, since either character
# alone is text. Next to a lowercase letter of the same word no language writes the pair.
_LATIN_PAIR = "[\u00c3-\u00c5][\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
# In an all-caps word ("ÃŽLE-DE-FRANCE", "Ã…LAND", "ÅšWIAT") the pair stands before two capitals or
# between two; quotation marks left out there ("IRMÃ’S" is a Portuguese word's possessive).
_LATIN_PAIR_CAPS = "[\u00c3-\u00c5][\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]"
_LATIN_MOJIBAKE = regexcache.compile(f"(?<=[a-z]){_LATIN_PAIR}|{_LATIN_PAIR}(?=[a-z])"
                                     f"|{_LATIN_PAIR_CAPS}(?=[A-Z][A-Z])|(?<=[A-Z]){_LATIN_PAIR_CAPS}(?=[A-Z])")


# ... lower-cased with the text around it (topics, keywords and tags are lower case): "cafã©", "zã¼rich",
# "å\x81ã³dåº". A lowercase "ã", "ä" or "å" and a symbol or C1 control that no word writes after a letter
# (guillemets, dashes, ellipses and apostrophes left out: "maçã»", "jää…"), next to a letter.
_LOWER_PAIR = "[\u00e3-\u00e5][\u0080-\u009f\u00a1-\u00aa\u00ac-\u00b3\u00b5\u00b6\u00b8-\u00ba\u00bc-\u00bf\u2122]"
_LOWER_MOJIBAKE = regexcache.compile(f"(?<=[^\\W\\d_]){_LOWER_PAIR}|{_LOWER_PAIR}(?=[^\\W\\d_])")


# Latin Extended Additional (E1 B8-BB and a byte 0x80-0xBF: Vietnamese "ễ", "ộ", "ṣ") read as
# Windows-1252 is "á", one of "¸¹º»" and a third character ("Nguyá»…n", "Ná»™i", "Lá»…"): ftfy passes
# several. Next to a letter of the same word no language writes them, except after a closing
# guillemet: in a text that opens one ("«allá»…"), "»" and a punctuation mark count only inside a word.
_THIRD = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_GUILLEMET_THIRD = "\u00a0\u2013\u2014\u2018-\u201e\u2022\u2026\u2039\u203a"
_PAIR_LOOSE = f"\u00e1[\u00b8-\u00bb][{_THIRD}]"
_PAIR_STRICT = (f"\u00e1(?:[\u00b8-\u00ba][{_THIRD}]|\u00bb(?:(?![{_GUILLEMET_THIRD}])[{_THIRD}]"
                f"|[{_GUILLEMET_THIRD}](?=[^\\W\\d_])))")
# Latin Extended-B (C6-C9 and a byte 0x80-0x9F: Romanian "ș" "ț", Pinyin "ǎ", IPA) is "Æ", "Ç", "È"
# or "É" and a symbol of Windows-1252 ("TimiÈ™oara", "Èšara", "hÇŽo") next to a lowercase letter;
# quotation marks and dashes left out ("CAFÉ’s").
_EXTENDED_B = "[\u00c6-\u00c9][\u0080-\u009f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2022\u2030\u203a\u20ac\u2122]"
_EXTENDED = {loose: regexcache.compile(
    f"(?<=[^\\W\\d_]){pair}|{pair}(?=[^\\W\\d_])|(?<=[a-z]){_EXTENDED_B}|{_EXTENDED_B}(?=[a-z])")
    for loose, pair in ((True, _PAIR_LOOSE), (False, _PAIR_STRICT))}
# "Š" (C5 A0) is "Å" and a no-break space ("Å\u00a0koda"): at a word's start, before a lowercase
# letter, no text writes them.
_S_CARON = regexcache.compile("(?<![^\\W\\d_])\u00c5\u00a0(?=[a-z])")


# Greek (CE and CF and a byte 0x80-0xBF: "π", "α", "μ", "λ") read as Windows-1252 is "Î" or "Ï" and a
# symbol ("Ï€0" for "π0", "Î¼s" for "μs", "Î»" for "λ"): no language writes those two together; ftfy
# passes them at a text's start or alone ("Ï€0" as an entity's name). The guillemet "«" left out, and
# quotation marks and dashes but the low ones that open a quote, which no text writes after a letter
# ("Ï„-bench" for "τ-bench", "Ï‚" for final sigma).
_GREEK_MOJIBAKE = regexcache.compile(
    "[\u00ce\u00cf][\u0080-\u009f\u00a1-\u00aa\u00ac-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u201a\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _greek_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_GREEK_MOJIBAKE`, outside `taken`, repaired where each pair is the UTF-8 of
    one Greek letter (and the rest of the word by ftfy)."""
    def repair(w: str) -> str | None:
        fixed = [_undo_cp1252(k.group()) for k in _GREEK_MOJIBAKE.finditer(w)]
        if not all(len(c) == 1 and "\u0370" <= c <= "\u03ff" and c.isalpha() for c in fixed):
            return None
        return _GREEK_MOJIBAKE.sub(lambda k: _undo_cp1252(k.group()), w)
    return _repaired_words(text, taken, _GREEK_MOJIBAKE, repair)


# CJK, kana and Hangul (E3-ED and two bytes 0x80-0xBF) read as Windows-1252: a letter of "ãäåæçèéêëìí"
# and two symbols or Latin-1 letters, twice or more in a row ("æ··å…ƒ" for "混元"), which ftfy passes
# where its heuristic finds the symbols plausible ("··")
_CJK_MOJIBAKE = regexcache.compile(f"(?:[\u00e3-\u00ed][{_THIRD}][{_THIRD}]){{2,}}")
_CJK_LEADS = frozenset("ãäåæçèéêëìí")


def _cjk_letter(c: str) -> bool:
    return ("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff"
            or "\uac00" <= c <= "\ud7a3")


def _cjk_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_CJK_MOJIBAKE`, outside `taken`, repaired where every three characters are the
    UTF-8 of one CJK character, kana or Hangul syllable (and the rest of the word by ftfy)."""
    def repair(w: str) -> str | None:
        fixed = "".join(_undo_cp1252(k.group()) for k in _CJK_MOJIBAKE.finditer(w))
        if not fixed or not all(_cjk_letter(c) for c in fixed):
            return None
        return _CJK_MOJIBAKE.sub(lambda k: _undo_cp1252(k.group()), w)
    return _repaired_words(text, taken, _CJK_MOJIBAKE, repair)


def _extended_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_EXTENDED`'s pattern, outside `taken`, repaired where each match is the
    UTF-8 of one letter (and the rest of the word by ftfy); then "Å\u00a0" words (`_S_CARON`)."""
    pattern = _EXTENDED["«" not in text]

    def repair(w: str) -> str | None:
        fixed = [_undo_cp1252(k.group()) for k in pattern.finditer(w)]
        if not fixed or not all(len(c) == 1 and c.isalpha() for c in fixed):
            return None
        return pattern.sub(lambda k: _undo_cp1252(k.group()), w)
    out = _repaired_words(text, taken, pattern, repair)
    if "\u00c5\u00a0" in text:
        for m in _S_CARON.finditer(text):
            a, b = _word_bounds(text, m.start(), m.end())
            if not any(i < b and a < j for i, j, _ in taken + out):
                out.append((a, b, fix_encoding(text[a:m.start()] + "Š" + text[m.end():b])))
    return out


def _lower_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_LOWER_MOJIBAKE`, outside `taken`, repaired where each pair, its first
    character upper-cased back, is the UTF-8 of one letter (then lower-cased as the text was)."""
    def repair(w: str) -> str | None:
        fixed = [_undo_cp1252(k.group().capitalize()) for k in _LOWER_MOJIBAKE.finditer(w)]
        if not all(len(c) == 1 and c.isalpha() for c in fixed):
            return None
        return _LOWER_MOJIBAKE.sub(lambda k: _undo_cp1252(k.group().capitalize()).lower(), w)
    return _repaired_words(text, taken, _LOWER_MOJIBAKE, repair)


def _latin_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_LATIN_MOJIBAKE`, outside `taken`, repaired where each pair is the UTF-8 of
    one letter (and the rest of the word by ftfy)."""
    def repair(w: str) -> str | None:
        fixed = [_undo_cp1252(k.group()) for k in _LATIN_MOJIBAKE.finditer(w)]
        if not all(len(c) == 1 and c.isalpha() for c in fixed):
            return None
        return _LATIN_MOJIBAKE.sub(lambda k: _undo_cp1252(k.group()), w)
    return _repaired_words(text, taken, _LATIN_MOJIBAKE, repair)


def _repaired_words(text: str, taken: list[tuple[int, int, str]], pattern: re.Pattern,
                    repair) -> list[tuple[int, int, str]]:
    """(start, end, repaired) of the words holding `pattern` outside `taken`, where `repair(word)`
    gives a repair (None: the word stays); the rest of the word is repaired by ftfy."""
    out, word_end = [], 0
    for m in pattern.finditer(text):
        if m.start() < word_end:
            continue
        a, word_end = _word_bounds(text, m.start(), m.start() + 1)
        if any(i < word_end and a < j for i, j, _ in taken):
            continue
        r = repair(text[a:word_end])
        if r is not None:
            out.append((a, word_end, fix_encoding(r)))
    return out


def _word_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mojibake words in a string that fix_encoding cannot repair as a whole, outside the spans
    `taken` by the whole-string repair.

    ftfy judges a whole string: correct non-ASCII text next to the damage ("2× â€”") can make
    the whole-string repair impossible. Words with the unmistakable three-character form of
    UTF-8 punctuation read as Windows-1252 ("â€”", "â€™", "â€œ") that ftfy's own badness
    heuristic also calls mojibake are then repaired one by one. Ambiguous two-character forms
    ("Ã¥") are left to the whole-string judgement, as ftfy does.
    """
    out = _letterlike_spans(text, taken) if "â" in text and any(lead in text for lead in _SYMBOL_LEADS) else []
    if "Â " in text:
        out += _nbsp_spans(text, taken + out)
    if "Â" in text and _SIGN_MOJIBAKE.search(text):
        out += _repaired_words(text, taken + out, _SIGN_MOJIBAKE, _repair_signs)
    if "Ã" in text or "Ä" in text or "Å" in text:
        out += _latin_spans(text, taken + out)
    if "ã" in text or "ä" in text or "å" in text:
        out += _lower_spans(text, taken + out)
    if "á" in text or "Å\u00a0" in text or "Æ" in text or "Ç" in text or "È" in text or "É" in text:
        out += _extended_spans(text, taken + out)
    if "Î" in text or "Ï" in text:
        out += _greek_spans(text, taken + out)
    if not _CJK_LEADS.isdisjoint(text) and _CJK_MOJIBAKE.search(text):
        out += _cjk_spans(text, taken + out)
    # (one character looked for first: a search for one is some 100 times faster than for two)
    if ("ï" in text and "ï¸" in text) or ("ð" in text and "ðŸ" in text) or ("â" in text and _LOST_SYMBOL_A.search(text)):
        out += _lost_symbol_spans(text, taken + out)
    if "â€" not in text:
        return out
    taken = taken + out
    word_end = 0
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


# An emoji or symbol read as Windows-1252 that ftfy leaves: its UTF-8 may hold one of the five bytes
# Windows-1252 has no character for (0x81, 0x8D, 0x8F, 0x90, 0x9D), which a decoder that drops them
# loses, or read as a pair that ftfy's heuristic passes. "ï¸" is the variation selector U+FE0F (EF B8
# 8F) that follows most emoji, its 0x8F lost ("â¤ï¸" for "❤️"); "â" and a symbol of Windows-1252 that
# no word writes after a letter starts a symbol of U+2000-U+2FFF ("âš¡" for "⚡", "â¤" for "❤" with
# its 0x9D lost); "ðŸ" an emoji of U+1F000-U+1FFFF ("ðŸ‘" for "👍" with its 0x8D lost). No text
# writes these pairs. Quotation marks, dashes, the ellipsis, guillemets and spaces are left out
# after "â" (a Romanian or Vietnamese word may end in "â" before them).
_SYMBOL_AFTER_A = "â[ƒ†‡ˆ‰Š‹ŒŽ˜™š›œžŸ¡¢£¤¥¦§¨©ª¬®¯±²³´µ¶¸¹º¼½¾¿]"
_LOST_SYMBOL = regexcache.compile("ï¸|ðŸ|" + _SYMBOL_AFTER_A)
# ... its third form alone, which starts with a literal: the engine finds "â" in C (a text without a
# match is scanned some 40 times faster than by the alternation)
_LOST_SYMBOL_A = regexcache.compile(_SYMBOL_AFTER_A)
# the bytes a decoder drops, most common first in the UTF-8 of emoji and symbols ("❤" E2 9D A4, the
# variation selector EF B8 8F, "👍" F0 9F 91 8D)
_UNDEFINED_BYTES = (0x9D, 0x8F, 0x8D, 0x90, 0x81)


def _utf8_size(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _restore_lost(seq: bytes, size: int) -> str | None:
    """The character of the UTF-8 sequence `seq` that lacks one byte of `size`, the lost byte one a
    Windows-1252 decoder drops: after "â" (E2) a byte 0xA0-0xBF is the third (the second was
    lost: "❤" E2 9D A4), else the last byte was lost. None when no such byte makes a symbol."""
    at = 1 if seq[0] == 0xE2 and len(seq) == 2 and seq[1] >= 0xA0 else len(seq)
    for b in _UNDEFINED_BYTES:
        try:
            c = (seq[:at] + bytes([b]) + seq[at:]).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if unicodedata.category(c)[0] in "SPM" or c == "\ufe0f":
            return c
    return None


def _lost_symbol_repair(word: str) -> str | None:
    """`word` read back as the UTF-8 bytes Windows-1252 made of it, a byte of a sequence that a
    decoder dropped put back (`_restore_lost`); None when its bytes are no such text."""
    read = _lost_symbol_read(word)
    return None if read is None else read[0]


def _lost_symbol_read(word: str) -> tuple[str, bool] | None:
    """(`_lost_symbol_repair(word)`, whether a byte was put back), or None."""
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in word)
    except UnicodeEncodeError:
        return None
    out, i, n, lost = [], 0, len(raw), False
    while i < n:
        b = raw[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        size = _utf8_size(b)
        j = i + 1
        while j < n and j - i < size and 0x80 <= raw[j] <= 0xBF:
            j += 1
        if not size or size - (j - i) > 1:
            return None
        if j - i < size:
            c = _restore_lost(raw[i:j], size)
            if c is None:
                return None
            lost = True
        else:
            try:
                c = raw[i:j].decode("utf-8")
            except UnicodeDecodeError:
                return None
        out.append(c)
        i = j
    return "".join(out), lost


def _lost_symbol_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_LOST_SYMBOL`, outside `taken`, repaired where the whole word reads back as
    UTF-8 with at most one lost byte per character (`_lost_symbol_repair`)."""
    return _repaired_words(text, taken, _LOST_SYMBOL, _lost_symbol_repair)


# A no-break space (C2 A0) read as Windows-1252 is "Â" and a no-break space; where a later step
# made that a plain space, ftfy no longer sees the pair ("10Â km", "end.Â Next"). After a digit,
# a lowercase letter or punctuation, a capital "Â" before a space ends no word of any language.
_NBSP_MOJIBAKE = regexcache.compile(r"(?<=[0-9a-z.,;:!?%)\]])Â(?= )")


# UTF-8 of a Latin-1 sign (C2 A1-BF) read as Windows-1252 or Latin-1: "Â" before the sign
# ("Â¥380B", "Â£20", "Â©2025", "20Â°C"). No language writes "Â" before a sign, and ftfy's
# heuristic passes some where a bracket stands before it ("(Â¥380B)")
_SIGN_MOJIBAKE = regexcache.compile("Â[\u00a1-\u00bf]")


def _repair_signs(word: str) -> str:
    """The word with each "Â" before a sign dropped: C2 then the sign's byte is the sign's UTF-8."""
    return _SIGN_MOJIBAKE.sub(lambda m: m.group()[1], word)


def _nbsp_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words ending in `_NBSP_MOJIBAKE` ("10Â"), outside `taken`, repaired by dropping the "Â"."""
    out = []
    for m in _NBSP_MOJIBAKE.finditer(text):
        a, b = _word_bounds(text, m.start(), m.start())
        if any(i < b and a < j for i, j, _ in taken):
            continue
        out.append((a, b, fix_encoding(text[a:m.start()])))
    return out


def _undo_cp1252(seq: str) -> str:
    """The character whose UTF-8 bytes `seq` is, read as Windows-1252 (C1 controls as Latin-1)."""
    return bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in seq).decode("utf-8", "replace")


def _letterlike_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words holding `_LETTERLIKE_MOJIBAKE` ("ChatGPTâ„¢", "COâ‚‚"), outside `taken`, repaired where the
    three characters are the UTF-8 of one character (and the rest of the word by ftfy)."""
    def repair(w: str) -> str | None:
        r = _LETTERLIKE_MOJIBAKE.sub(lambda k: _undo_cp1252(k.group()), w)
        return r if "\ufffd" not in r and r != w else None
    return _repaired_words(text, taken, _LETTERLIKE_MOJIBAKE, repair)


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


_C1_CONTROL = regexcache.compile("[\x80-\x9f]")
# What Windows-1252 reads the bytes 0x80-0x9F as; Latin-1 reads them as C1 control characters
_CP1252_ONLY = regexcache.compile("[" + re.escape("".join(
    bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xA0))) + "]")


_CP1252_UNDEFINED = frozenset("\x81\x8d\x8f\x90\x9d")  # the bytes Windows-1252 has no character for


def _codec(damaged: str) -> str:
    """The decoding that made `damaged`: Latin-1 leaves C1 control characters where Windows-1252
    has punctuation ("â\\x80\\x99" against "â€™"); "Ã©" could be either. A decoder of
    Windows-1252 that keeps the five bytes it has no character for leaves those as C1 controls
    ("â€\\x9d" for "”")."""
    runs = _CODEPAGE_RUN.findall(damaged)
    if runs and not any(_utf8_of(run, "cp1252") or _utf8_of(run, "latin-1") for run in runs):
        # (a code page ftfy judges in part, or not at all: `_codepage_spans`; "‚Üí" is Mac OS Roman)
        for codec, label in _CODEPAGE_NAMES.items():
            if any(_codepage_read(run, (codec,)) is not None for run in runs):
                return label
    controls = set(_C1_CONTROL.findall(damaged))
    if controls and not controls <= _CP1252_UNDEFINED:
        return "Latin-1"
    return "Windows-1252" if _CP1252_ONLY.search(damaged) else "Windows-1252 or Latin-1"


class Mojibake(Rule):
    """## What it does
    Flags text in which UTF-8 was decoded as Windows-1252 or Latin-1: `â€”` for an em dash,
    `â€™` for a closing quote, `Ã©` for é. Detection and repair are ftfy's `fix_encoding`.
    UTF-8 read by the DOS code page 437 (`ΓÇö`), Mac OS Roman (`‚Äî`, `‚Üí` for →) or
    Windows-1250 (`Ĺ›` for ś) is flagged too, where those bytes are UTF-8 of punctuation,
    symbols, letters beside a word's lowercase letters, or CJK.

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
    Unsafe where a character was lost on the way: "”" is the bytes E2 80 9D, and 0x9D has no
    character in Windows-1252, so decoders drop it ("modelâ€") or replace it ("modelâ€�").
    ftfy can only mark such a character as lost; the fix guesses it ("”", or "’" between two
    letters).
    """

    code = "U101"
    name = "mojibake"
    family = "mojibake"
    severity = Severity.ERROR
    summary = "UTF-8 text decoded as Windows-1252/Latin-1 (â€™, Ã©)"
    fixable = "safe"

    def check(self, batch):
        # batch.strings(), without a generator step per string: most strings are ASCII
        for ep in batch.episodes:
            if ep.text.isascii() and "\\" not in ep.text:
                continue  # no string of it is non-ASCII (only a YAML escape could make one)
            for path, sc in ep.scalars.items():
                value = sc.value
                if not isinstance(value, str) or value.isascii() or not path:
                    continue
                for a, b, repaired in mojibake_spans(value):
                    guessed = lost_byte_guessed(value, a, b)
                    yield text_finding(
                        self, ep, path, a, b,
                        f"Mojibake {value[a:b]!r}: UTF-8 decoded as {_codec(value[a:b])}"
                        + ("; a character was lost" if guessed else "") + f"; reads {repaired!r}",
                        replacement=repaired, applicability="unsafe" if guessed else "safe",
                        description=f"Repair encoding: {repaired!r}" + (" (the lost character guessed)" if guessed else ""),
                    )
