"""Not mentioned: entities the LLM listed while saying, in their own context, they were not in the episode."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from re import _parser

from ..findings import Fix, Severity
# regex analysis shared with the sponsor rules (literal pre-filters derived from the patterns)
from ..prefilter import GROUP_NUMBER, Hits, fold, match_prefixes, required_sets, search_from_prefixes
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from .base import Rule, item_removal

# A transcript window (NER entry) is ~100 characters of speech; only a short one can be a verdict.
_WINDOW_VERDICT_MAX = 60


@dataclass
class Phrases:
    statements: re.Pattern
    leading: re.Pattern
    severity: dict[str, Severity]
    # the statements one by one, each with the literal sets a text must hold for it to match
    # (`required_sets`) and the strings its matches start with (`match_prefixes`, or None); None when
    # a pattern refers to a group by number (joined, it would not)
    statement_parts: tuple[tuple[re.Pattern, tuple[frozenset[str], ...], frozenset[str] | None], ...] | None = None

    def search_statements(self, texts: list[str]) -> list[re.Match | None]:
        """[self.statements.search(t) for t in texts]: each statement searched for only in the
        texts holding its literals (one C scan of all the texts per literal), the earliest match
        kept (the first statement on a tie), as the joined regex's alternation finds it."""
        if self.statement_parts is None or len(texts) < 2:
            return [self.statements.search(t) for t in texts]
        folded = [fold(t) for t in texts]
        hits = Hits(folded)
        found: list[re.Match | None] = [None] * len(texts)
        for pattern, sets, prefixes in self.statement_parts:
            candidates = range(len(texts))
            for k, needles in enumerate(sets):
                if k == 0:  # one scan of all the texts per literal
                    candidates = list(compress(candidates, hits.any_of(needles)))
                else:  # the few texts left tested one by one
                    candidates = [c for c in candidates if any(n in folded[c] for n in needles)]
                if not candidates:
                    break
            for k in candidates:
                # tried only where a match can start (the literals it starts with), when known
                m = (pattern.search(texts[k]) if prefixes is None
                     else search_from_prefixes(pattern, prefixes, texts[k], folded[k]))
                if m is not None and (found[k] is None or m.start() < found[k].start()):
                    found[k] = m
        return found


# What stands right before a "not mentioned" statement when the statement is about something else
# than the entity: a thing the entity has ("its CEO was not named", "their revenue is not
# mentioned"; its name is the entity's own), a thing that is no entity ("the amount was not
# mentioned"), or the entity's own doing ("a company that does not mention AI in its filings").
_OTHER_SUBJECT = re.compile(
    r"(?:\b(?:its|their|his|her)\s+(?!names?\b)[\w'’-]+(?:\s+[\w'’-]+)?(?:,?\s+(?:who|which|that))?"
    r"|\bthe\s+(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|"
    r"service|business|name|names|term|word|speakers?|hosts?|guests?|transcript|episode|podcast|conversation|"
    r"discussion|text|interview)\b)[\w-]+(?:\s+[\w-]+)?)"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$"
    r"|\b(?:that|which|who)\s+$"
    # a relative clause on another noun ("the employer of a guest who was not named"), not on the entity
    r"|\b(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|service|business|"
    r"one|it)\b)[a-z]+\s+(?:that|which|who)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$"
    # a bare noun that is no entity ("financial details not mentioned", "terms were not disclosed")
    r"|\b(?:details|terms|amounts?|figures?|numbers|pric(?:e|es|ing)|valuations?|revenues?|funding|"
    r"dates?|timelines?|specifics|reasons?|costs?|sums?|plans|financials|metrics|specs)\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?$",
    re.I)
# What follows an active "did not mention" when its object is something else than the entity: a
# thing it has ("did not mention its valuation") or a thing that is no entity ("the price").
_OTHER_OBJECT = re.compile(
    r"(?:\s+(?:of|to|about))?\s+(?:(?:its|their|his|her)\s+(?!names?\b)"
    r"|the\s+(?!(?:company|firm|lab|startup|entity|brand|organi[sz]ation|product|model|tool|platform|"
    r"service|business|name|names)\b))[\w-]",
    re.I)
# ... or a lowercase word that is no pronoun, determiner of the entity, adverb or preposition ("did
# not cite any numbers", "does not discuss pricing")
_OTHER_WORD_OBJECT = re.compile(
    r"\s+(?!(?:it|this|that|them|him|her|the|its|their|his|either|by|explicitly|directly|once|ever|at|in|"
    r"during|on|anywhere|specifically|actually|really|so|to|as|or|and|but|with|here|there|of|about|for)\b)[a-z]")
_ACTIVE_VERB_END = re.compile(r"(?:mentions?|names?|references?|discuss(?:es)?|cites?|refers?\s+to|talks?\s+about)$", re.I)


# What follows a statement that makes it about something else: a role the entity was not named in,
# with the mention it had after a contrast ("not mentioned as a competitor, but discussed as a
# partner"), or a place outside the episode ("not mentioned more often in the press", "not named in
# the filing")
_OTHER_AFTER = re.compile(
    r"\s+as\s+(?:an?|the|its|their)\s+[^.;]{1,50}?\b(?:but|rather|instead)\b\s*(?:(?:is|was|it\s+is|it\s+was)\s+)?"
    r"(?:(?:explicitly|directly|clearly|repeatedly|also)\s+)?(?:mentioned|named|discussed|referenced|cited|described|"
    r"brought\s+up|called|introduced|presented|praised|criticized|criticised)\b"
    r"|\s+(?:more\s+often|as\s+often|enough|in\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:press|media|news|filings?|reports?|"
    r"papers?|press\s+releases?|announcements?|coverage|literature|documentation|docs|earnings\s+calls?|prospectus))\b",
    re.I)


# What follows "no mention"/"no reference" when its object is something else than the entity: a
# lowercase word that is no pronoun or determiner ("no mention of layoffs")
# a statement ending in the noun: "no mention", "without any reference", "indirect reference"
_NOUN_STATEMENT = re.compile(r"(?<!\S)(?:no|without|any|a|implicit|indirect|explicit|direct|specific|actual|clear|"
                             r"real|verbatim|named)\s+(?:mention|reference|citation)s?$", re.I)
_NOUN_STATEMENT_END = re.compile(r"(?:mention|reference|citation)s?$", re.I)
_OTHER_NOUN_OBJECT = re.compile(r"\s+(?:of|to|about)\s+(?!(?:it|this|that|these|those|them|him|her|the|its|their|any|an?|either|which|what)\b)[a-z]")


def _about_other(context: str, m: re.Match) -> bool:
    """Is the statement `m` about something else than the entity (see `_OTHER_SUBJECT`, `_OTHER_OBJECT`, `_OTHER_AFTER`)?"""
    if _OTHER_SUBJECT.search(context, max(0, m.start() - 60), m.start()):
        return True
    if _OTHER_AFTER.match(context, m.end()):
        return True
    if _NOUN_STATEMENT_END.search(m.group()) and _OTHER_NOUN_OBJECT.match(context, m.end()):
        return True
    if _ACTIVE_VERB_END.search(m.group()) is None:
        return False
    if _OTHER_OBJECT.match(context, m.end()) is not None:
        return True
    # a word after a verb is its object; after the noun of "no mention" it is a verb ("no mention found")
    return _NOUN_STATEMENT.search(m.group()) is None and _OTHER_WORD_OBJECT.match(context, m.end()) is not None


def _compile(patterns: list[str], where: str, key: str) -> re.Pattern:
    for i, p in enumerate(patterns):
        try:
            re.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: {key}[{i}]: invalid regular expression: {exc}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)


def _parts(patterns: list[str]) -> tuple[tuple[re.Pattern, tuple[frozenset[str], ...], frozenset[str] | None], ...] | None:
    """Each alternative of `_compile`'s regex on its own, with its required literal sets."""
    alternatives = [f"(?:{p})" for p in patterns]
    if any(GROUP_NUMBER.search(a) for a in alternatives):
        return None
    out = []
    for a in alternatives:
        pattern = re.compile(a, re.I)
        try:
            parsed = _parser.parse(a, re.I)
            # fewest strings first: the first set costs a scan of all the texts per string
            sets = tuple(sorted(required_sets(parsed), key=lambda n: (len(n), -min(map(len, n)))))
            prefixes = match_prefixes(parsed)
        except Exception:  # pragma: no cover - a pattern re compiled but this parser cannot read
            sets, prefixes = (), None
        out.append((pattern, sets, prefixes))
    return tuple(out)


def parse_phrases(data, where: str) -> Phrases:
    expect(data, dict, where, "not_mentioned")
    known_keys(data, {"version", "statements", "leading", "severity_by_confidence"}, where, "not_mentioned")
    sev = {"low": Severity.ERROR, "medium": Severity.ERROR, "high": Severity.WARNING, "missing": Severity.ERROR}
    for k, v in (expect(data.get("severity_by_confidence") or {}, dict, where, "severity_by_confidence")).items():
        try:
            sev[str(k)] = Severity.parse(v)
        except ValueError as exc:
            raise RuleSetError(f"{where}: severity_by_confidence.{k}: {exc}") from None
    statements = str_list(data.get("statements"), where, "statements")
    return Phrases(
        statements=_compile(statements, where, "statements"),
        leading=_compile(str_list(data.get("leading"), where, "leading"), where, "leading"),
        severity=sev,
        statement_parts=_parts(statements),
    )


def phrases(knowledge: Knowledge) -> Phrases:
    return knowledge.get("not_mentioned", parse_phrases)


class NotMentioned(Rule):
    """## What it does
    Flags an entity whose own context says it was not mentioned in the episode, in any phrasing:
    "Not mentioned.", "Not explicitly mentioned, but ...", "No direct mention", "implied but
    never named". The phrases live in `rules/not_mentioned.yaml`. The severity is weighted by
    the entity's confidence (`severity_by_confidence` there): a low-confidence guess is an error.

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
        statements, leading = ph.statements.search, ph.leading.search
        rows = batch.rows("entities", "ep", "field", "name", "confidence", "context", "position", "source")
        # A descriptive entry (no NER position, or written by the LLM pass) is judged on every
        # phrase; a transcript window only on a leading verdict, and only when it is short.
        descriptive = [isinstance(context, str) and (position is None or position != position or source == "llm_enhanced")
                       for _, _, _, _, context, position, source in rows]
        said = iter(ph.search_statements([row[4] for row in compress(rows, descriptive)]))
        for (n, fld, name, confidence, context, position, source), desc in zip(rows, descriptive):
            if desc:
                m = next(said)
                while m is not None and _about_other(context, m):
                    m = statements(context, m.end())  # that statement was about something else
                if m is None and (lead := leading(context)) and not _about_other(context, lead):
                    m = lead  # "Not mentioned as a rival, but discussed as a partner" is mentioned
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
            i, j = m.start(), m.end()
            start, end, _ = ep.locate(path, i, j)
            conf = confidence if isinstance(confidence, str) else "missing"
            name = name if isinstance(name, str) else "?"
            edits = item_removal(ep, fld)
            fix = Fix("unsafe", f"Remove the entity {name!r}", tuple(edits), (fld,)) if edits else None
            yield ep.finding(
                self, path=path, start=start, end=end, evidence=context[i:j], fix=fix,
                severity=self.severity if "severity" in vars(self) else ph.severity.get(conf, self.severity),
                message=f"{name!r} (confidence {conf}) is listed, but its context says it was not "
                        f"mentioned: {context[i:j]!r}",
            )
