"""Sponsor: ad-read content extracted as if it were the episode's substance.

The transcript itself is not in the file, but the NER entries carry pieces of it: a ~100-character
window around each name, at a known `position`. Ad reads are found in those windows: calls to
action, URLs, "back to <guest>" (`rules/sponsor.yaml`), and the names of the episode's sponsors.
Windows with ad evidence are grouped into segments (an ad read is a minute or so of text), which
stretch to neighbouring windows that hold no unscripted speech and stop at "back to ...". Quotes,
insights and entities are then flagged when their text is in a segment (shared word shingles with
its windows), when they carry ad markers, or when they are the sponsor's own products.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress
from operator import itemgetter, or_

from ..findings import Fix, Severity
from ..glossary import ORG_KINDS, glossary, norm_key
from ..prefilter import (Gated, Hits, earliest, fold, fold_lower, holding, holding_each, one_by_one,
                         search_from_prefixes)
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from ..textmatch import trie_pattern
from .base import Rule, item_removal
from .entity_noise import classify_entities, entity_rows, is_ner, noise_words, window_offset
from .misspelling import is_common_word
from .sponsor_body import COPY_SHARE, MIN_GRAMS, BodyReads, find_body_reads, squashed
from .sponsor_body import mentions as _mentions, word_pattern as _word_pattern
from ..wordlist import at_least
from .. import regexcache

CLUSTER_GAP = 1500  # windows of one ad read are at most this far apart (characters of transcript)
EXTEND_GAP = 500  # a neighbouring window joins a segment when this close and free of speech
EXTEND_MAX = 1000  # and the segment grows by at most this much on each side
SHINGLE = 4
# the words of _content_words: tokens [a-z0-9]+(?:['’][a-z]+)? of three characters or more:
# [a-z0-9]{3,}(?:['’][a-z]+)?|[a-z0-9]{1,2}['’][a-z]+, with the first character taken out of the
# alternatives so that the pattern starts with a class (the engine skips spaces in C)
_WORDS = regexcache.compile(r"[a-z0-9](?:[a-z0-9]{2,}(?:['’][a-z]+)?|[a-z0-9]?['’][a-z]+)")
_FIRST_PERSON = regexcache.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|we|we[’']re|we[’']ve|our|my|me|us)\b")
# the speaker about themselves or their team ("we use Vanta ourselves", "We moved our docs off
# Notion"): a window naming a sponsor in the first person is the guest's own mention, not ad copy
# that starts or stretches an ad read ("I" keeps its capital; the others take any case)
_SPEAKER = regexcache.compile(r"\b(?:I|[Ww]e|WE|[Oo]ur|OUR|[Oo]urselves|[Mm]y|MY|[Mm]yself)\b")
# the host introducing the guest ends an ad read before it ("OK, my guest today is the founder
# of Tessel", "All right, today my guest leads fraud at Finch Pay", "with me today is ...", "I'm
# joined by ...", "Tomasz, welcome to the show"), and an ad read after it starts after it
_GUEST_INTRO = regexcache.compile(
    r"\b(?:(?:my|our)\s+guests?\s+(?:today|this\s+week)|guests?\s+(?:today|this\s+week)\s+(?:is|are)|today,?\s+(?:my|our)\s+guests?|"
    r"today['’]s\s+guests?|(?:joining|with)\s+(?:me|us)\s+(?:here\s+)?(?:today|now|this\s+week)|"
    r"(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:here\s+)?joined\s+(?:today\s+|now\s+)?by|(?:my|our)\s+guests?\s+(?:is|are)|"
    r"(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:here\s+)?(?:talking|speaking|sitting\s+down|chatting)\s+(?:today\s+)?with|"
    r"welcome\s+(?:back\s+)?to\s+the\s+(?:show|podcast|pod|program)|"
    r"(?:hello|hi|hey)(?:\s+(?:everyone|everybody|folks|all|there))?,?\s+(?:and\s+)?welcome\s+(?:back\s+)?to)\b", re.I)
_GUESTS_OWN = regexcache.compile(r"\b(?:guest|interviewee|speaker)[’']s\s+(?:own\s+)?(?:employer|company|firm|startup|workplace)\b|"
                                 r"\bwhere\s+the\s+(?:guest|interviewee|speaker)\s+works\b|\b(?:guest|interviewee)\s+(?:leads|runs|founded|works\s+at)\b", re.I)
_INTRO_WORDS = ("uest", "oining", "oined", "ith me", "ith us", "elcome", "ing with", "own with")  # literals, one of which every intro holds


def _guest_intro(text: str) -> re.Match | None:
    """The host's introduction of the guest in `text`, or None (the literals first: the pattern is
    case-blind)."""
    return _GUEST_INTRO.search(text) if any(x in text for x in _INTRO_WORDS) else None


def _before_intro(windows: list, k: int) -> str:
    """The text of windows[k] up to the host's introduction of the guest, when it or one of the
    next two windows (which overlap it) holds one: the words after it ("All right, today my guest
    leads fraud at ...") are the host's after the ad, and say nothing of the ad's words before."""
    text = windows[k].text
    for w in windows[k:k + 3]:
        if w.start >= windows[k].stop:
            break
        if (m := _guest_intro(w.text)) is not None:
            return text[:max(0, w.start + m.start() - windows[k].start)]
    return text


_STOP = frozenset("""a an the and or but of to in on at by for with from into over is are was were be been
being it its this that these those as than then so such can could will would should may might must do does
did have has had not no yes you your they their them he she his her we our us i my me who whom which what
when where why how all any each every some more most other also just only very about up out if""".split())


@dataclass
class SponsorKnowledge:
    sponsors: list[str]
    triggers: tuple[str, ...]  # lowercase substrings one of which every strong marker holds
    trigger: re.Pattern  # the triggers as one literal (trie) pattern, for the lowercased text
    trigger_rare: re.Pattern | None  # those starting with a character rare in prose, as one (`has_trigger`)
    trigger_rest: tuple[str, ...]  # and the others
    strong: re.Pattern
    strong_parts: tuple[Gated, ...] | None  # the strong markers one by one (`one_by_one`)
    end: Gated
    weak: Gated
    weak_parts: tuple[Gated, ...] | None  # the weak markers one by one (`one_by_one`)
    ad_words: Gated
    conversation: Gated
    opening: re.Pattern | None = None  # strong markers that open an ad read: nothing before them is in it
    unscripted: re.Pattern | None = None  # speech no ad read holds: the conversation between two reads
    closing: re.Pattern | None = None  # strong markers that are a call to action: an ad read ends with one
    ad_for: tuple[str, ...] = ()  # the summary's words before the sponsor of an ad ("an ad for"), lowercase
    offer: Gated | None = None  # an offer to the listeners in an LLM context ("first month free")
    resumption: re.Pattern | None = None  # the host turning back to the guest by name ("So Dario, ...")
    continuation: re.Pattern | None = None  # a sentence's opening that goes on from the one before ("So ...", "Then ...")
    host_words: re.Pattern | None = None  # an LLM context tying an entity to the host ("the host's newsletter")
    proof: re.Pattern | None = None  # a strong marker's text that is the ad's social proof ("startups trust X")
    citation: re.Pattern | None = None  # a work of reference located at an address ("the report is at x.com")
    citation_offer: re.Pattern | None = None  # an offer's words, which no citation's sentence holds
    citation_domain: re.Pattern | None = None  # an organisation's domain ("fidoalliance.org"): cited bare
    subject: re.Pattern | None = None  # an LLM context making an entity the episode's subject ("analysed in depth")
    descriptors: re.Pattern | None = None  # weak markers that describe a company's market ("for startups")
    reported: re.Pattern | None = None  # ad copy quoted as what ads say ("every podcast ad says use code X")
    history: re.Pattern | None = None  # a past century's date before a marker ("Milton Berle in 1948, brought to you by Texaco")
    testimonial: re.Pattern | None = None  # a customer's praise in an ad read's formula ("since we switched to X")
    ad_copy: re.Pattern | None = None  # a text that is ad copy by itself for a listed sponsor ("X gives you ...")
    # countries (lowercase, entity-noise's list), which no ad names as its sponsor: "The flat-pack
    # revolution was brought to you by Sweden" is a joke (`sponsor_knowledge` fills it)
    places: frozenset | None = None
    # given names (entity-noise's list): "Before we start, thanks to Maria Ortiz for the question"
    # thanks a person; and the glossary's look-up, for the users of the field's names counted
    # ("Over a million developers use Copilot.", no ad's proof): `sponsor_knowledge` fills both
    first_names: frozenset = frozenset()
    lookup: object = None


def _alternatives(patterns, where, key) -> list[str]:
    """The patterns, checked, as the alternatives of one regex: each a group, their `sponsor`
    groups numbered apart (a named group may repeat across patterns)."""
    patterns = [patterns] if isinstance(patterns, str) else patterns
    out = []
    for i, p in enumerate(patterns):
        try:
            regexcache.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: {key}[{i}]: invalid regular expression: {exc}") from None
        out.append(p)
    joined, n = [], 0
    for p in out:
        while "(?P<sponsor>" in p:
            p = p.replace("(?P<sponsor>", f"(?P<sponsor{n}>", 1)
            n += 1
        joined.append(f"(?:{p})")
    return joined


def _regex(patterns, where, key, flags=re.I) -> re.Pattern:
    return _joined(_alternatives(patterns, where, key), flags)


def _joined(alternatives: list[str], flags=re.I) -> re.Pattern:
    return regexcache.compile("|".join(alternatives) or r"(?!x)x", flags)


_PLACEHOLDER = regexcache.compile(r"\{([A-Z][A-Z0-9_]*)\}")  # {SPONSOR}: not a quantifier, which holds digits only
MARKER_KEYS = ("strong_markers", "end_markers", "weak_markers")


def expand_defines(data: dict, where: str) -> dict:
    """`data` with each `{NAME}` in the markers replaced by the sub-pattern `define` gives it (one
    sponsor-name pattern serves five markers). An undefined name is a rule-set error."""
    defines = expect(data.get("define") or {}, dict, where, "define")
    for name, pattern in defines.items():
        if not (isinstance(name, str) and _PLACEHOLDER.fullmatch("{" + name + "}") and isinstance(pattern, str)):
            raise RuleSetError(f"{where}: define.{name}: expected a NAME in capitals and a regular expression")
    out = dict(data)
    for key in MARKER_KEYS:
        patterns = data.get(key)
        if isinstance(patterns, list):
            out[key] = [_expand(p, defines, f"{where}: {key}[{i}]") if isinstance(p, str) else p
                        for i, p in enumerate(patterns)]
    return out


def _expand(pattern: str, defines: dict, label: str) -> str:
    """`pattern` with each `{NAME}` replaced by its definition; `label` names it in an error."""
    def definition(m: re.Match) -> str:
        if m.group(1) not in defines:
            raise RuleSetError(f"{label}: {{{m.group(1)}}} is not defined under `define`")
        return defines[m.group(1)]

    return _PLACEHOLDER.sub(definition, pattern)


def parse_sponsor(data, where: str) -> SponsorKnowledge:
    data = data or {}
    expect(data, dict, where, "sponsor")
    known_keys(data, {"version", "define", "sponsors", "triggers", "strong_markers", "end_markers",
                      "weak_markers", "ad_words", "conversation", "opening_markers", "unscripted",
                      "closing_markers", "ad_for", "offer_words", "resumption", "host_words", "proof_markers", "continuation",
                      "citation", "citation_offer", "citation_domain", "subject", "descriptors", "reported",
                      "history", "testimonial", "ad_copy"}, where, "sponsor")
    data = expand_defines(data, where)
    for key in ("ad_words", "conversation", "opening_markers", "unscripted", "closing_markers", "offer_words", "resumption", "host_words", "proof_markers",
                "continuation", "citation", "citation_offer", "citation_domain", "subject", "descriptors", "reported",
                "history", "testimonial", "ad_copy"):
        expect(data.get(key, ""), (str, list), where, key)
    triggers = tuple(t.lower() for t in str_list(data.get("triggers"), where, "triggers"))
    rare = tuple(t for t in triggers if t[:1] in _RARE_FIRST)
    strong = _alternatives(str_list(data.get("strong_markers"), where, "strong_markers"), where, "strong_markers")
    weak = _alternatives(str_list(data.get("weak_markers"), where, "weak_markers"), where, "weak_markers")
    return SponsorKnowledge(
        sponsors=str_list(data.get("sponsors"), where, "sponsors"),
        triggers=triggers,
        trigger=regexcache.compile("" if "" in triggers else trie_pattern(triggers)),
        trigger_rare=regexcache.compile(trie_pattern(rare)) if rare else None,
        trigger_rest=tuple(t for t in triggers if t not in rare),
        strong=_joined(strong),
        strong_parts=one_by_one(strong),
        end=Gated(_regex(str_list(data.get("end_markers"), where, "end_markers"), where, "end_markers")),
        weak=Gated(_joined(weak)),
        weak_parts=one_by_one(weak),
        ad_words=Gated(_regex(data.get("ad_words") or [], where, "ad_words")),
        conversation=Gated(_regex(data.get("conversation") or [], where, "conversation", flags=0)),
        opening=_regex(data["opening_markers"], where, "opening_markers") if data.get("opening_markers") else None,
        unscripted=_regex(data["unscripted"], where, "unscripted", flags=0) if data.get("unscripted") else None,
        closing=_regex(data["closing_markers"], where, "closing_markers") if data.get("closing_markers") else None,
        ad_for=tuple(t.lower() for t in str_list(data.get("ad_for"), where, "ad_for")),
        offer=Gated(_regex(data["offer_words"], where, "offer_words")) if data.get("offer_words") else None,
        resumption=_regex(data["resumption"], where, "resumption", flags=0) if data.get("resumption") else None,
        continuation=_regex(data["continuation"], where, "continuation") if data.get("continuation") else None,
        host_words=_regex(data["host_words"], where, "host_words") if data.get("host_words") else None,
        proof=_regex(data["proof_markers"], where, "proof_markers") if data.get("proof_markers") else None,
        citation=_regex(data["citation"], where, "citation") if data.get("citation") else None,
        citation_offer=_regex(data["citation_offer"], where, "citation_offer") if data.get("citation_offer") else None,
        citation_domain=_regex(data["citation_domain"], where, "citation_domain") if data.get("citation_domain") else None,
        subject=_regex(data["subject"], where, "subject") if data.get("subject") else None,
        descriptors=_regex(data["descriptors"], where, "descriptors") if data.get("descriptors") else None,
        reported=_regex(data["reported"], where, "reported") if data.get("reported") else None,
        history=_regex(data["history"], where, "history") if data.get("history") else None,
        testimonial=_regex(data["testimonial"], where, "testimonial") if data.get("testimonial") else None,
        ad_copy=_regex(data["ad_copy"], where, "ad_copy") if data.get("ad_copy") else None,
    )


# characters rare in English prose: a literal regex of the triggers starting with one of them is
# tried only where one stands (the engine skips to them in C), where a scan per trigger steps
# through the whole text; the triggers starting with a common letter are scanned for one by one
_RARE_FIRST = frozenset("bcfmpuwy%.")


def has_trigger(lows: list[str], kn: SponsorKnowledge) -> list[bool]:
    """holding(lows, kn.triggers): which (lowercase) texts hold a trigger. The triggers starting
    with a rare character (`kn.trigger_rare`) are found with one search of all the texts joined
    by line breaks (no trigger holds one), from a text's start to its first match."""
    if kn.trigger_rare is None or len(lows) < 4 or any(not t or "\n" in t for t in kn.triggers):
        return holding(lows, kn.triggers)
    hits = Hits(lows)
    return list(map(or_, hits.any_of(kn.trigger_rest), hits.found(kn.trigger_rare)))


def sponsor_knowledge(knowledge: Knowledge) -> SponsorKnowledge:
    kn = knowledge.get("sponsor", parse_sponsor, required=False)
    if kn is not None and kn.places is None:
        words = noise_words(knowledge)
        kn.places = frozenset(words.countries) if words is not None else frozenset()
        kn.first_names = frozenset(words.first_names) if words is not None else frozenset()
        kn.lookup = glossary(knowledge).lookup
    return kn


def strong_marker(text: str, kn: SponsorKnowledge, low: str | None = None,
                  triggered: bool | None = None, gates: tuple[bool, ...] | None = None) -> re.Match | None:
    """The first strong ad marker of `text`; the regex runs only where a trigger word occurs.
    `low` is text.lower() when the caller has it, `triggered` the trigger test when it made it
    (`holding(lows, kn.triggers)`), `gates` the literal test of each marker (`strong_gates`)."""
    if triggered is not None:
        if not triggered:
            return None
    elif kn.triggers:
        if kn.trigger.search(text.lower() if low is None else low) is None:
            return None
    if kn.strong_parts is None:
        return kn.strong.search(text)
    if gates is not None:  # only the markers whose literals the text holds (the others match nothing)
        return _earliest_gated(tuple(compress(kn.strong_parts, gates)), text)
    return earliest(kn.strong_parts, text)


def ad_marker(text: str, kn: SponsorKnowledge, low: str | None = None,
              triggered: bool | None = None, gates: tuple[bool, ...] | None = None) -> re.Match | None:
    """The first strong ad marker of `text` (`strong_marker`) that is no source cited (`_cited`:
    "the report is at euroconsult-ec.com"), nor ad copy quoted as what ads say (`_reported`: "every
    podcast ad says use code SOMETHING"), nor a sponsorship the sentence dates in the past
    (`_dated`: "in 1948, brought to you by Texaco"), nor an ad's formula mentioned in quotation marks
    (`_mentioned`), nor a country said as a sponsor in jest ("brought to you by
    Sweden"): past such a marker, the next one, at the same offsets."""
    m = strong_marker(text, kn, low, triggered, gates)
    while m is not None and ((kn.citation is not None and _cited(text, m, kn)) or _reported(text, m, kn)
                             or _dated(text, m, kn) or _mentioned(text, m)
                             or ((name := _marker_sponsor(m)) is not None and _no_sponsor_name(name, m, kn))):
        text = " " * m.end() + text[m.end():]  # the citation (or the ad copy quoted) blanked out
        m = strong_marker(text, kn, None, None, gates)
    return m


def _no_sponsor_name(name: str, m: re.Match, kn: SponsorKnowledge) -> bool:
    """Is the name that marker `m` gives as its sponsor none: a country said in jest ("brought to
    you by Sweden"), a person ("thanks to Maria Ortiz for the question": a given name, alone or
    before one more word), or, in the count of a product's users, a name of the field's other
    than a listed sponsor ("Over a million developers use Copilot.")?"""
    if kn.places and name.lower() in kn.places:
        return True
    words = name.split()
    person = (len(words) <= 2 and words[0] in kn.first_names
              and not m.string.startswith(("'s", "’s"), m.end()))  # ("sponsored by Mike's Tire and Auto")
    counted = kn.lookup is not None and _USERS_COUNTED.search(m.group(0)) is not None and kn.lookup(name) is not None
    return (person or counted) and name not in _name_set(tuple(kn.sponsors))


_CALL_VERB = regexcache.compile(r"(?i:go|head|visit|check|sign|learn|find|get|try|start|download|book)\b")
_CALL_OPENS = regexcache.compile(r"(?:(?:so|and|just|now|again),?\s+)?(?:go|head|visit|check|sign|learn|find\s+out|get|try|start|download|book|grab|order|read|join|donate|give|subscribe|follow|shop|save|claim|use|enter|register|apply|cancel)\b", re.I)
_ADDRESS = regexcache.compile(r"[a-z0-9]\.[a-z]|\sdot\s", re.I)


def _cited(text: str, m: re.Match, kn: SponsorKnowledge) -> bool:
    """Is the address marker `m` a source cited ("the data is at ourworldindata.org", "you can
    find the study at nber.org"): no verb of a call to action of its own, a work of reference
    (`citation`: a study, a report, the data) named in its sentence, which no call's verb opens
    ("Download our report at ..."), and no offer's words in that sentence (`citation_offer`)?
    An ad's address comes with its pitch or its offer; a citation's with the work it points to."""
    found = m.group(0)
    if _marker_sponsor(m) is None or _ADDRESS.search(found) is None or _CALL_VERB.match(found):
        return False
    a, b = _sentence_around(text, m.start())
    # (or an organisation's own domain, without a path: "the spec is public at fidoalliance.org")
    return ((kn.citation.search(text, a, b) is not None
             or (kn.citation_domain is not None and "/" not in found and " slash " not in found
                 and kn.citation_domain.search(found) is not None))
            and _CALL_OPENS.match(text, a) is None
            and (kn.citation_offer is None or kn.citation_offer.search(text, a, b) is None))


_OPEN_QUOTE = "'\"“‘"
_MENTION_CLOSE = regexcache.compile(r"[^'\"”’.!?\n]{0,24}['\"”’]")  # the rest of the formula, then its closing quote


# the words that name a formula as such, right before it ("The phrase this episode is brought to you
# by is the most skipped five seconds in audio")
_FORMULA_NAMED = regexcache.compile(r"\b(?:phrase|words|line|sentence|formula|tagline|slogan|expression|clich[eé])\s*[:,]?\s*$", re.I)


def _mentioned(text: str, m: re.Match) -> bool:
    """Is the marker `m` the formula of an ad read mentioned in quotation marks, or named as a
    phrase, no sponsor named ("'This episode is brought to you by' is the most valuable sentence
    in audio", "the phrase this episode is brought to you by"): talk about ads, not one?"""
    if m.start() <= 0 or _marker_sponsor(m) is not None:
        return False
    if text[m.start() - 1] in _OPEN_QUOTE:
        return _MENTION_CLOSE.match(text, m.end()) is not None
    return _FORMULA_NAMED.search(text, max(0, m.start() - 24), m.start()) is not None


def _reported(text: str, m: re.Match, kn: SponsorKnowledge) -> bool:
    """Is the marker `m` ad copy that its sentence quotes as what ads say ("Every podcast ad says
    use code SOMETHING for twenty percent off. Does that work?", "influencers always tell you to
    go to x.com"): the words of `reported` (rules/sponsor.yaml) end right before it."""
    if kn.reported is None:
        return False
    a, _ = _sentence_around(text, m.start())
    return kn.reported.search(text[a:m.start()]) is not None


def _dated(text: str, m: re.Match, kn: SponsorKnowledge) -> bool:
    """Is the marker `m` a sponsorship of the past that its sentence dates before it (`history`,
    rules/sponsor.yaml: "Milton Berle in 1948, brought to you by Texaco"): history told, not an ad
    read?"""
    if kn.history is None:
        return False
    a, _ = _sentence_around(text, m.start())
    return kn.history.search(text, a, m.start()) is not None


def _earliest_gated(parts: tuple[Gated, ...], text: str) -> re.Match | None:
    """earliest(parts, text, (True,) * len(parts)): the earliest match of the markers `parts`,
    whose literals `text` holds (the first part on a tie), each tried only where one of its
    matches can start (`_search_part`)."""
    best, folded = None, None
    for part in parts:
        if part.prefixes is not None:
            folded = fold(text) if folded is None else folded
        m = _search_part(part, text, folded)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def _search_part(part: Gated, text: str, folded: str | None) -> re.Match | None:
    """part.pattern.search(text), where `folded` is fold(text) when `part.prefixes` is known: the
    pattern is tried only where one of its prefixes stands (`search_from_prefixes`, exact for a
    text of any length: a match starts at the first place one of them stands where the pattern
    matches). The engine would try a marker starting with a word boundary or a look-behind (no
    literal it can skip to) at every character even of a short text."""
    if part.prefixes is None:
        return part.pattern.search(text)
    return search_from_prefixes(part.pattern, part.prefixes, text, folded)


def strong_gates(lows: list[str], kn: SponsorKnowledge) -> list[tuple[bool, ...] | None]:
    """For each text (lowercase) the literal test of each strong marker (`kn.strong_parts`), made
    with one scan of all the texts per literal; None when the markers stay joined."""
    if kn.strong_parts is None or not lows:
        return [None] * len(lows)
    return list(zip(*holding_each(list(map(fold_lower, lows)), [p.needles for p in kn.strong_parts])))


def weak_gates(folded: list[str], kn: SponsorKnowledge) -> list:
    """The literal pre-filter of the weak markers for each (folded) text, for `weak_marker`: a
    bool, or with the markers one by one (`kn.weak_parts`), the markers whose literals the text
    holds (False when none does: no marker can match)."""
    if kn.weak_parts is None:
        return holding(folded, kn.weak.needles)
    each = zip(*holding_each(folded, [part.needles for part in kn.weak_parts]))
    return [tuple(compress(kn.weak_parts, gate)) if True in gate else False for gate in each]


def weak_marker(text: str, kn: SponsorKnowledge, gate) -> bool:
    """kn.weak.pattern.search(text) is not None, where `gate` is the text's `weak_gates`. One by
    one, only the markers whose literals the text holds are tried: the joined regex matches
    where one of its alternatives does, and tried at every position of the text, it costs a
    test of every alternative there."""
    if kn.weak_parts is None:
        return bool(gate) and kn.weak.pattern.search(text) is not None
    if not gate:
        return False
    folded = fold(text) if any(part.prefixes is not None for part in gate) else None
    return any(_search_part(part, text, folded) is not None for part in gate)


def _marker_sponsor(m: re.Match) -> str | None:
    for k, v in m.groupdict().items():
        if k.startswith("sponsor") and v:
            return v
    return None


_PUNCT_CHARS = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~–—-…“”‘"  # word separators of shingles
_PUNCT_WIDE = [c for c in _PUNCT_CHARS if not c.isascii()]
_PUNCT_BYTES = bytes(32 if b < 128 and chr(b) in _PUNCT_CHARS else b for b in range(256))


def _shingle_words(text: str, low: str | None = None) -> list[str]:
    """The words of `text` its shingles are made of: lowercase, split at spaces and punctuation
    (apostrophes stay). `low` is text.lower() when the caller has it."""
    return _unpunctuated(text.lower() if low is None else low).split()


def _unpunctuated(low: str) -> str:
    """`low` with its punctuation (word separators of shingles) turned into spaces, character by
    character."""
    if not low.isascii():
        for c in _PUNCT_WIDE:
            if c in low:
                low = low.replace(c, " ")
    # ASCII punctuation to spaces as bytes (UTF-8 keeps every other character's bytes >= 0x80)
    return low.encode("utf-8", "surrogatepass").translate(_PUNCT_BYTES).decode("utf-8", "surrogatepass")


def _words_each(lows: list[str]) -> list[list[str]]:
    """[_shingle_words(low, low) for low in lows], the punctuation of all the texts turned into
    spaces at once: `_unpunctuated` maps character by character, and NUL (in no text, else they
    are done one by one) keeps the texts apart."""
    joined = "\x00".join(lows)
    if len(lows) < 2 or joined.count("\x00") != len(lows) - 1:
        return [_shingle_words(low, low) for low in lows]
    return [u.split() for u in _unpunctuated(joined).split("\x00")]


def _grams(w: list[str]):
    """The word SHINGLE-grams of `w`, as tuples (words hold no spaces: a tuple stands for the
    words joined by spaces). An iterator: zip reuses its tuple when the caller keeps none."""
    if SHINGLE == 4:
        return zip(w, w[1:], w[2:], w[3:])
    return zip(*(w[k:] for k in range(SHINGLE)))


def _content_words(text: str) -> set[str]:
    """Words of three characters or more that are no stop words."""
    words = set(_WORDS.findall(text.lower()))
    words -= _STOP
    return words


@dataclass
class Window:
    row: object
    start: int  # transcript offset of the window's first character
    text: str
    strong: re.Match | None = None
    end_at: int | None = None  # transcript offset where an end marker ("back to ...") ends the ad
    sponsors: set[str] = field(default_factory=set)
    at: int | None = None  # window_offset(text, row.name) when find_ads placed the window by it
    # (marker, opens, closes): `_opens` and `_closes` of the marker `strong` was when last asked
    # (the read's extension and ends ask window after window, the same window more than once)
    marker_kind: tuple | None = None
    # offsets in `text` of names of the sponsor list that end or stand inside a longer name
    # ("Seed to Scale"): no sponsor's (`_window_sponsors`)
    hidden: frozenset = frozenset()

    @property
    def name_at(self) -> int:
        """Where the row's name stands in the window (`window_offset`), -1 when it does not."""
        return window_offset(self.text, self.row.name) if self.at is None else self.at

    @property
    def stop(self) -> int:
        return self.start + len(self.text)


@dataclass
class Segment:
    start: int
    stop: int
    windows: list
    sponsors: set
    shingles: set = field(default_factory=set)
    words: set = field(default_factory=set)  # content words of the segment: a cheap pre-filter


_UNSET = object()


@dataclass
class EpisodeAds:
    segments: list
    sponsors: set  # normalised keys of the episode's active sponsors
    sponsor_names: set  # how they are written
    ad_context: set = field(default_factory=set)  # `index` of the LLM entities whose context says "ad"
    ner: list = field(default_factory=list)  # the episode's NER rows
    called: frozenset = frozenset()  # keys of the sponsors known from a call to action in a quote or insight
    placed: dict = field(default_factory=dict)  # NER row index -> its window (find_ads's)
    told: frozenset = frozenset()  # keys of the sponsors the LLM's contexts call an ad, tied to no guest
    # the sponsors' products that the LLM's contexts tie to the guest ("Notion AI: cited by the guest
    # as a good example"): the guest's words, no ad's, where a text names them
    guest_products: tuple = ()

    @cached_property
    def named_outside(self) -> set:
        """Keys of the names the NER windows hold outside the ad segments (the guest's words)."""
        return {_key(r.name) for r in self.ner if isinstance(r.name, str) and in_segment(r, self) is None}

    @cached_property
    def shingles(self) -> set:
        """The shingles of all the segments (a text sharing none is in no ad read)."""
        return set().union(*(seg.shingles for seg in self.segments))

    @cached_property
    def window_of(self) -> dict:
        """NER row index -> (segment, window) of the first window of that row, in segment order."""
        out: dict = {}
        for seg in self.segments:
            for w in seg.windows:
                out.setdefault(w.row.index, (seg, w))
        return out

    @cached_property
    def name_patterns(self) -> list[tuple[str, re.Pattern]]:
        """(name, its pattern) for each sponsor name, the longest first ("Kestrel Cloud" before
        "Kestrel"), so that the name a finding cites does not depend on the set's hash order."""
        return [(s, _name_pattern([s])) for s in sorted(self.sponsor_names, key=lambda s: (-len(s), s))]

    @cached_property
    def first_words(self) -> dict[str, str]:
        """The first word (lowercase) of each sponsor name of several words -> the name, the
        longest first ("cadenza" -> "Cadenza Coffee"): an LLM entry under that word is the sponsor."""
        out: dict[str, str] = {}
        for s, _ in self.name_patterns:
            if " " in s:
                out.setdefault(s.split()[0].lower(), s)
        return out

    @cached_property
    def owner_pattern(self) -> re.Pattern | None:
        return _owner_pattern(frozenset(self.sponsor_names))

    @cached_property
    def names_pattern(self) -> re.Pattern | None:
        return _name_pattern(self.sponsor_names)


# a sponsor's name written in lowercase and at least this common in English is the word ("modal")
_WORD_ZIPF = 3.0


def _name_pattern(names) -> re.Pattern | None:
    return _name_pattern_cached(frozenset(names))


@lru_cache(maxsize=4096)
def _name_pattern_cached(names: frozenset) -> re.Pattern | None:
    names = {n for n in names if n}
    if not names:
        return None
    # a trie tries the longest name first at each position, as a longest-first alternation would;
    # "no word character or hyphen before the name" is checked after its first character, so the
    # pattern starts with the trie and the engine skips to the names' first characters in C
    return re.compile("(?:" + trie_pattern(names, after_first=r"(?<![\w-][\s\S])") + r")(?![\w-])")


@lru_cache(maxsize=16)
def _name_set(names: tuple[str, ...]) -> frozenset[str]:
    """The (non-empty) names: the strings `_name_pattern(names)` matches in full. The pattern is
    the names' literal trie, whose edge checks (no word character before or after) hold at the
    ends of a string."""
    return frozenset(n for n in names if n)


# norm_key (a regex substitution) of the same names, entity after entity and batch after batch
_key = lru_cache(maxsize=1 << 14)(norm_key)


@lru_cache(maxsize=16)
def _sponsor_keys(sponsors: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((n, norm_key(n)) for n in sponsors)


@lru_cache(maxsize=16)
def _sponsor_key_set(sponsors: tuple[str, ...]) -> frozenset[str]:
    return frozenset(key for _, key in _sponsor_keys(sponsors))


def _is_sponsor_key(key: str, active: set[str]) -> bool:
    """Is `key` one of the `active` keys, or does it start with one ("scaleai" with "scale")?"""
    return key.startswith(tuple(active))


def row_gates(rows, kn: SponsorKnowledge) -> dict[tuple[int, int], tuple[bool, ...]]:
    """(ep, index) -> the literal pre-filters of find_ads for an entity row, tested over all the
    rows at once: (trigger, end marker, weak markers (`weak_gates`), strong markers
    (`strong_gates`, None for a text without trigger)) for an NER window, (ad words, offer words)
    for an LLM context."""
    ner, llm = _by_kind(rows)
    return _row_gates(ner, llm, kn)


def _by_kind(rows) -> tuple[list, list]:
    """The NER rows and the LLM rows of `rows`, in order."""
    ner, llm = [], []
    for r in rows:
        (ner if is_ner(r) else llm).append(r)
    return ner, llm


def _row_gates(ner: list, llm: list, kn: SponsorKnowledge) -> dict[tuple[int, int], tuple[bool, ...]]:
    """`row_gates` of the NER rows `ner` and the LLM rows `llm`."""
    ner = [r for r in ner if isinstance(r.name, str)]
    llm = [r for r in llm if isinstance(r.context, str)]
    out: dict[tuple[int, int], tuple[bool, ...]] = {}
    if ner:
        lows = [r.context.lower() for r in ner]
        trig = has_trigger(lows, kn) if kn.triggers else [None] * len(ner)
        folded = list(map(fold_lower, lows))
        end, weak = holding(folded, kn.end.needles), weak_gates(folded, kn)
        strong = _triggered_gates(lows, trig, kn)
        out.update(((r.ep, r.index), g) for r, g in zip(ner, zip(trig, end, weak, strong)))
    if llm:
        folded = [fold(r.context) for r in llm]
        ad = holding(folded, kn.ad_words.needles)
        offer = holding(folded, kn.offer.needles) if kn.offer is not None else [False] * len(llm)
        out.update(((r.ep, r.index), (g, o)) for r, g, o in zip(llm, ad, offer))
    return out


def _triggered_gates(lows: list[str], trig: list, kn: SponsorKnowledge) -> list:
    """`strong_gates` of the texts with a trigger (the few a strong marker is looked for in), None
    for the others."""
    out = [None] * len(lows)
    hit = [k for k, t in enumerate(trig) if t]
    for k, gates in zip(hit, strong_gates([lows[k] for k in hit], kn)):
        out[k] = gates
    return out


# re.split(r"(?<=[.!?])\s+|\n+", text) splits where this pattern's group 1, or else its whole
# match, stands: the same places, found from the (rare) punctuation and line breaks in C
_SENTENCE_BREAK = regexcache.compile(r"[.!?\n](?:(?<=[.!?])(\s+)|(?<=\n)\n*)")


def _sentences(text: str) -> list[str]:
    """`re.split` at the sentence breaks (see `_SENTENCE_BREAK`)."""
    return [text[a:b] for a, b in _sentence_spans(text)]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `_sentences(text)` in `text`."""
    out, last = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        a, b = m.span(1) if m.start(1) != -1 else m.span()
        out.append((last, a))
        last = b
    out.append((last, len(text)))
    return out


# a name in which a sentence break can stand (a line break, white space after . ! or ?, or white
# space first): its match in a text might run over into the next sentence
_BREAKS_IN_NAME = regexcache.compile(r"^\s|[.!?]\s|\n")


@lru_cache(maxsize=16)
def _breaks_in_names(names: tuple[str, ...]) -> bool:
    return any(_BREAKS_IN_NAME.search(n) for n in names)


def _naming_sentences(text: str, pattern: re.Pattern, names) -> list[str]:
    """The sentences of `_naming_spans`."""
    return [text[a:b] for a, b in _naming_spans(text, pattern, names)]


def _naming_spans(text: str, pattern: re.Pattern, names) -> list[tuple[int, int]]:
    """The spans of the sentences of `text` (`_sentences`) in which the name pattern `pattern` of
    `names` (see `_name_pattern`) matches, or more: those where one of its matches in the whole text starts,
    found with one search of the text instead of one per sentence. A match in a sentence is one in
    the text (the sentence's neighbours there are white space, which the pattern's edges take as
    they take the ends of a string), and no match of the text runs from one sentence into the next
    (`_BREAKS_IN_NAME`), so none hides the start of another's."""
    if _breaks_in_names(tuple(names)):
        return _sentence_spans(text)
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if out and m.start() < out[-1][1]:
            continue  # (in the sentence of the match before)
        out.append(_sentence_of(text, m.start()))
    return out


def _sentence_of(text: str, i: int) -> tuple[int, int]:
    """The span of the sentence of `_sentence_spans(text)` that holds offset `i`, where text[i] is
    no white space (no break's cut, which is white space, holds it), found around `i` instead of
    by cutting the whole text: no break runs over `i`, so the breaks after it are those that a
    search from `i` finds, and those before it those a search from a character before it that no
    break holds (neither white space nor . ! ?) finds."""
    m = _SENTENCE_BREAK.search(text, i)
    stop = len(text) if m is None else (m.start(1) if m.start(1) != -1 else m.start())
    end = i
    while (q := max(text.rfind(".", 0, end), text.rfind("!", 0, end), text.rfind("?", 0, end),
                    text.rfind("\n", 0, end))) != -1:
        r = q  # (back to a character no break holds: the breaks from r are the text's)
        while r and (text[r - 1].isspace() or text[r - 1] in ".!?"):
            r -= 1
        last = None
        for last in _SENTENCE_BREAK.finditer(text, r, i):
            pass
        if last is not None:
            return last.end(), stop  # (a break's cut ends where its match ends)
        end = r
    return 0, stop


# a capitalised word, and a small word of a name, right before a name: "Seed to Scale", "Bank of
# Mercury" (the name is the end of a longer one, a show's or another firm's)
_NAME_BEFORE = regexcache.compile(r"([A-Z][\w’'&-]*)\s+(?:(?:to|of|the|for|on|in|at|de)\s+)?$")
_SENTENCE_OPEN = frozenset(".!?:;\"“‘'([—–\n")


def _in_longer_name(text: str, i: int) -> bool:
    """Does the name at `text[i:]` end a longer capitalised name ("Welcome to Seed to Scale": a
    show's title, not the sponsor Scale)? A capitalised word before it that opens its sentence
    ("Thanks to Vanta", "Try Notion") or is "I" makes none."""
    if not i or not text[i - 1].isspace():
        return False
    m = _NAME_BEFORE.search(text, max(0, i - 40), i)
    if m is None or m.group(1) == "I":
        return False
    before = text[max(0, m.start() - 40):m.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPEN


def _window_sponsors(windows: list, pattern: re.Pattern, names, shows=()) -> None:
    """w.sponsors = {norm_key(m.group(0)) for m in pattern.finditer(w.text)} for every window,
    with one scan of the windows joined by line breaks (no name holds one, and the pattern takes
    a line break before or after a name as it takes the start or end of a text); not a name that
    ends a longer capitalised one (`_in_longer_name`: "Welcome to Seed to Scale"), nor one inside
    such a longer name found elsewhere in the windows or among `shows` (the show's own name, the
    `source`: "Seed to Scale is brought to you by Shopify" names no sponsor Scale)."""
    texts = [w.text for w in windows]
    if any("\n" in n for n in names):
        for w in windows:
            free, hidden = _free_names(w.text, pattern, shows)
            w.sponsors = {norm_key(m.group(0)) for m in free}
            if hidden:
                w.hidden = w.hidden | frozenset(hidden)
        return
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    free, hidden = _free_names(joined, pattern, shows)
    for m in free:
        windows[bisect_right(starts, m.start()) - 1].sponsors.add(_key(m.group(0)))
    for at in hidden:
        k = bisect_right(starts, at) - 1
        windows[k].hidden = windows[k].hidden | {at - starts[k]}


def _longer_names(texts, pattern: re.Pattern) -> set[str]:
    """The longer capitalised names (`_in_longer_name`) that end in a name of `pattern` in `texts`
    ("In this episode of Zero to Scale, ..." of a summary: "Zero to Scale")."""
    out = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        for m in pattern.finditer(text):
            if _in_longer_name(text, m.start()):
                out.add(text[_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()).start(1):m.end()])
    return out


def _free_names(text: str, pattern: re.Pattern, shows=()) -> tuple[list[re.Match], list[int]]:
    """The matches of the name pattern `pattern` in `text` that are no part of a longer
    capitalised name (`_window_sponsors`), and the offsets of those that are."""
    found = list(pattern.finditer(text))
    if not found:
        return found, []
    longer = {s for s in shows if isinstance(s, str) and " " in s.strip()}
    free = []
    for m in found:
        if _in_longer_name(text, m.start()):
            before = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            longer.add(text[before.start(1):m.end()])
        else:
            free.append(m)
    longer = {n for n in longer if n in text}
    if longer:
        cover = [(o.start(), o.end()) for n in longer for o in re.finditer(re.escape(n) + r"(?![\w-])", text)]
        free = [m for m in free if not any(a <= m.start() and m.end() <= b and (a, b) != m.span() for a, b in cover)]
    if len(free) == len(found):
        return free, []
    kept = {m.start() for m in free}
    return free, [m.start() for m in found if m.start() not in kept]


def _without_talk_before(seg: Segment, texts: list[str], kn: SponsorKnowledge) -> list[str]:
    """The texts of the read `seg`, whose first window names its sponsor (no window before it
    taken), without the end of the sentence that window is cut inside of, when that sentence ends
    before the name and the marker of the window, the sentence naming the sponsor does not go on
    from it ("So ...", "Then they plugged in WorkOS Radar": `continuation`) and it shares no word
    stem with the read: the talk before the read ("... now the model proposes them. Keelbank is
    banking built for startups"), not its hook, which speaks of what the read sells ("... data is
    running out. So major AI labs ... partner with Scale ... high-quality data"); `seg.start` moved
    past it. A window cut around a name starts inside a sentence: the read may have begun before
    it, with that sentence, or after it."""
    w = seg.windows[0]
    if w.start <= 0 or seg.start > w.start:
        return texts
    lead = _SENTENCE_END.search(w.text)
    if lead is None or w.name_at < lead.end() or (w.strong is not None and w.strong.start() < lead.end()):
        return texts
    start = w.start + lead.end()
    if start >= seg.stop or (kn.continuation is not None and kn.continuation.match(w.text, lead.end())):
        return texts
    rest = [v.text[max(0, start - v.start):max(0, seg.stop - v.start)] for v in seg.windows]
    if not _word_stems(_shingle_words(w.text[:lead.end()])).isdisjoint(_word_stems(_shingle_words("\n".join(rest)))):
        return texts
    seg.start = start
    return rest


def _named_between(w: Window, pattern: re.Pattern, start: int, stop: int) -> set[str]:
    """The keys of the names `pattern` finds in window `w` between the transcript offsets `start`
    and `stop`."""
    return {_key(m.group(0)) for m in pattern.finditer(w.text, max(0, start - w.start), max(0, stop - w.start))
            if m.start() not in w.hidden}


def _ad_sentence_sponsors(text: str, pattern: re.Pattern, kn: SponsorKnowledge, whole: bool) -> set[str]:
    """The keys of the sponsors named (`pattern`) in the sentences of `text` that hold ad words;
    with `whole`, nothing unless `text` itself holds ad words. Only sentences naming a sponsor
    are looked at (`_naming_sentences`), and the test of the whole text, a pure condition, is
    made last: only when some sentence would count."""
    out: set[str] = set()
    for a, b in _naming_spans(text, pattern, kn.sponsors):
        sentence = text[a:b]
        if pattern.search(sentence) is not None and (m := kn.ad_words.search(sentence)):
            if whole:
                # (the sentence's ad words are most often a match in the whole text too: tried
                # there first, then the search of the whole text)
                if kn.ad_words.pattern.match(text, a + m.start()) is None and kn.ad_words.search(text) is None:
                    return set()
                whole = False  # tested: it holds
            out.update(norm_key(m.group(0)) for m in pattern.finditer(sentence))
    return out


def find_ads(ep, ents, kn: SponsorKnowledge, gl, gates=None, kinds=None, noise=frozenset(), marks=()) -> EpisodeAds:
    """The ad segments of one episode, from its entities' windows and its LLM texts. `gates` is
    `row_gates` of (at least) these rows, `kinds` their `_by_kind`, when the caller made them;
    `noise` the (ep, index) of the entities that entity-noise finds fragments ("Take Cursor");
    `marks` the episode's quotes and insights with a strong marker (`text_marks`), (text, marker)."""
    gates = row_gates(ents, kn) if gates is None else gates
    sponsor_pat = _name_pattern(kn.sponsors)
    active: set[str] = set()  # norm keys
    # 1. the LLM says so itself: "Scale AI: Mentioned in an advertisement segment"
    by_llm: set[str] = set()
    ner, llm = _by_kind(ents) if kinds is None else kinds
    ad_words = kn.ad_words.pattern.search  # run where the gate (row_gates) lets it
    ad_context = {r.index for r in llm if isinstance(r.context, str)
                  and gates[(r.ep, r.index)][0] and ad_words(r.context)}
    # (or an offer to the listeners: "first month free through the show's link")
    if kn.offer is not None:
        ad_context |= {r.index for r in llm if isinstance(r.context, str) and r.index not in ad_context
                       and gates[(r.ep, r.index)][1] and kn.offer.pattern.search(r.context)}
    for r in llm:
        if r.index in ad_context and isinstance(r.name, str):
            by_llm.add(norm_key(r.name))
    summary = ep.data.get("summary")
    if sponsor_pat is not None:
        # the summary counts only when it holds ad words itself, the ad contexts in any case
        if isinstance(summary, str):
            by_llm |= _ad_sentence_sponsors(summary, sponsor_pat, kn, whole=True)
        for r in llm:
            if r.index in ad_context:
                by_llm |= _ad_sentence_sponsors(r.context, sponsor_pat, kn, whole=False)
    # a sponsor on no list that the summary's ad sentence names ("The host also reads an ad for
    # Tallyfox", "carries ads for Orla Mutual and Rookwire"): one of the episode's entities
    if isinstance(summary, str) and kn.ad_for:
        by_llm |= _summary_ad_names(summary, ents, kn, gl)
    # an offer of the quotes that names nothing ("Registration is open now, and promo code X takes
    # twenty percent off") is the host's read of what the LLM ties to the host ("A conference the
    # host is speaking at", "The host's newsletter"): the show's own products and the host's plugs
    if marks and kn.host_words is not None and llm:
        hosts = {norm_key(r.name) for r in llm if isinstance(r.name, str) and isinstance(r.context, str)
                 and kn.host_words.search(r.context) and not _GUEST_WORD.search(r.context)}
        # (the names of both passes: "Try it at quillstack.dev/podcast" names the LLM's Quillstack)
        if hosts and _unnamed_offer(marks, tuple(r.name for r in (*ner, *llm) if isinstance(r.name, str)), kn):
            by_llm |= hosts
    active |= by_llm
    # 2. windows and their evidence
    windows = []
    for r in ner:
        if not isinstance(r.name, str):
            continue
        at = window_offset(r.context, r.name)
        w = Window(r, r.position - (at if at != -1 else 50), r.context, at=at)
        trig, end, _, strong = gates[(r.ep, r.index)]
        if trig is not False:  # (gates are what strong_marker and Gated.search would test)
            w.strong = ad_marker(w.text, kn, triggered=trig, gates=strong)
        if end:
            e = kn.end.pattern.search(w.text)
            if e is not None:
                w.end_at = w.start + e.start()  # the ad ends where "back to ..." begins
        windows.append(w)
    windows.sort(key=lambda w: w.start)
    # the guest's own firm, named in the host's introduction of the guest ("My guest today is Lena,
    # CTO of Stackyard"): its address ("go to stackyard.dev/beta") is the guest's plug, no ad's
    # call to action; only an announcement naming it ("brought to you by Stackyard") makes it a sponsor
    marked = [w for w in windows if w.strong is not None and _marker_sponsor(w.strong)]
    if marked:
        own = _guest_firms(windows, {norm_key(_marker_sponsor(w.strong)) for w in marked})
        for w in marked:
            key = norm_key(_marker_sponsor(w.strong))
            # (nor does the speaker's own bare address: "my lab's papers are free at kwameasante.org")
            # (the first person of the address's own sentence: not "... free for fourteen days at
            # loomcast.fm. Whisper transcripts are good enough that we stopped paying")
            if (key in own and not _opens(w, kn)) or (_bare_address(w.strong) and _SPEAKER.search(
                    w.text, *_sentence_of(w.text, w.strong.start()))):
                w.strong = None
            else:
                active.add(key)
    if sponsor_pat is not None:
        # (the show's name: its source, or a longer name the title or the summary ends in a listed one)
        shows = (ep.data.get("source"), *_longer_names((ep.data.get("title"), ep.data.get("summary")), sponsor_pat))
        _window_sponsors(windows, sponsor_pat, kn.sponsors, shows)
    # a window with an ad marker makes the sponsors named in it active
    # ("..., back to Dylan": the sponsors read just before it; not those named after it, in the
    # conversation resumed: "Try it at usepylon.com. We're back. Scale AI and Surge both sell ...";
    # nor those named before an announcement: "try Linear for a week, you won't go back. Quick break.";
    # a window's marker makes active the names between the announcement and the read's end)
    for w in windows:
        if w.strong is not None and w.sponsors:
            lo = w.strong.start() if _opens(w, kn) else 0
            hi = w.end_at - w.start if w.end_at is not None and w.end_at - w.start > w.strong.start() else len(w.text)
            # (a call to action closes its read: the names after its sentence are not the read's,
            # "... first fifty hours free at halcyon dot co slash gpu. Anyway, CoreWeave went public")
            if not lo and _closes(w, kn) and (end := _SENTENCE_END.search(w.text, w.strong.end())) is not None:
                hi = min(hi, end.end())
            active |= (w.sponsors if lo == 0 and hi == len(w.text)
                       else {_key(m.group(0)) for m in sponsor_pat.finditer(w.text, lo, hi) if m.start() not in w.hidden})
        if w.end_at is not None:
            near = [v for v in windows if w.start - CLUSTER_GAP <= v.start <= w.start]
            # (from the announcement of the read, when one stands before: "I tell every founder to
            # try Linear. Quick break. Brightcove Labs helps ... Alright, where were we.")
            since = max((at for v in near if v.strong is not None and (at := v.start + v.strong.start()) < w.end_at
                         and _opens(v, kn)), default=-1)
            active |= {s for v in near if v.sponsors and v.stop > since
                       for s in (v.sponsors if v.stop <= w.end_at and v.start >= since
                                 else _named_between(v, sponsor_pat, since, w.end_at))}
    # a sponsor on no list, named where its read opens or closes without naming it in the marker
    # (not a person: "Quick break. When we come back, Priya explains ...", nor the one the title names)
    title = ep.data.get("title") if isinstance(ep.data.get("title"), str) else ""
    inferred = {n for n in _unnamed_sponsors(windows, kn)
                if n not in title and not ((e := gl.lookup(n)) is not None and e.kind == "person")}
    if inferred:
        active |= {_key(n) for n in inferred}
        # the company of a product so named ("Tidepool" of "Tidepool Pro")
        active |= {_key(w.row.name) for w in windows
                   if any(n.startswith(w.row.name.strip() + " ") for n in inferred)}
    # a sponsor on no list known from its pitch: a sentence of ad copy whose subject it is
    # ("Tunnelfox encrypts everything leaving your laptop")
    lone = _lone_pitches(ep, windows, gl, kn)  # (a read the NER pass missed: only its copy is left)
    voiced = _pitched(ep, windows, llm, kn, gl, noise, marks, active) | lone.keys()
    voiced = {k for k in voiced if k not in own_keys} if voiced and (own_keys := _guest_firms(windows, voiced)) else voiced
    active |= voiced
    # a sponsor known from the call to action of a quote or an insight, whose words no window holds
    # ("Go to dozewell dot com slash ward for twenty percent off": the read is further than a
    # window's reach from every entity, or its sponsor is no entity at all)
    # (and one announced in a quote, "This episode is brought to you by Halyard", a sponsor but no
    # call: `EpisodeAds.called` is the calls')
    called, announced = _called_sponsors(ep, windows, llm, kn, marks)
    # (and one of the list whose ad copy a quote or an insight is by itself: "Grammarly is the
    # writing partner that works wherever your team writes" makes the LLM's Grammarly the ad's)
    for key, name in _ad_copy_sponsors(ep, kn).items():
        if key not in called:
            called[key] = {name}
            announced.add(key)  # (no call: the sponsor's name in a window still tells whose it is)
    active |= called.keys()
    # the windows naming a sponsor on no list (known from a marker) name it as those of the list do
    listed_keys = _sponsor_key_set(tuple(kn.sponsors))
    if not active <= listed_keys:
        # and name it in part: "Hushwell" of the LLM's "Hushwell Sleep" (not a name of the field's:
        # "Google" of "Google Cloud")
        full = {n for r in ents if isinstance(r.name, str) and " " in (n := r.name.strip())
                and _key(n) in active and _key(n) not in listed_keys}
        if full:
            partial = {_key(w.row.name) for w in windows if any(n.startswith(w.row.name.strip() + " ") for n in full)
                       and gl.lookup(w.row.name.strip()) is None}
            by_llm |= {k for k in partial if any(f.startswith(k) for f in by_llm)}
            active |= partial
        unlisted = {w.row.name.strip() for w in windows if _key(w.row.name) in active and _key(w.row.name) not in listed_keys}
        # (and as the LLM spells it, when no window's entity is it: "With Halvard, you'll know ..."
        # in the window of "Halvard Sentinel", the sponsor known from "... trust Halvard to ...")
        unlisted |= {n for r in llm if isinstance(r.name, str) and (n := r.name.strip())[:1].isupper()
                     and _key(n) in active and _key(n) not in listed_keys}
        if unlisted:
            _window_sponsors(windows, _name_pattern(unlisted), unlisted, (ep.data.get("source"),))
    # 3. a sponsor of the list present in the entity list, whose description matches a window of
    #    ad copy ("the cloud for AI developers ... ready to go for startups")
    listed = _name_set(tuple(kn.sponsors))  # sponsor_pat.fullmatch(name) is `name in listed`
    # (not one the LLM calls the guest's own firm: "The guest's employer, a banking platform")
    # (nor the company the episode is about: named in its title, or described by the LLM as its
    # subject, "examined critically as the episode's main subject": its guest tells what it sells)
    llm_sponsors = [(norm_key(r.name), _content_words(r.context)) for r in llm
                    if isinstance(r.name, str) and isinstance(r.context, str) and r.name.strip() in listed
                    and _GUESTS_OWN.search(r.context) is None
                    and not _mentions(r.name.strip(), title)
                    and (kn.subject is None or kn.subject.search(r.context) is None)]
    described: dict[int, str] = {}
    for i, w in enumerate(windows):
        # the weak markers matter only here: searched for only when there is a description to match
        # (a window naming sponsors matches only their own descriptions: "that's where Crusoe
        # comes in. Crusoe Cloud gives AI teams ... H100 and B200" for Crusoe's; and not where the
        # speaker names their own firm or the host introduces the guest: "My guest today is the
        # head of risk at Mercury, the banking platform for startups")
        # (nor in the conversation's speech, a question or a hedge: "Jordan, what is Brex really? It's a
        # corporate card for startups" is the company the episode is about, described by its guest)
        if (llm_sponsors and w.strong is None
                and (weak := gates[(w.row.ep, w.row.index)][2]) and weak_marker(w.text, kn, weak)
                and not (w.sponsors and (_SPEAKER.search(w.text) or _guest_intro(w.text) is not None
                                         or kn.conversation.search(w.text)))
                and not _described_only(w, kn)):
            words = _content_words(w.text)
            for key, ctx in llm_sponsors:
                if (not w.sponsors or key in w.sponsors) and len(words & ctx) >= 3:
                    described[i] = key
                    active.add(key)
    # 4. seeds and segments
    #    anchors are windows with ad markers; a window naming an active sponsor, or saying "back
    #    to ...", joins an anchor's cluster but starts none (the guest may name the sponsor, or
    #    say "now, back to Meta", outside the ad), unless the LLM
    #    itself called the sponsor's mention an ad and two such windows stand together
    anchors = {i for i, w in enumerate(windows) if w.strong is not None or i in described}
    # the sponsors the LLM calls an ad and ties to no guest ("the guest uses"): a host may read them
    # in the first person
    host_read = (by_llm - _guest_tied(llm, by_llm)) if by_llm else set()
    # (and those a quote's call to action names, in a sentence saying "I" or "my": "go to
    # eightsleep.com/show" after the host's "I've been sleeping on an Eight Sleep Pod for a year";
    # `_called_sponsors` left out the guest's own)
    host_called = (called.keys() - host_read - _guest_tied(llm, set(called))) if called else set()
    prefixes = tuple(active)  # _is_sponsor_key(s, active) is s.startswith(prefixes); active is final
    # (a window naming a sponsor in the speaker's first person seeds nothing: the guest's own use)
    seeds = sorted(anchors | {i for i, w in enumerate(windows)
                              if w.end_at is not None or (w.sponsors and any(s.startswith(prefixes) for s in w.sponsors)
                                                          and (_SPEAKER.search(w.text) is None
                                                               or (voiced and _voiced_read(w, voiced, kn))
                                                               or (host_read and _host_read_of(w, host_read, kn))
                                                               or (host_called and _host_read_of(w, host_called, kn, True)))
                                                          and _guest_intro(w.text) is None
                                                          and not _introduced(windows, i))})
    segments: list[Segment] = []
    for i in seeds:
        # an ad read that ended ("back to ...") takes no later window: a new one starts
        # nor does it take the windows between two ad reads when one of them holds unscripted
        # speech ("I think", "you know", a question): the conversation between a pre-roll and a
        # mid-roll is no ad copy (a host's first person, "I've been using Ramp at our company",
        # may be)
        # nor does an ad read announced ("our sponsor", "brought to you by") join the one before it
        # over windows between them: a new read starts with its announcement; nor one after a read
        # closed by its call to action ("... go to drata.com/ship. Our friends at Anthropic published
        # a paper ... Thanks to Framer for supporting the show": the talk between two reads), or by
        # the conversation resuming after the call in its window (`_closed_at`): the read ends there,
        # and a marker after it starts a read of its own, not cut off with the first one's end
        if (segments and windows[i].start - segments[-1].stop <= CLUSTER_GAP
                and windows[segments[-1].windows[-1]].end_at is None
                and not (i > segments[-1].windows[-1] + 1 and (
                    _opens(windows[i], kn) or _closes(windows[segments[-1].windows[-1]], kn)))
                # (nor an announcement after transcript that no window holds: "... licensed therapist
                # online. Vis" and "ifts help more than yoga. A word from our sponsor Parcelpoint")
                and not (windows[i].start > segments[-1].stop and _opens(windows[i], kn)
                         and windows[i].start + windows[i].strong.start() > segments[-1].stop)
                and not (i in anchors and _closed_at(windows[segments[-1].windows[-1]], kn) is not None)
                and not (kn.unscripted is not None and any(
                    kn.unscripted.search(windows[j].text) for j in range(segments[-1].windows[-1] + 1, i)))):
            seg = segments[-1]
            seg.windows.extend(range(seg.windows[-1] + 1, i + 1))
            seg.stop = max(seg.stop, windows[i].stop)
        else:
            segments.append(Segment(windows[i].start, windows[i].stop, [i], set()))
    # (or one such window in an ad's voice: "Parla gives you a voice partner that speaks at your level")
    segments = [seg for seg in segments if anchors.intersection(seg.windows) or (
        (len(seg.windows) >= 2 or _AD_VOICE.search(windows[seg.windows[0]].text) is not None
         # (or one naming a sponsor on no list, which only the LLM's ad words make one, without
         # the conversation's words: "Now it takes three. That is Ledgerline. It pulls every bank feed")
         # (not the guest's firm: "Company where the guest built payment rails; also the sponsor")
         or (not windows[seg.windows[0]].sponsors <= listed_keys
             and not kn.conversation.search(windows[seg.windows[0]].text)
             and windows[seg.windows[0]].sponsors.isdisjoint(_guest_tied(llm, windows[seg.windows[0]].sponsors))))
        and any(_is_sponsor_key(s, by_llm) for j in seg.windows for s in windows[j].sponsors))
        or (any(windows[j].end_at is not None for j in seg.windows)  # "... back to Zuck" after a sponsor
            and any(windows[j].sponsors and windows[j].end_at is None for j in seg.windows))
        or (voiced and any(_is_sponsor_key(s, voiced) for j in seg.windows for s in windows[j].sponsors))
        # (a host's read in the first person of a sponsor the LLM calls an ad: "I have been running
        # the show's books on Tallyfox for three years")
        or (host_read and any(_SPEAKER.search(windows[j].text) and _host_read_of(windows[j], host_read, kn)
                              for j in seg.windows))
        or (host_called and any(_SPEAKER.search(windows[j].text) and _host_read_of(windows[j], host_called, kn, True)
                                for j in seg.windows))]
    quoted = _Shingled(ep)
    for seg in segments:
        first, last = seg.windows[0], seg.windows[-1]
        k = first - 1
        # an ad read announced ("brought to you by", "a word from our sponsor") starts at its announcement
        seg_keys = {s for j in seg.windows for s in windows[j].sponsors}
        # (and the sponsor its marker names as an address: "free at attio.com/pipeline" reads Attio's ad)
        seg_keys |= {norm_key(n) for j in seg.windows if windows[j].strong is not None
                     and (n := _marker_sponsor(windows[j].strong)) is not None}
        opened = _opens(windows[first], kn)
        if opened:  # and the names before it in its window are not in it
            seg.start = windows[first].start + windows[first].strong.start()
        # (a read known only from its sponsor's name, with no marker, takes nothing before it)
        marker = any(windows[j].strong is not None or j in described for j in seg.windows)
        while (not opened and marker and k >= 0 and seg.start - windows[k].stop <= EXTEND_GAP and windows[first].start - windows[k].start <= EXTEND_MAX
               and windows[k].end_at is None and not kn.conversation.search(windows[k].text)
               and not (_SPEAKER.search(windows[k].text) and not _host_read(windows[k], seg_keys, kn))
               and _guest_intro(windows[k].text) is None and not _introduced(windows, k)):
            seg.windows.insert(0, k)
            seg.start = windows[k].start
            k -= 1
        # a call to action ("go to ...", "use code ...") closes the read: no window after it is taken
        # without evidence of its own
        ended = any(windows[j].end_at is not None for j in seg.windows) or _closes(windows[last], kn)
        k = last + 1
        while (not ended and k < len(windows) and windows[k].start - seg.stop <= EXTEND_GAP
               and windows[k].start - windows[last].stop <= EXTEND_MAX
               # (a host's read goes on in the first person singular: "Whenever I'm on hotel wifi, I turn
               # on Surfshark", naming the read's sponsor without unscripted speech (`_host_read`); not
               # a guest's "we" for the firm: "Honestly we moved to Vanta ourselves last year")
               and not ((kn.conversation.search(windows[k].text) or _SPEAKER.search(_before_intro(windows, k)))
                        and not (_host_read(windows[k], seg_keys, kn) and _FIRM_VOICE.search(windows[k].text) is None)
                        # (the host's testimonial going on in the words of an announced read, the window
                        # overlapping the read's last: "... tagged notes. My producer Dana at Foxglove
                        # Studios switched her whole team to it"; not the conversation's speech or a "we")
                        # (or in a host's read known from its pitch: "Fretwise listens through your phone's mic")
                        and not ((opened or (voiced and any(_is_sponsor_key(s, voiced) for s in seg_keys)))
                                 and windows[k].start <= seg.stop and not kn.conversation.search(windows[k].text)
                                 and (kn.unscripted is None or kn.unscripted.search(windows[k].text) is None)
                                 and _FIRM_VOICE.search(windows[k].text) is None))
               and not (kn.resumption is not None and kn.resumption.search(windows[k].text))
               and (windows[k].start - seg.stop <= 0 or _ad_voice(windows[k])
                    or weak_marker(windows[k].text, kn, gates[(windows[k].row.ep, windows[k].row.index)][2])
                    or _bridged(windows[k], seg, windows, quoted)
                    # (or a window of scripted words between the read and the next window's ad copy:
                    # "Tutors come from schools like Dartmouth" before "... the first session is free")
                    or (k + 1 < len(windows) and windows[k + 1].start - windows[k].stop <= EXTEND_GAP
                        and _scripted_text(windows[k].text, kn) and _scripted_text(windows[k + 1].text, kn)
                        and windows[k + 1].end_at is None
                        and (kn.resumption is None or kn.resumption.search(windows[k + 1].text) is None)
                        and (_ad_voice(windows[k + 1]) or weak_marker(
                            windows[k + 1].text, kn, gates[(windows[k + 1].row.ep, windows[k + 1].row.index)][2]))))):
            seg.windows.append(k)
            seg.stop = windows[k].stop
            ended = windows[k].end_at is not None
            k += 1
        ends = [windows[j].end_at for j in seg.windows if windows[j].end_at is not None]
        # the guest introduced after the ad's first evidence (a marker, a sponsor's name) ends it too
        marked = [windows[j].start + windows[j].strong.start() if windows[j].strong is not None else windows[j].row.position
                  for j in seg.windows if windows[j].strong is not None or windows[j].sponsors]
        if marked:
            for j in seg.windows:
                m = _guest_intro(windows[j].text)
                if m is not None and windows[j].start + m.start() > min(marked):
                    ends.append(windows[j].start + m.start())
        # the conversation resuming in the window of a call to action ("... at plaid.com/pod. Tomas,
        # why did adoption stall?") ends the read with the sentence of the call
        for j in seg.windows:
            if (at := _closed_at(windows[j], kn, prefixes)) is not None:
                ends.append(at)
        if ends:
            seg.stop = min(min(ends), seg.stop)
        seg.windows = [windows[j] for j in seg.windows]
        texts = [w.text[max(0, seg.start - w.start):max(0, seg.stop - w.start)] for w in seg.windows]
        if not opened and seg.windows[0] is windows[first] and windows[first].sponsors:
            texts = _without_talk_before(seg, texts, kn)
        for words in _words_each([text.lower() for text in texts]):
            seg.shingles.update(_grams(words))  # the union of its windows' shingles
        seg.words = _content_words("\n".join(texts))  # no content word holds a line break
        for w in seg.windows:
            seg.sponsors |= {s for s in w.sponsors if s.startswith(prefixes)}
    names = {n for n, key in _sponsor_keys(tuple(kn.sponsors)) if key.startswith(prefixes)} if active else set()
    # sponsors outside the list, known from a URL or "brought to you by": as the entities spell them
    # (a name starting with a capital keeps that letter, lowercase, first in its key: the key is
    # computed only for names whose first letter starts an active key)
    firsts = {k[:1] for k in active}
    names |= {n for r in ents if isinstance(r.name, str) and (n := r.name.strip())[:1].isupper()
              and n[:1].lower()[:1] in firsts and _key(r.name) in active}
    names |= {n for spellings in called.values() for n in spellings}
    names |= set(lone.values())
    products = tuple(n for r in llm if isinstance(r.name, str) and isinstance(r.context, str)
                     and any((n := r.name.strip()).startswith(s + " ") for s in names) and _GUEST_WORD.search(r.context))
    return EpisodeAds(segments, active, names, ad_context, ner, frozenset(called.keys() - announced),
                      {w.row.index: w for w in windows}, told=frozenset(host_read), guest_products=products)


_NAME_AND = regexcache.compile(r",?\s+and\s+|,\s+")  # between two names: "Orla Mutual and Rookwire"


def _summary_ad_names(summary: str, ents, kn: SponsorKnowledge, gl) -> set[str]:
    """The keys of the episode's entities that the summary names right after its ad words
    (`ad_for`: "The host also reads an ad for Tallyfox", "carries ads for Orla Mutual and
    Rookwire", "sponsored by Pivotal Pantry"): sponsors on no list. Not people, nor the field's
    names (the glossary's), which the list or a marker must name; nor names further on ("an
    advertisement segment regarding ... (Data Foundry)")."""
    low = summary.lower()
    if len(low) != len(summary):  # (offsets of the lowercase text are those of the text)
        return set()
    out: set[str] = set()
    names = None
    for phrase in kn.ad_for:
        at = low.find(phrase)
        while at != -1:
            if names is None:
                names = sorted({n for r in ents if isinstance(r.name, str) and (n := r.name.strip())[:1].isupper()
                                and gl.lookup(n) is None}, key=len, reverse=True)
            i = at + len(phrase)
            while (n := next((n for n in names if summary.startswith(n, i)
                              and not summary[i + len(n):i + len(n) + 1].isalnum()), None)) is not None:
                out.add(_key(n))
                i += len(n)
                if (sep := _NAME_AND.match(summary, i)) is None:
                    break
                i = sep.end()
            at = low.find(phrase, at + 1)
    return out


def _introduced(windows: list, k: int) -> bool:
    """Does the name of windows[k] stand in the sentence of the host's introduction of the guest,
    begun in an earlier window that overlaps it ("My guest today is Tomas Okafor, who spent eight
    years building payment rails at Plaid")? The guest's biography is no ad copy."""
    w = windows[k]
    pos = w.start + max(0, w.name_at)
    for v in windows[max(0, k - 3):k]:
        if v.stop <= w.start or (m := _guest_intro(v.text)) is None:
            continue
        between = v.text[m.start():] + w.text[v.stop - w.start:max(0, pos - w.start)]
        if _SENTENCE_END.search(between) is None:
            return True
    return False


_CAPITALISED = regexcache.compile(r"[A-Z]")
_CAPITAL_WORD = regexcache.compile(r"\b[A-Z][\w’'-]*")
_PRONOUN_I = frozenset(("I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"))
# the start of a sentence: only white space since a sentence end or the start of the text
_SENTENCE_START = regexcache.compile(r"(?:^|[.!?:]\s+)\s*$")


def _unnamed_sponsors(windows: list, kn: SponsorKnowledge) -> set[str]:
    """The names of the sponsors of ad reads whose marker names none: the first entity named after
    an announcement ("Quick break. I've been using Driftwood for ..."), within the next sentence,
    and the entities named in the sentence of a call to action ("Get fifteen percent off a
    Tidepool Pro plan with code MERGE15")."""
    out: set[str] = set()
    marked = [w for w in windows if w.strong is not None and _marker_sponsor(w.strong) is None
              and (_opens(w, kn) or _closes(w, kn))]
    for w in marked:
        if _opens(w, kn):
            end = _SENTENCE_END.search(w.text, w.strong.end() + 1)
            end = _SENTENCE_END.search(w.text, end.end()) if end is not None else None
            a, b = w.start + w.strong.end(), w.start + (end.end() if end is not None else len(w.text))
            first = None
            for v in windows:
                name = v.row.name.strip()
                pos = v.row.position
                if (isinstance(pos, int) and a <= pos < b and _CAPITALISED.match(name)
                        and (first is None or pos < first[0])):
                    first = (pos, name)
            # (the first name said after it: "Today's sponsor is Finchley: fraud scores on Visa"
            # makes no sponsor of Visa)
            if first is not None and not any(
                    m.group(0) not in _PRONOUN_I and _SENTENCE_START.search(w.text, 0, m.start()) is None
                    for m in _CAPITAL_WORD.finditer(w.text, a - w.start, first[0] - w.start)):
                out.add(first[1])
        # (an address or a code; not "the link in the show notes", which a paper's author may share)
        if _closes(w, kn) and "link" not in w.strong.group(0).lower():
            spans = _sentence_spans(w.text)
            at = w.strong.end() - 1
            a, b = next(((w.start + x, w.start + y) for x, y in spans if x <= at < y + 1), (w.start, w.stop))
            out |= {v.row.name.strip() for v in windows if isinstance(v.row.position, int)
                    and a <= v.row.position < b and _CAPITALISED.match(v.row.name.strip())}
    return out


# what follows the subject of a pitch: more of its name ("Loomrest Hybrid"), a verb or "you", and
# the rest of the sentence
_PITCH_AFTER = regexcache.compile(r"(?![\w&-])(?:[’']s\b)?(?:\s+[A-Z][\w&-]*)*,?\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)")
_LISTENER = regexcache.compile(r"\b(?:you|your|yours|you[’'](?:re|ll|ve))\b")
_PITCH_LEAD = frozenset(("With", "And", "Plus", "Now", "Only", "The"))
# third-person words that tell no pitch: a copula, an auxiliary, a word that is no verb ("always")
_NOT_PITCH_VERBS = frozenset(("is", "was", "has", "does", "always", "also", "says", "said", "thinks", "seems", "wants"))
_COPULA = frozenset(("is", "are", "was", "were"))
_LIST_WORDS = frozenset(("and", "or", "nor", "versus", "vs"))  # after a name: it is one of several
# past tenses without "-ed": a firm's history, no pitch
_PAST_VERBS = frozenset(("built", "made", "was", "were", "had", "got", "took", "went", "said", "did", "ran", "grew",
                         "sold", "bought", "began", "became", "spent", "lost", "won", "brought", "paid", "left", "found"))
# after "is": the kind of product and a relative clause of what it does ("the iodine dip that
# cuts") or who trusts it ("the fare platform trusted by forty transit agencies")
_DEFINED_PRODUCT = regexcache.compile(
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:(?:that|which)\s+[a-z]+s|(?:trusted|used|loved|chosen)\s+by)\b")


def _pitched(ep, windows: list, llm: list, kn: SponsorKnowledge, gl, noise, marks=(), known=frozenset()) -> set[str]:
    """The keys of the entities of the episode pitched to the listener in ad copy: the subject of
    a sentence of a quote or an insight that speaks to the listener (`_pitch_sentence`:
    "Shellguard hides your traffic on every network", "With Harborline you earn up to four
    percent"), said of it again in the episode's texts or windows: a second pitch, the host's own
    use ("That is why I use Tunnelfox"), or an offer naming nothing ("try it free for thirty
    days"). A guest explains a product in one sentence ("Stripe gives you a dashboard where
    ..."); an ad says more. A name the
    title or the LLM ties to the guest, or also said in unscripted speech or by a "we" ("We
    integrate with Gusto"), is the conversation's. The names are those of the NER windows (a
    read names its sponsor), not the glossary's (labs, models, people of the field: the
    episode's subject) nor fragments ("An AI", "Take Cursor": `noise`)."""
    names = {n: None for w in windows if (n := w.row.name.strip())[:1].isupper()
             and (w.row.ep, w.row.index) not in noise and n.split()[0].lower() not in _STOP}
    names = tuple(n for n in names if gl.lookup(n) is None)
    if not names or kn.unscripted is None:
        return set()
    texts = [(t, False) for t in _episode_texts(ep)] + [(w.text, True) for w in windows]
    # (the quotes and insights: whole sentences; the names in them found with one scan per name)
    listening = [t for t, is_window in texts if not is_window and ("you" in t or "You" in t)]
    joined = "\n".join(listening)
    present = [n for n in names if n in joined]
    pitches: dict[str, set] = {}
    for text in listening if present else ():
        for n in present:
            i = text.find(n)
            while i != -1:
                if (sentence := _pitch_sentence(text, i, n, kn)) is not None:
                    pitches.setdefault(_key(n), set()).add(_gist(sentence))
                i = text.find(n, i + 1)
    # next to an offer that names nothing ("Use code ORCHARD at checkout"), a sentence of ad copy
    # need not speak to the listener: "Ledgerloop gives every teammate a card with its own limit"
    offer = None
    # (not when a quote or insight announces the read by its sponsor's name: "Support for today's
    # episode comes from Brightpath Remittances": the offer is that sponsor's, and a guest's
    # third-person account of a firm, "M-KOPA sells solar kits on credit", is no ad copy)
    if marks and kn.closing is not None and not any(
            _marker_sponsor(m) is not None and _announces(t, m) for t, m in marks):
        offer = _unnamed_offer(marks, names, kn)
        # (nor when the offer tells what a sponsor known from its announcement is: "use code
        # RECOVERY for a sleep-sound app" of Driftly, "the sleep-sound app with ..." by the LLM)
        if offer and known:
            told = [_content_words(r.context) for r in llm if isinstance(r.context, str)
                    and isinstance(r.name, str) and _key(r.name) in known]
            told += [_content_words(w.text) for w in windows if _key(w.row.name) in known]
            offered = [_content_words(t) for t, m in marks
                       if kn.closing.search(m.group(0)) is not None]
            if any(len(o & t) >= 2 for o in offered for t in told):
                offer = False
        if offer:
            others = [t for t, is_window in texts if not is_window and not ("you" in t or "You" in t)]
            for text in others:
                for n in names:
                    i = text.find(n)
                    while i != -1:
                        if (sentence := _pitch_sentence(text, i, n, kn, third=True)) is not None:
                            pitches.setdefault(_key(n), set()).add(_gist(sentence))
                        i = text.find(n, i + 1)
    if not pitches:
        return set()
    title = ep.data.get("title")
    title = _key(title) if isinstance(title, str) else ""
    dropped = {k for k in pitches if k in title}
    dropped |= {_key(r.name) for r in llm if isinstance(r.context, str) and _GUEST_WORD.search(r.context)}
    for text, _ in texts:
        low = text.lower()
        for key in [k for k in pitches if k[:4] in low and k not in dropped]:
            for a, b in _sentence_spans(text):
                sentence = text[a:b]
                if not any(_key(m.group(0)).startswith(key) for m in _CAPITAL_RUN.finditer(sentence)):
                    continue
                if kn.unscripted.search(sentence) or _WE.search(sentence):
                    dropped.add(key)
                    break
                if _I.search(sentence):
                    pitches[key].add(_gist(sentence))
    voiced = {k for k in pitches if k not in dropped}
    if any(len(pitches[k]) < 2 for k in voiced) and not (
            offer if offer is not None else marks and _unnamed_offer(marks, names, kn)):
        voiced = {k for k in voiced if len(pitches[k]) >= 2}
    return voiced


# what ad copy promises the listener beyond what the product does: "so you can ship today", "in
# minutes", "with no contracts", "instead of a weekend", "automatically", "at plants like yours"
_PROMISE = regexcache.compile(
    r"\b(?:so\s+(?:that\s+)?(?:you|your)|in\s+(?:minutes|seconds|one\s+place)|no\s+(?:contracts?|waitlists?|"
    r"commitments?|setup|hidden\s+fees)|instead\s+of|without\s+(?:a|the|any)\b|automatically|like\s+yours|"
    r"(?:before|while)\s+you\b|your\s+(?:[\w-]+\s+){1,3}every\s+(?:night|morning|day|week|month)\b|"
    # the ease of starting ("it takes about five minutes to set up")
    r"takes?\s+(?:about\s+|just\s+|only\s+|under\s+|less\s+than\s+)?(?:a\s+few|[\w-]+)\s+(?:minutes?|seconds?)\s+to\s+"
    r"(?:set\s+up|install|get\s+started|configure|deploy|roll\s+out))", re.I)
# what ad copy claims of the product in the third person, to no one in particular: a share
# ("by thirty-one percent", "in half"), a speed ("in under an hour", "in days, not weeks", "next
# day"), the average customer's saving, or its customers counted ("trusted by more than four
# thousand herds", "at over eight thousand stops")
_NUMBER_WORD = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")
_AD_CLAIM = regexcache.compile(
    rf"\b(?:{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD})?\s+percent|in\s+half(?!\s+(?:the|of|an?|its|their|our|your)\b)|"
    rf"in\s+under\s+(?:an?|one|{_NUMBER_WORD})\s+\w+|"
    r"(?:minutes|hours|days|weeks),?\s+not\s+(?:hours|days|weeks|months)|(?:next|same)[- ]day|"
    r"(?:saves?|cuts?)\s+the\s+(?:average|typical)\s+\w+|"
    rf"(?:trusted|used|loved|chosen)\s+by\s+(?:more\s+than\s+|over\s+)?{_NUMBER_WORD}|"
    rf"at\s+(?:more\s+than|over)\s+{_NUMBER_WORD}(?:\s+(?:thousand|hundred|million))?\s+[a-z]+s|"
    # what its users report: "an average of forty days sooner", "report fewer injuries", "three
    # times faster", "softer with every wash"
    r"an\s+average\s+of|on\s+average|report\s+(?:fewer|more|less|better|higher|lower|faster)|"
    r"times\s+(?:faster|more|less|fewer|cheaper|sooner)|[a-z]+er\s+with\s+every\s+[a-z]+|"
    # what it tracks or does for every one of a customer's things, as it happens ("tracks every
    # pallet in real time")
    r"every\s+[a-z]+\s+in\s+real[- ]time)\b", re.I)
# a literal each claim of `_AD_CLAIM` holds (a regex that starts with an alternation is tried at
# every position: these tests come first)
_AD_CLAIM_LITERALS = ("percent", "in half", "in under", "s, not ", "s not ", "next day", "next-day", "same day",
                      "same-day", "the average", "the typical", "trusted by", "used by", "loved by", "chosen by",
                      "at over ", "at more than ", "average of", "on average", "report ", "times ", "with every ",
                      "real time", "real-time")
# a literal each promise of `_PROMISE` without "you" holds ("... scales without a migration"), asked
# of a text that defines a product ("X is the vector database that ...")
_PROMISE_LITERALS = ("without a ", "without the ", "without any ", "in one place", "no contract", "no setup", "no hidden")
# a leading clause of ad copy that addresses the listener, before its subject ("If you run a shop, ")
_LEAD_CLAUSE = regexcache.compile(r"(?:^|(?<=[.!?]\s))(?:If|When|Whether|Wherever|Whatever|However)\s+you\b[^.!?,]{2,60},\s+")
_LEAD_CLAUSE_LITERALS = ("If you ", "When you ", "Whether you ", "Wherever you ", "Whatever you ", "However you ")
# where a sentence of a quote starts, after its end mark; and the name that may open it
_SENTENCE_GAP = regexcache.compile(r"[.!?]\s+")
# a sentence's subject of the users of a name ("Runners using Stridewell", "Teams who use Linearly")
_USERS_OF = regexcache.compile(r"[A-Za-z][a-z]+(?:\s+[a-z]+){0,2}?s\s+(?:using|who\s+use|on)\s+"
                               r"([A-Z][a-z]+[A-Z]?[a-z]*)(?=\s+[a-z]+)")
_OPENER_ZIPF = 5.0  # a word this common ("So", "Then", "And") opens a sentence, no brand's name
# (a coined word, or two capitalised words: "Pallet Pilot tracks every pallet in real time")
_OPENING_NAME = regexcache.compile(r"(?:(?:With|And|Plus|Now)\s+)?([A-Z][a-z]+[A-Z]?[a-z]*(?:\s+[A-Z][a-z]+[A-Z]?[a-z]*)?)\b")


def _lone_pitches(ep, windows: list, gl, kn: SponsorKnowledge) -> dict[str, str]:
    """Key -> name of the brands pitched in a quote or insight and named nowhere else in the episode:
    the subject of a sentence of ad copy (`_pitch_sentence`: it speaks to the listener, or tells
    in the third person what the product does or is) that promises what ads promise ("Capwise
    keeps your cap table in one place, so your next round closes without a spreadsheet scramble",
    "Tokenmint gives you H100s by the hour with no contracts") or claims what ads claim
    (`_AD_CLAIM`: "FleetFuel Pro saves the average fleet eleven cents a gallon"), a coined word
    (no English word, no name the glossary knows), which no NER window, no other quote or
    insight, no title and no summary names. A read the NER pass missed leaves
    only its copy; a product the guests discuss is in their transcript windows or named again."""
    if kn.unscripted is None:
        return {}
    texts = _episode_texts(ep)
    pitched = {}
    for k, text in enumerate(texts):
        if "you" not in text and "You" not in text and not any(c in text for c in _AD_CLAIM_LITERALS) and not (
                (" is the " in text or " is a " in text) and any(c in text for c in _PROMISE_LITERALS)):
            continue
        # (the sentences' openings first, a match each: most are a pronoun or an English word; and
        # a name after a leading clause: "If you run a shop, Tallybook matches every payment ...")
        starts = (0, *(g.end() for g in _SENTENCE_GAP.finditer(text)))
        if any(c in text for c in _LEAD_CLAUSE_LITERALS):
            starts = (*starts, *(g.end() for g in _LEAD_CLAUSE.finditer(text)))
        for start in starts:
            m = _OPENING_NAME.match(text, start)
            if m is None:
                continue
            name = m.group(1)
            if " " in name and (at_least(name.split()[0].lower(), _OPENER_ZIPF)
                                or any(gl.lookup(w) is not None for w in name.split())):
                name = name.split()[0]  # ("So Nvidia printed ...": an opener and a name, no brand of two words)
            if (len(name) < 5 or name in pitched or is_common_word(name.lower()) or gl.lookup(name) is not None
                    # (a gerund opening a sentence: "Merging models is almost free ..., so you can run ...")
                    or (name.endswith("ing") and " " not in name and at_least(name.lower(), 2.0))
                    or _pitch_sentence(text, m.start(1), name, kn, third=True) is None):
                continue
            a, b = _sentence_of(text, m.start(1))
            if _PROMISE.search(text, a, b) is not None or _AD_CLAIM.search(text, a, b) is not None:
                pitched[name] = k
        # its users as the subject of a claim: "Runners using Stridewell report fewer knee injuries",
        # "Small businesses using Tallymark get paid an average of forty days sooner"
        for start in starts:
            m = _USERS_OF.match(text, start)
            if m is None or (name := m.group(1)) in pitched or len(name) < 5 or is_common_word(name.lower()) \
                    or gl.lookup(name) is not None:
                continue
            a, b = _sentence_of(text, m.start(1))
            if (_AD_CLAIM.search(text, m.end(), b) is not None and _SPEAKER.search(text, a, b) is None
                    and kn.unscripted.search(text, a, b) is None):
                pitched[name] = k
    if not pitched:
        return {}
    others = [w.text for w in windows] + [t for t in (ep.data.get("title"), ep.data.get("summary")) if isinstance(t, str)]
    return {_key(name): name for name, k in pitched.items()
            if not any(name in t for t in others) and not any(name in t for j, t in enumerate(texts) if j != k)}


def _called_sponsors(ep, windows: list, llm: list, kn: SponsorKnowledge,
                     marks: list) -> tuple[dict[str, set[str]], set[str]]:
    """(key -> spellings of the sponsors that a call to action of the episode's quotes and insights
    names ("Go to dozewell dot com slash ward", "free at leverage letter dot com"): an address or a
    code's, not the guest's own (the firm of the guest's introduction or of an LLM entry tied to the
    guest), nor a bare address in the speaker's first person or of a name an NER window holds
    (whose windows tell whose it is: the guest's firm); the keys of those of them known only from
    an announcement of the read ("This episode is brought to you by Halyard", `_announces`), which
    are sponsors but no call's). The spellings are the name as the texts write it ("Dozewell",
    "dozewell")."""
    if not marks or kn.closing is None:
        return {}, set()
    found: dict[str, str] = {}
    calls: set[str] = set()
    named = host_tied = None
    for text, m in marks:
        m = _naming_marker(text, m, kn) or m
        if named is None and _bare_address(m):
            named = {_key(w.row.name) for w in windows}
        if (name := _marker_sponsor(m)) is None or (kn.closing.search(m.group(0)) is None and (
                kn.proof is None or kn.proof.search(m.group(0)) is None) and not _announces(text, m)):
            continue  # (a call to action, the ad's social proof: "three thousand startups trust X", or
            # the announcement of the read: "This episode is brought to you by Halyard")
        if _bare_address(m) and (_SPEAKER.search(text) or named is None or norm_key(name) in named) and (
                norm_key(name) not in (host_tied := _host_tied(llm, kn) if host_tied is None else host_tied)):
            continue  # (a bare address of a name the windows hold: the windows tell whose it is; not
            # one the LLM ties to the host, "the host has been using it for a month": the host's read)
        if len(norm_key(name)) <= 2:
            continue  # (a short address names no one by its letters: "do.co" is no sponsor "Do" of "Do you care?")
        if (vanity := _VANITY_PREFIX.match(norm_key(name))) is not None:
            # "joindeleteme.com": the domain of a call ("join", "get", "try") before an entity's name
            entities = {_key(r.name) for r in llm if isinstance(r.name, str)} | {_key(w.row.name) for w in windows}
            if (rest := norm_key(name)[vanity.end():]) in entities:
                name = next(r.name.strip() for r in [*llm, *(w.row for w in windows)]
                            if isinstance(r.name, str) and _key(r.name) == rest)
        found.setdefault(key := norm_key(name), name)
        if kn.closing.search(m.group(0)) is not None or (kn.proof is not None and kn.proof.search(m.group(0)) is not None):
            calls.add(key)
    if not found:
        return {}, set()
    own = _guest_firms(windows, set(found)) | _guest_tied(llm, set(found))
    # (an address's name that begins the guest's firm's: "foldbright dot ai" of Foldbright Robotics)
    longer = {k for w in windows if (k := _key(w.row.name)) not in found
              and any(k.startswith(f) for f in found if len(f) >= 4)}
    if longer:
        firms = _guest_firms(windows, longer)
        own |= {f for f in found if any(k.startswith(f) for k in firms)}
    out: dict[str, set[str]] = {}
    summary = ep.data.get("summary")
    joined = "\n".join(_episode_texts(ep) + ([summary] if isinstance(summary, str) else []))
    for key, name in found.items():
        if key in own or not key:
            continue
        words = name.split()
        pat = _spelling_pattern(tuple(words))
        out[key] = {m.group(0) for m in pat.finditer(joined)} | {name}
    return out, out.keys() - calls


# the call's verb a vanity domain puts before the sponsor's name ("joindeleteme.com", "getacme.io"),
# then four letters or more
_VANITY_PREFIX = regexcache.compile(r"(?:join|get|try|use|go|meet|hey|with)(?=[a-z0-9]{4})")


def _naming_marker(text: str, m: re.Match, kn: SponsorKnowledge) -> re.Match | None:
    """The first strong marker of `text` from `m` on that names its sponsor: `m`, or one after an
    offer that names no one ("... six months free at acme.com/show"); None when none does."""
    while _marker_sponsor(m) is None:
        m = ad_marker(" " * m.end() + text[m.end():], kn)
        if m is None:
            return None
    return m


_USERS_COUNTED = regexcache.compile(r"\buse\s+\S+$")  # the end of a social proof telling users, not trust


# the words by which a marker naming its sponsor speaks of the show itself
_OF_THE_SHOW = regexcache.compile(r"\b(?:episodes?|show|podcast|program(?:me)?|season|segment)\b", re.I)


def _announces(text: str, m: re.Match) -> bool:
    """Is the strong marker `m` of `text`, naming its sponsor, the announcement of an ad read: with
    words of the show from it to its sentence's end ("This episode is brought to you by Halyard",
    "Thanks to Orrin for sponsoring this episode"), or opening its sentence ("Brought to you by Halyard.", "Sponsored by Halyard."; not
    "And now a message from Deel", which may be the guest's news)? Not "That research was
    brought to you by Meta's FAIR team", a thank-you or shout-out to "our friends at" a lab, nor
    "powered by", which tell a technology or a favour as often as a sponsor."""
    low = m.group(0).lower()
    end = _SENTENCE_END.search(text, m.end())  # (the marker's sentence: "Thanks to Orrin for sponsoring | this episode")
    return _OF_THE_SHOW.search(text, m.start(), end.end() if end is not None else len(text)) is not None or (
        ("brought to you" in low or low.startswith("sponsored")) and _SENTENCE_START.search(text, 0, m.start()) is not None)


@lru_cache(maxsize=256)
def _spelling_pattern(words: tuple[str, ...]) -> re.Pattern:
    """The words of a name read out in an address ("leverage letter"), as texts write them: any
    case, with a space or none between them ("Leverage Letter", "LeverageLetter")."""
    return re.compile(r"(?<![\w-])" + r"\s?".join(re.escape(w) for w in words) + r"(?![\w-])", re.I)


def _unnamed_offer(marks: list, names: tuple, kn: SponsorKnowledge) -> bool:
    """Does a quote or insight of the episode (`marks`: (text, its strong marker) pairs) make an
    offer or a call to action naming none of `names` ("You can try it free for thirty days ...
    with the link in the show notes"): the close of an ad read whose sponsor a pitch names? An
    offer with an address names its sponsor, one of `names` ("Head to framer.com/ship for a free
    month": Framer) or another ("Go to quince.com/show for free shipping" does not make "Blue Owl
    funds eighty percent" of a news quote Quince's pitch)."""
    quotes = []
    for t, m in marks:
        if kn.closing is not None and kn.closing.search(m.group(0)) is not None:
            # (an offer, then its sponsor's address: "Get a thousand dollars off at vanta.com/show"
            # names Vanta, whose read it closes)
            if (named := _naming_marker(t, m, kn)) is not None and _marker_sponsor(named) is not None:
                continue
            quotes.append(t)
    if quotes:
        # an offer whose code another text gives with its sponsor's address ("use code WEIGHTS10"
        # beside "head to squarespace.com/show and use code WEIGHTS10") is that sponsor's
        named = "\n".join(t for t, m in marks if _marker_sponsor(m) is not None)
        quotes = [t for t in quotes if not (named and any(c.group() in named for c in _PROMO_CODE.finditer(t)))]
    return any(not named for named in holding(quotes, tuple(names))) if quotes else False


_PROMO_CODE = regexcache.compile(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{3,})(?![\w-])")  # "WEIGHTS10", "PTP25"


_HONESTLY = regexcache.compile(r"(?i:\bhonestly\b)")  # a host's read says it too ("and honestly it takes five minutes")


def _pitch_sentence(text: str, i: int, name: str, kn: SponsorKnowledge, third: bool = False) -> str | None:
    """The sentence of `text` whose subject is `name` (at `i`) and which pitches it to the
    listener ("Shellguard hides your traffic", "With Harborline you earn ...", "The Loomrest Hybrid
    has a coil layer that keeps you cool"), or None. The name opens the sentence or follows a
    leading clause ("Whether you train or fine-tune, Nimbusly gives you ..."); no first person
    and no unscripted speech is in the sentence; a copula needs "your" ("Modal is lovely because
    you pay nothing" says what a thing is)."""
    if i and (text[i - 1].isalnum() or text[i - 1] in "-&"):
        return None
    head = text[:i].rstrip()
    while head and (lead := head.rsplit(None, 1)[-1]) in _PITCH_LEAD:
        head = head[:-len(lead)].rstrip()
    if head and head[-1] not in ".!?,":
        return None
    m = _PITCH_AFTER.match(text, i + len(name))
    if m is None or m.group("verb") in _LIST_WORDS:
        return None  # (nor a name in a list of them: "Fidelity and Lively both offer HSAs", advice)
    if m.group("verb").endswith("ed") or m.group("verb") in _PAST_VERBS:
        return None  # (ad copy tells what it does now; "Levels built its company on ..." is a story of it)
    rest = m.group("rest")
    # (or, with `third`, a verb in the third person present that tells what it does: "gives",
    # "sends"; or what the product is and does: "Voltwise is the permitting software that gets ...")
    defines = third and m.group("verb") == "is" and _DEFINED_PRODUCT.match(rest) is not None
    if _LISTENER.search(m.group("verb") + rest) is None and not defines and not (
            third and m.group("verb").endswith("s") and m.group("verb") not in _NOT_PITCH_VERBS):
        return None
    start = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    sentence = text[start + 1:m.end()]
    if (_SPEAKER.search(sentence) is not None or kn.unscripted.search(sentence) is not None
            or kn.conversation.search(_HONESTLY.sub("", sentence))
            or (m.group("verb") in _COPULA and "your" not in rest.lower()
                                                     and not defines)):
        return None
    return text[i:m.end()]


def _gist(sentence: str) -> str:
    """The first four words of a sentence, lowercase: the same sentence in a quote and in a window."""
    return " ".join(sentence.lower().split()[:4])


_I = regexcache.compile(r"\b(?:I|I[’'](?:m|ve|d|ll)|[Mm]y|me)\b")
_CAPITAL_RUN = regexcache.compile(r"[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,2}")


def _episode_texts(ep) -> list[str]:
    """The texts of the episode's quotes and insights."""
    out = []
    for key in ("quotes", "insights"):
        items = ep.data.get(key)
        if isinstance(items, list):
            out += [x["text"] for x in items if isinstance(x, dict) and isinstance(x.get("text"), str)]
    return out


def _ad_copy_sponsors(ep, kn: SponsorKnowledge) -> dict[str, str]:
    """key -> name of the sponsors of the list that a quote or an insight of the episode is ad
    copy for by itself (`ad_copy`): a pitch, a customer's story, the show's own account moved to it."""
    if kn.ad_copy is None:
        return {}
    texts = _episode_texts(ep)
    listed = _name_pattern(tuple(kn.sponsors))
    if not texts or listed is None or listed.search("\n".join(texts)) is None:
        return {}
    out = {}
    for text in texts:
        if listed.search(text) is not None and (m := _ad_copy_match(text, kn)) is not None:
            name = _marker_sponsor(m).strip()
            out.setdefault(norm_key(name), name)
    return out


def _guest_tied(llm: list, keys: set[str]) -> set[str]:
    """Those of `keys` of the LLM entries whose context ties them to the guest ("the guest's
    employer")."""
    return {k for r in llm if isinstance(r.name, str) and isinstance(r.context, str)
            and (k := _key(r.name)) in keys and _GUEST_WORD.search(r.context)}


def _host_tied(llm: list, kn: SponsorKnowledge) -> set[str]:
    """The keys of the LLM entries whose context ties them to the host and to no guest ("the host
    has been using it for a month")."""
    if kn.host_words is None:
        return set()
    return {_key(r.name) for r in llm if isinstance(r.name, str) and isinstance(r.context, str)
            and kn.host_words.search(r.context) and not _GUEST_WORD.search(r.context)}


_GUEST_WORD = regexcache.compile(r"\b(?:guest|interviewee|speaker)s?\b", re.I)
_WE = regexcache.compile(r"\b(?:[Ww]e|[Oo]ur|us|[Ww]e[’']re|[Ww]e[’']ve)\b")


class _Shingled:
    """The episode's quotes and insights, and the shingles of each, made when first asked and
    then kept for the rest of the episode (`_bridged` asks window after window)."""

    def __init__(self, ep):
        self.ep = ep
        self.of: dict[str, set] = {}  # text -> its shingles

    @cached_property
    def texts(self) -> list[str]:
        return _episode_texts(self.ep)

    def shingles(self, text: str) -> set:
        if (sh := self.of.get(text)) is None:
            sh = self.of[text] = set(_grams(_shingle_words(text)))
        return sh


def _bridged(w: Window, seg: Segment, windows: list, quoted: _Shingled) -> bool:
    """Does a quote or insight (`quoted`: the episode's) naming a sponsor of the read `seg` run on
    into window `w` (two shingles of it in the window: "Quillmark turns a contract into a link
    your counterparty can sign from their phone in under a minute." before "... in under a
    minute. Teams at Ferrow Health used to ...")? The quote is the read's text over the gap
    between the windows."""
    names = {windows[j].row.name.strip() for j in seg.windows if windows[j].sponsors}
    texts = [t for t in quoted.texts if any(n in t for n in names)] if names else ()
    if not texts:
        return False
    mine = set(_grams(_shingle_words(w.text)))
    return any(len(mine.intersection(quoted.shingles(t))) >= 2 for t in texts)


def _voiced_read(w: Window, voiced: set, kn: SponsorKnowledge) -> bool:
    """Is window `w`, in the first person, the host's read of a sponsor known from its pitch
    ("That is why I use Tunnelfox. Tunnelfox encrypts ..."): it names that sponsor and holds no
    unscripted speech?"""
    if kn.unscripted is None or not any(_is_sponsor_key(s, voiced) for s in w.sponsors):
        return False
    # (from the sentence naming it: "You know what I've been thinking about? Sleep. I switched to a
    # Loomrest mattress" holds the conversation before the read)
    at = max(0, w.name_at)
    start = max((m.end() for m in _SENTENCE_END.finditer(w.text, 0, at)), default=0)
    return kn.unscripted.search(w.text, start) is None


def _host_read_of(w: Window, keys: set, kn: SponsorKnowledge, singular: bool = False) -> bool:
    """Is window `w` the host's own read of a sponsor of `keys` ("I have been running the show's
    books on Tallyfox for three years", "I've been using Fernwood for a year now and honestly it's
    the one app I open every morning"): `_voiced_read` (no hedge, no question), and the sentence
    naming it in the first person singular ("We deploy on Vercel, and honestly ..." is the guest's)?
    A testimonial's "I've" and "honestly" are the read's own words. `singular`: the sentence says
    "I" or "my" (a sponsor no LLM context calls an ad: "At Kestrel the storage is priced ..." is
    the guest's firm, whose address a quote gives)."""
    if not _voiced_read(w, keys, kn):
        return False
    at = max(0, w.name_at)
    start = max((m.end() for m in _SENTENCE_END.finditer(w.text, 0, at)), default=0)
    end = _SENTENCE_END.search(w.text, at)
    sentence = w.text[start:end.end() if end is not None else len(w.text)]
    return _WE.search(sentence) is None and (not singular or _I.search(sentence) is not None)


def _host_read(w: Window, keys: set, kn: SponsorKnowledge) -> bool:
    """Is window `w`, in the first person, the host's read of the sponsor of the read it precedes
    ("a tool I actually pay for: Tidepool. Tidepool is ...", before "... Tidepool Pro plan with
    code X"): it names that sponsor (or its product) and holds no unscripted speech?"""
    return bool(w.sponsors) and kn.unscripted is not None and kn.unscripted.search(w.text) is None and any(
        a.startswith(b) or b.startswith(a) for a in w.sponsors for b in keys)


# (not the conversation's generic "you": "what happens when you don't use them", "you know")
_AD_VOICE = regexcache.compile(r"\b(?:your|you[’']re|you[’']ll|(?<!when )(?<!When )(?<!whenever )(?<!if )(?<!If )you"
                               r"(?!\s+(?:know|see|mean|guys|don[’']t|didn[’']t|can[’']t|couldn[’']t|wouldn[’']t)\b))\b",
                               re.I)
# a speaker for a firm or a team ("we moved to Vanta ourselves"), or the conversation's "honestly":
# no host's read of a sponsor, which is in the first person singular
_FIRM_VOICE = regexcache.compile(r"\b(?:[Ww]e|WE|[Ww]e[’'](?:re|ve|d)|[Oo]ur|OUR|[Oo]urselves|[Uu]s|[Hh]onestly)\b")


def _ad_voice(w: Window) -> bool:
    """Does window `w` speak as ad copy does: to the listener ("your front desk"), or of a sponsor?
    A window after a gap in the read's text takes that, or an ad-copy phrase (a weak marker:
    "their latest leaderboards"), to join it."""
    return bool(w.sponsors) or _AD_VOICE.search(w.text) is not None


def _outside_part(r, ads: EpisodeAds) -> str:
    """The text of the NER window of row `r` (whose name is in no ad segment) outside the ad
    segments: a window ending in an ad read ("I'm Carla. Today's sponsor is Lingopath. Lingopath
    pairs you ...") does not name the sponsor outside it."""
    text = r.context
    if not (isinstance(text, str) and isinstance(r.name, str) and isinstance(r.position, int)) or not ads.segments:
        return text
    if (w := ads.placed.get(r.index)) is not None and w.row is r:
        start = w.start  # (placed as below)
    else:
        at = window_offset(text, r.name)
        start = r.position - (at if at != -1 else 50)
    stop = start + len(text)
    for seg in ads.segments:
        if seg.start < stop and seg.stop > start:
            return text[:max(0, seg.start - start)] + "\n" + text[max(0, seg.stop - start):]
    return text


def _bare_address(m: re.Match) -> bool:
    """Is the marker `m` an address without a path ("at vapi.ai", not "vapi.ai/pod")?"""
    text = m.group(0)
    return "." in text and "/" not in text and " slash " not in text and " dot " not in text


def _guest_firms(windows: list, keys: set[str]) -> set[str]:
    """The `keys` of the names that stand in the sentence of the host's introduction of the guest,
    in their own window or begun in one before (`_introduced`): the guest's firm."""
    out: set[str] = set()
    for k, w in enumerate(windows):
        if _key(w.row.name) not in keys:
            continue
        m = _guest_intro(w.text)
        if m is not None:
            at = w.name_at
            if at >= m.end() and _SENTENCE_END.search(w.text, m.end(), at) is None:
                out.add(_key(w.row.name))
                continue
        if k and _introduced(windows, k):
            out.add(_key(w.row.name))
    return out


def _described_only(w: Window, kn: SponsorKnowledge) -> bool:
    """Is the weak marker of window `w` only a descriptor of what a company sells (`descriptors`:
    "the banking app for startups", "trusted by enterprises") in a window that does not speak to
    the listener: how a journalist or a guest describes the company an episode is about, no ad's
    words unless an ad's voice or another weak marker comes with it?"""
    if kn.descriptors is None or _AD_VOICE.search(w.text) is not None or kn.descriptors.search(w.text) is None:
        return False
    rest = kn.descriptors.sub(" ", w.text)
    return kn.weak.pattern.search(rest) is None


def _opens(w: Window, kn: SponsorKnowledge) -> bool:
    """Does the strong marker of window `w` announce an ad read (`opening_markers`)?"""
    return w.strong is not None and _marker_kind(w, kn)[1]


def _closes(w: Window, kn: SponsorKnowledge) -> bool:
    """Is the strong marker of window `w` a call to action (`closing_markers`)?"""
    return w.strong is not None and _marker_kind(w, kn)[2]


def _marker_kind(w: Window, kn: SponsorKnowledge) -> tuple:
    """(marker, opens, closes) of the strong marker of window `w` (not None), each regex run once
    per marker: kept on the window while its marker stays the same match."""
    kind = w.marker_kind
    if kind is None or kind[0] is not w.strong:
        text = w.strong.group(0)
        kind = w.marker_kind = (w.strong, kn.opening is not None and kn.opening.search(text) is not None,
                                kn.closing is not None and kn.closing.search(text) is not None)
    return kind


_SENTENCE_END = regexcache.compile(r"[.!?](?=\s|$)")


# a thank-you to a name closing a sentence: "Thanks Tallyspan.", "Thank you again to Plinth!"
_SIGN_OFF = regexcache.compile(r"\s*(?i:thanks|thank\s+you)(?:\s+again)?,?\s+(?:to\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s*[.!]")


def _closed_at(w: Window, kn: SponsorKnowledge, active: tuple[str, ...] = ()) -> int | None:
    """Where the ad read ends in window `w` with a call to action: at the end of the call's
    sentence, when the rest of the window holds unscripted speech or the guest's introduction
    (the conversation resumed); else None. A thank-you to one of the `active` sponsors (keys)
    right after the call is the read's last sentence ("... first three months free. Thanks
    Tallyspan. Okay, Ruth, back to you")."""
    if not _closes(w, kn) or kn.unscripted is None:
        return None
    m = _SENTENCE_END.search(w.text, w.strong.end())
    if m is None:
        return None
    end = m.end()
    if active and (thanks := _SIGN_OFF.match(w.text, end)) is not None and _key(thanks.group(1)).startswith(active):
        end = thanks.end()
    rest = w.text[end:]
    if (kn.unscripted.search(rest) is None and _guest_intro(rest) is None and not _plain_talk(rest, w, kn)
            and (kn.resumption is None or kn.resumption.search(rest) is None)):
        return None
    return w.start + end


def _plain_talk(rest: str, w: Window, kn: SponsorKnowledge) -> bool:
    """Is `rest`, the text of window `w` after the sentence of its call to action, no ad copy:
    four words or more that neither speak to the listener nor name a sponsor nor hold an ad marker
    ("... slash context. SMIC managed seven nanometer with older ASML machines")?"""
    if len(rest.split()) < 4 or _AD_VOICE.search(rest) is not None:
        return False
    if w.sponsors and any(_key(m.group(0)).startswith(tuple(w.sponsors)) for m in _CAPITAL_RUN.finditer(rest)):
        return False
    return ad_marker(rest, kn) is None


def in_segment(w_row, ads: EpisodeAds) -> Segment | None:
    """The ad segment an NER entity's name stands in, or None."""
    found = ads.window_of.get(w_row.index)  # the first window of the row, as a walk would find it
    if found is None:
        return None
    seg, w = found
    if w.row is w_row:  # (find_ads placed the row's window so that its name stands at its position)
        pos = w_row.position
    else:
        at = window_offset(w.text, w_row.name)
        pos = w.start + (at if at != -1 else 50)
    return seg if seg.start <= pos < seg.stop else None


def entity_rows_by_episode(batch) -> dict[int, list]:
    """The entity rows of each episode (named tuples), built once per batch."""
    def compute():
        out: dict[int, list] = {}
        for r in entity_rows(batch):
            out.setdefault(r.ep, []).append(r)
        return out
    return batch.shared("entity-rows-by-episode", compute)


def rows_by_kind(batch) -> dict[int, tuple[list, list]]:
    """The NER rows and the LLM rows of each episode (`_by_kind`), split once per batch: the
    rules ask row after row."""
    return batch.shared("sponsor-rows-by-kind",
                        lambda: {n: _by_kind(rows) for n, rows in entity_rows_by_episode(batch).items()})


def episode_ads(batch) -> dict[int, EpisodeAds]:
    """Ad segments per episode index, computed once per batch."""
    def compute():
        kn, gl = sponsor_knowledge(batch.knowledge), glossary(batch.knowledge)
        out = {}
        by_ep, kinds = entity_rows_by_episode(batch), rows_by_kind(batch)
        noise = {(r.ep, r.index) for r, _ in classify_entities(batch)}  # (shared with F501-F504)
        gates = _row_gates([r for ner, _ in kinds.values() for r in ner], [r for _, llm in kinds.values() for r in llm], kn)
        marks = text_marks(batch)[0]
        for n, rows in by_ep.items():
            ads = find_ads(batch.episodes[n], rows, kn, gl, gates, kinds[n], noise, marks.get(n, []))
            # (or quotes with ad markers of their own: the names told only in them, `_told_row`)
            if ads.segments or ads.sponsors or n in marks:
                out[n] = ads
        # (an episode without entities whose quotes hold a call to action: its sponsor is known from it)
        for n in marks.keys() - by_ep.keys():
            ads = find_ads(batch.episodes[n], [], kn, gl, gates, ([], []), noise, marks[n])
            if ads.segments or ads.sponsors:
                out[n] = ads
        return out
    return batch.shared("sponsor-ads", compute)


def ad_text_reason(text: str, ads: EpisodeAds | None, kn: SponsorKnowledge, low: str | None = None,
                   triggered: bool | None = None, named: bool | None = None,
                   strong: tuple[bool, ...] | None = None, words: list[str] | None = None,
                   marker=_UNSET) -> tuple[int, int, str] | None:
    """(i, j, why) when free text is ad copy: an ad marker in it, its words in an ad segment, or
    a third-person mention of the episode's sponsor. `named` is the test for a sponsor name in the
    text when the caller made it (`holding(texts, ads.sponsor_names)`), `strong` the literal test
    of each strong marker (`strong_gates`), `words` the text's `_shingle_words`."""
    low = text.lower() if low is None else low
    m = ad_marker(text, kn, low, triggered, strong) if marker is _UNSET else marker  # (the caller's, when it has it)
    while m is not None and _own_domain(m, ads):
        # (the guest's own site, and past it an offer: "Tickets are at gadgetfest.live, and
        # listeners get 15% off with code HOUR15")
        m = ad_marker(" " * m.end() + text[m.end():], kn, None, None, strong)
    if m is not None:
        return m.start(), m.end(), f"carries the ad marker {m.group(0)!r}"
    if ads is None:
        return None
    if ads.segments and not ads.shingles.isdisjoint(_grams(w := _shingle_words(text, low) if words is None else words)):
        sh = words = None
        for seg in ads.segments:
            if seg.shingles.isdisjoint(_grams(w)):
                continue  # most texts: no tuple kept, no set built
            sh = set(_grams(w)) if sh is None else sh
            shared = len(sh & seg.shingles)
            # (one shingle will do where the text starts or ends: "Every card swipe gets matched to
            # a receipt ..." starting at the end of the read's window "... three years now. Every card swi")
            if shared >= 2 or len(sh) <= 3 or (len(w) > SHINGLE and (tuple(w[:SHINGLE]) in seg.shingles
                                                                     or tuple(w[-SHINGLE:]) in seg.shingles)):
                # and at least two shared content words (a cheap pre-filter once, kept as a condition)
                words = _content_words(text) if words is None else words
                if len(words & seg.words) >= 2:
                    return 0, len(text), "its words are in an ad read of the episode"
    pat = ads.names_pattern
    if named is None:
        named = any(n in text for n in ads.sponsor_names)
    if pat is not None and named:  # literals of a case-sensitive pattern
        # (not a sponsor's name known by its web address that is an ordinary word written as one:
        # "popped a modal dialog" beside the sponsor at modal.com)
        # (nor a product of the sponsor's that the guest cites: "Notion AI is a good example: the
        # model sits inside your docs", `EpisodeAds.guest_products`)
        m = next((m for m in pat.finditer(text) if not (m.group(0).islower() and at_least(m.group(0), _WORD_ZIPF))
                  and not (ads.guest_products and text.startswith(ads.guest_products, m.start()))), None)
        if m is not None and (not _FIRST_PERSON.search(text) or _host_voice(text, m, ads, kn)):
            return m.start(), m.end(), f"promotes the episode's sponsor {m.group(0)!r} in ad-read words"
        if m is not None and _testimonial(text, m, ads, kn):
            return m.start(), m.end(), f"tells a customer's testimonial of the episode's sponsor {m.group(0)!r}"
    return None


def _testimonial(text: str, m: re.Match, ads: EpisodeAds, kn: SponsorKnowledge) -> bool:
    """Is `text`, naming the sponsor at `m` in the first person, the testimonial of an ad read
    ("Since we switched to Medlark, our no-show rate dropped by thirty percent", "We moved all six
    of our shows to Castwave in a weekend, and the analytics alone paid for it"): the testimonial's
    formula, no unscripted speech, and a sponsor that no window names outside the ad reads (a
    guest's own account names it in the conversation)?"""
    if kn.testimonial is None or _key(m.group(0)) in ads.named_outside:
        return False
    return kn.testimonial.search(text) is not None and (kn.unscripted is None or kn.unscripted.search(text) is None)


def _host_voice(text: str, m: re.Match, ads: EpisodeAds, kn: SponsorKnowledge) -> bool:
    """Is the first person of `text`, naming the sponsor at `m`, the host's read ("I switched to a
    dozewell mattress in January", "I've personally used Orrin for six months"): a sponsor known
    from a call to action of the episode's texts (`EpisodeAds.called`) or that the LLM calls an ad
    and ties to no guest (`EpisodeAds.told`), that no window names outside the ad reads, and a
    sentence in the first person singular without unscripted speech (hedges, questions) or a "we"?"""
    key = _key(m.group(0))
    if (key not in ads.called and key not in ads.told) or key in ads.named_outside:
        return False
    a, b = next(((a, b) for a, b in _sentence_spans(text) if a <= m.start() < b), (0, len(text)))
    sentence = text[a:b]
    return _WE.search(sentence) is None and (kn.unscripted is None or kn.unscripted.search(sentence) is None)


def _own_domain(m: re.Match, ads: EpisodeAds | None) -> bool:
    """Is the marker `m` a bare domain ("try it free at vapi.ai", no path) of a company that is no
    sponsor of the episode and that the episode names outside its ad reads: the guest's own site?
    An address with a path is the guest's page ("all our demo videos at foldbright dot ai slash
    demos") when its name is, or begins, the words of such a company's name run together
    ("Foldbright Robotics")."""
    if ads is None:
        return False
    text = m.group(0)
    path = "/" in text or " slash " in text
    if not path and "." not in text:
        return False
    name = _marker_sponsor(m)
    if not name:
        return False
    key = _key(name)
    if _is_sponsor_key(key, ads.sponsors):
        return False
    if not path:
        return key in ads.named_outside
    squashed = key.replace(" ", "")
    return len(squashed) >= 4 and any(k.replace(" ", "").startswith(squashed) for k in ads.named_outside)


def text_items(batch) -> tuple[list, list, list, list]:
    """The quotes and insights of the batch, (table, ep, index, text), with their lowercase texts,
    their trigger tests and their strong markers' literal tests (`_triggered_gates`); once per batch."""
    def compute():
        kn = sponsor_knowledge(batch.knowledge)
        items = [(name, ep_i, index, text) for name in ("quotes", "insights")
                 for ep_i, index, text in batch.rows(name, "ep", "index", "text") if isinstance(text, str)]
        lows = [text.lower() for *_, text in items]
        trig = has_trigger(lows, kn) if kn.triggers else [None] * len(items)
        return items, lows, trig, _triggered_gates(lows, trig, kn)
    return batch.shared("sponsor-text-items", compute)


def text_marks(batch) -> tuple[dict[int, list[tuple[str, re.Match]]], dict[int, re.Match | None]]:
    """(ep -> (text, its first strong marker) of the episode's quotes and insights that hold one,
    item -> its first strong marker or None, for the items of `text_items` with a trigger); once
    per batch."""
    def compute():
        kn = sponsor_knowledge(batch.knowledge)
        items, lows, trig, strong = text_items(batch)
        out: dict[int, list] = {}
        at: dict[int, re.Match | None] = {}
        for k, item in enumerate(items):
            if trig[k] is not False:
                at[k] = m = ad_marker(item[3], kn, lows[k], trig[k], strong[k])
                if m is not None:
                    out.setdefault(item[1], []).append((item[3], m))
        return out, at
    return batch.shared("sponsor-text-marks", compute)


def text_verdicts(batch) -> dict[tuple[str, int, int], tuple[int, int, str]]:
    """(table, ep, index) -> (i, j, why) for every quote and insight that is ad copy; once per batch."""
    def compute():
        kn = sponsor_knowledge(batch.knowledge)
        all_ads = episode_ads(batch)
        out = {}
        # the fragments of entity-noise (shared with F501-F504), asked for only when needed
        noise = lru_cache(maxsize=1)(lambda: {(r.ep, r.index) for r, _ in classify_entities(batch)})
        items, lows, trig, strong = text_items(batch)
        marks_at = text_marks(batch)[1]
        # the sponsor names of an episode looked for in all its texts at once
        named: list[bool | None] = [None] * len(items)
        by_ep: dict[int, list[int]] = {}
        for k, item in enumerate(items):
            by_ep.setdefault(item[1], []).append(k)
        for ep_i, ks in by_ep.items():
            if ep_i in all_ads:
                for k, hit in zip(ks, holding([items[k][3] for k in ks], all_ads[ep_i].sponsor_names)):
                    named[k] = hit
        # the summary's sentences first: those found to be ad copy are no topic for the echoes
        flagged_spans: dict[int, set] = {}
        for ep_i, ep in enumerate(batch.episodes):
            summary = ep.data.get("summary")
            if isinstance(summary, str) and summary:
                for span, found in _summary_verdicts(summary, all_ads.get(ep_i), kn):
                    out[("summary", ep_i, span[0])] = found
                    flagged_spans.setdefault(ep_i, set()).add(span)
        listed = _name_pattern(tuple(kn.sponsors)) if kn.ad_copy is not None else None
        for ep_i, ks in by_ep.items():
            ads = all_ads.get(ep_i)
            # (ad copy by itself names a sponsor of the list: looked for only in the texts naming one)
            copy_ok = listed is not None and listed.search("\n".join(items[k][3] for k in ks)) is not None
            hits: list[int] = []  # the texts of the episode found to be ad copy
            words = _words_each([lows[k] for k in ks]) if ads is not None and (ads.segments or ads.called) else [None] * len(ks)
            for k, w in zip(ks, words):
                if trig[k] is False and (ads is None or (not named[k] and (w is None or ads.shingles.isdisjoint(_grams(w))))):
                    # no trigger, no sponsor name, no shingle of an ad read: ad_text_reason says None;
                    # the text may still be ad copy by itself (`ad_copy`)
                    if copy_ok and listed.search(items[k][3]) and (found := _ad_copy(items[k][3], kn)) is not None:
                        out[(items[k][0], ep_i, items[k][2])] = found
                        hits.append(k)
                    continue
                name, _, index, text = items[k]
                found = ad_text_reason(text, ads, kn, lows[k], trig[k], named[k], strong[k], w, marks_at.get(k, _UNSET))
                if found is None and copy_ok and listed.search(text):
                    found = _ad_copy(text, kn)
                if found is not None:
                    out[(name, ep_i, index)] = found
                    hits.append(k)
            if hits and len(hits) < len(ks):
                _echoes(items, ks, hits, out, ads, lows, words, noise_words(batch.knowledge).company_words,
                        glossary(batch.knowledge), noise)
            # (or the summary, which may retell the texts found: `_vocabulary_echoes`)
            if ads is not None and (ads.segments or (ads.called and hits)) and (
                    len(hits) < len(ks) or (hits and isinstance(batch.episodes[ep_i].data.get("summary"), str))):
                _vocabulary_echoes(items, ks, words, out, ads, batch.episodes[ep_i],
                                   *rows_by_kind(batch).get(ep_i, ((), ())), flagged_spans.get(ep_i, ()), ep_i, kn)
            if (reads := body_reads(batch).get(ep_i)) is not None:
                _body_vetoes(items, ks, lows, out, reads, ep_i, batch.episodes[ep_i])
                _body_copies(items, ks, lows, out, reads, ep_i)
        return out
    return batch.shared("sponsor-texts", compute)


def _in_talk(grams: set, reads: BodyReads) -> bool:
    """Are most (half or more) of a text's word 4-grams the body's conversation's, and too few
    of them (under COPY_SHARE) its reads' to make it their copy?"""
    if len(grams) < MIN_GRAMS:
        return False
    talk, read = reads.grams
    return len(grams & talk) * 2 >= len(grams) and len(grams & read) < COPY_SHARE * len(grams)


def _body_vetoes(items: list, ks: list[int], lows: list[str], out: dict, reads: BodyReads, ep_i: int, ep) -> None:
    """Take out of `out` the verdicts of episode `ep_i` that the NER windows inferred (no ad marker
    of the text's own) where the body's transcript shows the text is the conversation's: a quote
    or insight whose words are the talk's, a summary sentence whose entities the talk names, that
    names no sponsor the reads announce and whose words are no read's. The body holds the reads
    whole; the windows hold pieces of them."""
    for k in ks:
        name, _, index, text = items[k]
        found = out.get((name, ep_i, index))
        if found is not None and not found[2].startswith("carries the ad marker") and _in_talk(_grams_of(text, lows[k]), reads):
            del out[(name, ep_i, index)]
    summary = ep.data.get("summary")
    if not isinstance(summary, str):
        return
    companies = ep.data.get("companies")
    entity_names = {c["name"].strip() for c in companies if isinstance(c, dict) and isinstance(c.get("name"), str)
                    and c["name"].strip()} if isinstance(companies, list) else set()
    for key in [key for key in out if key[0] == "summary" and key[1] == ep_i]:
        i, j, why = out[key]
        if why.startswith("carries the ad marker"):
            continue
        a, b = _sentence_around(summary, i)
        sentence = summary[a:b]
        names = [n for n in entity_names if _mentions(n, sentence)]
        read = reads.grams[1]
        grams = _grams_of(sentence)
        if (names and all(_mentions(n, reads.talk) for n in names) and not any(_mentions(s, sentence) for s in reads.sponsors)
                and len(grams & read) < COPY_SHARE * max(1, len(grams))):
            del out[key]


def body_reads(batch) -> dict[int, BodyReads]:
    """The ad reads of each episode's Markdown body, where it carries its transcript
    (`sponsor_body`); once per batch."""
    def compute():
        kn = sponsor_knowledge(batch.knowledge)
        return {n: reads for n, ep in enumerate(batch.episodes) if (reads := read_body(ep, kn)) is not None}
    return batch.shared("sponsor-body-reads", compute)


def read_body(ep, kn: SponsorKnowledge) -> BodyReads | None:
    """The ad reads of `ep`'s body (`sponsor_body.find_body_reads`), confirmed by a strong ad
    marker that is no citation (`ad_marker`), with the sponsor rules' word 4-grams."""
    return find_body_reads(ep, kn, lambda text: ad_marker(text, kn) is not None, _grams_of)


def _grams_of(text: str, low: str | None = None) -> set:
    return set(_grams(_shingle_words(text, low)))


PARAPHRASE_WORDS = 6  # the fewest content words a text must have to be judged a reworded read
PARAPHRASE_SHARE = 0.85  # and the share of them a read must say


def _body_copies(items: list, ks: list[int], lows: list[str], out: dict, reads: BodyReads, ep_i: int) -> None:
    """Add to `out` the quotes and insights of episode `ep_i` (items[k] for k in `ks`) that name
    a sponsor the body's reads announce and its conversation never names, or whose word 4-grams
    are mostly (COPY_SHARE) those of the reads, and more of them the reads' than the
    conversation's."""
    talk_grams, read_grams = reads.grams
    words = None  # (the words of the reads and of the talk, read once asked)
    for k in ks:
        name, _, index, text = items[k]
        if (name, ep_i, index) in out:
            continue
        if (named := next((s for s in sorted(reads.sponsors) if _mentions(s, text)), None)) is not None:
            out[(name, ep_i, index)] = (0, len(text), f"it names {named!r}, the sponsor of an ad read in the transcript "
                                                      "of the file's body, which the conversation never names")
            continue
        grams = _grams_of(text, lows[k])
        if len(grams) >= MIN_GRAMS and len(shared := grams & read_grams) >= COPY_SHARE * len(grams) \
                and len(shared) > len(grams & talk_grams):
            out[(name, ep_i, index)] = (0, len(text), "its words are those of an ad read in the transcript of the file's body")
            continue
        # the read's words reworded ("build clear, compliance-friendly client visuals in minutes and
        # mention X for twenty percent off" of "... build clear, compliance-friendly visuals in
        # minutes ... mention X to get twenty percent off"): nearly all its words a read's, several
        # of them words the conversation never says
        if words is None:
            words = (_content_words(" ".join(reads.reads)), _content_words(reads.talk))
        own = _content_words(text)
        if len(own) >= PARAPHRASE_WORDS and len(own & words[0]) >= PARAPHRASE_SHARE * len(own) \
                and len(own & words[0] - words[1]) >= 3:
            out[(name, ep_i, index)] = (0, len(text), "its words are those of an ad read in the transcript of the file's "
                                                      "body, reworded")


def _ad_copy(text: str, kn: SponsorKnowledge) -> tuple[int, int, str] | None:
    """(i, j, why) when the text is ad copy by itself (`ad_copy`): a customer's story, a pitch to
    "you" or the host's own use of the show's tools, naming a sponsor of the list ("Brightwire, a
    forty-person agency, replaced four tools with Notion", "Attio builds your CRM from your
    inbox", "I've been running this show in Notion"); else None."""
    m = _ad_copy_match(text, kn)
    return None if m is None else (m.start(), m.end(), f"ad copy for the sponsor {_marker_sponsor(m).strip()!r}: {m.group(0)!r}")


def _ad_copy_match(text: str, kn: SponsorKnowledge) -> re.Match | None:
    """The first match of `ad_copy` in `text` whose sponsor is on the list, or None."""
    for m in kn.ad_copy.finditer(text):
        sponsor = _marker_sponsor(m)
        if sponsor and sponsor.strip() in _name_set(tuple(kn.sponsors)):
            return m
    return None


def _tells_ad(sentence: str, kn: SponsorKnowledge) -> bool:
    """Does a sentence of the summary tell of an ad as an ad ("Mentioned in an advertisement
    segment", "The host also reads an ad for X")?"""
    return kn.ad_words.search(sentence) is not None or any(p in sentence.lower() for p in kn.ad_for)


_LOWER_WORD_AFTER = regexcache.compile(r"[ \t]+[a-z]{3,}")


def _summary_verdicts(summary: str, ads: EpisodeAds | None, kn: SponsorKnowledge) -> list:
    """((a, b), (i, j, why)): the span and the verdict of each sentence of the summary that tells
    the ad copy of the episode's sponsor as substance, naming the sponsor where no window names it
    outside the ad reads ("Ledgerloop's automatic receipt matching shrinks month-end close to an
    afternoon"). A sentence telling of the ad as an ad ("Scale AI: Mentioned in an advertisement
    segment", "The host also reads an ad for X") is the summary doing its work, and is not
    flagged. (The summary's ad markers are not looked for: a summary seldom holds a call to
    action, and the markers' test of its many sentences costs as much as the rest of the rule.)"""
    if ads is None or (pat := ads.names_pattern) is None or not any(n in summary for n in ads.sponsor_names):
        return []
    out = []
    done = -1
    for n in pat.finditer(summary):
        if n.start() < done:
            continue  # (a sentence once)
        key = _key(n.group(0))
        if not _is_sponsor_key(key, ads.sponsors) or key in ads.named_outside or (
                ads.guest_products and summary.startswith(ads.guest_products, n.start())):
            continue  # (nor a product of its that the guest cites, `EpisodeAds.guest_products`)
        a, b = _sentence_around(summary, n.start())
        done = b
        if _LOWER_WORD_AFTER.match(summary, n.end()) and ads.segments and not (
                (_content_words(summary[a:b]) - _content_words(n.group(0)))
                & set().union(*(seg.words for seg in ads.segments))):
            continue  # the name's words as a term of their own ("Monte Carlo simulations"), nothing of the ad's
        if not _tells_ad(summary[a:b], kn):
            out.append(((a, b), (n.start(), n.end(),
                                 f"the summary tells the ad copy of the episode's sponsor {n.group(0)!r} as substance")))
    return out


_BREAK_BEFORE = regexcache.compile(r"[.!?](?=\s)|\n")


def _break_before(text: str, i: int) -> int:
    """The end of the last match of `_BREAK_BEFORE` in text[:i] (. ! ? before white space, or a
    line break), 0 when none: found from `i` backwards with `rfind` (the regex engine would test
    every character of the text before `i`). In text[:i] a ". ! ?" at p counts only when p + 1 < i
    (the look-ahead does not see past the end), and a later break is a later end."""
    if i <= 0:
        return 0
    a = text.rfind("\n", 0, i) + 1
    for c in ".!?":
        p = text.rfind(c, a, i - 1)
        while p != -1 and not text[p + 1].isspace():
            p = text.rfind(c, a, p)
        if p != -1:
            a = p + 1
    return a


def _sentence_around(text: str, i: int) -> tuple[int, int]:
    """The span of the sentence of `text` (as `_sentence_spans` cuts it) that holds offset `i`,
    found from `i` outwards rather than by cutting the whole text."""
    a = _break_before(text, i)
    while a < len(text) and text[a].isspace():
        a += 1
    m = _SENTENCE_BREAK.search(text, i)
    b = len(text) if m is None else (m.start(1) if m.start(1) != -1 else m.start())
    return a, b


ECHO_STEMS = 3  # the ad's own words a text must hold to be its paraphrase
ECHO_SHARE = 0.3  # and their share of its words
_OURS = frozenset(("we", "our", "we're", "we've", "we’re", "we’ve", "ours", "ourselves"))
_STEM = itemgetter(slice(None, 5))  # a word's stem: its first five letters


def _word_stems(words) -> set[str]:
    """The stems of the content words of four letters or more of a text, from its shingle words
    (`_shingle_words`): their first five letters ("receipts" and "receipt", "rotates" and
    "rotation" share one)."""
    return {w[:5] for w in set(words).difference(_STOP) if len(w) >= 4}  # (each word once: sets in C)


def _vocabulary_echoes(items: list, ks: list[int], words: list, out: dict, ads: EpisodeAds, ep,
                       ner: list, llm: list, flagged_spans=(), ep_i: int = -1, kn=None) -> None:
    """Flag (in `out`) the texts `ks` of one episode (`words`: their shingle words) that retell its
    ad reads in other words (the LLM's paraphrase of a pitch, an insight drawn from it: "Storing
    shared credentials in a single vault with automatic rotation ...", of "Fennick keeps every
    credential your team shares in one vault, rotates the risky ones automatically"): ECHO_STEMS
    stems or more, and ECHO_SHARE of its stems, of the ad's own vocabulary (the words of its reads,
    of the texts found to be ad copy and of the LLM's descriptions of its sponsors) that the
    episode's substance does not use: the guest's texts in the first person plural ("so we rotate
    our internal evals"), which are never flagged so, then for the texts left the words of the
    title, the summary, the LLM's descriptions of the other entities and the windows in no read.
    Two whole words of the ad's first (a set test in C), then the stems."""
    ad: set[str] = set()
    rest, ours = [], []
    marked: set[str] = set()  # the words of the texts with an ad marker of their own
    for k, w in zip(ks, words):
        if (found := out.get(items[k][:3])) is not None:
            ad.update(w)
            if found[2].startswith("carries"):
                marked.update(w)
        elif _OURS.isdisjoint(w):
            rest.append((k, w))
        else:
            ours.append(w)
    # (with no text left to retell them, the summary may still retell the texts with an ad marker:
    # "A cooling mattress with a hundred-night trial is recommended", of such an insight; a test
    # of whole words first, sets in C)
    summary = ep.data.get("summary")
    retold = bool(marked) and isinstance(summary, str) and len(
        (marked - _STOP).intersection(_shingle_words(summary))) >= ECHO_STEMS + 1
    if not rest and not retold:
        return
    for seg in ads.segments:
        ad.update(seg.words)
    llm = [r for r in llm if isinstance(r.context, str) and isinstance(r.name, str)]
    # (not an entry the LLM ties to the guest: "Cited by the guest as an example of ..." tells the talk)
    sponsors = {r.index for r in llm if (r.index in ads.ad_context or _is_sponsor_key(_key(r.name), ads.sponsors))
                and not _GUEST_WORD.search(r.context)}
    ad.update(_shingle_words(" ".join(r.context + " " + r.name for r in llm if r.index in sponsors)))
    # less the guest's own words, word for word (sets in C)
    ad.difference_update(*ours)
    ad -= _STOP  # (and words under four letters have no stem: `_word_stems`)
    candidates = [(k, w) for k, w in rest if not ad.isdisjoint(w) and len(ad.intersection(w)) >= 2]
    if not candidates and not retold:
        return
    ad_stems = set(map(_STEM, ad))
    found = []
    stems = {}  # k -> the stems of text k, made once
    for k, w in candidates:
        st = stems[k] = _word_stems(w)
        if len(shared := st & ad_stems) >= ECHO_STEMS and len(shared) >= ECHO_SHARE * len(st):
            found.append((k, st, shared))
    if not found and not retold:
        return
    # then stem for stem, with the windows in no read too ("benchmarks" of the guest's, "benchmark" of the ad's)
    outside = [r.context for r in ner if r.index not in ads.window_of]
    topic = [r.context for r in llm if r.index not in sponsors]
    if isinstance(title := ep.data.get("title"), str):
        topic.append(title)
    topic_stems = set(map(_STEM, _shingle_words("\n".join(topic + outside))))
    topic_stems.update(*(map(_STEM, w) for w in ours))
    # the summary's sentences are topic, but for those found ad copy and those using the ad's own
    # words (two stems or more that no other topic text uses: "A cooling mattress with a
    # hundred-night trial is recommended ...")
    summary = ep.data.get("summary")
    adlike, rest_stems = [], []
    whole = _word_stems(_shingle_words(summary)) if isinstance(summary, str) else set()
    if len((whole & ad_stems) - topic_stems) < 2:
        rest_stems.append(whole)  # (no sentence of it can use two of the ad's own stems)
        summary = None
    if isinstance(summary, str):
        # (nor those the texts that retell no ad use: "Egress fees are the quiet tax of the cloud")
        tested = {k for k, _, _ in found}
        guest_stems = set().union(*(stems[k] if k in stems else _word_stems(w) for k, w in rest if k not in tested))
        if len((whole & ad_stems) - topic_stems - guest_stems) < 2:
            rest_stems.append(whole)
            summary = None
    if isinstance(summary, str):
        for a, b in _sentence_spans(summary):
            if (a, b) in flagged_spans:
                continue
            st = _word_stems(_shingle_words(summary[a:b]))
            # (a sentence telling of the ad as an ad is the summary's own: "Mentioned in an advertisement")
            if len((st & ad_stems) - topic_stems - guest_stems) >= 2 and kn is not None and not _tells_ad(summary[a:b], kn):
                adlike.append((a, b, st))
            else:
                rest_stems.append(st)
    topic_stems.update(*rest_stems)
    flagged = []
    for k, st, shared in found:
        own = shared - topic_stems
        if len(own) >= ECHO_STEMS and len(own) >= ECHO_SHARE * len(st):
            out[items[k][:3]] = (0, len(items[k][3]), "it retells the episode's ad read in other words")
            flagged.append(k)
    # then those sentences, with the words of the texts just found as well
    for k in flagged:
        ad_stems |= _word_stems(_shingle_words(items[k][3]))
    for a, b, st in adlike:
        own = (st & ad_stems) - topic_stems
        if len(own) >= ECHO_STEMS and len(own) >= ECHO_SHARE * len(st):
            out[("summary", ep_i, a)] = (a, b, "the summary retells the episode's ad read in other words")


def _echoes(items: list, ks: list[int], hits: list[int], out: dict, ads: EpisodeAds | None,
            lows: list[str], words: list, company_words, gl, noise) -> None:
    """Flag (in `out`) the texts `ks` of one episode that repeat its ad copy (the texts `hits`):
    an insight with two shingles of one, or one and four of its content words ("You should block
    two hours of deep work every day", of the pitch "Cadence Notes ... blocks two hours of deep
    work every day before anyone else can book it"; quotes are the transcript's words, which the
    ad segments place), and a text naming in the third person a name said only inside the ad
    reads (the customer of a testimonial: "Brightwave went from a single workstation ...").
    `noise` gives the entity-noise rows when called."""
    flagged = set(hits)
    insights = [k for k in ks if items[k][0] == "insights" and k not in flagged]
    if insights:
        at = dict(zip(ks, words))
        def grams(k):
            w = at.get(k)
            return _grams(_shingle_words(items[k][3], lows[k]) if w is None else w)
        ad_sh: set = set()
        for k in hits:
            ad_sh.update(grams(k))
        ad_words = None
        for k in insights:
            if ad_sh.isdisjoint(grams(k)):
                continue
            text = items[k][3]
            if len(ad_sh.intersection(grams(k))) < 2:
                ad_words = [_content_words(items[f][3]) for f in hits] if ad_words is None else ad_words
                mine = _content_words(text)
                if not any(len(mine & w) >= 4 for w in ad_words):
                    continue
            out[items[k][:3]] = (0, len(text), "its words are those of the episode's ad copy")
            flagged.add(k)
    only = _ad_only_names(ads, company_words, gl, noise()) if ads is not None and ads.segments else ()
    if not only:
        return
    rest = [k for k in ks if k not in flagged]
    for k, named in zip(rest, holding([items[k][3] for k in rest], tuple(only))):
        text = items[k][3]
        if named and _FIRST_PERSON.search(text) is None:
            for n in only:
                if n in text and (m := _word_pattern(n).search(text)) is not None:
                    out[items[k][:3]] = (m.start(), m.end(), f"it tells of {n!r}, named only in an ad read")
                    break


def _ad_only_names(ads: EpisodeAds, company_words, gl, noise: set) -> list[str]:
    """The names of the NER entities said only inside the episode's ad reads, as P802 finds them
    (not the sponsor's, which has its own test, nor fragments, nor the glossary's firms and people
    named in passing), with the first word of a firm's name whose other words say it is a firm
    ("Brightwave" of "Brightwave Robotics": `company_words` of entity_noise)."""
    out = []
    for seg, w in ads.window_of.values():  # the rows whose windows are in a read
        r = w.row
        if not isinstance(r.name, str) or in_segment(r, ads) is not seg or (r.ep, r.index) in noise:
            continue
        name = r.name.strip()
        key = _key(name)
        if (not name[:1].isupper() or _is_sponsor_key(key, ads.sponsors) or key in ads.named_outside
                or ((e := gl.lookup(name)) is not None and (e.kind in ORG_KINDS or e.kind == "person"))):
            continue
        out.append(name)
        first, *others = name.split()
        if others and all(word in company_words for word in others) and _key(first) not in ads.named_outside:
            out.append(first)
    return out


class SponsorContent(Rule):
    """## What it does
    Flags a quote or insight that is ad-read copy rather than the episode's substance: its text
    carries an ad marker ("brought to you by", "go to workos.com/radar", "use code", "free
    trial"), its words are in an ad segment of the transcript, or it promotes the episode's
    sponsor in the third person ("now with WorkOS Radar, advanced security is just an API call
    away"). Ad segments are inferred from the NER entries' transcript windows and positions:
    windows with markers, URLs (spoken ones too: "neon dot tech slash pod") or the names of the
    episode's sponsors (`rules/sponsor.yaml`), grouped, stretched to neighbouring windows without
    unscripted speech, and ended by "back to <guest>", "where were we", "and we're back" or the
    host's introduction of the guest. An ad announced ("brought to you by", "our sponsor") takes
    no window before its announcement, and two ad reads with unscripted speech between them ("I
    think", "you know", a question) are two. A window naming a sponsor in the speaker's own first
    person ("we use Vanta ourselves") starts no ad read; a sponsor named by the guest outside the
    ad read is not flagged, nor is the guest's own page ("we're hiring at corvid.ai/careers").
    A sponsor on no list is known from its marker ("made possible by our friends at X", a URL),
    from the first name after an unnamed announcement ("Quick break. I've been using X") or from
    the names in a call to action's sentence ("... a X Pro plan with code Y"); a read starts at
    its announcement, even inside a window, and ends with its call to action when the
    conversation resumes; the guest's own firm, named in the guest's introduction, is made a
    sponsor only by an announcement, not by its address. A sponsor on no list is also known from
    its pitch, a sentence whose subject it is and which speaks to the listener ("Tunnelfox
    encrypts everything leaving your laptop"), said twice, with the host's own use of it ("That
    is why I use Tunnelfox") or next to an unnamed offer; not from one sentence of a guest's
    explanation, a copula ("X is lovely because you pay nothing"), first-person or hedged speech,
    or the guest's firm. A quote naming the sponsor carries a read over to the next window (the
    testimonial that follows the pitch); an insight rewording ad copy, and a text telling of a
    name said only inside the ad reads ("Brightwave went from one workstation to 64 GPUs"), are
    ad copy too. A call to action in a quote or insight ("Go to dozewell dot com slash ward")
    makes its sponsor the episode's even where no window holds it or no entity names it, and a
    quote naming that sponsor in the host's first person singular ("I switched to a dozewell
    mattress") is ad copy, and so is a customer's testimonial of a sponsor no window names
    outside the reads ("Since we switched to Medlark, our no-show rate dropped": rules/sponsor.yaml
    `testimonial`); next to an offer naming nothing ("Use code ORCHARD at checkout") a
    pitch needs no "you" ("Ledgerloop gives every teammate a card"). The host's plug of the
    show's own products ("A quick note from me"), a break "for a word from X" and another show
    promoted ("another podcast from the X network") open reads; the host turning back to the
    guest by name ("So Dario, ...") ends one. A sentence of the summary naming the sponsor where
    no window names it outside the reads, or retelling the ad's own words, is flagged too (not
    one telling of the ad as an ad: "Mentioned in an advertisement segment"). A source cited by
    its address ("the survey data is at pewresearch.org") is no call to action, nor is advertising
    talked about ("Do readers resent sponsored content?", "listeners skip the promo code"); a
    company of the sponsor list that the episode is about (its title names it, the LLM calls it
    the subject, its guest describes it "for startups" without speaking to the listener) is no
    sponsor. Where the file carries its transcript in the Markdown body, the ad reads are read
    there whole (an announcement, then the read up to its paragraph's end or "Back to Gavin",
    with a call to action): a quote or insight whose word 4-grams are mostly (60%) a read's and
    not the conversation's, or that names a sponsor the reads announce and the conversation never
    names, is ad copy.

    ## Why it matters
    Ad copy extracted as insight misrepresents what the guest said, and it ranks high because
    ad copy is written to sound important.

    ## Example
    ```yaml
    quotes:
    - text: Radar distinguishes humans from bots. It looks at over 80 different signals   # flagged
    - text: We basically build what we want, and then we open source it.                 # fine
    ```

    ## Fix safety
    Unsafe: the fix removes the quote or insight. A summary sentence has no fix (the rest of the
    summary stays): rewrite it.
    """

    code = "P801"
    name = "sponsor-content"
    family = "sponsor"
    severity = Severity.WARNING
    summary = "Quote or insight that is ad-read copy (sponsor segment)"
    fixable = "unsafe"

    def check(self, batch):
        for (name, ep_i, index), (i, j, why) in sorted(text_verdicts(batch).items()):
            ep = batch.episodes[ep_i]
            if name == "summary":  # a sentence of it: no fix (the rest of the summary stays)
                if name in ep.scalars and isinstance(text := ep.scalars[name].value, str):
                    start, end, _ = ep.locate(name, i, j)
                    yield ep.finding(self, path=name, start=start, end=end, evidence=text[i:j], fix=None,
                                     message=f"a sentence of the summary is ad-read content: {why}")
                continue
            item = f"{name}[{index}]"
            path = f"{item}.text"
            if path not in ep.scalars:
                continue
            text = ep.scalars[path].value
            start, end, _ = ep.locate(path, i, j)
            edits = item_removal(ep, item)
            fix = Fix("unsafe", f"Remove {item}", tuple(edits), (item,)) if edits else None
            yield ep.finding(self, path=path, start=start, end=end, evidence=text[i:j], fix=fix,
                             message=f"{item} is ad-read content: {why}")


class SponsorEntity(Rule):
    """## What it does
    Flags an entity that comes from an ad read: the episode's sponsor and its products ("Scale
    Data Foundry", "WorkOS Radar"), things named only inside an ad segment ("Humanity's Last
    Exam" in Scale's ad, Cursor in the WorkOS ad, the customer of a testimonial), and LLM entries
    whose context calls them a sponsor or names the sponsor as their owner ("Scale's research
    team"). Organisations named
    in passing by the ad (a lab "that partners with" the sponsor) and entities the guest also
    names outside the ad are not flagged; fragments ("Take Cursor") are left to entity-noise,
    unless they are glued to the sponsor's own name ("Try Ferrowave", "Thanks Tallyspan") or
    open the ad's call to action ("Apply in" of "Apply in minutes at mercury.com/ledger").
    A host's testimonial after an announced read ("My sister's bakery, Crumbhouse, switched her
    whole team to it") is in the read, and so is one announced by what it is ("I want to tell you
    about something I actually use. Tillwise runs my whole counter"). Where the file carries its
    transcript in the Markdown body, an entity named in its ad reads and nowhere in the
    conversation, the quotes that are no ad copy, the title or the NER windows outside the reads
    is flagged when it is the read's sponsor (announced: "a word from Ridgeline", or its address:
    "ridgelineapps.com") or no organisation or person the glossary knows.

    ## Why it matters
    Sponsors and their products listed as companies of the episode skew statistics and search
    toward whoever paid for the ad.

    ## Example
    ```yaml
    companies:
    - name: WorkOS Radar       # flagged: the sponsor's product, in the ad read
      context: e compute and LLM API calls. Then they plugged in WorkOS Radar. Radar distinguishes
      position: 38172
    ```

    ## Fix safety
    Unsafe: the fix removes the entity.
    """

    code = "P802"
    name = "sponsor-entity"
    family = "sponsor"
    severity = Severity.WARNING
    summary = "Entity taken from an ad read (sponsor, its products, ad-only names)"
    fixable = "unsafe"

    def check(self, batch):
        kn, gl = sponsor_knowledge(batch.knowledge), glossary(batch.knowledge)
        all_ads, bodies = episode_ads(batch), body_reads(batch)
        if not all_ads and not bodies:
            return
        noise = {(r.ep, r.index) for r, _ in classify_entities(batch)}
        flagged: set[tuple[int, int]] = set()  # (episode, row) found from the windows' ad segments
        ad_quotes: dict[int, set[int]] = {}  # episode -> its quotes that are ad copy
        marked: dict[int, set[tuple[str, int]]] = {}  # episode -> its texts with an ad marker of their own
        verdicts = text_verdicts(batch)
        for (name, ep_i, index), (_, _, why) in verdicts.items():
            if name == "quotes":
                ad_quotes.setdefault(ep_i, set()).add(index)
            if name != "summary" and why.startswith("carries the ad marker"):
                marked.setdefault(ep_i, set()).add((name, index))
        by_ep, kinds = entity_rows_by_episode(batch), rows_by_kind(batch)
        for n, ads in all_ads.items():
            if n not in by_ep:
                continue
            rows = by_ep[n]
            ep = batch.episodes[n]
            # where names are used outside the ads: non-ad windows and non-ad quotes, as one text
            seg_of = {r.index: in_segment(r, ads) for r in kinds[n][0]}  # the NER rows
            outside = [_outside_part(r, ads) for r in rows if r.index in seg_of and seg_of[r.index] is None]
            quotes = ep.data.get("quotes")
            if isinstance(quotes, list):
                texts = [q.get("text") if isinstance(q, dict) else None for q in quotes]
                ads_at = ad_quotes.get(n, ())
                outside += [t for i, t in enumerate(texts) if isinstance(t, str) and i not in ads_at]
            # (and the title: the company it names is what the episode is about, "Søren Lindqvist
            # (Hushgate): When the Bots Solve CAPTCHAs", not an ad's)
            if isinstance(title := ep.data.get("title"), str):
                outside.append(title)
            outside_text = "\n".join(outside)
            in_ad_names = set()
            for r in rows:
                if seg_of.get(r.index) is not None:
                    in_ad_names.add(r.name.strip())
                    parts = r.name.split(None, 1)
                    if len(parts) == 2:
                        in_ad_names.add(parts[1])
            told = _told_in_ads(ep, marked.get(n, ()))  # (the texts of ad copy, the others)
            if isinstance(quotes, list) and ad_quotes.get(n):
                # an LLM entry named in the quotes of ad copy ("... with a government-backed Lifetime
                # ISA and an app ...") is named inside the ad (outside it too, reason() asks)
                ad_text = "\n".join(t for i, t in enumerate(texts) if isinstance(t, str) and i in ad_quotes[n])
                in_ad_names |= {name for r in kinds[n][1] if isinstance(r.name, str)
                                and (name := r.name.strip())[:1].isupper() and _mentions(name, ad_text)}
            for r in rows:
                if not isinstance(r.name, str) or not r.name.strip():
                    continue
                if r.index in seg_of and seg_of[r.index] is None:
                    if ads.called and _called_row(r, ads, kn):
                        why = f"it names the sponsor {r.name.strip()!r}, known from the ad copy of the episode's quotes"
                    elif told is not None and _told_row(r, ads, kn, gl, noise, told):
                        why = "it is named only in ad copy (a text with an ad marker) and in a window of it"
                    elif kn.ad_copy is not None and _copy_window_row(r, ads, kn):
                        why = f"its own window is ad copy for the sponsor {r.name.strip()!r}"
                    else:
                        continue  # an NER row outside the ads: reason() says None
                else:
                    why = self.reason(r, ads, kn, gl, noise, in_ad_names, outside_text, seg_of.get(r.index),
                                      ner=r.index in seg_of)
                if why is None:
                    continue
                if (reads := bodies.get(n)) is not None and (
                        _mentions(r.name.strip(), reads.talk) or not why.startswith("its context says") and _talked_of(r, reads)):
                    continue  # the body's transcript shows the conversation names it (a sponsor also
                    # discussed: its window in the read is still the ad's, its name the talk's too)
                if (f := self._finding(ep, r, why)) is not None:
                    flagged.add((n, r.index))
                    yield f
        for n, reads in bodies.items():
            ep = batch.episodes[n]
            for r, why in _body_sponsor_rows(ep, by_ep.get(n, ()), reads, ad_quotes.get(n, ()), noise, gl):
                if (n, r.index) not in flagged and (f := self._finding(ep, r, why)) is not None:
                    yield f

    def _finding(self, ep, r, why: str):
        """The finding on entity row `r`'s name, with the fix that removes the entity; None when
        the name has no scalar to point at."""
        path = f"{r.field}.name"
        if path not in ep.scalars:
            return None
        start, end, _ = ep.locate(path, 0, len(r.name))
        edits = item_removal(ep, r.field)
        fix = Fix("unsafe", f"Remove the entity {r.name!r}", tuple(edits), (r.field,)) if edits else None
        return ep.finding(self, path=path, start=start, end=end, evidence=r.name, fix=fix,
                          message=f"{r.name!r} comes from an ad read: {why}")

    @staticmethod
    def reason(r, ads, kn, gl, noise, in_ad_names, outside_text, seg=_UNSET, ner=None) -> str | None:
        """Why entity row `r` comes from an ad read, or None. `seg` is in_segment(r, ads) for an
        NER row when the caller has it, `ner` is_ner(r)."""
        ner = is_ner(r) if ner is None else ner
        if ner:
            seg = in_segment(r, ads) if seg is _UNSET else seg
            if seg is None:
                return None
        name = r.name.strip()
        key = _key(name)
        # the pattern of a name matches only where the name stands literally; one of them matches
        # only where the pattern of all the names does (the same names, with the same edge checks)
        every = ads.names_pattern
        sponsor = (next((s for s, pat in ads.name_patterns if s in name and pat.search(name)), None)
                   if every is not None and every.search(name) is not None else None) or (
            name if _is_sponsor_key(key, ads.sponsors) else None)
        if not ner and sponsor is None and len(name) >= 4 and " " not in name:
            # an LLM entry under the first word of a sponsor's name ("Cadenza" of "Cadenza Coffee")
            sponsor = ads.first_words.get(name.lower())
        elif not ner and sponsor is None and 2 <= len(words := name.split()) <= 3 and len(words[0]) >= 5:
            # or a product under it ("Brightwave Tap" of the sponsor "Brightwave Payments")
            sponsor = ads.first_words.get(words[0].lower())
        entry = gl.lookup(name)
        if ner:
            if not sponsor and (r.ep, r.index) in noise and len(parts := name.split(None, 1)) == 2:
                # a fragment glued to the sponsor's name names the sponsor ("Thanks Tallyspan" of
                # the sponsor Tallyspan, "Try Ferrowave" of "Ferrowave Cloud")
                rest = parts[1]
                sponsor = rest if _is_sponsor_key(_key(rest), ads.sponsors) else ads.first_words.get(rest.lower())
            if sponsor:
                return f"it names the sponsor {sponsor!r} inside the ad segment"
            if (r.ep, r.index) in noise and _fragment_of_ad(r):
                # "Apply in" of "Apply in minutes at mercury.com/ledger": the ad's own words
                return "it is a fragment of the ad read's words (entity-noise's finding too)"
            if (r.ep, r.index) in noise or (entry is not None and (entry.kind in ORG_KINDS or entry.kind == "person")):
                return None
            if _mentions(name, outside_text):
                return None
            return "it is named only inside the ad segment"
        context = r.context if isinstance(r.context, str) else ""
        # (a sponsor the guest also talks about outside the ad is the episode's substance: "the
        # guest's former employer; also the episode's sponsor")
        outside = None  # _mentions(name, outside_text), a scan of the text: made once, when first needed
        if r.index in ads.ad_context and not (outside := _mentions(name, outside_text)):  # ad words: found in find_ads
            return "its context says it comes from an ad"
        if sponsor:
            if outside if outside is not None else _mentions(name, outside_text):
                return None
            what = ("the episode's sponsor" if norm_key(sponsor) == key
                    else f"the episode's sponsor {sponsor!r}" if norm_key(sponsor).startswith(key)
                    else f"a product of the episode's sponsor {sponsor!r}")
            return f"it is {what}, named only in the ad read"
        if entry is not None and (entry.kind in ORG_KINDS or entry.kind == "person"):
            return None
        owner = ads.owner_pattern
        # every match of the owner pattern holds a match of the names pattern at the same place
        # (the same names, with the same edge checks): the (quick) names search gates the other
        if owner is not None and context and ads.names_pattern.search(context) is not None:
            m = owner.search(context)
            if m is not None:
                if not (outside := _mentions(name, outside_text) if outside is None else outside):
                    return f"its context makes it a product of the sponsor {(m.group(1) or m.group(2))!r}"
        if name in in_ad_names and not (_mentions(name, outside_text) if outside is None else outside):
            return "it is named only inside the ad segment"
        return None


def _talked_of(r, reads: BodyReads) -> bool:
    """Does the body's conversation hold entity row `r`: its NER window (`_in_talk`), or, for an
    LLM row, its name?"""
    if is_ner(r):
        return _in_talk(_grams_of(r.context), reads)
    return _mentions(r.name.strip(), reads.talk)


# an address in an ad read, its name before the top-level domain ("ramp" of "ramp.com/invest",
# "ridgelineapps" of "ridgelineapps dot com")
_ADDRESS_NAME = regexcache.compile(r"\b([a-z0-9][a-z0-9-]*)(?:\.|\s+dot\s+)[a-z]{2,8}\b", re.I)


def _body_sponsor_rows(ep, rows, reads: BodyReads, ad_quotes, noise, gl):
    """(row, why) for the entity rows of `ep` named in the ad reads of its body (`sponsor_body`)
    and nowhere in its conversation, its quotes that are no ad copy, its title or the NER windows
    outside the reads: the read's sponsor (named in an announcement or by the read's address), or a
    thing the ad names that is no organisation or person the glossary knows (a lab the ad names
    in passing, "trusted by OpenAI", is left alone). Fragments are entity-noise's."""
    read_text = "\n".join(reads.reads)
    read_grams = reads.grams[1]
    outside = [reads.talk]
    if isinstance(quotes := ep.data.get("quotes"), list):
        outside += [q["text"] for i, q in enumerate(quotes)
                    if isinstance(q, dict) and isinstance(q.get("text"), str) and i not in ad_quotes]
    if isinstance(title := ep.data.get("title"), str):
        outside.append(title)
    for r in rows:  # the windows of the transcript outside the reads
        if is_ner(r) and len((grams := _grams_of(r.context)) & read_grams) * 2 < len(grams):
            outside.append(r.context)
    outside_text = "\n".join(outside)
    outside_low = outside_text.lower()
    addresses = {squashed(m.group(1)) for m in _ADDRESS_NAME.finditer(read_text)}
    for r in rows:
        if not isinstance(r.name, str) or (r.ep, r.index) in noise:
            continue
        name = r.name.strip()
        if len(name) < 2 or not _mentions(name, read_text):
            continue
        if _mentions(name, outside_text) or _mentions(name.lower(), outside_low):
            continue
        key = squashed(name)
        if name in reads.sponsors or (len(key) >= 3 and any(a.startswith(key) or (len(a) >= 3 and key.startswith(a))
                                                              for a in addresses)):
            yield r, "it is the sponsor of an ad read in the transcript of the file's body, named nowhere else"
        elif (entry := gl.lookup(name)) is None or not (entry.kind in ORG_KINDS or entry.kind == "person"):
            yield r, "it is named only in the ad reads of the transcript in the file's body"


_SENTENCE_STOP = regexcache.compile(r"[.!?](?=\s|$)")


def _fragment_of_ad(r) -> bool:
    """Is the fragment NER row `r` (inside an ad segment) the start of the ad's call to action: a
    sentence that gives an address ("Apply in minutes at mercury.com/ledger.", "Join thirty
    thousand companies at brex.com/ledger.") or opens on a call's verb ("Cancel unwanted
    subscriptions and reach your goals faster at roc")? The story an ad tells ("Take Cursor.",
    "An AI is so good now ...") is no call."""
    name = r.name.strip()
    at = window_offset(r.context, name) if isinstance(r.context, str) else -1
    if at == -1:
        return False
    stop = _SENTENCE_STOP.search(r.context, at)
    return (_CALL_OPENS.match(name) is not None
            or _ADDRESS.search(r.context, at, stop.start() if stop else len(r.context)) is not None)


def _told_in_ads(ep, marked) -> tuple[str, str] | None:
    """(the episode's quotes and insights with an ad marker of their own, the others), each joined;
    None when no text has a marker."""
    if not marked:
        return None
    ads_, others = [], []
    for table in ("quotes", "insights"):
        items = ep.data.get(table)
        for i, item in enumerate(items if isinstance(items, list) else ()):
            text = item.get("text") if isinstance(item, dict) else None
            if isinstance(text, str):
                (ads_ if (table, i) in marked else others).append(text)
    return "\n".join(ads_), "\n".join(others)


def _told_row(r, ads: EpisodeAds, kn: SponsorKnowledge, gl, noise, told: tuple[str, str]) -> bool:
    """Is NER row `r`, outside the ad segments, a name told only in ad copy: in a quote or insight
    with an ad marker of its own ("Companies like Brisket & Bloom onboarded forty engineers in a
    single quarter with it": the customer of a testimonial), in no other text, and in a window
    of scripted words (no first person, no speech of the conversation), not a fragment nor a
    lab, firm or person of the field?"""
    name = r.name.strip()
    if not name[:1].isupper() or not _mentions(name, told[0]) or _mentions(name, told[1]):
        return False
    if (r.ep, r.index) in noise or ((e := gl.lookup(name)) is not None and (e.kind in ORG_KINDS or e.kind == "person")):
        return False
    key = _key(name)
    return all(_scripted_window(row, ads, kn) for row in ads.ner
               if isinstance(row.name, str) and _key(row.name) == key)


def _called_row(r, ads: EpisodeAds, kn: SponsorKnowledge) -> bool:
    """Is NER row `r`, outside the ad segments, the sponsor known from a call to action or the
    social proof of a quote (`EpisodeAds.called`: "Over three thousand startups trust Haloroute")
    in a window of ad copy: no first person, no speech of the conversation ("we use Haloroute")?"""
    return _key(r.name) in ads.called and _scripted_window(r, ads, kn)


def _copy_window_row(r, ads: EpisodeAds, kn: SponsorKnowledge) -> bool:
    """Is NER row `r`'s window, outside the ad segments, ad copy by itself (`ad_copy`) for the
    listed sponsor the row names ("... countries. Brex gives you corporate cards with ..."), in
    scripted words?"""
    name = r.name.strip()
    if name not in _name_set(tuple(kn.sponsors)) or not isinstance(r.context, str) or (
            m := _ad_copy_match(r.context, kn)) is None:
        return False  # (the list asked first: a set's look-up, not the patterns, for most rows)
    return _marker_sponsor(m).strip() == name and _scripted_window(r, ads, kn)


def _scripted_text(text: str, kn: SponsorKnowledge) -> bool:
    """Is `text` scripted words: no first person, no speech of the conversation, no unscripted talk?"""
    return (_SPEAKER.search(text) is None and not kn.conversation.search(text)
            and (kn.unscripted is None or kn.unscripted.search(text) is None))


def _scripted_window(r, ads: EpisodeAds, kn: SponsorKnowledge) -> bool:
    """Is NER row `r`'s window (its placed window, else its context) scripted words: no first
    person, no speech of the conversation, no unscripted talk?"""
    w = ads.placed.get(r.index)
    text = w.text if w is not None else r.context
    return isinstance(text, str) and _scripted_text(text, kn)


@lru_cache(maxsize=1024)
def _owner_pattern(names: frozenset) -> re.Pattern | None:
    """A sponsor named as owner in a description: "Scale's research team", "a tool by WorkOS"."""
    pat = _name_pattern(names)
    if pat is None:
        return None
    return re.compile(r"(?:^|\b(?:by|from|of)\s+)(" + pat.pattern + r")(?:['’]s)?\b|(" + pat.pattern + r")['’]s\b")




def _word_count(word: str, text: str) -> int:
    """How often `word` (a keyword, one word or more) occurs in the lowercased `text`, a plural too."""
    return len(regexcache.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?:s|es)?(?![\w-])").findall(text))


# a topic's keywords of which at least this many occur in the ad reads
_TOPIC_READ_KEYWORDS = 2


class SponsorTopic(Rule):
    """## What it does
    Flags a topic taken from an ad read, where the file carries its transcript in the Markdown body
    and its ad reads are found there (as `P801` finds them): a topic whose keywords the reads say
    more often than the whole conversation does (two of them at least, and half of its keywords),
    and whose own name has a word of the reads ("startup banking" with the keywords "wires",
    "bills", "cards", "runway" from Mercury's read). A topic the conversation dwells on is not
    flagged though an ad touches it ("real estate" beside a landlord app's read).

    ## Why it matters
    A topic is what the episode is indexed and recommended under; the sponsor's pitch as a topic
    sends listeners to an episode about something it never discussed.

    ## Example
    ```yaml
    topics:
    - topic: startup banking                    # flagged: only Mercury's ad read says its keywords
      keywords: [wires, bills, cards, runway]
    - topic: copyright                          # fine: the conversation's
      keywords: [fair use, headnotes, licensing]
    ```

    ## Fix safety
    Unsafe: the fix removes the topic.
    """

    code = "P803"
    name = "sponsor-topic"
    family = "sponsor"
    severity = Severity.WARNING
    summary = "Topic taken from an ad read (its keywords are the read's)"
    fixable = "unsafe"

    def check(self, batch):
        bodies = body_reads(batch)
        if not bodies:
            return
        for n, i, topic, keywords in batch.rows("topics", "ep", "index", "topic", "keywords"):
            if n not in bodies or not isinstance(topic, str) or not isinstance(keywords, list):
                continue
            words = [k for k in keywords if isinstance(k, str) and k.strip()]
            reads = bodies[n]
            read = "\n".join(reads.reads).lower()
            in_read = [_word_count(k, read) for k in words]
            said = sum(1 for c in in_read if c)
            if said < _TOPIC_READ_KEYWORDS or 2 * said < len(words):
                continue
            talk = reads.talk.lower()
            if sum(in_read) <= sum(_word_count(k, talk) for k in words):
                continue
            if not any(_word_count(w, read) for w in re.findall(r"[^\W\d_][\w'-]*", topic.lower())
                       if not is_common_word(w) or len(w) > 3):
                continue
            ep = batch.episodes[n]
            path = f"topics[{i}].topic"
            if path not in ep.scalars:
                continue
            start, end, _ = ep.locate(path)
            item = f"topics[{i}]"
            edits = item_removal(ep, item)
            fix = Fix("unsafe", f"Remove {item}", tuple(edits), (item,)) if edits else None
            shown = ", ".join(repr(k) for k, c in zip(words, in_read) if c)
            yield ep.finding(self, path=path, start=start, end=end, evidence=topic.strip(), fix=fix,
                             message=f"{item} is the ad read's topic: its keywords {shown} are said in the "
                                     f"ad reads more than in the conversation")
