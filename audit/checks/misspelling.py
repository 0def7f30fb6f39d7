"""Misspellings of the field's names: known ones, wrong casing and split/joined words, fuzzy matches.

The names come from `rules/glossary.yaml`. Text is tokenised once; only tokens that could start a
name (capitalised, or the lowercase first word of a glossary form) are looked at, and what a span
of one to three tokens is (accepted, known misspelling, casing variant, fuzzy match) is memoised
per process, so a corpus costs little more than one regex scan per string.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from collections import Counter
from functools import cached_property, lru_cache
from itertools import accumulate

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..findings import Severity
from ..glossary import NUMBER_WORDS, Entry, Glossary, glossary, in_exception, norm_key, own_capitalised_ending, spoken_number
from ..ruleset import expect, known_keys, str_list
from ..textmatch import CP1252_CONTINUATION, mostly_capitalised, trie_pattern, unaccented
from ..wordlist import RARE_WORD_LIST, at_least as english_at_least, sorted_words, zipf as english_zipf
from .base import Rule, text_finding
from .sponsor_body import MIN_TRANSCRIPT, body_text, mentions
from .. import regexcache

_VERSION_AFTER = regexcache.compile(r"[ -]?v?\d")
_L_FOR_I = regexcache.compile(r"(?<=[A-Z])l(?![a-z])")  # "xAl", "Mistral Al": an l where "I" belongs
# a model's version: one or two digits, a point and one or two more ("Clause 52.227.19" is a clause)
_MODEL_VERSION_AFTER = regexcache.compile(r"[ -]?v?\d{1,2}(?:\.\d{1,2})?(?!\d|[.,]\d)")
_COUNT_AFTER = regexcache.compile(r" \d{1,3} [a-z]+s\b")  # a whole number and a plural noun: a count
_YEAR_AFTER = regexcache.compile(r"[ -](?:19|20)\d\d(?![\d.])")  # "Summer of Code 2007": a year, no version
# Capital and small letters of the Latin script, accented ones included ("Sáenz", "Şinasi",
# "Heikkilä", "Nguyễn"): the words of other people's names beside a span are often not in ASCII
_UPPER = "A-Z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.islower())
_CAP_WORD = rf"[{_UPPER}][{_LOWER}]+"  # a capitalised word: a capital and small letters
# a capitalised word, one space (a double-barrelled one too: "Laursen-Pedersen Nvida" would be a name's)
# (a romanised Korean or Chinese given name's syllables too: "Chey Tae-won", "Lee Jae-yong")
_NEIGHBOUR_BEFORE = regexcache.compile(rf"(?<![\w'’.-])({_CAP_WORD}(?:-{_CAP_WORD}|-[a-z]{{2,4}})?) \Z")
_NEIGHBOUR_AFTER = regexcache.compile(rf" ({_CAP_WORD}(?:-{_CAP_WORD}|-[a-z]{{2,4}})?)(?![\w'’-])")
_ROMANISED_GIVEN = regexcache.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")
# "BeOS", "MicroC", "JUnit": capitals past the first letter (not the first typed twice: "GGemini")
_CAPS_INSIDE = regexcache.compile(r".(?:[A-Z]{2}|[A-Z]$)|^([A-Z])(?!\1)[A-Z][a-z]")
_INITIAL_AND_SURNAME = regexcache.compile(r" [A-Z]\.? [A-Z][a-z]+")  # "Junio| C Hamano": a given name before them
# the words of grammar that follow a name in a sentence, never the second half of a name split in two
_FUNCTION_WORDS = frozenset("is are was were be been has had have and or of to in on at as it an the a for by with "
                            "from that this if so but not no do does did can will would".split())
FUNCTION_ZIPF = 5.0  # "The", "How", "Says": words so frequent that they begin title-case phrases
# Words for what a name offers: "Fireworks API" is Fireworks AI's API, no misspelling of the name
_GENERIC_WORDS = frozenset("api apis sdk sdks app apps cli model models platform cloud docs server "
                           "team lab labs website".split())
# Titles written before a person's name: "Professor Hasabis" is still the one person
_TITLES = frozenset("""Professor Prof President Founder Cofounder Chairman Chairwoman Chair Director
    Chief Senator Minister Secretary Governor Doctor Mister Sir Dame Lord Judge Justice Chancellor
    King Queen Prince General Captain Coach Host Guest""".split())
_NAME_WORDS_AFTER = regexcache.compile(
    r"\s+(?:models?|chatbot|assistant|API|app|family|series|team|lab|labs|CEO|founder|weights|"
    r"checkpoint|release|Sonnet|Opus|Haiku|Pro|Flash|Ultra|Nano|Turbo|Mini)\b")
# a title before a word makes it a person's name ("Dr. Lama Nachman"), whatever it resembles
_HONORIFIC_BEFORE = regexcache.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+$")
# a word that ends an organisation's name: the word before it is part of that name
_ORG_SUFFIX_AFTER = regexcache.compile(r"[ \t]+(?:Industries|Inc|Incorporated|Corp|Corporation|LLC|Ltd|Limited|GmbH|AG|SA|"
                               r"Group|Holdings|Foundation|Partners|Ventures|Hotel|Hotels|Restaurant|Farm|Farms|"
                               r"Bakery|Church|School|Academy|College|Club|Street|Road|Avenue|County|River|Lake)\b")
_NAME_SUFFIX_AFTER = regexcache.compile(r",?[ \t]+(?:Jr|Sr)\.?(?![\w'’-])|[ \t]+(?:II|III|IV)(?![\w'’-])")
_INITIAL_AFTER = regexcache.compile(r"[ \t]+[A-Z]\.[ \t]+[A-Z]")  # a middle initial and the surname after it
_CAPITALISED_WORD_AFTER = regexcache.compile(rf"[ \t]+({_CAP_WORD})\b")
_LEAD = regexcache.compile(r"[A-Za-z0-9]*")  # a spelling's letters and digits up to the first other character
_SENTENCE_END = set(".!?:;\"“”(\n*#\0")  # NUL: the separator of joined texts (scan_texts)
COMMON_ZIPF = 3.5  # a word used more than ~3 times per million English words is ordinary
RARE_ZIPF = 2.0  # below ~1 use in 10 million words: not an English word or common name
NAME_WORD_ZIPF = 3.0  # about once per million words: a word or name of its own ("Mercer", "Marcos")
_OPENER_ZIPF = 4.5  # a word this common may open a sentence before a name, no part of it ("Today", "Honestly")
_RARER_BY = 0.5  # zipf: a word a third as frequent as another, or less, is rarer than it
_RARE_WORD_ZIPF = 3.5  # a word rare enough ("Caruso") to be taken for a name the episode writes often without the NER pass's say
_EVERYDAY_ZIPF = 5.5  # a word this common ("think", "make", "special" is 5.3) is no fuzzy slip of a name
WORDLIKE_ZIPF = 2.5  # a real word or a common surname ("Mistrial", "Friedman"): a name only in name context
NO_WORD_ZIPF = 1.0  # below ~1 use in 100 million words: no English word at all ("anthropics")


_PHONETIC_STEPS = [(regexcache.compile(p), r) for p, r in (
    (r"^g(?=[eiy])", "j"), (r"ph", "f"), (r"gh", "g"), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"z", "s"), (r"x", "ks"),
    (r"(?<=.)[aeiouyhw]", ""), (r"(.)\1+", r"\1"))]


_VOWELS = frozenset("aeiou")
_YOU_ONSET = regexcache.compile(r"eu|you|yu")  # the sound "you" that a name's first "u" makes ("Udio")
_FILLERS = frozenset(("er", "uh", "um", "ah"))  # a speaker's hesitations, which ASR may glue to a word
_SCHWA_END = regexcache.compile(r"(?:er|ah|uh|a)\Z")  # a word's last sound as a speaker without the "r" says it


def _schwa_end(word: str, name_word: str) -> bool:
    """Is the word the name's word with its unstressed end written as another spelling of the same
    sound, as heard from a speaker who drops the "r" ("Sutskeva" for Sutskever, "Hochreita")?"""
    w, t = _SCHWA_END.search(word), _SCHWA_END.search(name_word)
    return w is not None and t is not None and w.group() != t.group() and len(name_word) >= 6 \
        and word[:w.start()] == name_word[:t.start()]


def _final_v_heard_f(word: str, name_word: str) -> bool:
    """Is the word a surname's final "-ov"/"-ev" as it sounds, "-off"/"-ef(f)" ("Gerganoff" for
    Gerganov, "Gorbacheff")?"""
    t = name_word.lower()
    return len(t) >= 5 and t.endswith(("ov", "ev")) and word.lower() in (t[:-1] + "f", t[:-1] + "ff")


def filler_glued(word: str, name_word: str) -> bool:
    """Is `word` the name's word with a hesitation glued to its end ("Zuckerberger")?"""
    return len(name_word) >= 5 and word[:-2] == name_word and word[-2:] in _FILLERS


_CODE_WORD = regexcache.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+")  # a model's code: "K2", "G1", "405B"
_LETTER_HYPHEN_DIGIT = regexcache.compile(r"(?<![\w.-])[A-Z]-\d")  # "V-3" of "DeepSeek V-3", not "GPT-4"
_LETTER_NAMES = frozenset("en in em el ex ef".split())  # "En" for the letter N (of "Nvidia"), "Ex" for X
_HEARD_STEPS = _PHONETIC_STEPS[:-2]  # the consonants as heard, the vowels kept


@lru_cache(maxsize=50_000)
def _as_heard(key: str) -> str:
    """A lowercase key spelled as its consonants sound ("databrix" and "databricks" ->
    "databriks"), its vowels as written but a French "eau"."""
    for pattern, repl in _HEARD_STEPS:
        key = pattern.sub(repl, key)
    return key.replace("eau", "o")  # (a French "eau" is heard as "o": "Tablo" for Tableau)


_VOWEL_SOUNDS = ((regexcache.compile(r"ph"), "f"), (regexcache.compile(r"ck"), "k"), (regexcache.compile(r"ey$"), "i"),
                 (regexcache.compile(r"(?:oo|ou)"), "u"), (regexcache.compile(r"(?:ee|ie|ea)"), "i"),
                 (regexcache.compile(r"(?<=.)y"), "i"),
                 (regexcache.compile(r"([a-z])\1"), r"\1"))


@lru_cache(maxsize=50_000)
def vowel_sound(key: str) -> str:
    """A lowercase key with the spellings of one sound made one ("zhipoo" and "zhipu" ->
    "zhipu", "kimmy" and "kimi" -> "kimi", "phylan" and "filan" -> "filan"), its consonants kept."""
    for pattern, repl in _VOWEL_SOUNDS:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=50_000)
def phonetic(key: str) -> str:
    """A sound key of a lowercase key: the consonants as heard, vowels after the first letter and
    doubled letters dropped ("huggingphase" and "huggingface" -> "hgngfs"; "gemnai" and
    "gemini" -> "jmn"; a soft "g" that starts the key is a "j"): ASR writes a name as it sounds."""
    for pattern, repl in _PHONETIC_STEPS:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=200_000)
def zipf_at_least(word: str, z: float) -> bool:
    """wordfreq's `zipf_frequency(word, "en") >= z` (see audit.wordlist: only the list's words
    at or above z are read)."""
    return english_at_least(word.lower(), z)


def is_common_word(word: str) -> bool:
    return zipf_at_least(word, COMMON_ZIPF)


@dataclass(frozen=True)
class Verdict:
    kind: str  # "ok", "known", "casing", "fuzzy"
    entry: Entry | None = None
    replacement: str = ""
    said: bool = False  # (M304) the replacement is the body transcript's spelling, not the LLM list's


_OK = Verdict("ok")


class NameMatcher:
    """Classifies spans of text against the glossary; one per glossary, memoised."""

    def __init__(self, gl: Glossary):
        self.gl = gl
        self.first_words = {f.split()[0].lower() for e in gl.entries
                            for f in e.accepted + e.misspellings if f.split()}
        self.first_words |= {norm_key(f) for e in gl.entries for f in e.accepted}
        # the first word of an organisation's name of several words ("Epic" of "Epic Systems" and
        # "Epic Games"): the firm said short, no slip of another name ("EPYC")
        self.org_heads = frozenset(f.split()[0] for e in gl.entries if e.is_org for f in e.accepted
                                   if len(f.split()) > 1 and f[:1].isupper() and f.split()[0].isalpha())
        targets: dict[str, tuple[str, Entry]] = {}
        for e in gl.entries:
            for form in e.accepted:
                key = norm_key(form)
                if len(key) >= 4:
                    targets.setdefault(key, (form, e))
            if e.kind == "person" and len(e.name.split()) > 1:
                last = e.name.split()[-1]
                if len(last) >= 5 and norm_key(last) not in gl.by_key:
                    targets.setdefault(norm_key(last), (last, e))
        self.target_keys = list(targets)
        self._near_lengths: dict[int, list[str]] = {}  # see `near_length`
        by_sound: dict[str, list[str]] = {}
        for key in targets:
            by_sound.setdefault(phonetic(key), []).append(key)
        self.by_sound = by_sound
        by_devoiced: dict[str, list[str]] = {}
        for sound, keys in by_sound.items():
            by_devoiced.setdefault(_devoiced(sound), []).extend(keys)
        self.by_devoiced = by_devoiced  # the targets by their sound unvoiced: "Bigsby" is heard as "Bixby"
        by_letters: dict[str, list[str]] = {}
        for key in targets:
            by_letters.setdefault("".join(sorted(key)), []).append(key)
        self.by_letters = by_letters  # the targets by their letters: a letter moved keeps them
        # the capitalised words after a model family's name in its models' names ("Flash" of
        # "Gemini 2.5 Flash", "Sonnet" of "Claude 3.7 Sonnet"): a word one slip from one of them
        # after the family's name is that word misspelled ("Gemini Flahs")
        self.suffix_words = {}
        for e in gl.entries:
            if e.kind in ("model", "model_family", "product"):
                for f in e.accepted:
                    for w in f.split()[1:]:
                        if len(w) >= 4 and w.isalpha() and w[0].isupper() and w[1:].islower():
                            self.suffix_words.setdefault(w.lower(), w)
        self.suffix_keys = list(self.suffix_words)
        # a family's name and the model words its models' names have after a version number
        # ("Claude" -> "Sonnet", "Opus", "Haiku"; "Gemini" -> "Pro", "Flash"): a slip in such a
        # word after the family and a version ("Claude 3.5 Sonet") is `versioned_slip`'s
        self.versioned_words: dict[str, frozenset[str]] = {}
        for e in gl.entries:
            if e.kind in ("model", "model_family", "product"):
                for f in e.accepted:
                    words = f.split()
                    if len(words) >= 3 and words[0] in gl.accepted and any(c.isdigit() for c in words[1]):
                        tail = [w for w in words[2:] if w.isalpha() and w[0].isupper() and w[1:].islower()]
                        if tail:
                            self.versioned_words[words[0]] = self.versioned_words.get(words[0], frozenset()) | set(tail)
        lower_firsts = {w for w in self.first_words if w.isalnum() and w.islower()}
        # A lowercase word ("you" of "You.com", "open" of "Open AI") starts a span with a verdict
        # only as (the start of) a lowercase spelling the glossary lists or as a key of a name
        # (`_classify`: lowercase spans never match fuzzily or, beyond one word, by key). Other
        # lowercase words are no candidates, unless a hyphen or apostrophe joins a word to
        # them: as a candidate the word would swallow that word ("you-Know"), so it stays one.
        lower_names = {_LEAD.match(f).group(0) for f in [*gl.accepted, *gl.misspelled] if f[:1].islower()}
        lower_names |= {key for key, e in gl.by_key.items() if not e.common_word}
        lower_start = (rf"(?=(?:{trie_pattern(lower_firsts)})(?![A-Za-z0-9]))"
                       rf"(?:(?:{trie_pattern(lower_names)})(?![A-Za-z0-9])|[A-Za-z0-9]+[-'’][A-Za-z0-9])")
        # (possessive quantifiers: what follows a word or an optional word after it never fails,
        # so the engine never backtracks into them; it is spared the bookkeeping for it)
        word = r"[A-Za-z][A-Za-z0-9]*+(?:[-'’][A-Za-z0-9]++)*+"
        then = rf"(?=(?:[ -]({word}))?+(?:[ -]({word}))?+)"  # the (up to) two words after a candidate
        # The candidates: a word that can start a name, and the words the lookahead sees after it.
        # This is the definition; `scan_texts` finds the same matches faster in two parts.
        self._candidates = rf"(?<![\w./@#\\])((?=[A-Z]|{lower_start}){word}){then}"
        # Capitalised candidates: the same match, with the check of what precedes moved after the
        # capital, so the engine skips every other character in C (a quarter of the time).
        self.capitalised = regexcache.compile(rf"([A-Z](?<![\w./@#\\].)[A-Za-z0-9]*+(?:[-'’][A-Za-z0-9]++)*+){then}")
        # Lowercase candidates: rare; tried only where `_lowercase_matches` finds one can start.
        self.lowercase = regexcache.compile(rf"(?<![\w./@#\\])((?={lower_start}){word}){then}")
        # Where a lowercase candidate can start: its ASCII letters-and-digits run R (maximal: no
        # letter or digit precedes it) is a lowercase glossary first word (the run up to its
        # first other character), and either R is also such a spelling or key (`lower_names`),
        # or a hyphen or apostrophe and a letter or digit follow R.
        # A first word with a letter outside ASCII ("sébastien") has a run that is only its
        # start ("s"), which most texts hold hundreds of times ("Meta's"): such words are looked
        # for whole instead (`lower_non_ascii`), and their runs are left out.
        ascii_firsts = {w for w in lower_firsts if _LEAD.match(w).group(0) == w}
        self.lower_non_ascii = sorted(lower_firsts - ascii_firsts)
        # their letters outside ASCII ("é", "ü"): a text with none of them holds none of the words,
        # which one search per letter tells faster than one per word
        self.non_ascii_letters = sorted({c for w in self.lower_non_ascii for c in w if not c.isascii()})
        firsts = ascii_firsts - {""}
        self.lower_runs = {w.encode() for w in firsts & {_LEAD.match(w).group(0) for w in lower_names}}
        self.hyphen_runs_reversed = {w[::-1].encode() for w in firsts}
        # in reversed bytes: a hyphen (or apostrophe) and one of these runs, whole (see
        # `_lowercase_matches`); the pattern starts with a literal, so the engine finds it in C
        self.before_hyphen = regexcache.compile(
            rb"-(?:" + trie_pattern({w.decode() for w in self.hyphen_runs_reversed}).encode() + rb")(?![A-Za-z0-9])")
        self.targets = targets
        # the words of the glossary's names ("Scout" of "Llama 4 Scout"): what may follow a name
        self.name_words = frozenset(w for f in gl.accepted for w in f.split())
        # Misspellings with a number after their first word ("Cloud 3.5 Sonnet", "H 100"), by that
        # word: the candidates' runs stop at a number, so these are looked for after the word. Where
        # the right name differs only in its first word, that word is a sound-alike of the family's
        # name ("Cloud" for "Claude"): with a number and a model word of the family after it
        # ("Cloud Opus 4.1", "Cloud 4 Sonnet") it is the family's name, listed or not.
        self.numbered: dict[str, list[tuple[str, Entry]]] = {}
        self.sound_alikes: dict[str, tuple[Entry, frozenset]] = {}
        for e in gl.entries:
            for f in e.misspellings:
                words = f.split()
                if len(words) > 1 and any(w[0].isdigit() for w in words[1:]) and words[0] not in gl.accepted:
                    self.numbered.setdefault(words[0], []).append((f, e))
                    right = e.name.split()
                    family = gl.accepted.get(right[0])
                    if right[1:] == words[1:] and family is not None and words[0] not in gl.misspelled:
                        model_words = frozenset(w for g in gl.accepted if g.startswith(right[0] + " ")
                                                for w in g.split()[1:] if w.isalpha() and w[0].isupper())
                        self.sound_alikes[words[0]] = (family, model_words)
        # the model families whose models are named by the family's name and a version ("Gemini
        # 2.5 Pro", "Qwen 3"), by the sound of the name: a word that sounds as the family's name
        # before a version of it is the name misheard ("Jiminy 2.5 Pro" for Gemini 2.5 Pro)
        # (`heard_family`); two families of one sound are left out
        self.family_sounds: dict[str, tuple[str, str, Entry] | None] = {}
        named = [e.name for e in gl.entries if e.kind == "model_family" and " " not in e.name]
        named += [g for g in gl.accepted if " " in g and g.split()[1][:1].isdigit()]
        for g in named:
            first = g.split()[0]
            family = gl.accepted.get(first)
            if family is None or family.kind not in ("model", "model_family", "product") \
                    or not first.isalpha() or len(first) < 4:
                continue
            sound = phonetic(first.lower())
            known = self.family_sounds.get(sound, False)
            if known is False:
                self.family_sounds[sound] = (first.lower(), first, family)
            elif known is not None and known[2] is not family:
                self.family_sounds[sound] = None
        self._family_words: dict[str, frozenset] = {}  # see `heard_family`
        # Listed misspellings whose first word is a right name before a number ("GPT 4o", "Gemini
        # 2.5 pro", "Llama 3.1 405 B"), and the families of `versioned_words`: the words scan
        # stops at the number and the right word alone is fine, so such a word, with no word
        # after it in its run, is decided by the text after it (`numbered_at`) as well
        self.numbered_accepted: set[str] = set(self.versioned_words)
        for e in gl.entries:
            for f in e.misspellings:
                words = f.split()
                if len(words) > 1 and words[0] in gl.accepted and words[0].isalpha() \
                        and any(c.isdigit() for c in words[1]):
                    self.numbered.setdefault(words[0], []).append((f, e))
                    self.numbered_accepted.add(words[0])
        for forms in self.numbered.values():
            forms.sort(key=lambda fe: -len(fe[0]))
        # the second words these misspellings may have after their first one, where a word starts
        # with a letter ("Sonnet" of "Cloud Sonnet 4"; a model word of a sound-alike's family)
        self.numbered_seconds = {word: frozenset(f.split()[1] for f, _ in forms)
                                 | (self.sound_alikes[word][1] if word in self.sound_alikes else frozenset())
                                 for word, forms in self.numbered.items()}
        # names whose words after the first hold a model's code of letters and digits ("K2" of
        # "Kimi K2"), by those words: a slip in the first word before the code is the name
        self.coded_tails: dict[str, list[tuple[str, str, Entry]]] = {}
        for e in gl.entries:
            for f in e.accepted:
                first, _, tail = f.partition(" ")
                if tail and first.isalpha() and any(_CODE_WORD.fullmatch(w) for w in tail.split()):
                    self.coded_tails.setdefault(tail, []).append((first, f, e))
        self.memo: dict[str, Verdict | None] = {}
        self.shape_memo: dict[str, Verdict | None] = {}  # of `dotted` and `plural_possessive`
        self.runs: dict[str, tuple[int, Verdict] | None] = {}  # see find_misspellings

    def numbered_at(self, text: str, a: int, length: int) -> tuple[int, Verdict] | None:
        """(length, verdict) of a misspelling with a number that starts at `a` with the word of
        `length` characters (a key of `numbered`): a listed one, or the word as a sound-alike of
        a family's name before a version number and a model word of that family."""
        word = text[a:a + length]
        for form, entry in self.numbered.get(word, ()):
            n = len(form)
            if text.startswith(form, a) and _NAME_GOES_ON.match(text, a + n) is None:
                return n, Verdict("known", entry, entry.name)
        if word in self.versioned_words:
            return self.versioned_slip(text, a, word)
        alike = self.sound_alikes.get(word)
        listed = alike is not None
        alike = alike or self.heard_family(word)  # (a guess from the sound alone: "probable")
        tail = _MODEL_WORDS_AFTER.match(text, a + length) if alike is not None else None
        if tail is None:
            return None
        family, model_words = alike
        words = tail.group().replace("-", " ").split()
        # a number and a model word, and no other capitalised word ("Cloud 3 Storage")
        while words and words[-1][0].isupper() and words[-1] not in model_words:
            words.pop()  # a capitalised word after the model's name ("Cloud 3 Opus Today")
        if not any(w[0].isdigit() for w in words) or any(w[0].isupper() and w not in model_words for w in words):
            return None
        if not any(w in model_words for w in words) and not _maker_before(text, a, family.maker):
            # a number alone is a family's version only after the family's maker: "Anthropic's
            # Cloud 4 models" (not "Cloud 3 Storage", nor "the cloud 4 times")
            return None
        end = text.find(words[-1], a + length) + len(words[-1])
        return end - a, Verdict("known" if listed else "fuzzy", family, family.name + text[a + length:end])

    def heard_family(self, word: str) -> tuple[Entry, frozenset] | None:
        """(family, its model words) whose name the capitalised word, no common English word and
        no name of the glossary, sounds as (`phonetic`) from a first letter of the same sound:
        "Jiminy" for Gemini ("Quinn", a common name, is left alone); None for other words."""
        if len(word) < 4 or not word.isalpha() or not word[1:].islower() or word in self.gl.accepted \
                or is_common_word(word):
            return None
        key = word.lower()
        hit = self.family_sounds.get(phonetic(key))
        if hit is None or hit[0] == key or not _same_onset(hit[0][0], key[0]):
            return None
        _, name, family = hit
        words = self._family_words.get(name)
        if words is None:
            # the capitalised words of the family's models after its name ("Pro" of "Gemini 2.5 Pro")
            words = self._family_words[name] = frozenset(
                w for f in self.gl.accepted if f.startswith(name + " ")
                for w in f.split()[1:] if w.isalpha() and w[0].isupper())
        return family, words

    def versioned_slip(self, text: str, a: int, family: str) -> tuple[int, Verdict] | None:
        """(length, verdict) of a family's name at `a`, a version number and a word one slip from a
        model word of that family that is no English word: "Claude 3.5 Sonet", "Llama 4 Maverik"."""
        hit = _VERSION_AND_WORD.match(text, a + len(family))
        if hit is None:
            return None
        word, end = hit.group(1), hit.end()
        model_words = self.versioned_words[family]
        if word in model_words or zipf_at_least(word, RARE_ZIPF):
            return None
        if (end == len(text) or text[end] == _SEP) and any(w.startswith(word) for w in model_words):
            return None  # a window's edge cut the word: "... Claude 3 Sonn"
        near = [w for w in model_words if w[0] == word[0]
                and OSA.distance(w.lower(), word.lower()) <= (1 if len(w) <= 5 else 2)]
        if len(near) != 1:
            return None
        span = text[a:end]
        right = span[:len(span) - len(word)] + near[0]
        listed = self.gl.misspelled.get(span)
        entry = self.gl.accepted.get(right) or listed or self.gl.accepted[family]
        return end - a, Verdict("known" if listed is not None else "fuzzy", entry, right)

    def dotted(self, text: str, a: int, b: int) -> tuple[int, Verdict] | None:
        """(length, verdict) of a word at `a` and the letters after the dot at `b` as one name with a
        dot ("Charachter.AI", "Charactor.AI" for Character.AI): a listed misspelling, or a slip
        of a name that has the dot itself; not a domain ("Perplexity.ai" is no 'Perplexity AI')."""
        hit = _DOT_WORD.match(text, b)
        if hit is None:
            return None
        span = text[a:hit.end()]
        v = self.shape_memo.get(span, False)
        if v is False:
            v = self._classify(span, 1) if span[0].isupper() else None
            if v is not None and (v.kind == "ok" or (v.kind != "known" and "." not in v.replacement)):
                v = None
            self.shape_memo[span] = v
        return None if v is None else (len(span), v)

    def plural_possessive(self, word: str) -> Verdict | None:
        """The verdict on an organisation's name and an "s" before an apostrophe ("Anthropics'",
        "Anthrapics'"): the possessive "'s" of the name, unless the word is English ("Apples'")."""
        v = self.shape_memo.get(word + "'", False)
        if v is False:
            v = None
            # (a name that ends in "s" itself takes the apostrophe alone: "Databricks'")
            inner = self.classify(word[:-1], 1) if len(word) > 5 and word not in self.gl.accepted \
                and not zipf_at_least(word, RARE_ZIPF) else None
            if inner is _OK:
                entry = self.gl.accepted.get(word[:-1])
                if entry is not None and entry.is_org:
                    v = Verdict("fuzzy", entry, word[:-1] + "'s")
            elif inner is not None and inner.entry.is_org:
                v = Verdict(inner.kind, inner.entry, inner.replacement + "'s")
            self.shape_memo[word + "'"] = v
        return v

    @cached_property
    def cut_prefixes(self) -> frozenset[str]:
        """The proper prefixes of the glossary's names and of their last words ("Cholle" of
        "Chollet"): what a context window cut at its end leaves of a name, in the name's case."""
        return frozenset(tail[:n] for tail in self._name_parts(lambda words, i: words[i:])
                         for n in range(1, len(tail)))

    @cached_property
    def cut_suffixes(self) -> frozenset[str]:
        """The proper suffixes of the names and of their first words: what a window cut at its
        start leaves of a name, in the name's case ("penAI" of "OpenAI"; "Lama" is no part of
        "Ollama", whose cut would leave "lama")."""
        return frozenset(head[n:] for head in self._name_parts(lambda words, i: words[:i + 1])
                         for n in range(1, len(head)))

    @cached_property
    def last_words(self) -> frozenset[str]:
        """The last two or more words of the names of three words or more ("Music GenAI Control"
        of "Project Music GenAI Control"): how a text names them short."""
        return frozenset(" ".join(words[i:]) for form in self.gl.accepted
                         if len(words := form.split()) >= 3 for i in range(1, len(words) - 1))

    def _name_parts(self, part) -> set[str]:
        parts = set()
        for form in self.gl.accepted:
            words = form.split()
            parts.update(" ".join(part(words, i)) for i in range(len(words)))
        return parts

    @cached_property
    def candidates(self) -> re.Pattern:
        return regexcache.compile(self._candidates)  # compiled where used: `scan_texts` needs it only for a NUL

    @cached_property
    def versioned_families(self) -> dict[str, list]:
        return _versioned_families(self.gl)

    @cached_property
    def versioned_family_keys(self) -> frozenset[str]:
        """The keys of every family the glossary names with some version ("gen" of Gen-3, Gen-4)."""
        return frozenset(k for fams in self.versioned_families.values() for _, k, _, _ in fams)

    @cached_property
    def versioned_tails(self) -> dict[str, Entry]:
        """A model's name without its family's first word, where it ends in a version ("Sonnet 4.5"
        of Claude Sonnet 4.5): how a speaker names it, and a version said in words is put to."""
        tails: dict[str, Entry] = {}
        for e in self.gl.entries:
            if e.kind in ("model", "model_family"):
                for form in e.accepted:
                    head, _, tail = form.partition(" ")
                    if tail[:1].isupper() and tail[-1:].isdigit() and tail not in self.gl.accepted:
                        tails.setdefault(tail, e)
        return tails

    @cached_property
    def maker_families(self) -> tuple:
        return _maker_families(self.gl)

    @cached_property
    def literal_misspellings(self) -> re.Pattern | None:
        """The misspellings the words scan cannot take whole: with a character no word of it
        holds ("A&O Sherman", "S/4 Hana", "Erik Engstrøm", "J.P. Morgen"), of more words than the
        three it looks at ("Oak Ridge National Labratory", "Centre for AI Safety"), or with a
        number where its words never start or stop ("11 Labs" for ElevenLabs, "Base 10" for
        Baseten, "Tempus 1"): found as written, wherever they stand (the other scans find some of
        them too: the first finding on a place is kept)."""
        forms = {f for f in self.gl.misspelled if f[:1].isdigit() or _SPACED_NUMBER.search(f) or (
                 f not in self.gl.right_forms and (_ODD_CHARACTER.search(f) or len(_FORM_WORDS.split(f)) > 3))}
        return regexcache.compile(rf"(?:{trie_pattern(forms)})(?![\w-])") if forms else None

    @cached_property
    def given_names(self) -> dict[str, list[tuple[str, Entry]]]:
        """`_given_names` of the glossary, built once."""
        return _given_names(self.gl)

    def classify(self, span: str, words: int) -> Verdict | None:
        v = self.memo.get(span, False)
        if v is False:
            v = self._classify(span, words)
            self.memo[span] = v
        return v

    def _classify(self, span: str, words: int) -> Verdict | None:
        gl = self.gl
        if span in gl.accepted:
            return _OK
        if not span.isascii() and (e := gl.accepted.get(unaccented(span))) is not None and e.kind == "person":
            return _OK  # a person's name with the accents the glossary's ASCII leaves out ("Jarek Kutyłowski")
        entry = gl.misspelled.get(span)
        if entry is not None:
            return Verdict("known", entry, gl.right_form(span))
        if "l" in span:
            # a lowercase L for a capital i after a capital, the two look alike ("xAl", "Mistral Al")
            alike = _L_FOR_I.sub("I", span)
            entry = gl.accepted.get(alike) if alike != span else None
            if entry is not None:
                return Verdict("known", entry, alike)
        if words == 2 and span[-3:] in (" Ai", " ai"):
            # "Cohere Ai", "Mistral ai": the "AI" after an organisation's name in wrong casing
            right = span[:-2] + "AI"
            entry = gl.accepted.get(right)
            if entry is not None or ((entry := gl.accepted.get(span[:-3])) is not None and entry.is_org):
                return Verdict("casing", entry, right)
        if words == 2:
            v = self._suffix_slip(span)
            if v is not None:
                return v
            if " " in span and all(w[:1].isupper() for w in span.split(" ")):
                # a listed misspelling split in two by the ASR ("En Vidia" for "Envidia")
                joined = span.replace(" ", "")
                joined = joined if joined in gl.misspelled else joined[0] + joined[1:].lower()
                entry = gl.misspelled.get(joined)
                if entry is not None and not gl.accepted.get(span.split(" ")[0]):
                    return Verdict("known", entry, gl.right_form(joined))
            v = self._letter_spoken(span)
            if v is not None:
                return v
            if span.startswith("Mister ") and span[7:8].isupper():
                # the title said in full where the name writes it short ("Mister Beast" for MrBeast)
                right = next((f for f in ("Mr" + span[7:], "Mr " + span[7:], "Mr. " + span[7:]) if f in gl.accepted), None)
                if right is not None:
                    return Verdict("known", gl.accepted[right], right)
        key = norm_key(span)
        entry = gl.by_key.get(key)
        if entry is not None:
            if span.isupper() and len(key) > 3:
                return _OK
            if span.islower() and (entry.common_word or words > 1):
                return None
            if words > 1 and _LETTER_HYPHEN_DIGIT.search(span):
                # a model's letter and number split by a hyphen ("DeepSeek V-3", "Kimi K-2")
                form = next((f for f in entry.accepted if norm_key(f) == key), entry.name)
                if not _LETTER_HYPHEN_DIGIT.search(form):
                    return Verdict("casing", entry, form)
            if words > 1 and (not span[0].isupper() or span.split()[0] in gl.accepted) and not (
                    span[0].isupper() and all(w.isalpha() and w.islower() and not is_common_word(w)
                                              for w in span.split()[1:])) and not (
                    span.istitle() and span.isascii()
                    and any(norm_key(f) == key and f.isalnum() for f in entry.accepted)):
                # "Meta platforms": a name followed by ordinary words; a word of the name that is
                # no ordinary one, in lower case, is the name miscased ("GitHub copilot"); a name
                # written as one word, split in two capitalised words, is split whatever its
                # first word names ("Snap Dragon" for "Snapdragon", "X Box" for "Xbox")
                return None
            if words > 1 and span.rsplit(" ", 1)[-1] in _FUNCTION_WORDS:
                return None  # a name and a function word after it: "the next Arm is ..." is no Armis split
            if words > 2 and entry.maker and span.split()[0] == entry.maker.split()[0] \
                    and all(w.isalpha() and w.islower() for w in span.split()[1:]):
                # a product named by its maker and what it is, the description in lower case: the
                # maker and a description ("the Epic sepsis model" of Epic Systems' Epic Sepsis Model)
                return None
            form = next((f for f in entry.accepted if norm_key(f) == key), entry.name)
            if re.sub(r"[\s-]", "", form) == re.sub(r"[\s-]", "", span) and (
                    any(c.isdigit() for c in span) and _before_digit(form) == _before_digit(span)):
                # only a hyphen or space at or after the number differs: style ("GPT4" / "GPT-4",
                # "Llama-3.1-8B-Instruct"); a name split before it is no style ("Deep Seek-V3")
                return None
            return Verdict("casing", entry, form)
        if "-" in span and (tail := _HYPHEN_VERSION.search(span)) is not None and tail.start() >= 4:
            # a misspelt family joined to its version by a hyphen ("DeepSeak-R1", "DeapSeek-V3"): the
            # family's verdict, the version kept
            v = self.classify(span[:tail.start()], len(span[:tail.start()].split()))
            if v is not None and v.kind in ("known", "casing", "fuzzy"):
                return Verdict(v.kind, v.entry, v.replacement + span[tail.start():])
        if "-" in span and (pair := _HYPHENED_PAIR.match(span)) is not None:
            # two firms joined by a hyphen, one of them written wrong ("the Nvidia-Open AI deal"):
            # that one's listed slip or casing, the other as written
            left, right = pair.group(1), pair.group(2)
            for name, other, before in ((right, left, True), (left, right, False)):
                if other in gl.accepted:
                    v = self.classify(name, len(name.split()))
                    if v is not None and v.kind in ("known", "casing"):
                        return Verdict(v.kind, v.entry, other + "-" + v.replacement if before
                                       else v.replacement + "-" + other)
        if words == 2:
            v = self._heard_split(span)
            if v is not None:
                return v
        if words > 1 and span[0].isupper() and not key.isalpha():
            v = self._coded_slip(span)
            if v is not None:
                return v
        if not span[0].isupper() or len(key) < 4 or not key.isalpha():
            return None
        if span[-1] == "s" and span[:-1] in gl.accepted and gl.accepted[span[:-1]].common_word:
            named = gl.accepted[span[:-1]]
            if not zipf_at_least(span, NO_WORD_ZIPF):
                # a name and an "s" that makes no English word at all, not even a plural
                # ("Anthropics models", "Perplexitys browser"): its possessive without the apostrophe
                return Verdict("fuzzy", named, span[:-1] + "'s")
            return _OK  # the plural of a name that is also a word ("Copilots in aviation")
        v = self._fuzzy(span, words, key)
        if (v is None or v.kind == "fuzzy") and span[-1] == "s" and len(key) > 5 and span.split()[-1][0].isupper():
            # a possessive without its apostrophe ("Antrophics constitution", "Deep Seeks
            # efficiency"): the name before the "s", if it is a misspelling; an accepted name
            # before it is no misspelling ("Nvidias" is left to the fuzzy match above)
            # a fuzzy one only where neither word is English: a word one edit from a name and
            # an "s" is mostly a word of its own ("Codecs", "Amazonas"), and a fuzzy match of
            # the whole span ("Colette Kres") stays what it is
            inner = self.classify(span[:-1], words)
            last = span.split()[-1]
            if inner is not None and (inner.kind in ("known", "casing") or (
                    inner.kind == "fuzzy" and v is None and not zipf_at_least(last, RARE_ZIPF)
                    and not zipf_at_least(last[:-1], RARE_ZIPF))):
                return Verdict(inner.kind, inner.entry, inner.replacement + "'s")
        return v

    def _letter_spoken(self, span: str) -> Verdict | None:
        """A name whose first letter the ASR wrote as the letter's name, a word of its own ("Ex AI"
        for xAI, "En Vidia" for Nvidia): the letter and the capitalised rest make the name's key.
        ("In" is left out: "In Tel Aviv" and "In AI" begin sentences.)"""
        first, second = span.split(" ")
        low = first.lower()
        if low not in _LETTER_NAMES or low == "in" or first[0] != low[0].upper() or not second[:1].isupper():
            return None
        key = low[-1] + norm_key(second)
        entry = self.gl.by_key.get(key)
        if entry is None:
            return None
        return Verdict("fuzzy", entry, next((f for f in entry.accepted if norm_key(f) == key), entry.name))

    def _heard_split(self, span: str) -> Verdict | None:
        """A one-word name the ASR heard as two words, the first no English word and written as
        the name starts, the second an English word for the sound of the rest ("Perplexi tea" for
        Perplexity): the two words joined sound as the name (`phonetic`), one or two slips off as heard."""
        first, second = span.split(" ")
        if len(first) < 4 or len(second) < 3 or not first.isalpha() or not second.isalpha() \
                or not second[1:].islower() or not first[0].isupper() \
                or not first[1:].islower() or first in self.gl.accepted or zipf_at_least(first, RARE_ZIPF):
            return None
        joined = (first + second).lower()
        heard = _as_heard(joined)
        best = None
        for target in self.by_sound.get(phonetic(joined), ()):
            # (its last sound may be spelled as another vowel: "tea" for the "ty" of Perplexity)
            d = OSA.distance(heard, _as_heard(target))
            if target.startswith(first[:4].lower()) and d <= 2 and " " not in self.targets[target][0] \
                    and (best is None or d < best[0]):
                best = (d, target)
        if best is None:
            return None
        form, entry = self.targets[best[1]]
        return Verdict("fuzzy", entry, form)

    def _coded_slip(self, span: str) -> Verdict | None:
        """A name's first word misspelled before the rest of the name written right, where that
        rest holds a model's code ("Kimmy K2" for Kimi K2): one slip off, or the same sound from
        the same first letter, in a word that is no common one."""
        first, _, tail = span.partition(" ")
        named = self.coded_tails.get(tail)
        if named is None or not first.isalpha() or is_common_word(first):
            return None
        low = first.lower()
        for right, form, entry in named:
            r = right.lower()
            if low != r and low[0] == r[0] and (OSA.distance(low, r) <= 1 or phonetic(low) == phonetic(r)):
                return Verdict("fuzzy", entry, form)
        return None

    def _suffix_slip(self, span: str) -> Verdict | None:
        """A model family's name and a word one slip (an edit or a transposition) from a word its
        models' names have after it, that is no English word: "Gemini Flahs" for Gemini Flash."""
        first, second = span.split(" ")
        entry = self.gl.accepted.get(first)
        if entry is None or entry.kind not in ("model", "model_family", "product") or len(second) < 4 \
                or not second.isalpha() \
                or not second[0].isupper() or not second[1:].islower() or second.lower() in self.suffix_words \
                or zipf_at_least(second, RARE_ZIPF):
            return None
        hit = process.extractOne(second.lower(), self.suffix_keys, scorer=OSA.distance, score_cutoff=1)
        if hit is None or hit[0][0] != second[0].lower():
            return None
        return Verdict("fuzzy", entry, f"{first} {self.suffix_words[hit[0]]}")

    @cached_property
    def _by_vowel_sound(self) -> dict[str, str | None]:
        """Targets by their key spelled as heard (`vowel_sound`); None where two entries share one."""
        out: dict[str, str | None] = {}
        for target, (_, entry) in self.targets.items():
            heard = vowel_sound(target)
            if heard in out and out[heard] is not None and self.targets[out[heard]][1] is not entry:
                out[heard] = None
            else:
                out.setdefault(heard, target)
        return out

    def _spelled_as_heard(self, span: str, words: int, key: str) -> str | None:
        """A target whose key, spelled as heard, is the span's (`vowel_sound`: "oo" and "u",
        "ee" and "i", "ph" and "f", a final "y" and "i", a doubled letter and one): a name ASR or
        the LLM wrote as it sounds ("Zhipoo" for Zhipu, "Kimmy" for Kimi, "Daniel Phylan" for
        Daniel Filan, "Swix" for swyx), of five letters or more, no English word, its first
        letter the name's."""
        if len(key) < 5 or span.isupper() or (words == 1 and (not span.isalpha() or zipf_at_least(span, RARE_ZIPF))):
            return None
        target = self._by_vowel_sound.get(vowel_sound(key))
        if target is None or target == key or target[0] != key[0] or len(self.targets[target][0].split()) != words:
            return None
        return target

    def _sound_alike(self, span: str, words: int, key: str) -> str | None:
        """A target that sounds the same (see `phonetic`), whose first letter is the span's or one
        of the same sound ("Klawd" for Claude; not "Cython" for Sutton), whose second letter is the
        span's or, both vowels (or an "i" and a "y"), may differ ("Dipseek", "Mystrale"), that
        ends with the same letter (or a "y" for an "i", or with a silent "e" added or left out)
        and is two edits away (three in a name of several words; one for a surname alone) once
        spelled as heard ("Databrix" is "databriks", as "Databricks" is), for a span of five
        letters or more that is no English word and no acronym: ASR's "Gemnai", "Hugging Phase",
        "Gemeny". (The ends of a word are heard best: "Claudiu" and "Alecs" are other names.)"""
        if len(key) < 5 or span.isupper() or (words == 1 and not span.isalpha()):
            return None
        sound = phonetic(key)
        if len(sound) < 3 or (words == 1 and zipf_at_least(span, RARE_ZIPF)):
            return None
        # no target sounds the same: one whose voiced consonants the ASR heard unvoiced or the other
        # way round ("Bigsby" for Bixby), from the same first letter
        unvoiced = sound not in self.by_sound
        if unvoiced and _devoiced(sound) not in self.by_devoiced:
            return None
        best = None
        for target in (self.by_devoiced[_devoiced(sound)] if unvoiced else self.by_sound[sound]):
            if unvoiced and target[0] != key[0]:
                continue
            # a first letter that sounds alike is no slip; nor is a spelling of the same sound
            heard, right = _as_heard(key), _as_heard(target)
            d = min(OSA.distance(target[0] + key[1:], target), OSA.distance(heard, right))
            # a silent final "e" is not heard: "Clawd" ends as "Claude" sounds, "Mystrale" as "Mistral"
            # nor is "y" for a final "i" ("Gemeny", "Amodey"): both end the word as the same vowel;
            # the ends compared as heard ("Databrix" ends as "Databricks" does)
            end_heard = right[-1] == heard[-1] or (right[-1] == "e" and right[-2] == heard[-1] != "e") \
                or (heard[-1] == "e" and heard[-2] == right[-1] != "e") or (heard[-1] == "y" and right[-1] == "i") \
                or (right[-1] == "y" and heard.endswith(("ee", "ie", "ey", "ea")))  # "Cognigee" ends as "Cognigy" does
            second = target[1] == key[1] or (target[1] in _VOWELS and key[1] in _VOWELS) \
                or {target[1], key[1]} == {"i", "y"} \
                or (target[1] == "h" and target[0] in "kg" and key[1] in _VOWELS and target[2:3] in _VOWELS)
            # (a silent "h" after a first "k" or "g": "Conmigo" is heard as "Khanmigo")
            # a surname on its own is heard one slip off at most: a name two off is mostly another
            # family's ("Murty" is no Murati, "Keuleers" no Keller's)
            form, entry = self.targets[target]
            most = 1 if entry.kind == "person" and " " not in form else 2 if words == 1 else 3
            if entry.common_word and len(target) <= 5:
                most = 1  # a short name that is an English word, two slips off, is another word ("Titaness" is no Tines)
            onset = _same_onset(target[0], key[0]) or _soft_c(target, key) or _soft_c(key, target)
            if second and onset and end_heard and d <= most \
                    and (best is None or d < best[1]):
                best = (target, d)
        return None if best is None else best[0]

    def _filler_glued(self, span: str, key: str) -> Verdict | None:
        """A name of five letters or more with a hesitation ("er", "uh", "um", "ah") the ASR wrote
        onto its end, making no word at all: "Zuckerberger" for "Zuckerberg, er, ...". (An "s"
        is a plural's or a possessive's; three letters or more make derived words: "Hegelian".)"""
        if len(key) < 7 or key[-2:] not in _FILLERS or not span[-2:].islower():
            return None
        hit = self.targets.get(key[:-2])
        last = span.rsplit(" ", 1)[-1]
        if hit is None or len(hit[0].split()) != len(span.split()) or zipf_at_least(last, NO_WORD_ZIPF):
            return None
        form, entry = hit
        if key[-2:] == "er" and entry.kind != "person":
            return None  # "Googler": one who works there, a word made from an organisation's name
        return Verdict("fuzzy", entry, form)

    def _final_schwa(self, span: str, key: str) -> Verdict | None:
        """A name that ends in "a" heard as the "er" it sounds like without its "r" ("Klarner" for
        Klarna, "Figmer" for Figma): a span of six letters or more, no English word, whose
        stem and "a" is a name."""
        if len(key) < 6 or not key.endswith("er") or not span[-2:].islower():
            return None
        hit = self.targets.get(key[:-2] + "a")
        if hit is None or len(hit[0].split()) != len(span.split()) or zipf_at_least(span.rsplit(" ", 1)[-1], RARE_ZIPF):
            return None
        return Verdict("fuzzy", hit[1], hit[0])

    def _moved_letter(self, key: str) -> str | None:
        """The target that the key is with one letter moved two or three places, its first letter
        kept ("nivida" for "nvidia", "antrohpic" for "anthropic"): a slip of typing two edits off,
        which the fuzzy match of one edit for a short name does not reach."""
        for target in self.by_letters.get("".join(sorted(key)), ()):
            if target[0] != key[0] or target == key:
                continue
            for i in range(1, len(key)):
                rest = key[:i] + key[i + 1:]
                for j in (i - 3, i - 2, i + 2, i + 3):
                    if 1 <= j <= len(rest) and rest[:j] + key[i] + rest[j:] == target:
                        return target
        return None

    def near_length(self, n: int) -> list[str]:
        """The target keys, in their order, that a key of `n` characters can be `_fuzzy`'s
        distance from (one edit up to eight characters, two above): every edit changes the length
        by one at most, so a target longer or shorter by more is never a match, and the first of
        the closest matches `extractOne` returns is the same in this shorter list."""
        near = self._near_lengths.get(n)
        if near is None:
            most = 1 if n <= 8 else 2
            near = self._near_lengths[n] = [t for t in self.target_keys if abs(len(t) - n) <= most]
        return near

    def _fuzzy(self, span: str, words: int, key: str) -> Verdict | None:
        glued = self._filler_glued(span, key) or self._final_schwa(span, key)
        if glued is not None:
            return glued
        max_dist = 1 if len(key) <= 8 else 2
        near = self.near_length(len(key))
        hit = process.extractOne(key, near, scorer=OSA.distance, score_cutoff=max_dist)
        swapped = False
        swaps = _SOUND_ONSETS.get(key[0], ()) if hit is None and words == 1 and len(key) >= 5 else ()
        for onset in swaps if swaps and not zipf_at_least(span, RARE_ZIPF) else ():
            # a first letter that sounds as the name's does is no slip ("Kwenn", "Kohere"), in a
            # word of five letters or more that is no English word, ending as the name does
            # ("Cuen", "Jemmy" are no Qwen, Gemma)
            hit = process.extractOne(onset + key[1:], near, scorer=OSA.distance, score_cutoff=max_dist)
            if hit is not None and hit[0][0] == onset and hit[0][-1] == key[-1]:
                swapped = True
                break
            hit = None
        if hit is None and words == 1 and key[:1] in "jsc" and span.isalpha() and not zipf_at_least(span, RARE_ZIPF):
            # a Chinese name's pinyin initial written as it sounds in English ("Jipu" for Zhipu,
            # "Shiaomi" for Xiaomi): the name exactly, five letters or more
            for heard, written in _PINYIN_INITIALS:
                if key.startswith(heard) and (target := written + key[len(heard):]) in self.targets and len(target) >= 5:
                    form, entry = self.targets[target]
                    if " " not in form:
                        return Verdict("fuzzy", entry, form)
        if (hit is None or hit[0][0] != key[0]) and words == 1 and key[:1] in "ey" and span.isalpha() \
                and not zipf_at_least(span, RARE_ZIPF):
            # a name that starts with a "u" said as "you", written as that sound is in other words
            # ("Eudio", "Yudio", "Youdio" for Udio; as in "Eugene", "yule", "youth")
            you = _YOU_ONSET.match(key)
            if you is not None and len(key) - you.end() >= 3:
                heard = "u" + key[you.end():]
                you_hit = process.extractOne(heard, self.near_length(len(heard)), scorer=OSA.distance,
                                             score_cutoff=0 if len(heard) <= 5 else 1)
                if you_hit is not None and you_hit[0][0] == "u":
                    hit, swapped = you_hit, True
        if hit is None and words == 1 and len(key) >= 6 and span.isalpha() and not zipf_at_least(span, RARE_ZIPF):
            # (a word of five letters with one moved is too often another word: "Hunga", "Sorna")
            target = self._moved_letter(key)
            if target is not None:
                form, entry = self.targets[target]
                if " " not in form:
                    return Verdict("fuzzy", entry, form)
        if hit is None:
            target = self._sound_alike(span, words, key) or self._spelled_as_heard(span, words, key)
            if target is None and words == 1 and len(key) >= 6 and key[:2] in _LETTER_NAMES \
                    and key[2] not in _VOWELS and key[2] != key[1]:
                # a name that starts with two consonants no English word starts with, the first
                # spoken as its letter's name and written so ("Envidea", "Invidia" for Nvidia): the
                # name as heard after the vowel
                target = self._sound_alike(span, words, key[1:])
                if target is not None and (target[0] != key[1] or target[1] in _VOWELS or target[1] in "lrwyh"):
                    target = None
            if target is None:
                return None
            form, entry = self.targets[target]
            if len(form.split()) != words and not (words == 2 and _split_at_capitals(span.split(), form)):
                return None  # (a one-word name heard as its parts: "Pie Torch")
            return Verdict("fuzzy", entry, form)
        target = hit[0]
        if hit[1] == 0 and not swapped:
            form, entry = self.targets[target]
            if words == 1 and span != form and span[1:].islower() and not form[1:].islower() and form.isalpha():
                return Verdict("casing", entry, form)  # a surname's inner capital lost ("Lecun" for LeCun)
            return _OK  # a person's surname on its own ("Zuckerberg")
        if not swapped and (not _same_onset(target[0], key[0]) or _other_consonant(key, target)):
            # another target as near may fit where the first found does not: ties are taken in the
            # glossary's order ("Gleen" is as near "Green", a surname, as it is "Glean")
            # (of one word only: "Nu Copilot" is no NeuroPilot)
            hit = None if words > 1 else next(
                (h for h in process.extract(key, near, scorer=OSA.distance, score_cutoff=hit[1], limit=8)
                 if h[1] == hit[1] and _same_onset(h[0][0], key[0]) and not _other_consonant(key, h[0])), None)
            if hit is None:
                return None
            target = hit[0]
        form, entry = self.targets[target]
        # of the entry's forms with this key, the one of as many words as the span ("Runaway ML"
        # is 'Runway ML', not 'RunwayML')
        if words > 1:
            form = next((f for f in entry.accepted if len(f.split()) == words and norm_key(f) == target), form)
        if words > len(form.split()) and hit[1] + swapped > 0 and len(key) < 8 and entry.kind == "person":
            return None  # a short name of a person split and misspelt both is another person's ("Zhi Li" is no Zhilin)
        if len(form.split()) != words and not (words == 1 and " " not in form):
            # "Hug Face" for "Hugging Face" is fine; a one-word form matched by two words is not;
            # one word for a name of more words: only a joined name with at most one slip
            # ("Hugginface" for Hugging Face), not any long word near a name of two
            if words == 1 and (hit[1] + swapped > 1 or len(key) < 8):
                return None
        if (words == 2 and " " not in form and hit[1] + swapped > 0 and (last := span.split()[1]).islower()
                and is_common_word(last)):
            return None  # a name and a word of the sentence, one slip from a name of one word ("Seed team" is no Seedream)
        return Verdict("fuzzy", entry, form)


_PINYIN_INITIALS = (("j", "zh"), ("sh", "x"), ("ch", "q"))  # (as English writes the sound, as pinyin does)
_ONSETS = ({"c", "k"}, {"k", "q"}, {"c", "q"}, {"g", "j"}, {"x", "z"})  # first letters that sound alike ("Klawd", "Jemini", "Zaira")
# consonants that ASR hears one for the other: a voiced one and its voiceless twin, two letters
# for one sound, the two nasals ("Kwen", "Asure", "GBT", "Sumo")
_ALIKE_CONSONANTS = frozenset(frozenset(p) for p in (
    "bp", "dt", "gk", "fv", "sz", "ck", "cs", "kq", "cq", "gj", "mn", "xs"))


def _other_consonant(key: str, target: str) -> bool:
    """Is the key of five letters or fewer the target with one consonant put for another that
    does not sound like it ("Rogo" is no Rovo)? In so short a name that letter makes another name,
    not a slip of hearing (the pipeline's names come from speech)."""
    if len(key) > 5 or len(key) != len(target):
        return False
    diff = [(x, y) for x, y in zip(key, target) if x != y]
    if len(diff) != 1 or diff[0][0] in _VOWELS or diff[0][1] in _VOWELS:
        return False
    return frozenset(diff[0]) not in _ALIKE_CONSONANTS  # ("y" is a consonant here: "Moyal" is no Modal)


def _same_onset(x: str, y: str) -> bool:
    return x == y or {x, y} in _ONSETS


def _soft_c(x: str, y: str) -> bool:
    """Does `x` start with a soft "c" where `y` starts with an "s" ("Serebrus" for Cerebras)?"""
    return x[0] == "c" and y[0] == "s" and x[1:2] in ("e", "i", "y")


_SOUND_ONSETS = {x: sorted({y for pair in _ONSETS if x in pair for y in pair} - {x})
                 for pair in _ONSETS for x in pair}  # "k": ["c", "q"]


def _versioned_families(gl: Glossary) -> dict[str, list[tuple[str, str, str, Entry]]]:
    """Version ("2.5", "R1", "3") -> (family as written, its key, its sound, entry) of the glossary's
    models and products named by a family and a version ("Qwen2.5", "DALL-E 3", "DeepSeek-R1")."""
    out: dict[str, list] = {}
    seen = set()
    for e in gl.entries:
        if e.kind not in ("model", "model_family", "product"):
            continue
        if e.kind == "model_family":
            # a family by its name alone, before any version with a point or a letter ("Qwen" of "Quinn 2.5")
            for form in e.accepted:
                key = norm_key(form)
                if form[:1].isupper() and form.replace(" ", "").replace("-", "").isalpha() and len(key) >= 2 \
                        and ("*", key) not in seen:
                    seen.add(("*", key))
                    out.setdefault("*", []).append((form, key, phonetic(key), e))
        for form in e.accepted:
            m = _FAMILY_VERSION.match(form)
            if m is None or (form[m.end():m.end() + 1].isalnum() and not form[m.end():].isalpha()):
                continue  # (a version that goes on in digits is another one: "GPT-4" of "GPT-45" is none)
            family, version = m.group(1), (m.group(2) or "") + m.group(3)
            key = norm_key(family)
            if len(key) < 2 or (version, key) in seen:
                continue
            seen.add((version, key))
            out.setdefault(version.lower(), []).append((family, key, phonetic(key), e))
    return out


# a model's name as a family and a version: "Qwen2.5", "DALL-E 3", "Phi-4", "DeepSeek-R1", "Stable Diffusion 3.5"
_FAMILY_VERSION = regexcache.compile(r"([A-Za-z][A-Za-z.-]*?(?: [A-Z][A-Za-z]+)?)[ -]?(?:([A-Z])-?)?(\d+(?:\.\d+)?)")
# in a text: one or two capitalised words, then a version ("Quinn 2.5", "Dolly 3", "Deep Sea R1", "Fi-4")
_WORDS_AND_VERSION = regexcache.compile(
    r"((?-i:[A-Z])[a-z]+(?:[ -](?-i:[A-Z])[a-z]+)?)([ -]?)(?:((?-i:[A-Z]))-?)?(\d+(?:\.\d+)?)"
    # or a model's size in billions of parameters ("Mixed Rail 8x7B", "Mister 7B")
    r"(?:(?<=\d)(?P<size>(?:x\d+)?B))?(?![\w.%,]|\.\d)")


_FAMILY_VERSION_MAX = 6  # a plain number up to this after a family's sound-alike is a model's version


def _sounds_like(key: str, family_key: str, family_sound: str, near: bool = False) -> bool:
    """Does a heard key sound like a model family's ("quinn" / qwen, "dolly" / dalle, "fi" / phi,
    "deepsea" / deepseek, "mixedrail" / mixtral)? `near`: a sound one change off will do, its
    first letter kept ("jimmy" / gemini, where the version is one of Gemini's)."""
    sound = phonetic(key)
    if sound == family_sound:
        return True
    if near and len(family_sound) >= 3 and sound[:1] == family_sound[:1] and OSA.distance(sound, family_sound) <= 1:
        return True
    if len(family_sound) >= 4 and OSA.distance(sound, family_sound) <= 1 and key[0] == family_key[0]:
        return True
    return len(family_key) >= 6 and key[0] == family_key[0] and OSA.distance(key, family_key) <= 2


def _vowels_fit(key: str, family_key: str) -> bool:
    """A sound of one consonant says little: a word of it must also have the family's vowels
    ("Fi-4" for Phi-4; not "Qi2", the charging standard, for Chai-2)."""
    if len(phonetic(key)) > 1:
        return True
    return re.sub(r"[^aeiouy]", "", key) == re.sub(r"[^aeiouy]", "", family_key)


_DIGIT_MARKS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # digits kept, every other byte a space


def _digit_runs(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of each run of ASCII digits of the text in ASCII (`_ascii_classes`), found with
    bytes.find (a regex tried at every character costs ten times more)."""
    marks = data.translate(_DIGIT_MARKS)
    out = []
    i = marks.find(b"0")
    while i != -1:
        j = marks.find(b" ", i)
        j = len(marks) if j == -1 else j
        out.append((i, j))
        i = marks.find(b"0", j)
    return out


_SPACED_NUMBER = regexcache.compile(r"[A-Za-z] \d")
_ODD_CHARACTER = regexcache.compile(r"[^A-Za-z0-9 '’-]")  # (no word of the words scan has it)
_FORM_WORDS = regexcache.compile(r"[ -]")  # (what parts a name into the words scan's words)


def _literal_misspellings(joined: str, m: NameMatcher):
    """(start, end, verdict) of each misspelling `m.literal_misspellings` finds, no word going on
    before it."""
    for hit in m.literal_misspellings.finditer(joined):
        a = hit.start()
        if a and _WORD_BEFORE.match(joined, a - 1):
            continue
        form = hit.group()
        yield a, hit.end(), Verdict("known", m.gl.misspelled[form], m.gl.right_form(form))


def _version_starts(joined: str, runs: list[tuple[int, int]]):
    """Where `_WORDS_AND_VERSION` can start before each number: at the capitalised word (or the
    first of two) before it, past a letter of the version ("R1") and a space or hyphen."""
    for a, _ in runs:
        if a and joined[a - 1] in ".,":
            continue  # (a number's decimals or thousands)
        j = a
        if j >= 2 and joined[j - 1] == "-" and joined[j - 2].isupper():
            j -= 1  # "R-1"
        if j >= 1 and joined[j - 1].isupper() and (j == 1 or joined[j - 2] in " -"):
            j -= 1  # "R1"
        if j and joined[j - 1] in " -":
            j -= 1
        k = j
        while k and joined[k - 1].isalpha():
            k -= 1
        if k == j or not joined[k].isupper():
            continue
        if k >= 2 and joined[k - 1] in " -" and joined[k - 2].isalpha():
            k2 = k - 1
            while k2 and joined[k2 - 1].isalpha():
                k2 -= 1
            if joined[k2].isupper():
                k = k2  # two capitalised words ("Deep Sea R1"): the scan tries the last one alone too
        yield k


def _versions_over_fuzzy(found: list, versioned: list, texts: list, starts: list) -> list:
    """`found` with each fuzzy verdict of the words scan that a version after the same words
    names otherwise given that family's verdict: "Deep Sea R1" is DeepSeek's model, however close
    "Deep Sea" is to another name (deepset) that has no such version."""
    at = {}
    for a, b, v in versioned:
        i = bisect.bisect_right(starts, a) - 1
        at[(id(texts[i][0]), texts[i][1], a - starts[i], b - starts[i])] = v
    return [row[:6] + (at[key],) if row[6].kind == "fuzzy" and (key := (id(row[0]), row[1], row[4], row[5])) in at
            and at[key].entry is not row[6].entry else row for row in found]


def _versioned_sound_alikes(joined: str, m: NameMatcher, runs: list[tuple[int, int]]):
    """(start, end, Verdict) of words heard for a model family's name before one of its versions
    ("Quinn 2.5" for Qwen2.5, "Dolly 3" for DALL-E 3, "Deep Sea R1" for DeepSeek-R1, "Fi-4" for
    Phi-4): the version says which model is meant, and the words sound like its family's name.
    Words that are a name of the glossary themselves, or no sound-alike, are left alone."""
    families = m.versioned_families
    for start in _version_starts(joined, runs):
        hit = _WORDS_AND_VERSION.match(joined, start)
        if hit is None or (start and _WORD_BEFORE.match(joined, start - 1)):
            continue  # (inside a word or a name: "iPhone 15")
        version = (hit.group(3) or "") + hit.group(4)
        if (v := _firm_for_family(hit, (*families.get(version.lower(), ()), *families.get("*", ())), m)) is not None:
            yield v
            continue
        if hit.group("size"):
            # a size says a model is meant, of any family ("Mixed Rail 8x7B" for Mixtral 8x7B)
            exact, anyv = [], families.get("*", [])
        elif "." in version or hit.group(3):
            # a version of a model's shape ("2.5", "R1"): any family's, or one the glossary names
            exact, anyv = families.get(version.lower(), []), families.get("*", [])
        elif hit.group(2) == "-" and int(version) <= _FAMILY_VERSION_MAX:
            # a plain number joined to the word ("Fi-4"), as models write theirs, after a word of
            # the family's very sound; after a space it counts anything ("Clyde 2 is a sequel", "Cloud 9");
            # glued on, it is a name as written, not heard ("Holo1", H Company's model, is no Hailuo)
            exact, anyv = families.get(version.lower(), []), families.get("*", [])
        else:
            continue
        if not exact and not anyv:
            continue
        strict = not ("." in version or hit.group(3) or hit.group("size"))
        words = hit.group(1)
        if " " in words and _names_the_family(words[words.find(" ") + 1:], exact, anyv, m):
            continue  # "The Tensor G5": a word before the family's right name, no sound-alike of it
        for span in (words, words[words.find(" ") + 1:]) if " " in words else (words,):
            v = _versioned_sound_alike(span, hit, exact, anyv, m, strict)
            if v is not None:
                yield hit.end(1) - len(span), hit.end(1), v
                break


def _firm_for_family(hit: re.Match, exact, m: NameMatcher):
    """(start, end, Verdict) of a firm's name, one word, that makes no model before a version of a
    model family of its very sound (`exact`: the families with that version, then those that take
    any) ("Groq 4" for Grok 4: Groq sells chips), or None. A lab's name before a number may be its
    own model's, and is left alone."""
    span = hit.group(1)
    if hit.group(4).isdigit() and int(hit.group(4)) > _SPOKEN_VERSION_MAX or _COUNTED_AFTER.match(hit.string, hit.end()):
        return None  # ("Groq 2025 revenue": a year; "Groq 4 Chips Ship": its own things, counted or not)
    org = m.gl.accepted.get(span)
    if org is None or not org.is_org or org.kind == "ai_lab" or " " in span or not exact or \
            m.gl.lookup(hit.group(0)) is not None:
        return None
    key = norm_key(span)
    found = next((o for o in exact if o[2] == phonetic(key) and o[1] != key and o[3].maker != org.name), None)
    return None if found is None else (hit.start(1), hit.end(1), Verdict("fuzzy", found[3], found[0]))


def _names_the_family(span: str, exact: list, anyv: list, m: NameMatcher) -> bool:
    """Is `span` (words before a version) a name the glossary knows or one of the families with a
    model of that version (`exact`) or of any (`anyv`), as written or in other casing?"""
    key = norm_key(span)
    return span in m.gl.accepted or m.gl.lookup(span) is not None or any(key == k for _, k, _, _ in (*exact, *anyv))


def _versioned_sound_alike(span: str, hit: re.Match, exact: list, anyv: list, m: NameMatcher,
                           strict: bool = False) -> Verdict | None:
    """The verdict on `span` (the whole words before the version of `hit`, or the last of them:
    "Then Fi-4"), given the families with a model of that version (`exact`) and the families
    that take any version (`anyv`); `strict`: only a word of the family's very sound will do."""
    gl = m.gl
    key = norm_key(span)
    if " " in span and (head := span.split(" ", 1)[0]) in m.org_heads and not is_common_word(head):
        return None  # a firm's model by the firm's first word ("Sakana Koi-7B" of Sakana AI)
    if (_names_the_family(span, exact, anyv, m) or span.lower() in m.suffix_words
            or gl.lookup(hit.group(0)[hit.end(1) - len(span) - hit.start():]) is not None
            or any(k.endswith(key) for _, k, _, _ in exact) or key in m.versioned_family_keys):
        # a name the glossary knows ("Gemini 2.5", "Ai2"), a word of one ("Haiku 4.5" of Claude
        # Haiku 4.5), the family in other casing, its last word ("Gen-4.5" of Runway Gen-4.5), or
        # a family the glossary knows at other versions, at a newer one ("Gen-5" beside Gen-4)
        return None
    # the families with a model of this very version first, their sound near ("Jimmy 2.5": Gemini)
    if strict:
        found = next((o for o in (*exact, *anyv) if phonetic(key) == o[2] and _vowels_fit(key, o[1])), None)
    else:
        found = next((o for o in exact if _sounds_like(key, o[1], o[2], near=True)), None) or next(
            (o for o in (*exact, *anyv) if _sounds_like(key, o[1], o[2])), None)
    return None if found is None else Verdict("fuzzy", found[3], found[0])


def _maker_families(gl: Glossary) -> tuple[re.Pattern | None, dict[str, list[tuple[str, str, Entry]]]]:
    """(a pattern of a maker's name and the capitalised word after it, maker's form -> (family's
    name, its sound, entry) of the model families and products that maker or a unit of it makes):
    "Google" -> Gemini, Gemma, Bard, ...; "Anthropic" -> Claude."""
    out: dict[str, list] = {}
    for e in gl.entries:
        if e.kind not in ("model_family", "product") or not e.maker or " " in e.name or not e.name.isalpha() \
                or len(e.name) < 4:
            continue
        sound = phonetic(norm_key(e.name))
        for org in gl.chain(e):
            for form in org.accepted:
                if form[:1].isupper() and not form.islower():
                    out.setdefault(form, []).append((e.name, sound, e))
    if not out:
        return None, {}
    pattern = regexcache.compile(rf"({trie_pattern(set(out))})(?:['’]s)?[ \t]+((?-i:[A-Z])[a-z]{{3,}})(?![\w'’-])")
    return pattern, out


def _maker_sound_alikes(joined: str, m: NameMatcher):
    """(start, end, Verdict) of a word after a maker's name that sounds as one of its model
    families or products and is no word of English nor a glossary name ("Google Jiminy" for
    Gemini, "Anthropic Clawd" for Claude): the maker says which name was meant."""
    pattern, families = m.maker_families
    if pattern is None:
        return
    gl = m.gl
    for hit in pattern.finditer(joined):
        if hit.start() and (joined[hit.start() - 1].isalnum() or joined[hit.start() - 1] in "_-"):
            continue  # (inside another word: the pattern has no look-behind, so its first letters are found in C)
        word = hit.group(2)
        if word in gl.accepted or gl.lookup(word) is not None or gl.lookup(f"{hit.group(1)} {word}") is not None:
            continue
        version = None
        if is_common_word(word):
            # an English word only before a version, of a model ("Google Imagine 4" for Imagen 4;
            # not "Google Imagine Cup"), or a rarer one before no other name and no "of" ("SAP
            # Jewel rolls out", "Google's Jewels agent"; not "Google's Board of Directors")
            version = _VERSION_RIGHT_AFTER.match(joined, hit.end(2))
            if version is None and (zipf_at_least(word.lower(), _MAKER_WORD_ZIPF) or _NOT_A_PRODUCT_AFTER.match(joined, hit.end(2))):
                continue
        key = word.lower()
        sound = phonetic(key)
        found = next((f for f in families[hit.group(1)] if f[1] == sound and _same_onset(f[0][0].lower(), key[0])
                      and f[0].lower() != key), None)
        if found is not None and version is not None and found[2].kind not in ("model", "model_family"):
            continue
        if found is not None:
            yield hit.start(2), hit.end(2), Verdict("fuzzy", found[2], found[0])


_OF_AFTER = regexcache.compile(r"[ \t]+of\b")
_MAKER_WORD_ZIPF = 4.0  # an English word this common after a maker is the word ("Google Board"), no product heard
# after a word after a maker: another name's next word, "of", or the end of a heading ("Google Jewel Box", "Board of")
_NOT_A_PRODUCT_AFTER = regexcache.compile(r"[ \t]+(?:[A-Z&]|of\b|and\s+[A-Z])|:")
# a version right after a word: "4" of "Imagine 4", "3.5" of "Jeannie-3.5" (no more digits or a word after it)
_VERSION_RIGHT_AFTER = regexcache.compile(r"[ -]?(\d+(?:\.\d+)?)(?![\w.%,]|\.\d)")
# a model family's name and a version written with a decimal comma ("Qwen 2,5", "Stable Diffusion 3,5")
_COMMA_VERSION = regexcache.compile(r"(?<![\w.'’-])((?-i:[A-Z])[\w-]*[a-zA-Z](?:[ ](?-i:[A-Z])[\w-]*[a-zA-Z])?)([ -]?)(\d),(\d)(?![\d,]|\.\d)")
# a character that continues a word or a name before a match ("iPhone 15", "x-Qwen")
_WORD_BEFORE = regexcache.compile(r"[\w.'’-]")


def _comma_versions(joined: str, m: NameMatcher, runs: list[tuple[int, int]]):
    """(start, end, Verdict) of a model family's name, as the glossary writes it, before a version
    with a decimal comma: the version is written wrong ("Qwen 2,5" for Qwen 2.5)."""
    # a digit alone, a comma, a digit alone: "2,5" (not "2,000", nor "1,2,3")
    ends = [b + 2 for (a, b), (c, d) in zip(runs, runs[1:]) if b - a == 1 and c == b + 1 and d - c == 1
            and joined[b] == "," and joined[d:d + 1] != "," and not (joined[d:d + 1] == "." and joined[d + 1:d + 2].isdigit())]
    hits = (h for end in ends if (h := _COMMA_VERSION.search(joined, max(0, end - 60), end)) is not None and h.end() == end)
    for hit in hits:
        name = hit.group(1)
        entry = m.gl.accepted.get(name)
        if entry is None or entry.kind not in ("model", "model_family"):
            continue
        right = f"{name}{hit.group(2)}{hit.group(3)}.{hit.group(4)}"
        yield hit.start(), hit.end(), Verdict("casing", entry, right)


# a number said in words ("five", "four point five", "two hundred", "four-fifty"), as speech
# recognition writes a version or a part's number, after a capitalised word (the name's last);
# the words as a trie, and the first letter checked first: the scan is tried at every capital
_NUMBER_WORD = f"(?i:{trie_pattern(NUMBER_WORDS)})"
_NUMBER_INITIALS = "".join(sorted({w[0] for w in NUMBER_WORDS} | {w[0].upper() for w in NUMBER_WORDS}))
_SPOKEN_NUMBER = regexcache.compile(rf"(?-i:[A-Z])[\w.]*[ -](?=[{_NUMBER_INITIALS}])({_NUMBER_WORD}(?:[ -](?:{_NUMBER_WORD}|(?i:hundred))|"
                                    rf"\s+(?i:point)\s+{_NUMBER_WORD})*)(?![\w'’-])")
# up to three words of a name before it, and the space or hyphen between
_NAME_BEFORE_NUMBER = regexcache.compile(r"(?<![\w.'’-])((?:[A-Za-z][\w.]*[ -]){0,2}[A-Za-z][\w.]*)([ -])$")
# a word after the number that makes it a count, not a version ("asked Claude two questions",
# "ran Llama four times", "Claude three or four")
_COUNTED_AFTER = regexcache.compile(r"\s*(?:(?i:or|of|and\s+a\s+half|more|less|fewer|other|others|out|percent|per)\b|"
                                    r"(?i:[a-z]+[^s\W]s|[a-z]+ies|people|men|women|children)(?![\w'’]))")
_SPOKEN_VERSION_MAX = 12  # a version said in words of a family the glossary names with no such version
# OpenAI's o-series said aloud inside a sentence ("They trained oh three and o4-mini", "oh four
# mini"): "oh" after a lowercase word, no comma after it (an exclamation: "and, oh, three more")
_SPOKEN_O = regexcache.compile(r"(?<=[a-z] )oh[ -](one|three|four|five)(?:[ -](mini|pro))?(?![\w'’-])")
_UNITS_SAID = {"one": 1, "three": 3, "four": 4, "five": 5}


# single capital letters said one by one, three or more ("E C M W F", "A T and T", "C.I.S.A" aside):
# the speech recogniser's spelling of an acronym
_SPELLED_LETTERS = regexcache.compile(r"(?<![\w.&'’-])[A-Z](?:[ \t]+(?:[A-Z]|and|&)(?!\w|['’](?!s\b)|\.\w)){2,7}(?![\w&-])")


def _spelled_letters(joined: str, m: NameMatcher):
    """(start, end, Verdict) of an acronym of the glossary said letter by letter ("E C M W F" for
    ECMWF, "A T and T" for AT&T): the letters joined ("and" as "&") are an accepted form written
    in capitals."""
    for hit in _SPELLED_LETTERS.finditer(joined):
        letters = hit.group().split()
        if letters[-1] in ("and", "&"):
            continue
        right = "".join("&" if w in ("and", "&") else w for w in letters)
        entry = m.gl.accepted.get(right)
        if entry is not None and right.replace("&", "").isupper() and right in entry.accepted:
            yield hit.start(), hit.end(), Verdict("known", entry, right)


def _spoken_versions(joined: str, m: NameMatcher):
    """(start, end, Verdict) of a model's or a part's name with its version said in words ("GPT
    five", "Sora Two", "Claude Sonnet four point five", "GB two hundred", "MI four-fifty",
    "Trainium Two"): the glossary's name with those digits, or a model family's of the glossary
    before a small version. A number that counts what follows it is none ("Claude two questions")."""
    gl = m.gl
    if "oh " in joined or "oh-" in joined:
        for hit in _SPOKEN_O.finditer(joined):
            right = "o" + str(_UNITS_SAID[hit.group(1)]) + (f"-{hit.group(2)}" if hit.group(2) else "")
            if right in gl.accepted:
                yield hit.start(), hit.end(), Verdict("known", gl.accepted[right], right)
    for hit in _SPOKEN_NUMBER.finditer(joined):
        said, start, end = hit.group(1), hit.start(1), hit.end(1)
        # ("one" only where the glossary names the model with 1: "DeepSeek R one"; not "Gemini
        # one of the best", where a family's small version would be guessed)
        exact_only = said == "one"
        if " " not in said and "-" not in said and _COUNTED_AFTER.match(joined, end) and (
                said.islower() or joined[end + 1:end + 2].isupper()):
            continue  # a count: "asked Claude two questions", a headline's "Claude Three Ways To ..."
        before = _NAME_BEFORE_NUMBER.search(joined, max(0, start - 60), start)
        if before is None or not any(c.isupper() for c in before.group(1)):
            continue
        digits = spoken_number(said)
        if digits is None:
            continue
        words, sep = before.group(1), before.group(2)
        parts = words.replace("-", " ").split(" ")
        found = None
        for k in range(len(parts), 0, -1):  # the longest name first
            name = words[len(words) - len(" ".join(parts[-k:])):]
            if not name[:1].isupper() and not name[:1].isdigit() and not any(c.isupper() for c in name):
                continue
            right = next((c for c in (name + sep + digits, name + digits, name + " " + digits, name + "-" + digits)
                          if c in gl.accepted or c in m.versioned_tails), None)
            if right is not None:
                entry = gl.accepted.get(right) or m.versioned_tails[right]
                found = (start - len(sep) - len(name), Verdict("known", entry, right))
                break
            entry = gl.accepted.get(name)
            if found is None and not exact_only and entry is not None and entry.kind in ("model", "model_family", "product") and (
                    float(digits) <= _SPOKEN_VERSION_MAX
                    # (a part's number of three digits or more, said in two words or more, that counts
                    # nothing after it: "Exynos twenty five hundred chip")
                    or (digits.isdigit() and len(digits) >= 3 and (" " in said or "-" in said)
                        and not _COUNTED_AFTER.match(joined, end))):
                joiner = "-" if any(f.startswith(name + "-") and f[len(name) + 1:][:1].isdigit() for f in entry.accepted) \
                    else "" if any(f.startswith(name) and f[len(name):][:1].isdigit() for f in entry.accepted) else " "
                found = (start - len(sep) - len(name), Verdict("fuzzy", entry, name + joiner + digits))
        if found is not None:
            yield found[0], end, found[1]


@lru_cache(maxsize=8)
def _matcher(gl_id: int, gl: Glossary) -> NameMatcher:
    return NameMatcher(gl)


def matcher_for(gl: Glossary) -> NameMatcher:
    return _matcher(id(gl), gl)


def _before_digit(name: str) -> str:
    """A name's letters before its first digit, with the space or hyphen before the digit dropped
    ("GPT-4o" -> "GPT", "Deep Seek-V3" -> "Deep Seek-V")."""
    head = _DIGIT_TAIL.sub("", name)
    return head[:-1] if head[-1:] in " -" else head


_DIGIT_TAIL = regexcache.compile(r"\d.*", re.S)


def _firm_beside(text: str, a: int, b: int, entry: Entry, gl: Glossary) -> bool:
    """Is a person of the glossary named (text[a:b], one of their name's common sound-alikes listed
    as exceptions: "Ben Coleman" of Ben Colman) beside their own firm, in the same sentence ("over
    at Reality Defender, Ben Coleman makes this point", "Nokia has a new CEO, Justin Howard")? The
    firm says who is meant."""
    if entry.kind != "person" or not entry.maker:
        return False
    lo = max(text.rfind(". ", 0, a) + 1, a - 80, 0)
    hi = text.find(". ", b)
    window = text[lo:min(b + 80, hi if hi != -1 else len(text))]
    if any(form in window for form in entry.accepted):
        return False  # the person named right beside the other ("Ken Griffey ..., and Ken Griffin runs Citadel")
    return any(form in window for org in gl.chain(entry) if org is not entry for form in org.accepted if len(form) > 2)


def _sentence_start(text: str, a: int) -> bool:
    i = a - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _version_after(text: str, b: int) -> bool:
    """A version number follows text[:b] ("Lama 3", "Gemeni-2"), not a year ("Code 2007")."""
    return bool(_VERSION_AFTER.match(text, b)) and not _YEAR_AFTER.match(text, b)


def _model_version_after(text: str, b: int) -> bool:
    """A model's version follows text[:b] (`_MODEL_VERSION_AFTER`), not a count of things ("Sort 2
    names", "Grab 3 files"; "Lama 3 models" names a model): what makes an ordinary word a name."""
    if not _MODEL_VERSION_AFTER.match(text, b):
        return False
    return not _COUNT_AFTER.match(text, b) or bool(_NAME_WORDS_AFTER.match(text, text.index(" ", b + 1)))


def _name_context(text: str, a: int, b: int, kind: str, entry: Entry | None = None,
                  m: NameMatcher | None = None) -> bool:
    """Is the span used as a name: a version number or model word after it, an entity name, or
    an item of a list with a glossary name beside it?

    A version number names a model or product, never a company ("Mesa 1.0" is no "Meta"). An
    entity name is a name from its first word; a word inside it ("Code" of "Gemini Code Assist")
    is one only in the contexts above. In a list ("DeepSeek, Mistrial and Qwen") the items are
    of one sort: beside a name of the field, a word of five letters or more that is no common
    one is a name too.
    """
    if kind == "name" and (a == 0 or text[a - 1] == _SEP):
        return True
    if m is not None and len(norm_key(text[a:b])) >= 5 and not is_common_word(text[a:b].split()[0]) \
            and _listed_with_name(text, a, b, m):
        # (a common word is a word in any list, "Nvidia, Inflation and Jobs"; a short one is one
        # edit from too many words and names, "DeepSeek, Kimi and Kiwi", "Groq and Grog")
        return True
    if (entry is not None and m is not None and (nxt := _NEXT_TOKEN.match(text, b)) is not None
            and m.gl.accepted.get(entry.name + " " + nxt.group(1)) is not None):
        return True  # the name and the word after it make a name of the glossary ("Runaway Gen-4")
    if entry is not None and entry.kind == "person":
        pass  # a person has no version or model: "the Altmann family" is another family
    elif _version_after(text, b) and not (entry is not None and entry.is_org) \
            and not (is_common_word(text[a:b]) and not _model_version_after(text, b)):
        # (after an ordinary word, only a model's version: "Clause 52.227.19" is a legal clause)
        return True
    elif _NAME_WORDS_AFTER.match(text, b):
        return True
    if entry is not None and m is not None and (entry.maker or entry.parent) \
            and (maker := _MAKER_AFTER.match(text, b)) is not None:
        # its own maker named after it ("Cling from Kuaishou shipped", "Cling, from Kuaishou, keeps shipping")
        words = maker.group(1).split()
        named = m.gl.lookup(" ".join(words)) or m.gl.lookup(words[0])
        if named is not None and named is not entry and named in m.gl.chain(entry):
            return True
    if text[max(0, a - 3):a] not in ("'s ", "’s "):
        return False
    if entry is None or m is None or not (entry.maker or entry.is_org):
        return True
    # the name before the possessive, looked up once for both tests below
    owner = _OWNER_BEFORE.search(text, max(0, a - 40), a - 3)
    other = owner and m.gl.lookup(owner.group(1))
    if len(text[a:b]) >= 4 and " " not in text[a:b] and is_common_word(text[a:b]):
        # (an English word or a given name after the possessive of another than the product's
        # maker names that one's own thing: "FutureHouse's Robin" is no Rubin, "Instructure's
        # Canvas" no Canva, "the EU's Code" no Codex; "Nvidia's Robin" may be)
        return bool(other) and other in m.gl.chain(entry)
    # (another organisation's possessive before an organisation's name makes no name of it:
    # "Apple's Metal" is no Meta; "Elon's Ex AI" may be xAI)
    return not (entry.is_org and other and other.is_org and other not in m.gl.chain(entry))


_OWNER_BEFORE = regexcache.compile(r"([A-Z][\w.-]*)\Z")
# after a name: "from", "by" or a making verb's "by", then a capitalised name (its maker, if the glossary says so)
_MAKER_AFTER = regexcache.compile(r",?[ \t]+(?:from|by|(?:made|built|developed|released|launched|trained)[ \t]+by)[ \t]+"
                                  r"([A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*)?)")
_NEXT_TOKEN = regexcache.compile(r"(?:['’]s)?[ \t]+([A-Z][\w.-]*\w)")  # (past a possessive: "Runaway's Gen-4")


# the item before or after a span in a list: one or two capitalised words and a comma, "and", "or", "&"
_ITEM_BEFORE = regexcache.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)(?:,| and| or| &) \Z")
_ITEM_AFTER = regexcache.compile(r"(?:,| and| or| &) ([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)")


def _listed_with_name(text: str, a: int, b: int, m: NameMatcher) -> bool:
    """Does a glossary name (accepted or a listed misspelling) stand beside the span in a list?"""
    gl = m.gl
    for hit in (_ITEM_BEFORE.search(text, max(0, a - 40), a), _ITEM_AFTER.match(text, b)):
        if hit is not None:
            item = hit.group(1)
            words = item.split()
            if any(w in gl.accepted or w in gl.misspelled for w in (item, words[0], words[-1])):
                return True
    return False


def _listed_with_other(text: str, a: int, b: int, m: NameMatcher) -> bool:
    """Does a capitalised name that no glossary name is, and no function word ("So", "And"),
    stand beside the span in a list ("Carrier and | Trane", "Barrel & | Bine")?"""
    gl = m.gl
    for hit in (_ITEM_BEFORE.search(text, max(0, a - 40), a), _ITEM_AFTER.match(text, b)):
        if hit is not None:
            item = hit.group(1)
            words = item.split()
            if not any(w in gl.accepted or w in gl.misspelled or gl.lookup(w) is not None for w in (item, *words)) \
                    and not zipf_at_least(words[0].lower(), FUNCTION_ZIPF):
                return True
    return False


def find_misspellings(text: str, kind: str, m: NameMatcher):
    """Yield (start, end, Verdict) for each misspelled name in `text`.

    One regex finds the words that can start a name (capitalised, or the lowercase first word of
    a glossary form) and looks ahead at the two words after each, so the Python loop only runs
    on candidates, not on every word of the text. What the one to three words are is decided
    by `_resolve` once per distinct run of words and memoised: the loop is a dict lookup for
    the ~900 candidates of an episode, nearly all seen before. `scan_texts` does the same for
    many texts at once, faster.
    """
    scan = _folded(text)
    for a, end, v in _verdicts(scan, m.candidates.finditer(scan), m):
        if scan is not text and (v := _accented_verdict(text, scan, a, end, v, m)) is None:
            continue
        if _plausible(text, a, end, text[a:end], v, kind, m):
            yield a, end, v


def _verdicts(text: str, matches, m: NameMatcher):
    """(start, end, Verdict) of the names the candidate `matches` (in order) start, "ok" ones left out.

    A candidate starting inside the previous one's match is passed over, as `finditer` would
    (only merged streams of matches have such candidates).
    """
    n = len(text)
    skip_until = consumed = -1
    memo = m.runs
    for cm in matches:
        a, b = cm.span(1)
        if a < consumed:
            continue
        consumed = b
        # the run: the candidate and the (up to two) words the lookahead saw after it
        last = cm.end(3)
        if last == -1:
            last = cm.end(2)
            if last == -1:
                last = b
        run = text[a:last]
        hit = memo.get(run, False)
        # Most runs are known to be no name: they are passed over first. The look-up has no
        # effect, so doing it before the tests below (which pass over a candidate) changes nothing.
        if hit is None or a < skip_until:
            if a < skip_until or b >= n or text[b] not in ".'’":
                continue
            # a run with no verdict goes on only to the tests of a dot or an apostrophe after
            # its word, which the run's text does not show ("Charactor" of "Charactor.AI")
        if b < n and text[b] in "'’" and last == b and text[b - 1] == "s":
            # an organisation's name, an "s" and an apostrophe ("Anthropics'"): its possessive
            # misspelled (the run's text has no apostrophe: decided here, not memoised by it)
            plural = m.plural_possessive(text[a:b])
            if plural is not None:
                skip_until = b + 1
                yield a, b + 1, plural
                continue
        after = text[b] if b < n else " "
        if after == "." and text[b + 1:b + 2] == "0" and text[b - 1].isdigit() and a >= skip_until \
                and (b + 2 == n or not (text[b + 2].isalnum() or text[b + 2] in ".-")):
            # a version's "o" read as ".0" ("GPT-4.0" for GPT-4o)
            right = m.gl.accepted.get(text[a:b] + "o")
            if right is not None:
                skip_until = consumed = b + 2
                yield a, b + 2, Verdict("fuzzy", right, text[a:b] + "o")
                continue
        if after in "@/_" or (after == "." and b + 1 < n and text[b + 1].isalnum()
                              and not (text[b + 1].isdigit() and text[b - 1].isdigit())):  # "Lama-3.1": a version
            # URLs, e-mail addresses, handles, file names; but a name with a dot in it
            # ("Charachter.AI" for Character.AI) is one word
            dotted = m.dotted(text, a, b) if after == "." else None
            if dotted is not None:
                skip_until = consumed = a + dotted[0]
                yield a, a + dotted[0], dotted[1]
            continue
        if hit is None:
            continue
        if hit is False:
            if len(memo) > 500_000:  # bounded: a huge corpus has many one-off runs
                memo.clear()
            hit = memo[run] = _resolve(cm, a, text, m)
            if hit is None:
                continue
        length, v = hit
        if v is _NUMBERED:
            # a word that starts a listed misspelling only with a number after it ("Cloud 3.5
            # Sonnet"): the run's words stop at the number, so the text after it decides
            found = m.numbered_at(text, a, length)
            if found is not None:
                skip_until = a + found[0]
                yield a, a + found[0], found[1]
            continue
        end = a + length
        skip_until = end
        if v.kind != "ok":
            yield a, end, v


def _slash_names(joined: str, m: NameMatcher):
    """(start, end, Verdict) of a misspelled name before a slash and another capitalised name in
    running text ("Nvidea/AMD pricing"), which the words scan passes over as a path; not an owner
    in a path ("deepseek-ai/DeepSeek-V3", "x.com/Nvidia/...") nor a path's parts ("A/B/C")."""
    for k in _occurrences(joined, "/"):
        if not joined[k - 1:k].isupper() and not joined[k - 1:k].islower() or not joined[k + 1:k + 2].isupper() \
                or not _SLASH_PAIR.match(joined, k):
            continue
        word = _WORD_BEFORE_SLASH.search(joined, max(0, k - 40), k)
        if word is None:
            continue
        a = word.start()
        if a > 0 and joined[a - 1] not in _OPENERS:
            continue
        v = m.classify(joined[a:k], 1)
        if v is not None and v.kind != "ok":
            yield a, k, v


_WORD_BEFORE_SLASH = regexcache.compile(r"[A-Z][A-Za-z0-9]*\Z")
_SLASH_PAIR = regexcache.compile(r"/[A-Z][A-Za-z0-9]*(?![\w.]*[/@])")  # "Nvidea/AMD": two names, not a path
_OPENERS = frozenset(" \t\n(\"“‘'*\0")  # what may stand before a word of running text
_DOT_WORD = regexcache.compile(r"\.[A-Za-z]{2,}(?![\w@/-]|\.\w)")  # ".AI" of "Character.AI", not of a URL
_SEP = "\0"  # joins the texts of a batch: no name, word, space or URL character, and no text has it
# Bytes to the ASCII letters and digits they are, every other byte to a space: the maximal ASCII
# letters-and-digits runs of a text (in ASCII, `_ascii_classes`, or UTF-8) are the words of its bytes split.
_ASCII_OTHER = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
# The same, with hyphen, apostrophe and "?" to "-", for the text in ASCII (`_ascii_classes`), where "’"
# is a "?" as every character outside ASCII is: a run directly before a hyphen or apostrophe is
# directly before a "-" (and so are a few others: those before "?" or another character outside ASCII).
_HYPHEN_ASCII = bytes(c if chr(c).isascii() and chr(c).isalnum() else 45 if c in b"-'?" else 32 for c in range(256))


def scan_texts(texts: list[tuple[str, str]], m: NameMatcher, classes: tuple[bytes, bytes] | None = None):
    """Yield (index, start, end, Verdict) for each misspelled name in the (text, kind) pairs.

    The same findings as `find_misspellings` on each text, from one regex pass over all the texts
    joined by NUL (which no candidate, lookahead or context test crosses), instead of a pass per
    text: per-call overhead is most of the cost for short strings, and the capitalised and
    lowercase candidates are found by two fast scans (see `NameMatcher`). `classes`: the joined
    texts' `_ascii_classes`, if the caller has them.
    """
    joined = _SEP.join(t for t, _ in texts)
    if texts and joined.count(_SEP) != len(texts) - 1:  # a NUL inside a text (a "\0" escape)
        for i, (text, kind) in enumerate(texts):
            for a, b, v in find_misspellings(text, kind, m):
                yield i, a, b, v
        return
    starts = [0, *accumulate(len(t) + 1 for t, _ in texts)]
    scan = _folded(joined)  # (accents folded: see `_folded`)
    if scan is not joined:
        classes = None
    matches = m.capitalised.finditer(scan)
    lower = _lowercase_matches(scan, m, classes[0] if classes else None)
    if lower:  # a few: one sort merges them in (a merging generator costs more per match)
        matches = [*matches, *lower]
        matches.sort(key=re.Match.start)
    for a, b, v in _verdicts(scan, matches, m):
        i = bisect.bisect_right(starts, a) - 1
        if scan is not joined and (v := _accented_verdict(joined, scan, a, b, v, m)) is None:
            continue
        if _plausible(joined, a, b, joined[a:b], v, texts[i][1], m):
            yield i, a - starts[i], b - starts[i], v


def _folded(text: str) -> str:
    """The text with its accented Latin letters as their ASCII letters (the same length), or the
    text itself when it has none: the words are scanned so ("François Chollay" is read as
    "Francois Chollay", which the words pattern takes whole)."""
    return text if text.isascii() or not _ACCENTED.search(text) else _ACCENTED.sub(_fold_letter, text)


def _accented_verdict(text: str, scan: str, a: int, b: int, v: Verdict, m: NameMatcher) -> Verdict | None:
    """The verdict on text[a:b], found in its folded form scan[a:b]: None for a name written with
    its accents ("Schrödinger") and for accents the name has none of (another language's word:
    "palantír"); else the verdict, its replacement in the name's accented form where the text
    writes accents ("François Chollet", not "Francois Chollet")."""
    span = text[a:b]
    if span == scan[a:b]:
        return v
    if span in m.gl.accepted or span == v.replacement:
        return None
    if not v.replacement.isascii():
        return v
    accented = next((f for f in v.entry.accepted if not f.isascii() and _folded(f) == v.replacement), None)
    return None if accented is None else Verdict(v.kind, v.entry, accented)


# Latin letters with an accent, and their ASCII letter (one character each: offsets are kept)
_ACCENTED = regexcache.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]")
_FOLDED: dict[str, str] = {}


def _fold_letter(k: re.Match) -> str:
    c = k.group()
    f = _FOLDED.get(c)
    if f is None:
        base = unicodedata.normalize("NFD", c)[0]
        f = _FOLDED[c] = base if base.isascii() and base.isalpha() else {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o",
                                                                           "Đ": "D", "đ": "d"}.get(c, c)
    return f


def _ascii_classes(joined: str) -> tuple[bytes, bytes]:
    """The text in ASCII, one byte a character ("?" for each other one), so that byte offsets
    are character offsets; and the class string of `_shape_matches` (`_CLASS`, one more byte first)."""
    data = joined.encode("ascii", "replace")
    return data, b"#" + data.translate(_CLASS)


def _lowercase_matches(joined: str, m: NameMatcher, data: bytes | None = None) -> list[re.Match]:
    """The lowercase candidates of `joined` (usually none), tried only where one can start.

    Where one can start (see `NameMatcher`) is the start of a maximal ASCII letters-and-digits
    run that is in `m.lower_runs`, or that is a lowercase first word (`m.hyphen_runs_reversed`,
    looked for reversed after the hyphen by `m.before_hyphen`) followed by a hyphen or apostrophe, or an occurrence of a first word with a letter outside
    ASCII (`m.lower_non_ascii`, looked for whole). These runs are found in the text in ASCII
    (`data`: one byte a character, "?" for each other one, see `_ascii_classes`), translated
    byte for byte (so a run keeps its offsets), by work done in C (a split, finds, a regex
    with a literal first character over the reversed bytes), not by a regex tried at every
    letter of the text. The places found may be more than the candidates (a run after "é" or
    ".", a run before "–", which is "?" as "’" is): `m.lowercase.match` tries each and keeps the
    candidates, so a superset of their start places gives exactly the candidates.
    """
    if data is None:
        data = joined.encode("ascii", "replace")
    runs = data.translate(_ASCII_OTHER)
    starts = []
    present = m.lower_runs.intersection(runs.split())
    if present:
        spaced = b" " + runs + b" "  # a maximal run is the word between two spaces
        for word in present:
            starts += _occurrences(spaced, b" " + word + b" ")  # at i in `spaced`: the run at i in `data`
    n = len(data)
    # (a "?" stands for "’" and for every other character outside ASCII: only the places before
    # a hyphen or an apostrophe are kept, a look-up each)
    starts += [n - hm.end() for hm in m.before_hyphen.finditer(data.translate(_HYPHEN_ASCII)[::-1])
               if joined[n - hm.start() - 1] in "-'’"]
    lower = m.lowercase
    places = sorted(set(starts))
    whole = [k for w in m.lower_non_ascii if w in joined for k in _occurrences(joined, w)] \
        if any(c in joined for c in m.non_ascii_letters) else ()
    if whole:
        places = sorted({*places, *whole})
    return [cm for cm in map(lambda k: lower.match(joined, k), places) if cm is not None]


def _occurrences(data, sub):
    """The start of every occurrence of `sub` in `data` (both bytes, or both str)."""
    found = []
    k = data.find(sub)
    while k != -1:
        found.append(k)
        k = data.find(sub, k + 1)
    return found


def _resolve(cm: re.Match, a: int, text: str, m: NameMatcher) -> tuple[int, Verdict] | None:
    """(length, verdict) of the longest span of the run's words the glossary has a verdict on.

    Depends on the run's text only (where its words end, possessives aside), so it is memoised
    by that text: the words are found by the same greedy regex wherever the run stands.
    """
    ends = [_strip_possessive(text, a, cm.end(1))]
    for g in (2, 3):
        if cm.group(g) is None:
            break
        ends.append(_strip_possessive(text, *cm.span(g)))
    word = text[a:ends[0]]
    if len(ends) == 1 and word in m.numbered_accepted:
        # a right name that a misspelling with a number may start ("GPT 4o", "Claude 3.5 Sonet"):
        # decided by the text after it, each time (the right name alone yields nothing)
        return len(word), _NUMBERED
    if len(ends) > 1 and word[-1:] == "s" and len(word) > 4:
        # an organisation's name and an "s" before another glossary name: a possessive without its
        # apostrophe ("Anthropics Claude", "Nvidias Blackwell"); where the "s" makes an English
        # word ("googles", "metas", "amazons"), only before a name the organisation makes
        # ("Googles Gemini", "Metas Llama"): the word is no verb or plural there
        org = m.gl.accepted.get(word[:-1])
        after = text[ends[0] + 1:ends[1]]
        named = m.gl.accepted.get(after) if after[:1].isupper() else None
        if named is None and len(ends) > 2 and after[:1].isupper():
            named = m.gl.accepted.get(text[ends[0] + 1:ends[2]])  # a name of two words ("Intels Pat Gelsinger")
        if org is not None and org.is_org and named is not None and (
                (len(word) > 5 and not zipf_at_least(word, RARE_ZIPF)) or org in m.gl.chain(named)):
            return len(word), Verdict("fuzzy", org, word[:-1] + "'s")  # memoised by the run: one form
    for k in range(len(ends), 0, -1):
        end = ends[k - 1]
        span = text[a:end]
        v = m.classify(span, k)
        if v is None and k > 1:
            # a name of several words in a compound adjective ("Chat GPT-class", "Open AI-style"):
            # the name on its own, as for one word below
            head, _, rest = span.rpartition("-")
            if rest.isalpha() and rest.islower() and " " not in rest and " " in head and is_common_word(rest):
                v = m.classify(head, k)
                if v is None or v.kind == "ok" or (v.kind == "fuzzy" and (
                        rest not in _COMPOUND_WORDS or head.rpartition(" ")[2].islower())):
                    # (nor a guess whose last word is a lowercase word's start: "Brett Adcock co-led
                    # it" is the name and "co-led")
                    continue
                return len(head), v
        if v is None:
            continue
        if v.kind == "fuzzy" and k > 1:
            # a known misspelling or name that the span's first words make is the better
            # explanation ("Safe Superintelligence is" is the name and a word, not a misspelling)
            for j in range(k - 1, 0, -1):
                shorter = m.classify(text[a:ends[j - 1]] if j > 1 else word, j)
                if shorter is not None and shorter.kind != "fuzzy" and not _slip_after_name(span, v, shorter):
                    end, v = ends[j - 1], shorter
                    break
                if (shorter is not None and shorter.kind == "fuzzy" and shorter.entry is v.entry
                        and text[ends[j - 1]:end].strip(" ").islower()):
                    # the same name without the lowercase words after it: they are the sentence's
                    # ("Daniela Amodey is quoted" is 'Daniela Amodey' and "is", not one slip)
                    end, v = ends[j - 1], shorter
        return end - a, v
    if word[-1:] == "0" and word[:-1] + "o" in m.gl.accepted:
        # a version's "o" heard or read as a zero ("GPT-40" for GPT-4o)
        return len(word), Verdict("fuzzy", m.gl.accepted[word[:-1] + "o"], word[:-1] + "o")
    hyphen = word.find("-")
    if hyphen > 0 and word[hyphen + 1:hyphen + 2].isdigit():
        # a name and its number joined by a hyphen ("Lama-3"): the name on its own
        v = m.classify(word[:hyphen], 1)
        if v is not None and v.kind != "fuzzy":  # not a fuzzy guess ("Qwen2.5-Coder-32B" is no 'Codex')
            return hyphen, v
    joined = _JOINED_VERSION.match(word) if hyphen < 0 else (
        _JOINED_VERSION.match(word, 0, hyphen) if word[hyphen + 1:hyphen + 2].isupper() else None)
    if joined is not None:
        # a name and its number joined ("Quen2.5", "Lama3", "Gemeni2"), maybe before a variant's
        # word ("Quen3-Coder"): the name on its own, a fuzzy guess only for a head of five letters
        # or more that is no English word
        head = joined.group(1)
        v = m.classify(head, 1)
        if v is not None and v.kind != "ok" and (
                v.kind != "fuzzy" or (len(head) >= 5 and not zipf_at_least(head, RARE_ZIPF))):
            return len(head), v
    glued = _GLUED_VERSION.match(word) if joined is None else None
    if glued is not None:
        # a listed or miscased name of any shape and its number joined ("Chat-GPT4", "LLama3"):
        # the name on its own, never a fuzzy guess
        v = m.classify(glued.group(1), 1)
        if v is not None and v.kind in ("known", "casing"):
            return len(glued.group(1)), v
    rest = word[hyphen + 1:] if hyphen > 0 else ""
    if rest.isalpha() and rest.islower() and "-" not in rest and is_common_word(rest):
        # a name in a compound adjective ("Nvida-backed", "Openai-compatible"): the name on its own;
        # a fuzzy guess only before a word such compounds are made with
        v = m.classify(word[:hyphen], 1)
        if v is not None and v.kind != "ok" and (v.kind != "fuzzy" or rest in _COMPOUND_WORDS):
            return hyphen, v
    if word.count("-") >= 2:
        # a name with a hyphen in a compound adjective ("Open-AI-style", "Claude-Code-style"): the name
        head, _, tail = word.rpartition("-")
        if tail.isalpha() and tail.islower() and is_common_word(tail):
            v = m.classify(head, 1)
            if v is not None and v.kind != "ok" and (v.kind != "fuzzy" or tail in _COMPOUND_WORDS):
                return len(head), v
    if len(ends) == 1 and word not in m.numbered and m.heard_family(word) is not None:
        # a word that sounds as a model family's name, on its own in its run: the text after it
        # (a version of the family) decides (`NameMatcher.numbered_at`)
        return len(word), _NUMBERED
    if word in m.numbered and (len(ends) == 1 or text[ends[0] + 1:ends[1]] in m.numbered_seconds[word]):
        # decided by the text after it (`NameMatcher.numbered_at`); a word after it, where no
        # such misspelling goes on with that word ("AI is"), decides against it here, once per run
        return len(word), _NUMBERED
    return None


_JOINED_VERSION = regexcache.compile(r"([A-Z][a-z]{2,})\d+[a-z]?\Z")  # "Lama3", "Quen2" (of "Quen2.5"), "Mistrel7b"
_GLUED_VERSION = regexcache.compile(r"([A-Za-z][A-Za-z-]*[A-Za-z])\d+[a-z]?\Z")  # "Chat-GPT4", "LLama3"
_COMPOUND_WORDS = frozenset("""backed based owned powered led funded made built trained hosted native
    compatible style like sized branded designed developed run driven focused""".split())
_NAME_GOES_ON = regexcache.compile(r"\w|[.-]\d")  # "Cloud Opus 4.1" is no "Cloud Opus 4" and a ".1"
_NUMBERED = Verdict("numbered")  # a run whose first word starts a misspelling with a number in it
# what may follow the first word of a model's name: version numbers and capitalised words ("3.5 Sonnet")
_MODEL_WORDS_AFTER = regexcache.compile(r"(?:[ -](?:v?\d+(?:\.\d+)*[a-z]?|[A-Z][a-z]+)(?![\w.-]\w)){1,3}")


@lru_cache(maxsize=256)
def _maker_ending(maker: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(maker) + r"(?:['’]s)?\s$")


def _maker_before(text: str, a: int, maker: str | None) -> bool:
    """Does the text right before `a` name `maker` ("Anthropic's ", "Anthropic ")?"""
    return bool(maker) and _maker_ending(maker).search(text, max(0, a - len(maker) - 3), a) is not None


def _maker_in_text(text: str, a: int, b: int, maker: str | None) -> bool:
    """Does the text that holds text[a:b] (one of the texts `scan_texts` joins) name `maker`?"""
    if not maker:
        return False
    start, end = text.rfind(_SEP, 0, a) + 1, text.find(_SEP, b)
    return text.find(maker, start, len(text) if end == -1 else end) != -1


def _slip_after_name(span: str, v: Verdict, shorter: Verdict) -> bool:
    """Is the fuzzy `v` of two words a right name and a misspelled word after it, that no English
    word explains ("Gemini Flahs", "Llama Gaurd"), where the name alone (`shorter`) is right? Or an
    organisation's name of two words with an "s" and no apostrophe, its genitive ("Aleph Alphas
    models"), though its first word is another name (Runway's Aleph) and the second an English plural?"""
    words = span.split()
    if shorter.kind != "ok" or len(words) != 2 or words[0] != v.replacement.split()[0] or not words[1][:1].isupper():
        return False
    if v.entry.is_org and words[1][-1:] == "s" and v.replacement == f"{words[0]} {words[1][:-1]}":
        return True
    if _other_spelling_of(words[1], v.replacement.split()[-1]):
        return True  # the name's word in the other English spelling ("Unity Catalogue" of Unity Catalog)
    if v.entry.kind == "person" and len(surname := v.replacement.split()[-1]) >= 5 and words[1].isalpha() and (
            OSA.distance(words[1].lower(), surname.lower()) <= 1 or phonetic(words[1].lower()) == phonetic(surname.lower())):
        return True  # the person's given name and their surname one slip off ("Scott Weiner"), though
        # the slip is a surname of its own: the given name alone is no better reading
    return words[1].isalpha() and not zipf_at_least(words[1], RARE_ZIPF)


# the ends of a word that British and American English spell otherwise: catalogue/catalog,
# colour/color, organise/organize, centre/center, analyse/analyze, programme/program, defence/defense
_SPELLING_ENDS = (("ogue", "og"), ("our", "or"), ("ise", "ize"), ("isation", "ization"), ("re", "er"),
                  ("yse", "yze"), ("mme", "m"), ("ence", "ense"))


def _other_spelling_of(word: str, name_word: str) -> bool:
    """Is `word` the name's word `name_word` in the other of the British and American spellings?"""
    w, n = word.lower(), name_word.lower()
    return w != n and any((w.endswith(x) and n.endswith(y) and w[:-len(x)] == n[:-len(y)])
                          or (w.endswith(y) and n.endswith(x) and w[:-len(y)] == n[:-len(x)]) for x, y in _SPELLING_ENDS)


def _strip_possessive(text: str, a: int, b: int) -> int:
    if b - a > 2 and text[b - 2] in "'’" and (text[b - 1] == "s" or (text[b - 1] == "S" and text[b - 3].isupper())):
        return b - 2  # "Nvidia's", and in capitals "OPENAI'S"
    return b


_ARTICLES = frozenset({"A", "An", "The", "a", "an", "the"})


_MONTHS = frozenset("January February March April May June July August September October November December "
                    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DAY_AFTER = regexcache.compile(r" (?:[12]?\d|3[01])(?:st|nd|rd|th)?(?![\w.-]\w)")  # "June 30", "May 1st,"


_NEXT_WORD = regexcache.compile(r" ([\w.+-]*\w)")
_CODE_SUFFIX = regexcache.compile(r"-[A-Z]{1,2}$")  # a variant's letter code after a name ("CoWoS-L"; "GPT-40" is no code)


def _plausible(text: str, a: int, b: int, span: str, v: Verdict, kind: str, m: NameMatcher) -> bool:
    """Context filters that keep ordinary words and other meanings quiet."""
    if b < len(text) and text[b].isalpha() and not text[b].isascii():
        return False  # the word runs on past ASCII ("Gaudí", "Claudé"): no name ends inside it
    if b + 1 < len(text) and text[b] == "-" and text[b + 1].islower() and (" " in span or "-" in span) \
            and len(last := span[span.rfind(" ") + 1:]) > 2 and last.islower():
        # the last of the span's words, lowercase, runs on after a hyphen: a compound of that
        # word ("Hugging face-first") or a package's name ("llama-index-core"); a name of one
        # word in a compound is the name still ("google-made", "cortana-like"), and so is
        # "Open ai-powered"
        return False
    entry = v.entry
    if kind == "context" and (a == 0 or text[a - 1] == _SEP) and span.islower():
        return False  # a window's first word may be the tail of a word it cut: "bing" of "[descri]bing"
    if span.islower() and (_GLOSS_AFTER.match(text, b) or _WORD_FOR_BEFORE.search(text, max(0, a - 20), a)):
        return False  # a word explained or named as a word, not a name: "sora (空) means sky", "the Japanese word sora"
    if span in _MONTHS and _DAY_AFTER.match(text, b):
        return False  # a month and a day of it: a date ("June 30" is no Junie 30)
    if kind != "name" and _cut_by_window(text, a, b, m, kind == "context"):
        return False
    if v.kind == "fuzzy" and " " in span and (a == 0 or not text[a - 1].isalnum()) \
            and (after := _NEXT_WORD.match(text, b)) and text[a:after.end(1)] in m.last_words:
        return False  # a longer name without its first word ("Music GenAI Control" of Adobe's Project Music GenAI Control)
    if kind == "context" and v.kind == "fuzzy" and " " not in span and _at_window_edge(text, a, b, v.replacement) \
            and not _whole_sentences(text, a):
        return False  # a word an entity's context window cuts ("Syno" of "Synopsys"): any word's part, no slip
    if v.kind == "fuzzy" and " " not in span and zipf_at_least(span, _EVERYDAY_ZIPF):
        return False  # an everyday English word ("Think", "Make", "Open") is heard for no name: a slip is rarer
    if kind == "context" and v.kind == "fuzzy" and " " in span and (b == len(text) or text[b] == _SEP) \
            and _cut_word(span.rsplit(" ", 1)[1]) and not _whole_sentences(text, a):
        return False  # several words whose last the window cuts ("... NeurIPS in San Die" of "San Diego")
    if entry.exceptions and in_exception(text, a, b, entry) and not _firm_beside(text, a, b, entry, m.gl):
        return False
    if v.kind == "fuzzy" and (people := m.given_names.get(span)) and any(
            text.startswith(" " + surname[:4], b) for surname, _ in people):
        return False  # a person's given name before the surname, however that is written ("Jarek KutyÅ‚owski")
    if v.kind != "known" and any(len(f) > b - a and text.startswith(f, a) for f in entry.accepted):
        return False  # the first words of a longer name, written right ("Allen Institute for AI")
    if v.kind != "known" and "-" in span and (
            (span.islower() and all(is_common_word(w) for w in span.split("-")))
            or ((cut := _CODE_SUFFIX.search(span)) is not None and span[:cut.start()] in m.gl.accepted)
            or (span.count(" ") + span.count("-") >= 2 and span.replace("-", " ") == v.replacement
                and all(zipf_at_least(w, WORDLIKE_ZIPF) for w in v.replacement.split()))):
        # a compound adjective of ordinary words ("cloud-run agents"), a name's variant code
        # ("CoWoS-L" of CoWoS), a descriptive name of three words hyphenated as the maker does
        # ("Wafer-Scale Engine")
        return False
    if v.kind == "fuzzy" and any(f.startswith(span) and _VERSION_TAIL.match(f, len(span)) for f in entry.accepted):
        return False  # the name without its number ("Willow, Majorana and ..." of Majorana 1): a short form
    if v.kind == "fuzzy" and " " in span:
        first, rest = span.split(" ", 1)
        if first in _ARTICLES and rest.islower():
            return False  # an article and a lowercase word: "An anthropic argument" is English, no "Anthropic"
        if rest in m.gl.accepted and zipf_at_least(first, FUNCTION_ZIPF):
            return False  # a function word before a name written right: "So Stability AI put ..."
    if v.kind != "casing" and entry.kind != "person" and _HONORIFIC_BEFORE.search(text, max(0, a - 6), a):
        return False  # "Dr. Lama Nachman": a person's first name, not a product's misspelling
    if v.kind != "casing" and " " not in span and not entry.is_org and _ORG_SUFFIX_AFTER.match(text, b):
        return False  # a product's name before it is another organisation's ("Qwin Industries", "Lamma Farms")
    if v.kind == "fuzzy" and not entry.is_org and entry.kind != "person" and span[-1:] == "s" \
            and span[:-1] in entry.accepted and v.replacement == span[:-1]:
        return False  # a product made plural ("Trn2 UltraServers", "two Copilots"): no slip
    if v.kind == "fuzzy" and span[-1] == "s" and v.replacement == span[:-1] + "'s" and kind != "name" \
            and not _POSSESSED_AFTER.match(text, b):
        return False  # no noun after it ("Anthropics are great", "Anthropics."): a plural, however odd
    if v.kind == "fuzzy" and entry.is_org and v.replacement.endswith("'s") and (
            span[:-1] in m.gl.accepted or (span[-1] in "'’" and span[:-2] in m.gl.accepted)):
        # an organisation's possessive without its apostrophe, before a name (`_resolve`), or
        # with it after the "s" (`NameMatcher.plural_possessive`); not the name made plural
        # ("the OpenAIs and Anthropics of the world")
        return span[-1] in "'’" or (_PLURAL_BEFORE.search(text, max(0, a - 8), a) is None
                                     and _PLURAL_ITEM_BEFORE.search(text, max(0, a - 8), a) is None)
    if (v.kind == "fuzzy" and " " not in span and len(span) >= len(v.replacement) + 2
            and span.lower().startswith(v.replacement.lower()) and zipf_at_least(span, RARE_ZIPF)):
        return False  # an English word made from the name and a suffix ("Alphabetic", "Googler"), no slip of it
    if v.kind == "fuzzy" and entry.is_org and " " not in span and span.rstrip("s").endswith("er") \
            and span.rstrip("s")[:-2].rstrip("e") == v.replacement.removesuffix("'s").rstrip("e"):
        return False  # one who works at the organisation ("a Googler", "ex-Stripers"), however rare the word
    if v.kind == "known":
        # a listed misspelling that is also a very common word ("Clawed back") needs name context
        # (a capital inside, as in "Open-AI" or "Deep-Mind", makes no ordinary word)
        # (not a brand's own name in wrong casing, whose lowercase is common only as the brand:
        # "Youtube", "Linkedin", "Whatsapp", unless the name is an ordinary word, as "Co-pilot")
        if (" " not in span and span[1:].islower() and is_common_word(span) and _sentence_start(text, a)
                and (entry.common_word or norm_key(span) != norm_key(entry.name))):
            return _name_context(text, a, b, kind, entry, m)
        if " " not in span and zipf_at_least(span, WORDLIKE_ZIPF):
            # a word that is also a name ("Lama") before a capitalised word that is not the
            # product's is part of another name ("Lama Rod Owens", "Lama Dog"), not the product
            after = _CAPITALISED_WORD_AFTER.match(text, b)
            if after and after.group(1) not in m.name_words and not _NAME_WORDS_AFTER.match(text, b):
                return False
        if " " not in span and entry.kind != "person" and span[1:].islower():
            # a product's or lab's misspelling that is a given name before a surname no glossary
            # name has and no English word is ("Claud Cockburn"): another person's name
            after = _CAPITALISED_WORD_AFTER.match(text, b)
            if after and after.group(1) not in m.name_words and not is_common_word(after.group(1)) \
                    and _other_name_word(after.group(1), m) and not _NAME_WORDS_AFTER.match(text, b):
                return False
        return True
    if v.kind == "casing":
        if span.isupper() and span.isalpha() and len(span) <= 4 and v.replacement.islower():
            return False  # a brand written in lowercase ("dbt") in capitals is another acronym ("DBT", tomosynthesis)
        if (entry.common_word and kind != "name" and " " in span and len(span.split()) == len(v.replacement.split())
                and all(w == n or (w.islower() and (is_common_word(w) or (w[-1:] == "s" and is_common_word(w[:-1]))))
                        for w, n in zip(span.split(), v.replacement.split()))
                and not _name_context(text, a, b, kind, entry, m)):
            return False  # a name that is a phrase, its words in lowercase: the phrase ("AI overviews of papers")
        if span.endswith(" Ai") and _CAPITALISED_WORD_AFTER.match(text, b):
            return False  # a product's own "Ai" before its next word ("the Humane Ai Pin"), no lab's "AI"
        if kind != "name" and " " in span and _descriptor_after_name(span, v.replacement, m):
            return False  # a name and an ordinary word after it: "Qwen coder models" are Qwen's coding models
        if kind != "name" and span.isupper() and len(span) <= 3 and not _name_context(text, a, b, kind, entry, m):
            return False  # an acronym of three capitals is one of its own ("XAI", explainable AI; "PHI")
        if ((entry.common_word or _reads_as_word(span)) and kind != "name" and " " not in span
                and span[1:].islower() and _sentence_start(text, a)
                and (v.replacement.isupper() or (entry.common_word and v.replacement.lower() == span.lower()))
                and not _name_context(text, a, b, kind, entry, m)):
            # an ordinary word that starts a sentence ("Sail boats ..."), not its acronym (SAIL)
            # nor its name in capitals inside ("Minimax search ...", no MiniMax); or a word or
            # given name read as one ("Jax is short for Jacksonville"), not JAX
            return False
        if kind != "name" and " " in span and _letters(span) == _letters(v.replacement) \
                and all(is_common_word(w) for w in span.split()):
            # a name of ordinary words split or cased wrongly ("Sales force", "Data bricks",
            # "Founders fund"), which the words may mean: a name
            # where the text capitalises it mid-sentence or lists it with a name of the field,
            # not at a sentence's start or in a title alone (an entity's name is a name)
            named = _parts_capitalised(span) and not _heading_at(text, a, b)  # "Data Dog added", "Co-Pilot Studio is"
            if (kind == "title" or (_sentence_start(text, a) and not named)) \
                    and not _listed_with_name(text, a, a + len(span), m):
                return False
            if _DETERMINER_BEFORE.search(text, max(0, a - 7), a):
                return False  # a noun phrase: "its Sales force", "a Deep mind"; no company's name
        if (entry.common_word and v.replacement.isupper() and " " not in span and span[1:].islower()
                and kind != "name" and is_common_word(span.lower()) and not _name_context(text, a, b, kind, entry, m)
                and not _MODEL_TALK.search(text, max(0, a - 80, text.rfind(_SEP, 0, a) + 1),
                                           min(len(text), b + 80, _own_end(text, b)))):
            # an ordinary word as a firm's or a thing's name ("our sundries come through Bloom"),
            # with no talk of models near: no model named in capitals (BLOOM) miscased
            return False
        if (entry.common_word and " " not in span and span[1:].islower() and kind != "name"
                and _COMPOUND_DETERMINER_BEFORE.search(text, max(0, a - 7), a) and _LOWER_WORD_AFTER.match(text, b)
                and not _name_context(text, a, b, kind, entry, m)):
            return False  # an ordinary word capitalised before a noun it qualifies ("a Palm grove")
        if " " in span and " " not in v.replacement and zipf_at_least(span.split(" ", 1)[0], FUNCTION_ZIPF) \
                and (after := _CAPITALISED_WORD_AFTER.match(text, b)) and after.group(1) not in m.name_words:
            # a function word and the first word of another name ("In Tel Aviv"), no "Intel"; a
            # word of the field's names after it is the name's ("Black well Ultra")
            return False
        if (kind != "title" and v.replacement.isupper() and span.isalpha() and span[1:].islower()
                and is_common_word(span.lower()) and _inside_capitalised_name(text, a, b, m)):
            # an ordinary word in a run of capitalised words is a word of that name ("Minnesota
            # State Fair", "Cedar Fair"), no acronym miscased (FAIR)
            return False
        if (kind == "title" and v.replacement.isupper() and span.isalpha() and span[1:].islower()
                and is_common_word(span.lower()) and _in_title_case(text, a)):
            return False  # a word of a title in title case ("the Fair Lending Test"), no acronym miscased (FAIR)
        if kind != "title" and span.isalpha() and span[1:].islower() and span[0].isupper() \
                and _beside_other_name(text, a, b, v.replacement, entry, m):
            # a word in title case beside another person's given name or surname is a part of that
            # name ("Dani Olmo", "Bert Clausen"), not a name with capitals inside miscased (OLMo, BERT)
            return False
        return not _casing_misread(text, a, span, v, kind)
    if _fuzzy_misfit(text, a, b, span, v, kind, m):
        return False
    if (v.kind == "fuzzy" and span.endswith(" AI") and v.replacement.endswith(" AI") and span.count(" ") == 1
            and english_zipf(span[:-3].lower()) >= _SECTOR_ZIPF
            and english_zipf(v.replacement[:-3].lower()) < english_zipf(span[:-3].lower()) - _RARER_BY):
        return False  # a common word's AI ("Retail AI", "Health AI"), no slip of a rare word's (Retell AI)
    if v.kind == "fuzzy" and " " in span and any(
            len(w) >= 2 and w.isupper() and w.isalpha() and w not in v.replacement for w in span.split()):
        return False  # an acronym the name lacks is written on purpose ("Open LLM Leaderboard", no OpenELM)
    if v.kind == "fuzzy" and " " not in span and zipf_at_least(span, WORDLIKE_ZIPF):
        if entry.common_word and " " not in v.replacement and zipf_at_least(
                v.replacement, english_zipf(span.lower()) + _RARER_BY):
            # a word English uses, rarer than the word the name is, is another name or word
            # ("Humana" the insurer, no Humane): a mishearing writes a word at least as common
            # ("Mistrial" for Mistral)
            return False
        if v.replacement.startswith((span + "-", span + " ")):
            return False  # an English word that starts a longer name is the word ("Spectrum", no Spectrum-X)
        if zipf_at_least(span.lower(), FUNCTION_ZIPF) and not (_version_after(text, b) or _NAME_WORDS_AFTER.match(text, b)):
            return False  # a word of the commonest is that word, even after a maker ("Google's Board", no Bard)
        after = _CAPITALISED_WORD_AFTER.match(text, b)
        if after and after.group(1) not in m.name_words and not _NAME_WORDS_AFTER.match(text, b):
            return False  # the first word of another name ("Apple's Image Playground"), no slip of Imagen
    if " " not in span and zipf_at_least(span, RARE_ZIPF) and span[1:].islower() \
            and OSA.distance(norm_key(span), norm_key(v.replacement)) >= 2 and (
                not _name_context(text, a, b, kind, entry, m) or _own_firm_word_after(text, b, entry)):
        # an English word two slips from a long name ("Synesthesia", no Synthesia) is one only as
        # a name, and not before a firm's word the name does not have ("Congruent Ventures" is no
        # Confluent's)
        return False
    if " " not in span and zipf_at_least(span, WORDLIKE_ZIPF) and _NAME_VERSION_BEFORE.search(text, max(0, a - 40), a):
        return False  # an English word after a name and its version names the model's variant ("Qwen 2.5 Coder")
    if _NAME_SUFFIX_AFTER.match(text, b):
        return False  # a person's name before "Jr." or "III" ("Jotam Jr. Trejo" is no Gotham)
    if " " in span and any(_ACRONYM_PLURAL.fullmatch(w) and w not in v.replacement for w in span.split()):
        return False  # a name and the plural of an acronym ("Snapdragon NPUs", "Gaudi TPUs"): the chips, no name
    if _POSSESSIVE_INSIDE.search(span):
        return False  # "Inflection's Pi": a possessive ends a name, so the words are two names
    if (span.endswith("s") and span[:-1] in m.gl.accepted and " " not in span
            and (_PLURAL_BEFORE.search(text, max(0, a - 8), a) or _PLURAL_ITEM_BEFORE.search(text, max(0, a - 8), a)
                 # a product's units, counted or not: "the batteries are Tesla Powerwalls", "a lot of Roombas";
                 # a firm's too in a text, with no noun after it that would make it a possessive ("Most Waymos in Phoenix")
                 or (entry.kind != "person" and (not entry.is_org or kind != "name") and not _POSSESSED_AFTER.match(text, b)))):
        return False  # a name made plural: "the OpenAIs and Anthropics of the world"
    # fuzzy: ordinary words and short words only where the text uses them as a name
    if " " not in span and entry.kind == "person" and " " not in v.replacement:
        if is_common_word(span) or (zipf_at_least(span, RARE_ZIPF) and not _maker_in_text(text, a, b, entry.maker)):
            # a word or name of its own alone is no misspelled surname ("Like" is not "Leike";
            # "Garmin", "Murata", "Marcos" are a company's and other people's names), unless the
            # text names the person's company ("Nvidia's Hwang", "Altmann, the CEO of OpenAI")
            return False
        heard, right = phonetic(norm_key(span)), phonetic(norm_key(v.replacement))
        if heard[-1:] == "s" and heard[:-1] == right and norm_key(span) == norm_key(v.replacement) + "s" \
                and not _POSSESSED_AFTER.match(text, b):
            return False  # the surname made plural, no noun after it ("confuses two Altmans.")
        if heard != right and not (heard[-1:] == "s" and heard[:-1] == right) and not filler_glued(span, v.replacement):
            # a surname alone that sounds otherwise is another family's ("Mensah" is no Mensch); an
            # "s" after it is a possessive without its apostrophe ("Karpathys new video")
            return False
        if text[max(0, a - 4):a].lower() == "the ":
            return False  # another family's name ("the Altmann family"): a person is no "the"
        if _CAPITALISED_AFTER.match(text, b) or _INITIAL_AFTER.match(text, b):
            return False  # part of another name ("Karpaty Mountains", "Altmann Siegel", "Pawel W. Olszta")
        if _EPITHET_AFTER.match(text, b):
            return False  # a given name and an epithet ("Suleiman the Magnificent"), no surname
        if _PLACE_BEFORE.search(text, max(0, a - 16), a):
            return False  # a place's name ("the town of Cholet"), no surname
        if kind == "name" and (a == 0 or text[a - 1] == _SEP) and text[b:b + 1] == " ":
            return False  # the first of an entity name's words is no surname ("Suleiman Pasha")
    if entry.kind == "person" and " " in span:
        first, *rest = span.split()
        if first == entry.name.split()[0] and rest and all(w.islower() and is_common_word(w) for w in rest):
            return False  # the given name and the sentence's own words ("Demis has said"), no surname
    key = norm_key(span)
    if len(key) <= 4 and not zipf_at_least(span, RARE_ZIPF) and (not _sentence_start(text, a) or (
            span.isupper() and len(key) == 4)):
        return True  # "Qwan": no word at all, used mid-sentence as a name (or in capitals anywhere: "KPNG has")
    if kind == "name" and " " not in span and zipf_at_least(span, NAME_WORD_ZIPF):
        # an ordinary word as an entity's name ("Cerebral", "Comet"), or a name as frequent
        # ("Mercer", a consultancy, is no Mercor), names something of its own,
        # unless a number or model word after it makes it the name misspelled
        return bool(_version_after(text, b) or _NAME_WORDS_AFTER.match(text, b))
    if kind == "name" and len(key) <= 4 and zipf_at_least(span, WORDLIKE_ZIPF):
        # a short English word as an entity's name ("Acme" is no 'AIME') is one only with a number or model word after it
        return bool(_version_after(text, b) or _NAME_WORDS_AFTER.match(text, b))
    words = span.split()
    name_words = v.replacement.split()
    # (a surname's particle in lowercase where the name has it: "Louis von Ahn" for Luis von Ahn)
    if len(words) > 1 and all(w[0].isupper() or (w.islower() and i < len(name_words) and w == name_words[i])
                              for i, w in enumerate(words)) and set(words) & set(re.split(r"[\s-]", v.replacement)):
        return True  # "Hogging Face", "Fei Fei Lee": capitalised words that share a word with the name
    if len(words) > 1 and all(w[0].isupper() for w in words) and _split_at_capitals(words, v.replacement):
        # "Eleven Laps", "Core Weeve": a name of one word split where its capitals are (not a
        # greeting to a person: "Hey Jen, ..." is no HeyGen)
        return not (words[0] in _GREETINGS and text[b:b + 1] in (",", "!", "?")
                    and (_sentence_start(text, a) or text[:a].rstrip().endswith((",", ":", "\"", "“", "—"))))
    if len(words) > 1 and _title_case_split(span, v.replacement) and v.replacement[1:].islower() \
            and len(v.replacement) >= 6 and OSA.distance(key, v.replacement.lower()) <= 1:
        return True  # "Fox Con", "Nebi Us": a one-word name split into capitalised words, one slip off
    if len(words) > 1 and all(w[0].isupper() for w in words) and _each_word_slipped(words, v.replacement):
        return True  # "Jenson Hwang": every word of a name of as many words, each one slip off
    if len(key) <= 4 or all(zipf_at_least(w, WORDLIKE_ZIPF) for w in words) or (
            _short_name_word(span, v)):
        # (a word one letter from a name of four letters or fewer is a word of its own when it is
        # one at all: "Kirov" of the Kirov Ballet is no Kiro)
        return _name_context(text, a, b, kind, entry, m) and not (kind != "name" and is_common_word(span.split()[0])
                                                                and _sentence_start(text, a)
                                                                and not _version_after(text, b)) and not (
            # an entity name that opens with a word that opens sentences is the NER pass's
            # fragment of one ("So Ray" of "So Ray gives us ..."), no name split as heard (Sora)
            kind == "name" and len(words) > 1 and words[0].lower() in _SENTENCE_OPENERS)
    return True


_SENTENCE_OPENERS = frozenset(("so", "and", "but", "or", "then", "now", "yes", "no", "well", "because", "if",
                               "when", "also", "plus", "yeah", "okay", "ok", "oh"))


_SECTOR_ZIPF = 4.0  # a word this common before "AI" names a field's AI ("Retail AI"), no firm misheard
_ACRONYM_PLURAL = regexcache.compile(r"[A-Z]{2,5}s")  # "DSPs", "GPUs": an acronym's plural
# a word's meaning given after it, a gloss in brackets between: the word is mentioned, not a name used
# ("sora (空) means sky", "sora is Japanese for sky", "(sora = gravel)")
_GLOSS_AFTER = regexcache.compile(
    # (the word in its own script between commas, the language, an adverb: "sora, 空, in Japanese just means")
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*|,[ \t]*[^\x00-\x7f]{1,12}[ \t]*)?,?[ \t]*"
    r"(?:in[ \t]+[A-Z][a-z]+[ \t]+)?(?:(?:just|simply|literally|actually|really)[ \t]+)?"
    r"(?:means|meaning|stands[ \t]+for|translates[ \t]+(?:as|to)|"
    r"is[ \t]+(?:Finnish|Japanese|Spanish|Italian|French|German|Dutch|Swedish|Korean|Chinese|Latin|Greek)[ \t]+for)\b"
    r"|[ \t]*=[ \t]*['\"“‘]?[a-z]")
_FIRM_WORD_AFTER = regexcache.compile(
    r"[ \t]+(Ventures|Capital|Partners|Labs?|Holdings|Group|Fund|Energy|Bio|Health|Therapeutics|Robotics|"
    r"Systems|Technologies|Studios|Games|Media|Foundation|Institute|Inc\.?|Corp\.?|LLC|Ltd\.?|AI)\b")


def _own_firm_word_after(text: str, b: int, entry) -> bool:
    """Does a firm's word ("Ventures", "Labs", "AI") follow the span that no accepted form of
    `entry` has: the word then names a firm of its own ("Congruent Ventures")?"""
    after = _FIRM_WORD_AFTER.match(text, b)
    return after is not None and not any(after.group(1) in f.split() for f in entry.accepted)


def _reads_as_word(word: str) -> bool:
    """Is a capitalised word, the letters of an acronym, read as a word ("Jax", "Sap"; not "Ibm",
    "Aws"), and as frequent as one (wordfreq counts the acronym's uses too, so reading as a word,
    a vowel second, is asked as well)?"""
    return len(word) >= 3 and word[1] in "aeiouy" and word.isascii() and word.isalpha() \
        and zipf_at_least(word, WORDLIKE_ZIPF)  # (one word: "Multi-Challenge" is two)


def _short_name_word(span: str, v: Verdict) -> bool:
    """Is the span one word, an English word or known name however rare, and a fuzzy match of a
    name of four letters or fewer ("Kirov" for Kiro)?"""
    return " " not in span and len(norm_key(v.replacement)) <= 4 and zipf_at_least(span, RARE_ZIPF)


def _title_case_split(span: str, name: str) -> bool:
    """Is the span a one-word name split into capitalised words ("Fox Con" for Foxconn)?"""
    return " " not in name and all(w[:1].isupper() for w in span.split())


def _in_title_case(text: str, a: int) -> bool:
    """Do most of the words of four letters or more of the text at `a` start with a capital (a
    title in title case: "Credit Models on Trial: the Fair Lending Test")? (The look stops at the
    text's own ends: `scan_texts` joins texts with NUL.)"""
    start = text.rfind(_SEP, 0, a) + 1
    end = text.find(_SEP, a)
    return mostly_capitalised(text, start, None if end == -1 else end)


def _in_title_case_headline(text: str, a: int, kind: str) -> bool:
    """Is text[a] in a headline in title case: the title, or a summary's Markdown heading line?"""
    if kind == "title":
        return _in_title_case(text, a)
    start = text.rfind("\n", 0, a) + 1
    if not text.startswith("#", start):
        return False
    end = text.find("\n", a)
    return mostly_capitalised(text, start, None if end == -1 else end)


def _heading_at(text: str, a: int, b: int) -> bool:
    """Does the span start a Markdown heading or a bold lead-in ("### Light Speed", "**Frontier Math
    Problems:**"), which capitalises every word?"""
    i = a - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and text[i] == "*" and i < a - 1 and (i == 0 or text[i - 1] in "\n \t\0"):
        return text[b:b + 1] in (":", "*")  # a list's bullet ("* Iron Wood TPUs"), no bold lead-in
    return (i >= 0 and text[i] in "*#") or text[b:b + 1] in (":", "*")


def _parts_capitalised(span: str) -> bool:
    """Is every word of the span, and every part after a hyphen, capitalised ("Data Dog", "Auto Gen",
    "Co-Pilot Studio")? A sentence's start capitalises its first word only: the capitals after it
    make the words a name, not ordinary words ("Data bricks are" may be English)."""
    parts = _SPACE_OR_HYPHEN.split(span)
    return len(parts) > 1 and all(p[:1].isupper() for p in parts)


_SPACE_OR_HYPHEN = regexcache.compile(r"[\s-]")
def _each_word_slipped(words: list[str], name: str) -> bool:
    """Is each word one slip from the name's word in its place, or its sound-alike?"""
    target = name.split()
    return len(target) == len(words) and all(
        OSA.distance(w.lower(), t.lower()) <= 1 or phonetic(w.lower()) == phonetic(t.lower())
        for w, t in zip(words, target))


_CAPITAL_PARTS = regexcache.compile(r"[A-Z][a-z]+")


_GREETINGS = frozenset(("Hey", "Hi", "Hello", "Yo", "Oh", "Thanks", "Dear"))


def _split_at_capitals(words: list[str], name: str) -> bool:
    """Are the words a one-word name's parts between its capitals ("Eleven" and "Labs" of
    "ElevenLabs"), one of them written right and each other one slip from its part of four
    letters or more, or its sound ("Pie Torch")? (A slip in a short part is another word: "Open
    Air" is no "OpenAI".)"""
    parts = _CAPITAL_PARTS.findall(name)
    if " " in name or len(parts) != len(words) or "".join(parts) != name:
        return False
    same = [w == p for w, p in zip(words, parts)]
    return any(same) and all(ok or (len(p) >= 4 and OSA.distance(w.lower(), p.lower()) <= 1) or _heard_alike(w, p)
                             for w, p, ok in zip(words, parts, same))


def _heard_alike(word: str, part: str) -> bool:
    """Is a word of three letters or more the sound of a name's part, from the same first letter
    or one that sounds as it ("Pie" of "PyTorch", "Jen" of "HeyGen")? (A part's vowels heard as a
    word's: "Air" and "Eye" are no "AI".)"""
    return len(word) >= 3 and _same_onset(word[0].lower(), part[0].lower()) and phonetic(word.lower()) == phonetic(part.lower())


def _letters(name: str) -> str:
    return _SPACE_OR_HYPHEN.sub("", name).lower()


# before a lowercase word: said to be a word ("the Japanese word sora", "the term gemini")
_WORD_FOR_BEFORE = regexcache.compile(r"\b(?:word|term|verb|noun|adjective)\s+['\"“‘]?\Z", re.I)
# a name and its version, then a space: what a model's variant word follows ("Qwen 2.5 ", "Llama-3.1-8B ")
_NAME_VERSION_BEFORE = regexcache.compile(r"[A-Z][\w.-]*[ -]v?\d{1,2}(?:\.\d{1,2})*[A-Za-z]?[ \t]+\Z")
# what stands before a plural: a determiner, a number or a quantifier ("the OpenAIs", "fifty million Roombas")
_PLURAL_BEFORE = regexcache.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Oo]ther|[Aa]ll|[Mm]ore|[Ff]uture|[Mm]any|[Ff]ew|[Ss]everal|[Bb]oth|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion|dozen|"
    r"hundreds of|thousands of|millions of|dozens of|\d[\d,.]*[kKmM]?) \Z")
# a word after a name and an "s" that the possessive "'s" would own: no verb, conjunction or preposition
_POSSESSED_AFTER = regexcache.compile(
    r"[ \t]+(?!(?:are|were|have|had|do|did|will|would|can|could|should|may|might|must|and|or|of|in|on|at|to|"
    r"for|with|from|by|as|that|which|who|than)\b)[A-Za-z]")
_PLURAL_ITEM_BEFORE = regexcache.compile(r"[a-zA-Z]s(?:,| and| or| &) \Z")  # "OpenAIs and Anthropics"
_DETERMINER_BEFORE = regexcache.compile(r"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Mm]y|[Yy]our) \Z")
_LOWER_WORD_AFTER = regexcache.compile(r"[ \t]+[a-z]+\b")
_LOWER_NEAR = regexcache.compile(r"[^A-Z]{0,3}[a-z]")  # a lowercase letter near (a search before, a match after)
_COMPOUND_DETERMINER_BEFORE = regexcache.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Mm]y|[Yy]our) \Z")
_POSSESSIVE_INSIDE = regexcache.compile(r"\w['’]s ")
_EPITHET_AFTER = regexcache.compile(r" the [A-Z][a-z]")
_PLACE_BEFORE = regexcache.compile(r"\b(?:town|city|village|port|region|province|county|island|commune|"
                                   r"district|suburb)\s+of\s+\Z")


def _cut_by_window(text: str, a: int, b: int, m: NameMatcher, window: bool) -> bool:
    """A name cut by the end of a text ("... did we point Claud"), or, in an entity's context
    window (`window`), by its start ("penAI said ..."): the NER pass takes a fixed number of
    characters around the entity, so a name at either end may be cut mid-word, and a quote cut
    short is the truncation family's. A span that, with what follows it to the end of the text,
    starts a glossary name or the last words of one ("Cholle" of "François Chollet") is that name
    cut, not misspelled; so is, at the start of a window, one that ends a name or its first words.
    Case must agree: a cut keeps the name's letters as they were."""
    end = text.find(_SEP, b)
    end = len(text) if end == -1 else end
    # (what follows to the end: a few letters, or the start of the name's next word, "Music AI
    # Sand" of "Music AI Sandbox")
    rest = text[b:end]
    if (len(rest) <= 3 or (rest[:1] == " " and " " not in rest[1:] and len(rest) <= 16)) and text[a:end] in m.cut_prefixes:
        return True
    start = text.rfind(_SEP, 0, a) + 1
    # (before the span, a few letters, or the rest of a cut word of the name: "exis Plus AI" of
    # "Lexis Plus AI", "roject Music GenAI" of "Project Music GenAI Control")
    before = text[start:a]
    return window and (len(before) <= 3 or (before[-1:] == " " and " " not in before[:-1] and len(before) <= 16)) \
        and text[start:b] in m.cut_suffixes


def _whole_sentences(text: str, a: int) -> bool:
    """Is the text around offset `a` (one text of the NUL-joined scan) whole sentences, a capital
    first and a sentence's end last: an LLM entity's description ("Vertive sells coolant units."),
    not a window of characters cut from the transcript?"""
    start = text.rfind(_SEP, 0, a) + 1
    end = text.find(_SEP, a)
    own = text[start:end if end != -1 else len(text)].rstrip()
    return own[:1].isupper() and own.endswith((".", "!", "?"))


def _cut_word(word: str) -> bool:
    """Could `word` be what a cut leaves of a longer word (a word of the list starts with it, two
    letters or more longer)?"""
    low = word.lower()
    return any(len(w) >= len(low) + 2 for w in sorted_words(RARE_WORD_LIST, ascii_only=True).starting_with(low))


def _at_window_edge(text: str, a: int, b: int, name: str) -> bool:
    """Does text[a:b] start its text, or end it as what a cut leaves, where the NER pass's fixed
    window of characters may have cut a word ("... at Syno" of "synonym" or "Synopsys", "... from
    Laria" of "Larian Studios")? At the end, the start of a longer word, or any slip but letters
    moved: a cut keeps a word's first letters in their order, so "teams use Nvidai", the letters of
    Nvidia moved, is no cut."""
    if a == 0 or text[a - 1] == _SEP:
        return True
    if b == len(text) or text[b] == _SEP:
        low = text[a:b].lower()
        if sorted(low) != sorted(norm_key(name)):
            return True
        return _cut_word(low)
    return False


# what stands before a package or module name in a command or an import
_CODE_BEFORE = regexcache.compile(r"(?:\b(?:pip3?|uv(?:\s+pip)?|poetry|npm|pnpm|yarn|conda|mamba|brew|cargo|gem|go)\s+"
                          r"(?:install|add|get|i)\s+(?:-\S+\s+)*(?:[\w.\[\]=<>-]+\s+)*|\bimport\s+)$")
_FROM_BEFORE = regexcache.compile(r"\bfrom\s+$")
_IMPORT_AFTER = regexcache.compile(r"\s+import\b")
# a command-line tool's subcommand and an argument that is no word ("run llama3", "pull qwen2.5:7b", "serve -p"),
# or a subcommand that runs or fetches a model, whatever follows ("type ollama run and it pulls the weights")
_COMMAND_AFTER = regexcache.compile(r" (?:run|pull|push|serve|list|ls|create|login|rm|show|install|chat) "
                                    r"(?:-|[\w.-]*[\d:/][\w.:/-]*)"
                                    r"| (?:run|pull|serve)\b")
_PREFIXES = frozenset("mid pre post non co re sub semi anti multi over under inter intra self".split())
_ASSIGNED = regexcache.compile(r"[=:]\s*['\"]\Z")  # model="gpt-4o", "model": 'gpt-4o'


def _in_code(text: str, a: int) -> bool:
    """Does text[a] stand inside a code span (after an odd number of backticks on its line) or in
    a string assigned in code (`model="gpt-4o"`)?"""
    line = text.rfind("\n", 0, a) + 1
    return text.count("`", line, a) % 2 == 1 or _ASSIGNED.search(text, max(line, a - 6), a) is not None


_ID_TOKEN = regexcache.compile(r"[a-z0-9._:/-]*")


def _model_id_at(text: str, a: int, b: int) -> bool:
    """Does text[a:b] stand in a lowercase token of three hyphenated parts or more, one with a
    digit ("gpt-4o-mini", "claude-3-5-haiku-latest", "llama-3.1-8b-instruct"): an API's model id,
    not a name in prose ("gpt-4" alone may be the name miscased)?"""
    start = a
    while start > 0 and (text[start - 1].islower() or text[start - 1].isdigit() or text[start - 1] in "._:/-"):
        start -= 1
    token = text[start:_ID_TOKEN.match(text, b).end()].rstrip(".:")
    return token.count("-") >= 2 and any(c.isdigit() for c in token)


_ALIAS_AFTER = regexcache.compile(r" as ([a-z]{2,4})(?![\w'’-])")


def _import_alias_after(text: str, b: int, module: str) -> bool:
    """Is the lowercase word before `b` followed by " as " and its alias in code, a short word of
    its letters in order from its first ("tensorflow as tf", "pytorch as pt"; not "as a", "as it")?"""
    hit = _ALIAS_AFTER.match(text, b)
    if hit is None or hit.group(1)[0] != module[0]:
        return False
    k = 0
    for c in hit.group(1):
        k = module.find(c, k) + 1
        if k == 0:
            return False
    return True


_LOWER_WORD = regexcache.compile(r"(?<![^\W\d_])[^\W\d_A-Z]{2,}(?![^\W\d_])")
# how far around a name `_foreign_around` reads, and how many words of another language it needs there
_FOREIGN_REACH, _FOREIGN_WORDS = 100, 2


def _foreign_around(text: str, a: int, b: int, foreign: frozenset) -> bool:
    """Is the text around text[a:b] in another language than English: at least `_FOREIGN_WORDS`
    different lowercase words of rules/misspelling.yaml `other_language_words` within
    `_FOREIGN_REACH` characters of it ("Siemens hat mit dem Industrial Copilot gezeigt, dass"), the
    span itself one of them if it is one?"""
    own = text[a:b]  # (a word of that language itself counts: Finnish "nyt", no NYT)
    seen = {own} if own in foreign else set()
    seen.update(w for w in _LOWER_WORD.findall(text, max(0, a - _FOREIGN_REACH), a) if w in foreign)
    if len(seen) >= _FOREIGN_WORDS:
        return True
    seen.update(w for w in _LOWER_WORD.findall(text, b, b + _FOREIGN_REACH) if w in foreign)
    if len(seen) >= _FOREIGN_WORDS:
        return True
    # (a word with a letter English words lack counts too, in any case: German capitalises its
    # nouns, "Behörden sollten ... von Bescheiden mit mehreren Modellen testen")
    seen.update(FOREIGN_LETTER_WORD.findall(text, max(0, a - _FOREIGN_REACH), b + _FOREIGN_REACH))
    return len(seen) >= _FOREIGN_WORDS


# after a name, an apostrophe and a suffix that no English clitic is ("'in", "'ın", "'da", "'nin")
_SUFFIX_AFTER_APOSTROPHE = regexcache.compile(r"['’](?!(?:s|d|ll|re|ve|m|t)\b)[^\W\d_]{1,4}")
# a word with a letter of German, Spanish, Portuguese, French, Scandinavian, Polish or Czech
# spelling that English words lack
FOREIGN_LETTER_WORD = regexcache.compile(r"\w*[äöüßñãõœåæøłąęśźżćńčšžřěů]\w*", re.I)


def _descriptor_after_name(span: str, right: str, m) -> bool:
    """Is a multi-word span in wrong casing a glossary name written right and ordinary English
    words in lowercase after it, where the name has those words capitalised ("Qwen coder" for
    Qwen Coder, "Mistral large"): a description of the named thing, not its name miscased? Not
    an acronym's word ("Mistral ai"), nor a word that is rare in English ("GitHub copilot")."""
    words, rights = span.split(), right.split()
    if len(words) != len(rights):
        return False
    k = next((i for i, (w, r) in enumerate(zip(words, rights)) if w != r), len(words))
    rest = words[k:]
    return (0 < k < len(words) and " ".join(words[:k]) in m.gl.accepted
            and all(w.islower() and w == r.lower() and not r.isupper() and zipf_at_least(w, WORDLIKE_ZIPF)
                    for w, r in zip(rest, rights[k:])))


def _casing_misread(text: str, a: int, span: str, v: Verdict, kind: str = "") -> bool:
    """A casing verdict on something else: a command-line flag or the end of a hyphenated
    identifier ("-O3", "swfdec-youtube"), or an acronym's letters and an ordinary lowercase word
    after them ("the root CA is" is no "CAIS")."""
    if a > 0 and text[a - 1] == "-":
        return True
    if _in_code(text, a):
        return True  # `ollama pull mistral`, model="gpt-4o": an identifier, written as the code wants
    if span.islower() and (_CODE_BEFORE.search(text, max(0, a - 80), a)
                           or (_FROM_BEFORE.search(text, max(0, a - 8), a) and _IMPORT_AFTER.match(text, a + len(span)))
                           or _COMMAND_AFTER.match(text, a + len(span))):
        # a package or module name ("pip install openai", "import anthropic", "from openai
        # import OpenAI"), or a command and its argument ("ollama run llama3")
        return True
    if span.islower() and _import_alias_after(text, a + len(span), span):
        return True  # a module imported under its short alias ("imports tensorflow as tf")
    if span.islower() and _model_id_at(text, a, a + len(span)):
        return True  # a model's API identifier ("gpt-4o-mini", "claude-3-5-haiku-latest"), written as the API wants
    words = span.split()
    if own_capitalised_ending(span, v.replacement):
        return True  # a brand of its own that capitalises its ending ("CosmOS", Humane's OS, is no Cosmos)
    entity_start = kind == "name" and (a == 0 or text[a - 1] == _SEP)
    if "-" in words[0] and span[1:].islower() and not entity_start and all(map(is_common_word, words[1:])):
        # (an entity's name that starts with the compound is the name: "Broad-com Tomahawk")
        first, _, rest = words[0].partition("-")
        # (an ending of three letters or fewer makes no ordinary compound of a name's letters:
        # "the Broad-com switches")
        if rest.isalpha() and first.isalpha() and len(rest) > 3 and is_common_word(rest) and (
                is_common_word(first) or first.lower() in _PREFIXES
                # (a compound before ordinary words is a modifier of them: "Wafer-scale engine maker")
                or (len(words) > 1 and zipf_at_least(first, 3.0))) and (
                span.islower() or _sentence_start(text, a)
                or _COMPOUND_DETERMINER_BEFORE.search(text, max(0, a - 7), a)) \
                and not (span[0].isupper() and _model_version_after(text, a + len(span))):
            # (a model's version after it makes the compound the name: "Mid-journey v7 images")
            # an ordinary compound where a sentence starts or a noun phrase does ("Mid-journey we
            # stopped", "a Mid-journey break", "the Open-source code"), or all in lowercase
            # anywhere ("we stopped mid-journey"); capitalised mid-sentence with no determiner it
            # is the name ("he left Deep-mind", "Rep-lit targets novices")
            return True
    return (len(words) > 1 and " " not in v.replacement and v.replacement.isupper()
            and any(w.islower() for w in words[1:]))


_CAPITALS_RUN = regexcache.compile(r"[A-Z]{3,}")


def _acronym_part_differs(span: str, form: str) -> bool:
    """Are a word with small letters and a name of one length different only by letters inside a
    run of three capitals or more that both write there ("SuperCLUE" and "SuperGLUE")? That run is
    an acronym inside a name, said letter by letter: another letter makes another acronym."""
    if len(span) != len(form) or sorted(span) == sorted(form) or span.upper() == span:
        return False  # (letters swapped are a slip: "SuperGLEU"; a word all in capitals is spoken: "ARK-AGI")
    runs = [{i for m in _CAPITALS_RUN.finditer(w) for i in range(m.start(), m.end())} for w in (span, form)]
    return all(i in runs[0] and i in runs[1] for i in range(len(span)) if span[i] != form[i])


_DEVOICE = str.maketrans("bdgvz", "ptkfs")


def _devoiced(sound: str) -> str:
    """A sound key with its voiced consonants unvoiced ("lbs" -> "lps"): speech recognition
    confuses b and p, d and t, g and k, v and f, z and s ("Labs" heard as "Lapse")."""
    return sound.translate(_DEVOICE)


_FIRM_WORD_BEFORE = regexcache.compile(r"([A-Z][\w.&-]*)[ \t]+\Z")


def _other_firm_before(text: str, a: int, entry: Entry, m: NameMatcher) -> bool:
    """Is the word before the span a glossary firm other than the entry's maker and its owners?"""
    before = _FIRM_WORD_BEFORE.search(text, max(0, a - 30), a)
    firm = before and m.gl.lookup(before.group(1))
    return bool(firm) and firm.is_org and firm not in m.gl.chain(entry)


def _fuzzy_misfit(text: str, a: int, b: int, span: str, v: Verdict, kind: str, m: NameMatcher) -> bool:
    """A fuzzy match that the span's shape or its neighbours explain as another name.

    - An acronym is spelled letter by letter: one letter off is another acronym ("SASL" is not
      "SAIL", "CGIs" not "CAIS", "BEOS" not "Bezos"), and a word in lower case is no acronym
      ("Dalke" is not "DALL-E").
    - Capitals inside a word the name does not have make another name ("BeOS", "MicroC").
    - In a name of several words, each word is one misspelled word: a whole other word, an
      initial, a word of two letters or a word for what the name offers is another name ("Visual
      Studio IDE", "Andrew G.", "Inflection Pi", "Fireworks API").
    - Beside a capitalised word that is neither a glossary name nor an ordinary word, the span
      is part of another person's or thing's name ("Sebastian Leske", "Oriol Brufau"); a title
      capitalises every word, so titles are spared this test.
    """
    entry, form = v.entry, v.replacement
    words = span.split()
    if form.startswith(span) and _VERSION_TAIL.fullmatch(" " + form[len(span):].lstrip(" -")):
        return True  # the name without its version is the model's family ("ProGen" of ProGen3), no slip
    if len(span) >= len(form) + 2 and span.startswith(form) and _CAPITALS_TAIL.fullmatch(span, len(form)):
        return True  # the name and more capitals: a longer name of its line ("Spectrum-XGS" of Spectrum-X), no slip
    if len(words) > 1 and words[-1].islower() and words[-1] in (form.split()[-1].lower() + "s", form.split()[-1].lower() + "es"):
        return True  # the name's last noun in lowercase and plural: a kind of thing ("Security copilots compared")
    key = norm_key(form)
    if all(f.isupper() for f in entry.accepted if norm_key(f) == key) and form.isupper():
        if (not span.isupper() or len(key) <= 4) and not (
                span.isupper() and (_letter_doubled(span, form) or _letter_misheard(span, form))):
            return True  # (a letter of the acronym typed twice is a slip: "CUDDA"; one heard wrong too: "KPNG")
    if len(words) == 1 and _other_compound(span, form):
        return True  # a compound of two words that shares its first with the name's ("Brightwater", no Brightwave)
    if len(words) == 2 and words[0] in _FOREIGN_ARTICLES and not form.startswith(words[0] + " "):
        return True  # a name in another language after its article ("Le Monde", "Die Zeit"), no name split
        # in two (unless the name has the article too: "Le Chatt" is Le Chat)
    if span.isupper() and len(norm_key(span)) <= 4 and not _letter_misheard(span, form):
        return True  # a short word in capitals is an acronym, not a misspelled name ("BEOS")
    if len(words) == 1 and _acronym_part_differs(span, form):
        return True  # another acronym inside the name ("SuperCLUE" is no SuperGLUE)
    if _ACRONYM_PLURAL.fullmatch(span) and not form.endswith("s"):
        return True  # another acronym's plural ("DSPs" are signal processors, not DSPy)
    if len(words) == 1 and entry.kind != "person" and _INITIAL_AND_SURNAME.match(text, b):
        return True  # a given name before an initial and a surname ("Junio C Hamano" is no Junie)
    if (span.isupper() and span.isalpha() and len(span) >= 5 and kind != "title"
            and not any(f.isupper() for f in entry.accepted)):
        # (the looks around stop at the span's own text: `scan_texts` joins texts with NUL)
        own_start, own_end = text.rfind(_SEP, 0, a) + 1, _own_end(text, b)
        if len(span) == 5 and _LOWER_NEAR.search(text, max(own_start, a - 12), a) and _LOWER_NEAR.match(text, b, own_end):
            # five capitals amid lowercase text are a ticker or an acronym ("GOOGL"), unless the name
            # is written in capitals itself ("NVIDA" for NVIDIA)
            return True
        if zipf_at_least(span, NO_WORD_ZIPF) and (
                kind == "name" or _LOWER_WORD.search(text, max(own_start, a - 40), min(own_end, b + 40))):
            # a word of five capitals or more amid lowercase text, close to a name never written in
            # capitals, that English text uses is another name styled so ("COSCO" the shipping line,
            # not Cisco; "ANTHROPC", a string no text uses, is Anthropic misspelt)
            return True
    if len(words) == 1 and not span.isupper() and _CAPS_INSIDE.search(span) \
            and not any(_CAPS_INSIDE.search(f) for f in entry.accepted):
        return True
    if len(words) == 1 and span in m.org_heads:
        return True  # a firm said by its first word ("the Epic model": Epic Systems, no EPYC)
    target = form.split()
    if len(words) > 1 and len(words) == len(target):
        for w, t in zip(words, target):
            if w == t or filler_glued(w, t) or (entry.kind == "person" and (_schwa_end(w, t) or _final_v_heard_f(w, t))):
                continue
            # (a person's name is misheard sound for sound, its length and first letter kept:
            # "Satya Nutella", "Mira Moradi"; letters put in or left out make another person's)
            most = 1 if len(t) <= 5 or (entry.kind == "person" and (len(w) != len(t) or w[0] != t[0])) else 2
            if len(w) <= 2 or (OSA.distance(w.lower(), t.lower()) > most
                               # (an acronym is said letter by letter: "Lime Studio" is no LM Studio; a
                               # consonant voiced or not is heard alike: "Isomorphic Lapse")
                               and (_ACRONYM_WORD.fullmatch(t) or _devoiced(phonetic(w.lower())) != _devoiced(phonetic(t.lower())))):
                return True  # another word, unless it sounds the same ("Hugging Phase"); an initial or a
                # word of two letters is another word too ("Inflection Pi" is Inflection's Pi); a
                # person's name two slips off, one of them a letter put in or left out, is another
                # person's ("Sam Hartman", "Simon Wilkinson")
            if w.lower() in _GENERIC_WORDS and w.lower().rstrip("s") != t.lower().rstrip("s") and not (
                    phonetic(w.lower()) == phonetic(t.lower()) and not _other_firm_before(text, a, entry, m)):
                # (unless the word is heard as the name's: "Cloud Code" for Claude Code, not after
                # another firm's name, whose product it is: "Google Cloud Code")
                return True  # the name's stem and a word for what it offers ("Fireworks API")
            if entry.kind != "person" and w.isalpha() and is_common_word(w) and not _same_onset(w[0].lower(), t[0].lower()) \
                    and phonetic(w.lower()) != phonetic(t.lower()):
                return True  # another English word, which starts with another sound: another name ("Red Cat" is no Red Hat)
    if len(words) == 1 and len(target) == 1 and _other_part(span, form):
        return True
    if len(words) > 1 and words[-1].islower() and zipf_at_least(words[-1], _GLUE_ZIPF):
        return True  # a name's start and a word that joins clauses ("Sentinel and" is no SentinelOne)
    if len(words) > 2 and any(w.islower() and w not in target and zipf_at_least(w, _GLUE_ZIPF) for w in words[1:-1]):
        return True  # a verb and its object's name, a word that joins them between ("Reflects on xAI" is no Reflection AI)
    if len(words) == 1 and len(key) <= 5 and _listed_with_other(text, a, b, m):
        return True  # a short name one letter off, listed with another firm the glossary does not know
        # ("chillers from Carrier and Trane" is no Trae; "Barrel & Bine" no Bing)
    if len(words) == 1 and text[b:b + 1].isdigit() and not any(_LETTER_DIGIT.search(f) for f in entry.accepted):
        return True  # a word glued to a number, as a model's name is ("Holo1" is no Hailuo): another name
    if entry.kind in ("product", "model", "model_family") and (
            (own := _POSSESSOR_BEFORE.search(text, max(0, a - 40), a)) is not None
            and (owner := m.gl.lookup(own.group(1))) is not None and owner.is_org
            and not m.gl.is_right_maker(entry, owner)):
        return True  # a firm's own product after its possessive ("AppLovin's Axon" is no Google Axion)
    if kind != "title" and len(words) > 1 and entry.kind == "person":
        after = _NEIGHBOUR_AFTER.match(text, b)
        if after is not None and _other_name_word(after.group(1), m) and not is_common_word(after.group(1)):
            return True  # the first words of a longer name ("Jim Van Zandt" is no Jim Fan)
    if kind != "title" and len(words) > 1 and len(target) == 1 and (
            (before := _NEIGHBOUR_BEFORE.search(text, max(0, a - 40), a)) is not None
            and _other_name_word(before.group(1), m) and not zipf_at_least(before.group(1), _OPENER_ZIPF)):
        return True  # a one-word name heard in two words after a capitalised word no glossary name is:
        # another name's end ("Mosaic Agent Forge" is no Agentforce; "Salesforce Agent Forge" is)
    if kind == "title" or len(words) != 1:
        return False
    return _beside_other_name(text, a, b, form, entry, m)


_CAPITALS_TAIL = regexcache.compile(r"-?[A-Z]{2,4}")
_ACRONYM_WORD = regexcache.compile(r"[A-Z]{2,5}")
_HYPHEN_VERSION = regexcache.compile(r"-[A-Z]\d[\w.]*(?:-[\w.]+)*\Z")  # "-R1", "-V3-0324" ending a name (a digit after the hyphen ends the word scan's span itself)
# two capitalised names joined by one hyphen ("Nvidia-Open AI"), neither a number
_HYPHENED_PAIR = regexcache.compile(r"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]*)?)-([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]*)?)\Z")
_LETTER_DIGIT = regexcache.compile(r"[A-Za-z]\d")  # a name written with a number glued on ("Qwen2.5", "Gen-3" is not)
# a firm's possessive right before a name ("AppLovin's ", "The Trade Desk's ")
_POSSESSOR_BEFORE = regexcache.compile(r"(?<![\w.&-])((?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,2})['’]s \Z")
_GLUE_ZIPF = 6.0  # "and", "the", "of", "to": the commonest words of English, no part of a name
_VERSION_TAIL = regexcache.compile(r"\s+v?\d[\d.]*\Z")  # " 1", " 2.5", " v3" ending a name
# words of talk about models near a name ("fine-tuned Bloom on our data", "Bloom's 176B parameters")
def _own_end(text: str, b: int) -> int:
    """Where the text that holds `b` ends in a batch's joined texts (at its NUL), or the end."""
    end = text.find(_SEP, b)
    return len(text) if end == -1 else end


_MODEL_TALK = regexcache.compile(r"(?i:\b(?:models?|LLMs?|parameters|weights|checkpoints?|fine-?tun\w*|train\w*|inference|"
                                 r"open[- ]source|benchmarks?|tokens?|prompts?|GPUs?|Hugging\s*Face|BigScience|\d+B)\b)")


def _inside_capitalised_name(text: str, a: int, b: int, m: NameMatcher) -> bool:
    """Is text[a:b] next to a capitalised word that no glossary name is, one before it inside a
    sentence or one after it ("Cedar | Fair", "Fair | Grounds")?"""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, a - 40), a)
    if before is not None and m.gl.lookup(before.group(1)) is None and before.group(1) not in _TITLES and (
            not _sentence_start(text, before.start(1)) or not zipf_at_least(before.group(1), _OPENER_ZIPF)):
        # (at a sentence's start, not a word that opens many: "Today Fair said")
        return True
    after = _NEIGHBOUR_AFTER.match(text, b)
    return after is not None and m.gl.lookup(after.group(1)) is None


def _beside_other_name(text: str, a: int, b: int, form: str, entry: Entry, m: NameMatcher) -> bool:
    """Is the one-word span beside a capitalised word that is neither a glossary name nor an
    ordinary word, and so part of another person's or thing's name ("Sebastian Leske", "Oriol
    Brufau", "Dani Olmo", "Bert Clausen")?"""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, a - 40), a)
    if before is not None and _other_name_word(before.group(1), m) and not (
            entry.kind != "person" and _sentence_start(text, before.start(1))
            and (_version_after(text, b) or is_common_word(before.group(1)))):
        # (a word that starts the sentence before a model's name and version is no part of
        # that name: "Compares Gemeny 2.5 Pro with Claude"; nor is an ordinary word there
        # before a company's or product's: "Honestly Serebrus' pitch", "Today Antrophic said")
        given = entry.name.split()[0] if entry.kind == "person" else None
        if before.group(1) != given:
            return True
    elif (before is not None and entry.kind == "person" and " " not in form
          and before.group(1) != entry.name.split()[0] and before.group(1) not in _TITLES
          and ((named := m.gl.lookup(before.group(1))) is None or (not named.is_org and named.kind != "person"))
          and (not _sentence_start(text, before.start(1))
               or (before.start(1) == 0 or text[before.start(1) - 1] == _SEP)
               and not zipf_at_least(before.group(1), _OPENER_OF_NAME_ZIPF))):
        # a surname after another capitalised word mid-sentence, or after the first word of an
        # entity's name, is another person's, however common the given name ("1999, John Ellson"
        # is no Larry Ellison), even a given name that names a product ("Claude Littner" is no
        # Chris Lattner)
        return True
    after = _NEIGHBOUR_AFTER.match(text, b)
    return after is not None and _other_name_word(after.group(1), m) and (
        not is_common_word(after.group(1)) or _ROMANISED_GIVEN.fullmatch(after.group(1)) is not None)


# a word this common in English that opens an entity's name is no given name ("Today Lattnr", "Ask
# Lattnr": a fragment's), one less common is ("Chris", "Claude")
_OPENER_OF_NAME_ZIPF = 5.0


# letters whose names rhyme, which a listener mishears for each other ("em" and "en", "bee" and "dee")
_RHYMING_LETTERS = {c: group for group in ("BCDEGPTVZ", "AJK", "FLMNSX", "IY", "QUW") for c in group}


def _other_compound(span: str, name: str) -> bool:
    """Are a word and a one-word name of eight letters or more each two English words, the first
    one shared and the second different ("Brightwater" and "Brightwave", "Sunstone" and
    "Sunshine")? The word is then another firm's name made the same way, not a slip."""
    a, b = span.lower(), name.lower()
    if len(a) < 8 or not a.isalpha() or not b.isalpha() or a[:4] != b[:4]:
        return False
    for i in range(3, min(len(a), len(b)) - 2):
        if a[:i] != b[:i]:
            break
        if a[i:] != b[i:] and OSA.distance(a[i:], b[i:]) > 1 and all(is_common_word(w) for w in (a[:i], a[i:], b[i:])):
            return True  # (a second word one slip off the name's is the slip: "Limit-les" of Limitless)
    return False


# the articles of other languages before a name ("Le Monde", "El País", "Die Zeit", "La Stampa")
_FOREIGN_ARTICLES = frozenset(("Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "De", "Het"))


def _letter_misheard(span: str, name: str) -> bool:
    """Is the span, all capitals, an acronym of four letters or more one letter off the name's, the
    two letters' names rhyming ("KPNG" for KPMG, "HSPC" for HSBC)? Said letter by letter, "em" is
    heard as "en"; a letter of another sound makes another acronym ("SASL" is no SAIL), and so does
    one that is in use at all ("FHIR", the health records' standard, is no FAIR)."""
    if len(span) != len(name) or len(span) < 4 or not span.isalpha() or not name.isalpha() or not name.isupper() \
            or zipf_at_least(span, NO_WORD_ZIPF):
        return False
    diff = [(a, b) for a, b in zip(span, name) if a != b]
    return len(diff) == 1 and _RHYMING_LETTERS.get(diff[0][0], "") == _RHYMING_LETTERS.get(diff[0][1], "-")


def _letter_doubled(span: str, name: str) -> bool:
    """Is the span the name with one of its letters typed twice, where the name has that letter
    once ("CUDDA" for CUDA; not "MMMLU", another benchmark beside MMLU's "MM")?"""
    if len(span) != len(name) + 1:
        return False
    for i in range(len(name)):
        if span[i] == span[i + 1] and span[:i] + span[i + 1:] == name:
            return (i == 0 or name[i - 1] != name[i]) and (i + 1 >= len(name) or name[i + 1] != name[i])
    return False


def _other_part(word: str, name: str) -> bool:
    """Is a part between the capitals of a word a whole other word than the name's part in its place
    ("Base" of "GraphBase" for "Cast" of GraphCast), as a word of a name of several words would be?"""
    parts, target = _CAPITAL_PARTS.findall(word), _CAPITAL_PARTS.findall(name)
    if len(parts) == 1 and len(target) == 2 and word.isalpha() and word[1:].islower():
        # a word in one piece against a name of two ("Signmakers" against SageMaker's): its end
        # in the place of the name's second part ("Sign" + "maker" against "Sage" + "Maker";
        # "Dip" + "seek" against "Deep" + "Seek", one letter off)
        name = name.removesuffix("'s").removesuffix("’s")
        target = _CAPITAL_PARTS.findall(name)
        stem = word.removesuffix("s") if not name.endswith("s") else word
        if len(target) == 2 and len(stem) > len(target[1]):
            parts = [stem[:-len(target[1])], stem[-len(target[1]):]]
            word = stem
    if len(parts) == 2 and target == [name] and "".join(parts) == word \
            and name.lower().startswith(parts[0].lower()) and len(name) > len(parts[0]):
        # a name of one part and a word of two that starts with the name's start: the rest of
        # the name is the second part's place ("Phone" of "PinePhone" against "cone" of Pinecone)
        target = [name[:len(parts[0])], name[len(parts[0]):]]
    if len(parts) < 2 or len(parts) != len(target) or "".join(parts) != word or "".join(target) != name:
        return False
    return any(w != t and OSA.distance(w.lower(), t.lower()) > (1 if len(t) <= 5 else 2)
               and phonetic(w.lower()) != phonetic(t.lower()) for w, t in zip(parts, target))


def _other_name_word(word: str, m: NameMatcher) -> bool:
    """A capitalised word that can be part of a name the glossary does not know: no glossary
    name itself ("Google Gemeni" is Google's Gemini), no title, and not one of the most frequent
    English words ("The", "How")."""
    if "-" in word:  # a double-barrelled name's word: each part one ("Laursen-Pedersen", not "Pro-Tier")
        if _ROMANISED_GIVEN.fullmatch(word):
            return m.gl.lookup(word) is None  # a romanised given name's syllables ("Tae-won")
        return all(_other_name_word(part, m) and not is_common_word(part) for part in word.split("-"))
    return (word not in _TITLES and m.gl.lookup(word) is None
            and not zipf_at_least(word, FUNCTION_ZIPF))


# A name written with its capitals spelled out ("Open A.I.", "Chat G P T", "Mistral A.I.", "OpenA.I."):
# letters apart by dots or spaces, after an optional capitalised word
_SPELLED = regexcache.compile(r"(?<![\w.'’-])(?:[A-Z][a-z]+[ -]?)?(?:[A-Z](?:\. ?| ))+[A-Z](?:\.|(?![\w'’-]))")
# A lowercase start and capitals after it ("openAI", "chatGPT", "deepSeek")
# (a possessive "'s" may follow: "xAi's", "openAI's")
_CAMEL = regexcache.compile(r"(?<![\w./@#\\'’-])[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*"
                            r"(?=['’]s(?![\w'’-])|(?![\w'’@/-]|\.\w))")


# UTF-8 bytes to their class: capital "A", lowercase letter or digit "a", any other byte "#": where
# the two shapes can be is found by three C finds of the classes' strings
_CLASS = bytes(65 if 65 <= c <= 90 else 97 if 97 <= c <= 122 or 48 <= c <= 57 else 35 for c in range(256))
# The class strings at the first single capital of every `_SPELLED` match (no letter or digit
# before it; a dot or a space, or a dot and a space, then a capital after it), and at the first
# capital of every `_CAMEL` match (a lowercase letter or digit before it)
# (the first seed's match at k is "A#A" of "#A#A" or of "aA#A", capitals glued to a word as in
# "OpenA.I.", where the class at k - 1 is no capital: the capital is joined[k - 1])
_SPELLED_SEEDS = (b"A#A", b"#A##A")
_CAMEL_SEEDS = (b"aA",)
_CAPITALISED_WORD_BEFORE = regexcache.compile(r"[A-Z][a-z]+[ -]?\Z")


def _shape_matches(joined: str, cls: bytes | None = None) -> list[re.Match]:
    """`[*_SPELLED.finditer(joined), *_CAMEL.finditer(joined)]`, with the patterns tried only where
    a match can start (see `_CLASS`): a regex tried at every letter costs milliseconds per
    episode, a few finds of class strings a small part of one. (`cls`: from `_ascii_classes`.)"""
    if cls is None:
        # one byte per character ("?" for a non-ASCII one): byte offsets are character offsets
        cls = _ascii_classes(joined)[1]  # cls[j]: the class of joined[j - 1]
    glued, apart = _SPELLED_SEEDS
    spelled = sorted({*(k - 1 for k in _occurrences(cls, glued) if cls[k - 1] != 65),
                      *_occurrences(cls, apart)})  # joined[j]: the capital
    camel = sorted({j for seed in _CAMEL_SEEDS for j in _occurrences(cls, seed)})  # joined[j - 1]: before it
    out = []
    if spelled:
        starts = []
        for k in spelled:
            word = _CAPITALISED_WORD_BEFORE.search(joined, max(0, k - 40), k)
            starts += [word.start(), k] if word else [k]
        out += _first_matches(_SPELLED, joined, sorted(set(starts)))
    if camel:
        starts = set()
        for k in camel:
            k -= 1
            while k > 0 and joined[k - 1] in _LOWER_OR_DIGIT:
                k -= 1
            starts.add(k)
        out += _first_matches(_CAMEL, joined, sorted(starts))
    return out


_LOWER_OR_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _first_matches(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """The matches `pattern.finditer(text)` finds, given every place one can start (and others)."""
    found, end = [], -1
    for k in starts:
        if k < end:
            continue  # inside the previous match: finditer goes on after it
        hit = pattern.match(text, k)
        if hit is not None:
            found.append(hit)
            end = hit.end() if hit.end() > k else k + 1
    return found


def _shapes(joined: str, m: NameMatcher, cls: bytes | None = None):
    """(start, end, Verdict) of the names `scan_texts` does not see as words: spelled-out capitals
    and a lowercase start before capitals, whose letters are a glossary name's (casing)."""
    gl = m.gl
    for hit in _shape_matches(joined, cls):
        if True:
            pattern = hit.re
            span = hit.group()
            if "l" in span and pattern is _CAMEL:
                alike = _L_FOR_I.sub("I", span)  # "xAl": a lowercase L for the capital i
                if alike != span and alike in gl.accepted:
                    yield hit.start(), hit.end(), Verdict("known", gl.accepted[alike], alike)
                    continue
            listed = gl.misspelled.get(span)
            if listed is not None:
                yield hit.start(), hit.end(), Verdict("known", listed, listed.name)  # "xAi", "chatGpt"
                continue
            key = norm_key(span)
            entry = gl.by_key.get(key)
            if entry is None or len(key) < 4 or span in gl.accepted or span.rstrip(".") in gl.accepted:
                continue
            form = next((f for f in entry.accepted if norm_key(f) == key), entry.name)
            yield hit.start(), hit.end(), Verdict("casing", entry, form)


# after a family's name: a version number and a capitalised word ("Claude 3.5 Sonet", "Gemini 2.5 Flahs")
_VERSION_AND_WORD = regexcache.compile(r"[ -]v?\d+(?:\.\d+)*[a-z]?[ -]([A-Z][a-z]{2,})(?![\w'’-])")


def _lowercase_names(texts: list, found: list, m: NameMatcher) -> list:
    """Entity names written all lowercase that are a glossary name ("hugging face", "sam altman",
    "anthropic"): in running text such words may be ordinary ones, but an entity's name is a
    name. (A lowercase spelling the glossary accepts, "vLLM" aside, is no slip: "watsonx".)"""
    out = []
    flagged = {(id(row[0]), row[1]) for row in found}  # a word of the name is flagged already ("google deepmind")
    for ep, path, text, kind in texts:
        if kind != "name" or text in m.gl.accepted or (id(ep), path) in flagged:
            continue
        if not text.islower():
            # a name with an "s" after it ("Anthropics", "Nvidias"): in an entity's name no
            # possessive or plural, the name itself (its own scan passes the accepted name); an
            # organisation's only (products have plurals: "Copilots"), unless it is an English word
            # ("Apples")
            entry = m.gl.accepted.get(text[:-1]) if text[-1:] == "s" and len(text) > 5 else None
            if entry is not None and entry.is_org and not zipf_at_least(text, RARE_ZIPF):
                out.append((ep, path, text, kind, 0, len(text), Verdict("fuzzy", entry, text[:-1])))
            continue
        key = norm_key(text)
        entry = m.gl.by_key.get(key)
        if entry is None and text.strip() == text:
            v = _lowercase_slip(text, m)
            if v is not None:
                out.append((ep, path, text, kind, 0, len(text), v))
            continue
        if entry is None or len(key) < 4 or text.strip() != text:
            continue
        form = next((f for f in entry.accepted if norm_key(f) == key), entry.name)
        out.append((ep, path, text, kind, 0, len(text), Verdict("casing", entry, form)))
    return out


_MADE_THINGS = frozenset(("product", "model", "model_family", "benchmark", "cloud"))


@lru_cache(maxsize=8)
def _lowercased_tails(gl: Glossary) -> tuple[re.Pattern | None, dict[str, tuple[str, Entry]]]:
    """The names of products, models and clouds of two or more words whose later words are
    capitalised and one of them an ordinary word ("Claude Code", "Google Cloud", "Microsoft
    Teams"), written with those words in
    lower case ("Claude code"): a pattern of those spellings and, per spelling, the accepted form
    and its entry. (The words scan reads such a spelling as the name and a word after it.)"""
    forms: dict[str, tuple[str, Entry]] = {}
    for e in gl.entries:
        if e.kind not in _MADE_THINGS:
            continue  # (a person's or a firm's name in lower case is no slip the texts make)
        for f in e.accepted:
            words = f.split(" ")
            if len(words) < 2 or not f[:1].isupper() or not all(
                    w[:1].isupper() and w[1:].islower() and w.isalpha() and w.isascii() for w in words[1:]):
                continue
            if not any(is_common_word(w.lower()) for w in words[1:]):
                continue  # "GitHub copilot": the words scan flags it
            low = " ".join([words[0], *(w.lower() for w in words[1:])])
            if low not in gl.accepted:
                forms.setdefault(low, (f, e))
    if not forms:
        return None, forms
    # (the look-behind after each name's first letter: a pattern that starts with a letter is
    # scanned for in C, one that starts with a look-behind is tried at every position)
    return regexcache.compile(rf"(?:{trie_pattern(forms, after_first=_NO_NAME_BEFORE)})(?![\w-]|['’][a-rt-z])"), forms


_NO_NAME_BEFORE = r"(?<![\w.'’-].)"


_DESCRIBED_BEFORE = regexcache.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Hh]is|[Hh]er) $")
_WORD_AFTER_TAIL = regexcache.compile(r" ([a-z]+)\b")
_PARTICLE = regexcache.compile(r" (?:up|down|out|in|on|off|with|to|into|over|for|the|a|an|it|its|their)\b")


def _lowercased_name_words(texts: list, joined: str, found: list, m: NameMatcher) -> list:
    """A name's later words in lower case ("Claude code", "Google cloud") in an episode that
    writes the name right elsewhere: the casing slip of that name, where the words scan reads the
    name and an ordinary word after it. A word that may be a verb ("Microsoft teams up with")
    stays quiet, and so does an episode that writes the name only so. (`joined`: the texts
    joined by `_SEP`, searched at once.)"""
    pattern, forms = _lowercased_tails(m.gl)
    hits = [] if pattern is None else [hit.span() for hit in pattern.finditer(joined)]
    if not hits:
        return []
    out = []
    flagged = {}
    for row in found:
        flagged.setdefault((id(row[0]), row[1]), []).append((row[4], row[5]))
    episode_text: dict[int, str] = {}
    starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
    for at, till in hits:
        i = bisect.bisect_right(starts, at) - 1
        ep, path, text, kind = texts[i]
        if kind == "topic":
            continue
        a, b = at - starts[i], till - starts[i]
        if any(x < b and a < y for x, y in flagged.get((id(ep), path), ())):
            continue
        span = text[a:b]
        form, entry = forms[span]
        if span.endswith("s") and _PARTICLE.match(text, b):
            continue  # "Microsoft teams up with": a verb, no name
        if _DESCRIBED_BEFORE.search(text, max(0, a - 8), a) or (
                (after := _WORD_AFTER_TAIL.match(text, b)) and after.group(1) not in _FUNCTION_WORDS):
            # "the Replit agent", "a Google search", "Google search remedies": the firm's
            # thing described, no name of a product
            continue
        first = span.split(" ", 1)[0]
        if first not in m.gl.accepted and is_common_word(first.lower()) and _sentence_start(text, a):
            continue  # "Content credentials standard ...": a sentence's first word
        whole = episode_text.get(id(ep))
        if whole is None:
            whole = episode_text[id(ep)] = _SEP.join(t[2] for t in texts if t[0] is ep)
        if form not in whole:
            continue
        out.append((ep, path, text, kind, a, b, Verdict("casing", entry, form)))
    return out


# a name's word with its version run into it ("Gemini3 Pro", "Opus4.5", "Claude Sonnet4.5",
# "PalmyraX5"), and the capitalised word after it
_GLUED_NUMBER = regexcache.compile(r"(?<![\w.-])([A-Z][A-Za-z]*[a-z])([A-Z]?\d+(?:\.\d+)?[a-z]?)(?![\w-]|\.\d)(?: ([A-Z][a-z]+))?")


def _numbers_run_into_names(texts: list, found: list, m: NameMatcher) -> list:
    """A name written with its version run into its last word where the glossary writes a space
    there ("Gemini3 Pro" for Gemini 3 Pro, "Opus4.5", "Claude Sonnet4.5" for Claude Sonnet 4.5):
    a casing slip, as a space lost inside a name is ("Gemini3", "Llama3" too: every blind
    corpus's writer keyed such a spelling). Not where the glossary writes the name joined too
    ("Galaxy Z Fold7") or knows no spaced form ("Qwen3")."""
    gl = m.gl
    out = []
    flagged = {}
    for row in found:
        flagged.setdefault((id(row[0]), row[1]), []).append((row[4], row[5]))
    spaced = _spaced_versions(gl)
    for ep, path, text, kind in texts:
        if kind == "topic":
            continue
        for hit in _GLUED_NUMBER.finditer(text):
            word, number, after = hit.group(1), hit.group(2), hit.group(3)
            before = _WORD_BEFORE_NAME.search(text, max(0, hit.start() - 30), hit.start())
            heads = [(word, hit.start())]
            if before is not None:
                heads.insert(0, (before.group(1) + " " + word, before.start(1)))
            for head, a in heads:
                joined = head + number
                if joined in gl.accepted or ((e := gl.lookup(joined)) is not None and any(
                        norm_key(f) == norm_key(joined) and not _SPACE_BEFORE_VERSION.search(f) for f in e.accepted)):
                    break  # (the glossary writes it joined: "Qwen3")
                tails = [(f"{head} {number} {after}", hit.end()), (f"{head} {number}", hit.end(2))] if after else \
                    [(f"{head} {number}", hit.end(2))]
                right = next(((f, b) for f, b in tails if f in spaced), None)
                if right is None:
                    continue
                form, b = right
                if any(f == joined or f.endswith(" " + joined) for f in spaced[form].accepted):
                    break  # (the glossary writes it joined too: "Galaxy Z Fold7" beside "Galaxy Z Fold 7")
                if not any(x < b and a < y for x, y in flagged.get((id(ep), path), ())):
                    out.append((ep, path, text, kind, a, b, Verdict("casing", spaced[form], form)))
                break
    return out


_SPACE_BEFORE_VERSION = regexcache.compile(r"[A-Za-z] [A-Z]?\d")


@lru_cache(maxsize=8)
def _spaced_versions(gl: Glossary) -> dict[str, Entry]:
    """The accepted names with a space before a version ("Gemini 3 Pro", "Claude Opus 4.5"), and
    their endings from a later word on ("Opus 4.5"), where only one entry has that ending."""
    out: dict[str, Entry] = {}
    shared: set[str] = set()
    for form, e in gl.accepted.items():
        if not _SPACE_BEFORE_VERSION.search(form):
            continue
        out[form] = e
        words = form.split(" ")
        for i in range(1, len(words) - 1):
            tail = " ".join(words[i:])
            if tail in gl.accepted or not _SPACE_BEFORE_VERSION.search(tail):
                continue
            if out.get(tail, e) is not e:
                shared.add(tail)
            out.setdefault(tail, e)
    for tail in shared:
        del out[tail]
    return out


_WORD_BEFORE_NAME = regexcache.compile(r"(?<![\w.-])([A-Z][A-Za-z]+) \Z")


def _lowercase_slip(text: str, m: NameMatcher) -> Verdict | None:
    """The verdict on an entity's name written all lowercase that, capitalised, is a listed or
    probable misspelling ("sam altmen", "antropic"): an entity's name is a name, so its words are
    read capitalised; ordinary words ("open door", "mistrial") are no name."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words) or (
            zipf_at_least(text, WORDLIKE_ZIPF) if len(words) == 1 else all(is_common_word(w) for w in words)):
        return None
    titled = " ".join(w[0].upper() + w[1:] for w in words)
    v = m.classify(titled, len(words))
    if v is None or v.kind not in ("known", "fuzzy"):
        return None
    if v.kind == "fuzzy" and len(words) > 1 and not (set(titled.split()) & set(v.replacement.split())
                                                     or _each_word_slipped(titled.split(), v.replacement)):
        return None
    return v


def _labels(batch):
    """(episode, field path, text, "topic") for the topics' names: short free text the LLM wrote,
    which the other text checks leave alone (`batch.texts()` has no labels). Their keywords are
    search terms, lowercase by convention, and are left out."""
    for ep in batch.episodes:
        topics = ep.data.get("topics")
        if isinstance(topics, list):
            for i, item in enumerate(topics):
                topic = item.get("topic") if isinstance(item, dict) else None
                if isinstance(topic, str) and topic:
                    yield ep, f"topics[{i}].topic", topic, "topic"


def _scan(batch) -> list:
    m = matcher_for(glossary(batch.knowledge))
    texts = list(batch.texts())
    texts.extend(_labels(batch))
    joined = _SEP.join(t[2] for t in texts)
    classes = _ascii_classes(joined)  # read by the words scan and the shapes scan
    found = [(*texts[i], a, b, v) for i, a, b, v in scan_texts([(t[2], t[3]) for t in texts], m, classes)
             # a label may be all lowercase ("open models", "chatgpt"): no casing slip there
             if not (texts[i][3] == "topic" and texts[i][2][a:b].islower())]
    found += _lowercase_names(texts, found, m)
    found += _lowercased_name_words(texts, joined, found, m)
    if _GLUED_NUMBER.search(joined):
        found += _numbers_run_into_names(texts, found, m)
    if "/" in joined:
        starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
        for a, b, v in _slash_names(joined, m):
            i = bisect.bisect_right(starts, a) - 1
            ep, path, text, kind = texts[i]
            if _plausible(joined, a, b, joined[a:b], v, kind, m):
                found.append((ep, path, text, kind, a - starts[i], b - starts[i], v))
    extra = list(_shapes(joined, m, classes[1]))
    if m.literal_misspellings is not None:
        extra += _literal_misspellings(joined, m)
    extra += _maker_sound_alikes(joined, m)
    extra += _spoken_versions(joined, m)
    if " " in joined:
        extra += _spelled_letters(joined, m)
    runs = _digit_runs(classes[0])  # (the numbers of the texts: versions, sizes, "11 Labs")
    versioned = []
    if runs:
        versioned = list(_versioned_sound_alikes(joined, m, runs))
        extra += versioned
        extra += _comma_versions(joined, m, runs)
    if extra:
        starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
        taken = {}
        for row in found:
            taken.setdefault(id(row[0]), []).append((row[1], row[4], row[5]))
        if versioned:
            found = _versions_over_fuzzy(found, versioned, texts, starts)
        for a, b, v in extra:
            i = bisect.bisect_right(starts, a) - 1
            ep, path, text, kind = texts[i]
            a, b = a - starts[i], b - starts[i]
            if any(p == path and a < y and x < b for p, x, y in taken.get(id(ep), ())):
                continue  # the words scan (or another shape) found a name here already
            taken.setdefault(id(ep), []).append((path, a, b))
            if kind == "topic" and text[a:b].islower():
                continue
            if kind != "name" and _cut_by_window(text, a, b, m, kind == "context"):
                continue  # a name cut by a window's edge ("... from Bloomberg L.P" of "Bloomberg L.P.")
            found.append((ep, path, text, kind, a, b, v))
    if "'s " in joined or "’s " in joined:
        found += _words_after_their_maker(joined, texts, found, m)
    if (twins := _versioned_twins(m.gl)) and any(form in joined for form in twins):
        found += _twins_beside_their_maker(joined, texts, found, m, twins)
    found = _names_the_context_denies(texts, found, m)
    if found:
        found = _words_the_episode_does_not_support(texts, found, m)
    if found:
        found = _other_meanings(found, batch)
    if any(row[6].kind == "fuzzy" for row in found):
        found = _names_both_passes_write(found, batch)
    if any(row[6].kind in ("fuzzy", "known") for row in found):
        from .entity_noise import noise_words  # (entity_noise imports this module)

        noise = noise_words(batch.knowledge)
        given = noise.first_names
        # the words of well-known people's names outside the field ("Macron" of Emmanuel Macron,
        # one letter from Micron): such a word is that person's name, wherever it stands
        others = _people_words(id(noise), noise, m.gl) if any(row[6].kind == "fuzzy" for row in found) else frozenset()
        # (nor is a country's adjective a slip: "Korean" is no Kore.ai, "Finnish" no Finish; nor
        # a place's name: "Korea's" is no Krea's)
        found = [row for row in found if not _surname_after_given_name(row, given, m)
                 and not (row[6].kind == "fuzzy" and (row[2][row[4]:row[5]] in others
                                                      or row[2][row[4]:row[5]] in noise.demonyms
                                                      or row[2][row[4]:row[5]].lower() in noise.generic_words
                                                      or _place_name(row[2][row[4]:row[5]], noise)))]
    by_ep = _texts_by_episode(texts)
    # each episode's texts joined, and how often they write each run of capitalised words: read
    # by the rules below
    units = {ep_id: (ep_joined, _name_units(ep_joined)) for ep_id, rows in by_ep.items()
             if (ep_joined := "\n".join(row[2] for row in rows))}
    if any(row[6].kind == "fuzzy" for row in found):
        found = _names_the_episode_owns(found, units)
        found = _longer_names_listed(found, batch, m)
    # (nor is a word in lowercase that a context window cuts at its end a name miscased: "but the
    # yi" of "yield" is no Yi)
    found = [row for row in found if not (row[3] == "context" and row[6].kind == "casing"
                                          and row[2][row[4]:row[5]].islower() and row[5] == len(row[2].rstrip()))]
    found += _spelt_otherwise(batch, by_ep, found, m)
    found += _words_for_names_written(batch, by_ep, units, found, m)
    found += _written_otherwise_by_most(by_ep, units, found, m)
    found += _written_unlike_the_transcript(by_ep, units, found, m)
    found += _versions_run_in(by_ep, units, found)
    found += _surnames_heard_beside_their_firm(by_ep, units, found, m)
    found += _people_heard_beside_their_firm(by_ep, units, found, m)
    if runs:
        found += _versions_the_episode_names(joined, texts, runs, units, found, m)
    found += _names_their_window_flags(texts, found)
    return found + _windows_their_name_flags(texts, found)


@lru_cache(maxsize=4)
def _given_names(gl: Glossary) -> dict[str, list[tuple[str, Entry]]]:
    """Given name -> [(surname, entry)] of the glossary's people of two words whose firm it knows."""
    people: dict[str, list[tuple[str, Entry]]] = {}
    for e in gl.entries:
        if e.kind == "person" and e.maker and e.name.count(" ") == 1:
            given, surname = e.name.split(" ")
            if given[:1].isupper() and given[1:].islower() and len(surname) >= 6 and surname.isalpha():
                people.setdefault(given, []).append((surname, e))
    return people


def _surnames_heard_beside_their_firm(by_ep: dict[int, list], units: dict, found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("fuzzy")) of a person's name of the glossary
    written with the given name right and the surname two slips off, in an episode that names the
    person's firm ("Craig Federici" in an episode on Apple, "Carl Ashenbach" in one on Workday): the
    speech recogniser's spelling of a surname it heard. Alone, a surname two slips off is another
    person's ("Sam Hartman"); `_fuzzy_misfit` lets only one through, or two of the same length and
    first letter. Not a surname that is an English word or a name of the glossary, nor one an
    episode writes beside another given name too (a family of its own). One scan of each episode's
    joined texts; its texts are looked at only for the few names found so."""
    people = m.given_names
    if not people:
        return []
    taken = {(id(row[0]), row[1], row[4]) for row in found}
    near: dict[tuple[str, str], list] = {}  # (given name, surname) -> the people it may be a slip of
    out = []
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        episode, counts = units[ep_id]
        slips = {}
        for u in counts:  # (the episode's runs of capitalised words, counted once: no scan of its own)
            given, _, surname = u.partition(" ")
            if given not in people or not surname.isalpha() or not surname[1:].islower() or u in m.gl.accepted:
                continue  # (nor a person's name the glossary accepts: "Jarek Kutyłowski" beside its ASCII form)
            pair = (given, surname)
            if pair not in near:
                near[pair] = _surname_slip_of(given, surname, people, m)
            if near[pair]:
                slips[pair] = next((e for e in near[pair] if _firm_named(e, episode, m)), None)
        for (given, surname), entry in slips.items():
            if entry is None or re.search(rf"(?<![\w'’.-])(?!{given} )[A-Z][a-z]+ {surname}(?![\w-])", episode):
                continue  # (the surname with another given name too: a family's)
            out += _person_written_so(rows, f"{given} {surname}", entry, taken, m)
    return out


def _person_written_so(rows: list, written: str, entry: Entry, taken: set, m: NameMatcher) -> list:
    """The rows (`_surnames_heard_beside_their_firm`'s) of each place the episode's texts `rows`
    write the person's name as `written`: not in a text that writes the right name beside it
    (another person: "Ken Griffey"), nor where another finding stands (`taken`, added to), nor a
    name a context window cuts ("Larry Elliso")."""
    phrase = regexcache.compile(rf"(?<![\w'’.-]){re.escape(written)}(?![\w'’-])")
    out = []
    for ep, path, text, kind in rows:
        if entry.name in text:
            continue
        for hit in phrase.finditer(text):
            if (id(ep), path, hit.start()) in taken or (
                    kind != "name" and _cut_by_window(text, hit.start(), hit.end(), m, kind == "context")):
                continue
            taken.add((id(ep), path, hit.start()))
            out.append((ep, path, text, kind, hit.start(), hit.end(), Verdict("fuzzy", entry, entry.name)))
    return out


def _surname_slip_of(given: str, surname: str, people: dict, m: NameMatcher) -> list:
    """The glossary's people of the given name whose surname `surname` is two slips from at most,
    with the same first sound: none for a surname that is an English word or a glossary name."""
    if surname in m.gl.accepted or is_common_word(surname) or m.gl.lookup(surname) is not None:
        return []
    return [entry for right, entry in people[given]
            if surname != right and OSA.distance(surname.lower(), right.lower()) <= 2
            and (phonetic(surname.lower())[:1] == phonetic(right.lower())[:1]
                 or (surname[0] in "AEIOU" and right[0] in "AEIOU"))]


@lru_cache(maxsize=4)
def _two_word_people(gl: Glossary) -> tuple[dict, dict]:
    """The glossary's people of two words whose firm it knows, by given name and by surname:
    ({given: [(surname, entry)]}, {surname: [(given, entry)]})."""
    by_given: dict[str, list[tuple[str, Entry]]] = {}
    by_surname: dict[str, list[tuple[str, Entry]]] = {}
    for e in gl.entries:
        if e.kind == "person" and e.maker and e.name.count(" ") == 1:
            given, surname = e.name.split(" ")
            if given.isalpha() and surname.isalpha() and given[:1].isupper() and surname[:1].isupper():
                by_given.setdefault(given, []).append((surname, e))
                by_surname.setdefault(surname, []).append((given, e))
    return by_given, by_surname


def _pinyin_key(word: str) -> str:
    """A lowercase word with a first pinyin "x", "q", "zh" as English writes the sound ("Xu" and
    "Shu" -> "shu"; "Zhipu" and "Jipu" -> "jipu")."""
    for heard, written in _PINYIN_INITIALS:
        if word.startswith(written):
            return heard + word[len(written):]
    return word


def _heard_as(word: str, right: str) -> bool:
    """Is the name word `word` the word `right` as a speech recogniser hears it: two slips at
    most, the same sound (`phonetic`, a first pinyin letter as English writes it: "Shu" for Xu),
    and the same first letter or sound ("Dai" for Dye, "Lee" for Li, "Dow" for Dao, "Leung" for
    Liang, "Ty" for Tye)? Not the word itself."""
    if word == right:
        return False
    w, r = _pinyin_key(word.lower()), _pinyin_key(right.lower())
    return (OSA.distance(w, r) <= 2 and phonetic(w) == phonetic(r)
            and (w[0] == r[0] or _same_onset(w[0], r[0])) and len(phonetic(r)) >= 1)


def _people_heard_beside_their_firm(by_ep: dict[int, list], units: dict, found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("fuzzy")) of a person's name of the glossary
    of two words, one of them written right and the other as it sounds (`_heard_as`), in an episode
    that names the person's firm: a short surname ("Alan Dai" for Alan Dye in an episode on Meta,
    "Robin Lee" for Robin Li in one on Baidu, "Eric Shu" for Huawei's Eric Xu), which
    `_surnames_heard_beside_their_firm` leaves alone, or the first word ("Leung Wenfeng" for
    DeepSeek's Liang Wenfeng, "Ty Brady" for Tye Brady). Not where the text writes the right
    name in the same text, nor a name the glossary knows, nor a surname the episode writes
    beside another given name (a family's). The person's right name elsewhere in the episode
    says who is meant as well as their firm does."""
    by_given, by_surname = _two_word_people(m.gl)
    taken = {(id(row[0]), row[1], row[4]) for row in found}
    out = []
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        episode, counts = units[ep_id]
        slips = {}
        for u in counts:
            first, _, second = u.partition(" ")
            if not second or " " in second or not first.isalpha() or not second.isalpha() or u in m.gl.accepted \
                    or m.gl.lookup(u) is not None:
                continue
            heard = [e for right, e in by_given.get(first, ()) if len(right) < 6 and _heard_as(second, right)]
            heard += [e for right, e in by_surname.get(second, ()) if _heard_as(first, right)]
            # (the person's right name elsewhere in the episode says who is meant, as their firm does)
            entry = next((e for e in heard if e.name in episode or _firm_named(e, episode, m)), None)
            if entry is not None:
                slips[u] = entry
        for u, entry in slips.items():
            first, second = u.split(" ")
            if second != entry.name.split(" ")[1] and re.search(
                    rf"(?<![\w'’.-])(?!{first} )[A-Z][a-z]+ {second}(?![\w-])", episode):
                continue  # (the surname as written with another given name too: a family's)
            out += _person_written_so(rows, u, entry, taken, m)
    return out


def _firm_named(entry: Entry, episode: str, m: NameMatcher) -> bool:
    """Does the episode's text name the person's firm, in any of its accepted forms?"""
    firm = m.gl.lookup(entry.maker)
    names = {entry.maker, *(firm.accepted if firm is not None else ())}
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", episode) for n in names if n)


_WORD_SPACE_VERSION = regexcache.compile(r"(?<![\w'’.-])([A-Z][a-z]+) (\d+(?:\.\d+)?)(?![\w.'’-]*\w)")


def _versions_the_episode_names(joined: str, texts: list, runs: list, units: dict, found: list,
                                m: NameMatcher) -> list:
    """A word before a plain number, heard for a model family the same episode writes with that
    number ("Jeannie 3" in a quote of an episode whose impact reason writes "Genie 3"): alone,
    a word before a number says nothing ("Cloud 9"); the episode's right name with the same
    version says which model was meant. The word must sound as the family does. Tried only at
    the batch's digit runs (`runs`, in `joined`) after a space and a capitalised word."""
    families = m.versioned_families
    any_version = families.get("*", ())
    starts = None
    added: list = []
    for at, _ in runs:
        if at < 3 or joined[at - 1] != " " or not joined[at - 2].islower():
            continue
        k = at - 2
        while k and joined[k - 1].isalpha():
            k -= 1
        hit = _WORD_SPACE_VERSION.match(joined, k)
        if hit is None:
            continue
        word, version = hit.group(1), hit.group(2)
        key = norm_key(word)
        sound = phonetic(key)
        candidates = [o for o in (*families.get(version.lower(), ()), *any_version)
                      if key != o[1] and sound == o[2] and _vowels_fit(key, o[1])]
        if not candidates or word in m.gl.accepted or m.gl.lookup(word) is not None:
            continue
        if starts is None:
            starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
        i = bisect.bisect_right(starts, k) - 1
        ep, path, text, kind = texts[i]
        episode = units.get(id(ep), ("",))[0]
        family = next((o for o in candidates if f"{o[0]} {version}" in episode or f"{o[0]}-{version}" in episode), None)
        a, b = hit.start(1) - starts[i], hit.end(1) - starts[i]
        if family is None or kind == "topic" or any(
                r[0] is ep and r[1] == path and r[4] < b and a < r[5] for r in found):
            continue  # (a word another rule has flagged)
        added.append((ep, path, text, kind, a, b, Verdict("fuzzy", family[3], family[0])))
    return added


def _names_their_window_flags(texts: list, found: list) -> list:
    """An entity's name taken from where its own context flags a misspelling, the name not flagged
    itself: the name is that slip ("Cling from Kuaishou" in the window of the NER pass's "Cling",
    "Google's Imagine 4" in that of "Imagine 4"; the window's words told what the name alone
    cannot)."""
    flagged = {(id(row[0]), row[1]) for row in found if row[3] == "name"}
    names = {(id(row[0]), row[1]): row[2] for row in texts if row[3] == "name"}
    added: list = []
    for ep, path, text, kind, a, b, v in found:
        if kind != "context" or not path.endswith("].context"):
            continue
        name_path = path[:-len("context")] + "name"
        name = names.get((id(ep), name_path))
        if not name or (id(ep), name_path) in flagged:
            continue
        at = text.find(name, max(0, b - len(name)))
        while at != -1 and at <= a:
            if (at + len(name) >= b and not text[at - 1:at].isalnum()
                    and not text[at + len(name):at + len(name) + 1].isalnum()):
                added.append((ep, name_path, name, "name", a - at, b - at, v))
                flagged.add((id(ep), name_path))
                break
            at = text.find(name, at + 1)
    return added


_NAME_WORD_BEFORE = regexcache.compile(r"(?<![.!?:] )(?<![.!?:])\b([A-Z][\w.&'’-]*)[ \t]+\Z")
_NAME_WORD_NEXT = regexcache.compile(r"[ \t]+[A-Z]")


def _windows_their_name_flags(texts: list, found: list) -> list:
    """The same slip in an entity's context where its name is flagged and the context writes the
    name word for word: the window is the transcript the NER pass took the name from ("Zipu put out
    GLM 4.6" in the window of the entity "Zipu"), where the short word alone reads as no name."""
    named = [row for row in found if row[3] == "name" and row[1].endswith("].name")]
    if not named:
        return []
    contexts = {(id(row[0]), row[1]): row for row in texts if row[3] == "context"}
    taken = {(id(row[0]), row[1]) for row in found if row[3] == "context"}
    added: list = []
    for ep, path, text, _kind, a, b, v in named:
        where = (id(ep), path[:-len("name")] + "context")
        if where in taken or where not in contexts or (a, b) != (0, len(text)):
            continue
        cep, cpath, context, ckind = contexts[where]
        at = context.find(text)
        while at != -1:
            end = at + len(text)
            if not context[at - 1:at].isalnum() and not context[end:end + 1].isalnum() \
                    and not ((before := _NAME_WORD_BEFORE.search(context, max(0, at - 40), at))
                             and not zipf_at_least(before.group(1).lower(), _EVERYDAY_ZIPF - 1)) \
                    and not _NAME_WORD_NEXT.match(context, end):
                # (not a word of a longer name there: "Marvel Studios licensed ...", "Rick Caruso";
                # an everyday word before it opens the sentence: "Meanwhile Hey Jen and ...")
                added.append((cep, cpath, context, ckind, at, end, v))
                taken.add(where)
                break
            at = context.find(text, at + 1)
    return added


def _place_name(span: str, noise) -> bool:
    """Is the span a country's name as the entity-noise rules list them ("Korea", "Korea's"),
    capitalised? (Not a city's: "Cusco 9000 switches" is a slip of Cisco.)"""
    if not span[:1].isupper():
        return False
    low = span.lower()
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    return low in noise.countries


def _people_words(noise_id: int, noise, gl: Glossary) -> frozenset[str]:
    """The words of four letters or more of the entity-noise rules' well-known people's names that
    are no glossary spelling (computed once per rule set and glossary: `noise_id` is the rules' id)."""
    key = (noise_id, id(gl))
    if key not in _PEOPLE_WORDS:
        if len(_PEOPLE_WORDS) > 4:
            _PEOPLE_WORDS.clear()
        _PEOPLE_WORDS[key] = (noise, gl, frozenset(w for name in noise.people for w in name.split()
                                                   if len(w) >= 4 and w not in gl.accepted))
    return _PEOPLE_WORDS[key][2]


_PEOPLE_WORDS: dict[tuple[int, int], tuple] = {}  # (the rules and glossary kept alive beside their ids)


def _texts_by_episode(texts: list) -> dict[int, list]:
    """The texts (topics aside) of each episode (`id`), for M304 and M305."""
    by_ep: dict[int, list] = {}
    for row in texts:
        if row[3] != "topic":
            by_ep.setdefault(id(row[0]), []).append(row)
    return by_ep


# --- M303: an English word heard for a name the episode writes --------------------------------

_ONE_CAPITALISED_WORD = regexcache.compile(r"[A-Z][a-z]+")
_CAPITALISED_BEFORE = regexcache.compile(r"([A-Z][\w'’&.-]*)[ \t]+$")
_CAPITALISED_AFTER = regexcache.compile(r"[ \t]+[A-Z0-9]")
# after a word that opens a sentence: what makes it the sentence's subject, a name ("Cling was the
# best", "Synopsis and Ansys closed", "And Marvel?"), not the word itself ("Humane treatment")
_SUBJECT_AFTER = regexcache.compile(
    r"(?:['’]s\b|[ \t]*[?,;]|[ \t]*\.(?!\w)|[ \t]+(?:is|was|has|had|and|or|will|would|can|could|says|said|"
    r"raised|launched|built|builds|makes|made|sells|sold|ships|shipped|closed|reported|announced|won|lost|"
    r"does|did|just|also|now|still|already)\b)")


def _words_for_names_written(batch, by_ep: dict[int, list], units: dict, found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("fuzzy")) of each English word an episode
    writes, capitalised and alone, where a name of the glossary that it writes right at least as
    often is one slip from it: speech recognition wrote the word it knew for the name it heard
    ("And Marvel? Marvell has ...", "the model they built with Runaway", "Cling was the best",
    "Lambda and Caruso" beside Runway, Kling and Crusoe). The fuzzy rules leave such words alone
    outside a name's context, since most are words; the episode's own spelling of the name is the
    context here. Only a word the NER pass lists as an entity's whole name (it took the word for a
    name: "Marvel" listed beside "Marvell"), or a rarer word that the episode writes far less often
    than the name (at least three times, and twice as often); not a word another entry of the glossary spells, nor
    one the LLM pass lists as an entity (it knows the name), nor a word opening a sentence unless a
    verb, a possessive, a conjunction or the sentence's end follows it, nor a person's word, a
    demonym or a given name."""
    gl = m.gl
    out = []
    judged = {(id(row[0]), row[1], row[4]) for row in found}
    listed: dict[int, set] = {}
    heard: dict[int, set] = {}  # the NER pass's names: the word taken for a name's entity
    for ep_i, name, source in batch.rows("entities", "ep", "name", "source"):
        if isinstance(name, str):
            (listed if source == "llm_enhanced" else heard).setdefault(id(batch.episodes[ep_i]), set()).add(name.strip())
    noise = None
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        # (the words of five letters or more, capitalised only, that the episode writes; alone
        # or in a run of capitalised words: which stand alone is asked of each place below)
        counts = {u: n for u, n in units[ep_id][1].items() if len(u) >= 4 and _ONE_CAPITALISED_WORD.fullmatch(u)}
        if len(counts) < 2:
            continue
        names = [w for w, n in counts.items() if n >= 2 and len(w) >= 5 and w in gl.accepted]
        if not names:
            continue
        own, ner = listed.get(ep_id, ()), heard.get(ep_id, ())
        # (or a rarer word, a surname more often, that the episode writes far less often than the
        # name: "neoclouds: Caruso, Lambda" beside four "Crusoe")
        words = [w for w in counts if (w in ner or not zipf_at_least(w.lower(), _RARE_WORD_ZIPF))
                 and w not in gl.accepted and w not in own and zipf_at_least(w.lower(), WORDLIKE_ZIPF)]
        if not words:
            continue
        # (the near pairs from rapidfuzz's matrix of distances; the slower tests on those only)
        keys = [_letters_key(w) for w in names]
        dist = process.cdist([w.lower() for w in words], keys, scorer=OSA.distance, score_cutoff=2, workers=1)
        slips: dict[str, str] = {}
        for i, j in zip(*((dist >= 1) & (dist <= 2)).nonzero()):
            w, right = words[i], names[j]
            if w not in slips and counts[right] >= (counts[w] if w in ner else max(3, 2 * counts[w])) \
                    and _word_slip_of(w.lower(), keys[j]) and gl.lookup(w) is None:
                slips[w] = right
        if not slips:
            continue
        if noise is None:
            from .entity_noise import noise_words  # (entity_noise imports this module)

            noise = noise_words(batch.knowledge)
            others = _people_words(id(noise), noise, gl)
        slips = {w: r for w, r in slips.items()
                 if w not in others and w not in noise.demonyms and w not in noise.first_names}
        if not slips:
            continue
        pattern = regexcache.compile(r"(?<![\w'’.&-])(?:" + "|".join(map(re.escape, sorted(slips))) + r")(?![\w'’&-]|\.\w)")
        for ep, path, text, kind in rows:
            for hit in pattern.finditer(text):
                a, b = hit.span()
                if (ep_id, path, a) in judged or not _said_as_name(text, a, b, kind):
                    continue
                right = slips[hit.group()]
                out.append((ep, path, text, kind, a, b, Verdict("fuzzy", gl.lookup(right), right)))
    return out


def _word_slip_of(word: str, key: str) -> bool:
    """Is the lowercase word one slip from the name's key (a letter more, less, other or swapped),
    or two where they sound alike and the name has six letters or more ("caruso", "crusoe"), with
    the same first sound, and no other form of it (a plural)?"""
    if abs(len(word) - len(key)) > 2 or _same_name(word, key) or _same_name(key, word):
        return False
    d = OSA.distance(word, key, score_cutoff=2)
    if d > 1 and (len(key) < 6 or d > 2 or phonetic(word) != phonetic(key)) and _as_heard(word) != _as_heard(key):
        return False  # (but a word of the name's very sounds: "cacao" for Kakao)
    return word[0] == key[0] or phonetic(word)[:1] == phonetic(key)[:1]


def _said_as_name(text: str, a: int, b: int, kind: str) -> bool:
    """Does the capitalised word at text[a:b] stand as a name: an entity's whole name, or a word
    inside a sentence that no capitalised word joins to another name, or a sentence's first word
    (after an opener such as "And") that a verb, a possessive, a conjunction or the end follows?"""
    if kind == "name":
        return a == 0 and b == len(text.rstrip())
    if _CAPITALISED_AFTER.match(text, b):
        return False
    start = a
    before = _CAPITALISED_BEFORE.search(text, max(0, a - 40), a)
    if before is not None:
        if not (_sentence_start(text, before.start()) and zipf_at_least(before.group(1).lower(), _OPENER_ZIPF)):
            return False  # (another name's word: "Rick Caruso", "The Runaway")
        start = before.start()
    return not _sentence_start(text, start) or bool(_SUBJECT_AFTER.match(text, b))


# --- M304: a name the episode's LLM pass spells otherwise ---------------------------------------

# a capitalised token: a word with the digits, dots and hyphens of a name ("Lumura", "Nutz-3", "Qure.ai")
# (no look-behind: a token inside a word, "Phone" of "iPhone", is a candidate the spans' pattern rejects)
_NAME_TOKEN = regexcache.compile(r"[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_ASCII_NOT_ALNUM = {c: None for c in range(128) if not chr(c).isalnum()}
_KEY_DROP = regexcache.compile(r"[^a-z0-9]+")
_FOLLOWING_WORD = regexcache.compile(r"[ -]([A-Za-z]+)")
_COINED_ZIPF = 3.0  # M304: a word of a name rarer than this in English is the name's own ("Healthineers", "Ginkgo")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_WORDS_OF = regexcache.compile(r"[^\W_]+")  # (letters of any script: "schrödinger")


def _letters_key(name: str) -> str:
    """A name's letters and digits, lowercased, accents dropped ("Schrödinger" -> "schrodinger")."""
    if name.isascii():
        return name.lower().translate(_ASCII_NOT_ALNUM)
    return _KEY_DROP.sub("", unicodedata.normalize("NFKD", name).lower())


def _coined(name: str, gl: Glossary) -> bool:
    """Has the name a word of its own, no English word or glossary name ("Healthineers")?"""
    return any(len(w) >= 4 and not zipf_at_least(w.lower(), _COINED_ZIPF) and gl.lookup(w) is None
               for w in name.split())


def _one_word_unheard(words: list[str], joined: str, listed: set, gl: Glossary):
    """The spellings in `joined` of a name of capitalised words (`words`, no word of its own) with
    one word written otherwise, the others as they are: a word that is no English word or common
    name one or two slips from the name's word, or three that sound the same ("Marco Rubbio" of
    Marco Rubio, "Tomek Corbeck" of Tomek Korbak); an English word or common name only where it
    sounds the same and is at most two slips off ("Anthony Hawk" of Anthony Hauck)."""
    for i, w in enumerate(words):
        wk = _letters_key(w)
        if len(wk) < 4 or not w.isalpha():
            continue
        for t, whole in _in_slot(joined, words, i):
            if t == w or t in listed or gl.lookup(t) is not None:
                continue
            tk = _letters_key(t)
            d = OSA.distance(tk, wk, score_cutoff=3)
            if d > 3:
                continue
            if not is_common_word(t.lower()):
                if _slip_of(tk, wk) or _heard_three(tk, wk, d):
                    yield whole
            elif d <= 2 and not _same_name(tk, wk) and phonetic(tk) == phonetic(wk):
                yield whole


_SLOT_WORD_AFTER = regexcache.compile(r"[A-Z][a-z]+(?![\w-])")
_SLOT_WORD_BEFORE = regexcache.compile(r"(?<![\w-])[A-Z][a-z]+\Z")


def _in_slot(joined: str, words: list[str], i: int):
    """(word, phrase) of each capitalised word that stands in `joined` where words[i] would, the
    other words of the name around it as they are; found from the other words' literal text (a
    search in C), not by a regex tried at every position."""
    if i > 0:
        head = " ".join(words[:i]) + " "
        tail = (" " + " ".join(words[i + 1:])) if i + 1 < len(words) else ""
        p = joined.find(head)
        while p != -1:
            if p == 0 or not (joined[p - 1].isalnum() or joined[p - 1] == "-"):
                m = _SLOT_WORD_AFTER.match(joined, p + len(head))
                if m is not None and joined.startswith(tail, m.end()) and (
                        not tail or not (joined[m.end() + len(tail):m.end() + len(tail) + 1].isalnum())):
                    yield m.group(), joined[p:m.end() + len(tail)]
            p = joined.find(head, p + 1)
    else:
        tail = " " + " ".join(words[1:])
        p = joined.find(tail)
        while p != -1:
            end = p + len(tail)
            if not joined[end:end + 1].isalnum() and joined[end:end + 1] != "-":
                m = _SLOT_WORD_BEFORE.search(joined, max(0, p - 40), p)
                if m is not None:
                    yield m.group(), joined[m.start():end]
            p = joined.find(tail, p + 1)


def _heard_three(t: str, key: str, d: int) -> bool:
    """Are two letters keys of six letters or more three slips apart that sound the same
    ("corbeck" of "korbak")? A word of a longer name, heard."""
    return d == 3 and len(t) >= 6 and len(key) >= 6 and phonetic(t) == phonetic(key)


def _same_name(t: str, key: str) -> bool:
    """Are two letters keys one name: equal, the same but for a version's digits ("Chai" of
    "Chai-2" is its maker), a plural's "s" ("NotePins") or an ending speech drops ("Gnani" of
    "Gnani.ai")?"""
    return (t == key or t.translate(_NO_DIGITS) == key.translate(_NO_DIGITS) or t in (key + "s", key + "es")
            or (key.startswith(t) and key[len(t):] in _NAME_ENDINGS))


# the ends a firm's name drops in speech ("Gnani" of "Gnani.ai", "Latent" of "Latent Labs")
_NAME_ENDINGS = frozenset(("ai", "io", "hq", "app", "co", "inc", "labs", "lab", "tech", "health", "bio", "robotics"))


def _slip_of(t: str, key: str) -> bool:
    """Is the token's letters key `t` one or two slips from the name's key (one for a key under
    eight letters; two only as heard), not the name itself nor another form of it, with the same
    first sound?"""
    if not t or abs(len(t) - len(key)) > 2 or _same_name(t, key):
        return False
    d = OSA.distance(t, key, score_cutoff=2)
    if d > 1 and (len(key) < 8 or d > 2 or phonetic(t) != phonetic(key)):
        return False  # (two slips only as heard: "Medison" is no "Meditron")
    return t[0] == key[0] or phonetic(t)[:1] == phonetic(key)[:1]


def _tier_variants(x: str, y: str) -> bool:
    """Are two spellings one stem with another short tier or model suffix after a hyphen, on one of
    them or both ("CoWoS-L" and "CoWoS-S", "CoWoS-L" and "CoWoS")? Variants of a product, no slip."""
    sx, hx, tx = x.rpartition("-")
    sy, hy, ty = y.rpartition("-")
    return bool((hx and sx == y and 0 < len(tx) <= 3) or (hy and sy == x and 0 < len(ty) <= 3)
                or (hx and hy and sx == sy and 0 < len(tx) <= 3 and 0 < len(ty) <= 3))


def _capitalised_words(span: str) -> bool:
    """Does every word of the span start with a capital letter ("Wee Ride", not "we ride")?"""
    return all(w[:1].isupper() for w in span.split())


def _words_of_name(span: str, name: str) -> bool:
    """Are the span's words the name's first or last words, in any case and punctuation ("Databricks
    Inc" of "Databricks Inc.", "Generate Biomedicines" of "Generate:Biomedicines", "Tesla Optimus
    Gen" of "Tesla Optimus Gen 3", "Prior authorization")? No slip: the name as written otherwise."""
    mine, theirs = _WORDS_OF.findall(span.lower()), _WORDS_OF.findall(name.lower())
    return mine == theirs[:len(mine)] or mine == theirs[len(theirs) - len(mine):]


def _written_hits(ep, rows: list, spellings, found: list):
    """(path, text, kind, start, end, spelling) of each whole occurrence of one of `spellings` (the
    longest first) in the episode's texts `rows`, where no finding of `found` on the same field
    overlaps it (the earlier verdict stands). For M304-M306."""
    pattern = re.compile(r"(?<![\w'’.-])(?:" + "|".join(map(re.escape, sorted(spellings, key=len, reverse=True)))
                         + r")(?![\w-]|\.\w)")
    for _, path, text, kind in rows:
        for hit in pattern.finditer(text):
            a, b = hit.span()
            if not any(r[0] is ep and r[1] == path and a < r[5] and r[4] < b for r in found):
                yield path, text, kind, a, b, hit.group(0)


def _spelt_otherwise(batch, by_ep: dict[int, list], found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("episode")) of each name the episode writes
    one or two slips from a name its LLM pass lists as an entity: the transcript's spelling of a
    name the glossary does not know, heard wrong ("Lumura" beside the LLM's "Lumora", "Open Trix"
    for "Opentrix", "Vantral Biosystems" for "Vantrel Biosystems", "Helios Med in ears" for "Helios
    Medineers"; a blind corpus's "Lunet", "Oakin" and "Insta Deep" before the glossary knew Lunit,
    Owkin and InstaDeep). The LLM pass writes the names it lists as it knows them; the NER
    pass and the quotes as speech recognition heard them. Not a name of the glossary (its own
    entries judge it) or another entity of the LLM pass, nor an English word without a digit
    ("Illicit" may be meant), nor a name that itself stands misspelled or hedged ("Lama 4", "X (or
    Y)"), nor one that starts lowercase or is an English word ("scite", "Unit"); nor a spelling an
    LLM entity's context uses ("Mercado Libre" with "(Mercado Livre in Brazil)")."""
    llm: dict[int, list[str]] = {}
    told: dict[int, list[str]] = {}  # the LLM pass's contexts: a spelling they use is one it knows
    own_context: dict[tuple[int, str], str] = {}  # (episode, LLM name) -> that entity's context
    for ep_i, name, context, source in batch.rows("entities", "ep", "name", "context", "source"):
        if source == "llm_enhanced" and isinstance(name, str):
            llm.setdefault(ep_i, []).append(name.strip())
            if isinstance(context, str):
                told.setdefault(ep_i, []).append(context)
                own_context[ep_i, name.strip()] = own_context.get((ep_i, name.strip()), "") + "\n" + context
    if not llm:
        return []
    gl = m.gl
    flagged = {(id(row[0]), row[2][row[4]:row[5]]) for row in found if row[3] == "name"}
    # (a name with a word of its own: one of English words and the glossary's names, "Scale Data
    # Foundry", "Gemini models", is heard as those words, and their slips are the glossary's)
    # A name of capitalised words only ("Marco Rubio", "Salt Typhoon") is read too, for a word of
    # it written as no English word or common name ("Marco Rubbio", "Tomek Corbeck"), or as one
    # that sounds the same ("Anthony Hawk"): the name's other words, as written, say which name it
    # is (`_one_word_unheard`).
    canons = {ep_i: canon for ep_i, names in llm.items()
              if (canon := [c for c in dict.fromkeys(names)
                            if c[:1].isupper() and "(" not in c and len(_letters_key(c)) >= 5
                            and gl.lookup(c) is None and (id(batch.episodes[ep_i]), c) not in flagged
                            and (_coined(c, gl) or _capitalised_words(c) and " " in c)])}
    if not canons:
        return []
    out = []
    for ep_i, canon in canons.items():
        ep = batch.episodes[ep_i]
        rows = by_ep.get(id(ep))
        if not rows:
            continue
        listed = set(llm[ep_i])
        joined = "\n".join(row[2] for row in rows)  # (no name of a text runs into the next)
        tokens = keys = None
        spans: dict[str, str] = {}  # the text as written -> the LLM's spelling
        for c in canon:
            key = _letters_key(c)
            words = c.split()
            if not _coined(c, gl):
                spans.update((s, c) for s in _one_word_unheard(words, joined, listed, gl) if s not in spans)
                continue
            if tokens is None:
                tokens = list(dict.fromkeys(_NAME_TOKEN.findall(joined)))
                keys = [_letters_key(t) for t in tokens]
            if len(words) == 1:
                for _, _, k in process.extract(key, keys, scorer=OSA.distance, score_cutoff=2, limit=None):
                    t = tokens[k]
                    if t not in listed and _slip_of(keys[k], key) and not _tier_variants(t, c) and (
                            any(ch.isdigit() for ch in t) or not is_common_word(t.lower())) and not (
                            c[-2:] in ("'s", "’s") and _letters_key(c[:-2]) == keys[k]):
                        # (a name with its possessive, "Shepard's", beside its stem "Shepard" is no slip)
                        spans.setdefault(t, c)
            else:
                # one word of several heard wrong ("Gingko Bioworks", "Christina Theodorus")
                for i, w in enumerate(words):
                    wk = _letters_key(w)
                    if len(wk) < 5 or zipf_at_least(w.lower(), _COINED_ZIPF) or gl.lookup(w) is not None:  # (its own words)
                        continue
                    for _, d, k in process.extract(wk, keys, scorer=OSA.distance, score_cutoff=3, limit=None):
                        t = tokens[k]
                        if t not in listed and (_slip_of(keys[k], wk) or _heard_three(keys[k], wk, d)) \
                                and not is_common_word(t.lower()):
                            spans.setdefault(" ".join([*words[:i], t, *words[i + 1:]]), c)
            # a name heard as several words ("Open Trons", "Siemens Health in ears"): from a token
            # the name's key starts with, the words after it, until their letters are the key's length
            for t, tk in zip(tokens, keys):
                # (a two-letter first word only capitalised, as a name's: "He Sai" for "Hesai")
                if len(tk) < 2 or (len(tk) == 2 and not t[0].isupper()) or len(tk) >= len(key) \
                        or not key.startswith(tk):
                    continue
                i = joined.find(t)
                while i != -1:
                    if joined.startswith(c, i):  # (the name itself, as the LLM writes it)
                        i = joined.find(t, i + len(c))
                        continue
                    j, got = i + len(t), tk
                    while len(got) < len(key) - 1:
                        w = _FOLLOWING_WORD.match(joined, j)
                        if w is None or len(got) + len(w.group(1)) > len(key) + 2:
                            break
                        j, got = w.end(), got + w.group(1).lower()
                    span = joined[i:j]
                    # (a slip of spacing, "Open Trons", or of spacing and one letter in a long name;
                    # one more slip where every word is capitalised as a name's and the letters sound
                    # the same: "Zep Trah" for "Zeptra")
                    if (j > i + len(t) and len(got) >= len(key) - 1 and not (got != key and _same_name(got, key))
                            and not _words_of_name(span, c)):
                        slips = 0 if len(key) < 8 else 1
                        d = OSA.distance(got, key, score_cutoff=slips + 1)
                        if d <= slips or (d == slips + 1 and _capitalised_words(span)
                                          and phonetic(got) == phonetic(key)):
                            spans.setdefault(span, c)
                    i = joined.find(t, i + 1)
        # (not a spelling the LLM pass writes itself in the name's own context: "Mercado Libre ...
        # (Mercado Livre in Brazil)"; another entity's context may have the slip: "Salt Typhon")
        contexts = "\n".join(told.get(ep_i, ()))
        spans = {s: c for s, c in spans.items()
                 if s not in listed and gl.lookup(s) is None and s not in own_context.get((ep_i, c), "")}
        if spans:
            # (nor a spelling the LLM pass writes in its own texts, the summary, the insights and the
            # impact reasons, where it never writes the spelling of its list: its list is the odd one,
            # "Hebia Matrix" listed beside "Hebbia Matrix runs one question ..." in its summary)
            own = [row[3] in _LLM_KINDS or row[1].startswith("insights[") for row in rows]
            written = "\n".join([contexts, *(row[2] for row, o in zip(rows, own) if o)])
            # (unless the transcript, the NER windows and the quotes, says the list's spelling: a
            # summary's "Kaiser Permanante" beside a window's "Kaiser Permanente")
            llm_contexts = set(told.get(ep_i, ()))
            said = "\n".join(row[2] for row, o in zip(rows, own)
                              if not o and row[3] in ("context", "text") and row[2] not in llm_contexts)
            spans = {s: c for s, c in spans.items() if not (s in written and c not in written and c not in said)}
        if spans and (body := body_text(ep)).strip():
            # (nor a spelling the body's transcript writes where it never writes the list's: the
            # list is the odd one, "Deborah Turnness" listed beside a transcript's "Deborah Turness";
            # the pipeline's own files carry no transcript in their body). The list's name is then
            # the slip, flagged where it is written, the transcript's spelling its fix.
            heard = {s for s, c in spans.items() if mentions(s, body) and not mentions(c, body)}
            relisted = {c: s for s, c in spans.items() if s in heard}
            spans = {s: c for s, c in spans.items() if s not in heard}
            spans.update((c, s) for c, s in relisted.items() if c not in spans)
        else:
            relisted = {}
        if not spans:
            continue
        # (where the glossary's verdict covers a spelling, it stands)
        for path, text, kind, a, b, written in _written_hits(ep, rows, spans, found):
            if kind == "context" and (b == len(text.rstrip()) or a == len(text) - len(text.lstrip())):
                continue  # (a name cut by the window's edge: "... Forum Mobility and Greenlan")
            out.append((ep, path, text, kind, a, b, Verdict("episode", None, spans[written], said=written in relisted)))
    return out


# --- M305: a name the episode writes otherwise most of the time --------------------------------

# a run of capitalised words, one to three of which may be a name ("Goldman Sacks", "Zest AI",
# "Vélez"); no digits (a version's name is the glossary's). For the counts only, so no look-behind
# (it would triple the scan's cost): a word's capitalised inside ("Phone" of "iPhone") counts too.
_RUN_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*+(?:[-.][^\W\d_]++)*+"
_CAP_RUN = regexcache.compile(rf"{_RUN_WORD}(?: {_RUN_WORD})*+")
_EXONYM_ZIPF = 2.5  # M305: a bare spelling this frequent in English is its own ("Zurich" of Zürich)
_MOJIBAKE_LEADS = frozenset("ÃÂâ")  # (a name broken by mojibake, "Dimonâ€™s", is the mojibake rule's)


def _mojibake_tail(u: str, joined: str) -> bool:
    """Does the name `u` end in a UTF-8 lead byte that the episode's text follows by a
    continuation byte, both read as Windows-1252 (a name broken by mojibake: "DragoÈ" of
    "DragoÈ™", Dragoș)?"""
    return "\u00c2" <= u[-1] <= "\u00f4" and re.search(re.escape(u) + CP1252_CONTINUATION, joined) is not None


def _word_runs(words: list[str]):
    """The runs of one to three consecutive words of `words`, joined by spaces."""
    for i in range(len(words)):
        for n in range(1, min(3, len(words) - i) + 1):
            yield " ".join(words[i:i + n])


def _name_units(joined: str) -> Counter:
    """How often the text writes each run of one to three capitalised words."""
    units: Counter = Counter()
    for run in _CAP_RUN.findall(joined):
        if " " in run:
            units.update(_word_runs(run.split(" ")))
        else:
            units[run] += 1
    return units


@lru_cache(maxsize=8)
def _glossary_phrases(gl: Glossary) -> frozenset:
    """The lowercase runs of one to three words of the glossary's accepted forms ("jassy", "andy
    jassy", "nvidia"): a spelling that is one of them is the glossary's, not a slip."""
    return frozenset(run for form in gl.accepted for run in _word_runs(form.lower().split()))


def _common_ascii(word: str) -> bool:
    """Is the word an ordinary English word (`COMMON_ZIPF`)? A word of other characters than ASCII
    letters ("Vélez", "Co-Pilot") is none: asked, it would make wordfreq load its whole list (0.1 s
    and 37 MB a process)."""
    return word.isascii() and word.isalpha() and zipf_at_least(word, COMMON_ZIPF)


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_PHRASE_WORD_ZIPF = 3.0  # a word of an ordinary phrase of two or more ("reinforcement" 3.43)


def _majority_pairs(units: Counter, joined: str, gl: Glossary) -> dict[str, str]:
    """{minority spelling: majority spelling} of the names an episode writes in two ways, one far
    more often: the same letters spaced, cased or accented otherwise ("Iron Clad", "Factset",
    "Velez" beside "Ironclad", "FactSet", "Vélez"), or one word one or two slips off ("Goldman
    Sacks", "Lemonaid", "Munich Ray" beside "Goldman Sachs", "Lemonade", "Munich Re")."""
    known = _glossary_phrases(gl)
    names = {}
    for u, n in units.items():
        if u[-1] in _MOJIBAKE_LEADS or "Ã" in u or "Â" in u or _mojibake_tail(u, joined):
            continue
        names[u] = n
    ordinary_memo: dict[str, bool] = {}

    def ordinary(u: str) -> bool:
        """Is the unit ordinary words, capitalised in a title or a label ("Usage-Based", "Data
        Centers"): English words all, that the episode also writes in lowercase? (Of two words or
        more, less common ones too: "Reinforcement-learning" beside "reinforcement learning".)"""
        if u not in ordinary_memo:
            low = u.lower()
            words = _WORDS_OF.findall(low)
            ordinary_memo[u] = low in joined and (
                all(_common_ascii(w) for w in words) if len(words) < 2 else
                all(w.isascii() and w.isalpha() and zipf_at_least(w, _PHRASE_WORD_ZIPF) for w in words))
        return ordinary_memo[u]

    pairs: dict[str, str] = {}
    keys = {u: _letters_key(u) for u in names}
    by_key: dict[str, list[str]] = {}
    for u in names:
        by_key.setdefault(keys[u], []).append(u)
    for key, forms in by_key.items():
        if len(forms) < 2 or len(key) < 4:
            continue
        forms = [f for f in forms if not (f.isupper() and len(f) > 1)]  # (capitals are a style: "LEMONADE")
        forms.sort(key=lambda f: (-names[f], f))
        top = forms[0] if forms else ""
        for f in forms[1:]:
            fw, tw = f.split(" "), top.split(" ")
            if f.lower() in known or (len(fw) == len(tw) and any(x != y and x in gl.accepted
                                                                 for x, y in zip(fw, tw))):
                continue  # (the glossary's spelling: "NVIDIA GPUs" beside "Nvidia GPUs")
            if len(fw) == len(tw) and all(x.isupper() and len(x) <= 4 for x, y in zip(fw, tw) if x != y):
                continue  # (an acronym in capitals, as English writes it: "Norm AI" beside "Norm Ai")
            if _strip_accents(f) == _strip_accents(top):
                # accents: speech and typing drop them, so a bare minority is the slip ("Velez"),
                # an accented one only beside a spelling the episode writes far more often ("Clío");
                # not a bare spelling English writes itself ("Zurich", "Montreal", "Jose")
                if f == _strip_accents(f):
                    if all(x.isascii() and x.isalpha() and zipf_at_least(x, _EXONYM_ZIPF) for x, y in zip(fw, tw) if x != y):
                        continue
                    least, ratio = 2, 2
                else:
                    least, ratio = 5, 5
            else:
                least, ratio = 3, 2.5  # (casing and spacing: "OTel" beside two "Otel" may be right)
            if names[top] >= least and names[top] >= ratio * names[f] and not ordinary(f) and not ordinary(top):
                pairs[f] = top
    # one word one or two slips off, the others the same: rapidfuzz's matrix of distances, among
    # units of as many words (a single word of English is no slip of a name, nor a name of it)
    groups: dict[int, list[str]] = {}
    for u in names:
        if " " in u or (len(keys[u]) >= 5 and not _common_ascii(u)):
            groups.setdefault(u.count(" "), []).append(u)
    hits = []
    for group in groups.values():
        tops = [u for u in group if names[u] >= 2]
        if not tops or len(group) < 2:
            continue
        dist = process.cdist([keys[u] for u in tops], [keys[u] for u in group], scorer=OSA.distance,
                             score_cutoff=2, workers=1)
        for i, j in zip(*((dist >= 1) & (dist <= 2)).nonzero()):
            top, f = tops[i], group[j]
            if names[top] >= 2 * names[f]:
                hits.append((-names[top], top, f))
    for _, top, f in sorted(hits):
        if f in pairs:
            continue
        diff = [(x, y) for x, y in zip(f.split(" "), top.split(" ")) if x != y]
        if len(diff) != 1:
            continue
        x, y = diff[0][0].lower(), diff[0][1].lower()
        if len(x) == 1 and len(y) == 1:
            continue  # (one letter or digit for another names another of a series: "Series B" beside "Series A")
        if diff[0][0] == "I" or (diff[0][0].isupper() and diff[0][1].isupper() and len(x) <= 5):
            continue  # (the pronoun after a name: "Before Sakana I was at Google"; another acronym:
            # "The TPU" beside "The LPU")
        if _tier_variants(x, y):
            continue  # (a product's variants: "CoWoS-L" beside "CoWoS")
        kx, ky = _letters_key(x), _letters_key(y)
        if _same_name(kx, ky) or _same_name(ky, kx):
            continue  # (a plural, a name's dropped end: "Reinsurer", "Humanoids")
        if any(long.startswith(short) and long[len(short):] in _ADJECTIVE_ENDS for short, long in ((kx, ky), (ky, kx))):
            continue  # (a place and its adjective: "Estonia" beside "Estonian", "Kenya" beside "Kenyan")
        if " " in top and all(_common_ascii(w) and len(w) >= 3 for w in (x, y)):
            continue  # (two words of English: "Latin American", "AI Mod" cut from "AI Mode")
        if f.lower() in known:
            continue  # (the glossary's spelling: "Jassy" beside two "Jassey", of Andy Jassy)
        if _slip_of(keys[f], keys[top]) and not ordinary(f) and not ordinary(top):
            pairs[f] = top
    return pairs


_ADJECTIVE_ENDS = frozenset(("n", "an", "ian", "ese", "ish", "i"))  # M305: a place's adjective after its name


# --- M306: a name the episode writes otherwise than its transcript ---------------------------------

def _transcript_pairs(written: Counter, heard: Counter, body: str, gl: Glossary) -> dict[str, str]:
    """{spelling of the fields: the body transcript's spelling} of the names the fields write in
    a way the transcript never does, where it writes the same letters spaced or cased otherwise
    ("Lib Gen" for its "LibGen") or a name one word of which is one slip off ("Katie Razall",
    "Routers Institute" for its "Katie Razzall", "Reuters Institute")."""
    known = _glossary_phrases(gl)
    lowered = body.lower()

    def unheard(u: str) -> bool:
        # (a spelling the transcript writes in any case is its own: "Data Centers" of "data centers")
        return u not in heard and u.lower() not in lowered and u.lower() not in known

    # (no name broken by mojibake, "Anthropicâ" of "Anthropicâ€™s": the mojibake rule's)
    written = [u for u in written if u[-1] not in _MOJIBAKE_LEADS and "Ã" not in u and "Â" not in u]
    forms: dict[str, list[str]] = {}
    for u in heard:
        forms.setdefault(_letters_key(u), []).append(u)
    pairs: dict[str, str] = {}
    for f in written:
        if not unheard(f):
            continue
        key = _letters_key(f)
        if len(key) < 4:
            continue
        same = forms.get(key)
        if same:
            # spaced or cased otherwise (not capitals for a style: "LEMONADE")
            # (nor accents dropped, as English writes the name: "Krakow" of Kraków)
            if len(same) == 1 and not (f.isupper() and len(f) > 1) and _strip_accents(f) != _strip_accents(same[0]) \
                    and not all(x.isupper() and len(x) <= 4 for x, y in zip(f.split(" "), same[0].split(" ")) if x != y):
                pairs[f] = same[0]
            continue
    # one word one slip off, the others the same: among units of as many words (a single word of
    # English is no slip of a name, nor a name of it)
    groups: dict[int, tuple[list[str], list[str]]] = {}
    for u in written:
        if u not in pairs and unheard(u) and (" " in u or (len(_letters_key(u)) >= 5 and not _common_ascii(u))):
            groups.setdefault(u.count(" "), ([], []))[0].append(u)
    for u in heard:
        if " " in u or (len(_letters_key(u)) >= 5 and not _common_ascii(u)):
            if u.count(" ") in groups:
                groups[u.count(" ")][1].append(u)
    for fs, tops in groups.values():
        if not fs or not tops:
            continue
        dist = process.cdist([_letters_key(u) for u in fs], [_letters_key(u) for u in tops], scorer=OSA.distance,
                             score_cutoff=2, workers=1)
        for i in range(len(fs)):
            near = [tops[j] for j in ((dist[i] >= 1) & (dist[i] <= 2)).nonzero()[0]]
            f = fs[i]
            fits = []
            for top in near:
                diff = [(x, y) for x, y in zip(f.split(" "), top.split(" ")) if x != y]
                if len(diff) != 1:
                    continue
                x, y = diff[0]
                kx, ky = _letters_key(x), _letters_key(y)
                if len(kx) < 3 or x == "I" or (x.isupper() and y.isupper() and len(kx) <= 5):
                    continue  # (a letter, the pronoun, another acronym: "The TPU" beside "The LPU")
                if _tier_variants(x, y) or _same_name(kx, ky) or _same_name(ky, kx) or any(
                        long.startswith(short) and long[len(short):] in _ADJECTIVE_ENDS for short, long in ((kx, ky), (ky, kx))):
                    continue  # (a variant, a plural, a place's adjective: "Reinsurer", "Kenyan")
                if _common_ascii(x) and _common_ascii(y):
                    continue  # (two words of English: "Latin American" beside "Latin America")
                if _slip_of(kx, ky):
                    fits.append(top)
            if len(fits) == 1:
                pairs[f] = fits[0]
    # a run that starts or ends on a word that opens or joins phrases is no name's ("Today Marisol
    # Quintanaar", "The Routers Institute"): the run without it stands for it
    trimmed: dict[str, str] = {}
    for f, top in pairs.items():
        fw, tw = f.split(" "), top.split(" ")
        while len(fw) > 1 and len(tw) > 1 and fw[0] == tw[0] and fw[0].lower() in _RUN_EDGE_WORDS:
            fw, tw = fw[1:], tw[1:]
        while len(fw) > 1 and len(tw) > 1 and fw[-1] == tw[-1] and fw[-1].lower() in _RUN_EDGE_WORDS:
            fw, tw = fw[:-1], tw[:-1]
        trimmed.setdefault(" ".join(fw), " ".join(tw))
    return trimmed


# M306: words that open a sentence or join phrases, capitalised at a sentence's start, no part of a name
_RUN_EDGE_WORDS = frozenset("""the a an and but or so then today now yes yeah well also of in on at for with to from by this
that these those as if when while after before because since here there what which who how why we they he she it you i
our their his her its my your""".split())


# a name run into its version ("DuckDB1.4", "Postgres18"): a name of four letters or more, with a
# lowercase one (no acronym's code: "GDDR7", "CASP14"), and the version's digits
_RUN_IN_VERSION = regexcache.compile(r"(?<![\w.-])([A-Z][A-Za-z]*[a-z][A-Za-z]*)(\d+(?:\.\d+)*)(?![\w-]|\.\w)")


def _versions_run_in(by_ep: dict[int, list], units: dict, found: list) -> list:
    """(episode, path, text, kind, start, end, Verdict) of each name the episode writes run into
    its version ("DuckDB1.4", "Postgres18") where it writes the two apart far more often (M305: at
    least twice as often, twice at least) or where the transcript in its body writes them apart and
    never together (M306). Many names are written together on purpose ("Qwen3", "Trainium2",
    "Books3"): the episode's own usage decides, and the glossary's names are M302's."""
    out = []
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        joined = units[ep_id][0]
        hits = {m.group(0): (m.group(1), m.group(2)) for m in _RUN_IN_VERSION.finditer(joined)
                if len(m.group(1)) >= 4}
        if not hits:
            continue
        ep = rows[0][0]
        body = body_text(ep)
        if len(body) < MIN_TRANSCRIPT:
            body = ""
        verdicts = {}
        for together, (name, version) in hits.items():
            apart = f"{name} {version}"
            n_together = _whole_count(joined, together) + _whole_count(body, together)
            n_apart = _whole_count(joined, apart) + _whole_count(body, apart)
            if n_apart >= 2 and n_apart >= 2 * n_together:
                verdicts[together] = Verdict("majority", None, apart)
            elif body and _whole_count(body, apart) and not _whole_count(body, together):
                verdicts[together] = Verdict("transcript", None, apart)
        if not verdicts:
            continue
        out += [(ep, path, text, kind, a, b, verdicts[together])
                for path, text, kind, a, b, together in _written_hits(ep, rows, verdicts, found)]
    return out


def _whole_count(text: str, name: str) -> int:
    """How often `text` writes `name` whole (no letter, digit or "." and digit around it)."""
    n, i = 0, text.find(name)
    while i != -1:
        j = i + len(name)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in ".-")) and not (
                j < len(text) and (text[j].isalnum() or (text[j] == "." and j + 1 < len(text) and text[j + 1].isdigit()))):
            n += 1
        i = text.find(name, i + 1)
    return n


def _written_unlike_the_transcript(by_ep: dict[int, list], units: dict, found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("transcript")) of each name the fields of an
    episode with a transcript in its body write as the transcript never does, beside the
    transcript's own spelling of it (`_transcript_pairs`). The transcript is what was said; a
    field that writes a name otherwise slipped. Not a name another rule judged, nor one cut by a
    context window's edge. The pipeline's own files carry no transcript in their body: the rule
    reads only files that do."""
    judged: dict[int, set] = {}
    for row in found:
        judged.setdefault(id(row[0]), set()).add(row[2][row[4]:row[5]])
    out = []
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        ep = rows[0][0]
        body = body_text(ep)
        if len(body) < MIN_TRANSCRIPT:
            continue
        done = judged.get(ep_id, set())
        pairs = {f: top for f, top in _transcript_pairs(units[ep_id][1], _name_units(body), body, m.gl).items()
                 if f not in done}
        if not pairs:
            continue
        for path, text, kind, a, b, written in _written_hits(ep, rows, pairs, found):
            top = pairs[written]
            if kind == "context":
                f_key, top_key = _letters_key(written), _letters_key(top)
                if (b == len(text.rstrip()) and top_key.startswith(f_key[:-1])
                        or a == len(text) - len(text.lstrip()) and top_key.endswith(f_key[1:])):
                    continue  # (a name cut by the window's edge)
            out.append((ep, path, text, kind, a, b, Verdict("transcript", None, top)))
    return out


def _written_otherwise_by_most(by_ep: dict[int, list], units: dict, found: list, m: NameMatcher) -> list:
    """(episode, path, text, kind, start, end, Verdict("majority")) of each name an episode writes
    otherwise at least twice as often, a name no glossary knows: the odd spelling is the slip,
    whichever pass wrote it ("Lemonaid" in the LLM's list and summary beside seven "Lemonade" in
    the transcript, its title and its quotes; "Stripe Rader" in one quote beside six "Stripe
    Radar"). Not where another rule has judged either spelling already (M304 trusts the LLM's list
    over the transcript's majority), and not a name cut by a context window's edge."""
    judged: dict[int, set] = {}
    listed: dict[int, dict] = {}  # M304's verdicts: the spelling found -> the LLM list's
    for row in found:
        span = row[2][row[4]:row[5]]
        judged.setdefault(id(row[0]), set()).add(span)
        if row[6].kind == "episode":
            listed.setdefault(id(row[0]), {})[span] = row[6].replacement
    out = []
    overruled = set()
    for ep_id, rows in by_ep.items():
        if ep_id not in units:
            continue
        joined, counts = units[ep_id]
        pairs = _majority_pairs(counts, joined, m.gl)
        if not pairs:
            continue
        done = judged.get(ep_id, set())
        m304 = listed.get(ep_id, {})
        if any(m304.get(top) == f for f, top in pairs.items()):
            # M304 took the LLM list's spelling for the right one and the episode's usual one for
            # the slip; where the LLM's own prose (summary, title, insights, impact reasons) writes
            # the usual one, its list is the odd one out ("Lemonaid" listed, "Lemonade" in its title)
            prose = "\n".join(row[2] for row in rows if row[3] in _LLM_KINDS or row[1].startswith("insights["))
            for f, top in pairs.items():
                if m304.get(top) == f and top in prose:
                    overruled.add((ep_id, top))
                    done = done - {top}
        pairs = {f: top for f, top in pairs.items() if f not in done and top not in done
                 and not any(w in done for w in top.split(" "))}
        if pairs:
            # the LLM pass writes names as it knows them: a spelling only its own writing uses,
            # beside a majority only the transcript's side writes, may be the right one ("Gavin
            # Uberti" in an LLM context beside the transcript's "Gavin Uberty" twice)
            own = _llm_writing(rows)
            pairs = {f: top for f, top in pairs.items()
                     if not (_word_in(f, own) and not _word_in(top, own))
                     # the usual spelling with the accents of the name's own language ("Andúril", the
                     # sword, beside the firm's "Anduril"; "Hermès"): written so on purpose
                     and unaccented(f) != top
                     # a word or name English uses, the majority's spelling far rarer: a word of its
                     # own ("a Faraday cage" beside the guest "Farraday")
                     and not (" " not in f and f.isalpha() and f.isascii() and zipf_at_least(f, WORDLIKE_ZIPF)
                              and english_zipf(f.lower()) >= english_zipf(top.lower().replace(" ", "")) + 1.0)}
        if not pairs:
            continue
        ep = rows[0][0]
        for path, text, kind, a, b, written in _written_hits(ep, rows, pairs, found):
            top = pairs[written]
            if written.lower() == top.lower() and _in_title_case_headline(text, a, kind):
                continue  # a headline in title case capitalises its words ("The Owl Goes AI-First")
            if " " not in written and (w := _CAPITALISED_WORD_AFTER.match(text, b)) is not None and \
                    not re.search(rf"(?<![\w'’.-]){re.escape(top)}[ \t]+{re.escape(w.group(1))}\b", joined):
                continue  # the first word of another name, which the usual spelling never starts
                # ("Maren Holt", a host, beside "Maven Smart System")
            if kind == "context":
                f_key, top_key = _letters_key(written), _letters_key(top)
                if (b == len(text.rstrip()) and top_key.startswith(f_key)
                        or a == len(text) - len(text.lstrip()) and top_key.endswith(f_key)):
                    continue  # (a name cut by the window's edge: "... and AI Mod" of "AI Mode")
            out.append((ep, path, text, kind, a, b, Verdict("majority", None, top)))
    if overruled:
        found[:] = [row for row in found if not (row[6].kind == "episode"
                                                 and (id(row[0]), row[2][row[4]:row[5]]) in overruled)]
    return out


# the fields only the LLM pass writes (beside its entities' contexts and the insights)
_LLM_KINDS = frozenset({"summary", "title", "impact_reason", "extracted"})
_ENTITY_FIELD = regexcache.compile(r"companies\[(\d+)\]\.(?:name|context)$")


def _llm_writing(rows: list) -> str:
    """The texts of an episode (`_texts_by_episode`'s rows) that the LLM pass writes from what it
    knows, not from the transcript: the summary, the title, impact reasons, and the names and
    contexts of its own entities (`source: llm_enhanced`), joined."""
    companies = (rows[0][0].data or {}).get("companies") if rows else None
    out = []
    for _, path, text, kind in rows:
        if kind in ("summary", "title", "impact_reason"):
            out.append(text)
        elif (m := _ENTITY_FIELD.match(path)) is not None and isinstance(companies, list) \
                and int(m.group(1)) < len(companies) and isinstance(item := companies[int(m.group(1))], dict) \
                and item.get("source") == "llm_enhanced":
            out.append(text)
    return "\n".join(out)


def _word_in(name: str, text: str) -> bool:
    """`name` as a whole word of `text`."""
    return name in text and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text) is not None


def _names_both_passes_write(found: list, batch) -> list:
    """Drop fuzzy matches of one word, to a name that is an ordinary word, that both passes of
    the episode list as an entity's whole name: the NER pass as the transcript has it (with a
    `position`) and the LLM pass (`source: llm_enhanced`) alike. Brands restyle ordinary words
    ("Apeel", a food-coating maker, is no Apple; "Pixxel", a satellite maker, no Pixel). A slip
    of a name the LLM pass lists right ("Perplexety" beside its "Perplexity"), that one pass
    alone writes, or of a name that is no word ("Nvidea", which the LLM pass may copy from the
    transcript as the seed's copies "Lama") stays flagged."""
    ner: dict[int, set[str]] = {}
    llm: dict[int, set[str]] = {}
    for n, name, position, source in batch.rows("entities", "ep", "name", "position", "source"):
        if not isinstance(name, str):
            continue
        if source == "llm_enhanced":
            llm.setdefault(n, set()).add(name.split(" (", 1)[0].strip())  # (a hedge after it: "Apeel (or Apiel)")
        elif isinstance(position, int) and not isinstance(position, bool):
            ner.setdefault(n, set()).add(name.strip())
    both = {id(batch.episodes[n]): names & llm[n] for n, names in ner.items() if n in llm}
    return [row for row in found if not (row[6].kind == "fuzzy" and row[6].entry.common_word
                                         and row[2][row[4]:row[5]] in both.get(id(row[0]), ()))]


_DOMAIN_ENDS = r"(?:com|ai|io|co|app|net|org|dev|so|sh|xyz|tech)"
# the words after a name that the episode lists whole: the name's own ("Kairos Power", no Keras)
_WORDS_AFTER = regexcache.compile(r" ((?-i:[A-Z])[\w.&-]*)(?: ((?-i:[A-Z])[\w.&-]*))?")
# a firm's suffix after a misspelt name keeps it misspelt ("Antropic PBC", "Nvidea Corporation")
_FIRM_SUFFIXES = frozenset("Inc Inc. Corp Corp. Corporation Ltd Ltd. LLC PBC AI Labs Lab Technologies Technology "
                           "Group Holdings Co Co. Company Systems Research".split())


def _longer_names_listed(found: list, batch, m: NameMatcher) -> list:
    """Drop fuzzy matches whose words, with the capitalised word or two after them, are another
    glossary name, or an entity's whole name in the episode's list: the first words of another
    name ("Kairos" of "Kairos Power" is no Keras). A firm's suffix after the words ("Antropic
    PBC"), or a glossary name ("Perplexitee Comet"), makes no other name of a listed one."""
    names: dict[int, set[str]] | None = None  # (read only where a capitalised word follows a match)
    out = []
    for row in found:
        if row[6].kind == "fuzzy" and (after := _WORDS_AFTER.match(row[2], row[5])) is not None:
            if names is None:
                names = {}
                for n, name in batch.rows("entities", "ep", "name"):
                    if isinstance(name, str):
                        names.setdefault(id(batch.episodes[n]), set()).add(name.strip())
            listed = names.get(id(row[0]), ())
            span = row[2][row[4]:row[5]]
            longer = [f"{span} {after.group(1)}"] + ([f"{span} {after.group(1)} {after.group(2)}"] if after.group(2) else [])
            if any(((other := m.gl.lookup(name)) is not None and other is not row[6].entry) or (
                    other is None and name in listed and name.split(" ", 1)[1].split(" ")[0] not in _FIRM_SUFFIXES
                    and m.gl.lookup(after.group(1)) is None)
                   for name in longer):
                continue
        out.append(row)
    return out



def _names_the_episode_owns(found: list, units: dict) -> list:
    """Drop fuzzy matches of a name the episode itself holds for its own, never writing the
    glossary's name it is near: a name whose web address it gives ("Quillbox ... quillbox.ai/tapthink",
    a sponsor's product, is no QuillBot), or that the transcript in its body says. (Not a name its LLM pass lists: it copies the
    transcript's slips, "Nvidea", as the seed's "Lama".) `units` holds each episode's texts joined."""
    lowered: dict[int, str] = {}
    owned: set[tuple[int, str]] = set()
    tried: set[tuple[int, str]] = set()
    for row in found:
        if row[6].kind != "fuzzy":
            continue
        ep_id, span = id(row[0]), row[2][row[4]:row[5]]
        if (ep_id, span) in tried:
            continue
        tried.add((ep_id, span))
        if ep_id not in lowered:
            lowered[ep_id] = units[ep_id][0].lower() if ep_id in units else ""
        low = lowered[ep_id]
        if any(f.lower() in low for f in row[6].entry.accepted):
            continue  # (the glossary's name is written too: the slip's context)
        key = _letters_key(span)
        if key and re.search(rf"(?<![\w.-]){re.escape(key)}\.{_DOMAIN_ENDS}\b", low):
            owned.add((ep_id, span))
            continue
        # a name the body's transcript says, never saying the glossary's ("Trint", said, is no
        # Trino): what was said is the name
        body = body_text(row[0])
        if len(body) >= MIN_TRANSCRIPT and mentions(span, body) \
                and not any(mentions(f, body) for f in row[6].entry.accepted):
            owned.add((ep_id, span))
    return [row for row in found if not (row[6].kind == "fuzzy" and (id(row[0]), row[2][row[4]:row[5]]) in owned)]


def _generic_word_heard(row) -> bool:
    """Is the row's finding a fuzzy match whose span has a word for what a name offers, heard for
    the name's own word ("Cloud Code" for Claude Code, `_fuzzy_misfit`)? Google's Cloud Code is
    one too: only an episode that names the entry or its maker backs the slip."""
    span, v = row[2][row[4]:row[5]], row[6]
    return v.kind == "fuzzy" and any(w.lower() in _GENERIC_WORDS and w not in v.replacement.split()
                                     for w in span.split())


def _word_match(row, m: NameMatcher) -> bool:
    """Is the row's finding a fuzzy match of one capitalised word that English or wordfreq's
    names know ("Cusco", "Murata", "Clade"), with no name context around it?"""
    ep, path, text, kind, a, b, v = row
    span = text[a:b]
    return (v.kind == "fuzzy" and span[1:].islower() and span.isalpha() and not v.replacement.endswith("'s")
            and zipf_at_least(span, RARE_ZIPF) and not _name_context(text, a, b, kind, v.entry, m))


@lru_cache(maxsize=4096)
def _support_pattern(forms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, forms)) + r")(?![a-z0-9])")


def _support_forms(entry: Entry, gl: Glossary) -> tuple[str, ...]:
    """The lowercase spellings that show an episode is about the entry: its accepted forms, a
    person's surname, its maker's or parent's name."""
    forms = {f.lower() for f in entry.accepted}
    if entry.kind == "person" and " " in entry.name:
        forms.add(entry.name.split()[-1].lower())
    for other in (entry.maker, entry.parent):
        if other:
            forms.add(other.lower())
    return tuple(sorted(forms, key=len, reverse=True))


def _after_its_maker(row, gl: Glossary) -> bool:
    """Does the match stand right after a name of its entry's maker or of the maker's parents
    ("Google | Jiminy")? The maker backs it where it stands."""
    text, a, entry = row[2], row[4], row[6].entry
    before = text[max(0, a - 40):a]
    return bool(before.endswith((" ", "\t"))) and any(
        before.rstrip().endswith(form) for org in gl.chain(entry) for form in org.accepted if form[:1].isupper())


def _words_the_episode_does_not_support(texts: list, found: list, m: NameMatcher) -> list:
    """Drop fuzzy matches of one English word or known name that nothing in the episode backs.

    A word one slip from a name that is itself a word or a name of its own ("Cusco", "Murata",
    "Mochi ice cream") is the name misspelled where the episode talks about the name ("Clade" in
    an episode on Claude Code and CLAUDE.md; "Altmann" where OpenAI or Altman is named): its
    right spelling, its maker or its parent appears in another of the episode's texts, or the
    span stands in a name's context. Where none does, the word is what it says. So for a generic
    word heard for the name's word ("Cloud Code" for Claude Code: `_generic_word_heard`).
    """
    if not any(row[6].kind == "fuzzy" for row in found):
        return found
    episode_text: dict[int, str] = {}
    kept = []
    for row in found:
        if (_word_match(row, m) or _generic_word_heard(row)) and not _after_its_maker(row, m.gl):
            ep = row[0]
            low = episode_text.get(id(ep))
            if low is None:
                low = episode_text[id(ep)] = _SEP.join(t[2] for t in texts if t[0] is ep).lower()
            if _support_pattern(_support_forms(row[6].entry, m.gl)).search(low) is None:
                continue
        kept.append(row)
    return kept


@lru_cache(maxsize=8)
def _maker_products(gl: Glossary) -> dict[str, list[tuple[str, Entry]]]:
    """Per accepted form of a maker or of its parents ("Google" of Google DeepMind's Imagen), its
    products' one-word names (no common word's)."""
    products: dict[str, list[tuple[str, Entry]]] = {}
    for e in gl.entries:
        if e.maker and not e.common_word and e.kind in ("product", "model", "model_family"):
            names = [(f, e) for f in e.accepted if f.isalpha() and len(f) >= 4]
            for org in gl.chain(e):
                for form in org.accepted:
                    products.setdefault(form, []).extend(names)
    return {k: v for k, v in products.items() if v}


# a possessive and the capitalised word after it ("Tesla's Optimist"); the maker is the name before
_POSSESSED_WORD = regexcache.compile(r"['’]s[ \t]+([A-Z][a-z]{3,})(?![\w'’-])")
_MAKER_PRODUCT_SCORE = 80  # fuzz.ratio of a word after a maker's possessive and one of its products' names


def _maker_before_possessive(joined: str, at: int, products: dict) -> str | None:
    """The maker's form (a key of `products`) that ends at `at`, one to three words, whole."""
    words = joined[max(0, at - 40):at].replace(_SEP, " ").split(" ")
    for n in (1, 2, 3):
        if len(words) < n:
            break
        form = " ".join(words[-n:])
        if form in products:
            start = at - len(form)
            return form if start == 0 or not (joined[start - 1].isalnum() or joined[start - 1] == "-") else None
    return None


def _words_after_their_maker(joined: str, texts: list, found: list, m: NameMatcher) -> list:
    """Rows of an English word, capitalised after a maker's possessive inside a sentence, that is a
    slip of one of that maker's products ("Tesla's Optimist" for Optimus): a word the fuzzy matcher
    leaves alone anywhere else ("I'm an optimist"). Not a product's plural or a title's words."""
    products = _maker_products(m.gl)
    if not products:
        return []
    out = []
    starts = None
    for hit in _POSSESSED_WORD.finditer(joined):
        word = hit.group(1)
        if word in m.gl.accepted or not zipf_at_least(word, WORDLIKE_ZIPF):
            continue  # (a word of no English: the scan's own)
        maker = _maker_before_possessive(joined, hit.start(), products)
        if maker is None or _CAPITALISED_WORD_AFTER.match(joined, hit.end(1)):
            continue  # (the first word of a longer name: "Stability AI's Stable Video Diffusion")
        if zipf_at_least(word.lower(), FUNCTION_ZIPF) or _OF_AFTER.match(joined, hit.end(1)):
            continue  # a word of the commonest and a thing of the firm's ("Google's Board of Directors"), no Bard
        near = [(f, e) for f, e in products[maker] if f[0] == word[0] and f + "s" != word
                and not f.startswith(word)  # (an English word that starts a longer name is the word)
                and abs(len(f) - len(word)) <= 2 and OSA.distance(f.lower(), word.lower()) <= 2
                and fuzz.ratio(f, word) >= _MAKER_PRODUCT_SCORE]
        if not near and _VERSION_RIGHT_AFTER.match(joined, hit.end(1)):
            # before a version, a word that sounds as one of the maker's models ("Google's Imagine 4"
            # for Imagen 4: two letters off, the version says a model is meant)
            sound = phonetic(word.lower())
            near = [(f, e) for f, e in products[maker] if e.kind in ("model", "model_family") and f.isalpha()
                    and f.lower() != word.lower() and _same_onset(f[0].lower(), word[0].lower())
                    and phonetic(f.lower()) == sound]
        if len(near) != 1:
            continue
        if starts is None:
            starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
        i = bisect.bisect_right(starts, hit.start(1)) - 1
        ep, path, text, kind = texts[i]
        if kind == "title":
            continue
        a, b = hit.start(1) - starts[i], hit.end(1) - starts[i]
        if any(r[0] is ep and r[1] == path and r[4] < b and a < r[5] for r in found):
            continue
        form, entry = near[0]
        out.append((ep, path, text, kind, a, b, Verdict("fuzzy", entry, form)))
    return out


@lru_cache(maxsize=8)
def _versioned_twins(gl: Glossary) -> dict[str, tuple[str, Entry, tuple[str, ...]]]:
    """Per one-word name of an organisation, the model or model family one letter from it ("Groq":
    Grok, "Lambda": LaMDA), its form and its makers' names: ASR writes the model as the company."""
    models = [(f, e) for e in gl.entries if e.kind in ("model", "model_family") and e.maker
              for f in e.accepted if f.isalpha() and len(f) >= 4]
    model_forms = {f for f, _ in models}
    twins = {}
    for e in gl.entries:
        if not e.is_org:
            continue
        for form in e.accepted:
            if not form.isalpha() or len(form) < 4 or form in model_forms:
                continue
            near = [(f, me) for f, me in models if f[0].lower() == form[0].lower() and me.maker != e.name
                    and OSA.distance(f.lower(), form.lower()) == 1]
            if len(near) == 1:
                f, me = near[0]
                makers = tuple(x for org in gl.chain(me) for x in org.accepted if org.is_org)
                twins[form] = (f, me, makers)
    return twins


# a model's version right after a name ("Groq 4", "Lambda 2"), then its maker's "from", "by" or bracket
_TWIN_VERSION = regexcache.compile(r"[ -]\d(?:\.\d)?(?![\d.]|,\d)(?P<tie>\s*\(|,?\s+(?:(?:made|built|developed|released)\s+)?(?:from|by)\s+)?")


def _twins_beside_their_maker(joined: str, texts: list, found: list, m: NameMatcher, twins: dict) -> list:
    """Rows of an organisation's name with a model's version after it and the maker of the model
    one letter from it tied to it ("Groq 4 from xAI", "xAI's Groq 3", "Lambda 2 (Google)"): the
    model written as the company that ASR knows better. Without the maker, the company's own
    product may be meant ("Groq 4 chips")."""
    out, starts = [], None
    for form, (right, entry, makers) in twins.items():
        k = joined.find(form)
        while k != -1:
            end = k + len(form)
            v = _TWIN_VERSION.match(joined, end) if k == 0 or not joined[k - 1].isalnum() else None
            # (the maker after the version's "from", "by" or bracket, or its possessive before the name)
            if v is not None and any(joined.startswith(mk, v.end()) if v.group("tie") else
                                     joined.endswith((mk + "'s ", mk + "’s "), 0, k) for mk in makers):
                if starts is None:
                    starts = [0, *accumulate(len(t[2]) + 1 for t in texts)]
                i = bisect.bisect_right(starts, k) - 1
                ep, path, text, kind = texts[i]
                a, b = k - starts[i], end - starts[i]
                if not any(r[0] is ep and r[1] == path and r[4] < b and a < r[5] for r in found):
                    out.append((ep, path, text, kind, a, b, Verdict("fuzzy", entry, right)))
            k = joined.find(form, end)
    return out


def _names_the_context_denies(texts: list, found: list, m: NameMatcher) -> list:
    """The rows without an entity's name that is a fuzzy match of a person's surname alone, or the
    casing of a name ("Minimax", "XAI"), where the entity's context has the same word, whole
    (and, if it may be a name cut, away from the window's edges), and no finding there: the
    context shows what the word is ("the town of Cholet" is no Chollet, "Minimax search is" no
    MiniMax, "XAI means explainable AI" no xAI), and the name was taken from it. (Not a fuzzy match of a word:
    an entity "Mistrial" is the lab's name misspelled, though its context says only "about
    Mistrial".)"""
    lone = [row for row in found if row[3] == "name" and " " not in row[2][row[4]:row[5]] and (
        (row[6].kind == "fuzzy" and row[6].entry.kind == "person" and " " not in row[6].replacement)
        or row[6].kind == "casing")]
    if not lone:
        return found
    contexts = {(id(ep), path): text for ep, path, text, kind in texts if kind == "context"}
    flagged: dict[tuple, list] = {}
    for row in found:
        if row[3] == "context":
            flagged.setdefault((id(row[0]), row[1]), []).append((row[4], row[5]))
    denied = set()
    for row in lone:
        ep, path, text, _, a, b, _ = row
        where = path[:-len("name")] + "context" if path.endswith(".name") else None
        context = contexts.get((id(ep), where))
        if context is None:
            continue
        word, spans = text[a:b], flagged.get((id(ep), where), ())
        # (at a window's edges, a name's cut start or end is no finding there: `_cut_by_window`)
        edge = 4 if word in m.cut_prefixes or word in m.cut_suffixes else 0
        k = context.find(word, edge, len(context) - edge)
        while k != -1:
            end = k + len(word)
            if any(x <= k and end <= y for x, y in spans):
                break  # the context has the word misspelled too
            if not ((k > 0 and context[k - 1].isalnum()) or (end < len(context) and context[end].isalnum())):
                denied.add(id(row))
            k = context.find(word, k + 1, len(context) - edge)
        else:
            continue
        denied.discard(id(row))
    return [row for row in found if id(row) not in denied] if denied else found


@dataclass(frozen=True)
class OtherMeanings:
    """`rules/misspelling.yaml`, compiled: the apposition shapes of its `other_roles` and the
    words after a package name of its `code_nouns`."""

    roles: frozenset[str]  # "goddess", "fashion designer"
    role_after: re.Pattern  # ", the novelist", " was the Roman goddess" after the span
    code_noun_after: re.Pattern  # " client" after "mistralai"
    word_before: re.Pattern  # "the Japanese word ", "Spanish ": a word cited, not a name"
    relations: frozenset[str]  # "colleague", "daughter": the word after one is a person's given name
    foreign: frozenset[str] = frozenset()  # "und", "avec", "para": words of other languages, no English ones


def parse_other_meanings(data, where: str) -> OtherMeanings:
    expect(data, dict, where, "misspelling")
    known_keys(data, {"other_roles", "code_nouns", "word_nouns", "languages", "relations", "other_language_words"},
               where, "misspelling")
    cited = "|".join(map(re.escape, str_list(data.get("word_nouns"), where, "word_nouns"))) or r"(?!)"
    languages = "|".join(map(re.escape, str_list(data.get("languages"), where, "languages"))) or r"(?!)"
    role_list = [" ".join(r.split()) for r in str_list(data.get("other_roles"), where, "other_roles")]
    roles = "|".join(sorted((r"\s+".join(map(re.escape, r.split())) for r in role_list), key=len, reverse=True))
    nouns = "|".join(map(re.escape, str_list(data.get("code_nouns"), where, "code_nouns")))
    roles = roles or r"(?!)"
    return OtherMeanings(
        roles=frozenset(role_list),
        role_after=regexcache.compile(rf"(?:,\s+|\s+(?:was|is|were|are)\s+|\s+)(?:the|a|an)\s+"
                                      rf"(?:[\w'’-]+\s+){{0,3}}?(?:{roles})s?\b"),
        # "the openai npm package", "the deepseek-ai org" (a package's or account's name runs on
        # after a hyphen in lowercase: the span is its first part)
        code_noun_after=regexcache.compile(rf"(?:-[a-z0-9]+)*\s+(?:[a-z]+\s+)?(?:{nouns or '(?!)'})\b"),
        word_before=regexcache.compile(rf"\b(?:(?:(?:{languages})\s+)?(?:{cited})|(?:{languages}))[ \t]+[\"'“‘]?\Z"),
        relations=frozenset(w.lower() for w in str_list(data.get("relations"), where, "relations")),
        foreign=frozenset(w.lower() for w in str_list(data.get("other_language_words"), where, "other_language_words")))


def _word_before(text: str, a: int) -> str:
    """The word right before text[a] and one space ("colleague" of "my colleague Deven"), or ""."""
    if a < 2 or text[a - 1] != " ":
        return ""
    start = a - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:a - 1]


def _is_role(roles: frozenset[str], words: list[str]) -> bool:
    """Are the last one, two or three words a role, or its plural?"""
    last = words[-1] if words else ""
    if last not in _role_ends(roles) and last[:-1] not in _role_ends(roles):
        return False  # (most spans have no role word before them: one set look-up)
    for n in (1, 2, 3):
        if len(words) < n:
            break
        phrase = " ".join(words[-n:])
        if phrase in roles or (phrase[-1:] == "s" and phrase[:-1] in roles):
            return True
    return False


@lru_cache(maxsize=4)
def _role_ends(roles: frozenset[str]) -> frozenset[str]:
    """The last words of the roles ("designer" of "fashion designer")."""
    return frozenset(r.rsplit(" ", 1)[-1] for r in roles)


def _role_before(roles: frozenset[str], words: list[str]) -> bool:
    """Do the words before a span end with a role, or with a role and one capitalised word (a given
    name: "the poet Frédéric "), in any case (a title before a name is capitalised: "Senator ")?"""
    if not words:
        return False
    low = [w.lower() for w in words]
    return _is_role(roles, low) or (words[-1][:1].isupper() and _is_role(roles, low[:-1]))


def _role_opening(roles: frozenset[str], context: str) -> bool:
    """Does an entity's context open with a noun phrase of up to four words ending in a role
    ("Swiss clown of the 1920s", "Fashion designer the host mentions")?"""
    words = context[:60].lower().split(None, 4)[:4]
    ends = _role_ends(roles)
    return any((w in ends or w[:-1] in ends) and _is_role(roles, words[:n + 1]) for n, w in enumerate(words))


def _said_twice(text: str, a: int, b: int) -> bool:
    """Is the word at text[a:b] said twice in a row, with a space or a comma between ("Moshi moshi")?"""
    word = text[a:b].lower()
    before = text[max(0, a - len(word) - 2):a].lower().rstrip(" ,")
    after = text[b:b + len(word) + 2].lower().lstrip(" ,")
    return (before.endswith(word) and not before[-len(word) - 1:-len(word)].isalpha()) or (
        after.startswith(word) and not after[len(word):len(word) + 1].isalpha())


def _alnum_word_in(word: str, text: str) -> bool:
    """Does `word` stand in `text` as a whole word, no letter or digit beside it (a hyphen may be)?"""
    k = text.find(word)
    while k != -1:
        end = k + len(word)
        if not (k > 0 and text[k - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        k = text.find(word, k + 1)
    return False


_WORD_AT = regexcache.compile(r"\w")
_NEXT_CAP_WORD = regexcache.compile(r" ([A-Z][a-z]+)(?=$| )")


def _other_word_after(name: str, b: int, m: NameMatcher) -> bool:
    """Is the word after a product's or firm's fuzzy match at the start of an entity's name a
    capitalised word no glossary name has and no model word ("Ballet" of "Kirov Ballet")?"""
    after = _NEXT_CAP_WORD.match(name, b)
    return after is not None and after.group(1) not in m.name_words and not _NAME_WORDS_AFTER.match(name, b)


_COMPANY_NAME_PATH = regexcache.compile(r"companies\[(\d+)\]\.name")
_AND_BEFORE = regexcache.compile(r"\s+(?:and|or|vs\.?|versus)\s+\Z")
_AND_AFTER = regexcache.compile(r"\s+(?:and|or|vs\.?|versus)\s+")


def _other_meanings(found: list, batch) -> list:
    """The rows without names that their text shows to be of something else:

    - a name in apposition with a noun of `other_roles` ("the Roman goddess Invidia", "Invidia
      was the Roman goddess of envy"), or an entity whose context opens with one ("Novelist
      whose ...");
    - a name beside the one it would misspell, joined by "and", "or", "vs" ("Thomas Wolfe and
      Thomas Wolf"): the text tells the two apart;
    - the first word of an entity's name that the pipeline calls a person, fuzzy-matched to a
      firm or product ("Jenson Button" is no Jetson);
    - a lowercase joined name before a word for a code package ("the mistralai client");
    - a fuzzy match with letters outside ASCII that the name has none of ("palantír");
    - a lowercase word cited as a word ("the Japanese word sora") or said twice ("moshi moshi")."""
    words = batch.knowledge.get("misspelling", parse_other_meanings, required=False)
    m = matcher_for(glossary(batch.knowledge))
    out = []
    for row in found:
        ep, path, text, kind, a, b, v = row
        span = text[a:b]
        if span.islower() and (words.word_before.search(text, max(0, a - 40), a) or _said_twice(text, a, b)):
            continue  # a word cited as a word ("the Japanese word sora") or said twice ("moshi moshi")
        if v.entry.kind != "person" and " " not in span and span[:1].isupper() and a > 0 \
                and _word_before(text, a).lower() in words.relations:
            continue  # a given name after a word for a person's relation ("my colleague Deven", "her son Codey")
        if v.kind == "fuzzy" and not span.isascii() and v.replacement.isascii():
            continue  # letters the name lacks, outside ASCII: another language's word ("palantír", "Géminis")
        if v.kind == "fuzzy" and _SUFFIX_AFTER_APOSTROPHE.fullmatch(span, len(v.replacement)) \
                and span.startswith(v.replacement):
            continue  # a suffix after an apostrophe that English has none of: Turkish "Anthropic'in"
        if ((v.kind == "casing" and span.islower() and v.replacement.isupper())
                or (v.kind == "fuzzy" and any(span[:-k] in m.gl.accepted or span[:-k] == v.replacement
                                              for k in (1, 2, 3) if len(span) > k + 2 and span[-k:].isalpha()
                                              and span[-k:].islower()))) \
                and _foreign_around(text, a, b, words.foreign):
            # in a text of another language: its word, not an acronym in lowercase (German "mit",
            # no MIT), or a case ending after a glossary name ("Aleph Alphas Modellfamilie", Czech
            # "Microsoftu", Polish "architekturze Mistrala")
            continue
        if v.kind == "casing":
            if span.islower() and " " not in span and words.code_noun_after.match(text, b):
                continue
            out.append(row)
            continue
        if _role_before(words.roles, text[max(0, a - 40):a].split()[-4:]) or words.role_after.match(text, b):
            continue
        right = v.replacement
        after = _AND_AFTER.match(text, b)
        before = _AND_BEFORE.search(text, max(0, a - 12), a)
        if ((after is not None and text.startswith(right, after.end())) or (
                before is not None and text.endswith(right, 0, before.start()))) and not _VERSION_AFTER.match(text, b):
            continue  # (a version after it makes it the name's model: "Llama and Lama 4" misspells it)
        if kind == "name" and (a == 0 or text[a - 1] == _SEP):
            hit = _COMPANY_NAME_PATH.fullmatch(path)
            item = ep.data["companies"][int(hit.group(1))] if hit is not None else None
            if isinstance(item, dict):
                context = item.get("context")
                if isinstance(context, str) and (_role_opening(words.roles, context) or (
                        v.kind == "fuzzy" and span.isalpha() and " " not in span
                        and zipf_at_least(span, WORDLIKE_ZIPF) and _alnum_word_in(span.lower(), context))):
                    # (a context with the word in lowercase shows it an ordinary word the NER
                    # capitalised: "declared a mistrial" under the entity "Mistrial")
                    continue
                k = context.find(span) if isinstance(context, str) and _WORD_AT.match(span) else -1
                if k != -1 and ((v.entry.exceptions and in_exception(context, k, k + len(span), v.entry))
                                or _role_before(words.roles, context[max(0, k - 40):k].split()[-4:])
                                or words.role_after.match(context, k + len(span))):
                    # the context has the name in the phrase where it is right ("Ali Baba and the
                    # forty thieves") or beside a role ("Invidia was the Roman personification")
                    continue
                if v.kind == "fuzzy" and v.entry.kind != "person" and text[b:b + 1] == " " and (
                        item.get("category") == "person" or _other_word_after(text, b, m)):
                    continue  # the first word of another name ("Jenson Button", "Kirov Ballet")
        out.append(row)
    return out


# a given name before a word, maybe with the particle of a surname ("Omar Al | Olama", "Jan van | Dyke")
_GIVEN_NAME_BEFORE = regexcache.compile(
    r"([A-Z][a-z]+)[ \t]+(?:(?:Al|al|El|el|Bin|bin|Ibn|ibn|Abu|van|von|de|da|di|du|le|la|ter)[ \t-]+)?\Z")


def _surname_after_given_name(row, given: set[str], m: NameMatcher) -> bool:
    """Is a fuzzy match of a firm's or product's name (or a person's surname: another given name's),
    or a listed misspelling of one, one word right after a given name (the entity-noise rules' `first_names`), maybe with a surname's
    particle between, so a person's surname ("Jason Duell" is no Dell, "Jay Foad" no Ford, "Omar
    Al Olama" no Ollama)?"""
    _, _, text, _, a, b, v = row
    if v.kind not in ("fuzzy", "known") or " " in text[a:b]:
        return False
    before = _GIVEN_NAME_BEFORE.search(text, max(0, a - 30), a)
    if before is None or before.group(1) not in given:
        return False
    if v.entry.kind == "person":
        # a surname one slip from a person's, after another given name, is another person's
        # ("Mark Gurman" is no Matt Garman); after the person's own, or one slip from it ("Andre
        # Karpathi"), it is theirs
        return v.kind == "fuzzy" and OSA.distance(before.group(1), v.entry.name.split()[0]) >= 2
    return m.gl.lookup(before.group(1)) is None


def misspellings(batch) -> list:
    """(episode, path, text, kind, start, end, Verdict) of every misspelled name of the batch's
    texts: one scan, shared by M301-M306 and by grounding's tolerance of misspelt names."""
    return batch.shared("misspellings", lambda: _scan(batch))


class _MisspellingRule(Rule):
    verdict_kind = ""

    def check(self, batch):
        for ep, path, text, kind, a, b, v in misspellings(batch):
            if v.kind == self.verdict_kind:
                safe = self.is_safe(text, a, b, v)
                yield text_finding(
                    self, ep, path, a, b, self.message(text[a:b], v),
                    replacement=v.replacement, applicability="safe" if safe else "unsafe",
                    description=f"Replace with {v.replacement!r}",
                )

    def message(self, found: str, v: Verdict) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def is_safe(self, text: str, a: int, b: int, v: Verdict) -> bool:
        return bool(_VERSION_AFTER.match(text, b))


class KnownMisspelling(_MisspellingRule):
    """## What it does
    Flags a name written in one of the wrong spellings listed in `rules/glossary.yaml` (ASR and
    LLM errors: "Lama" for Llama, "LamaGuard" for Llama Guard), in entity names and in every
    free text: contexts, quotes, impact reasons, insights, summary, title. Phrases in which the
    spelling is right ("the Dalai Lama") are listed as `exceptions` and stay quiet; lowercase
    ordinary words ("a llama farm", "a Tibetan lama") are never flagged.

    ## Why it matters
    Search, grouping and statistics by name miss every misspelled mention, and readers see errors.

    ## Example
    ```yaml
    name: Lama 4        # flagged: 'Lama' is a misspelling of 'Llama'
    name: Llama 4       # fine
    ```

    ## Fix safety
    Safe where unambiguous: next to a model number ("Lama 4") or when the misspelling is no
    English word ("Openai"). Otherwise unsafe, since the word may be meant ("Lama" the title).
    """

    code = "M301"
    name = "known-misspelling"
    family = "misspelling"
    severity = Severity.ERROR
    summary = "Name written in a known wrong spelling (Lama for Llama)"
    fixable = "sometimes"
    verdict_kind = "known"

    def message(self, found, v):
        return f"{found!r} is a misspelling of {v.replacement!r}"

    def is_safe(self, text, a, b, v):
        return super().is_safe(text, a, b, v) or not is_common_word(text[a:b].split()[0])


class NameCasing(_MisspellingRule):
    """## What it does
    Flags a glossary name written with the wrong casing or split/joined wrongly: "Openai" for
    OpenAI, "Chat GPT" for ChatGPT, "HuggingFace" for Hugging Face, "nvidia" for Nvidia,
    "Deep Seek-V3" for DeepSeek-V3. A name split into ordinary words ("Data bricks") is flagged
    where the text capitalises it mid-sentence or lists it with another name of the field, not
    at a sentence's start, in a title alone or after "a", "its", "our".
    Accepted variants (NVIDIA and Nvidia) and all-caps are fine; lowercase ordinary words
    ("gemini", "llama", "apple"), hyphens before numbers ("GPT4") and code ("from openai import
    OpenAI", "ollama run llama3") are not flagged.

    ## Why it matters
    The same company under two spellings splits its statistics and looks careless in a title.

    ## Example
    ```yaml
    name: Openai        # flagged: should be 'OpenAI'
    name: OpenAI        # fine
    ```

    ## Fix safety
    Safe: only the casing or spacing of a name the glossary knows changes.
    """

    code = "M302"
    name = "name-casing"
    family = "misspelling"
    severity = Severity.ERROR
    summary = "Name with wrong casing or split/joined words (Openai, Chat GPT)"
    fixable = "safe"
    verdict_kind = "casing"

    def message(self, found, v):
        return f"{found!r} should be written {v.replacement!r}"

    def is_safe(self, text, a, b, v):
        return True


class _EpisodeSpellingRule(_MisspellingRule):
    """A name judged by the episode's own spellings (M304, M305), no glossary's: a warning, its fix
    unsafe (two firms may have names a letter apart)."""

    family = "misspelling"
    severity = Severity.WARNING
    fixable = "unsafe"

    def is_safe(self, text, a, b, v):
        return False


class EpisodeSpelling(_EpisodeSpellingRule):
    """## What it does
    Flags a name that the episode writes one or two slips away from how its LLM pass lists an
    entity: the NER pass, the context windows and the quotes spell names as speech recognition
    heard them, the LLM pass as it knows them. "Lumura" beside the LLM's "Lumora", "Open Trix"
    for "Opentrix", "Helios Med in ears" for "Helios Medineers", "Vantral Biosystems" for "Vantrel
    Biosystems". Works for names no glossary lists; names the glossary knows are judged by
    M301-M303. Not flagged: another entity of the LLM pass, an English word
    without a digit ("Illicit" may be meant), a name the LLM pass itself writes misspelled or
    hedged, lowercase brands and English words as the LLM's names ("scite", "Unit").

    ## Why it matters
    The same company under two spellings splits its statistics, and search by the right name
    misses the transcript's mentions.

    ## Example
    ```yaml
    companies:
    - {name: Lumura, context: "we evaluated Lumura's products", position: 9120}   # flagged
    - {name: Lumora, context: "Korean medical imaging AI company", source: llm_enhanced}
    ```

    ## Fix safety
    Unsafe: two firms may have names a letter apart.
    """

    code = "M304"
    name = "episode-spelling"
    summary = "Name the episode's LLM entity list spells otherwise (Lumura for Lumora)"
    verdict_kind = "episode"

    def message(self, found, v):
        if v.said:
            return f"{found!r} is probably {v.replacement!r}, as the episode's transcript writes it"
        return f"{found!r} is probably {v.replacement!r}, as the episode's LLM entity list writes it"


class MajoritySpelling(_EpisodeSpellingRule):
    """## What it does
    Flags a name that the episode writes otherwise at least twice as often: the same letters
    spaced, cased or accented otherwise ("Iron Clad", "Factset", "Velez" beside "Ironclad",
    "FactSet", "Vélez"), or one word one or two slips off ("Goldman Sacks", "Lemonaid", "Stripe
    Rader" beside "Goldman Sachs", "Lemonade", "Stripe Radar"). The odd spelling is the slip,
    whichever pass wrote it: the LLM's entity list as well as a quote. Works for names no
    glossary lists; names the glossary knows are judged by M301-M303, and a name the LLM's list
    spells otherwise by M304. Not flagged: a spelling only the LLM pass's own writing uses
    (summary, title, impact reasons, its entities) beside a majority only the transcript's side
    writes ("Gavin Uberti" in an LLM context, "Gavin Uberty" twice in the windows: the LLM writes
    names as it knows them), a product's tier variants ("CoWoS-L" beside "CoWoS"), ordinary words capitalised in a title ("Data
    Centers"), plurals and other forms ("Reinsurers"), capitals as a style ("LEMONADE"), a name
    cut by a context window's edge, a casing written fewer than three times against one ("OTel"
    beside two "Otel" may be right), an accented spelling beside fewer than five bare ones.

    ## Why it matters
    The same company under two spellings splits its statistics, and search by the right name
    misses the odd mentions.

    ## Example
    ```yaml
    title: How Lemonade prices renters insurance
    companies:
    - {name: Lemonaid, category: ai_company, source: llm_enhanced,
       context: Lemonaid is an AI-first insurer.}         # flagged: the episode writes 'Lemonade'
    summary: Lemonade's claims bot settles in seconds; Lemonade's float ...
    quotes:
    - {text: "at Lemonade we pay claims in three seconds"}
    ```

    ## Fix safety
    Unsafe: two firms may have names a letter apart.
    """

    code = "M305"
    name = "majority-spelling"
    summary = "Name the episode writes otherwise most of the time (Lemonaid beside Lemonade)"
    verdict_kind = "majority"

    def message(self, found, v):
        return f"{found!r} is probably {v.replacement!r}, as the episode writes it elsewhere at least twice as often"


class TranscriptSpelling(_EpisodeSpellingRule):
    """## What it does
    Flags a name that the front matter writes in a way the episode's transcript, in the file's
    body, never does, where the transcript writes it otherwise: the same letters spaced or cased
    otherwise ("Lib Gen" beside the transcript's "LibGen"), or one word one slip off ("Katie
    Razall", "Routers Institute" beside its "Katie Razzall", "Reuters Institute"). The
    transcript is what was said; the NER pass's windows, the LLM pass's list and its prose copy it,
    and a copy that differs slipped. Only files whose body holds a transcript (the pipeline's own
    carry none); names the glossary knows are judged by M301-M303 first; a plural, a place's
    adjective, two English words ("Latin American"), a letter or acronym of a series stay quiet.

    ## Why it matters
    A name spelt otherwise than it was said is a name search and statistics miss, and the file
    itself holds the right spelling.

    ## Example
    ```yaml
    companies:
    - {name: Katie Razall, context: "and Katie Razall at the BBC said", position: 120}   # flagged
    # body: "... and Katie Razzall at the BBC said the summaries ..."
    ```

    ## Fix safety
    Unsafe: the transcript may name another person one letter apart.
    """

    code = "M306"
    name = "transcript-spelling"
    summary = "Name the front matter writes otherwise than the body's transcript (Razall for Razzall)"
    verdict_kind = "transcript"

    def message(self, found, v):
        return f"{found!r} is probably {v.replacement!r}, as the episode's transcript writes it"


class ProbableMisspelling(_MisspellingRule):
    """## What it does
    Flags a capitalised word or pair of words that is one or two edits (insertions, deletions,
    substitutions, transpositions) away from a glossary name but is not itself a known name:
    "Antropic", "Nvidea", "Gemeni", "Perplexety", "Sam Altmann", "Jensen Hwang". Ordinary
    English words and four-letter words are flagged only where the text uses them as a name
    (followed by a version number or a word like "model", as an entity name, or, if not common,
    in a list beside a glossary name: "DeepSeek, Mistrial and Qwen"; a year is no version, and a
    version names no company). A name with a dot ("Charactor.AI") is one word, a domain
    ("Perplexity.ai") none; an organisation's "s" before an apostrophe ("Anthropics'") is its
    possessive misspelled. Not flagged: an acronym one letter off another
    ("SASL", not "SAIL"; "SuperCLUE", not SuperGLUE), a word with capitals the name lacks ("BeOS"), a word beside another
    person's given name or surname ("Sebastian Leske", not Jan Leike; titles aside), a name of
    several words one of which is another word or an initial ("Visual Studio IDE"). A one-word
    name heard as two ("Perplexi tea") is flagged; a word that is itself English or a known name
    ("Cusco", "Murata", "Clade") only where a name's context or the episode backs it (the name's
    right spelling, maker or parent in one of its texts). Five capitals amid lowercase text are a
    ticker ("GOOGL"), unless the name is styled in capitals ("NVIDA"). A word before a plain
    number is a model family's only where the episode writes that family with the same number
    ("Jeannie 3" beside "Genie 3"). An entity's name is flagged where its own context flags the
    same words ("Cling" of "Cling from Kuaishou").

    ## Why it matters
    ASR and LLMs produce misspellings no list anticipates; these break search and grouping.

    ## Example
    ```yaml
    text: Antropic released a new model   # flagged: probably 'Anthropic'
    text: Anthropic released a new model  # fine
    ```

    ## Fix safety
    Unsafe: a fuzzy match can be wrong (another name close to a known one), unless a model
    number follows the name.
    """

    code = "M303"
    name = "probable-misspelling"
    family = "misspelling"
    severity = Severity.WARNING
    summary = "Word close to a glossary name (Antropic, Nvidea)"
    fixable = "unsafe"
    verdict_kind = "fuzzy"

    def message(self, found, v):
        return f"{found!r} is probably a misspelling of {v.replacement!r}"
