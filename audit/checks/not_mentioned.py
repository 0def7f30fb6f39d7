"""Not mentioned: entities the LLM listed while saying, in their own context, they were not in the episode."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce
from itertools import compress
from operator import or_
from re import _parser

from ..findings import Fix, Severity
from ..glossary import glossary
# regex analysis shared with the sponsor rules (literal pre-filters derived from the patterns)
from ..prefilter import GROUP_NUMBER, fold, needs_non_ascii, pattern_literals, search_from_prefixes
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from .base import Rule, item_removal
from .. import regexcache
from ..textmatch import abbreviates

# A transcript window (NER entry) is ~100 characters of speech; only a short one can be a verdict.
_WINDOW_VERDICT_MAX = 60


@dataclass
class Scope:
    """What keeps a denial from being about the entity's presence (`scope` in the rule set): regexes
    matched right after the statement (`depth`, `time`, `elsewhere`), at the end of it (`depth_verb`), before a
    quote holding it (`reporting`), and clauses that say the entity was mentioned (`affirmed`); a
    part of the episode right after the statement (`parts`: "not mentioned in the US segment");
    someone outside the episode it was not told to (`audience`: "never mentioned it to investors");
    a topic or a role the entity was not named with (`relation`: "never mentioned in connection with
    the drones", "not mentioned as being in production")."""
    depth: re.Pattern
    time: re.Pattern
    depth_verb: re.Pattern
    reporting: re.Pattern
    affirmed: re.Pattern
    elsewhere: re.Pattern
    parts: re.Pattern
    audience: re.Pattern
    relation: re.Pattern


_NEVER = regexcache.compile(r"(?!x)x")


@dataclass
class Phrases:
    statements: re.Pattern
    leading: re.Pattern
    severity: dict[str, Severity | None]
    # the statements one by one, each with the literal sets a text must hold for it to match
    # (`required_sets`) and the strings its matches start with (`match_prefixes`, or None); None when
    # a pattern refers to a group by number (joined, it would not)
    statement_parts: tuple[tuple[re.Pattern, tuple[frozenset[str], ...], frozenset[str] | None], ...] | None = None
    scope: Scope | None = None
    # the last resort (`clause` in the rule set): a negator governing a word of mentioning
    clause: re.Pattern = _NEVER
    # the clause regex with its literal sets and prefixes, as `statement_parts`
    clause_parts: tuple[tuple[re.Pattern, tuple[frozenset[str], ...], frozenset[str] | None], ...] | None = None
    # what in a clause denial is a thing other than the entity (`clause_other`)
    clause_other: re.Pattern = _NEVER
    # a participle of mentioning in another language (`other_languages.affirmed`), and the negators
    # before one that make it a denial (`other_languages.negators`, matched at the end of a window)
    affirmed_abroad: re.Pattern = _NEVER
    negated_abroad: re.Pattern = _NEVER
    # the literal sets of the statements and the clause as `_Gates`, built when first asked
    _gates: "_Gates | None" = field(default=None, repr=False, compare=False)

    def search_statements(self, texts: list[str]) -> list[re.Match | None]:
        """[self.statements.search(t) for t in texts]: each statement searched for only in the
        texts holding its literals (`_Gates`), the earliest match kept (the first statement on a
        tie), as the joined regex's alternation finds it."""
        return self.search(texts)[0]

    def search(self, texts: list[str]) -> tuple[list[re.Match | None], list[bool]]:
        """`search_statements(texts)`, and for each text whether it holds the literals a clause
        denial needs (a text without them is not searched for one)."""
        if self.statement_parts is None or len(texts) < 2:
            return [self.statements.search(t) for t in texts], [True] * len(texts)
        if self._gates is None:
            self._gates = _Gates(self.statement_parts, self.clause_parts)
        gates = self._gates
        statements, clause_needs = gates.statements, gates.clause
        found: list[re.Match | None] = []
        clause: list[bool] = []
        for text in texts:
            low = fold(text)
            held, candidates = gates.held(low)
            best = None
            while candidates:  # the statements whose first set the text meets, in order
                k = (candidates & -candidates).bit_length() - 1
                candidates &= candidates - 1
                pattern, rest, prefixes = statements[k]
                for need in rest:  # ... and each of their other sets
                    if not held & need:
                        break
                else:  # tried only where a match can start (the literals it starts with), when known
                    m = pattern.search(text) if prefixes is None else search_from_prefixes(pattern, prefixes, text, low)
                    if m is not None and (best is None or m.start() < best.start()):
                        best = m  # the earliest match, the first statement on a tie
            found.append(best)
            clause.append(all(held & need for need in clause_needs))
        return found, clause


def _needs_non_ascii(pattern: re.Pattern) -> bool:
    """Does every match of `pattern` hold a non-ASCII character (a literal or a class of such
    characters that no match can skip)? A pattern this cannot read: False."""
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a shape the parser of this Python does not take
        return False
    return needs_non_ascii(items)


class _Gates:
    """The literal sets a text must hold for a statement to match it (`required_sets`, and the
    strings its matches start with: `match_prefixes`), and for the clause denial: a text is searched
    for a statement only when it holds a literal of each of its sets. The sets are necessary
    conditions of a match, so no match is lost.

    The literals a text holds are the bits of an int. A literal without white space stands inside
    one word of the text (a run without white space: "didn't", "(mentioned,"), so the text holds it
    exactly when one of its words does: a word's literals are found once (its substrings looked up)
    and remembered across episodes, as are the statements whose first set it meets (words recur,
    texts do not). A literal with a space ("no one") counts as held where each of its words is
    held (inside some word of the text): more texts than hold it, which costs a search, not a match."""

    _WORDS_MAX = 200_000  # words remembered at most (then forgotten all at once)

    def __init__(self, statement_parts, clause_parts):
        def sets(s, prefixes):
            return (*s, *((prefixes,) if prefixes else ()))

        parts = [sets(s, p) for _, s, p in statement_parts]
        clause = sets(*clause_parts[0][1:]) if clause_parts else ()
        literals = sorted({n for needs in (*parts, clause) for needles in needs for n in needles})
        spaced = [n for n in literals if any(c.isspace() for c in n)]
        chunks = {c for n in spaced for c in n.split()}
        self.bit = {n: 1 << i for i, n in enumerate(sorted(set(literals) | chunks))}
        # the literals looked up inside a word, by length
        self.table = {n: b for n, b in self.bit.items() if n not in spaced}
        self.lengths = sorted({len(n) for n in self.table})
        self.spaced = tuple((self.bit[n], self._mask(n.split())) for n in spaced)
        # each statement with the masks of its sets but the first (the text meets that one: `held`)
        self.statements = tuple((pattern, tuple(self._mask(n) for n in needs[1:]), p)
                                for (pattern, _, p), needs in zip(statement_parts, parts))
        self.clause = tuple(self._mask(n) for n in clause)
        # the statements whose first set holds each literal, as bits of an int above the literals'
        # (a word's value in `words`: its literals and those statements in one int); a statement
        # without sets is tried on every text
        self.shift = len(self.bit)
        self.first: dict[int, int] = {}
        self.always = 0
        # a statement every match of which holds a non-ASCII character ("não há menção", a denial in
        # Russian or Chinese) is tried on no ASCII text
        self.non_ascii = 0
        for k, needs in enumerate(parts):
            if _needs_non_ascii(statement_parts[k][0]):
                self.non_ascii |= 1 << k
            if not needs:
                self.always |= 1 << k
                continue
            for n in needs[0]:
                self.first[self.bit[n]] = self.first.get(self.bit[n], 0) | 1 << (self.shift + k)
        self.spaced_first = tuple((bit, chunks_mask, bit | self.first.get(bit, 0)) for bit, chunks_mask in self.spaced)
        self.literal_bits = (1 << self.shift) - 1
        self.words: dict[str, int] = {}

    def _mask(self, literals) -> int:
        out = 0
        for n in literals:
            out |= self.bit[n]
        return out

    def held(self, low: str) -> tuple[int, int]:
        """The literals `low` (a folded text) holds, and the statements whose first set it meets."""
        words = self.words
        found = set(low.split())
        new = [w for w in found if w not in words]
        if new:
            if len(words) + len(new) > self._WORDS_MAX:
                words.clear()
                new = found
            for w in new:
                words[w] = self._word(w)
        both = reduce(or_, map(words.__getitem__, found), self.always << self.shift)
        for bit, chunks_mask, value in self.spaced_first:
            if both & chunks_mask == chunks_mask:
                both |= value
        return both & self.literal_bits, (both >> self.shift) & ~self.non_ascii if low.isascii() else both >> self.shift

    def _word(self, w: str) -> int:
        table, both, size = self.table, 0, len(w)
        for length in self.lengths:
            if length > size:
                break
            for i in range(size - length + 1):
                b = table.get(w[i:i + length])
                if b is not None and not both & b:
                    both |= b | self.first.get(b, 0)
        return both


# the kinds of product an entity's context calls it by ("The agent is not named", "the device itself is
# never mentioned"), beside company, product, model, tool, platform: the entity itself, no other thing
_SELF_KIND_NOUNS = "agent|assistant|app|application|chatbot|device|chip|robot|"


# What stands right before a "not mentioned" statement when the statement is about something else
# than the entity: a thing the entity has ("its CEO was not named", "their revenue is not
# mentioned"; its name is the entity's own), a thing that is no entity ("the amount was not
# mentioned"), or the entity's own doing ("a company that does not mention AI in its filings").
_OTHER_SUBJECT = regexcache.compile(
    r"(?:\b(?:its|their|his|her)\s+(?!names?\b)[\w'’-]+(?:\s+[\w'’-]+)?(?:,?\s+(?:who|which|that))?"
    r"|\bthe\s+(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS +
    r"service|business|name|names|term|word|speakers?|hosts?|guests?|transcript|episode|podcast|conversation|"
    r"discussion|text|interview|"
    # an organisation's kind, itself ("the foundation itself is never brought up")
    r"(?:foundation|agency|institute|institution|nonprofit|non-profit|university|regulator|consortium|association|"
    r"society|alliance|coalition|ministry|department|commission|council|fund|bank|publisher|studio)\s+(?:itself|themselves))\b)(?!(?!(?:rival|other|competing|second|another|former|parent|holding|sister|partner)\b)"
    r"[\w-]+\s+(?:(?!(?:rival|other|competing|parent|holding|sister|partner)\b)[\w-]+\s+)?(?:maker|manufacturer|vendor|supplier|provider|developer|"
    r"operator|producer|retailer|chipmaker|carmaker|automaker|company|firm|lab|startup|brand|organi[sz]ation|business)\s)[\w-]+(?:\s+[\w-]+)?"
    # ... or other things of its kind ("other memory makers were not named")
    r"|\b(?:other|rival|competing|similar)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    # ... or a thing named by a noun of the entity's kind before its head ("the product names were never
    # stated", "the company roadmap was not discussed"), unlike its own name or itself ("the company name
    # was never said", "the company itself is not mentioned")
    r"|\bthe\s+(?:company|firm|lab|startup|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS + r"service|business)(?:['’]s)?"
    r"\s+(?!(?:name|itself|themselves|also|only|just|ever|really|actually|directly|explicitly|never|not|specifically|"
    r"was|were|is|are|has|have|had)\b)[\w-]+)"
    # (itself, as another org's: "the Thread Group itself was not named")
    r"\s+(?:(?:itself|themselves)\s+)?(?:was|were|is|are|has\s+been|have\s+been|had\s+been|went|goes|go|remain(?:s|ed)?|stay(?:s|ed)?)\s+$"
    r"|\b(?:that|which|who)\s+$"
    # a thing of the entity in a relative clause ("a company whose earnings were not mentioned")
    r"|\bwhose\s+(?!names?\b)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?$"
    # a relative clause on another noun ("the employer of a guest who was not named"), not on the entity
    r"|\b(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS + r"service|business|"
    r"one|it)\b)[a-z]+\s+(?:that|which|who)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$"
    # ... set off by a comma ("The guest, who was not named, works at Google"), after a common noun
    r"|\b(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS + r"service|business|"
    r"one|it)\b)(?-i:[a-z]+),\s+(?:that|which|who)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$"
    # a lowercase plural subject, unless a noun of mentioning or proof ("investors are not named", unlike
    # "mentions were not found")
    r"|(?<![\w'’-])(?!(?:mention|reference|citation|record|sign|trace|indication|hint|name|time|word|callout|instance|"
    r"occurrence|result|hit|match)e?s\b)(?-i:[a-z]{3,}s)\s+(?:are|were|have\s+been|had\s+been)\s+$"
    # ... with a phrase after it ("training details beyond public data were not discussed")
    r"|(?<![\w'’-])(?!(?:mention|reference|citation|record|sign|trace|indication|hint|name|time|word|callout|instance|"
    r"occurrence|result|hit|match)e?s\b)(?-i:[a-z]{3,}s)\s+(?:beyond|of|about|on|for|from|behind|around|regarding)\s+"
    r"(?:(?-i:[a-z][\w'’-]*)\s+){1,3}(?:are|were|have\s+been|had\s+been)\s+$"
    # a bare noun that is no entity ("financial details not mentioned", "terms were not disclosed")
    r"|\b(?:details|terms|amounts?|figures?|numbers|pric(?:e|es|ing)|valuations?|revenues?|funding|"
    r"dates?|timelines?|specifics|reasons?|costs?|sums?|plans|financials|metrics|specs)\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?$",
    re.I)
# the passive of "no mention of X": "no mention was made of X" (its object read the same way)
_MADE_OF = r"(?:(?:is|was|are|were|has\s+been|had\s+been|being)\s+made\s+)?"
# What follows an active "did not mention" when its object is something else than the entity: a
# thing it has ("did not mention its valuation", "no mention is made of its revenue") or a thing
# that is no entity ("the price").
_OTHER_OBJECT = regexcache.compile(
    rf"(?:\s+{_MADE_OF}(?:of|to|about))?\s+(?:(?:its|their|his|her)\s+(?!names?\b)"
    r"|the\s+(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS +
    r"service|business|name|names)\b))[\w-]",
    re.I)
# ... or a lowercase word that is no pronoun, determiner of the entity, adverb or preposition ("did
# not cite any numbers", "does not discuss pricing")
_OTHER_WORD_OBJECT = regexcache.compile(
    r"\s+(?!(?:it|this|that|them|him|her|the|its|their|his|either|by|explicitly|directly|once|ever|at|in|"
    r"during|on|anywhere|specifically|actually|really|so|to|as|or|and|but|with|here|there|of|about|for)\b)[a-z]")
# a verb of avoiding or silence ("steers clear of", "sidesteps", "is silent on"): another name after it is what was avoided
_AVOID_END = regexcache.compile(r"(?:\bof|\bfrom|\bon|\babout|\bregarding|\bconcerning|sidestep(?:s|ped)?|skirt(?:s|ed)?|\baround)$", re.I)
_PERFECT_BEFORE = regexcache.compile(r"\b(?:has|have|had)\s*$", re.I)  # "has| not mentioned", "has|n't mentioned"
_PAST_VERB_END = regexcache.compile(r"(?:mentioned|named|referenced|cited|discussed|stated|said|identified)$", re.I)
# ... or an object that no passive participle takes: "has not stated a price", "did not say when"
_PAST_OBJECT = regexcache.compile(r"\s+(?:(?:a|an|any)\s+(?!(?:single|one|time|bit|way)\b)|(?:what|whether|when|how|why|where)\b)", re.I)
# ... but an implicit mention's verb takes no object: "Implicitly referenced when the guest talks
# about enterprise LLMs" says when the entity was only implied
_IMPLICIT = regexcache.compile(r"\b(?:implicit\w*|implied|indirect\w*|allud\w*|inferr?\w*|by\s+implication)\b", re.I)
_ACTIVE_VERB_END = regexcache.compile(
    r"(?:mentions?|names?|references?|discuss(?:es)?|cites?|refers?\s+to|talks?\s+about|mentioning|naming|saying|uttering|(?:get|gets|got)\s+(?:around\s+)?to)$",
    re.I)


# What follows a statement that makes it about something else: a role the entity was not named in,
# with the mention it had after a contrast ("not mentioned as a competitor, but discussed as a
# partner"), or a place outside the episode ("not mentioned more often in the press", "not named in
# the filing")
_OTHER_AFTER = regexcache.compile(
    r"\s+as\s+(?:an?|the|its|their)\s+[^.;]{1,50}?\b(?:but|rather|instead)\b\s*(?:(?:is|was|it\s+is|it\s+was)\s+)?"
    r"(?:(?:explicitly|directly|clearly|repeatedly|also)\s+)?(?:mentioned|named|discussed|referenced|cited|described|"
    r"brought\s+up|called|introduced|presented|praised|criticized|criticised|as)\b"
    r"|\s+(?:more\s+often|as\s+often|enough|in\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:press|media|news|filings?|reports?|"
    r"papers?|press\s+releases?|announcements?|coverage|literature|documentation|docs|earnings\s+calls?|prospectus))\b"
    # an implicit mention made explicit later: "Mentioned implicitly and then explicitly as the engine"
    r"|\s*,?\s+(?:and|but|then|before\s+being|later)\s+(?:(?:then|later|also)\s+)?(?:explicitly|directly|by\s+name|named|"
    r"mentioned\s+(?:explicitly|directly|by\s+name))\b"
    # a double negative: "Never mentioned without a caveat", "not named without the host's prompting"
    r"|\s+without\s+(?:a|an|some|its|their|his|her|the|being)\b"
    # a mention made to someone, outside the episode ("they have not mentioned it to their board yet")
    r"|\s+(?:it|them|this|that)\s+to\s+(?:their|his|her|our|my|your)\s+\w",
    re.I)
# the subject of a statement, when it is a name ("Microsoft is not mentioned" in Google's context,
# "R2 has not appeared" in DeepSeek's)
_NAME_SUBJECT = regexcache.compile(
    r"(?<![\w'’-])((?-i:[A-Z][\w&.’'-]*)(?:\s+(?-i:[A-Z][\w&.’'-]*)){0,3})\s+"
    r"(?:is|was|are|were|has|have|had|has\s+been|have\s+been|had\s+been)\s+$", re.I)
# ... unless it names the entity by what it makes or runs ("The maker of Firefox is not raised")
_MAKER_OF_SUBJECT = regexcache.compile(r"\b(?i:the)\s+(?:maker|creator|developer|owner|operator|publisher|builder)\s+of\s+(?:the\s+)?[A-Z]")


# What follows "no mention"/"no reference" when its object is something else than the entity: a
# lowercase word that is no pronoun or determiner ("no mention of layoffs", "no mention was made of
# regulation")
# a statement ending in the noun: "no mention", "without any reference", "indirect reference"
_NOUN_STATEMENT = regexcache.compile(r"(?<!\S)(?:no|without|any|a|implicit|indirect|explicit|direct|specific|actual|clear|"
                             r"real|verbatim|named)\s+(?:mention|reference|citation)s?$", re.I)
_NOUN_STATEMENT_END = regexcache.compile(r"(?:mention|reference|citation)s?$", re.I)
_OTHER_NOUN_OBJECT = regexcache.compile(rf"\s+{_MADE_OF}(?:of|to|about)\s+(?!(?:it|this|that|these|those|them|him|her|the|its|their|any|an?|either|which|what)\b)[a-z]")


# a role after the statement ("not mentioned as an investor"): no denial where the context says
# the entity was mentioned
_ROLE_AFTER = regexcache.compile(r"\s+as\s+(?:an?|the|its|their|one\s+of)\s+\w", re.I)
# a denial of a guess ("Inferred role as supplier; the company is named by the guest")
_WEAK = regexcache.compile(r"\b(?:impl|infer|assum|presum|allu|indirect|deduc|deriv)", re.I)
# "does not appear to care" (seem), unlike "does not appear to be mentioned"
_APPEAR_TO = regexcache.compile(r"\s+to\s+(?!be\s+(?:\w+\s+)?(?:mentioned|named|referenced|discussed|present|in)\b)", re.I)
_APPEAR_END = regexcache.compile(r"appears?$", re.I)
# an adjective before its noun: "an unmentioned hero", unlike "Unmentioned in the episode"
_ADJECTIVE = regexcache.compile(r"un(?:mentioned|named|referenced|cited)$", re.I)
# a negator before a denial: two negators cancel ("not unmentioned")
_DOUBLE = regexcache.compile(r"\b(?:not|never|no)\s+$", re.I)
_ARTICLE_BEFORE = regexcache.compile(r"\b(?:an?|the|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = regexcache.compile(r"\s+(?!(?:in|by|on|at|during|throughout|and|or|but|so|here|there|anywhere|as|until|"
                         r"except|from|to|for|within|either|yet)\b)[a-z]", re.I)
# a quoted stretch of words (single quotes only where no letter stands outside them: not "doesn't")
_QUOTE_CHARS = regexcache.compile("['\"“‘]")
_QUOTE = regexcache.compile(r"(?<!\w)'.{1,80}?'(?!\w)|\"[^\"]{1,120}\"|“[^”]{1,120}”|(?<!\w)‘.{1,80}?’(?!\w)")


def _affirmed_elsewhere(context: str, m: re.Match, scope: Scope) -> bool:
    """Does a clause of `context` outside the statement `m` say the entity was mentioned? Not one
    that is the statement's means ("Only implied through a passing reference to 'the biggest
    lab'": the reference was to something else)."""
    return any(a.end() <= m.start() or (a.start() >= m.end() and not _MEANS.fullmatch(context, m.end(), a.start()))
               for a in scope.affirmed.finditer(context))


# between a statement and a clause after it: the clause is how the entity was implied
_MEANS = regexcache.compile(r"\s+(?:only\s+|just\s+|merely\s+)?(?:through|via|by|from|with)\s+", re.I)


# "no one mentioned" in a relative clause on another noun without "that" ("Stargate, a project no
# one mentioned last year"): the noun before it is the object
_NOBODY = regexcache.compile(r"(?:no\s+one|nobody)\b", re.I)
# a noun of the entity's kind before a relative pronoun that is the object of "nobody names": the
# entity described ("Garmin is an avionics maker that nobody on the episode names"; "a deal that
# nobody mentions" is another thing)
_KIND_THAT = regexcache.compile(
    r"\b(?:company|firm|lab|startup|start-up|brand|organi[sz]ation|business|maker|manufacturer|vendor|supplier|"
    r"provider|developer|operator|producer|retailer|platform|service|tool|product|model|" + _SELF_KIND_NOUNS +
    r"chipmaker|carmaker|automaker|airline|airframer|bank|insurer|publisher|studio|player|rival|competitor|peer)"
    r"\s+(?:that|which|whom)\s+$", re.I)
_NOUN_BEFORE = regexcache.compile(
    r"\b(?:a|an|the|another|one)\s+(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|"
    r"platform|service|business|name|episode|transcript|podcast|conversation|discussion|show|interview)\b)[a-z]+\s+$")
# a plural noun denied with "no" ("no benchmarks were cited", "no numbers were given", "no pricing
# details were mentioned"): a thing that is no entity, unless the noun is one of mentioning or proof
# ("no mentions were found", "no direct references were made")
_NO_PLURAL_THING = regexcache.compile(
    r"no\s+(?:(?:other|more|further|additional|similar|competing|rival|specific|such)\s+)?(?:[a-z-]+\s+){0,2}?(?!(?:mention|reference|citation|record|sign|trace|indication|hint|name|time|word|callout|instance|"
    r"occurrence|result|hit|match)e?s\b)[a-z]{2,}[^\Ws]s\s+(?:were|are|have\s+been|had\s+been|got)\s"
    # ... or a thing of it in the singular: "No sponsorship was mentioned", "no pricing was given"
    # (not the entity itself: "No company was mentioned", "no such name was mentioned")
    r"|no\s+(?:(?:other|more|further|additional|specific|such)\s+)?(?:(?-i:[a-z-]+)\s+){0,2}?(?!(?:mention|reference|citation|record|sign|trace|indication|hint|name|time|word|callout|instance|"
    r"occurrence|result|hit|match|one|evidence|proof|suggestion|company|firm|lab|entity|brand|startup|organi[sz]ation|product|model|tool|service|"
    r"platform|app|vendor|provider|business|person|such)\b)(?-i:[a-z]{3,})(?<!s)\s+(?:was|is|has\s+been|had\s+been|got)\s", re.I)

# an elliptical denial: "Although search is discussed, Google is not." (the verb of mentioning
# earlier in the sentence, the subject the entity's name or "the company"): its end found first
_ELLIPSIS_END = regexcache.compile(r"\s+(?:is|was|are|were)(?:\s+not|n['’]t)\s*(?:[.;!)]|$)", re.I)
_MENTION_BEFORE = regexcache.compile(
    r"\b(?:mentioned|named|referenced|cited|discussed|brought\s+up|covered|talked\s+about)\b[^.!?]*$", re.I)
_SUBJECTS = ("the company", "the firm", "this company")
# a hedged guess, judged only where no other statement matched (their evidence says more):
# "Unclear if mentioned; probably inferred", "likely only implied"
# ... or of a hallucination: "Likely a hallucination", "likely hallucinated", "Hallucinated entity" (not "known
# for its low hallucination rate", "the chatbot probably hallucinated the answer")
_HEDGED = regexcache.compile(r"\b(?:probably|likely|possibly|presumably|apparently)\s+(?:only\s+)?"
                             r"(?:implied|inferred|alluded\s+to)\b"
                             r"|\b(?:likely|probably|possibly|perhaps|apparently|seemingly|maybe|appears\s+to\s+be|may\s+be|"
                             r"might\s+be|could\s+be)\s+(?:an?\s+)?(?:hallucinat(?:ed|ion)|(?:LLM|model|extraction)\s+"
                             r"(?:hallucination|error))\b(?!\s+(?:rates?|benchmarks?|problems?|issues?|research|of\b))"
                             r"(?!\s+(?!(?:by|from|in|during|and|or|here|entirely|altogether|as)\b)(?-i:[a-z]))"
                             r"|\bhallucinated\s+(?:entity|entry|name|company|reference|mention|extraction|organi[sz]ation)\b",
                             re.I)


class _Span:
    """A match-like span (start, end, group) of a denial found without one regex match."""
    __slots__ = ("_start", "_end", "_text")

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


def _elliptical_denial(context: str, name: str | None) -> _Span | None:
    """"Although search is discussed, Google is not.": a clause whose subject is the entity and
    whose verb is left out after "is not", with a verb of mentioning before it in the sentence."""
    if not name:
        return None
    for e in _ELLIPSIS_END.finditer(context):
        head = context[:e.start()]
        cut = max(head.rfind(c) for c in ",;.()")
        subject = head[cut + 1:].strip().lower()
        if not (subject.endswith(name.lower()) or subject.endswith(_SUBJECTS)):
            continue
        start = cut + 1 + (len(head[cut + 1:]) - len(head[cut + 1:].lstrip()))
        if _MENTION_BEFORE.search(context, 0, start):
            return _Span(context, start, e.end())
    return None


# where the object of a statement starts: "no mention of xAI", "never mentions eBay"
_OBJECT_START = regexcache.compile(r"\s+(?:(?:of|to|about)\s+)?")


def _entity_object(context: str, j: int, name: str | None) -> str:
    """What the object after context[:j] is when it starts with the entity's own name: "name"
    ("no mention of xAI in the episode": a name that starts lowercase would otherwise read as an
    ordinary word), "thing" for a thing the entity has ("no mention of xAI's Grok"), else ""."""
    if not name:
        return ""
    k = _OBJECT_START.match(context, j)
    k = k.end() if k is not None else j
    if (owner := _OWNER_BEFORE_NAME.match(context, k)) is not None:
        at = owner.end()
        if context[at:at + len(name)].lower() == name.lower() and not (
                at + len(name) < len(context) and (context[at + len(name)].isalnum() or context[at + len(name)] in "-_'’")):
            return "name"  # the entity by its maker's possessive ("no reference to Scale's SEAL leaderboards")
    end = k + len(name)
    if context[k:end].lower() != name.lower() or (
            end < len(context) and (context[end].isalnum() or context[end] in "-_")):
        # "the" and the name, or an acronym's words, then the clause's end ("never refer to the
        # ONC, but ...", "... to the Office of the National Coordinator, but ...")
        the = _THE_OBJECT.match(context, k)
        if the is None:
            return ""
        said = the.group(1)
        if not (said.lower() == name.lower() or (_ACRONYM_NAME.fullmatch(name) and abbreviates(name, said))
                or (_ACRONYM_NAME.fullmatch(said) and abbreviates(said, name))):
            return ""  # (the entity's acronym: "no reference to the FSF" of Free Software Foundation)
        return "name"
    if context.startswith(("'s", "’s"), end) or (name[-1:] in "sS" and context.startswith(("'", "’"), end)):
        return "thing"
    return "name"


# a maker's possessive before an object ("Scale's", "Google DeepMind's")
_OWNER_BEFORE_NAME = regexcache.compile(r"(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*))?['’]s\s+")


# "the" and capitalised words (small words between them) that end the object: a stop or a
# conjunction after them ("the Office of the National Coordinator, but")
_THE_OBJECT = regexcache.compile(
    r"(?:the\s+)?([A-Z][\w&.-]*(?:\s+(?:(?:of|the|and|for|&)\s+)*[A-Z][\w&.-]*)*)"
    r"(?=\s*(?:[,;:)!?]|\.(?:\s|$)|$)|\s+(?:but|and|though|although|because|or|in|during|on|at|anywhere|itself|either|explicitly)\b)")
_ACRONYM_NAME = regexcache.compile(r"[A-Z][A-Z&]{1,6}")


# a capitalised object after a verb or noun of mentioning: a name ("no one mentions Teams")
_NAME_OBJECT = regexcache.compile(r"\s+(?:(?:of|to|about)\s+)?([A-Z][\w&.-]*)")
_NAME_SPLIT = regexcache.compile(r"[\s.,&/()-]+")
# capitalised words that name no other thing
_NO_NAME_OBJECT = frozenset("""it its this that these those them their the a an any anyone anything either in on
    at by during throughout anywhere here there i""".split())


# the nouns a statement names the entity by, capitalised at its start ("Name was never said aloud")
_SUBJECT_NOUNS = frozenset("""name names entity company firm lab brand startup organization organisation product
    model tool platform service business term word mention reference""".split())


def _other_name(context: str, j: int, name: str | None) -> bool:
    """Is the object after context[:j] a name other than the entity's ("no one mentions Teams"
    for Slack)? A word of the entity's own name is the entity ("nobody mentions DeepMind")."""
    if not name:
        return False
    k = _NAME_OBJECT.match(context, j)
    if k is None:
        return False
    word = k.group(1).rstrip(".-").lower()
    return bool(word) and word not in _NO_NAME_OBJECT and word not in _name_words(name)


# the subject of an _OTHER_SUBJECT match: "the" or a possessive, its words, the verb
_SUBJECT_WORDS = regexcache.compile(r"^(?:the|its|their|his|her)\s+(.+?)\s+(?:was|were|is|are|has|have|had)\b", re.I)


def _own_subject(subject: str, name: str | None) -> bool:
    """Is the subject "the" and words of the entity's own name, each capitalised ("The Times is
    not referenced" for The New York Times)? "The Google deal was not mentioned" is a thing of it."""
    if not name:
        return False
    m = _SUBJECT_WORDS.match(subject)
    if m is None:
        return False
    words = m.group(1).split()
    if len(words) > 1 and words[-1].lower() in _PRODUCT_NOUNS:
        words = words[:-1]  # "The Humane pin is not brought up": the entity's product, named by it
    own = _name_words(name)
    while len(words) > 1 and words[0].islower() and words[-1].lower() in own:
        words = words[1:]  # "The inference chip startup Groq isn't raised": the entity, described
    return all(w[:1].isupper() for w in words) and {w.lower() for w in words} <= own


# nouns of a firm's product after its name in a subject ("the Humane pin", "the Rabbit device"), unlike
# its deals and events ("the Google deal")
_PRODUCT_NOUNS = frozenset(("pin", "device", "devices", "phone", "phones", "app", "apps", "glasses", "headset",
                            "chip", "chips", "model", "models", "robot", "robots", "assistant", "browser", "wearable",
                            "car", "cars", "platform", "product", "products", "tool", "tools"))


def _name_words(name: str) -> set[str]:
    """The words of a name, lowercase ("Google DeepMind" -> {"google", "deepmind"}), with those of
    the glossary's forms of it (`_ALIAS_WORDS`: "Ai2" of "Allen Institute for AI")."""
    words = {w.lower() for w in _NAME_SPLIT.split(name) if w}
    aliases = _ALIAS_WORDS.get(name)
    return words | aliases if aliases else words


# an entity's name -> the lowercase words of the glossary's forms of it, for the names the glossary
# knows (bounded by its size), filled as the rule meets them; emptied when another glossary (another
# rule set) asks
_ALIAS_WORDS: dict[str, frozenset[str]] = {}
_ALIAS_GLOSSARY: list = [None]


def _learn_aliases(name: str, gl) -> None:
    if _ALIAS_GLOSSARY[0] is not gl:
        _ALIAS_WORDS.clear()
        _ALIAS_GLOSSARY[0] = gl
    if name not in _ALIAS_WORDS and (entry := gl.lookup(name.strip())) is not None:
        _ALIAS_WORDS[name] = frozenset(w.lower() for form in entry.accepted for w in _NAME_SPLIT.split(form) if w)


def _left_out_other(m: re.Match, name: str | None) -> bool:
    """Is the name that a "leaves X out" statement leaves out another than the entity's?"""
    if not name or not any(g.startswith("left_out") for g in m.re.groupindex):
        return False
    other = next((v for g, v in m.groupdict().items() if g.startswith("left_out") and v), None)
    return bool(other) and _name_words(other).isdisjoint(_name_words(name))


def _subject_windows(context: str, m: re.Match) -> list[tuple[str, int, int]]:
    """The (text, start, end) spans in which the subject of the statement `m` is searched: the 60 characters
    before it, which end with a space; a statement that starts with a contraction's "n't" ("the
    deal wasn't mentioned") has its verb before it, and a space is put after that verb; one that starts
    with "did not" ("its CEO did not appear") has its subject before it: it is also searched with "is"
    put after it."""
    a = max(0, m.start() - 60)
    if context.startswith(("n't", "n’t", "N'T", "N’T"), m.start()):
        return [(context[a:m.start()] + " ", 0, m.start() - a + 1)]
    if _DO_SUPPORT.match(m.group()):  # "its CEO did not appear": the subject also as before "is"
        return [(context, a, m.start()), (context[a:m.start()] + "is ", 0, m.start() - a + 3)]
    return [(context, a, m.start())]


_DO_SUPPORT = regexcache.compile(r"(?:do|does|did)(?:\s*n[o'’]t\b|\s+not\b)", re.I)


# a name inside a denial, as its clause's subject: capitalised words past the statement's first word
_INNER_NAME = regexcache.compile(r"(?<=\s)(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(['’]s\s+[\w-]+)?"
                                 r"(?=\s+(?:was|were|is|are|has|had|ever|came|comes|come|appears?|appeared)\b)")


def _named_subject_other(statement: str, name: str) -> bool:
    """Does a denial name, as its subject, another name than the entity's, or a thing of the
    entity's ("no indication that Google came up", "... that Acme's CEO was mentioned")?"""
    if not any(c.isupper() for c in statement[1:]):
        return False
    own = _name_words(name)
    for k in _INNER_NAME.finditer(statement):
        words = _name_words(k.group(0)[:len(k.group(0)) - len(k.group(1) or "")])
        if words <= _NO_NAME_OBJECT:
            continue  # ("No Mention", "Not Found": a heading's capitals)
        if k.group(1) or words.isdisjoint(own):
            return True
    return False


def _about_other(context: str, m: re.Match, scope: Scope | None = None, name: str | None = None) -> bool:
    """Is the statement `m` about something else than the entity (see `_OTHER_SUBJECT`, `_OTHER_OBJECT`,
    `_OTHER_AFTER`), or about a depth, time or role the entity was named without (`Scope`)? An
    object that is the entity's `name` is the entity."""
    if _left_out_other(m, name):
        return True  # "leaves Groq out", of Cerebras
    if name and _named_subject_other(m.group(), name):
        return True  # "no indication that Google was mentioned", "... that Acme's CEO came up", of Acme
    windows = _subject_windows(context, m)
    for before, a, b in windows:
        if (o := _OTHER_SUBJECT.search(before, a, b)) and not _own_subject(o.group(0), name) and not (
                _NOBODY.match(m.group()) and _KIND_THAT.search(before, max(0, a - 60), b)):
            return True
    if _OTHER_AFTER.match(context, m.end()):
        return True
    for before, a, b in windows if name else ():
        if (k := _NAME_SUBJECT.search(before, a, b)) is None:
            continue
        words = _name_words(k.group(1))
        if words.isdisjoint(_name_words(name)) and words.isdisjoint(_SUBJECT_NOUNS) and not words <= _NO_NAME_OBJECT \
                and not _MAKER_OF_SUBJECT.search(before, max(a, k.start(1) - 30), k.start(1) + 1):
            return True  # another name is what was not mentioned (not "Name", "Entity", "Company")
    if scope is not None and _out_of_scope(context, m, scope, name):
        return True
    if _NOBODY.match(m.group()) and _NOUN_BEFORE.search(context, max(0, m.start() - 40), m.start()):
        return True
    own = _entity_object(context, m.end(), name)
    if own:
        return own == "thing"
    if ((_NOUN_STATEMENT_END.search(m.group()) or _ACTIVE_VERB_END.search(m.group()) or _PAST_VERB_END.search(m.group())
         or _AVOID_END.search(m.group())) and _other_name(context, m.end(), name)):
        return True
    if _NOUN_STATEMENT_END.search(m.group()) and _OTHER_NOUN_OBJECT.match(context, m.end()):
        return True
    if _PAST_VERB_END.search(m.group()) and (_OTHER_OBJECT.match(context, m.end()) or (
            _PAST_OBJECT.match(context, m.end()) and not _IMPLICIT.search(m.group()))):
        return True  # an active past with another object: "the CEO never mentioned the layoffs"
    if (_PAST_VERB_END.search(m.group()) and _PERFECT_BEFORE.search(context, max(0, m.start() - 12), m.start())
            and _OTHER_WORD_OBJECT.match(context, m.end())):
        return True  # a perfect, active, with its object: "a company that has not mentioned layoffs"
    if _ACTIVE_VERB_END.search(m.group()) is None:
        return False
    if _OTHER_OBJECT.match(context, m.end()) is not None:
        return True
    # a word after a verb is its object; after the noun of "no mention" it is a verb ("no mention found")
    return _NOUN_STATEMENT.search(m.group()) is None and _OTHER_WORD_OBJECT.match(context, m.end()) is not None


_GRAMMAR_KEYS = {"participles", "mention_nouns", "findings", "proof_nouns", "subjects", "places", "place_modifiers",
                 "name_verbs", "place_verbs"}
_SCOPE_KEYS = {"depth", "time", "depth_verbs", "reporting", "affirmed", "elsewhere", "parts", "audience", "relation"}


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def place_pattern(g: dict[str, list[str]]) -> str | None:
    """A place of the episode: one of `places` after up to two of `place_modifiers` ("the
    transcript", "the full transcript", "the podcast episode's audio"); None without places."""
    if not g.get("places"):
        return None
    mods = rf"(?:{_alt(g['place_modifiers'])}\s+){{0,2}}" if g.get("place_modifiers") else ""
    return f"(?:{mods}{_alt(g['places'])})"


def grammar_statements(g: dict[str, list[str]]) -> list[str]:
    """The statements of a denial built from the word lists of `grammar` (see the rule set):
    noun + not + finding, no + proof + subject + be + participle, no + proof + of + subject + in +
    place, (its) name + never + said, noun + absent, negator + verb + in + place. A shape whose
    lists are empty is left out. ("Could not find a mention", "The transcript does not contain its
    name" are the clause grammar's: `parse_clause`.)"""
    part, noun, find, proof, subj, namev, pverb = (_alt(g[k]) if g.get(k) else None for k in (
        "participles", "mention_nouns", "findings", "proof_nouns", "subjects", "name_verbs", "place_verbs"))
    place = place_pattern(g)
    be = r"(?:(?:was|were|is|are|being|been|ever|actually|once|explicitly|directly|has|had)\s+)"
    out = []
    if noun and find:  # "Mention not found.", "Mention of the company not found", "References were not located"
        of = rf"(?:\s+(?:of|to)\s+{subj})?" if subj else ""
        out.append(rf"\b{noun}s?{of}\s+(?:(?:was|were|is|are|has\s+been|have\s+been|could\s+be|could|can)\s+)?"
                   rf"(?:not|never)\s+(?:(?:be|been)\s+)?{find}\b")
    if proof and subj and part:  # "No evidence (that) it was mentioned", "Nothing in the transcript indicates it was named"
        out.append(rf"(?:\bno\s+(?:(?:clear|direct|real|actual|explicit|firm|concrete|further)\s+)?{proof}s?|\bnothing)\b"
                   rf"[^.;:!?]{{0,50}}?\b{subj}\s+{be}{{0,3}}(?:{part}|c(?:a|o)me\s+up|comes\s+up|appear(?:s|ed)?)\b")
    if proof and subj and place:  # "No sign of it in the transcript"
        out.append(rf"\bno\s+{proof}s?\s+of\s+{subj}\s+(?:anywhere\s+)?in\s+(?:the\s+|this\s+)?{place}\b")
    if namev:  # "The company's name was never said."; the name of the entity, not of a thing it has ("its CEO's name")
        out.append(r"(?:^\s*|\b(?:its|their|the|the\s+(?:company|firm|lab|brand|startup|entity)['’]s|company['’]s)\s+)names?\s+"
                   rf"(?:(?:was|is|were|are|has\s+been)\s+)?(?:never|not)\s+(?:(?:once|actually|explicitly|even|ever)\s+)?{namev}\b")
    if noun:  # "Reference absent.", "Mention is missing from the transcript" (the entity's name, not "the CEO's name")
        out.append(rf"(?<!['’]s\s)\b(?:{noun}|name)s?\s+(?:(?:is|was|are|were)\s+)?(?:absent|missing|lacking)\b")
    if pverb and place:  # "Not featured in the episode.", "wasn't raised at any point in the conversation"
        out.append(rf"(?:\bnot|\bnever|n['’]t)\s+(?:(?:been|be|once|even|ever|explicitly|directly|actually|really)\s+){{0,2}}"
                   rf"{pverb}\s+(?:(?:anywhere|at\s+(?:any|one)\s+(?:point|time|stage|moment)|at\s+all|even\s+once|once)\s+)?"
                   rf"(?:in|during|throughout|within|on)\s+(?:the\s+|this\s+)?{place}\b")
    return out


_CLAUSE_KEYS = {"negators", "mentions", "denials", "breakers", "cancellers"}


def parse_clause(data, where: str) -> re.Pattern:
    """The regex of the last resort: negator, up to five words none of which opens another clause,
    a word of mentioning; or a word that denies by itself."""
    data = expect(data or {}, dict, where, "clause")
    known_keys(data, _CLAUSE_KEYS, where, "clause")
    lists = {k: str_list(data.get(k), where, f"clause.{k}") for k in _CLAUSE_KEYS}
    alternatives = []
    if lists["negators"] and lists["mentions"]:
        breakers = rf"(?!(?:{'|'.join(lists['breakers'])})\b)" if lists["breakers"] else ""
        cancel = rf"(?![\s'’-]+(?:{'|'.join(lists['cancellers'])})\b)" if lists["cancellers"] else ""
        alternatives.append(rf"{_alt(lists['negators'])}{cancel}(?:[\s'’-]+{breakers}[\w'’-]+){{0,5}}?[\s'’-]+"
                            rf"{_alt(lists['mentions'])}(?![\w-])")
    if lists["denials"]:
        alternatives.append(rf"\b{_alt(lists['denials'])}\b")
    pattern = "|".join(alternatives) or r"(?!x)x"
    try:
        return regexcache.compile(pattern, re.I)
    except re.error as exc:
        raise RuleSetError(f"{where}: clause: invalid regular expression: {exc}") from None


# a thing other than the entity inside a clause denial ("at no point is its pricing discussed",
# "nothing about the deal was said"): anything after "the" but the entity, the people of the
# episode and its places (the grammar's, with their modifiers: "the given transcript")
_CLAUSE_NOT_OTHER = (r"company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|" + _SELF_KIND_NOUNS + r"service|"
                     r"business|name|names|speakers?|hosts?|guests?|panel|panelists?|interviewer|interviewee|"
                     r"participants?|people")


def clause_other(g: dict[str, list[str]]) -> re.Pattern:
    """`_CLAUSE_NOT_OTHER`'s complement after "the", the grammar's places and their modifiers
    counted as the episode's (see `place_pattern`); a possessive pronoun's thing but its name."""
    mods = rf"(?:{_alt(g['place_modifiers'])}\s+){{0,2}}" if g.get("place_modifiers") else ""
    places = "|" + "|".join(g["places"]) if g.get("places") else ""
    return regexcache.compile(rf"\b(?:its|their|his|her)\s+(?!names?\b)\w|\bthe\s+(?!{mods}(?:{_CLAUSE_NOT_OTHER}{places})\b)\w",
                              re.I)


# what may follow the word of mentioning of a clause denial about the entity: a pronoun or
# determiner of it, a preposition, an adverb ("nobody mentions it", "not said on air", "never heard
# throughout"); any other word is an object that is no entity ("no one can say how", "no name recognition")
_CLAUSE_OBJECT = regexcache.compile(
    r"\s+(?!(?:it|this|them|the|its|their|by|in|on|at|during|throughout|within|anywhere|whatsoever|either|once|ever|"
    r"explicitly|directly|specifically|actually|really|to|of|about|for|from|or|and|nor|but|with|here|there|so|as|"
    r"yet|again|until|because|since|though|although|while|even|aloud|outright|verbally|whatever|at\s+all)\b)[a-z]")


def _clause_object(context: str, m: re.Match, name: str | None = None) -> bool:
    """Does something else than the entity follow the word of mentioning of the clause denial `m`
    ("nothing was said about funding", "nobody mentions the price", "no one can say how")?"""
    j = m.end()
    if _ADJECTIVE.search(m.group()):
        return False  # a denying word: "Left unnamed throughout" (an adjective before its noun is `_out_of_scope`'s)
    own = _entity_object(context, j, name)
    if own:
        return own == "thing"  # the entity's own name: "nobody mentions eBay"; its thing: "eBay's tools"
    if _other_name(context, j, name):
        return True  # another name: "nobody mentions Teams"
    return bool(_CLAUSE_OBJECT.match(context, j) or _OTHER_OBJECT.match(context, j) or _OTHER_NOUN_OBJECT.match(context, j))


def _clause_denial(context: str, ph: Phrases, name: str | None = None) -> re.Match | None:
    """The first clause denial of `context` about the entity, where no clause says it was mentioned
    (most descriptive contexts begin so: "Mentioned as ...", and are not searched)."""
    if ph.scope is not None and ph.scope.affirmed.match(context):
        return None
    prefixes = ph.clause_parts[0][2] if ph.clause_parts is not None else None
    m = ph.clause.search(context) if prefixes is None else search_from_prefixes(ph.clause, prefixes, context, fold(context))
    while m is not None:
        if not (_about_other(context, m, ph.scope, name) or ph.clause_other.search(m.group())
                or _DOUBLE.search(context, max(0, m.start() - 8), m.start()) or _clause_object(context, m, name)
                or _NO_PLURAL_THING.match(context, m.start())):
            break
        m = ph.clause.search(context, m.end())
    if m is not None and ph.scope is not None and _affirmed_elsewhere(context, m, ph.scope):
        return None
    if m is not None and name and _named_affirmed(context, m, name):
        return None  # "No pricing details were given, but Nvidia was discussed as the supplier"
    return m


# the entity's own name as the subject of a clause of mentioning ("..., but Nvidia was discussed")
_AFFIRMED_BY_NAME = r"(?<![\w-]){}\s+(?:is|was|gets|got)\s+(?:(?:explicitly|directly|clearly|briefly|also|later|repeatedly|first|then)\s+)?(?:mentioned|named|referenced|cited|brought\s+up|discussed|described)\b(?!\s+(?:only\s+)?(?:indirectly|implicitly|by\s+implication)\b)"


def _named_affirmed(context: str, m: re.Match, name: str) -> bool:
    """Does a clause of `context` outside the denial `m` say that the entity, by its name, was
    mentioned?"""
    if name not in context:
        return False
    pattern = re.compile(_AFFIRMED_BY_NAME.format(re.escape(name)), re.I)  # (an episode's name: re's own cache)
    return any(a.end() <= m.start() or a.start() >= m.end() for a in pattern.finditer(context))


def parse_scope(data, where: str, place: str = r"(?!x)x") -> Scope:
    data = expect(data or {}, dict, where, "scope")
    known_keys(data, _SCOPE_KEYS, where, "scope")
    lists = {k: str_list(data.get(k), where, f"scope.{k}") for k in _SCOPE_KEYS}
    for k, words in lists.items():
        for i, w in enumerate(words):
            try:
                regexcache.compile(w)
            except re.error as exc:
                raise RuleSetError(f"{where}: scope.{k}[{i}]: invalid regular expression: {exc}") from None

    def make(key: str, template: str) -> re.Pattern:
        return regexcache.compile(template.format(_alt(lists[key])), re.I) if lists[key] else _NEVER

    return Scope(
        depth=make("depth", r"(?:\s*,)?\s+{}\b"),
        parts=make("parts", r"(?:\s+by\s+name)?(?:\s+(?:itself|directly|explicitly))?\s+(?:in|during)\s+(?:the\s+|this\s+)?"
                            r"(?:[\w'’&-]+\s+){{0,3}}?{}\b"),
        time=make("time", r"(?:\s*,)?\s+(?:(?:by\s+name|explicitly|directly)\s+)?{}\b"),
        depth_verb=make("depth_verbs", r"\b{}$"),
        # (a proper name may stand before the noun: "no mention in the EU AI Act", "in Apple's filings", or a
        # lowercase word that is no place of the episode: "not mentioned in the government report", unlike
        # "in the episode summary")
        # ("anywhere" may stand before it: "not mentioned anywhere in Adobe's roadmap slides")
        elsewhere=make("elsewhere", r"(?:\s*,)?(?:\s+anywhere)?\s+(?:in|on|by|from)\s+(?:the\s+|its\s+|their\s+|any\s+|an?\s+|this\s+)?"
                                    r"(?:(?-i:[A-Z][\w.-]*)(?:['’]s?)?\s+|\d[\w.,-]*\s+|(?!(?:" + place.replace("{", "{{").replace("}", "}}")
                                    + r"|and|or|of|nor)\b)(?-i:[a-z][\w-]*)(?:['’]s?)?\s+){{0,3}}{}\b"),
        # (not the episode itself: "not mentioned in the context of this episode" denies it)
        relation=make("relation", r"(?:\s*,)?\s+(?:(?:by\s+name|explicitly|directly|specifically)\s+)?{}\b"
                                  r"(?!\s+(?:the|this|that|today['’]s)\s+(?:episode|podcast|show|conversation|discussion|interview|transcript)\b)"),
        audience=make("audience", r"\s+to\s+(?:(?:the|his|her|their|its|our|your|some|any|potential|prospective|early)\s+)?{}\b"),
        reporting=make("reporting", r"\b{}\s+(?:[\w'’-]+\s+){{0,4}}$"),
        # clause-initial: "Mentioned by name, though ...", "...; the company is named by the guest"
        # (each opening takes the white space after it itself: an opening ending in \s+ followed by
        # another \s* would try every split of a long run of spaces, quadratic in its length)
        affirmed=make("affirmed", r"(?:^\s*|[.;:!?(]\s*|,\s*(?:(?:and|but|though|although|yet|while)\s+)?"
                                  r"|\b(?:but|though|although|yet|while|and)\s+|\b(?:the|a)\s+){}"
                                  r"(?!\s+in\s+the\s+(?:show\s*notes|description|metadata|title|tags)\b)"),
    )


# the object of a denial's verb ("of" or "about" it): a pronoun, "the company", or a capitalised name of up to four words
_DENIED_OBJECT = regexcache.compile(
    r"\s+(?:(?:of|about)\s+)?(?:it|them|this|(?:the|this)\s+(?:company|firm|lab|name|brand|startup|product|model)"
    r"|(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3})\b", re.I)


def _out_of_scope(context: str, m: re.Match, scope: Scope, name: str | None = None) -> bool:
    """The denial `m` is about depth ("not discussed in depth"), a time ("not named until later"),
    a role or a guess where the context says the entity was mentioned, quoted speech, "appear to"
    (seem), or an adjective ("an unmentioned hero")."""
    i, j = m.start(), m.end()
    said = m.group()
    if (scope.depth.match(context, j) or scope.time.match(context, j) or scope.elsewhere.match(context, j)
            or scope.relation.match(context, j)):
        return True
    # the same after the denial's object: "Nobody mentioned Cohere until the board meeting", "never
    # mentioned the lab to investors", "not named it in the 2023 report"
    o = _DENIED_OBJECT.match(context, j)
    k = j if o is None else o.end()
    if scope.audience.match(context, k) or (
            o is not None and (scope.time.match(context, k) or scope.elsewhere.match(context, k)
                               or scope.relation.match(context, k))):
        return True
    if _APPEAR_END.search(said) and _APPEAR_TO.match(context, j):
        return True
    if _ADJECTIVE.search(said) and (_DOUBLE.search(context, max(0, i - 8), i)  # "not unmentioned"
                                    or _ARTICLE_BEFORE.search(context, max(0, i - 8), i) and _NOUN_AFTER.match(context, j)):
        return True
    for q in (_QUOTE.finditer(context, max(0, i - 120), min(len(context), j + 120)) if _QUOTE_CHARS.search(context) else ()):
        if q.start() < i and j <= q.end():  # quoted speech, reported or describing: "a startup that 'no one talks about'"
            if (scope.reporting.search(context, max(0, q.start() - 60), q.start())
                    or _affirmed_elsewhere(context, m, scope)):
                return True
            break
    if ((_ROLE_AFTER.match(context, j) or scope.depth_verb.search(said) or _WEAK.search(said)
         or scope.parts.match(context, j))  # "Not mentioned in the US segment; discussed in the Korea one"
            and _affirmed_elsewhere(context, m, scope)):
        return True
    if _ONE_PARTY.search(context, max(0, i - 60), j) or _BY_PARTY.match(context, j):
        # one party's silence, another's mention: "The host never names Tesla, but the guest
        # names it later", "Not mentioned by the host, but the guest names Bing twice"
        if _affirmed_elsewhere(context, m, scope):
            return True
        words = _name_words(name) if name else ()
        return any(p.start() >= j and _name_words(p.group(1)) <= words for p in _PARTY_NAMES.finditer(context))
    return False


# one party of the conversation as the subject of a denial, in its clause (searched up to the
# denial's end: "The host never names Tesla"), or as its agent after it ("not mentioned by the host")
_PARTIES = r"(?:host|guest|interviewer|interviewee|co-?host|moderator|speaker)s?"
_ONE_PARTY = regexcache.compile(rf"\b{_PARTIES}\b[^.;,]{{0,60}}$", re.I)
_BY_PARTY = regexcache.compile(rf"\s+by\s+(?:the\s+|one\s+|either\s+)?{_PARTIES}\b", re.I)
# a party naming a name: "the guest names Bing twice"
_PARTY_NAMES = regexcache.compile(
    rf"\b{_PARTIES}\s+(?:(?:also|later|then|only|does|did|do)\s+)?(?:names?|mentions?|cites?|says?|said|named|mentioned|cited)"
    r"\s+((?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,3})", re.I)


def _compile(patterns: list[str], where: str, key: str) -> re.Pattern:
    for i, p in enumerate(patterns):
        try:
            regexcache.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: {key}[{i}]: invalid regular expression: {exc}") from None
    return regexcache.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)


def _parts(patterns: list[str]) -> tuple[tuple[re.Pattern, tuple[frozenset[str], ...], frozenset[str] | None], ...] | None:
    """Each alternative of `_compile`'s regex on its own, with its required literal sets."""
    alternatives = [f"(?:{p})" for p in patterns]
    if any(GROUP_NUMBER.search(a) for a in alternatives):
        return None
    out = []
    for a in alternatives:
        pattern = regexcache.compile(a, re.I)
        try:
            required, prefixes = pattern_literals(a, re.I)
            # fewest strings first: the first set picks the texts a statement is tried on (`_Gates`)
            sets = tuple(sorted(required, key=lambda n: (len(n), -min(map(len, n)))))
        except Exception:  # pragma: no cover - a pattern re compiled but this parser cannot read
            sets, prefixes = (), None
        out.append((pattern, sets, prefixes))
    return tuple(out)


def parse_phrases(data, where: str) -> Phrases:
    expect(data, dict, where, "not_mentioned")
    known_keys(data, {"version", "statements", "leading", "severity_by_confidence", "grammar", "scope", "clause",
                      "other_languages"},
               where, "not_mentioned")
    # None: an entry of that confidence is not reported ('off' in the rule file)
    sev: dict[str, Severity | None] = {"low": Severity.ERROR, "medium": Severity.ERROR, "high": None,
                                       "missing": Severity.ERROR}
    for k, v in (expect(data.get("severity_by_confidence") or {}, dict, where, "severity_by_confidence")).items():
        if v is False or str(v).strip().lower() == "off":  # an unquoted YAML off is False
            sev[str(k)] = None
            continue
        try:
            sev[str(k)] = Severity.parse(v)
        except ValueError as exc:
            raise RuleSetError(f"{where}: severity_by_confidence.{k}: {exc} or off") from None
    clause = parse_clause(data.get("clause"), where)
    grammar = expect(data.get("grammar") or {}, dict, where, "grammar")
    known_keys(grammar, _GRAMMAR_KEYS, where, "grammar")
    words = {k: str_list(grammar.get(k), where, f"grammar.{k}") for k in _GRAMMAR_KEYS}
    place = place_pattern(words) or r"(?!x)x"

    def listed(key: str) -> list[str]:  # `{place}` in a listed statement is the grammar's place
        return [p.replace("{place}", place) for p in str_list(data.get(key), where, key)]

    # after the listed statements: on a tie the listed one's match is kept
    statements = listed("statements") + grammar_statements(words)
    return Phrases(
        statements=_compile(statements, where, "statements"),
        leading=_compile(listed("leading"), where, "leading"),
        severity=sev,
        statement_parts=_parts(statements),
        scope=parse_scope(data.get("scope"), where, place),
        clause=clause,
        clause_parts=_parts([clause.pattern]),
        clause_other=clause_other(words),
        **parse_other_languages(data.get("other_languages"), where),
    )


def parse_other_languages(data, where: str) -> dict[str, re.Pattern]:
    """`affirmed_abroad` and `negated_abroad` of `Phrases` from `other_languages` in the rule set."""
    data = expect(data or {}, dict, where, "other_languages")
    known_keys(data, {"affirmed", "negators"}, where, "other_languages")
    affirmed = str_list(data.get("affirmed"), where, "other_languages.affirmed")
    negators = str_list(data.get("negators"), where, "other_languages.negators")
    for key, words in (("affirmed", affirmed), ("negators", negators)):
        for i, w in enumerate(words):
            try:
                regexcache.compile(w)
            except re.error as exc:
                raise RuleSetError(f"{where}: other_languages.{key}[{i}]: invalid regular expression: {exc}") from None
    out = {}
    if affirmed:
        out["affirmed_abroad"] = regexcache.compile(r"(?<![\w-])(?:" + _alt(affirmed) + r")(?![\w-])", re.I)
    if negators:
        # a negator, then at most 30 characters of its clause, at the end of the window before a participle
        out["negated_abroad"] = regexcache.compile(r"(?:(?<![\w-])(?:" + _alt(negators) + r")(?![\w-])|[未没沒])"
                                                   r"[^.;:!?]{0,30}$", re.I)
    return out


def _affirmed_abroad(context: str, m, ph: Phrases) -> bool:
    """Does a participle of mentioning in another language, not denied itself, stand before the
    denial `m` ("Als Partner erwähnt; Preise wurden nicht genannt")? The denial is then about a
    thing of the entity."""
    for a in ph.affirmed_abroad.finditer(context, 0, m.start()):
        if not ph.negated_abroad.search(context, max(0, a.start() - 40), a.start()):
            return True
    return False


def phrases(knowledge: Knowledge) -> Phrases:
    return knowledge.get("not_mentioned", parse_phrases)


class NotMentioned(Rule):
    """## What it does
    Flags an entity whose own context says it was not mentioned in the episode, in any phrasing:
    "Not mentioned.", "Not explicitly mentioned, but ...", "No direct mention", "implied but
    never named". The phrases live in `rules/not_mentioned.yaml`. The severity is weighted by
    the entity's confidence (`severity_by_confidence` there): a low- or medium-confidence guess is
    an error; a high-confidence entry that says it was not mentioned contradicts itself and is a
    warning (a confidence set to 'off' there is not reported).

    ## Why it matters
    The LLM pass pads the entity list with companies it associates with the topic. Such entries
    are not in the episode: search, tags and statistics built on them are wrong.

    ## Example
    ```yaml
    companies:
    - name: Databricks         # flagged
      confidence: low
      context: Not mentioned.
    - name: Anthropic          # fine
      confidence: high
      context: Mentioned as a leading lab focused on coding.
    ```

    ## Fix safety
    Unsafe: the fix removes the whole list item, which deletes data a person may want to keep.
    """

    code = "N201"
    name = "not-mentioned-entity"
    family = "not-mentioned"
    severity = Severity.ERROR
    summary = "Entity whose context says it was not mentioned"
    fixable = "unsafe"

    def check(self, batch):
        ph = phrases(batch.knowledge)
        gl = glossary(batch.knowledge)
        statements, leading = ph.statements.search, ph.leading.search
        rows = batch.rows("entities", "ep", "field", "name", "confidence", "context", "position", "source")
        # A descriptive entry (no NER position, or written by the LLM pass) is judged on every
        # phrase; a transcript window only on a leading verdict, and only when it is short.
        descriptive = [isinstance(context, str) and (position is None or position != position or source == "llm_enhanced")
                       for _, _, _, _, context, position, source in rows]
        found, clause = ph.search([row[4] for row in compress(rows, descriptive)])
        said, may_deny = iter(found), iter(clause)
        for (n, fld, name, confidence, context, position, source), desc in zip(rows, descriptive):
            if desc:
                m, deny = next(said), next(may_deny)
                own = name if isinstance(name, str) else None
                if own is not None and (m is not None or deny):
                    _learn_aliases(own, gl)
                while m is not None and (_about_other(context, m, ph.scope, own) or _affirmed_abroad(context, m, ph)):
                    m = statements(context, m.end())  # that statement was about something else
                if m is None and (lead := leading(context)) and not _about_other(context, lead, ph.scope, own):
                    m = lead  # "Not mentioned as a rival, but discussed as a partner" is mentioned
                if m is None and deny:  # the last resort: a negator governing a word of mentioning
                    m = _clause_denial(context, ph, own)
                    if m is not None and _out_of_scope(context, m, ph.scope, own):
                        m = None  # "Not mentioned by the host, but the guest brings it up twice"
                if m is None and ("not" in context or "n't" in context or "n’t" in context):
                    m = _elliptical_denial(context, own)
                if m is None and ("bly " in context or "kely " in context or "ntly " in context or "lucinat" in context) \
                        and (hedge := _HEDGED.search(context)) \
                        and not _about_other(context, hedge, ph.scope, own):
                    m = hedge
            elif not isinstance(context, str):
                continue
            elif len(context) <= _WINDOW_VERDICT_MAX and (lead := leading(context)):
                m = statements(context) or lead
            else:
                continue
            ep = batch.episodes[n]
            path = f"{fld}.context"
            if m is None or path not in ep.scalars:
                continue
            conf = confidence if isinstance(confidence, str) else "missing"
            if (severity := ph.severity.get(conf, self.severity)) is None:
                continue  # e.g. a high-confidence entry: off by default
            i, j = m.start(), m.end()
            start, end, _ = ep.locate(path, i, j)
            name = name if isinstance(name, str) else "?"
            edits = item_removal(ep, fld)
            fix = Fix("unsafe", f"Remove the entity {name!r}", tuple(edits), (fld,)) if edits else None
            yield ep.finding(
                self, path=path, start=start, end=end, evidence=context[i:j], fix=fix,
                severity=self.severity if "severity" in vars(self) else severity,
                message=f"{name!r} (confidence {conf}) is listed, but its context says it was not "
                        f"mentioned: {context[i:j]!r}",
            )
