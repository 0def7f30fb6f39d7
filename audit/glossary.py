"""The glossary (`rules/glossary.yaml`): canonical names of the field, typed and indexed.

Used by the misspelling, attribution, grounding and consistency checks. Lookups are by exact
accepted form (case-sensitive), by known misspelling, and by a normalised key (lowercase, no
spaces, hyphens or dots) that makes split and joined words ("Chat GPT", "HuggingFace") meet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from . import regexcache
from .wordlist import at_least as english_at_least

KINDS = {
    "ai_lab", "big_tech", "chip_maker", "company", "cloud", "model", "model_family", "product",
    "benchmark", "research_org", "person",
}
ORG_KINDS = {"ai_lab", "big_tech", "chip_maker", "company", "cloud", "research_org"}
MADE_KINDS = {"model", "model_family", "product", "benchmark"}  # things with a maker (attribution)

_ENTRY_KEYS = {"name", "kind", "maker", "parent", "variants", "misspellings", "exceptions",
               "common_word", "also_made_by", "note"}
_NORM = regexcache.compile(r"[\s\-_.’'`]+")


def norm_key(text: str) -> str:
    """'Chat GPT' / 'chat-gpt' / 'ChatGPT' -> 'chatgpt'."""
    return _NORM.sub("", text).lower()


def in_exception(text: str, a: int, b: int, entry: Entry) -> bool:
    """Does text[a:b] stand inside one of the entry's `exceptions`, the words around it in any case
    ("Ali Baba and the forty thieves", "SpaceX's Falcon")? Misspelling and attribution both ask."""
    for phrase in entry.exceptions:
        lo = max(0, a - len(phrase))
        window = text[lo:b + len(phrase)].lower()
        start = window.find(phrase.lower())
        while start != -1:
            if lo + start <= a and lo + start + len(phrase) >= b:
                return True
            start = window.find(phrase.lower(), start + 1)
    return False


@dataclass
class Entry:
    name: str
    kind: str
    maker: str | None = None
    parent: str | None = None
    variants: list[str] = field(default_factory=list)
    misspellings: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    common_word: bool = False
    also_made_by: list[str] = field(default_factory=list)  # makers of another product of the same name

    @property
    def accepted(self) -> list[str]:
        return [self.name, *self.variants]

    @property
    def is_org(self) -> bool:
        return self.kind in ORG_KINDS


_CAPITALISED_ENDING = regexcache.compile(r"[A-Z]?[a-z]+([A-Z]{2,})")


def own_capitalised_ending(text: str, name: str) -> bool:
    """Is `text` a word that capitalises an ending its name of the same letters writes in small
    letters ("CosmOS" beside "Cosmos")? Such a word is a brand of its own, not a casing slip."""
    tail = _CAPITALISED_ENDING.fullmatch(text)
    return tail is not None and len(name) == len(text) and name[tail.start(1):].islower()


# Numbers in names, as speech recognition writes them the other way: digits for the words a name
# spells ("Base 10" for Baseten, "2 Sigma", "Tempus 1", "4Kites") and words for its digits
# ("Phi Four", "Falcon Nine"). Each such writing of a glossary form is a misspelling of it.
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_NAMES = {str(n): w.title() for w, n in _NUMBER_WORDS.items() if 0 < n <= 12}
NUMBER_WORDS = frozenset(_NUMBER_WORDS)  # the words `spoken_number` reads (the misspelling scan looks for them)
_FORM_PARTS = regexcache.compile(r"([ -])")
_CAMEL_NUMBER = regexcache.compile(r"([A-Z][a-z]+)([A-Z][A-Za-z]+)")  # "ElevenLabs", "FourKites"
_JOINED_NUMBER = regexcache.compile(
    r"([A-Z][a-z]{3,})(" + "|".join(w for w in _NUMBER_WORDS if len(w) >= 3) + ")")  # "Baseten"
_COMMON_WORD_ZIPF = 4.0


def spoken_number(phrase: str) -> str | None:
    """The digits of a number said in words, as a version or a part's number is said: "five" -> 5,
    "four point five" -> 4.5, "two hundred" -> 200, "four-fifty" and "four fifty" -> 450 (a
    number said in pairs), "forty-five" -> 45, "zero three" -> 03 (a leading zero, said digit by
    digit); None for what is no such number."""
    words = [w for w in _FORM_PARTS.split(phrase.lower()) if w not in (" ", "-", "")]
    if "point" in words:
        i = words.index("point")
        whole, digits = _spoken_integer(words[:i]), [_NUMBER_WORDS.get(w) for w in words[i + 1:]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return f"{whole}." + "".join(map(str, digits))
    if len(words) > 1 and words[0] == "zero" and all(_NUMBER_WORDS.get(w, 10) <= 9 for w in words[1:]):
        return "0" + "".join(str(_NUMBER_WORDS[w]) for w in words[1:])  # "zero three" -> 03, digit by digit
    n = _spoken_integer(words)
    return None if n is None else str(n)


def _spoken_integer(words: list[str]) -> int | None:
    if not words:
        return None
    if "hundred" in words:  # "two hundred", "three hundred twenty"
        i = words.index("hundred")
        head = _spoken_integer(words[:i]) if i else 1
        tail = _spoken_integer(words[i + 1:]) if i + 1 < len(words) else 0
        return None if head is None or tail is None or head > 99 or tail > 99 else head * 100 + tail
    values = [_NUMBER_WORDS.get(w) for w in words]
    if None in values:
        return None
    if len(values) == 1:
        return values[0]
    a, b = values[0], values[1]
    if len(values) == 2:
        if a >= 20 and a % 10 == 0 and 1 <= b <= 9:
            return a + b  # "forty-five"
        if 1 <= a <= 19 and b >= 10:
            return a * 100 + b  # "four fifty": in pairs
        return None
    if len(values) == 3 and 1 <= a <= 19 and b >= 20 and b % 10 == 0 and 1 <= values[2] <= 9:
        return a * 100 + b + values[2]  # "four twenty-five"
    return None


def _all_common(words) -> bool:
    """Are all of the letters-only `words` common English words (then the variant is ordinary
    text: "Take 2", "Capital 1", "Switch Two")?"""
    return all(english_at_least(w.lower(), _COMMON_WORD_ZIPF) for w in words if w.isalpha())


def number_variants(form: str) -> list[str]:
    """The writings of `form` with one number the other way (see `_NUMBER_WORDS`): a number word
    that is a word of the name as digits ("Two Sigma" -> "2 Sigma", "Tempus One" -> "Tempus 1"; a
    hyphen before it also as a space), the number word that starts a joined name ("ElevenLabs" -> "11Labs", "11 Labs") or
    ends one after an English word ("Baseten" -> "Base 10", "Base10"), and a name's number of
    1-12 after a capitalised word as its word ("Phi-4" -> "Phi Four"). Left out: a variant whose
    other words are all common English ("Take 2", "Capital 1", "Switch Two")."""
    parts = _FORM_PARTS.split(form)
    if len(parts) == 1 and not form[:1].isupper():
        return []
    out: set[str] = set()
    for i in range(0, len(parts), 2):
        word = parts[i]
        others = [parts[j] for j in range(0, len(parts), 2) if j != i]

        def put(*new: str, before: str | None = None) -> None:
            head = parts[:i - 1] + [before] if before is not None else parts[:i]
            out.add("".join([*head, *new, *parts[i + 1:]]))

        number = _NUMBER_WORDS.get(word.lower())
        if number is not None and others and word[:1].isupper():
            if not _all_common(others):
                put(str(number))
                if i > 0 and parts[i - 1] == "-":
                    put(str(number), before=" ")
        elif word in _NUMBER_NAMES and i > 0 and parts[i - 2][:1].isupper():
            if not _all_common(others):
                put(_NUMBER_NAMES[word], before=" ")
        elif (m := _CAMEL_NUMBER.fullmatch(word)) is not None and m.group(1).lower() in _NUMBER_WORDS:
            digits = str(_NUMBER_WORDS[m.group(1).lower()])
            put(digits + m.group(2))
            if not _all_common([m.group(2), *others]):
                put(digits, " ", m.group(2))
        elif (m := _JOINED_NUMBER.fullmatch(word)) is not None and english_at_least(m.group(1).lower(), 3.0):
            digits = str(_NUMBER_WORDS[m.group(2)])
            put(m.group(1), digits)
            put(m.group(1), " ", digits)
    out.discard(form)
    return sorted(out)


class Glossary:
    def __init__(self, entries: list[Entry], where: str = "glossary.yaml"):
        self.entries = entries
        self.by_name: dict[str, Entry] = {}
        for e in entries:  # a later folder's entry of the same name replaces the earlier one
            self.by_name[e.name] = e
        self.entries = list(self.by_name.values())
        for e in self.entries:
            for ref in ("maker", "parent"):
                target = getattr(e, ref)
                if target and target not in self.by_name:
                    raise RuleSetError(f"{where}: entries[{e.name}].{ref}: unknown name {target!r}")
            for target in e.also_made_by:
                if target not in self.by_name:
                    raise RuleSetError(f"{where}: entries[{e.name}].also_made_by: unknown name {target!r}")
        # exact accepted forms (and their ALL-CAPS spelling) -> entry
        self.accepted: dict[str, Entry] = {}
        for e in self.entries:
            for form in e.accepted:
                self.accepted.setdefault(form, e)
                if len(form) > 3:
                    self.accepted.setdefault(form.upper(), e)
        self.misspelled: dict[str, Entry] = {}
        for e in self.entries:
            for m in e.misspellings:
                if m in self.accepted:
                    raise RuleSetError(f"{where}: entries[{e.name}].misspellings: {m!r} is an accepted "
                                       f"spelling of {self.accepted[m].name!r}")
                self.misspelled[m] = e
        # a misspelling made from a form (not listed) -> that form, which fixes it ("Llama Three"
        # is 'Llama 3', not the entry's name 'Llama'); see `right_form`
        self.right_forms: dict[str, str] = {}
        for e in self.entries:
            for form in e.accepted:
                for variant in number_variants(form):
                    if variant not in self.accepted and variant not in self.misspelled:
                        self.misspelled[variant] = e
                        self.right_forms[variant] = form
        self.by_key: dict[str, Entry] = {}
        for e in self.entries:
            for form in e.accepted:
                self.by_key.setdefault(norm_key(form), e)
        # every form that may start a name, for tokenising: first words of accepted forms
        self.max_words = max((len(f.split()) for e in self.entries for f in e.accepted + e.misspellings),
                             default=1)

    def __len__(self) -> int:
        return len(self.entries)

    def right_form(self, misspelling: str) -> str:
        """What the misspelling `misspelling` (a key of `misspelled`) is written for: the form it
        was made from, else its entry's name."""
        return self.right_forms.get(misspelling) or self.misspelled[misspelling].name

    def lookup(self, text: str) -> Entry | None:
        """The entry `text` names, by accepted form, misspelling or normalised key."""
        found = self.accepted.get(text) or self.misspelled.get(text)
        if found is not None:
            return found
        found = self.by_key.get(norm_key(text))
        if found is not None and own_capitalised_ending(text, found.name):
            return None  # a brand of its own ("CosmOS", Humane's OS, is no Cosmos of Nvidia's)
        return found

    def chain(self, entry: Entry) -> list[Entry]:
        """The entry's maker and that maker's parents, nearest first (for orgs: itself and parents)."""
        out: list[Entry] = []
        current = self.by_name.get(entry.maker) if entry.maker else (entry if entry.is_org else None)
        while current is not None and current not in out:
            out.append(current)
            current = self.by_name.get(current.parent) if current.parent else None
        return out

    def is_right_maker(self, product: Entry, org: Entry) -> bool:
        """True when `org` made `product`, or when the glossary cannot tell (no maker known).

        Right: the maker or any of its parents (Google DeepMind, Google, Alphabet for Gemini),
        and any unit, product or former name whose own chain reaches the maker (DeepMind,
        Facebook for a Meta model).
        """
        chain = self.chain(product)
        if not chain or org in chain:
            return True
        org_chain = self.chain(org)
        # (another product of the same name is the other maker's: Xero's JAX, Google's JAX)
        return chain[0] in org_chain or any(self.by_name[m] in org_chain for m in product.also_made_by)


def parse_glossary(data, where: str) -> Glossary:
    if not data:
        return Glossary([], where)
    expect(data, dict, where, "glossary")
    known_keys(data, {"version", "entries"}, where, "glossary")
    raw = expect(data.get("entries") or [], list, where, "entries")
    entries = []
    for i, item in enumerate(raw):
        key = f"entries[{i}]"
        expect(item, dict, where, key)
        known_keys(item, _ENTRY_KEYS, where, key)
        name = expect(item.get("name"), str, where, f"{key}.name")
        kind = expect(item.get("kind"), str, where, f"{key}.kind")
        if kind not in KINDS:
            raise RuleSetError(f"{where}: {key}.kind: {kind!r} is not one of {', '.join(sorted(KINDS))}")
        entries.append(Entry(
            name=name, kind=kind,
            maker=item.get("maker") and expect(item["maker"], str, where, f"{key}.maker"),
            parent=item.get("parent") and expect(item["parent"], str, where, f"{key}.parent"),
            variants=str_list(item.get("variants"), where, f"{key}.variants"),
            misspellings=str_list(item.get("misspellings"), where, f"{key}.misspellings"),
            exceptions=str_list(item.get("exceptions"), where, f"{key}.exceptions"),
            common_word=bool(item.get("common_word", False)),
            also_made_by=str_list(item.get("also_made_by"), where, f"{key}.also_made_by"),
        ))
    return Glossary(entries, where)


def glossary(knowledge: Knowledge) -> Glossary:
    return knowledge.get("glossary", parse_glossary)
