"""Entity noise: entries of `companies` that are no company or product of the episode.

Sentence-start fragments ("And I", "Take Cursor"), names cut out of a longer one ("Ban Meta" in
"Ray-Ban Meta"), hedged names ("Lama (or Llama)"), and people, places, governments and generic
terms listed as companies. The words and lists live in `rules/entity_noise.yaml`; names come
from the glossary; NER entries add structure: their `context` is a window of the transcript with
the name near its middle, which shows what stood before and after the name.

Each entity is classified once per batch (`classify_entities`); the four rules report their kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from dataclasses import dataclass, replace
from functools import lru_cache

from ..findings import Fix, Severity
from ..glossary import Glossary, glossary, in_exception
from ..ruleset import Knowledge, expect, known_keys, regex_list, str_list
from ..tables import LIST_TABLES
from .base import Rule, item_removal, scalar_edit
from .misspelling import FOREIGN_LETTER_WORD, is_common_word
from .mojibake import mojibake_spans, repair_text
from .sponsor_body import body_text
from ..wordlist import at_least
from ..textmatch import NO_SPACES_SCRIPT, UNDECOMPOSED_LETTERS
from .. import regexcache

_NEVER = regexcache.compile(r"(?!x)x")

WINDOW_HALF = 50  # NER windows hold ~50 characters of transcript on each side of the name
_SENTENCE_END = ".!?…"
_HEDGE = regexcache.compile(  # "(or Llama)", "[unclear]" after a name, " or Llama", "Llama?"
    r"\s*\((?P<inner>[^()]*)\)|(?<=\S)\s*\[(?P<binner>[^\[\]]*)\]|\s+(?:or|and/or|/)\s+(?P<alt>.+)$|\?+$")
_MODEL_NUMBER = regexcache.compile(r"\d{1,2}[a-z]?")
_HEDGE_WORDS = regexcache.compile(
    r"^(?:or|aka|a\.k\.a\.?|also(?:\s+known\s+as)?|likely|possibly|probably|maybe|perhaps|i\.e\.,?|"
    r"e\.g\.,?|formerly|previously|now|presumably|sic|spelled|spelt|see)\s+", re.I)


@dataclass
class NoiseWords:
    leading: dict[str, str]  # lowercase word -> part of speech group
    pronouns: set[str]
    countries: set[str]  # lowercase
    government: re.Pattern
    laws: re.Pattern
    categories: re.Pattern
    person_context: re.Pattern
    generic_words: set[str]  # lowercase
    generic_phrases: set[str]  # lowercase
    generic_compound: set[str]  # lowercase: generic only beside another generic word
    generic_joiners: set[str]  # lowercase: "of" in "Board of Directors"
    institution_heads: set[str]  # lowercase: "Alignment Research Center" is an institution
    people: set[str]
    first_names: set[str]
    honorifics: set[str]
    company_words: set[str]
    plural_determiners: set[str] = None  # lowercase: "the Hyperscalers", "several LLM Providers"
    dates: set[str] = None  # lowercase: days and months ("Monday", "March")
    date_words_before: set[str] = None  # lowercase: "on Monday", "last March", "by Friday"
    plural_verbs: set[str] = None  # lowercase: "Investors | are": a plural subject, not a name
    person_role: re.Pattern | None = None  # an LLM context that opens on a person's role or pronoun
    firm_context: re.Pattern | None = None  # an LLM context that describes a firm or brand
    concept_context: re.Pattern | None = None  # an LLM context that describes a concept or technique
    firm_nouns: re.Pattern = _NEVER  # a context word that makes a titled name a brand ("Dr. Martens, the footwear brand")
    apposition_firm_nouns: re.Pattern = _NEVER  # more heads of a firm's apposition ("X, the roastery in Oslo")
    person_verbs_after: set[str] = frozenset()  # lowercase: "Börje Ekholm | runs Ericsson"
    deal_verbs_before: set[str] = frozenset()  # lowercase: "Occidental bought | Carbon Engineering"
    supply_verbs_before: set[str] = frozenset()  # lowercase, before "from": "leased from | Hobart"
    named_after_heads: set[str] = frozenset()  # "Andy Warhol | Museum": a place or body named after a person
    place_before: re.Pattern = _NEVER  # the words of an NER window before a place ("an office in | Kraków")
    person_before: re.Pattern = _NEVER  # the words of an NER window before a person ("my guest today is | Ana Ruiz")
    person_after: re.Pattern = _NEVER  # and after one ("Ana Ruiz | , author of ...")
    show_before: re.Pattern = _NEVER  # the words of an NER window before the show's own name ("welcome to | Decoder")
    show_after: re.Pattern = _NEVER  # and after it ("Decoder | is my show about ...")
    place_context: re.Pattern = _NEVER  # an LLM context that opens on a kind of place ("City where ...")
    person_pronouns: frozenset = frozenset()  # "She", "His": they open a description of a person
    person_openings: re.Pattern = _NEVER  # an LLM context of a person's job ("Leads AI governance at a bank")
    owner_possessive: re.Pattern = _NEVER  # an LLM context that opens on an owner's possessive ("Google's ...")
    firm_kinds_before: re.Pattern = _NEVER  # "market makers like | Jump Trading" in an NER window
    term_description: re.Pattern = _NEVER  # an LLM context whose head is a kind of term ("Monetization model ...")
    firm_description: re.Pattern = _NEVER  # an LLM context whose head noun is a firm or product ("Venture capital firm ...")
    public_body_context: re.Pattern = _NEVER  # an LLM context that says an organisation is public ("Federal agency ...")
    place_kinds: frozenset = frozenset()  # lowercase: the kinds of place that `place_context` opens on
    cities: frozenset = frozenset()  # lowercase, no accents: cities no list of `countries` holds ("leeds")
    venue_heads: frozenset = frozenset()  # last words of a venue's or building's name ("Stadium", "Building")
    region_heads: frozenset = frozenset()  # last words of a region's or island's name ("County", "Island")
    event_name_ends: tuple = ()  # the last words of an event's whole name ("Derby", "Grand Prix")
    event_words: frozenset = frozenset()  # an event's head word, cut from its name ("Cup" of "World Cup")
    gatherings: frozenset = frozenset()  # lowercase: gatherings named without an event's word ("neurips", "gdc")
    method_nouns: re.Pattern = _NEVER  # a lowercase noun after a name that makes it a method ("the X method")
    private_body_context: re.Pattern = _NEVER  # an LLM context calling an organisation non-governmental
    public_body_description: re.Pattern = _NEVER  # an LLM context whose head is a public body ("US agency that ...")
    public_body_heads: frozenset = frozenset()  # lowercase: its head nouns, the cheap test before the pattern
    eponymous_firms: frozenset = frozenset()  # firms named like a person ("Louis Vuitton", "John Deere")
    person_heads: frozenset = frozenset()  # lowercase: heads of `firm_description` said of people too ("investor")
    method_description: re.Pattern = _NEVER  # an LLM context whose head is a method ("Baseball formula ...")
    method_noun_set: frozenset = frozenset()  # lowercase `method_nouns`: the cheap test before the pattern
    demonyms: frozenset = frozenset()  # a country's adjective glued to a name ("Saudi | Humain", "Chinese | DeepSeek")
    languages: frozenset = frozenset()  # a language's name, which alone is no company ("learn Spanish", "in Mandarin")


def parse_noise_words(data, where: str) -> NoiseWords:
    data = data or {}
    expect(data, dict, where, "entity_noise")
    known_keys(data, {"version", "leading_words", "pronouns", "countries", "government",
                      "not_company_categories", "person_context", "generic_words", "generic_phrases",
                      "generic_compound_words", "generic_joiners", "institution_heads", "people",
                      "first_names", "company_words", "plural_determiners", "dates",
                      "date_words_before", "plural_verbs", "honorifics",
                      "person_roles", "role_stop_words", "person_pronouns", "role_kinds_after",
                      "firm_context", "laws", "concept_context", "firm_nouns", "apposition_firm_nouns", "person_verbs_after", "deal_verbs_before",
                      "supply_verbs_before", "named_after_heads",
                      "place_before", "place_context", "person_before", "person_after", "show_before", "show_after",
                      "firm_description", "public_body_context",
                      "term_description", "owner_possessive", "firm_kinds", "cities", "venue_heads", "region_heads", "place_kinds",
                      "event_words", "method_nouns", "private_body_context", "public_body_description",
                      "event_name_ends", "public_body_heads", "firm_heads_of_people", "eponymous_firms",
                      "gatherings", "person_openings", "demonyms", "languages"},
               where, "entity_noise")
    leading: dict[str, str] = {}
    for group, words in expect(data.get("leading_words") or {}, dict, where, "leading_words").items():
        for w in str_list(words, where, f"leading_words.{group}"):
            leading.setdefault(w.lower(), str(group))
    lower = lambda key: {w.lower() for w in str_list(data.get(key), where, key)}  # noqa: E731
    return NoiseWords(
        leading=leading,
        pronouns=set(str_list(data.get("pronouns"), where, "pronouns")),
        countries=lower("countries"),
        government=regex_list(str_list(data.get("government"), where, "government"), where, "government"),
        laws=regex_list(str_list(data.get("laws"), where, "laws"), where, "laws", flags=0),
        categories=regex_list(str_list(data.get("not_company_categories"), where, "not_company_categories"),
                          where, "not_company_categories"),
        person_context=regex_list(str_list(data.get("person_context"), where, "person_context"),
                              where, "person_context", flags=0),
        generic_words=lower("generic_words"),
        generic_phrases=lower("generic_phrases"),
        generic_compound=lower("generic_compound_words"),
        generic_joiners=lower("generic_joiners"),
        institution_heads=lower("institution_heads"),
        people=set(str_list(data.get("people"), where, "people")),
        first_names=set(str_list(data.get("first_names"), where, "first_names")),
        eponymous_firms=frozenset(str_list(data.get("eponymous_firms"), where, "eponymous_firms")),
        demonyms=frozenset(str_list(data.get("demonyms"), where, "demonyms")),
        languages=frozenset(str_list(data.get("languages"), where, "languages")),
        honorifics=set(str_list(data.get("honorifics"), where, "honorifics")),
        company_words=set(str_list(data.get("company_words"), where, "company_words")),
        plural_determiners=lower("plural_determiners"),
        dates=lower("dates"),
        date_words_before=lower("date_words_before"),
        plural_verbs=lower("plural_verbs"),
        person_role=_person_role(str_list(data.get("person_roles"), where, "person_roles"),
                                 str_list(data.get("role_stop_words"), where, "role_stop_words"),
                                 str_list(data.get("person_pronouns"), where, "person_pronouns"),
                                 str_list(data.get("role_kinds_after"), where, "role_kinds_after")),
        firm_context=regex_list(str_list(data.get("firm_context"), where, "firm_context"), where, "firm_context"),
        concept_context=(regex_list(str_list(data.get("concept_context"), where, "concept_context"), where,
                                "concept_context") if data.get("concept_context") else None),
        firm_nouns=_words_pattern(str_list(data.get("firm_nouns"), where, "firm_nouns")),
        apposition_firm_nouns=_words_pattern(str_list(data.get("apposition_firm_nouns"), where, "apposition_firm_nouns")),
        person_verbs_after={w.lower() for w in str_list(data.get("person_verbs_after"), where, "person_verbs_after")},
        deal_verbs_before={w.lower() for w in str_list(data.get("deal_verbs_before"), where, "deal_verbs_before")},
        supply_verbs_before={w.lower() for w in str_list(data.get("supply_verbs_before"), where,
                                                          "supply_verbs_before")},
        named_after_heads=frozenset(str_list(data.get("named_after_heads"), where, "named_after_heads")),
        place_before=regex_list(str_list(data.get("place_before"), where, "place_before"), where, "place_before"),
        person_before=regex_list(str_list(data.get("person_before"), where, "person_before"), where, "person_before"),
        person_after=regex_list(str_list(data.get("person_after"), where, "person_after"), where, "person_after", flags=0),
        show_before=regex_list(str_list(data.get("show_before"), where, "show_before"), where, "show_before"),
        show_after=regex_list(str_list(data.get("show_after"), where, "show_after"), where, "show_after"),
        place_context=regex_list(str_list(data.get("place_context"), where, "place_context"), where, "place_context"),
        person_pronouns=frozenset(str_list(data.get("person_pronouns"), where, "person_pronouns")),
        person_openings=regex_list(str_list(data.get("person_openings"), where, "person_openings"), where,
                                   "person_openings"),
        owner_possessive=regex_list(str_list(data.get("owner_possessive"), where, "owner_possessive"), where,
                                "owner_possessive", flags=0),
        firm_kinds_before=_kinds_before(str_list(data.get("firm_kinds"), where, "firm_kinds")),
        term_description=regex_list(str_list(data.get("term_description"), where, "term_description"), where,
                                "term_description"),
        firm_description=regex_list(str_list(data.get("firm_description"), where, "firm_description"), where,
                                "firm_description"),
        public_body_context=regex_list(str_list(data.get("public_body_context"), where, "public_body_context"), where,
                                   "public_body_context"),
        cities=frozenset(lower("cities")),
        place_kinds=frozenset(lower("place_kinds")),
        venue_heads=frozenset(str_list(data.get("venue_heads"), where, "venue_heads")),
        region_heads=frozenset(str_list(data.get("region_heads"), where, "region_heads")),
        event_words=frozenset(str_list(data.get("event_words"), where, "event_words")),
        gatherings=frozenset(lower("gatherings")),
        event_name_ends=tuple(" " + w for w in str_list(data.get("event_name_ends"), where, "event_name_ends")),
        method_nouns=_method_after(str_list(data.get("method_nouns"), where, "method_nouns")),
        private_body_context=regex_list(str_list(data.get("private_body_context"), where, "private_body_context"), where,
                                    "private_body_context"),
        public_body_description=regex_list(str_list(data.get("public_body_description"), where,
                                                "public_body_description"), where, "public_body_description"),
        method_description=_method_head(str_list(data.get("method_nouns"), where, "method_nouns")),
        method_noun_set=frozenset(lower("method_nouns")),
        public_body_heads=frozenset(lower("public_body_heads")),
        person_heads=frozenset(lower("firm_heads_of_people")),
    )


def _words_pattern(words: list[str]) -> re.Pattern:
    """Any of `words` as a whole word, case-insensitive (never matches for none)."""
    if not words:
        return _NEVER
    return regexcache.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)


def _person_role(roles: list[str], stops: list[str], pronouns: list[str], kinds: list[str]) -> re.Pattern | None:
    """The opening of a description of a person: a pronoun, or up to three words that are no
    stop word and then a role ("Former FTC chair", "The Swedish founder", "Tech journalist")
    that no kind of firm follows ("Analyst firm")."""
    if not roles and not pronouns:
        return None
    alt = lambda words: "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))  # noqa: E731
    parts = []
    if pronouns:
        parts.append(f"(?-i:{alt(pronouns)})\\b")
    if roles:
        stop = f"(?!(?:{alt(stops)})\\b)" if stops else ""
        # (a kind of firm right after the role or one word after it: "Analyst firm", "Executive
        # search firm"; not after a preposition: "Founder of firms")
        kind = (f"(?!\\s+(?:(?!(?:of|at|for|in|and|with|to|on|from)\\b)[\\w-]+\\s+)?(?:{alt(kinds)})\\b)"
                if kinds else "")
        parts.append(f"(?:(?:the|a|an)\\s+)?(?:{stop}[\\w'’.&-]+\\s+){{0,3}}(?:{alt(roles)})\\b(?!-){kind}")
    return regexcache.compile("^(?:" + "|".join(parts) + ")", re.I)


def _method_after(nouns: list[str]) -> re.Pattern:
    """One of `nouns`, lowercase, right after a name in its window ("the Kelly | criterion")."""
    if not nouns:
        return _NEVER
    return regexcache.compile(r"[ \t]+(?:" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b")


def _method_head(nouns: list[str]) -> re.Pattern:
    """An LLM context whose head noun, within its first four words, is one of `nouns` ("Baseball
    formula estimating ...", "Forecasting method where ..."), no firm's or product's noun after it."""
    if not nouns:
        return _NEVER
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return regexcache.compile(
        r"^(?:(?:mentioned|cited|referenced|described|discussed|named|noted|listed)\s+as\s+)?(?:(?:a|an|the)\s+)?"
        r"(?:(?!(?:company|firm|startup|brand|maker|provider|vendor|platform|product|tool|app|service|software|"
        r"whose|that|which|who|by|of|from|for|with|in)\b)[\w'’-]+\s+){0,3}?(?:" + alt + r")\b"
        r"(?!-|\s+(?:\d|one\b|e\b|company|firm|startup|platform|product|tool|app|service|software|provider|vendor|"
        r"maker)\b)",  # ("Formula 1 team" is a firm's)
        re.I)


def _kinds_before(kinds: list[str]) -> re.Pattern:
    """A plural kind of firm, then "like" or "such as", at the end of a window's text before a name."""
    if not kinds:
        return _NEVER
    alt = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    return regexcache.compile(r"\b(?:" + alt + r"),?\s+(?:like|such\s+as|including)\s+$", re.I)


def noise_words(knowledge: Knowledge) -> NoiseWords:
    return knowledge.get("entity_noise", parse_noise_words, required=False)


# --- NER windows --------------------------------------------------------------------------------

def window_offset(context: str, name: str) -> int:
    """Where `name` stands in its NER window, or -1: the occurrence nearest the middle, among those
    that stand as whole words if any do ("Udio" is the word that opens "Udio had the better audio",
    not the tail of "audio")."""
    low, key = context.lower(), name.lower()
    i = low.find(key)
    if i == -1 or (j := low.find(key, i + 1)) == -1:
        return i
    found = [i]
    while j != -1:
        found.append(j)
        j = low.find(key, j + 1)
    whole = [k for k in found if _cut_name(context, k, name) is None] or found
    return min(whole, key=lambda k: abs(k - WINDOW_HALF))


def _named_mid_sentence(context, at: int, name: str) -> bool:
    """Does `name` stand in its window as written (capitals included) after a lowercase word of the
    same sentence ("the newsletter company Every built ...")?"""
    if not isinstance(context, str) or at <= 0 or context[at:at + len(name)] != name:
        return False
    before = context[:at].rstrip()
    return before != context[:at] and before[-1:].isalpha() and before.split()[-1].islower()


# a firm's verb right after a preposition or conjunction, which no such word takes ("Via runs
# microtransit for cities", "Plus raised $200 million"): the word is the firm's name
# a verb right after an adverb, no comma between: the word is the verb's subject, a name ("When it
# comes to hiring, Indeed is all you need", "Also has raised ..."); not an adverb that may stand
# before "is" ("Here is the thing", "Now is the time")
_SUBJECT_VERB_AFTER = regexcache.compile(r"(?:[ \t]+(?:is|was|has|had|will|can|says|said|helps|lets|gives)\b|['’]s\s)")
_COPULA_ADVERBS = frozenset("here there now today tomorrow tonight yesterday nowadays even only still overall right "
                            "sure well not just again".split())
_FIRM_VERB_AFTER = regexcache.compile(
    r"[ \t]+(?:runs|operates|sells|makes|builds|offers|provides|powers|raised|launched|announced|acquired|"
    r"bought|ships|shipped|employs|licenses|licensed|charges|competes|publishes|produces|manufactures|distributes|"
    r"insures|underwrites)\b")


# after a name in its window: what makes it a kind of thing ("Cold Brew as a category")
_AS_A_KIND = regexcache.compile(r"[ \t]+as[ \t]+an?[ \t]+(?:category|segment|concept|trend|idea|term|genre|format|"
                                r"practice|habit|movement|phenomenon|technique|style)\b")
# after a name in its window: a verb and what the name owns ("Legal & General closed its modular
# housing factory", "General Mills moved their plant"): a firm acting, no generic term
_ACTS_ON_ITS_OWN = regexcache.compile(
    r"[ \t]+(?:[a-z]+ed|sold|shut|cut|built|bought|ran|spun|took|made|grew|runs|sells|makes|builds|moves|opens|closes|shuts)"
    r"[ \t]+(?:its|their)\b")


# a clause's finite verb after a name in its window ("Benchmark hasn't changed"), and what comes
# before a clause inside a sentence: a comma or "and"
_FINITE_AFTER = regexcache.compile(
    r"[ \t]+(?:(?:has|had|is|was|does|did|will|would|can|could)(?:n['’]t|[ \t]+not)?|says|said)\b")
_CLAUSE_JOIN_BEFORE = regexcache.compile(r"(?:,|\band)[ \t]+$")


def _named_subject(window: str, at: int, name: str) -> bool:
    """Is the capitalised name the bare subject of a clause inside a sentence of its NER window
    ("Sequoia is writing fewer As, Benchmark hasn't changed at all")? A common noun there would
    take an article and no capital; at a sentence's start the capital says nothing."""
    return (_CLAUSE_JOIN_BEFORE.search(window, max(0, at - 6), at) is not None
            and _FINITE_AFTER.match(window, at + len(name)) is not None)


# an investor in an NER window: the money raised from it ("raised a Series A from Benchmark",
# "our seed round came from Greylock", "backed by Founders Fund") or its lead of the round after it
# ("Benchmark led the round")
_FUNDED_FROM = regexcache.compile(
    r"\b(?:raised|raising|raise|rounds?|seed|series[ \t]+[a-h]|funding|financing|investments?|checks?|cheques?|"
    r"backed|funded)\b[^.?!;]{0,48}?\b(?:from|by)[ \t]+\Z", re.I)
_LEADS_ROUND_AFTER = regexcache.compile(
    r"[ \t]+(?:led|co-led|leads|co-leads|invested[ \t]+in|wrote[ \t]+(?:the|a|our|their)[ \t]+(?:first[ \t]+)?(?:check|cheque))\b"
    r"(?![ \t]+(?:to|by)\b)")


# a tool's name in an NER window, capitalised as the object of a verb of using it, no noun after it
# ("We put Vector in front of everything", "they switched to Temporal last year")
_TOOL_VERB_BEFORE = regexcache.compile(
    r"(?<![\w'’-])(?:put|puts|use|uses|used|using|run|runs|ran|running|deploy|deploys|deployed|install|installs|installed|"
    r"adopt|adopts|adopted|chose|choose|picked|tried|replaced|added|(?:switched|moved|migrated|standardi[sz]ed)[ \t]+(?:to|on))"
    r"[ \t]+\Z")
_NO_NOUN_NEXT = regexcache.compile(r"[ \t]*(?:[,.;:!?)]|[ \t](?:in|on|for|at|to|as|with|across|everywhere|because|and|but|"
                                   r"instead|now|today|last|since|behind|inside)\b)")


def _used_as_a_tool(window: str, at: int, name: str) -> bool:
    """Is the name, capitalised as written, the object of a verb of using it in its NER window, with
    no noun after it that it would modify ("We put Vector in front of everything"; not "we use
    Vector search")?"""
    return (window[at:at + len(name)] == name and name[:1].isupper()
            and _TOOL_VERB_BEFORE.search(window, max(0, at - 24), at) is not None
            and _NO_NOUN_NEXT.match(window, at + len(name)) is not None)


def _investor_in_window(window: str, at: int, name: str) -> bool:
    """Does the NER window make the name an investor: money raised from it, or its lead of a round?"""
    return (_FUNDED_FROM.search(window, max(0, at - 80), at) is not None
            or _LEADS_ROUND_AFTER.match(window, at + len(name)) is not None)


# after a capitalised name in its window: an apposition set off by commas, then its verb ("Benchmark,
# still five partners and one small fund, led the seed"): the subject of a clause, a firm acting
_APPOSED_SUBJECT = regexcache.compile(
    r",[ \t]+[^,.;:!?]{3,80},[ \t]+(?:[a-z]+ed|led|ran|took|made|grew|bought|sold|wrote|won|lost|has|had|says|said|"
    r"backs|leads|invests|writes|raises)\b")


# after a name in its window: its possessive, or a relative clause describing it
_DESCRIBED_AFTER = regexcache.compile(r"['’]s\b|,\s+(?:which|who|whose)\b")


def _brand_of_a_word(context, at: int, name: str, rest: str, words) -> bool:
    """Is the NER name of a sentence-opening word and one ordinary English word ("Beyond Meat",
    "So Delicious") a brand, not a fragment: the word is no name of its own (no pronoun, country
    or person), and the window goes on with the name's possessive or a relative clause about it
    ("Beyond Meat's IPO", "So Delicious, which nobody in tech talks about")? A fragment's second
    word goes on with the sentence ("If China is better", "But I think")."""
    if (" " in rest or not rest[:1].isupper() or not rest.isalpha() or rest in words.pronouns
            or rest.lower() in words.countries or rest.lower() in words.first_names or not is_common_word(rest.lower())):
        return False
    return isinstance(context, str) and _DESCRIBED_AFTER.match(context, at + len(name)) is not None


# after a name in its window: an apposition of a kind of firm ("Next, the British retailer,", "On
# Holding, the Swiss brand with ...", "NotCo, the Chilean company"): `firm_nouns` of the rules
_APPOSITION = regexcache.compile(r",\s+(?:the|a|an)\s+(?:[\w'’&.-]+\s+){0,3}?([a-z]+)\b"
                                 # (its head noun: the last word before a comma or a word that ends the
                                 # noun phrase, "the vintage shop next door")
                                 r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:that|which|who|whose|where|in|of|on|at|from|with|for|"
                                 r"next|and|or|by|near|run|owned|founded|based|known|we|I|they|he|she)\b)")


def firm_apposition(context, at: int, name: str, words) -> bool:
    """Does the NER window go on after the name with an apposition naming a kind of firm ("Next,
    the British retailer, quietly runs ...")? A fragment of speech has no such apposition."""
    if not isinstance(context, str) or at < 0:
        return False
    m = _APPOSITION.match(context, at + len(name))
    return m is not None and (words.firm_nouns.fullmatch(m.group(1)) is not None
                              or words.apposition_firm_nouns.fullmatch(m.group(1)) is not None)


def at_sentence_start(context: str, at: int) -> bool:
    """True when the window shows a sentence boundary right before offset `at` (not the window edge)."""
    i = at - 1
    while i >= 0 and context[i] in " \t\n\"“":
        i -= 1
    return i >= 0 and context[i] in _SENTENCE_END


def is_ner(row) -> bool:
    return isinstance(row.position, int) and not isinstance(row.position, bool) and isinstance(row.context, str)


# --- classification -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Noise:
    code: str  # F501..F504
    message: str
    evidence: str  # the offending part of the name (whole name by default)
    replacement: str | None = None  # new name for a rewrite fix; None: remove the entity
    generic: bool = False  # made only of generic words: an episode text can show it is a product
    # a city's or ordinary words' name: a firm of the file listed beside it in its window ("Veolia and
    # Suez both bid", "like Spirit or Frontier") shows it is a firm's name (`_beside_a_firm`)
    beside: bool = False
    # what the entity is instead, where a category can say otherwise ("person", "public body",
    # "place"): consistency's C1001 judges a firm's category on it
    what: str | None = None


# after a given name, the words of one addressed: a question, "you", what follows a greeting
_ADDRESSED_AFTER = regexcache.compile(r",\s+(?:[^.?!]{0,60}\?|(?:what|how|why|do|did|does|are|were|is|can|could|would|"
                                      r"should|will|you|your|it[’']s|tell|welcome|thanks|thank|great|good|congrat\w*|"
                                      r"let[’']s)\b)")
# a sentence's start before a word (the window's start, or a sentence's end and a space)
_SENTENCE_START_BEFORE = regexcache.compile(r"(?:^|[.!?]\s+)$")


def _addressed_at_start(context: str, name: str, words) -> bool:
    """Is the one-word `name` a given name the window addresses somewhere, opening its sentence
    ("Ranjan Roy of Margins. Ranjan, welcome.", "Trish, let's talk about ..."): a listed given
    name, or a capitalised word that is no common English one?"""
    if not (name in words.first_names or (name[:1].isupper() and name[1:].islower() and not is_common_word(name.lower()))):
        return False
    at = context.find(name)
    while at != -1:
        if (_ADDRESSED_AFTER.match(context, at + len(name)) and _SENTENCE_START_BEFORE.search(context, max(0, at - 3), at)
                and not (at and context[at - 1].isalnum())):
            return True
        at = context.find(name, at + 1)
    return False
# after a town, its state or country and no possessive ("Pleasanton, California company", not
# "Nvidia, Taiwan's ...")
_PLACE_AFTER = regexcache.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?![\w'’-])(?!\s*[’']s\b)")
# a capital after a small letter inside a word: a brand's spelling ("WeWork", "HubSpot"), no
# place's ("McAllen" and "MacArthur" aside)
_CAMEL = regexcache.compile(r"^(?!Ma?c[A-Z])\S*?[a-z][A-Z]")
_FIRM_ROLE = regexcache.compile(r"\binvestors?\b", re.I)  # a role of firms and people alike
_NAME_TOKEN = regexcache.compile(r"[\w.'’&+-]+")


def _is_name_like(text: str, gl: Glossary, words: NoiseWords) -> bool:
    """Could `text` on its own be the name of a company or product?"""
    if not text or not text[0].isupper():
        return False
    if gl.lookup(text) is not None:
        return True
    low = text.lower()
    if low in words.countries or low in words.generic_phrases:
        return False
    if " " not in text and is_common_word(text):
        return False  # "I Think": the rest is an ordinary word, not a name
    return not all(w.lower() in words.generic_words for w in text.split())


# a job's title as a name: a chief officer of anything ("Chief Nursing Officer", "Chief AI Officer"),
# such a title cut after its adjective ("Chief Financial"), a second-in-command's ("Vice Chair"), a
# partner's or director's ("Managing Partner", "General Counsel")
_JOB_TITLE = regexcache.compile(
    r"(?:Chief\s+(?:[A-Z][\w&-]*\s+){1,3}Officer|Chief\s+[A-Z][a-z]+(?:al|ic|ing|ive|ary)"
    r"|(?:Vice|Deputy|Assistant|Associate)\s+(?:Chair(?:man|woman|person)?|President|Chancellor|Provost|Dean|Director)"
    r"|(?:Managing|General|Senior|Founding)\s+(?:Partner|Director)|General\s+Counsel)s?")


def _generic_compound(name: str, words: NoiseWords) -> bool:
    """Is `name` a compound of generic words ("Customer Success Team", "Board of Directors"): two
    or more of them that are no acronym, joined by nothing or by small words, one at least of the
    words that are generic only in company ("customer", "board")? "Field AI" is a firm's name,
    and a company word or an institution's last word makes one ("Alignment Research Center")."""
    tokens = name.split()
    lows = [t.lower() for t in tokens]
    if (len(tokens) < 2 or lows[0] in words.generic_joiners or lows[-1] in words.generic_joiners
            or lows[-1] in words.institution_heads
            or any(t in words.company_words and low not in words.generic_compound and low not in words.generic_words
                   for t, low in zip(tokens, lows))):
        return False
    content = [(t, low) for t, low in zip(tokens, lows) if low not in words.generic_joiners]
    if len(content) == 2 and content[1][1] in ("lab", "labs") and content[0][1] not in words.generic_words:
        return False  # one word of business and "Labs" is a firm's name ("Attention Labs"; "Frontier Labs" is none)
    return (sum(not t.isupper() for t, _ in content) >= 2
            and any(low in words.generic_compound for _, low in content)
            and all(low in words.generic_compound or low in words.generic_words for _, low in content))


# UTF-8 read as Windows-1252: a lead byte's character and a continuation byte's ("â€™" for "’",
# "Ã©" for "é"); glued to a name it is a broken apostrophe or letter, not more of the name
_MOJIBAKE_AFTER = regexcache.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_MOJIBAKE_BEFORE = regexcache.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+$")


def _without_accents(text: str) -> str:
    """`text` with its letters' accents left out ("montréal" -> "montreal"), as lists write places."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED_LETTERS))
                   if not unicodedata.combining(c))


_HYPHEN_TAIL = regexcache.compile(r"(?:-[A-Za-z][A-Za-z]*)+(?![\w-])")


# (a name glued to a letter of a script written without spaces, "Sakana AIの", "MetaのLlama", is a
# whole word of a Japanese or Chinese sentence: `NO_SPACES_SCRIPT`)
def _cut_name(context: str, at: int, name: str) -> str | None:
    """The longer token the name was cut from ("Ray-Ban Meta" for "Ban Meta"), or None. Mojibake
    glued to the name ("Sanctuary AIâ€™s", "â€œOpenAI") is a broken character, not a longer name,
    and a Japanese or Chinese word glued to it is the next word ("OpenAIのSora")."""
    end = at + len(name)
    a = at
    mojibake_before = a > 0 and not context[a - 1].isascii() and (
        _MOJIBAKE_BEFORE.search(context, max(0, a - 4), a) or NO_SPACES_SCRIPT.match(context, a - 1))
    if not mojibake_before and a > 0 and (
            context[a - 1].isalnum() or (context[a - 1] in "-|&+" and a > 1 and context[a - 2].isalnum())):
        # ("Ray-Ban Meta", "Wolfram|Alpha", "AT&T")
        while a > 0 and (context[a - 1].isalnum() or context[a - 1] in "-|&+"):
            a -= 1
        if a == 0:
            return None  # the window edge cut it, not the extractor
    b = end
    if b < len(context) and context[b].isalnum() and (context[b].isascii() or not (
            _MOJIBAKE_AFTER.match(context, b) or NO_SPACES_SCRIPT.match(context, b))):
        # ("Google-backed" is a mention, "OpenAI" for "Open" a cut)
        rest = re.match(r"\w*", context[b:]).group(0)
        if rest.lower() not in ("s", "es") and b + len(rest) < len(context) and not (
                len(rest) <= 3 and rest.islower() and len(FOREIGN_LETTER_WORD.findall(context)) >= 2):
            # (a short ending in a window of another language is the name's case: "z Cyfronetu w Krakowie")
            b += len(rest)
    elif b < len(context) and context[b] == "-" and (tail := _HYPHEN_TAIL.match(context, b)) is not None \
            and tail.end() < len(context) and not tail.group(0).islower():
        # "Chick" of "Chick-fil-A", "Rolls" of "Rolls-Royce": a capital after the hyphen goes on the
        # name ("Google-backed" is a mention)
        b = tail.end()
    if (a, b) == (at, end) and (amp := _AMPERSAND_BEFORE.search(context, max(0, at - 30), at)) is not None \
            and amp.start() > 0:
        a = amp.start()  # "Schuster" of "Simon & Schuster", "Young" of "Ernst & Young": the firm's first name and '&'
    elif (a, b) == (at, end) and (amp := _AMPERSAND_AFTER.match(context, end)) is not None and amp.end() < len(context):
        b = amp.end()  # "Procter" of "Procter & Gamble"
    if (a, b) == (at, end):
        return None
    return context[a:b]


# a web address with a scheme, a "www." or a path ("vanta.com/podcast"), not a domain alone ("Cal.com")
_WEB_ADDRESS = regexcache.compile(r"(?i)(?:https?://|www\.)\S+$|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*$")
# a capitalised word and an ampersand right before a name in its window ("Simon & | Schuster")
_AMPERSAND_BEFORE = regexcache.compile(r"(?<![\w&-])[A-Z][\w'’.-]*[ \t]+&[ \t]+$")
_AMPERSAND_AFTER = regexcache.compile(r"[ \t]+&[ \t]+[A-Z][\w'’-]*")


# the last words of a legal name that name no firm alone ("Here Technologies", "Acme Holdings")
_LEGAL_WORDS = frozenset({"Technologies", "Technology", "Systems", "Industries", "Holdings", "Laboratories",
                          "Corporation", "Incorporated", "Enterprises"})
# conjunctions no company name starts with as a separate word ("When I Work" does: not listed)
_NEVER_FIRST = frozenset({"and", "but", "or", "so", "because", "although", "though", "if", "whenever",
                          "whereas", "unless", "then", "nor", "cause"})
_PREV_WORD = regexcache.compile(r"([A-Z][\w.-]*)\s+$")
_NEXT_NAME_WORD = regexcache.compile(r"[ \t]+([A-Z][\w-]*)(?![\w-])")


@lru_cache(maxsize=8)
def _tails(gl_id: int, gl: Glossary) -> dict[str, tuple[str, ...]]:
    """The glossary's names of two words or more by their last words ("Teams" -> ("Microsoft",))."""
    out: dict[str, list[str]] = {}
    for e in gl.entries:
        for form in e.accepted:
            head, _, tail = form.partition(" ")
            if tail and head[:1].isupper():
                out.setdefault(tail, []).append(head)
    return {k: tuple(v) for k, v in out.items()}


def _maker_tail(window: str, name: str, gl: Glossary) -> str | None:
    """The glossary name that `name` ends, when the window names its first word elsewhere ("in
    Teams" beside "Microsoft's Reading Progress": Microsoft Teams), or None."""
    heads = _tails(id(gl), gl).get(name)
    if not heads:
        return None
    for head in heads:
        if re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", window):
            return head + " " + name
    return None


def _glossary_neighbour(context: str, at: int, name: str, gl: Glossary, company_words: set[str]) -> str | None:
    """A glossary name the window shows `name` to be the tail of ("Face" in "Hugging Face"), or
    the head of ("Hugging" in "Hugging Face").

    A lost last word counts only when it is no generic company word: "Scale" of "Scale AI" and
    "Thinking Machines" of "Thinking Machines Lab" are short forms.
    """
    before = _PREV_WORD.search(context[:at])
    if before and before.start() > 0:
        longer = before.group(1) + " " + name
        if gl.lookup(longer) is not None:
            return longer
    after = _NEXT_NAME_WORD.match(context, at + len(name))
    if after and after.end() < len(context) and after.group(1) not in company_words:
        longer = name + " " + after.group(1)
        if gl.lookup(longer) is not None:
            return longer
    return None


def _glossary_head_before(context: str, at: int, name: str, entry, gl: Glossary) -> str | None:
    """The glossary name of another entry that a capitalised word before `name` in its window makes
    of it ("Moore Threads" of "Threads"), or None. Spellings of the name's own entry ("Google
    DeepMind" of "DeepMind") and of its maker's products are the name still."""
    before = _PREV_WORD.search(context[:at])
    if not before or before.start() == 0 or context[before.end(1):at] != " ":
        return None
    longer = before.group(1) + " " + name
    other = gl.lookup(longer)
    if other is None or other is entry or other.name == entry.name or entry in gl.chain(other) or other in gl.chain(entry):
        return None
    maker = gl.lookup(before.group(1))
    if maker is not None and maker in gl.chain(other):
        return None  # the maker's name before its product ("Microsoft Copilot", "Meta Llama"): said either way
    return longer


_ARTICLES = frozenset(("The", "A", "An"))
# an LLM context that calls the name a term ("Term for outsized jury awards", "Industry jargon for ...")
_TERM_FOR = regexcache.compile(
    r"(?:an?\s+)?(?:(?:industry|legal|trade|technical|insurance|financial|marketing|common|popular|informal|slang)\s+)?"
    r"(?:term|jargon|slang|word|phrase|expression|shorthand|abbreviation|acronym)\s+(?:for|describing|meaning|"
    r"that\s+describes|referring\s+to|used\s+for)\b", re.I)
# after a name: a noun of a firm's deal or part ("their Blue River acquisition")
_DEAL_NOUN_AFTER = regexcache.compile(r"[ \t]+(?:acquisition|purchase|merger|buyout|takeover|deal|subsidiary|division|"
                                      r"unit|spin-?off|stake|investment)\b")
# a possessive determiner of the speaker's or listener's right before a name in its window
_POSSESSIVE_DETERMINER_BEFORE = regexcache.compile(r"(?<![\w-])(?:[Oo]ur|[Mm]y|[Yy]our|[Tt]heir)[ \t]+$")


def _expands_acronym(name: str, context: str) -> bool:
    """Is the LLM context only the spelled-out acronym, in ordinary lowercase words ("MFA":
    "Multi-factor authentication.")? A firm's acronym spells out a name in capitals ("IBM":
    "International Business Machines")."""
    if not (2 <= len(name) <= 6 and name.isupper() and name.isalpha()):
        return False
    parts = context.strip().rstrip(".").replace("-", " ").split()
    return (len(parts) == len(name) and all(p[:1].lower() == c.lower() for p, c in zip(parts, name))
            and all(p.isalpha() and p.islower() for p in parts[1:])
            and all(at_least(p.lower(), _CONCEPT_ZIPF) for p in parts))


# a preposition of where someone works or what they came from, right before a name in its window
_PLACE_PREPOSITION_BEFORE = regexcache.compile(r"\b(?:at|from|with|joined)[ \t]+$")


def _no_name_start(word: str, words: NoiseWords) -> bool:
    """Is the capitalised word before a name no first word of the name it was cut from: an
    article, a title, a given name, a day or month, a country?"""
    low = word.lower()
    return (word in _ARTICLES or word in words.honorifics or word in words.first_names or low in words.dates
            or low in words.countries)


def _capital_word_before(context: str, at: int, name: str, words: NoiseWords) -> str | None:
    """An ordinary English word, capitalised inside a sentence, right before a name in its
    window: the first word of the name it was cut from ("Rover" of "the Land Rover store"), or None.
    Not a title ("Dr."), a given name, a month or day, an article, nor a word at a sentence's start.
    A name of two or three words is judged so when every word of it is an ordinary word too ("Valley
    Bank" of "when Silicon Valley Bank failed")."""
    if not name[:1].isupper():
        return None
    if " " in name:
        parts = name.split()
        if len(parts) > 3 or not all(p.isalpha() and p[:1].isupper() and is_common_word(p.lower()) for p in parts):
            return None
    before = _PREV_WORD.search(context, max(0, at - 30), at)
    if before is None or before.start() == 0:
        return None
    word = before.group(1)
    if (not word.isalpha() or not word[1:].islower() or _no_name_start(word, words) or not is_common_word(word.lower())
            or name.isupper()):  # ("In Europe Skanska has": a place)
        return None  # (nor a word before an acronym: "the Illinois BIPA statute" qualifies the law)
    if at_sentence_start(context, before.start()) and not (
            " " not in name and name.isalpha() and name[1:].islower() and is_common_word(name.lower())
            and word.lower() not in words.leading and not word.lower().endswith("ly")):
        # a sentence's first word is capitalised anyway ("Yesterday Stanford said"), unless it is no
        # word that opens sentences and the name an ordinary word too ("? State Farm and ...")
        return None
    return word + " " + name


# the last words of an institution's name, which a capitalised word inside a sentence may start
# ("MIT Lincoln Laboratory", "Max Planck Institute")
_INSTITUTION_WORDS = frozenset({"Laboratory", "Laboratories", "Lab", "Labs", "Institute", "University", "College",
                                "Observatory", "Hospital", "Foundation", "Center", "Centre"})


def _name_word_before(context: str, at: int, name: str, gl: Glossary, words: NoiseWords) -> str | None:
    """The capitalised word inside a sentence right before a name of two words or more in its
    window, when it is the start of the name the NER pass cut: a glossary name, the name's maker
    or platform ("Azure" of "used Azure Quantum Elements"), or any such word before an
    institution's ("MIT" of "at MIT Lincoln Laboratory"). Not for a name whose
    first word is a given name itself (a person after a firm: "at Nvidia Bill Dally said")."""
    parts = name.split()
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or parts[0] in words.first_names:
        return None
    before = _PREV_WORD.search(context, max(0, at - 30), at)
    if before is None or before.start() == 0:
        return None
    word = before.group(1)
    if not word.isalpha() or word in _ARTICLES or word in words.honorifics or word.lower() in words.dates:
        return None
    if at_sentence_start(context, before.start()):
        return None  # (a sentence's first word is capitalised anyway: "Yesterday Stanford University said")
    entry = gl.lookup(word)
    if (entry is not None and entry.kind != "person") or parts[-1] in _INSTITUTION_WORDS:
        return word + " " + name
    return None


_SENTENCE_WORD_ZIPF = 3.0
# after a name in its window: the head of a public body or an institution and "of" a capitalised
# word ("Cyberspace | Administration of China", "Zhejiang | Institute of Technology")
_BODY_OF_AFTER = regexcache.compile(r"[ \t]+((?:[A-Z][a-z]+[ \t]+){0,2}?([A-Z][a-z]+))[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*")


def _body_name_after(context: str, at: int, name: str, words: NoiseWords) -> str | None:
    """The name of a public body or an institution that a one-word name starts in its window, its
    head ("Administration", "Institute") and "of" a capitalised word after it: "Cyberspace" of
    "The Cyberspace Administration of China"; else None."""
    if " " in name or not name[:1].isupper():
        return None
    m = _BODY_OF_AFTER.match(context, at + len(name))
    if m is None or m.end() >= len(context):
        return None
    head = m.group(2).lower()
    if head not in words.public_body_heads and head not in words.institution_heads and head not in (
            "administration", "institute", "office", "academy", "university", "ministry", "department"):
        return None
    return context[at:m.end()]


def _name_before_word(context: str, at: int, name: str, words: NoiseWords) -> str | None:
    """A capitalised word that is no English word (a name: "Halvard", "SWE-bench") right before a
    name that is one ordinary English word, inside a sentence of its window: the name is the last
    word of the name the NER pass cut ("Mutual" of "at Halvard Mutual, a mid-sized insurer",
    "Verified" of "SWE-bench Verified"). Not after a given name or a title ("Tim Cook", "Dr.
    Gray"), a day, a month or a country, nor after a sentence's end or an English word that opens
    a sentence ("So Mercury was the bank")."""
    if not (name.isascii() and name.isalpha() and name[:1].isupper() and name[1:].islower()
            and is_common_word(name.lower())):
        return None
    before = _PREV_WORD.search(context, max(0, at - 30), at)
    if before is None or before.start() == 0:
        return None
    word = before.group(1)
    if word.endswith("."):
        return None  # (the end of the sentence before: "... Marcus Oyelaran. Aurora launched")
    if not word.isascii():
        return None  # (and wordfreq is asked about ASCII words only: another makes it load its whole list)
    if at_sentence_start(context, before.start()) and word.isalpha() and at_least(word.lower(), _SENTENCE_WORD_ZIPF):
        return None  # (a word of English opens a sentence capitalised; a name does as a name: "SWE-bench Verified was")
    if (not word or _no_name_start(word, words) or word.isupper()
            or (word.isalpha() and is_common_word(word.lower())) or not any(c.isalpha() for c in word)):
        return None  # (a common word before is `_capital_word_before`'s; capitals are an acronym: "US Steel")
    return word + " " + name


@lru_cache(maxsize=8)
def _surnames(gl_id: int, gl: Glossary) -> dict[str, str]:
    """The surnames of the glossary's people that name them alone ("Karpathy" -> "Andrej
    Karpathy"): four letters or more, no ordinary word ("Cook", "Page", "Brown"), no glossary
    name and no first word of a firm's name ("Andreessen" of "Andreessen Horowitz", "Khosla" of
    "Khosla Ventures": a firm said short)."""
    firms = {f.split()[0] for e in gl.entries if e.kind != "person" for f in e.accepted if f.split()}
    out: dict[str, str] = {}
    for e in gl.entries:
        parts = e.name.split()
        if e.kind != "person" or len(parts) < 2:
            continue
        last = parts[-1]
        if (len(last) >= 4 and last.isalpha() and last not in firms and gl.lookup(last) is None
                and not (last.isascii() and is_common_word(last.lower()))):  # ("Lütke" is no English word)
            out.setdefault(last, e.name)
    return out


def classify(row, gl: Glossary, words: NoiseWords) -> Noise | None:
    name = row.name
    if not isinstance(name, str) or not name.strip():
        return None
    name = name.strip()
    entry = gl.lookup(name)
    ner = is_ner(row)
    at = window_offset(row.context, name) if ner else -1

    # F503: a hedge or annotation inside the name
    m = _HEDGE.search(name)
    if m and m.group("inner") is not None and _MODEL_NUMBER.fullmatch(m.group("inner")) and m.end() == len(name):
        m = None  # a model's number in brackets is part of its name: "Nothing Phone (3)", "Phone (2a)"
    if m and entry is None:
        outside = name[:m.start()].strip()
        raw = (m.group("inner") or m.group("binner") or m.group("alt") or "").strip()
        inner = _HEDGE_WORDS.sub("", raw).strip()
        # "Lama (or Llama)": the alternative may be the right one; "Gemini (Google)": an annotation
        order = (inner, outside) if (inner != raw or m.group("alt")) else (outside,)
        choice = next((c for c in order if c in gl.accepted), None)
        choice = choice or next((c for c in (outside, inner) if c and gl.lookup(c)), None) or outside or None
        return Noise("F503", f"{name!r} is a hedged or annotated name, not one name", name,
                     choice if choice and choice != name else None)

    # F502: a name cut out of a longer word in its own transcript window
    if ner and at != -1:
        full = _cut_name(row.context, at, name)
        if full is None and entry is not None:
            # a glossary name that is the tail of another glossary name in its window ("Threads" of
            # "Moore Threads", no Meta's Threads): the NER pass cut the longer name
            full = _glossary_head_before(row.context, at, name, entry, gl)
        if full is None and entry is None:
            full = _glossary_neighbour(row.context, at, name, gl, words.company_words) or _capital_word_before(
                row.context, at, name, words) or _name_word_before(row.context, at, name, gl, words) \
                or _name_before_word(row.context, at, name, words) or _body_name_after(row.context, at, name, words)
        if full and full.lower() != name.lower():
            return Noise("F502", f"{name!r} is cut from {full!r} in its transcript window", name,
                         full if _is_name_like(full, gl, words) else None)
        if entry is None and name in words.event_words and (full := _event_name(row.context, at, name)):
            # "Cup" of "the World Cup", "Tour" of "Tour de France": an event's head word cut from its name
            return Noise("F502", f"{name!r} is cut from the event {full!r} in its transcript window", name)

    if entry is not None and entry.kind == "person":
        return Noise("F504", f"{name!r} is a person ({entry.name}), not a company or product", name, what="person")
    if (entry is not None and not entry.is_org and ner and at != -1 and not row.context.startswith(("'s", "’s"), at + len(name))
            and (words.show_after.match(row.context, at + len(name))
                 or (words.show_before.search(row.context, max(0, at - 40), at)
                     and _WELCOMED.search(row.context, max(0, at - 40), at)
                     and _CLAUSE_END.match(row.context, at + len(name))))):
        # a show of the glossary that its window calls the podcast ("the Odd Lots podcast", "Hard
        # Fork is our weekly show") or welcomes the listener to, the sentence ending there
        # ("Welcome to ChinaTalk."; not "welcome to the Gemini era", nor "here on YouTube,", the
        # platform): the show itself, in the list of companies it talks of
        return Noise("F504", f"{name!r} is the show's own name, not a company or product", name)
    if entry is not None and not (entry.common_word and ner and at != -1 and entry.exceptions
                                  and in_exception(row.context, at, at + len(name), entry)):
        # (a name that is also a word stands for the word inside one of its glossary's phrases:
        # "we use Vector search" is no Quantum Systems drone; the generic-term tests below judge it)
        return None
    if (" " not in name and (person := _surnames(id(gl), gl).get(name)) is not None
            and (not ner or _named_mid_sentence(row.context, at, name))):
        # "Karpathy", "Zuckerberg": a person of the glossary by the surname alone, after a word
        # of the sentence in an NER window ("said Huang on stage"; "Mensch is a Yiddish word" at
        # the window's start tells nothing)
        return Noise("F504", f"{name!r} is a person ({person}), not a company or product", name, what="person")

    # F501: a sentence-start word glued to a name, or a fragment of speech
    if " " not in name and (name in words.pronouns or words.leading.get(name.lower()) not in (None, "verbs")) \
            and not (name not in words.pronouns and (
                (_named_mid_sentence(row.context, at, name) or firm_apposition(row.context, at, name, words)
                 or (words.leading.get(name.lower()) in ("prepositions", "conjunctions")
                     and _FIRM_VERB_AFTER.match(row.context, at + len(name)) is not None)
                 or (words.leading.get(name.lower()) == "adverbs" and name.lower() not in _COPULA_ADVERBS
                     and _SUBJECT_VERB_AFTER.match(row.context, at + len(name)) is not None)) if ner
                else isinstance(row.context, str) and _firm_described(row.context, words))):
        # (a word that stands capitalised mid-sentence in its window is a name: "the newsletter
        # company Every built ..."; so is one whose LLM context describes a firm or product:
        # "Every: Media company that publishes ...")
        return Noise("F501", f"{name!r} is a function word, not a name", name)
    if _WEB_ADDRESS.match(name):
        # "vanta.com/podcast", "https://...": an ad's or a link's address, no firm ("Cal.com" is one)
        return Noise("F504", f"{name!r} is a web address, not a company or product", name)
    first, _, rest = name.partition(" ")
    if rest and first in words.demonyms and (rest_entry := gl.lookup(rest)) is not None and rest_entry.kind != "person":
        # "Chinese DeepSeek", "Saudi Humain": a country's adjective of the sentence glued to a name
        # of the glossary ("Saudi Aramco" is no glossary name's: a firm's own name)
        return Noise("F501", f"{name!r} is the country adjective {first!r} glued to the name {rest!r}", name, rest)
    head, _, last = name.rpartition(" ")
    if (head and last.isascii() and last.isalpha() and last.islower() and is_common_word(last)
            and not head.islower() and (head_entry := gl.lookup(head)) is not None and head_entry.kind != "person"
            and f"{head} {last.title()}" not in gl.accepted and last not in words.company_words
            and last not in words.generic_words):  # ("Gemini models": the family, named so)
        # "ServiceNow request", "Snowflake account": a name and a lowercase word of its sentence
        # ("Llama guard" is Llama Guard miscased: the misspelling rules' business)
        return Noise("F501", f"{name!r} is the name {head!r} glued to the word {last!r} of its sentence",
                     name, head)
    parts = name.split(None, 1)
    if (len(parts) == 2 and ner and at != -1 and parts[0][:1].isupper() and parts[0][1:].islower()
            and row.context[at:at + len(parts[0])] == parts[0].lower()
            and row.context[at + len(parts[0]):at + len(name)].lstrip() == parts[1] and parts[1][:1].isupper()):
        # "Ban Meta" in "a proposal to ban Meta from ...": a lowercase word of the sentence, then
        # a name; the name's own words are capitalised in the transcript
        return Noise("F501", f"{name!r} is a sentence fragment: the word {parts[0].lower()!r} of its window "
                             f"glued to {parts[1]!r}", name,
                     parts[1] if _is_name_like(parts[1], gl, words) else None)
    if len(parts) == 2:
        first, rest = parts
        comma = first.endswith(",") and len(first) > 1  # "Look, Boston Dynamics": a name holds no comma there
        if comma:
            first = first[:-1]
        # (a word in capitals is an acronym, not a word of speech: "US Cellular" is no "us")
        group = None if first.isupper() and len(first) > 1 else words.leading.get(first.lower())
        # determiners and ordinals need stronger evidence: real names start with "The", "First", "Next"
        weak = group in ("determiners", "ordinals") and not comma
        if (group == "verbs" and rest in words.company_words and not rest.isupper()
                and rest.lower() not in words.generic_words and gl.lookup(rest) is None):
            group = None  # "Beat Games", "Launch Capital": a company word names a firm only after its own word
            # (not a firm's own name: "Take Deere, for example")
        if group is not None:
            rest_entry = gl.lookup(rest)
            start = ner and at != -1 and at_sentence_start(row.context, at)
            rest_generic = all(w.lower() in words.generic_words for w in rest.split())
            if (rest in words.pronouns or rest.split()[0] in words.pronouns) and not (
                    # "the scheduling app When I Work": a pronoun inside a name, each word capitalised
                    # mid-sentence in its window ("When I think" is speech)
                    ner and (any(w[:1].isupper() and w not in words.pronouns for w in rest.split()[1:])
                             # or the pronoun itself capitalised after a lowercase word, as no one
                             # writes speech ("thinking about moving Among Us")
                             or (rest.split()[0] != "I" and rest[:1].isupper()))
                    and _named_mid_sentence(row.context, at, name)) and not (
                    # an LLM entry's title of three or more capitalised words ("Have I Been Pwned",
                    # "How I Built This"): the enrichment named it, no transcript cut it
                    not ner and len(rest.split()) >= 2 and all(w[:1].isupper() for w in rest.split()[1:])):
                why = "a fragment of speech"
                replacement = None
            elif not weak and rest_entry is None and (rest in words.people or rest.split()[0] in words.first_names):
                why = f"{first!r} glued to a person's name, {rest!r}"  # "Hi Sam", "Thanks Priya"
                replacement = None
            elif rest_entry is not None or (rest.lower() in words.countries and not (
                    rest in words.pronouns and _named_mid_sentence(row.context, at, name))):  # ("moving Among Us")
                why = f"{first!r} glued to the name {rest!r}"
                replacement = rest
            elif comma:
                why = f"{first!r} and a comma glued to {rest!r}"
                replacement = rest if _is_name_like(rest, gl, words) else None
            elif weak and not rest_generic:
                why = ""
            elif ner and at != -1 and (firm_apposition(row.context, at, name, words) or (
                    not weak and _brand_of_a_word(row.context, at, name, rest, words)) or (
                    len(rest.split()) >= 2 and all(is_common_word(w.lower()) for w in rest.split())
                    and _FIRM_VERB_AFTER.match(row.context, at + len(name)))):
                why = ""  # "Beyond Meat's IPO", "So Delicious, which ...": a brand of an ordinary word
                # ("And Other Stories publishes books": ordinary words and a firm's verb after them)
            elif not start and ner and at != -1 and _THE_BEFORE.search(row.context, max(0, at - 5), at):
                why = ""  # "The Or Foundation did the research": an article before it, no sentence starts there
            elif (not start and ner and at != -1 and rest_generic
                  and _PLACE_PREPOSITION_BEFORE.search(row.context, max(0, at - 6), at)):
                why = ""  # "four years at Built Robotics": a firm's name of a word and a trade after "at"
            elif rest in _LEGAL_WORDS and first.lower() not in _NEVER_FIRST and first.lower() not in ("a", "an", "the"):
                # "Here Technologies sells ...": a word with a legal name's last word, no name without
                # it (not a trade's word: "Launch Robotics is the plan for Q3" is a fragment)
                why = ""
            elif start or (not weak and ner and at != -1 and rest_generic):
                why = f"{first!r} from the start of a sentence glued to {rest!r}"
                replacement = rest if _is_name_like(rest, gl, words) else None
            elif weak and rest_generic:
                why = f"{first!r} with the generic term {rest!r}"
                replacement = None
            elif first.lower() in _NEVER_FIRST and not (ner and _named_mid_sentence(row.context, at, name)):
                # ("the So Good brand": after a lowercase word of its sentence, capitalised as
                # written, the conjunction is the name's first word)
                why = f"{first!r} starts a clause, not a name"
                replacement = rest if _is_name_like(rest, gl, words) else None
            else:
                why = ""
            if why and (ner or rest_entry is not None or not isinstance(row.context, str)
                        or not _firm_described(row.context, words)) and not (
                    # an LLM entry's title of three or more capitalised words ("If Then Else Labs"):
                    # the enrichment named it, no transcript cut it
                    not ner and rest_entry is None and len(rest.split()) >= 2
                    and all(w[:1].isupper() for w in rest.split())):
                # (an LLM context that describes a firm or product outweighs the shape of speech:
                # "Among Us: Social deduction game from Innersloth")
                return Noise("F501", f"{name!r} is a sentence fragment: {why}", name, replacement)
        elif (ner and at != -1 and rest.isascii() and rest.isalpha() and rest.islower() and not comma
              and first.isalpha() and first[:1].isupper() and first[1:].islower()
              and row.context[at:at + len(name)] == name and at_sentence_start(row.context, at)
              and is_common_word(first.lower()) and is_common_word(rest)
              and gl.lookup(first) is None and first not in words.company_words
              and rest not in words.company_words and rest not in words.generic_words):
            # "Apply in minutes", "Cancel unwanted subscriptions", "Hold that thought": the first two
            # words of a sentence, the second lowercase as said; no name of the glossary opens it
            return Noise("F501", f"{name!r} is a sentence fragment: the first two words of a sentence of its "
                                 f"window, the second lowercase", name)

    # F504: people, places, governments, generic terms
    low = name.lower()
    if entry is None and (_show_in_window(row.context, at, name) if ner and at != -1
                          else isinstance(row.context, str) and _SHOW_CONTEXT.match(row.context) is not None):
        return Noise("F504", f"{name!r} is the podcast itself, not a company or product", name)
    if not ner and name in words.event_words and not (isinstance(row.context, str)
                                                       and _firm_described(row.context, words)):
        return Noise("F504", f"{name!r} is an event's head word, not a company or product", name)
    if (len(name) > 2 and name[-1] == "s" and name[:-1].isupper() and name[:-1].isalpha() and name.isascii()
            and gl.lookup(name[:-1]) is None
            and not (not ner and isinstance(row.context, str) and _firm_described(row.context, words))):
        # "MSPs", "OEMs": the plural of a trade's acronym is a kind of firm, not one firm
        return Noise("F504", f"{name!r} is the plural of the acronym {name[:-1]!r}, a class of things, not a company",
                     name)
    if (ner and at != -1 and entry is None and words.method_nouns.match(row.context, at + len(name))
            and name[:1].isupper()):
        # "the Kelly criterion", "the Delphi method": the name of a method, not of a firm
        return Noise("F504", f"{name!r} names a method ('{name}"
                             f"{words.method_nouns.match(row.context, at + len(name)).group(0)}'), "
                             f"not a company or product", name)
    category = row.category if isinstance(row.category, str) else ""
    context = row.context if isinstance(row.context, str) and not ner else ""
    if low in words.countries or (not low.isascii() and _without_accents(low) in words.countries):
        return Noise("F504", f"{name!r} is a country or place, not a company", name, what="place")  # ("Montréal", "Zürich")
    if name in words.people:
        return Noise("F504", f"{name!r} is a person, not a company or product", name, what="person")
    tokens = name.split()
    if name in words.eponymous_firms:
        return None  # a firm named after its founder, not a person: "Louis Vuitton", "Charles Schwab"
    if (2 <= len(tokens) <= 4 and tokens[0] in words.first_names
            # (of three words or more, a middle word that is no given name, particle, initial or
            # short pet name and a last one of everyday English make a title, not a name: "Mario Kart World")
            and not (len(tokens) >= 3 and tokens[1] not in words.first_names and tokens[1] not in NAME_PARTICLES
                     and len(tokens[1]) >= 4 and at_least(tokens[-1].lower(), _TITLE_WORD_ZIPF))  # ("Mary Jo White")
            and all((t[:1].isupper() or (0 < i < len(tokens) - 1 and t in NAME_PARTICLES))
                    and t.replace("-", "").replace("'", "").isalpha() for i, t in enumerate(tokens))
            and not any(len(t) > 1 and t.isupper() for t in tokens[1:])  # ("Franklin WH": an acronym is no surname)
            and sum(t in NAME_PARTICLES for t in tokens) >= len(tokens) - 3
            and not any(t in words.company_words for t in tokens[1:])
            and tokens[-1] not in words.named_after_heads  # ("Andy Warhol Museum")
            # (nor a trade's common gerund after it: "Amira Learning", "Ellie Banking"; not "Sterling")
            and not (len(tokens[-1]) >= 6 and tokens[-1].endswith("ing") and at_least(tokens[-1].lower(), _TRADE_GERUND_ZIPF))
            and not (ner and at != -1 and _name_as_modifier(row.context, at, name, words))
            and not _described_as_firm(context, words)
            and not (ner and at != -1 and (_firm_in_window(row.context, at, name, words)
                                           or _WHICH_AFTER.match(row.context, at + len(name)) is not None))):
        return Noise("F504", f"{name!r} looks like a person's name, not a company or product", name, what="person")
    if (ner and at != -1 and 2 <= len(tokens) <= 3 and _ROLE_APPOSED_AFTER.match(row.context, at + len(name))
            and all(t[:1].isupper() and t[1:].islower() and t.replace("-", "").isalpha() for t in tokens)
            and not any(t in words.company_words for t in tokens) and gl.lookup(name) is None):
        # "Haruka Saitō, co-founder and CEO of Kotoba Labs": a role set off after the name, whatever
        # the given name
        return Noise("F504", f"{name!r} is a person ('{name}, {_ROLE_APPOSED_AFTER.match(row.context, at + len(name)).group(1)}'), "
                             f"not a company or product", name, what="person")
    # (the lawyers at a firm named like a person: "The lawyers at Kessler Vance wrote the clause")
    if (ner and at != -1 and _person_by_verb(row.context, at, name, tokens, words, gl)
            and not _thing_in_window(row.context, at, name, words)):
        return Noise("F504", f"{name!r} looks like a person's name ('{name} "
                             f"{_NEXT_WORD.match(row.context, at + len(name)).group(1)}'), not a company or product", name, what="person")
    if (ner and at != -1 and (pronoun := _person_by_pronoun(row.context, at, name, tokens, words, gl))
            and not _thing_in_window(row.context, at, name, words)):
        return Noise("F504", f"{name!r} looks like a person's name ('{name} ... {pronoun}'), not a company or "
                             f"product", name, what="person")
    if (ner and at != -1 and 1 <= len(tokens) <= 4 and (name[:1].isupper() or name[:1].isdigit())
            and not row.context.startswith(("'s", "’s"), at + len(name))
            and (words.show_before.search(row.context, max(0, at - 40), at) or words.show_after.match(row.context, at + len(name)))
            and ((entry := gl.lookup(name)) is None or not entry.is_org)):
        # "welcome to Decoder", "this is Pivot from New York Magazine", "Decoder is my show about
        # big ideas": the show itself, not a company it talks of
        return Noise("F504", f"{name!r} is the show's own name, not a company or product", name)
    if (ner and at != -1 and len(tokens) == 1 and gl.lookup(name) is None
            and (_ADDRESSED_AFTER.match(row.context, at + len(name)) and name in words.first_names
                 or _addressed_at_start(row.context, name, words))):
        # "Casey, it's back-to-school season", "Kevin, what did you think?": a host or guest
        # addressed by their given name (a listed one, or any rare word that opens its sentence:
        # "Ranjan, welcome.", "Trish, let's talk about ...")
        return Noise("F504", f"{name!r} is a person addressed by their given name, not a company or product",
                     name, what="person")
    if (ner and at != -1 and 1 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens) and gl.lookup(name) is None
            and not any(t in words.company_words for t in tokens)
            and (state := _PLACE_AFTER.match(row.context, at + len(name))) is not None
            and state.group(1).lower() in words.countries and name.lower() not in words.countries):
        # "the Pleasanton, California company": a town and its state or country
        return Noise("F504", f"{name!r} is a place ('{name}, {state.group(1)}'), not a company", name, what="place")
    if (ner and at != -1 and _personal_name(tokens, words) and name not in words.eponymous_firms
            and gl.lookup(name) is None and (words.person_before.search(row.context, max(0, at - 60), at)
                                             or words.person_after.match(row.context, at + len(name)))):
        # "Today my guest is Madhavan Ramanujam, author of Monetizing Innovation": the host's
        # introduction of a guest, or a person's role in apposition after the name
        return Noise("F504", f"{name!r} is a person, introduced as one in its window, not a company or product",
                     name, what="person")
    if (ner and at != -1 and 2 <= len(tokens) <= 3 and words.honorifics
            and all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in tokens)
            and (prev := _PREV_WORD.search(row.context, 0, at)) is not None and prev.group(1) in words.honorifics):
        # "Dr. Ana Ruiz" in its window: a title makes a person of any name
        return Noise("F504", f"{name!r} is a person ('{prev.group(1)} {name}'), not a company or product", name, what="person")
    if (len(tokens) >= 2 and tokens[0] in words.honorifics and _personal_name(tokens[1:], words, alone=True)
            and not any(t.endswith(("'s", "’s")) for t in tokens) and not words.firm_nouns.search(context)
            # (a title before ordinary words of a trade is a brand: "Mr. Car Wash", "Dr. Scholl's" aside)
            and not (len(tokens) >= 3 and tokens[1] not in words.first_names
                     and all(at_least(t.lower(), _TRADE_WORD_ZIPF) for t in tokens[1:]))):
        # "Ms. Alvarez", "Dr. Ana Ruiz": a title in the name itself ("Dr. Martens, the footwear
        # brand" and "Mrs. Meyer's" are brands)
        return Noise("F504", f"{name!r} is a person (the title {tokens[0]!r}), not a company or product", name, what="person")
    if (((ner and at != -1 and row.context[max(0, at - 12):at].rstrip().endswith(("in", "of", "the", "to", "outside", "from", "near"))
          and words.place_before.search(row.context, max(0, at - 60), at))
         or (context and _place_described(context, words)))
            and 1 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)
            and not any(t in words.company_words or _CAMEL.search(t) for t in tokens)):
        # "we opened an office in Kraków", "headquartered in Bavaria"; "City where the guest's lab
        # is based": a place by the words around it, whatever list holds it or not
        return Noise("F504", f"{name!r} is a place, not a company", name, what="place")
    if (words.cities and 1 <= len(tokens) <= 3 and name[:1].isupper()
            and (low if low.isascii() else _without_accents(low)) in words.cities
            and not any(_CAMEL.search(t) for t in tokens)
            and not (context and _firm_described(context, words))
            and not (ner and at != -1 and (_firm_in_window(row.context, at, name, words)
                                           or _supplier_in_window(row.context, at, words, name)))):
        # "Fresno", "Kumasi": a city of the list, unless an LLM context describes a firm
        return Noise("F504", f"{name!r} is a city, not a company", name, beside=True, what="place")
    if (words.gatherings and _YEAR_AFTER.sub("", low) in words.gatherings
            and not (context and _firm_described(context, words))):
        # "NeurIPS", "GDC 2025": a gathering known by its own name
        return Noise("F504", f"{name!r} is an event, not a company or product", name)
    if (words.event_name_ends and 2 <= len(tokens) <= 4 and name.endswith(words.event_name_ends)
            # ("Data + AI Summit": a sign between its words)
            and all(t[:1].isupper() or not t[:1].isalnum() for t in tokens) and not (context and _firm_described(context, words))
            and not (ner and at != -1 and _firm_in_window(row.context, at, name, words))):
        # "Kentucky Derby", "Monaco Grand Prix": an event, not its organiser
        return Noise("F504", f"{name!r} is an event, not a company or product", name)
    if (len(tokens) >= 2 and tokens[-1] in words.region_heads and all(t[:1].isupper() for t in tokens)
            and not any(t in words.company_words for t in tokens) and entry is None
            and not (context and _firm_described(context, words))):
        # "Loudoun County", "Three Mile Island": a region or an island, not a company
        return Noise("F504", f"{name!r} is a place, not a company", name, what="place")
    if (len(tokens) >= 2 and tokens[-1] in words.venue_heads and all(t[:1].isupper() for t in tokens)
            and not (context and _firm_described(context, words))):
        # "Riverside Stadium", "Chrysler Building", "Sand Hill Road": a venue, building or street, not its owner
        return Noise("F504", f"{name!r} is a venue, building or street, not a company", name)
    if words.government.search(name) and not _firms_offer_for(name, gl) and not (
            context and words.private_body_context.search(context)
            and not words.public_body_description.match(context) and not words.government.search(context)):
        # ("International Standards Council: Standards body that writes ..." is no government's)
        return Noise("F504", f"{name!r} is a government or public body, not a company", name, what="public body")
    if (context and not words.public_body_heads.isdisjoint(_opening_words(context))
            and words.public_body_description.match(context)):
        # "Customs Service: US agency that seized the shipment": a public body by its description
        return Noise("F504", f"{name!r} is described as a public body, not a company", name, what="public body")
    if words.laws.search(name):
        return Noise("F504", f"{name!r} is a law or regulation, not a company or product", name)
    # (after "the" too: "The Transformer", "The Model" are the generic term with its article)
    bare = low[4:] if low.startswith("the ") else low
    if ner and at != -1 and _maker_tail(row.context, name, gl) is not None:
        return None  # "Microsoft's Reading Progress in Teams": Microsoft Teams, said short
    if (ner and at != -1 and " " not in name and _named_mid_sentence(row.context, at, name)
            and _HARDWARE_KIND_AFTER.match(row.context, at + len(name))):
        return None  # "has the Vector reconnaissance drone": a machine's name before its kind
    if low in words.generic_phrases or bare in words.generic_phrases:
        return Noise("F504", f"{name!r} is a generic term, not a company or product", name)
    if _JOB_TITLE.fullmatch(name) and gl.lookup(name) is None:
        return Noise("F504", f"{name!r} is a job title, not a company or product", name)
    if (ner and at != -1 and (kind := _AS_A_KIND.match(row.context, at + len(name))) is not None
            and all(t.isalpha() and is_common_word(t.lower()) for t in tokens)):
        # "Cold Brew as a category is easy to enter": ordinary words said to be a kind of thing
        return Noise("F504", f"{name!r} is a generic term ('{name}{kind.group(0)}'), not a company or product",
                     name, generic=True)
    acts = ner and at != -1 and (_ACTS_ON_ITS_OWN.match(row.context, at + len(name)) is not None
                                 or _named_subject(row.context, at, name)
                                 or (row.context[at:at + len(name)] == name
                                     and _APPOSED_SUBJECT.match(row.context, at + len(name)) is not None)
                                 or _investor_in_window(row.context, at, name)
                                 or _used_as_a_tool(row.context, at, name)
                                 # "summarizing Teams meetings": one word capitalised inside a
                                 # sentence before a noun it qualifies is a product's name
                                 or (" " not in name and _named_mid_sentence(row.context, at, name)
                                     and _modifies_noun(row.context, at + len(name)))
                                 # "their Foundation AI team released ...": a named unit of a firm
                                 or (_named_mid_sentence(row.context, at, name)
                                     and _UNIT_NOUN_AFTER.match(row.context, at + len(name)) is not None))
    if (bare and all(w in words.generic_words for w in bare.split()) and not words.firm_description.match(context)
            and not acts and not _firms_product(context, gl)):
        # ("Benchmark: Venture capital firm that backed Uber" is a firm named with a generic word)
        return Noise("F504", f"{name!r} is a generic term, not a company or product", name, generic=True, beside=True)
    if (_generic_compound(name[4:] if low.startswith("the ") else name, words) and not words.firm_description.match(context)
            and not acts):
        return Noise("F504", f"{name!r} is a generic term, not a company or product", name, generic=True, beside=True)
    if words.dates and len(tokens) in (2, 3) and _DAY_OR_YEAR.fullmatch(name) and (
            tokens[0].lower() in words.dates or tokens[1].lower().strip(",") in words.dates):
        # "July 9", "9 July", "March 2025", "July 9, 2025": a day or month with its number
        return Noise("F504", f"{name!r} is a date, not a company or product", name)
    if ner and at != -1 and words.dates and low in words.dates:
        before = row.context[:at].split()
        prev = before[-1].lower() if before else ""
        if prev in words.date_words_before and not (prev == "in" and low.endswith("day")):
            # "shipped on Monday", "in March": a day or month in its window ("Monday" the
            # work-management app is used, not dated: "we track it in Monday")
            return Noise("F504", f"{name!r} is a date ('{before[-1]} {name}'), not a company or product", name)
    if ner and at != -1 and _generic_plural(row.context, at, name, words):
        return Noise("F504", f"{name!r} is a generic plural noun ('{row.context[:at].split()[-1]} {name}'), "
                             f"not a company or product", name)
    if ner and at != -1 and _plural_subject(row.context, at, name, words):
        return Noise("F504", f"{name!r} is a plural noun at the start of its sentence "
                             f"('{name} {_NEXT_WORD.match(row.context, at + len(name)).group(1)}'), "
                             f"not a company or product", name)
    if (category and words.categories.search(category.replace("_", " "))
            and not _organisation_under_governance(category, tokens, context, words)
            and not _governance_alone(category, context, words)):
        return Noise("F504", f"{name!r} is categorised {category!r}, not a company or product", name)
    described = words.person_context.search(context) if context else None
    if described and not (_FIRM_ROLE.search(described.group(0))
                          and (len(tokens) < 2 or any(t in words.company_words for t in tokens))):
        # "investor" describes firms as well as people: "Sequoia, the investor in OpenAI" is a
        # firm; a person's name has a given name and a surname
        return Noise("F504", f"{name!r} is described as a person, not a company or product", name, what="person")
    if context and words.person_role is not None and (
            (several := _personal_name(tokens, words))
            or (_one_word_name_shape(tokens, words) and _uncommon_name(tokens[0], gl))):
        told = context[_described_lead(context):]
        role = words.person_role.match(told)
        if role is not None and (several or _role_alone(told, role.end()) or (
                role.group(0) in words.person_pronouns and not _firm_described(told[role.end():].lstrip(), words))):
            # (one word: "She sold out ...", not "Her beauty brand built on Instagram")
            return Noise("F504", f"{name!r} is described as a person ({role.group(0).strip()!r}), "
                                 f"not a company or product", name, what="person")
    if context and _personal_name(tokens, words) and (job := words.person_openings.search(context)) is not None:
        # "Sofia Lindqvist-Arrieta: Leads AI governance at a large European bank; the guest of the
        # episode": a name shaped like a person's, its context a person's job or part in the show
        return Noise("F504", f"{name!r} is described as a person ({job.group(0).strip(' ;,.')!r}), "
                             f"not a company or product", name, what="person")
    if context and words.concept_context is not None and _common_noun_phrase(tokens, words):
        concept = words.concept_context.match(context)
        if concept is not None and (not concept.groupdict().get("kind") or _plural(tokens[-1])) \
                and not _own_words_in(context[:concept.end() + 3], tokens):
            # "Prompt Injection: Attack technique where ...": ordinary words that an LLM context
            # describes as a technique or concept, not as something a firm makes
            return Noise("F504", f"{name!r} is described as a concept ({concept.group(0).strip()!r}), "
                                 f"not a company or product", name, generic=True)
    if (context and name[:1].isupper() and not name.isupper()
            and not words.method_noun_set.isdisjoint(set(_opening_words(context)) - _name_words_lower(name))
            and words.method_description.match(context)
            and not _firm_described(context, words)):
        # "Pythagorean Expectation: Baseball formula estimating ...", "Duckworth-Lewis: Scoring method
        # ...": a method named after its authors, not a firm (an acronym, "GRPO", may name the
        # method's code or product as well)
        return Noise("F504", f"{name!r} is described as a method, not a company or product", name)
    if (context and _trade_shape(tokens, words) and (term := words.term_description.match(context)) is not None
            and _trade_term(tokens, words, gl)
            and not _firm_described(context, words) and not _ORG_PRONOUN.match(context)):
        # "Carbon Credits: Discussed as a market mechanism ...", "Streaming", "Paid Subscriptions":
        # ordinary English words of a trade in title case, described as a kind of term, not of firm
        return Noise("F504", f"{name!r} is a common noun phrase of English described as a term of a trade "
                             f"({term.group(0).strip()!r}), not a company or product", name, generic=True)
    if context and (cat := _CATEGORY_OF.match(context)) is not None and gl.lookup(name) is None \
            and not _firm_described(context, words):
        # "Companion Apps: Category of AI chat apps designed for ...": a class of things, not one firm's
        return Noise("F504", f"{name!r} is described as a category ({cat.group(0).strip()!r}), not a company or "
                             f"product", name, generic=True)
    if (context and 1 <= len(tokens) <= 3 and _plural(tokens[-1]) and gl.lookup(name) is None
            and _common_noun_phrase(tokens, words) and (members := _CLASS_BY_MEMBERS.match(context)) is not None
            and name not in members.group("members")):  # (one of the members: "Fireworks" among "Together, Fireworks")
        # "Game Engines: The core software frameworks (Unity, Godot, Unreal) that indie studios build
        # on": a plural of ordinary words whose context names its members, a class of things
        return Noise("F504", f"{name!r} is a class of things, its context names its members "
                             f"({members.group('members').strip()!r}), not a company or product", name, generic=True)
    if context and gl.lookup(name) is None and not any(t in words.company_words for t in tokens) and (
            (term := _TERM_FOR.match(context)) is not None or _expands_acronym(name, context)):
        # "Nuclear verdicts: Term for outsized jury awards", "MFA: Multi-factor authentication."
        what = (f"described as a term ({term.group(0).strip()!r})" if term is not None
                else f"an abbreviation ({context.strip()!r})")
        return Noise("F504", f"{name!r} is {what}, not a company or product", name, generic=True)
    if len(tokens) == 2 and _NUMBERED_TERM.fullmatch(name) and gl.lookup(name) is None:
        # "Phase II", "Series A", "Stage 3": a step of a process, numbered
        return Noise("F504", f"{name!r} is a numbered step or stage, not a company or product", name, generic=True)
    if (ner and at != -1 and len(tokens) >= 2 and gl.lookup(name) is None and _KIND_NOUN_AFTER.match(row.context, at + len(name))
            and _common_noun_phrase(tokens, words) and not any(t in words.company_words for t in tokens)):
        # "the whole Ambient Scribe category": ordinary words that name a kind of product
        return Noise("F504", f"{name!r} is a kind of product ('{name}{_KIND_NOUN_AFTER.match(row.context, at + len(name)).group(0)}'), "
                             f"not a company or product", name, generic=True)
    if (glued := _GLUED_SENTENCE.fullmatch(name)) is not None and gl.lookup(name) is None:
        # "over to Groq.So the tail latency ...": a name run into the next sentence's first word
        return Noise("F501", f"{name!r} runs a name into the next sentence's first word ({glued.group(2)!r})", name,
                     replacement=glued.group(1))
    if len(tokens) >= 2 and tokens[-1] in _WEEKDAYS and ner and at != -1 and gl.lookup(name) is None:
        # "in Epic Monday morning": a name glued to the day after it
        return Noise("F501", f"{name!r} runs a name into the day after it ({tokens[-1]!r})", name,
                     replacement=" ".join(tokens[:-1]))
    if (len(tokens) >= 2 and tokens[-1] == "I" and ner and at != -1
            and _I_VERB_AFTER.match(row.context, at + len(name)) and gl.lookup(name) is None):
        # "between the Llama models and Mistral I think we tried six": the pronoun after a name
        return Noise("F501", f"{name!r} runs a name into the pronoun 'I' after it", name,
                     replacement=" ".join(tokens[:-1]))
    if (ner and at != -1 and 2 <= len(tokens) <= 3 and gl.lookup(name) is None and _common_noun_phrase(tokens, words)
            and not any(gl.lookup(t) is not None for t in tokens)
            and _POSSESSIVE_DETERMINER_BEFORE.search(row.context, max(0, at - 8), at) is not None
            and _DEAL_NOUN_AFTER.match(row.context, at + len(name)) is None):  # ("their Blue River acquisition": a firm)
        # "Our Online Marketplace sales are flat": ordinary words after "our", a thing of the speaker's
        # (one word is a product: "our Discord", "their Maestro")
        return Noise("F504", f"{name!r} is a generic term ('{row.context[max(0, at - 8):at].split()[-1]} {name}'), "
                             f"not a company or product", name, generic=True)
    if _activity(tokens, words, gl) and not _named_as_firm(row.context if ner else "", at, name, context, words, gl):
        return Noise("F504", f"{name!r} is a generic term (an activity), not a company or product", name,
                     generic=True, beside=True)
    if gl.lookup(name) is None:
        return _term_named(row, ner, at, name, tokens, words)
    return None


# before a name in its window: the speaker calls it a term ("the term AI PC means nothing", "I don't
# love the term, Small Language Model is marketing", "their tagline is literally Cheat on Everything")
_TERM_BEFORE = regexcache.compile(
    r"(?:\bthe\s+(?:term|phrase|word|buzzword|label|acronym|tagline|slogan|motto|catchphrase)|"
    r"\b(?:tagline|slogan|motto|catchphrase|buzzword)\s+(?:is|was)(?:\s+(?:literally|basically|just|now|still))?)"
    r"\s*,?\s*[\"“']?$", re.I)
# before a name in capitals: a number it counts ("a hundred million ARR", "45 TOPS", "$2B ARR")
_NUMBER_BEFORE = regexcache.compile(
    r"(?:\d[\d.,]*\s*(?:[kKmMbBtT]|%)?|\b(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty)|\bper)\s+$")
_ACRONYM_NAME = regexcache.compile(r"[A-Z]{2,5}s?")
# the last word of a name that no name ends on: the NER pass cut it before the words it leads to
# ("Explain My | Answer", "Bank of | America")
_NAME_END_WORDS = frozenset(("my", "your", "our", "their", "his", "her", "its", "the", "a", "an", "of", "and", "or",
                             "for", "to", "in", "on", "with", "at", "by", "from"))
_CAPITALISED_AFTER = regexcache.compile(r"[ \t]+((?:[A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){0,2})")


def _term_named(row, ner: bool, at: int, name: str, tokens: list[str], words: NoiseWords) -> Noise | None:
    """An entity the episode names as a term, a metric, a language or a name cut short: a name the
    NER window calls a term ("the term AI PC"), an acronym counted by a number before it ("a
    hundred million ARR"), a nationality or a language alone ("learn Spanish"), a name that
    ends on a function word ("Explain My", cut from "Explain My Answer")."""
    if len(tokens) == 1 and (name in words.demonyms or name in words.languages):
        return Noise("F504", f"{name!r} is a nationality or a language, not a company or product", name, generic=True)
    if not ner or at == -1:
        return None
    context = row.context
    if (term := _TERM_BEFORE.search(context, max(0, at - 40), at)) is not None:
        return Noise("F504", f"{name!r} is named as a term ('{term.group(0).strip()} {name}'), not a company or product",
                     name, generic=True)
    if _ACRONYM_NAME.fullmatch(name) and (number := _NUMBER_BEFORE.search(context, max(0, at - 24), at)) is not None:
        return Noise("F504", f"{name!r} is a unit or a metric counted by a number ('{number.group(0).strip()} "
                             f"{name}'), not a company or product", name, generic=True)
    if len(tokens) >= 2 and tokens[-1].lower() in _NAME_END_WORDS:
        after = _CAPITALISED_AFTER.match(context, at + len(name))
        if after is not None:
            full = f"{name} {after.group(1)}"
            return Noise("F502", f"{name!r} is cut from {full!r} in its transcript window", name)
        return Noise("F501", f"{name!r} ends on {tokens[-1]!r}, a word no name ends on", name)
    return None


def _own_words_in(text: str, tokens: list[str]) -> bool:
    """Does `text` (the start of an entity's context) hold one of the entity's own name's words
    capitalised: the context names the entity ("Notion's calendar app" of Notion Calendar, "Agent
    in Notion 3.0" of Notion Agent), whatever ordinary noun the word is as well ("notion")?"""
    for t in tokens:
        if not t[:1].isupper():
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text):
            # (the context's first word is capitalised anyway: a name there only with its
            # possessive or a version after it, "Notion's ...", not "Pricing model where ...")
            if m.start() > 0 or text.startswith(("'s", "’s"), m.end()) or text[m.end() + 1:m.end() + 2].isdigit():
                return True
    return False


def _name_words_lower(name: str) -> set[str]:
    """The words of an entity's name, lowercase, split at anything but letters and digits
    ("Paradox.ai" -> {"paradox", "ai"}): its context's opening words that are the name itself."""
    return set(re.findall(r"[a-z0-9]+", name.lower()))


def _opening_words(context: str) -> list[str]:
    """The first words of an LLM context, lowercase, commas and stops aside: the cheap test before
    the patterns that read a description's head."""
    return context[:80].lower().replace(",", " ").replace(".", " ").split()[:8]


def _place_described(context: str, words: NoiseWords) -> bool:
    """Does an LLM context open on a kind of place ("City where ...", "Venue in London where ...")?
    The pattern runs only when one of the context's first words is a kind of place (cheap)."""
    if words.place_kinds and words.place_kinds.isdisjoint(_opening_words(context)):
        return False
    return words.place_context.match(context) is not None


_THE_FIRM_AFTER = regexcache.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
_THE_FIRM_REACH = 60
_CAPITAL_WORD = regexcache.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]")


# the show introducing itself before its name ("This is Shelf Space.", "Welcome back to Load
# Curve,", "You're listening to Dirt Money"), at a sentence's start, the name ending the phrase
_SHOW_BEFORE = regexcache.compile(
    r"(?:^|[.!?]\s+)(?:(?:hi|hello|hey)(?:\s+(?:everyone|everybody|all|folks))?[,.!]?\s+)?(?:and\s+)?"
    r"(?:welcome\s+(?:back\s+)?to|this\s+is|you[’']re\s+listening\s+to)\s+(?:the\s+)?$", re.I)
_SHOW_AFTER = regexcache.compile(r"[ \t]*(?:[.,!:;—–]|\s+(?:podcast|show)\b)")
# or its name before the show's backers ("Load Curve is made possible by GridPilot")
_SHOW_BACKED = regexcache.compile(r"\s+is\s+(?:made\s+possible|brought\s+to\s+you|presented|underwritten)\s+by\b", re.I)
# an LLM context that calls the entry the podcast itself ("The podcast hosting the conversation.",
# "This show itself"), not a podcast firm ("The podcast network behind ...")
_SHOW_CONTEXT = regexcache.compile(
    r"(?:the|this|our)\s+(?:podcast|show)(?:[’']s\s+own\s+name)?\s*(?:[.,;:]|$|\s+(?:itself|hosting|that\s+hosts|where|"
    r"on\s+which|in\s+which|this\s+episode|the\s+episode\s+belongs\s+to))", re.I)


def _show_in_window(window: str, at: int, name: str) -> bool:
    """Does the NER window name the podcast itself: its intro before the name ("This is Shelf
    Space.") or its backers after it ("Load Curve is made possible by ...")?"""
    end = at + len(name)
    introduced = _SHOW_BEFORE.search(window, max(0, at - 60), at) is not None
    return (introduced and _SHOW_AFTER.match(window, end) is not None) or _SHOW_BACKED.match(window, end) is not None


# a person's work or role at a place right before a name: the name is a workplace, no person's
_WORKPLACE_BEFORE = regexcache.compile(
    r"\b(?:partners?|associates?|lawyers?|attorneys?|bankers?|traders?|analysts?|engineers?|researchers?|"
    r"scientists?|executives?|managers?|directors?|employees?|staff|interns?|consultants?|founders?|"
    r"CEO|CTO|CFO|COO|VP|head|heads|team|teams|folks|people|someone|somebody|anyone|everyone|colleagues?|"
    r"jobs?|roles?|careers?|stints?|tenure|works?|worked|working|interned|trained)\s+at\s+(?:the\s+)?$")


# after a name in its window: what it is, a kind of firm ("is a small gold miner"), or how a
# firm is held ("which is owned by the banks")
_SAID_AFTER = regexcache.compile(
    r"(?:,?[ \t]+which)?[ \t]+(?:is|was)[ \t]+(?:(?:a|an|the)[ \t]+(?P<kind>(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)|"
    r"(?P<deal>(?:owned|backed|acquired|bought|funded|controlled)[ \t]+by)\b)")


# after a name in its window: a relative 'which', said of things, not of people ("tested by Sandy
# Brown, which people assume is a person")
_WHICH_AFTER = regexcache.compile(r",?[ \t]+which\b")


def _thing_in_window(window: str, at: int, name: str, words: NoiseWords) -> bool:
    """Does the NER window say the name is no person: a firm by its neighbours, or a 'which' after it?"""
    return _WHICH_AFTER.match(window, at + len(name)) is not None or _firm_by_its_neighbours(window, at, name, words)


def _firm_by_its_neighbours(window: str, at: int, name: str, words: NoiseWords) -> bool:
    """Do the words around the name in its NER window make it a firm: a plural kind of firm
    before it ("retailers like X"), a firm's apposition after it ("X, the British retailer,") or a
    deal's verb right before it ("acquired X")?"""
    if words.firm_kinds_before.search(window, max(0, at - 40), at) or firm_apposition(window, at, name, words):
        return True
    if _WORKPLACE_BEFORE.search(window, max(0, at - 40), at) and not window.startswith(("'s", "’s"), at + len(name)):
        return True  # "a partner at Clifford Chance", "she works at Barry Callebaut": a workplace
    if (said := _SAID_AFTER.match(window, at + len(name))) is not None and (
            said.group("deal") or any(words.firm_nouns.fullmatch(w) for w in said.group("kind").split())):
        return True  # "Anglo Asian Mining is a completely different company", "Early Warning, which is owned by the banks"
    before = window[:at].rstrip().rsplit(None, 1)[-1:]
    return bool(before) and before[0].lower().strip(",") in words.deal_verbs_before


_THE_BEFORE = regexcache.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_LOWER_NOUN_AFTER = regexcache.compile(r"[ \t]+([a-z]{3,})\b")


def _name_as_modifier(window: str, at: int, name: str, words: NoiseWords) -> bool:
    """Is a person-shaped name the modifier of a noun in its NER window ("The Mei Moses index was
    bought by Sotheby's"): "the" before it and a lowercase noun after it (no verb: "the Andy Warhol
    Museum uses")? What is named after someone is a thing, not the person."""
    return _THE_BEFORE.search(window, max(0, at - 6), at) is not None and _noun_after(window, at + len(name), words)


def _noun_after(window: str, end: int, words: NoiseWords) -> bool:
    """Is the word right after a name (at `end`) a lowercase noun the name modifies ("the Mei
    Moses | index", "the Reuters | style guide"): no verb (no -s or -ed ending, no plural verb, no
    irregular past) and no function word?"""
    after = _LOWER_NOUN_AFTER.match(window, end)
    return (after is not None and after.group(1) not in words.plural_verbs and not after.group(1).endswith(("s", "ed"))
            and after.group(1) not in _NO_NOUN_AFTER)


# a machine's kind after a capitalised word, maybe after one lowercase word ("the Vector
# reconnaissance drone", "the Ghost robot")
_HARDWARE_KIND_AFTER = regexcache.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:drones?|robots?|aircraft|jets?|satellites?|rockets?|radars?|headsets?|"
    r"vehicles?|trucks?|tanks?|missiles?|submarines?|vessels?|boats?|rovers?|quadcopters?|humanoids?)\b")


def _modifies_noun(window: str, end: int) -> bool:
    """Is the word right after a name a plural noun of a shape no verb and no other word has
    ("Teams | meetings", "Slack | notifications"; not "Vector | search", "two Teams | last year")?"""
    after = _LOWER_NOUN_AFTER.match(window, end)
    return after is not None and after.group(1).endswith(("ings", "ers", "ions", "ments"))


# lowercase words after a name that are no noun it modifies: function words, irregular pasts
_NO_NOUN_AFTER = frozenset((
    "and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "then", "than", "also", "still",
    "just", "now", "never", "always", "too", "again", "herself", "himself", "was", "had", "said", "told",
    "wrote", "made", "took", "ran", "went", "got", "did", "won", "lost", "sold", "bought", "built", "left",
    "led", "gave", "came", "saw", "became", "thought", "knew", "found", "put", "set", "cut", "will",
    "would", "can", "could", "should", "might", "must", "may", "not", "all", "both"))


def _supplier_in_window(window: str, at: int, words: NoiseWords, name: str = "") -> bool:
    """Does the name's NER window make it a supplier or a party to a trade, no place: a verb of a
    supply deal and "from" right before it ("the dish machine is leased from Hobart"), the brand of
    what "our" things are ("our mixers are Hobart"), or a verb of trade with us or them after it
    ("Benfica sold us two on loan")? (People sell too: said of a name of the cities' list only.)"""
    before = window[max(0, at - 40):at].rsplit(None, 2)[-2:]
    if len(before) == 2 and before[1] == "from" and before[0].lower() in words.supply_verbs_before:
        return True
    if _OUR_THINGS_ARE.search(window, max(0, at - 40), at) is not None:
        return True
    return bool(name) and _TRADES_WITH.match(window, at + len(name)) is not None


# before a name: what our things are ("our mixers are Hobart", "the ovens were Bongard")
_OUR_THINGS_ARE = regexcache.compile(r"\b(?:[Oo]ur|[Tt]heir|[Mm]y)\s+[a-z]+s\s+(?:are|were)\s+\Z")
# after a name: a verb of trade and its party ("sold us two on loan", "supplies them")
_TRADES_WITH = regexcache.compile(r"[ \t]+(?:sold|sells|supplies|supplied|lent|lends|leased|leases|rented|rents|"
                                  r"charged|charges|ships|shipped|delivers|delivered|billed|bills|invoiced)[ \t]+"
                                  r"(?:us|them|me|you|our|their)\b")


def _firm_in_window(window: str, at: int, name: str, words: NoiseWords) -> bool:
    """Does an NER window say the name is a firm: a plural kind of firm before it ("retailers like
    X"), a deal's verb before it ("acquired X") or a company word after it ("X Holdings")?"""
    if _firm_by_its_neighbours(window, at, name, words):
        return True
    after = _NEXT_WORD.match(window, at + len(name))
    if bool(after) and after.group(1) in words.company_words:
        return True
    # "Ralph Lauren is the surprise of the decade: the brand moved upmarket": the kind of firm
    # taken up right after it, no other name between
    end = at + len(name)
    return any(words.firm_nouns.fullmatch(m.group(1)) is not None and not _CAPITAL_WORD.search(window, end, m.start())
               for m in _THE_FIRM_AFTER.finditer(window, end, end + _THE_FIRM_REACH))


# a year after a gathering's name ("NeurIPS 2024", "GDC '25")
_YEAR_AFTER = regexcache.compile(r"\s+(?:(?:19|20)\d\d|['’]\d\d)$")
_EVENT_AFTER = regexcache.compile(r"[ \t]+(?:de|du|des|del|della|di|of|d['’])\s*[A-Z][\w'’-]*")


def _event_name(window: str, at: int, name: str) -> str | None:
    """The event's whole name around its head word in an NER window: a capitalised word of the
    sentence right before it ("the World | Cup") or a particle and a name after it ("Tour | de
    France")."""
    end = at + len(name)
    after = _EVENT_AFTER.match(window, end)
    if after and after.end() < len(window):
        return window[at:after.end()]
    before = _PREV_WORD.search(window, 0, at)
    if before and before.start() > 0 and not at_sentence_start(window, at) and window[before.start() - 1] == " ":
        return window[before.start():end]
    return None


def _organisation_under_governance(category: str, tokens: list[str], context: str, words: NoiseWords) -> bool:
    """Is the entity an organisation that a governance category does not make public: a category
    on governance ("governance_entity") for a name with a company word ("Sovereign Tech Fund",
    "Mozilla Foundation") whose LLM context calls it no public body ("Federal agency ...")?"""
    return (category.lower().startswith("govern")
            and (any(t in words.company_words for t in tokens[1:])
                 or (bool(context) and (words.private_body_context.search(context) is not None
                                        or _firm_head(context, words))))
            and not words.public_body_context.search(context) and not words.government.search(context))


def _governance_alone(category: str, context: str, words: NoiseWords) -> bool:
    """Does only a governance category ("governance_entity") speak against the entity: a union, a
    collecting society, a trade group or a standards initiative ("SAG-AFTRA", "GEMA", "C2PA") that
    no LLM context calls public? Such bodies are organisations of the episode, not noise; a
    government, a country or a law is found by its name or its context."""
    if not category.lower().startswith("govern"):
        return False
    return not (context and (words.public_body_context.search(context) or words.government.search(context)
                             or words.public_body_description.match(context)))


# "Mentioned as ...", "Cited as an example of ...": the words before an LLM context's description
_DESCRIBED_LEAD = regexcache.compile(
    r"(?:mentioned|cited|referenced|described|discussed|quoted|named|invoked|noted)\s+(?:as|like)\s+"
    r"(?:(?:an?|the)\s+(?:example|case|kind|sort)\s+of\s+)?", re.I)
# what may follow a person's role when the name is one word ("Rapper whose ...", "Activist, ...")
_ROLE_END = regexcache.compile(
    r"\s*(?:[,.;:()]|$|(?:who|whose|whom|and|turned|known|famous|best|widely|from|of|with|behind|cited|"
    r"mentioned|referenced|discussed|used|invoked)\b)", re.I)
# a pronoun of an organisation early in a context: "Mentioned for their new chip", "Its models ..."
_ORG_PRONOUN = regexcache.compile(r"^(?:\S+\s+){0,5}?(?:its|their|they)\b", re.I)


def _firm_described(context: str, words: NoiseWords) -> bool:
    """Does an LLM context describe a firm or product: its head noun a kind of firm or product
    ("Venture capital firm ...") or its opening an owner's possessive ("Microsoft's chat software")?"""
    return bool(context) and (words.firm_description.match(context) is not None
                              or words.owner_possessive.match(context) is not None
                              or _MADE_BY.search(context, 0, 120) is not None
                              # a later clause's description ("No mention found; added as a known
                              # autonomous trucking company")
                              or any(words.firm_description.match(context[m.end():]) is not None
                                     for m in _DESCRIBED_AS.finditer(context, 1, 160)))


_DESCRIBED_AS = regexcache.compile(r"(?<![\w-])(?:as|is|was)\s+(?=(?:an?|the)\s)")


# a maker named in an LLM context ("GPU technology from Nvidia", "Feature developed by Apple"); not
# "popularised by" or "used by", said of generic terms as well
_MADE_BY = regexcache.compile(
    r"\b(?:from|(?:developed|made|built|owned|offered|sold|launched|released|created|operated|run)\s+by)\s+"
    r"(?:the\s+)?[A-Z][\w.&-]*(?!\w)(?<!\bThe)")


def _described_lead(context: str) -> int:
    m = _DESCRIBED_LEAD.match(context)
    return m.end() if m else 0


def _role_alone(context: str, at: int) -> bool:
    return _ROLE_END.match(context, at) is not None


def _one_word_name_shape(tokens: list[str], words: NoiseWords) -> bool:
    """A one-word name shaped like a person's (a stage name, "Beyoncé", "Rihanna"): capitalised
    letters, no acronym, no company word, no capital inside ("OpenAI")."""
    if len(tokens) != 1:
        return False
    t = tokens[0]
    return t[:1].isupper() and not t.isupper() and t.isalpha() and t not in words.company_words and not _CAMEL.search(t)


def _uncommon_name(t: str, gl: Glossary) -> bool:
    """No common English word ("Target", "Wise") and no glossary name."""
    return not zipf_common(t.lower(), _CONCEPT_ZIPF) and gl.lookup(t) is None


def _trade_shape(tokens: list[str], words: NoiseWords) -> bool:
    """One to three title-cased words (joiners aside), none a company word, one alone a plural or
    a gerund by its ending: the cheap first test of `_trade_term`."""
    n = 0
    for t in tokens:
        if t.lower() in words.generic_joiners and n:
            continue
        n += 1
        if n > 3 or not t[:1].isupper() or not t[1:].islower() or t in words.company_words:
            return False
    return n > 1 or (n == 1 and tokens[0].endswith(("s", "ing")))


def _trade_term(tokens: list[str], words: NoiseWords, gl: Glossary) -> bool:
    """Is the name a common noun phrase of English in title case ("Carbon Credits", "Battle Pass",
    "Paid Subscriptions"): one to three capitalised ordinary words (small joiners allowed), none a
    company word, a given name, a country or a glossary name; one word alone only when a plural
    ("Newsletters"; not "Philips", a given name's) or a gerund of a verb ("Streaming")?"""
    content = [t for t in tokens if t.lower() not in words.generic_joiners]
    if not 1 <= len(content) <= 3 or content[0] is not tokens[0]:
        return False
    for t in content:
        parts = t.split("-")
        if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() and p.isascii() for p in parts):
            return False
        if t in words.company_words or t in words.first_names or t.lower() in words.countries:
            return False
        if not all(at_least(p.lower(), _CONCEPT_ZIPF) or _plural(p) for p in parts):
            return False
    if gl.lookup(" ".join(tokens)) is not None or any(gl.lookup(t) is not None for t in content):
        return False
    if len(content) == 1:
        t = content[0]
        low = t.lower()
        if _plural(t):
            return t[:-1] not in words.first_names and t[:-2] not in words.first_names
        return (len(low) >= 7 and low.endswith("ing")
                and (at_least(low[:-3], _CONCEPT_ZIPF) or at_least(low[:-3] + "e", _CONCEPT_ZIPF)
                     or (low[-4] == low[-5] and at_least(low[:-4], _CONCEPT_ZIPF))))
    return True


# lowercase particles inside a person's name ("Luis von Ahn", "Ursula von der Leyen")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "bin", "al", "ter",
                            "ap", "ab", "ibn", "bint", "dos", "das"})  # (Welsh "ap Rhys", Portuguese "dos Santos")


# a person's given name is no English word this common, nor the surname this one
_GIVEN_ZIPF = 4.5
_SURNAME_ZIPF = 3.5
_CLAUSE_END = regexcache.compile(r"\s*[.,!?;:—–]")
_WELCOMED = regexcache.compile(r"\b(?i:welcome|listening\s+to|this\s+is)\b[^.!?]*\Z")


def _person_by_verb(context: str, at: int, name: str, tokens: list[str], words: NoiseWords, gl: Glossary) -> bool:
    """Is the name shaped like a person's (two or three capitalised words of letters, no company
    word, no glossary name, a surname no common English word) and followed in its window by a
    verb said of people ("Börje Ekholm runs Ericsson", "Sanjiv Shah spoke")?"""
    if not words.person_verbs_after or not 2 <= len(tokens) <= 3:
        return False
    if not all(t[:1].isupper() and not t.isupper() and t.replace("-", "").replace("'", "").isalpha() for t in tokens):
        return False
    if any(t in words.company_words or t.lower() in words.leading for t in tokens):
        return False
    after = _NEXT_WORD.match(context, at + len(name))
    if not after or after.group(1).lower() not in words.person_verbs_after:
        return False
    if context[:at].rstrip().rsplit(None, 1)[-1:] in (["which"], ["that"]):
        return False  # "Eurex, which Deutsche Börse runs": the object relative of a thing, said of firms too
    last = tokens[-1].lower()
    if zipf_common(tokens[0].lower(), _GIVEN_ZIPF) or zipf_common(last, _SURNAME_ZIPF):
        return False
    return gl.lookup(name) is None and gl.lookup(tokens[0]) is None and gl.lookup(tokens[-1]) is None


_CLAUSE_AFTER = regexcache.compile(r"[^.!?;:,()]{0,60}")
_WORD = regexcache.compile(r"[\w'’]+")


def _person_by_pronoun(context: str, at: int, name: str, tokens: list[str], words: NoiseWords,
                       gl: Glossary) -> str | None:
    """The personal pronoun that follows a name shaped like a person's in its own clause of the
    window, within five words, the name its subject ("When Greta Thunberg and her movement ...",
    "Usain Bolt said in his interview"): two or three capitalised words of letters, no acronym,
    company word or glossary name, one of them at least no common English word ("Magic Leap" is
    two). The subject starts its sentence or follows a conjunction or an adverb ("she swears by
    Olay Regenerist and her skin": an object, the pronoun another's)."""
    if not words.person_pronouns or not 2 <= len(tokens) <= 3:
        return None
    if not all(t[:1].isupper() and not t.isupper() and t.isalpha() for t in tokens):
        return None
    if any(t in words.company_words or t.lower() in words.leading for t in tokens):
        return None
    before = context[:at].split()
    if before and not at_sentence_start(context, at) and words.leading.get(before[-1].lower()) not in (
            "conjunctions", "adverbs"):
        # an object is a person where the next clause says what "he" or "she" was ("I had dinner
        # with Winston Weinberg last spring, he was a litigator")
        told = _HE_WAS_AFTER.match(context, at + len(name))
        if told is None or all(zipf_common(t.lower(), _SURNAME_ZIPF) for t in tokens) or (
                gl.lookup(name) is not None or any(gl.lookup(t) is not None for t in tokens)):
            return None
        return told.group(1)
    clause = _CLAUSE_AFTER.match(context, at + len(name)).group(0)
    if clause.count(" ") < 2:
        return None
    pronoun = next((w for w in _WORD.findall(clause)[:5] if w.capitalize() in words.person_pronouns), None)
    if pronoun is None:
        return None
    if all(zipf_common(t.lower(), _SURNAME_ZIPF) for t in tokens):
        return None
    if gl.lookup(name) is not None or any(gl.lookup(t) is not None for t in tokens):
        return None
    return pronoun


# a step of a process, numbered ("Phase II", "Series A", "Stage 3")
_NUMBERED_TERM = regexcache.compile(r"(?:Phase|Stage|Series|Round|Tier|Level|Part|Chapter|Section|Step)\s+(?:[IVX]{1,4}|\d{1,2}|[A-E])")
# a noun of a kind of product after a name of ordinary words ("the whole Ambient Scribe category")
_KIND_NOUN_AFTER = regexcache.compile(r"\s+(?:category|categories|market|segment|space|sector|vertical)\b")
# a name and the next sentence's first word, a function word, glued by the stop between them
_GLUED_SENTENCE = regexcache.compile(r"(.*[A-Za-z0-9])\.(So|And|But|The|I|We|It|Then|Now|Yes|No|Well|Or|If|You|They|This|That|What|How)")
_WEEKDAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# what follows the pronoun "I" in speech ("Mistral I think we tried ...")
_I_VERB_AFTER = regexcache.compile(r"\s+(?:think|thought|mean|guess|know|knew|was|am|have|had|would|will|just|really|also|"
                                   r"do|did|don['’]t|didn['’]t|can|could|said|say|feel|believe|remember|love|like|use|used|tried|"
                                   r"got|want|wanted|need|needed)\b|['’](?:m|d|ve|ll)\b")
# a person's role set off after a name in its window ("Haruka Saitō, co-founder and CEO of Kotoba Labs")
_ROLE_APPOSED_AFTER = regexcache.compile(
    r",\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:former\s+|current\s+)?((?:co-?founder|founder|CEO|CTO|CFO|COO|president|"
    r"chair(?:man|woman)?|head|director|general\s+partner|managing\s+partner|partner|professor|chief\s+[a-z]+\s+officer)"
    r"(?:\s+(?:and|&)\s+(?:co-?founder|founder|CEO|CTO|president|chair(?:man|woman)?|head|director))?)\s+(?:of|at)\s", re.I)
# an LLM context that opens on a class of things ("Category of AI chat apps ...", "A class of chips ...")
# an LLM context that opens on a plural noun and names two or more of its members ("The core
# software frameworks (Unity, Godot, Unreal) that ...", "Chip startups such as Groq, Cerebras and ...")
_CLASS_BY_MEMBERS = regexcache.compile(
    r"(?:(?:The|Many|Several|Various|Other|Major|Leading|Big)\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s\s*"
    r"(?:\(|,?\s+(?:such\s+as|like|including|e\.g\.,?)\s+)"
    r"(?P<members>[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)*(?:,\s*(?:and\s+|or\s+)?[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*)*)+)")
_CATEGORY_OF = regexcache.compile(r"(?:(?:An?|The|One)\s+)?(?:(?:broad|general|new|whole)\s+)?(?i:categor(?:y|ies)|class(?:es)?)\s+of\s")
# a clause after a name's own that tells what "he" or "she" was or is ("..., he was a litigator")
_HE_WAS_AFTER = regexcache.compile(r"[^.,;:!?]{0,40},\s+(he|she|He|She)\s+(?:was|is|had\s+been|has\s+been|used\s+to\s+be)\s+(?:an?|the)\s")


def zipf_common(word: str, z: float) -> bool:
    return word.isascii() and at_least(word, z)


# every word of a generic concept's name is at least this common in English ("prompt", "injection")
_CONCEPT_ZIPF = 3.0
_TRADE_GERUND_ZIPF = 4.3  # "learning", "banking", "reading": a trade's word, no surname (Sterling 4.1, Darling 4.1)
_TITLE_WORD_ZIPF = 5.0  # ("world", "story", "party": words of titles, seldom a surname)


def _common_noun_phrase(tokens: list[str], words: NoiseWords) -> bool:
    """Is the name made of ordinary English words (each at least _CONCEPT_ZIPF common, small joiners
    allowed: "Chain of Thought"), none a company word, and none written in capitals ("RAG") but
    the generic words' ("RL Environments")?"""
    content = [w for t in tokens if t.lower() not in words.generic_joiners for w in t.split("-")]
    return (bool(content) and len(tokens) <= 4
            and all(t.isalpha() and (not t.isupper() or t.lower() in words.generic_words) and t not in words.company_words
                    and (t.lower() in words.generic_words or at_least(t.lower(), _CONCEPT_ZIPF))
                    for t in content))


# a firm's unit named by its kind after its capitalised name ("their Foundation AI team")
_UNIT_NOUN_AFTER = regexcache.compile(r"\s+(?:team|group|lab|unit|division)\b")


def _firms_offer_for(name: str, gl: Glossary) -> bool:
    """Is the name a glossary firm's or product's offer for a sector ("OpenAI for Government",
    "Claude for Government"): the firm's program, no public body?"""
    head, sep, _ = name.partition(" for ")
    return bool(sep) and (e := gl.lookup(head.strip())) is not None and e.kind != "person"


# an LLM context that opens on a firm's possessive and a kind of product ("JetBrains' in-IDE chat and
# completion product"): the entry names that firm's product, however generic its words ("AI Assistant")
_FIRMS_PRODUCT = regexcache.compile(
    r"(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,5}?"
    r"(?:product|tool|app|assistant|framework|platform|service|feature|suite|agent|copilot)s?\b")


def _firms_product(context: str, gl: Glossary) -> bool:
    """Does the LLM context open on a glossary firm's possessive and a kind of product?"""
    m = _FIRMS_PRODUCT.match(context) if context else None
    return m is not None and (e := gl.lookup(m.group("org"))) is not None and e.is_org


def _activity(tokens: list[str], words: NoiseWords, gl: Glossary) -> bool:
    """Is the name an activity said with ordinary words: a gerund of a common verb after one or two
    common words ("Tool Calling", "Vibe Coding", "Red Teaming", "Cloud Computing"), none a company
    word, an acronym or a glossary name? ("Building" of "the Chrysler Building" follows a name.)"""
    if not 2 <= len(tokens) <= 3:
        return False
    last = tokens[-1]
    low = last.lower()
    if not (len(low) >= 6 and low.endswith("ing") and last[0].isupper() and last[1:].islower() and low.isalpha()):
        return False
    stem = low[:-3]
    if not (at_least(stem, _CONCEPT_ZIPF) or at_least(stem + "e", _CONCEPT_ZIPF)
            or (len(stem) > 3 and stem[-1] == stem[-2] and at_least(stem[:-1], _CONCEPT_ZIPF))):
        return False  # ("Sterling", "Spring": no verb before the -ing)
    for t in tokens[:-1]:
        tl = t.lower()
        if t in words.company_words or not t[:1].isupper():
            return False
        if tl in words.generic_words:
            continue
        if t.isupper() or not t.isalpha() or not at_least(tl, _CONCEPT_ZIPF):
            return False
    return gl.lookup(" ".join(tokens)) is None and gl.lookup(tokens[0]) is None


_FIRM_OPENING = regexcache.compile(
    r"(?:(?:a|an|the)\s+)?(?:[\w'’&.-]+\s+){0,2}?(?:company|firm|startup|corporation|business|fund|bank|brokerage)\b", re.I)
# an enumeration around a name: ", Name," / ", Name and" / "Name, Other"
_LIST_NEIGHBOUR = regexcache.compile(r"\s*(?:,|\band\b)\s*((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)")


def _named_as_firm(window: str, at: int, name: str, context: str, words: NoiseWords, gl: Glossary) -> bool:
    """Is a name shaped like an activity ("Carbon Engineering", "Jump Trading") said as a firm: an LLM
    context that opens on a kind of firm ("DAC company acquired by Occidental"), or an NER window
    with a deal's verb before it ("Occidental bought Carbon Engineering") or a firm beside it in an
    enumeration ("Citadel Securities, Hudson River Trading, Jump Trading and XTX Markets")?"""
    if context and (_FIRM_OPENING.match(context) or _firm_described(context, words) or _ORG_PRONOUN.match(context)):
        return True  # ("Referenced regarding its market making arm": a firm's pronoun)
    if not window or at == -1:
        return False
    if _firm_by_its_neighbours(window, at, name, words) or _USED_BEFORE.search(window, max(0, at - 30), at):
        return True  # ("What I do use is Brisk Teaching for feedback": a tool someone uses)
    if _FIRM_APPOSED_BEFORE.search(window, max(0, at - 60), at):
        return True  # "the firm I came up at, Flagship Pioneering, builds companies": a firm's name in apposition
    if _MADE_WITH_BEFORE.search(window, max(0, at - 40), at):
        return True  # "it was designed with Teenage Engineering": a maker's partner
    if _FIRM_VERB_AFTER.match(window, at + len(name)) or _FOUNDED_BEFORE.search(window, max(0, at - 40), at):
        return True  # "Cardinal Broadcasting bought three stations", "the founder of Bright Sparks Tutoring"
    if _MEMBER_AFTER.match(window, at + len(name)) or _OFFERED_BY_BEFORE.search(window, max(0, at - 40), at):
        return True  # "Brokerage services offered by Public Investing, member FINRA": an offer's small print names the firm
    after = _LIST_NEIGHBOUR.match(window, at + len(name))
    head = window[:at].rstrip()
    prev = None
    if head.endswith(",") or head.endswith(" and"):
        prev = _PREV_NAME.search(head.removesuffix(",").removesuffix(" and").rstrip())
    for m in filter(None, (after, prev)):
        other = m.group(1).split()
        if any(t in words.company_words for t in other) or (
                (e := gl.lookup(" ".join(other))) is not None and e.is_org):
            return True
    return False


# the small print of a financial offer around a firm's name ("offered by Public Investing, member FINRA and SIPC")
_MEMBER_AFTER = regexcache.compile(r",?\s+members?\s+(?:of\s+)?(?:FINRA|SIPC|FDIC|NFA|NYSE)\b")
_OFFERED_BY_BEFORE = regexcache.compile(r"\b(?:services?|products?|accounts?|loans?|cards?)\s+(?:are\s+)?(?:offered|provided|issued)\s+(?:by|through)\s+\Z", re.I)
# before a name: a noun of a firm it stands in apposition to ("the firm I came up at, ")
_FIRM_APPOSED_BEFORE = regexcache.compile(r"\b(?:(?:the|my|our|their|a)\s+)?(?:firm|company|fund|startup|lab|studio|agency|"
                                          r"venture\s+firm|investor|shop|outfit)\b[^.;:!?]{0,40},\s+\Z", re.I)
# before a name: a verb of making with a partner or by a maker ("designed with", "built by", "partnered with")
_MADE_WITH_BEFORE = regexcache.compile(r"\b(?:designed|made|built|developed|co-?designed|co-?developed|created|manufactured|"
                                       r"produced|partnered|teamed\s+up)\s+(?:together\s+)?(?:with|by)\s+\Z")
# before a name: a verb of using or buying it ("we use", "what I do use is", "switched to")
_USED_BEFORE = regexcache.compile(r"\b(?:use|uses|used|using|tried|trying|pay\s+for|paid\s+for|switched\s+to|"
                                  r"subscribe\s+to|subscribed\s+to|bought|buy)\s+(?:is\s+|was\s+)?\Z")
_PREV_NAME = regexcache.compile(r"((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)$")
# before a name: the people who found, own or run it ("the founder of", "our CEO at")
# (any chief's acronym: "CIO at", "CISO of"; any chief officer: "chief data officer at")
_FOUNDED_BEFORE = regexcache.compile(r"\b(?:founders?|co-?founders?|owners?|C[A-Z]{1,3}O|chief\s+executive|boss|managing\s+director|"
                                     r"chief\s+[a-z]+(?:\s+[a-z]+)?\s+officer|president|VP|vice\s+president|general\s+counsel|"
                                     r"head|director|staff|employees?)\s+(?:of|at)\s+\Z")


def _plural(word: str) -> bool:
    """A plural English noun ("Cars", "Models"): an -s whose singular is a common word ("Atlas" is none)."""
    low = word.lower()
    return (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
            and (at_least(low[:-1], _CONCEPT_ZIPF) or (low.endswith("es") and at_least(low[:-2], _CONCEPT_ZIPF))))


def _described_as_firm(context: str, words: NoiseWords) -> bool:
    """Does an LLM context describe the entity as a firm or brand ("Discussed as a fashion brand"),
    and not open on a person's role ("The founder of a firm ...")? A name shaped like a person's is
    then a firm named after its founder ("Calvin Klein", "Oliver Wyman")."""
    if not context or not ((words.firm_context is not None and words.firm_context.search(context))
                           or _firm_head(context, words)):
        return False
    return words.person_role is None or not words.person_role.match(context)


def _firm_head(context: str, words: NoiseWords) -> bool:
    """Does an LLM context's head noun name a kind of firm that no person is ("UK department store
    chain that ...", "Investment firm with ...")?"""
    m = words.firm_description.match(context)
    return m is not None and m.group(0).rsplit(None, 1)[-1].lower() not in words.person_heads


_TRADE_WORD_ZIPF = 4.0  # words this common ("car", "wash", "clean") after a title make a brand, no surname


def _personal_name(tokens: list[str], words: NoiseWords, alone: bool = False) -> bool:
    """Is the name shaped like a person's: two to four capitalised words of letters (a hyphen, an
    apostrophe or an initial's period allowed), none of them an acronym or a company word? With
    `alone`, one word will do (a surname after a title: "Ms. Alvarez")."""
    return ((1 if alone else 2) <= len(tokens) <= 4
            and all((t[:1].isupper() and not t.isupper()) or (len(t) == 2 and t[1] == "." and t[0].isupper())
                    for t in tokens)
            and all(t.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha() for t in tokens)
            and not any(t in words.company_words for t in tokens))


_NEXT_WORD = regexcache.compile(r"\s*([\w'’-]+)")


def _generic_plural(context: str, at: int, name: str, words: NoiseWords) -> bool:
    """Is the name a class of things in its window, a plural noun after a determiner ("the
    Hyperscalers are ...", "several LLM Providers"): its last word a plural, its other words
    generic terms, a determiner or quantifier right before it, and no name-like word of a product
    after it ("the Threads app")?"""
    if not words.plural_determiners:
        return False
    tokens = name.split()
    last = tokens[-1]
    if (len(last) < 5 or not last[0].isupper() or not last.isalpha() or last[-1] != "s"
            or last.endswith(("ss", "us", "is")) or last.isupper()):
        return False
    if not all(t.lower() in words.generic_words for t in tokens[:-1]):
        return False
    before = context[:at].split()
    if not before or before[-1].lower() not in words.plural_determiners:
        return False
    after = _NEXT_WORD.match(context, at + len(name))
    if after and (after.group(1) in words.company_words or after.group(1).lower() in words.generic_words
                  or after.group(1)[:1].isupper()):  # ("the Hermes Kelly": a brand before its model's name)
        return False
    # a name that modifies a noun is one name ("the Reuters style guide", "the Genesys one", "the
    # Anthelios line"); a class of things takes a verb ("the Hyperscalers are")
    return not _noun_after(context, at + len(name), words)


def _plural_subject(context: str, at: int, name: str, words: NoiseWords) -> bool:
    """Is the name a common English plural noun that starts its sentence in its window as the
    subject of a plural verb ("Investors are pricing ...", "Incumbents have ...")? A product named
    by a plural takes a singular verb ("Threads is growing", "Teams has ...")."""
    if not words.plural_verbs or " " in name or len(name) < 5 or not name.isalpha():
        return False
    if not (name[0].isupper() and name[1:].islower() and name.endswith("s")
            and not name.endswith(("ss", "us", "is"))):
        return False
    after = _NEXT_WORD.match(context, at + len(name))
    if not after or after.group(1).lower().replace("’", "'") not in words.plural_verbs:
        return False
    if not at_sentence_start(context, at):
        return False
    low = name.lower()
    if name[:-1] in words.first_names:
        return False  # a given name's "plural" is a family name or a firm's ("Philips have ...", "Edwards")
    return at_least(low, _PLURAL_ZIPF) and (at_least(low[:-1], _PLURAL_ZIPF) or at_least(low[:-2], _PLURAL_ZIPF))


# a plural noun and its singular at least this common in English are ordinary words ("investors")
_PLURAL_ZIPF = 3.0


# a row of the entities table, as its DataFrame's itertuples would give it
EntityRow = namedtuple("EntityRow", ("file", "ep", "index", "field", *LIST_TABLES["entities"][1]))


def entity_rows(batch) -> list[EntityRow]:
    """The rows of the batch's entities table as named tuples (no DataFrame), built once per batch.

    A value that is a list or a mapping where a scalar belongs (`context: [a, b]`, S1xx's business)
    reads as None here: the rules compare, hash and search these values."""
    def compute():
        rows = batch.rows("entities", *EntityRow._fields)
        return [EntityRow._make(row) if not any(isinstance(v, _COLLECTIONS) for v in row)
                else EntityRow._make(None if isinstance(v, _COLLECTIONS) else v for v in row) for row in rows]
    return batch.shared("entity-tuples", compute)


_COLLECTIONS = (list, dict, set)


# a name of one to four capitalised words right before "and", "or", "&" or a comma before a name
# (searched in the window up to the name), or right after them (matched after it)
_NAME_BEFORE_JOINER = regexcache.compile(
    r"(?<![\w'’-])((?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}),?\s+(?:and|or|&|nor)\s+$|"
    r"(?<![\w'’-])((?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}),\s+$")
_NAME_AFTER_JOINER = regexcache.compile(
    r"(?:,?\s+(?:and|or|&|nor)|,)\s+((?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})")


def _beside_a_firm(context: str, name: str, firms: set[str]) -> bool:
    """Is `name` joined in its NER window by "and", "or" or a comma to another entity of the file
    that no rule finds noisy ("Veolia and Suez both bid", "like Spirit or Frontier", "are Movement
    Climbing and Touchstone")? Two names so listed are of one kind."""
    at = window_offset(context, name)
    if at == -1 or not firms:
        return False
    found = []
    if (m := _NAME_BEFORE_JOINER.search(context, max(0, at - 80), at)) is not None:
        found.append(m.group(1) or m.group(2))
    if (m := _NAME_AFTER_JOINER.match(context, at + len(name))) is not None:
        found.append(m.group(1))
    for other in found:
        tokens = other.split()
        # the name itself, or its first words ("Touchstone Climbing" of "Touchstone"; a capital
        # that opens the sentence after it is no part of it)
        if any(" ".join(tokens[:n]) in firms for n in range(len(tokens), 0, -1)):
            return True
        if any(" ".join(tokens[-n:]) in firms for n in range(len(tokens), 0, -1)):
            return True  # ("Our ancillaries look nothing like Spirit": the name's last words)
    return False


def _classify_repaired(row, gl: Glossary, words: NoiseWords) -> Noise | None:
    """`classify` of the row, or of its name and context with their mojibake repaired where the name
    has some ("ClÃ©ment Delangue" is judged as "Clément Delangue", "SÃ£o Paulo" as "São Paulo"):
    what a name is does not change with its bytes. The finding keeps the name as written."""
    noise = classify(row, gl, words)
    if noise is not None or row.name.isascii() or not (spans := mojibake_spans(row.name)):
        return noise
    name = row.name
    for a, b, repaired in reversed(spans):
        name = name[:a] + repaired + name[b:]
    context = repair_text(row.context) if isinstance(row.context, str) else row.context
    noise = classify(row._replace(name=name, context=context), gl, words)
    if noise is None or noise.code == "F501" or noise.evidence not in (name, name.strip()):
        return None  # (only a verdict on the whole name carries over to the name as written)
    return replace(noise, message=noise.message.replace(repr(noise.evidence), repr(row.name), 1),
                   evidence=row.name.strip() if noise.evidence == name.strip() else row.name, replacement=None)


def classify_entities(batch) -> list[tuple[EntityRow, Noise]]:
    """(row, Noise) for every noisy entity of the batch, computed once and shared by F501-F504."""
    def compute():
        gl, words = glossary(batch.knowledge), noise_words(batch.knowledge)
        memo: dict[tuple, Noise | None] = {}
        out = []
        products: dict[tuple[int, str], bool] = {}
        for row in entity_rows(batch):
            if not isinstance(row.name, str):
                continue
            key = (row.name, row.context if is_ner(row) else None, row.category,
                   None if is_ner(row) else row.context)
            if key not in memo:
                memo[key] = _classify_repaired(row, gl, words)
            noise = memo[key]
            if (noise is not None and noise.code == "F501" and is_ner(row)
                    and firm_named(row.ep, row.name.strip(), words)):
                continue  # the LLM pass describes the same name as a firm: "So Good: Dairy-free dessert brand"
            if noise is not None and noise.generic:
                seen = (row.ep, noise.evidence)
                if seen not in products:
                    products[seen] = named_product(noise.evidence, _episode_texts(batch, row.ep), gl)
                if products[seen]:
                    continue
            if noise is None and is_ner(row):
                noise = _glued_to_entity(row, names_of(row.ep), gl) or _cut_from_entity(row, names_of(row.ep), gl)
            if noise is None and (common_names[row.name] if row.name in common_names else common_names.setdefault(
                    row.name, _title_cased_common(row.name, gl, words))):
                if is_ner(row):
                    noise = _written_lowercase(row.name.strip(), [row.context])
                elif _lowered(row.ep).find(row.name.strip().lower()) != -1 or _unhyphened(row.ep).find(
                        row.name.strip().lower()) != -1:  # (one search of the episode before a search per text)
                    noise = _written_lowercase(row.name.strip(), _episode_texts(batch, row.ep))
            if noise is None and is_ner(row) and _lowercase_phrase(row.name, gl, words):
                # ordinary words the NER pass lists as it heard them, lowercase ("pull requests",
                # "forward deployed engineers"): a noun phrase of the sentence, no name
                noise = _written_lowercase(row.name.strip(), [row.context])
            if (noise is not None and noise.what == "person" and " " not in row.name.strip()
                    and gl.lookup(row.name.strip()) is None
                    and _firm_of_the_word(row.name.strip(), names_of(row.ep), gl, words)):
                # a firm's first word, the episode listing the firm ("Rockwell" beside Rockwell
                # Automation is no Mike Rockwell): its short name (a duplicate, if anything)
                noise = None
            if noise is None and is_ner(row) and _given_name_alone(row.name, gl, words) \
                    and not firm_named(row.ep, row.name.strip(), words):
                # (not where the LLM pass describes the name as a firm: "Clay, the enrichment startup")
                texts = [*_episode_texts(batch, row.ep), body_text(batch.episodes[row.ep])]
                noise = _given_name_of_someone(row.name.strip(), texts, gl, words)
            if noise is None and row.name.strip() in _shows(row.ep) and (
                    (entry := gl.lookup(row.name.strip())) is None or not entry.is_org):
                # the show itself, as the transcript or a text introduces it ("welcome to No
                # Vacancy, the podcast where ...", "This episode of No Vacancy is brought to you by")
                noise = Noise("F504", f"{row.name.strip()!r} is the show's own name, not a company or product",
                              row.name.strip())
            if noise is None and is_ner(row) and _ordinary_word(row.name, gl, words):
                # one ordinary word the transcript says as a word, capitalised at a sentence's start
                # ("And nuclear? Nuclear is where the headlines are.")
                noise = _written_lowercase(row.name.strip(), [row.context])
            if noise is not None:
                out.append((row, noise))
        if any(noise.beside for _, noise in out):
            noisy: dict[int, set[str]] = {}
            for row, _ in out:
                noisy.setdefault(row.ep, set()).add(row.name.strip())
            out = [(row, noise) for row, noise in out
                   if not (noise.beside and is_ner(row) and isinstance(row.context, str)
                           and _beside_a_firm(row.context, row.name.strip(), names_of(row.ep) - noisy[row.ep]))]
        return out

    by_ep: dict[int, set[str]] = {}
    lowered: dict[int, str] = {}
    shows: dict[int, frozenset[str]] = {}

    def _shows(ep: int) -> frozenset[str]:
        if ep not in shows:
            shows[ep] = show_names([*_episode_texts(batch, ep), body_text(batch.episodes[ep])])
        return shows[ep]

    def _lowered(ep: int) -> str:
        if ep not in lowered:
            lowered[ep] = "\n".join(t for t in _episode_texts(batch, ep) if isinstance(t, str)).lower()
        return lowered[ep]

    def _unhyphened(ep: int) -> str:
        if ep not in unhyphened:
            text = _lowered(ep)
            unhyphened[ep] = text.replace("-", " ") if "-" in text else ""
        return unhyphened[ep]
    unhyphened: dict[int, str] = {}
    common_names: dict[str, bool] = {}

    llm_contexts: dict[tuple[int, str], list[str]] = {}

    def firm_named(ep: int, name: str, words: NoiseWords) -> bool:
        """Does an LLM entry of the episode with this name have a context that describes a firm?
        (The contexts are gathered once; only those of the name asked about are read.)"""
        if not llm_contexts:
            llm_contexts[(-1, "")] = []
            for r in entity_rows(batch):
                if isinstance(r.name, str) and isinstance(r.context, str) and not is_ner(r):
                    llm_contexts.setdefault((r.ep, r.name.strip()), []).append(r.context)
        return any(_firm_described(c, words) for c in llm_contexts.get((ep, name), ()))

    def names_of(ep: int) -> set[str]:
        if not by_ep:
            for r in entity_rows(batch):
                if isinstance(r.name, str):
                    by_ep.setdefault(r.ep, set()).add(r.name.strip())
        return by_ep.get(ep, set())
    return batch.shared("entity-noise", compute)


# a day or month with its number: "July 9", "9 July", "March 2025", "July 9th, 2025" (the words
# are checked against `dates`)
_DAY_OR_YEAR = regexcache.compile(r"[A-Za-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)|"
                                  r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+(?:,?\s+(?:19|20)\d\d)?")
_FULL_NAME_SURNAME_ZIPF = 4.0  # a word this common after a given name is a thing's ("Jason Model"), rarer a surname ("Goldberg")


def _firm_of_the_word(word: str, names: set[str], gl: Glossary, words: NoiseWords) -> bool:
    """Is one of the episode's entity names a firm that starts with the word ("Rockwell
    Automation" for "Rockwell"): an org of the glossary, or the word and company words or
    everyday words, which no surname is ("Automation", "Motors")?"""
    for other in names:
        if other.startswith(word + " "):
            entry = gl.lookup(other)
            if (entry is not None and entry.is_org) or (entry is None and all(
                    w in words.company_words or at_least(w.lower(), _FIRM_WORD_ZIPF)
                    for w in other[len(word) + 1:].split())):
                return True
    return False


_FIRM_WORD_ZIPF = 3.5  # a word this common after a firm's first word makes a firm's name ("Rockwell Automation")


def _given_name_alone(name, gl: Glossary, words: NoiseWords) -> bool:
    """Is the name one word that is a given name ("Joe", or the first word of a glossary person's
    name: "Nikesh") or a pair of initials ("RJ"), and no glossary name?"""
    if not isinstance(name, str):
        return False
    name = name.strip()
    return ((name in words.first_names or (len(name) == 2 and name.isupper() and name.isalpha())
             or name in _glossary_given_names(id(gl), gl))
            and gl.lookup(name) is None)


@lru_cache(maxsize=4)
def _glossary_given_names(gl_id: int, gl: Glossary) -> frozenset[str]:
    """The first words of the glossary's people of two or three words ("Nikesh", "Lip-Bu")."""
    return frozenset(e.name.split()[0] for e in gl.entries
                     if e.kind == "person" and 2 <= len(e.name.split()) <= 3 and e.name[:1].isupper())


def _given_name_of_someone(name: str, texts: list[str], gl: Glossary, words: NoiseWords) -> Noise | None:
    """The NER pass's given name alone of a person the episode names in full ("Cyril" of Cyril
    Perducat, "Joe" of Joe Weisenthal, "RJ" of RJ Scaringe): the host or guest called by the
    first name, not a company. The full name is a person of the glossary, or a given name and a
    capitalised surname that is no company word and no glossary name."""
    full = regexcache.compile(rf"(?<![\w'’.-]){re.escape(name)}[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w'’&-])"
                              r"(?![ \t]+[A-Z])")
    for text in texts:
        if not isinstance(text, str) or name not in text:
            continue
        for m in full.finditer(text):
            person = f"{name} {m.group(1)}"
            entry = gl.lookup(person)
            if (entry is not None and entry.kind == "person") or (
                    entry is None and gl.lookup(m.group(1)) is None and m.group(1) not in words.company_words
                    and m.group(1) not in words.first_names and not at_least(m.group(1).lower(), _FULL_NAME_SURNAME_ZIPF)
                    and _personal_name([name.title() if name.isupper() else name, m.group(1)], words)):
                return Noise("F504", f"{name!r} is the given name of {person}, whom the episode names, "
                                     f"not a company or product", name, what="person")
    return None


def _title_cased_common(name, gl: Glossary, words: NoiseWords) -> bool:
    """Is the name two to five title-cased ordinary English words ("Carbon Credits", "Grid
    Capacity"), small joiners allowed, no acronym and no glossary name?"""
    if not isinstance(name, str):
        return False
    tokens = name.split()
    return (2 <= len(tokens) <= 5
            and all((t[:1].isupper() and t[1:].islower()) or t in words.generic_joiners for t in tokens)
            and tokens[0][:1].isupper() and _common_noun_phrase(tokens, words) and gl.lookup(name.strip()) is None)


def _lowercase_phrase(name, gl: Glossary, words: NoiseWords) -> bool:
    """Is the name two to four ordinary English words, all in lowercase ("pull requests"), no
    glossary name?"""
    if not isinstance(name, str) or " " not in name.strip():
        return False
    tokens = name.split()
    return (len(tokens) <= 4 and all(t.replace("-", "").isalpha() and t.isascii() and t.islower() for t in tokens)
            and _common_noun_phrase(tokens, words) and gl.lookup(name.strip()) is None)


def _ordinary_word(name, gl: Glossary, words: NoiseWords) -> bool:
    """Is the name one title-cased ordinary English word ("Nuclear"), no company word, first name
    or glossary name?"""
    if not isinstance(name, str):
        return False
    name = name.strip()
    return (name.isalpha() and name[:1].isupper() and name[1:].islower() and name not in words.company_words
            and name not in words.first_names and at_least(name.lower(), _CONCEPT_ZIPF)
            and gl.lookup(name) is None)


def _written_lowercase(name: str, texts: list[str]) -> Noise | None:
    """The episode writes the name's words in lowercase as ordinary words ("the market for carbon
    credits") and never as the name ("Carbon Credits"): a common noun phrase, not a company. An
    NER entry's own window is its text; an LLM entry's are the episode's texts."""
    low = name.lower()
    pattern = None
    seen_lower = False
    for text in texts:
        if not isinstance(text, str):
            continue
        lowered = text.lower()
        if low not in lowered and ("-" not in lowered or low not in lowered.replace("-", " ")):
            continue
        pattern = pattern or re.compile(r"(?<![\w-])" + re.escape(low).replace(r"\ ", r"[\s-]") + r"(?![\w-])", re.I)
        for m in pattern.finditer(text):
            found = m.group(0).replace("-", " ")  # "value-based care" writes "Value Based Care"
            if found == low:
                seen_lower = True
            elif found[:1].isupper() and not at_sentence_start(text, m.start()):
                return None  # written as a name somewhere ("... with Carbon Credits ...")
            elif found[1:] != low[1:]:
                return None  # capitals inside ("Carbon Credits" at a sentence start)
    if not seen_lower:
        return None
    return Noise("F504", f"{name!r} is a generic term (the episode writes {low!r}), not a company or product",
                 name)


# a word of speech before another entity of the episode is at least this common in English
_GLUED_ZIPF = 3.5


def _glued_to_entity(row, names: set[str], gl: Glossary) -> Noise | None:
    """An NER name that is an ordinary word, from the start of a sentence of its window, glued to the
    name of another entity of the same episode ("Suppose Oklo" beside "Oklo", "Notice Schneider
    Electric" beside "Schneider Electric"): the word belongs to the sentence, not to the name."""
    name = row.name.strip()
    parts = name.split(None, 1)
    if len(parts) != 2 or parts[1] not in names:
        return None
    first, rest = parts
    if not (first.isalpha() and first[0].isupper() and first[1:].islower()
            and at_least(first.lower(), _GLUED_ZIPF) and gl.lookup(first) is None and gl.lookup(name) is None):
        return None
    at = window_offset(row.context, name)
    if at == -1 or not at_sentence_start(row.context, at):
        return None
    return Noise("F501", f"{name!r} is a sentence fragment: {first!r} from the start of a sentence glued to "
                         f"the entity {rest!r}", name, rest)


def _cut_from_entity(row, names: set[str], gl: Glossary) -> Noise | None:
    """An NER name that is one ordinary word, right after a capitalised word in its window with
    which it makes the name of another entity of the same episode ("Diamond" of "Not Diamond is a
    good router" beside "Not Diamond"): the NER pass cut that entity's name, whatever its first word."""
    name = row.name.strip()
    if " " in name or not (name.isalpha() and name[:1].isupper() and name[1:].islower()) or gl.lookup(name) is not None:
        return None
    at = window_offset(row.context, name)
    if at <= 0 or (before := _PREV_WORD.search(row.context, max(0, at - 30), at)) is None or before.start() == 0:
        return None
    full = before.group(1) + " " + name
    if full not in names or not is_common_word(name.lower()):
        return None
    return Noise("F502", f"{name!r} is cut from {full!r}, an entity of the episode, in its transcript window", name)


# the show introduced by name: "welcome (back) to X", "you're listening to X", "thanks for
# listening to X", "this episode of X"; X one to five capitalised words (lowercase "of", "the",
# "on", "and", "in", "at" between), then a clause's end, a comma, "from", "is brought", "I'm"
_SHOW_INTRO = regexcache.compile(
    r"\b(?:(?i:welcome(?:\s+back)?\s+to|(?:you[’']re|you\s+are)\s+listening\s+to|(?:thanks|thank\s+you)(?:\s+all)?"
    r"(?:\s+so\s+much)?\s+for\s+listening\s+to|(?:this|today[’']s|an?)\s+(?:episode|edition)\s+of)|"
    # the host's sign-on ("I'm Patrick O'Shaughnessy, and this is Invest Like the Best")
    r"I[’']m\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?\s+and\s+this\s+is|"
    # or the show's, from its network, at a sentence's start ("This is Planet Money from NPR.")
    r"(?:(?<![^\s.!?:])|(?<=[.!?:]\s))This\s+is(?=\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}\s+from\s+[A-Z][\w&-]*[.!?]))"
    r"\s+(?:the\s+)?"
    r"(?P<show>[A-Z][\w’'&-]*(?:\.\w+)*(?:\s+(?:(?:of|the|on|and|in|at|&)\s+)?(?!I\b|I[’'])[A-Z][\w’'&-]*(?:\.\w+)*){0,4})"
    r"(?=\s*(?:[.,!?;:—–]|$)|\s+(?:from|is\s+brought|is\s+supported|is\s+presented|I[’']m|I\s+am|podcast|show)\b)")


def show_names(texts) -> frozenset[str]:
    """The names the episode's texts introduce as the show's ("Welcome to No Vacancy, the podcast
    where ...", "I'm Patrick O'Shaughnessy, and this is Invest Like the Best", "This is Planet
    Money from NPR.")."""
    out = set()
    for text in texts:
        if not isinstance(text, str) or not ("elcome" in text or "istening" in text or "pisode of" in text
                                              or "dition of" in text or "his is" in text):
            continue
        for m in _SHOW_INTRO.finditer(text):
            show = m.group("show")
            out.add(show)
            if show.startswith("The "):
                out.add(show[4:])  # ("Welcome back to The AI Daily Brief": "AI Daily Brief" too)
    return frozenset(out)


def _episode_texts(batch, index: int) -> list[str]:
    """The free texts and entity contexts of the batch's episode `index`."""
    def compute():
        by_ep: dict[int, list[str]] = {}
        position = {id(ep): i for i, ep in enumerate(batch.episodes)}
        for ep, _, text, _ in batch.texts():
            by_ep.setdefault(position[id(ep)], []).append(text)
        for row in entity_rows(batch):
            if isinstance(row.context, str):
                by_ep.setdefault(row.ep, []).append(row.context)
        return by_ep
    return batch.shared("entity-noise-texts", compute).get(index, [])


# What a maker's product is called after its name: "OpenAI's Deep Research agent"
_PRODUCT_KINDS = (r"agent|agents|feature|features|tool|tools|product|app|API|SDK|mode|assistant|"
                  r"model|models|platform|service|extension|plugin|framework|library")
_PRODUCT_NOUN = rf"(?:{_PRODUCT_KINDS})\b"
_MAKER = r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
_MAKER_POSSESSIVE = regexcache.compile(_MAKER + r"['’]s\s+$")
_MAKER_BEFORE = regexcache.compile(
    _MAKER + r"\s+(?:has\s+|have\s+|just\s+)?(?:released|launched|shipped|introduced|announced|unveiled|"
    r"rolled\s+out|open-sourced)\s+(?:its\s+|their\s+|a\s+|the\s+|new\s+)*$")
_PRODUCT_NOUN_AFTER = regexcache.compile(r"\s+" + _PRODUCT_NOUN)
# a name whose own last word is such a kind, or a named policy's ("Frontier Safety Framework",
# "Agents SDK", "Responsible Scaling Policy"): a maker's possessive before it is enough
_PRODUCT_NOUN_END = regexcache.compile(rf"\s(?:{_PRODUCT_KINDS}|policy|protocol)$", re.I)
_MAKER_AFTER = regexcache.compile(r"\s+(?:from|by)\s+" + _MAKER)
# a firm that leads or backs a funding round ("led by Benchmark", "Benchmark led the round")
_FUNDER_BEFORE = regexcache.compile(r"\b(?:led|co-led|backed|funded|financed|seeded)\s+by\s+$")
_FUNDER_AFTER = regexcache.compile(r"\s+(?:led|co-led|invested|backed|funded)\b")


def named_product(name: str, texts: list[str], gl: Glossary) -> bool:
    """Whether the episode's texts show `name`, a term made of generic words ("Deep Research",
    "Agents SDK"), as a product of a maker the glossary knows: "OpenAI's Deep Research agent",
    "the Agents SDK from OpenAI", "OpenAI launched Deep Research". Only a name written
    capitalised, with a capitalised word that is no acronym ("LLM API" stays generic), and only
    in that spelling. A maker's possessive alone does not do ("Meta's North Star"): the
    product's kind must follow it, or end the name ("Google DeepMind's Frontier Safety
    Framework"). A firm that leads or backs a funding round ("led by Benchmark", "Benchmark led
    the Series A") is a company too."""
    if not any(t[:1].isupper() and t[1:].islower() for t in name.split()):
        return False
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")

    def is_maker(text: str) -> bool:
        words = text.split()
        # the maker's name may follow a capitalised sentence start ("Today OpenAI launched")
        return any((e := gl.lookup(" ".join(words[k:]))) is not None and e.is_org for k in range(len(words)))

    for text in texts:
        for m in pattern.finditer(text):
            before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 80]
            own = _MAKER_POSSESSIVE.search(before)
            if own and (_PRODUCT_NOUN_AFTER.match(after) or _PRODUCT_NOUN_END.search(name)) and is_maker(own.group(1)):
                return True
            made = _MAKER_BEFORE.search(before)
            if made and is_maker(made.group(1)):
                return True
            by = _MAKER_AFTER.match(after)
            if by and is_maker(by.group(1)):
                return True
            if _FUNDER_BEFORE.search(before) or _FUNDER_AFTER.match(after):
                return True  # a venture firm named with a generic word: "led by Benchmark"
    return False


class _NoiseRule(Rule):
    family = "entity-noise"
    fixable = "unsafe"

    def check(self, batch):
        for row, noise in classify_entities(batch):
            if noise.code != self.code:
                continue
            ep = batch.episodes[row.ep]
            path = f"{row.field}.name"
            if path not in ep.scalars:
                continue
            value = ep.scalars[path].value
            if noise.replacement is not None:
                lead = len(value) - len(value.lstrip())
                edits = scalar_edit(ep, path, lead, lead + len(value.strip()), noise.replacement)
                fix = Fix("unsafe", f"Rename to {noise.replacement!r}", tuple(edits), (path,)) if edits else None
            else:
                edits = item_removal(ep, row.field)
                fix = Fix("unsafe", f"Remove the entity {row.name!r}", tuple(edits), (row.field,)) if edits else None
            i = value.find(noise.evidence)
            i, j = (i, i + len(noise.evidence)) if i != -1 else (0, len(value))
            start, end, _ = ep.locate(path, i, j)
            yield ep.finding(self, path=path, start=start, end=end, evidence=value[i:j], fix=fix,
                             message=noise.message)


class SentenceFragmentEntity(_NoiseRule):
    """## What it does
    Flags an entity whose name is a piece of speech rather than a name: a word that starts a
    sentence or clause (a conjunction, preposition, pronoun, adverb or imperative verb) glued to
    the word after it — "And I", "But Lama", "Take Cursor", "Through Scale Data Foundry", "If
    China", "An AI". Evidence that the word is no part of the name: the rest is a glossary name or
    a pronoun, or the entity's transcript window shows the name right after a sentence boundary.
    A greeting glued to a name ("Hi Sam", "Dear OpenAI") is speech too. A word that stands
    capitalised mid-sentence in its window is a name ("the newsletter company Every", "the app
    When I Work", "the So Good brand"), and so is one that an LLM context describes as a firm
    ("Every: Media company ..."), whether its own or that of an LLM entry of the same name in the
    episode, and an LLM entry's title of three or more capitalised words ("If This Then That").
    The word lists live in `rules/entity_noise.yaml`; glossary names ("The
    Information" when listed, "Safe Superintelligence") are never flagged.

    ## Why it matters
    Such entries are noise in the company list: "And I" is not a company, and "Take Cursor" hides
    the real mention of Cursor from search and statistics.

    ## Example
    ```yaml
    companies:
    - name: Take Cursor        # flagged: 'Take' from the start of a sentence
      context: on your signup page. Take Cursor. People were going to insane lengths
      position: 37867
    - name: Cursor             # fine
    ```

    ## Fix safety
    Unsafe: when the rest is a real name the fix strips the leading word ("Take Cursor" ->
    "Cursor"), otherwise it removes the entity; either changes the data.
    """

    code = "F501"
    name = "sentence-fragment-entity"
    severity = Severity.ERROR
    summary = "Entity name that is a sentence fragment (And I, Take Cursor)"


class CutEntityName(_NoiseRule):
    """## What it does
    Flags an NER entity whose name was cut out of a longer word in its own transcript window:
    "Ban Meta" where the window reads "the Ray-Ban Meta product", "AI" from "OpenAI", "Open" from
    "OpenAI's", "Chick" from "Chick-fil-A". A plural "s" after the name is not a cut, nor a
    lowercase word after a hyphen ("Google-backed"). An event's head word cut from the event's
    name ("Cup" of "the World Cup", "Tour" of "Tour de France"; `event_words`) is flagged too.

    ## Why it matters
    A cut name points to the wrong thing ("Ban Meta" is no product) and misses the real one.

    ## Example
    ```yaml
    - name: Ban Meta           # flagged: cut from 'Ray-Ban Meta'
      context: the reason why the Ray-Ban Meta product has done so well
      position: 32372
    ```

    ## Fix safety
    Unsafe: the fix renames the entity to the whole token of the window ("Ray-Ban Meta") when
    that is a name, and otherwise removes it.
    """

    code = "F502"
    name = "cut-entity-name"
    severity = Severity.ERROR
    summary = "Entity name cut from a longer word (Ban Meta from Ray-Ban Meta)"


class HedgedEntityName(_NoiseRule):
    """## What it does
    Flags an entity name that carries a hedge or an annotation instead of being one name:
    "Lama (or Llama)", "Gemini (likely Gemini 1.5)", "Llama or Lama", "Gemma / Gemini", "Claude?".

    ## Why it matters
    The name field is matched, grouped and displayed as a name; a hedge in it matches nothing
    and shows the enrichment's uncertainty to readers.

    ## Example
    ```yaml
    - name: Lama (or Llama)    # flagged
    - name: Llama              # fine
    ```

    ## Fix safety
    Unsafe: the fix keeps the alternative the glossary accepts ("Llama"), or the part outside
    the parentheses; the LLM may have meant the other one.
    """

    code = "F503"
    name = "hedged-entity-name"
    severity = Severity.WARNING
    summary = "Entity name with a hedge or annotation (Lama (or Llama))"


class NotACompany(_NoiseRule):
    """## What it does
    Flags an entity that is not a company or product: a person of the glossary ("Sam Altman",
    "Zuck"), one described as a person (a context that opens on a role or a pronoun: "Former FTC
    chair whose ...", "Tech journalist and host", "She leads ..."; for a name shaped like a
    person's), one with a given name and a surname ("Ana Ruiz") or a
    title before the name in its NER window ("Dr. Ilse Vandermeer"), a country or place ("United
    States"; a place no list holds by the words before it in its NER window, "an office in
    Wrocław", "headquartered in Asturias", or by an LLM context that opens on a kind of place,
    "City where ..."), a city of the generated list (`cities`: "Fresno", "Kumasi") unless a firm's
    description or its window says it is a firm, a venue, building or street ("... Stadium",
    "Sand Hill Road", "Venue in London where ..."), a gathering known by its own name ("NeurIPS",
    "GDC 2025", rules/entity_noise.yaml `gatherings`), a government or public body ("Trump
    Administration", "FTC"; "US agency that ...", by its LLM description; not one whose context
    calls it a league, standards body or nonprofit), a plural of an acronym ("MSPs", "OEMs"), a method ("the Kelly criterion",
    "Baseball formula estimating ..."), a law or regulation
    ("AI Act", "CHIPS and Science Act", "GDPR", "Executive Order 14110"), a category that says
    so (`governance_entity`), a day or month dated in its NER window ("shipped on Monday", "in
    March"), or a generic term
    made only of generic words, with or without "the" ("LLM API", "North Star", "The Transformer"),
    or of the ordinary words of business roles and functions with them ("Customer Success Team",
    "Board of Directors", "Drug Discovery Platform"; such a word alone is no verdict: "Discovery").
    Such a term is a product, and not flagged, when a text of the episode ties it to a maker the
    glossary knows: "OpenAI's Deep Research agent", "the Agents SDK from OpenAI", "Google
    announced Cloud TPU". A term of a trade in title case (one to three ordinary English words,
    one word only as a plural or a gerund: "Carbon Credits", "Paid Subscriptions", "Streaming")
    is flagged when its LLM context describes a kind of term ("Monetization model in games",
    "Mentioned as a cost ...") and no firm or product ("Game studio ...", "Valve's feature ...",
    "... from Signify"). A governance category does not flag a fund or foundation whose context
    calls it no public body, nor a league or a standards body whose context says so, nor any body
    whose LLM context does not call it public: a union, a collecting society or a standard
    ("SAG-AFTRA", "GEMA", "C2PA") is an organisation of the episode. A name shaped
    like a person's is a firm when its LLM context's head is a kind of firm ("UK department store
    chain that ...") or its window puts a plural kind of firm before it ("brands like Ralph
    Lauren"). Lists and patterns live in `rules/entity_noise.yaml`.

    ## Why it matters
    The `companies` list feeds company statistics and tags; people, places and generic terms in
    it are wrong facts and noise.

    ## Example
    ```yaml
    - name: United States      # flagged: a country
    - name: LLM API            # flagged: a generic term
    - name: Anthropic          # fine
    ```

    ## Fix safety
    Unsafe: the fix removes the entity; the person or place may belong in another field.
    """

    code = "F504"
    name = "not-a-company"
    severity = Severity.WARNING
    summary = "Person, place, government, law or generic term listed as a company"
