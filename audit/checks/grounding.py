"""Grounding: entities of the LLM pass whose name occurs in no text of the episode.

Per episode the texts that can ground a name are gathered once: title, summary, quotes and their
impact reasons, insights, the NER pass's names and context windows, and the descriptive contexts
of the *other* LLM entries (an entity's own context never grounds it). They are lowercased and
cut into words (`[\\W_]+` -> one space), so a name is looked up as `" gemini "` in `" ... gemini
models ... "`; the set of the texts' words answers a one-word name and rules out most misses
without that search. What to look for is derived once per distinct name (`_forms`).

Only names not found that way are looked at again, more tolerantly: parenthesised alternatives
("Lama (or Llama)"), plural and singular, a trailing generic word ("Gemini models", "Nvidia
Corporation"), split and joined words ("LlamaGuard" / "Llama Guard"), every spelling the glossary
knows of a name inside it (misspellings included: "Lama 4" is grounded by "Llama 4"), a person's
surname or a first name that is no common word ("Satya"), a one-edit misspelling of a
single long word, accents ("Zürich"/"Zurich"), acronyms both ways ("The New York Times"/"NYT"),
a version moved among the words ("Claude 3.5 Sonnet"/"Claude Sonnet 3.5") and a product's
maker before it ("OpenAI GPT-4"). Version numbers are never dropped:
"Gemini 1.5 Flash" is not grounded by "Gemini".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from bisect import bisect_right
from functools import lru_cache
from itertools import permutations

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..findings import Fix, Severity
from ..glossary import MADE_KINDS, Glossary, glossary
from .base import Rule, item_removal
from .duplicate import LEGAL_SUFFIX, VENTURE_TAIL, WEB_ENDINGS
from .entity_noise import noise_words
from .misspelling import is_common_word, misspellings, zipf_at_least
from .mojibake import repair_text
from .sponsor_body import body_text, speech_text
from .. import regexcache
from ..textmatch import NO_SPACES_SCRIPT

# a body this long (characters) is the episode's talk, some minutes of it, not an excerpt: a name it
# never says was not said
_WHOLE_TRANSCRIPT = 3000

_NON_WORD = regexcache.compile(r"[\W_]+")
_DIGITS = regexcache.compile(r"\d+")
_PAREN = regexcache.compile(r"^(?P<out>[^()]*?)\s*\((?P<in>[^()]*)\)\s*(?P<rest>.*)$")
_ALSO = regexcache.compile(r"^(?:or|aka|a\.k\.a\.?|also(?:\s+known\s+as)?|formerly|previously|now|i\.e\.?)\s+", re.I)
_POSSESSIVE_END = regexcache.compile(r"['’]s$")
# a name written as its web address ("Riverside.fm", "Character.ai"): the texts say "Riverside"
_WEB_ADDRESS = regexcache.compile(rf"^([A-Za-z][\w-]{{3,}})\.{WEB_ENDINGS}$", re.I)
_SEPARATORS = regexcache.compile(r"\s*(?:/|;|\|)\s*|\s*,\s*(?=(?:inc|ltd|llc|corp)\b)|\s+or\s+", re.I)
# Words an LLM adds to a name without making it another name.
GENERIC_WORDS = (
    "model", "models", "family", "series", "team", "teams", "app", "apps", "platform", "product",
    "products", "tool", "tools", "company", "inc", "corp", "corporation", "ltd", "llc", "co",
    "group", "the", "project", "initiative", "software", "service", "services", "assistant",
    "chatbot", "api", "apis", "ai",
)


# ASCII bytes: letters and digits stay, everything else (punctuation, "_", spaces) is a space;
# bytes of non-ASCII characters pass through unchanged.
_ASCII_WORDS = bytes(c if (chr(c).isalnum() and c < 128) or c >= 128 else 32 for c in range(256))
_ASCII = bytes(range(128))
# The same with ASCII letters lowercased, and with NUL kept (it separates texts: `_text_words`).
_LOWER_WORDS = bytes(ord(chr(c).lower()) if c < 128 and chr(c).isalnum() else c if c >= 128 else 32
                     for c in range(256))
_LOWER_WORDS_NUL = b"\0" + _LOWER_WORDS[1:]
_CAPITAL_SIGMA = "\u03a3"  # the one character str.lower() lowercases by its neighbours
_MAX_CHANGES = 32  # up to this many distinct non-ASCII characters are mapped with a str.replace each


def words(text: str) -> str:
    """' gemini 1 5 flash ': lowercase words between single spaces (substring = word sequence),
    accents dropped (' eth zurich ' of "ETH Zürich": a name and a text may differ in them)."""
    return " " + " ".join(word_list(text)) + " "


def word_list(text: str) -> list[str]:
    """The lowercase words of `text` (`words(text).split()`).

    Long texts (an episode's corpus is ~60 KB) take a faster road to the same result as the
    regex (`_word_chars`).
    """
    if len(text) < 256 and text.isascii():  # the regex is quicker on a name
        return _NON_WORD.sub(" ", text.lower()).split()
    return _word_chars(text, _LOWER_WORDS).split()


@lru_cache(maxsize=4096)
def _char_word_form(c: str) -> str:
    """One non-ASCII character as `_word_chars` leaves it: lowercased, its accents dropped ("ü"
    -> "u"; a combining mark alone -> nothing), non-word ones spaces, a kana, CJK ideograph or
    Hangul syllable a word of its own."""
    folded = "".join(x for x in unicodedata.normalize("NFKD", c.lower()) if not unicodedata.combining(x))
    out = "".join(x if x.isalnum() else " " for x in map(str.lower, folded))  # "ᴬ" -> "A" -> "a"
    if NO_SPACES_SCRIPT.match(c):
        return f" {out} "  # a script written without spaces: a word each ("MetaのLlama" is "meta の llama")
    return out


def _word_chars(text: str, table: bytes) -> str:
    """`text.lower()` with accents dropped and every non-word character a space (`\\w` is
    `str.isalnum()` or "_").

    The distinct non-ASCII characters are read off the UTF-8 bytes; a str.replace each maps those
    that change (punctuation to a space, capitals lowercased, accents dropped; one str.translate for
    many); then one bytes.translate of the UTF-8 lowercases ASCII letters and blanks the other ASCII
    characters, and one decode. Lowercasing a character alone equals lowercasing it in the text for
    all but a capital sigma (final or not by its neighbours): with one, the whole text is lowercased
    first. The result is often pure ASCII again, which later splits and searches like.
    """
    # surrogatepass: a "\\ud800" escape in a double-quoted scalar gives a lone surrogate
    raw = text.encode("utf-8", "surrogatepass")
    if not text.isascii():  # the distinct non-ASCII characters: the bytes left without the ASCII ones
        chars = set(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
        if _CAPITAL_SIGMA in chars:
            return _word_chars(text.lower(), table)
        changes = [(c, form) for c in chars if (form := _char_word_form(c)) != c]
        if len(changes) > _MAX_CHANGES:  # many distinct characters to map (another script): one pass
            text = text.translate({ord(c): form for c, form in changes})
        elif changes:
            for c, form in changes:  # on the str: finding one character is fast, three bytes are not
                text = text.replace(c, form)
        if changes:
            raw = text.encode("utf-8", "surrogatepass")
    return raw.translate(table).decode("utf-8", "surrogatepass")


def _text_words(texts: list[str]) -> list[str]:
    """The words of each text in turn, a "\\0" word between two texts: `"\\0".join(words(t) ...).split()`.

    One translation and one split for all texts instead of a regex each. NUL is a space in
    word form, so a NUL inside a text is made one first; the separators' spaces keep lower()
    from seeing across texts (its only context-dependent case, a final sigma, stops at a space).
    """
    if not texts:
        return []
    joined = " \0 ".join(texts)
    if joined.count("\0") != len(texts) - 1:
        joined = " \0 ".join(t.replace("\0", " ") for t in texts)
    return _word_chars(joined, _LOWER_WORDS_NUL).split()


def _spaced(word_list: list[str]) -> str:
    """' w1 w2 ... ': words between single spaces, where a phrase is looked up as ' phrase '."""
    return f" {' '.join(word_list)} "


def _context_words(contexts: list[str]) -> str:
    """`"\\0".join(words(c) for c in contexts)` (up to the spaces of an empty context), in one pass."""
    return _spaced(_text_words(contexts)) if contexts else ""


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=8)
def _spellings(gl_id: int, gl: Glossary) -> dict[str, tuple[str, ...]]:
    """Word form of every glossary spelling -> word forms of all spellings of its entry."""
    out: dict[str, tuple[str, ...]] = {}
    for e in gl.entries:
        forms = tuple(dict.fromkeys(words(f).strip() for f in e.accepted + e.misspellings if f.strip()))
        for f in forms:
            out.setdefault(f, forms)
    return out


class Corpus:
    """The grounding texts of one episode, in word form, and the sets of their words.

    `contexts` are the word forms of the LLM-pass contexts, by their position in the episode's
    LLM rows (its "seats"); they are held as one string, `"\\0".join(contexts)`, which a phrase
    is looked up in once (`ctx`, given directly by `_corpus`, with its words `ctx_words`).
    """

    def __init__(self, base_words: list[str], contexts: list[str] = (), ctx: str | None = None,
                 ctx_words: list[str] | None = None, raw: tuple[list[str], list[str]] | None = None):
        # the texts as written and the contexts by seat: for `spelled_out` only (rarely asked)
        self.raw = raw
        self.raw_joined: str | None = None  # the texts of `raw` joined by line breaks (`_only_as_a_word`)
        self.address_names: list[str] | None = None  # the names of the texts' web addresses (`_named_by_address`)
        self.base = _spaced(base_words)  # "\0" among the words: a text ends there
        self.base_words = set(base_words)
        self.base_words.discard("\0")
        self.ctx = "\0".join(contexts) if ctx is None else ctx
        starts = [0]  # where each context starts in `ctx`
        i = self.ctx.find("\0")
        while i != -1:
            starts.append(i + 1)
            i = self.ctx.find("\0", i + 1)
        self.starts = starts
        # every word of the texts, the contexts' included
        self.tokens = self.base_words.union(self.ctx.split() if ctx_words is None else ctx_words)
        self.tokens.discard("\0")
        self._distinct: str | None = None  # ' w1 w2 ... ': each word of `tokens` once
        self._found: dict[tuple[str, frozenset[int]], bool] = {}  # `found`'s answers

    def contains(self, phrase: str, own: frozenset[int]) -> bool:
        """Is ' phrase ' (word form, no outer spaces) in the texts, the entity's own contexts aside?"""
        return self.has(tuple(phrase.split(" ")), phrase, own)

    def has(self, parts: tuple[str, ...], phrase: str, own: frozenset[int]) -> bool:
        """`contains(phrase, own)` with `parts = phrase.split(" ")` given."""
        # A phrase of single-spaced words can only match whole words of one text (every text
        # starts and ends with a space): a word no text has rules it out without scanning
        # ~60 KB, and the base has a one-word phrase exactly when it has the word.
        if "" not in parts:
            return self.tokens.issuperset(parts) and self.found(parts, phrase, own)
        if f" {phrase} " in self.base:
            return True
        # ' phrase ' holds two spaces in a row: no text of words has it, only a text without any
        # (its word form is two spaces), and only when the phrase is empty
        return phrase == "" and any(k not in own for k in self.empty_seats)

    def found(self, parts: tuple[str, ...], phrase: str, own: frozenset[int]) -> bool:
        """`has` for a phrase of words that are all in `tokens`.

        Remembered by phrase and own contexts: entities listed many times share both, and the
        search below passes over every own context that holds the phrase (for 3,000 copies of one
        entry, each search passed over the 3,000 contexts of all of them).
        """
        key = (phrase, own)
        known = self._found.get(key)
        if known is None:
            known = self._found[key] = self._search(parts, phrase, own)
        return known

    def _search(self, parts: tuple[str, ...], phrase: str, own: frozenset[int]) -> bool:
        if len(parts) == 1:
            if phrase in self.base_words:
                return True
        # a phrase with a word only the contexts have is not in the base: no scan of its ~60 KB
        elif self.base_words.issuperset(parts) and f" {phrase} " in self.base:
            return True
        # the contexts, one search: a hit in an own context resumes at the next context
        needle = f" {phrase} "
        ctx, starts = self.ctx, self.starts
        i = ctx.find(needle)
        while i != -1:
            k = bisect_right(starts, i) - 1
            if k not in own:
                return True
            if k + 1 == len(starts):
                break
            i = ctx.find(needle, starts[k + 1])
        return False

    def spelled_out(self, letters: str, own: frozenset[int]) -> bool:
        """Do the capitalised words of one text (the entity's own contexts aside) spell `letters`
        (capitals) by their first letters? Read in the texts as written (`raw`)."""
        if self.raw is None:
            return False
        texts, contexts = self.raw
        pattern = _initials_pattern(letters)
        return any(pattern.search(t) is not None for t in texts) or any(
            k not in own and pattern.search(c) is not None for k, c in enumerate(contexts))

    @property
    def empty_seats(self) -> list[int]:
        """The contexts without a word."""
        return [k for k, c in enumerate(self.ctx.split("\0")) if not c.split()] if self.ctx else []

    def near_misses(self, phrase: str, limit: int) -> list[str]:
        """The words of the texts that start like `phrase` and are within `limit` OSA edits of it.

        Only words with its first character and a length within `limit` of its can be, found by
        one regex over a string of the distinct words (built once per episode, when a name
        first needs it) instead of scoring every word.
        """
        if self._distinct is None:
            self._distinct = " " + " ".join(self.tokens) + " "
        candidates = _near_pattern(phrase[0], max(1, len(phrase) - limit), len(phrase) + limit).findall(self._distinct)
        if not candidates:
            return []
        return [token for token, _, _ in process.extract(phrase, candidates, scorer=OSA.distance,
                                                        score_cutoff=limit, limit=None)]


@lru_cache(maxsize=1024)
def _near_pattern(first: str, shortest: int, longest: int) -> re.Pattern:
    """The words of ' w1 w2 ... ' that start with `first` and are `shortest` to `longest` long."""
    return re.compile(rf" ({re.escape(first)}[^ ]{{{shortest - 1},{longest - 1}}})(?= )")


def _variants(name_words: list[str], spellings: dict[str, tuple[str, ...]]) -> set[str]:
    """Other word forms of a name: glossary spellings of any part, plural/singular, generic tails."""
    out: set[str] = set()
    n = len(name_words)
    # glossary spellings of a span of the name ("lama 4" -> "llama 4", "lamaguard" -> "llama guard")
    for i in range(n):
        for j in range(min(n, i + 4), i, -1):
            span = " ".join(name_words[i:j])
            forms = spellings.get(span)
            if forms:
                digits = _DIGITS.findall(span)
                for f in forms:
                    if _DIGITS.findall(f) == digits or (not digits and " " not in f):
                        # "Llama 3" is no spelling of "Llama 4"; a one-word alias is ("a16z")
                        out.add(" ".join([*name_words[:i], f, *name_words[j:]]))
    out.add(" ".join(_singular(w) for w in name_words))
    out.add(" ".join([*name_words[:-1], name_words[-1] + "s"]))
    # a generic word at either end ("gemini models", "the scale team")
    core = list(name_words)
    while len(core) > 1 and core[-1] in GENERIC_WORDS:
        core = core[:-1]
    while len(core) > 1 and core[0] == "the":
        core = core[1:]
    if core != name_words:
        out.add(" ".join(core))
        out |= _variants(core, spellings) if len(core) < n else set()
    out.discard(" ".join(name_words))
    return {v for v in out if v.strip()}


def _alternatives(name: str, gl: Glossary) -> list[str]:
    """Other names an entity name gives for itself: "Lama (or Llama)", "Amazon Web Services (AWS)",
    "Scout/Maverick". A parenthesis naming something else ("Claude 3 Opus (Anthropic)") is no
    alternative: the maker's name must not ground the product."""
    out: list[str] = []
    m = _PAREN.match(name)
    if m:
        outside = f"{m.group('out')} {m.group('rest')}".strip()
        inside = m.group("in").strip()
        out.append(outside)
        also = _ALSO.match(inside)
        initials = "".join(w[0] for w in outside.split() if w[:1].isalpha()).lower()
        same = gl.lookup(inside) is not None and gl.lookup(inside) is gl.lookup(outside)
        if also:
            out.append(inside[also.end():])
        elif same or (inside.isupper() and inside.lower() == initials):
            out.append(inside)
    for part in list(out) or [name]:
        pieces = [p for p in _SEPARATORS.split(part) if p.strip()]
        if len(pieces) > 1:
            out.extend(pieces)
    parts = name.split()
    for k in (1, 2):
        # a product after its maker's name ("IBM QRadar", "Microsoft Copilot Studio"): the LLM pass
        # names the maker the texts leave out; the product's own name grounds it
        if len(parts) > k and (maker := gl.lookup(" ".join(parts[:k]))) is not None and maker.is_org:
            rest = " ".join(parts[k:])
            made = gl.lookup(rest)
            if (made is not maker and not all(is_common_word(w.lower()) for w in rest.split())  # ("SAP Business AI")
                    and (made is None or gl.is_right_maker(made, maker))):  # ("Microsoft Gemini" is none)
                out.append(rest)
            break
    if " and " in name:
        out.append(name.replace(" and ", " & "))  # "Latham and Watkins" is "Latham & Watkins"
    if _POSSESSIVE_END.search(name.strip()):
        out.append(_POSSESSIVE_END.sub("", name.strip()))  # "Harvey's"
    web = _WEB_ADDRESS.match(name.strip())
    if web:
        out.append(web.group(1))
    labs = _LABS_END.sub("", name.strip())
    if labs and labs != name.strip() and not (" " not in labs and is_common_word(labs.lower())):
        out.append(labs)  # "Modal Labs" named "Modal" in its texts ("reality" names no Reality Labs)
    bare = LEGAL_SUFFIX.sub("", name.strip())
    if bare and bare != name.strip():
        # a legal name's form and descriptive words ("Recursion Pharmaceuticals", "Aurora
        # Innovation", "Acme, Inc."): the firm's own name grounds it, as it grounds the bare name
        out.append(bare)
        if (web := _WEB_ADDRESS.match(bare)) is not None:
            out.append(web.group(1))  # ("Amazon.com, Inc.": Amazon)
    return [a for a in out if a != name and not all(w in GENERIC_WORDS for w in words(a).split())]


_LABS_END = regexcache.compile(r"\s+Labs?$")
_MODEL_CODE = regexcache.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,8}")  # "h20", "gb300", "mi325x": letters and digits
_SIZE = regexcache.compile(r"\d+(?:\.\d+)?[bmkt]")  # a model's size in parameters ("405b", "1.5t"), as a word
_SIZE_UNITS = {"b": "billion", "m": "million", "t": "trillion", "k": "thousand"}  # "405b": "405 billion"
_FILLERS = frozenset({"the", "of", "and", "for", "de", "&"})  # words an acronym leaves out


def _version_groups(words: list[str]) -> list[list[str]]:
    """The words, a version's numbers kept together ("3 5 sonnet" -> [["3", "5"], ["sonnet"]])."""
    groups: list[list[str]] = []
    for x in words:
        if groups and x.isdigit() and groups[-1][-1].isdigit():
            groups[-1] = groups[-1] + [x]
        else:
            groups.append([x])
    return groups


def _rewordings(name_words: list[str], gl: Glossary) -> set[str]:
    """Other ways a text says the name: its acronym ("taiwan semiconductor manufacturing company"
    -> "tsmc", three letters or more, never for a name with a number); a version moved among the
    other words after the first ("claude 3 5 sonnet" -> "claude sonnet 3 5"); a model's size said
    apart or written out ("405b version of llama 3 1", "405 billion parameter llama 3 1"); a tier
    and a two-part version without the family ("sonnet 3 5"); the product alone after its maker's
    name, or its plural ("openai gpt 4" -> "gpt 4", "nvidia h100" -> "h100s", by the glossary's makers)."""
    out: set[str] = set()
    significant = [x for x in name_words if x not in _FILLERS]
    if 3 <= len(significant) <= 6 and all(x[0].isalpha() for x in significant) \
            and not any(c.isdigit() for x in name_words for c in x):
        out.add("".join(x[0] for x in significant))
    spelled = [x for x in name_words if x != "the"]
    if len(spelled) >= 3 and len(significant) < len(spelled) <= 6 and all(x[0].isalpha() for x in spelled) \
            and not any(c.isdigit() for x in name_words for c in x):
        out.add("".join(x[0] for x in spelled))  # with its small words' letters: "doj", "Department of Justice"
    if 3 <= len(name_words) <= 4 and any(c.isdigit() for x in name_words[1:] for c in x):
        # a version's parts stay together: "3 5" moves as one
        for order in permutations(_version_groups(name_words[1:])):
            out.add(" ".join([name_words[0], *(x for g in order for x in g)]))
    if len(name_words) >= 3 and _SIZE.fullmatch(name_words[-1]) and any(c.isdigit() for c in name_words[-2]):
        # a model's size said apart from its name and version: "the 405B version of Llama 3.1",
        # "Llama 3.1's 405B", "the 70B Llama 3", "the 405-billion-parameter Llama 3.1"
        size, rest = name_words[-1], " ".join(name_words[:-1])
        sizes = [size]
        if size[:-1].isdigit():
            sizes.append(f"{size[:-1]} {_SIZE_UNITS[size[-1]]}")
        for size in sizes:
            out.update((f"{size} {rest}", f"{size} version of {rest}", f"{size} model of {rest}",
                        f"{size} parameter {rest}", f"{rest} s {size}", f"{rest} {size}"))
    family = gl.lookup(name_words[0]) if 3 <= len(name_words) <= 4 else None
    if family is not None and family.kind == "model_family":
        # a model named by its tier and version without its family ("Sonnet 3.5 from Anthropic"
        # for "Claude 3.5 Sonnet"): only with a tier word that is no generic word, and a version
        # of two parts: "Sonnet 3" would be found in "Sonnet 3.5", another model
        rest = name_words[1:]
        groups = _version_groups(rest)
        if (any(x.isalpha() and x not in GENERIC_WORDS for x in rest)
                and any(len(g) >= 2 and all(x.isdigit() for x in g) for g in groups)):
            out.update(" ".join(x for g in order for x in g) for order in permutations(groups))
    for k in (1, 2):
        if len(name_words) > k:
            maker, product = gl.lookup(" ".join(name_words[:k])), gl.lookup(" ".join(name_words[k:]))
            if maker is not None and product is not None and maker is not product \
                    and maker.is_org and gl.is_right_maker(product, maker):
                out.add(" ".join(name_words[k:]))
                out.add(" ".join(name_words[k:]) + "s")  # "the H100s" for "NVIDIA H100"
            elif (maker is not None and product is None and maker.is_org
                  and any(_MODEL_CODE.fullmatch(x) for x in name_words[k:])):
                # a product the glossary does not know, named by a code of letters and digits
                # after its maker ("NVIDIA H20" is grounded by "the H20 was designed ...")
                out.add(" ".join(name_words[k:]))
                out.add(" ".join(name_words[k:]) + "s")
    out.discard(" ".join(name_words))
    return out


@lru_cache(maxsize=1024)
def _initials_pattern(letters: str) -> re.Pattern:
    """Capitalised words of three letters or more whose first letters spell `letters` (capitals),
    lowercase fillers allowed between them ("Massachusetts Institute of Technology" spells "MIT",
    "many important things" does not)."""
    filler = r"[\s,]+(?:(?:" + "|".join(re.escape(f) for f in sorted(_FILLERS)) + r")\s+)?"
    return re.compile(r"(?<![\w-])" + filler.join(rf"{re.escape(c)}[\w'’-]{{2,}}" for c in letters) + r"(?![\w-])")


@dataclass(frozen=True)
class _Form:
    """What grounds one spelling of an entity name, in word form: depends on the name only."""

    phrase: str  # the name ("llama guard 4")
    variants: tuple[str, ...]  # other forms: glossary spellings of parts, plural/singular, generic words
    joined: str  # the words as one ("llamaguard4"), "" when shorter than 4 characters
    one_word: bool  # a single word: look for it split in two instead of joined
    surname: str | None  # a person's surname
    fuzzy_limit: int  # edits an ASR misspelling of a single long word may have (0: none)


@dataclass(frozen=True)
class People:
    """What the entity-noise lists say of people's names: common given names ("Carl": "Carl Pei"
    is a person, whose surname names him), and first names that name a person alone ("Jensen")."""

    given: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()


_NO_PEOPLE = People()


_PEOPLE: dict[int, tuple[object, People]] = {}  # id of a NoiseWords -> (it, its People)


def _people(noise) -> People:
    """The People of the entity-noise lists, one object per lists (the memoised lookups key on it)."""
    if noise is None:
        return _NO_PEOPLE
    known = _PEOPLE.get(id(noise))
    if known is None or known[0] is not noise:
        if len(_PEOPLE) > 8:
            _PEOPLE.clear()
        known = _PEOPLE[id(noise)] = (noise, People(frozenset(noise.first_names),
                                                    frozenset(p for p in noise.people if " " not in p)))
    return known[1]


def _person_shaped(parts: list[str], people: People) -> bool:
    """A name of two or three capitalised words of letters, the first a common given name ("Carl Pei")."""
    return (2 <= len(parts) <= 3 and parts[0] in people.given
            and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts))


@lru_cache(maxsize=100_000)
def _forms(gl_id: int, gl: Glossary, name: str, people: People = _NO_PEOPLE) -> tuple[_Form, ...]:
    """The forms of the name and of its alternatives, memoised: names recur across episodes."""
    spellings = _spellings(id(gl), gl)
    out = []
    for candidate in [name, *_alternatives(name, gl)]:
        w = words(candidate).split()
        if not w:
            continue
        phrase = " ".join(w)
        joined = "".join(w)
        entry = gl.lookup(candidate.strip())
        surname = (words(entry.name.split()[-1]).strip()
                   if entry is not None and entry.kind == "person" and len(entry.name.split()) > 1 else None)
        if surname is None and entry is None and _person_shaped(parts := candidate.split(), people):
            # a person the glossary does not know, by a surname no common word ("Pei" in a window
            # cut inside "Carl Pei")
            last = words(parts[-1]).strip()
            surname = last if len(last) >= 3 and not is_common_word(last) else None
            entry = None
        fuzzy = len(w) == 1 and phrase.isalpha() and len(phrase) >= 6
        variants = _variants(w, spellings) | _rewordings(w, gl)
        if surname is not None and entry is not None:
            # a first name no common word ("Satya", "Demis", not "Mark"), or one the people list
            # says names the person alone ("Jensen"), names the person
            given = entry.name.split()[0]
            first = words(given).strip()
            if first.isalpha() and len(first) >= 4 and (not is_common_word(first) or given in people.alone):
                variants = [*variants, first]
        out.append(_Form(phrase, tuple(variants), joined if len(joined) >= 4 else "",
                         len(w) == 1, surname, (1 if len(phrase) < 10 else 2) if fuzzy else 0))
    return tuple(out)


@lru_cache(maxsize=100_000)
def _lookups(gl_id: int, gl: Glossary, name: str, people: People = _NO_PEOPLE) -> tuple[tuple, tuple]:
    """The exact phrases of every form of the name, as `(parts, phrase, plain)`, and its fuzzy phrases.

    Grounded means any of them is found, so they are tried cheapest first: the exact lookups of one
    word (a set lookup), of several (a word-set test rules most out, then a search), then the
    fuzzy ones.
    """
    exact: dict[str, None] = {}
    fuzzy = []
    for form in _forms(gl_id, gl, name, people):
        exact[form.phrase] = None
        exact.update(dict.fromkeys(form.variants))
        first, _, rest = form.phrase.partition(" ")
        if rest and first != "s":
            exact[f"{first} s {rest}"] = None  # the maker's possessive: "Guidewire's ClaimCenter"
        if form.joined:
            if form.one_word:
                joined = form.joined
                exact.update(dict.fromkeys(f"{joined[:k]} {joined[k:]}" for k in range(2, len(joined) - 1)))
            else:
                exact[form.joined] = None
        if form.surname is not None:
            exact[form.surname] = None
        if form.fuzzy_limit:
            fuzzy.append((form.phrase, form.fuzzy_limit))
    # one-word phrases first: a set lookup each, where a phrase of words that all occur costs a
    # search of the texts (a name like "Microsoft AI" is mostly grounded by "microsoft")
    lookups = sorted(((tuple(p.split(" ")), p, "" not in p.split(" ")) for p in exact), key=lambda x: len(x[0]) > 1)
    return tuple(lookups), tuple(fuzzy)


def is_grounded(name: str, corpus: Corpus, own: frozenset[int], gl: Glossary, people: People = _NO_PEOPLE) -> bool:
    """Does `name` (or a tolerated form of it) occur in the corpus outside the entity's own contexts?

    `own` are the seats (contexts of `corpus.ctx`) of the entity and of its copies under the same
    name: a hallucinated entity listed twice must not ground itself."""
    exact, fuzzy = _lookups(id(gl), gl, name, people)
    tokens, found, has = corpus.tokens, corpus.found, corpus.has
    for parts, phrase, plain in exact:
        if (found(parts, phrase, own) if tokens.issuperset(parts) else False) if plain else has(parts, phrase, own):
            return True
    for phrase, limit in fuzzy:
        # an ASR misspelling of the name ("antropic"), never an ordinary word ("clause" for Claude);
        # every token within the limit is tried (no top-k), so ties cannot depend on set order
        for token in corpus.near_misses(phrase, limit):
            if not is_common_word(token):
                return True
    letters = name.strip()
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper():
        # an acronym spelled out ("TSMC": "Taiwan Semiconductor Manufacturing Company")
        return corpus.spelled_out(letters, own)
    return False


def _only_as_a_word(name: str, corpus: Corpus, own: frozenset[int], gl: Glossary, terms=frozenset()) -> bool:
    """Is a name that is an ordinary word, alone or before generic words ("Runway", "Scale AI",
    "Notion"), found only as that word, in lowercase ("the runway for startups", "at scale", "the
    notion that")? The tolerant match forgives case; such a name is grounded only where its first
    word stands capitalised in a text (a possessive or a plural "s" after it allowed), outside
    the entity's own contexts. A misspelling the glossary knows ("Open Ai") is left to the
    tolerant match, and so is a name of `terms` only (entity-noise's generic words: "Foundation
    Models" is the term "foundation models")."""
    first = _ordinary_first_word(id(gl), gl, name)
    if first is None or (terms and all(w.lower() in terms for w in name.split())):
        # (a name of the field's generic words only is a term, found in lowercase: "foundation
        # models" grounds "Foundation Models", which entity-noise calls a generic term)
        return False
    parts, contexts = corpus.raw
    if corpus.raw_joined is None:
        corpus.raw_joined = "\n".join(parts)  # the texts at once (a name stands in one line of it or
        # across none: no name holds a line break)
    return not (_capitalised_in(corpus.raw_joined, first)
                or any(_capitalised_in(c, first) for k, c in enumerate(contexts) if k not in own))


@lru_cache(maxsize=100_000)
def _ordinary_first_word(gl_id: int, gl: Glossary, name: str) -> str | None:
    """The first word of a name made of an ordinary word and generic words ("Runway", "Scale
    AI"), a legal form aside ("Booking Holdings"), capitalised; None for any other name ("Google
    DeepMind" is grounded by "DeepMind", "Sam Altman" by "Altman") and for a misspelling the
    glossary knows ("Open Ai")."""
    words_ = (LEGAL_SUFFIX.sub("", name).strip() or name).split()  # ("Booking Holdings": "Booking")
    first = words_[0] if words_ else ""
    if (len(first) < 2 or not first[1:].islower() or not first[0].isupper()
            or any(w.lower() not in GENERIC_WORDS for w in words_[1:]) or not is_common_word(first.lower())):
        return None
    entry = gl.lookup(name.strip())
    return None if entry is not None and entry.name != name.strip() else first


def _capitalised_in(text: str, first: str) -> bool:
    """Does `first` stand in `text` as a word of its own (a possessive or plural "s" after it allowed)?"""
    n = len(first)
    k = text.find(first)
    while k != -1:
        after = text[k + n:k + n + 2]
        if (k == 0 or not text[k - 1].isalnum() or NO_SPACES_SCRIPT.match(text, k - 1)) and (
                not after[:1].isalpha() or NO_SPACES_SCRIPT.match(after) or (after[:1] == "s" and not after[1:2].isalpha())):
            return True  # (a kana or ideograph next to it is the next word: "MetaのLlama")
        k = text.find(first, k + 1)
    return False


_name_words = lru_cache(maxsize=100_000)(words)  # names recur across episodes


_SHORT_FORM_ZIPF = 4.0  # a firm's first word said alone is no ordinary English word this common


# an LLM context that says what a product is ("Endpoint agent whose ...", "A menu-pricing tool
# that ...", "Biometric boarding product."): the maker's name said alone grounds the maker, not
# the product named after it ("CrowdStrike Falcon" where only CrowdStrike is said); "Maker of
# ...", "Cloud platform provider ..." say what a firm is
_PRODUCT_CONTEXT = regexcache.compile(
    r"(?i)\s*(?:(?:a|an|the|its|their)\s+)?(?:(?!of\b|by\b|for\b)[\w'’-]+\s+){0,3}?"
    r"(?:product|tool|agent|app|application|platform|service|software|system|suite|model|engine|device|"
    r"assistant|chatbot|feature|plug-?in|extension|scanner|sensor|api|sdk|module|dashboard|robot|machine|"
    r"framework|library|toolkit|interface|capabilit(?:y|ie)|layer|offering|solution|copilot|"
    # a firm's part or offer under a longer name ("Premium subscription tier of the app", "Veolia's
    # engineering division", "Classics series the guest edited"): not the firm its first word names
    r"tier|plan|subscription|edition|series|imprint|division|subsidiary|unit|arm)s?\b"
    r"(?!\s*(?:-\s*)?(?:provider|company|maker|vendor|firm|startup|business|group|developer|operator|giant|"
    r"leader|supplier|lab|builder|owner|seller|reseller|integrator)s?\b)")


def _misspellings_of(batch) -> dict[int, list]:
    """The misspelling family's rows by episode (`id`), built once per batch: each ungrounded
    entity asks only its own episode's."""
    def compute():
        by_ep: dict[int, list] = {}
        for row in misspellings(batch):
            by_ep.setdefault(id(row[0]), []).append(row)
        return by_ep

    return batch.shared("misspellings-by-episode", compute)


def _misspelt_elsewhere(batch, ep, fld: str, name: str, gl: Glossary) -> bool:
    """Does a text of the episode other than the entity's own fields and the entities' names hold
    the glossary name `name` misspelled, as the misspelling family finds it ("Hugging Phase" for
    Hugging Face)?
    Asked of the few entities no form of the name grounds; the scan is the one M301-M306 share."""
    entry = gl.lookup(name.strip())
    if entry is None:
        return False
    own = f"{fld}."
    want = name.strip().lower()
    for row in _misspellings_of(batch).get(id(ep), ()):
        if row[3] == "name" or row[1].startswith(own):
            continue  # (another entity's name is no text: "Lama 4" grounds no "Llama 3")
        text, b, right = row[2], row[5], row[6].replacement.lower()
        if row[6].entry is not entry:
            # (or a product named after its maker, misspelt with it: "Unitry G1" grounds Unitree)
            if row[6].entry is not None and row[6].entry.maker == entry.name and right.startswith(want + " "):
                return True
            continue
        # the whole name, its version after the misspelt words as written ("Lama 3" for "Llama 3")
        if right == want or (want.startswith(right) and text[b:b + len(want) - len(right)].lower() == want[len(right):]):
            return True
    return False


def _firm_short_form(name: str, shorter: str, gl: Glossary, corpus=None, own: frozenset[int] = frozenset()) -> bool:
    """Is `shorter`, which the texts hold, the usual short form of the firm `name` ("Goldman" of
    "Goldman Sachs", "Lockheed" of "Lockheed Martin", "EvenUp" of "EvenUp Law")? Its first word
    alone, no ordinary English word ("Trump" of "Trump Administration"), unknown to the glossary
    (a known family or maker said alone grounds none of its variants: "Claude" is no "Claude
    Opus", "Google" no "Google DeepMind"), in a name without a number (a version: "Gemini 1.5
    Flash") that the glossary knows as no model or product."""
    shorter = " ".join(w for w in shorter.split() if w not in ("&", "and", "+")) or shorter  # "Kirkland &"
    if " " in shorter or len(shorter) < 4 or _DIGITS.search(name) or gl.lookup(shorter) is not None:
        return False
    if not shorter[:1].isupper() or zipf_at_least(shorter.lower(), _SHORT_FORM_ZIPF):
        return False
    entry = gl.lookup(name.strip())
    if entry is not None and not entry.is_org:
        return False
    if corpus is None or corpus.raw is None:
        return True
    # said alone somewhere, not as the head of another name ("Zurich Insurance" is no "Zürich Re")
    alone = re.compile(r"(?<![\w-])" + re.escape(shorter) + r"(?:['’]s)?(?![\w-])(?!\s+(?:&\s+)?[A-Z])")
    texts, contexts = corpus.raw
    return any(alone.search(t) for t in texts) or any(
        k not in own and alone.search(c) for k, c in enumerate(contexts))


TWIN_RATIO = 88  # fuzz.ratio of two lowercased names one or two letters apart ("tidewater ferrys", "... ferries")


def _entity_names(ep) -> list[str]:
    """The names of the episode's entities, both passes', as written (stripped)."""
    companies = ep.data.get("companies") if isinstance(ep.data, dict) else None
    return [c["name"].strip() for c in companies or () if isinstance(c, dict) and isinstance(c.get("name"), str)]


def _misspelt_twin_grounded(name: str, names: list[str], corpus, gl: Glossary, people) -> bool:
    """Is another entity of the file `name` with a letter or two wrong ("Tidewater Ferries" of
    "Tidewater Ferrys", "St. Brendan's Credit Union" of "Saint Brendan's ..."), of the same first
    letter and at least seven letters, and is that twin grounded? The entity is then a misspelling
    or a duplicate of a name the episode says (the misspelling and duplicate families' findings),
    not one the LLM pass invented; never two versions ("Claude 3.5 Sonnet", "Claude 3.7 Sonnet")."""
    low = name.strip().lower()
    if len(low) < 7:
        return False
    digits = _DIGITS.findall(low)  # (a version tells two models apart: "Claude 3.7 Sonnet" is no "Claude 3.5 Sonnet")
    return any(o.lower() != low and o[:1].lower() == low[:1] and fuzz.ratio(o.lower(), low) >= TWIN_RATIO
               and _DIGITS.findall(o) == digits and is_grounded(o, corpus, frozenset(), gl, people) for o in names)


# a web address's ending ("joindeleteme" is the name before ".com" of "joindeleteme.com/capital", "acme dot ai")
_ADDRESS_END = regexcache.compile(r"(?:\.|[ \t]+dot[ \t]+)(?:com|ai|io|co|net|org|app|dev|so|xyz|tv|fm)\b", re.I)
_ADDRESS_NAME = regexcache.compile(r"[A-Za-z0-9-]{4,}\Z")


def _named_by_address(name: str, corpus) -> bool:
    """Does a web address in the episode's texts end its name with the entity's name of five letters
    or more, its spaces and signs aside ("joindeleteme.com" for "DeleteMe")?"""
    key = re.sub(r"[\W_]+", "", name).lower()
    if len(key) < 5:
        return False
    if corpus.address_names is None:  # (found once an episode, when first asked)
        if corpus.raw_joined is None:
            corpus.raw_joined = "\n".join(corpus.raw[0])
        text = corpus.raw_joined
        # (the ending first, a dot or a "dot" the engine skips to; then the name before it)
        corpus.address_names = [n.group().lower().replace("-", "") for m in _ADDRESS_END.finditer(text)
                                if (n := _ADDRESS_NAME.search(text, max(0, m.start() - 40), m.start())) is not None]
    return any(address.endswith(key) for address in corpus.address_names)


def _text_of(value) -> str:
    return value if isinstance(value, str) else ""


_COMMENT = regexcache.compile(r"<!--.*?-->", re.S)


def _corpus(ep, llm_rows: list[int]) -> Corpus:
    """The episode's grounding texts; the LLM rows' contexts apart, by seat.

    The texts are taken in a fixed order (title, summary, each NER entry's name and context,
    each quote's text and impact reason, each insight's text and extraction, the Markdown body), each one apart: a
    name must stand in one text, not run from the end of one into the next. A value that is no
    string adds nothing.
    """
    data = ep.data
    parts: list[str] = []
    add = parts.append
    for value in (data.get("title"), data.get("summary")):
        if isinstance(value, str):
            add(value)
    companies = data.get("companies") if isinstance(data.get("companies"), list) else []
    llm = set(llm_rows)
    for i, item in enumerate(companies):
        if i not in llm and isinstance(item, dict):
            if isinstance(value := item.get("name"), str):
                add(value)
            if isinstance(value := item.get("context"), str):
                add(value)
    for key, first, second in (("quotes", "text", "impact_reason"), ("insights", "text", "extracted")):
        items = data.get(key)
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    if isinstance(value := item.get(first), str):
                        add(value)
                    if isinstance(value := item.get(second), str):
                        add(value)
    # and the Markdown body after the front matter, where a file carries its transcript there (its
    # HTML comments, the pipeline's notes, left out)
    if ep.body_start and (body := _COMMENT.sub(" ", ep.text[ep.body_start:])).strip():
        add(body)
    # the texts kept apart by NUL words, so that no phrase runs from the end of one into the next
    contexts = [_text_of(companies[i].get("context")) if isinstance(companies[i], dict) else "" for i in llm_rows]
    ctx_words = _text_words(contexts)  # split once: for `ctx` and for the set of words
    return Corpus(_text_words(parts), ctx=_spaced(ctx_words) if contexts else "", ctx_words=ctx_words,
                  raw=(parts, contexts))


class UngroundedEntity(Rule):
    """## What it does
    Flags an entity of the LLM pass (`source: llm_enhanced`, or no `position`) whose name occurs in
    no text of the episode: not in the title, the summary, a quote or its impact reason, an insight,
    the NER pass's names and context windows, or another entity's context. Its own context does not
    count. Matching forgives case (but a name that is an ordinary word, "Runway" or "Scale AI",
    must stand capitalised somewhere: "at scale" grounds nothing), accents, punctuation,
    possessives, plurals, generic words
    ("Gemini models"), split or joined words, a name inside a longer name, the glossary's known
    misspellings ("Lama 4" for "Llama 4"), a web address that ends its name with the name
    ("joindeleteme.com" for "DeleteMe"), a surname or an uncommon first name ("Satya") for a
    person, an acronym for the name or the name for an acronym ("NYT", "TSMC"), a version moved
    ("Claude Sonnet 3.5"), a tier and a two-part version without the family ("Sonnet 3.5" for
    "Claude 3.5 Sonnet"), a model's size said apart or written out ("the 405B version of Llama
    3.1", "the 405-billion-parameter Llama 3.1" for "Llama 3.1 405B") and a maker's name before
    its product ("OpenAI GPT-4"; "the H100s" ground "NVIDIA H100"), but never a different or
    missing version: "Gemini 1.5 Flash" is flagged even where "Gemini" is grounded, "Claude 3
    Sonnet" where only "Sonnet 3.5" is.
    An entity whose context admits it was not mentioned is `N201`'s finding alone (in a file
    that carries its whole transcript, 3,000 characters or more, whose speech never says the
    name, it is both: the transcript proves what the context only admits), and an entry
    that entity-noise finds no company or product of the episode (a fragment, a cut or hedged
    name, a person, place or generic term: `F501`-`F504`) is that family's, and so is one that
    repeats another entity of the list under a legal or other name (`D601`: "Notion Labs" beside
    "Notion", "The Browser Company of New York"): where one of those
    rules flags an entity, this one does not report it a second time (it does when they are not
    selected, or are ignored for the file). The Markdown body after the front matter counts as a
    text where a file carries its transcript there (not its HTML comments).

    ## Why it matters
    A name nobody said is a hallucination of the enrichment LLM: version-numbered model names
    are its favourite. Search and statistics then count a model the episode never discussed.

    ## Example
    ```yaml
    summary: Closed models (Claude, Gemini) lead on reasoning.
    companies:
    - name: Gemini 1.5 Flash       # flagged: occurs in no text
      source: llm_enhanced
      context: A closed-source model beating Llama 4 on reasoning.
    - name: Gemini                 # fine: in the summary
      source: llm_enhanced
      context: Google's model family.
    ```

    ## Fix safety
    No fix: the name may be right and the texts incomplete (a file without transcript); a
    person decides whether to delete the entity. Glossary models and products are errors,
    other names warnings.
    """

    code = "G901"
    name = "ungrounded-entity"
    family = "grounding"
    severity = Severity.ERROR
    summary = "LLM-pass entity whose name occurs in no text of the episode"
    covered_by = ("N201", "F501", "F502", "F503", "F504", "D601")

    def reported_though_covered(self, ep, finding, by: set[str]) -> bool:
        """An entity whose context admits it was not mentioned (N201) that the file's own
        transcript never names: the speech itself shows it, which N201 does not say."""
        return by == {"N201"} and len(body_text(ep)) >= _WHOLE_TRANSCRIPT

    def check(self, batch):
        rows = batch.rows("entities", "ep", "index", "field", "name", "context", "position", "source")
        if not rows:
            return
        gl = glossary(batch.knowledge)
        noise = noise_words(batch.knowledge)
        people = _people(noise)
        llm_index: dict[int, list[int]] = {}  # episode -> list indices of its LLM-pass entities
        candidates = []
        same_name: dict[tuple[int, str], set[int]] = {}  # LLM entries listed under one name
        for n, index, fld, name, context, position, source in rows:
            if not (source == "llm_enhanced" or position is None or position != position):
                continue
            seats = llm_index.setdefault(n, [])
            seats.append(index)
            if not isinstance(name, str) or not name.strip():
                continue
            key = (n, _name_words(name))
            same_name.setdefault(key, set()).add(len(seats) - 1)
            candidates.append((n, fld, name, _text_of(context), key))
        corpus_of, corpus = None, None  # one episode's corpus at a time (the rows come by episode)
        names_of: dict[int, list[str]] = {}  # episode -> its entities' names, asked of the few ungrounded
        ungrounded = []
        for n, fld, name, context, key in candidates:
            ep = batch.episodes[n]
            path = f"{fld}.name"
            # Only an entity that can make a finding is looked up: one whose name is a scalar of the file.
            if path not in ep.scalars:
                continue
            seat = frozenset(same_name[key])
            if corpus_of != n:
                corpus_of, corpus = n, None
                corpus = _corpus(ep, llm_index[n])
            if is_grounded(name, corpus, seat, gl, people) and not _only_as_a_word(name, corpus, seat, gl,
                                                                                   noise.generic_words):
                continue
            if not name.isascii() and (fixed := repair_text(name)) != name and \
                    is_grounded(fixed, corpus, seat, gl, people):
                # a name in mojibake ("SociÃ©tÃ© GÃ©nÃ©rale"), written right elsewhere: the mojibake family's finding
                continue
            parts = name.split()
            shorter = next((" ".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)
                            if len(" ".join(parts[:k])) > 2 and is_grounded(" ".join(parts[:k]), corpus, seat, gl, people)),
                           None)
            # (a public body's place is no short form of it: "Bermuda" of "Bermuda Monetary Authority")
            if (shorter is not None and not _PRODUCT_CONTEXT.match(context) and shorter.lower() not in noise.countries
                    # (its own context calls it the shorter name's thing: "Rockstar's planned storefront" is
                    # no firm of which "Rockstar" is the short form)
                    and not (context.startswith(shorter) and context.startswith(("'s ", "’s "), len(shorter)))
                    and noise.government.search(name) is None and _firm_short_form(name, shorter, gl, corpus, seat)):
                continue
            if len(parts) >= 3 and parts[0] in noise.demonyms and is_grounded(" ".join(parts[1:]), corpus, seat, gl, people):
                continue  # "Irish Data Protection Commission" named "Data Protection Commission": its country's adjective added
            if (tail := VENTURE_TAIL.search(name)) is not None and tail.start() > 2 and \
                    is_grounded(name[:tail.start()].rstrip(" ,"), corpus, seat, gl, people):
                continue  # "Leading the Future super PAC" named "Leading the Future": what kind of venture it is added
            if _misspelt_elsewhere(batch, ep, fld, name, gl):
                continue
            if _misspelt_twin_grounded(name, names_of.setdefault(n, _entity_names(ep)), corpus, gl, people):
                continue  # "Tidewater Ferrys" beside a grounded "Tidewater Ferries": a misspelt twin, no invention
            if _named_by_address(name, corpus):
                continue  # "DeleteMe" in "twenty percent off at joindeleteme.com/capital": its web address names it
            ungrounded.append((ep, path, name, context, shorter))
        for ep, path, name, context, shorter in ungrounded:
            entry = gl.lookup(name.strip())
            severity = None if "severity" in vars(self) else (
                Severity.ERROR if entry is not None and entry.kind in MADE_KINDS else Severity.WARNING)
            start, end, _ = ep.locate(path)
            hint = f", only {shorter!r} does" if shorter else ""
            yield ep.finding(
                self, path=path, start=start, end=end, evidence=name, severity=severity,
                message=f"{name!r} occurs in no text of the episode (title, summary, quotes, insights, "
                        f"other contexts){hint}: the LLM pass may have invented it",
            )



# a quote of which fewer than this share of word triples the transcript says was never spoken
# (a quote said, however tidied, keeps half of them or more; an invented one hardly any)
_SPOKEN_SHARE = 0.3
# the transcript is the quotes' source only where it carries at least this many quotes of the
# episode (of `_QUOTE_TRIPLES` triples or more) and this share of them: an excerpt that holds a
# few of them tells nothing of the others
_SPOKEN_QUOTES = 4
_SPOKEN_QUOTES_SHARE = 0.75
_QUOTE_TRIPLES = 3
_SPOKEN_WORD = regexcache.compile(r"[^\W_]+")


def _triples(text: str) -> list[tuple[str, str, str]]:
    """The word triples of `text`, lowercased, apostrophes dropped ("don't" is "dont")."""
    words = _SPOKEN_WORD.findall(text.lower().replace("'", "").replace("’", ""))
    return list(zip(words, words[1:], words[2:]))


class UnspokenQuote(Rule):
    """## What it does
    Flags a quote that the file's own transcript never says: fewer than three in ten of its word
    triples occur in the speech (the Markdown body without its timestamps and speaker labels).
    Read only in a file that carries its whole transcript (3,000 characters or more) and whose
    transcript says most of the episode's quotes (four or more, three in four of them): there the
    transcript is the quotes' source, and a quote it never holds was made up. A quote tidied
    from speech (fillers dropped, a word changed) keeps most of its triples and is fine.

    ## Why it matters
    A quote is presented as the speaker's words. One the LLM pass wrote itself ("Every law firm
    will be an AI company within three years") puts a claim in a real person's mouth.

    ## Example
    ```yaml
    quotes:
    - text: Most firms will keep hourly billing for bespoke matters       # fine: said in the transcript
    - text: Every law firm will be an AI company within three years.      # flagged: said nowhere
    ```

    ## Fix safety
    Unsafe: the fix removes the quote, which a person may rather replace with what was said.
    """

    code = "G902"
    name = "unspoken-quote"
    family = "grounding"
    severity = Severity.WARNING
    summary = "Quote that the file's own transcript never says"

    def check(self, batch):
        by_episode: dict[int, list[tuple[int, str]]] = {}
        for n, i, text in batch.rows("quotes", "ep", "index", "text"):
            if isinstance(text, str):
                by_episode.setdefault(n, []).append((i, text))
        for n, quotes in by_episode.items():
            ep = batch.episodes[n]
            if len(body_text(ep)) < _WHOLE_TRANSCRIPT or (speech := speech_text(ep)) is None:
                continue
            said = _triples(speech)
            said_set = set(said)
            shares = []
            for i, text in quotes:
                triples = _triples(text)
                if len(triples) >= _QUOTE_TRIPLES:
                    shares.append((i, text, sum(1 for t in triples if t in said_set) / len(triples)))
            spoken = sum(1 for _, _, share in shares if share >= _SPOKEN_SHARE)
            if spoken < _SPOKEN_QUOTES or spoken < _SPOKEN_QUOTES_SHARE * len(shares):
                continue
            for i, text, share in shares:
                path = f"quotes[{i}].text"
                if share >= _SPOKEN_SHARE or path not in ep.scalars:
                    continue
                start, end, _ = ep.locate(path)
                edits = item_removal(ep, f"quotes[{i}]")
                fix = Fix("unsafe", f"Remove quotes[{i}]", tuple(edits), (f"quotes[{i}]",)) if edits else None
                yield ep.finding(self, path=path, start=start, end=end, evidence=text.strip(), fix=fix,
                                 message=f"quotes[{i}] is said nowhere in the file's transcript ({share:.0%} of "
                                         f"its word triples are), which says {spoken} of the episode's "
                                         f"{len(shares)} quotes: the LLM pass may have written it")
