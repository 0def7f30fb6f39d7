"""Not mentioned: entities the LLM listed while saying, in their own context, they were not in the episode."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..findings import Fix, Severity
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, str_list
from .base import Rule, item_removal

# A transcript window (NER entry) is ~100 characters of speech; only a short one can be a verdict.
_WINDOW_VERDICT_MAX = 60


@dataclass
class Phrases:
    statements: re.Pattern
    leading: re.Pattern
    severity: dict[str, Severity]


def _compile(patterns: list[str], where: str, key: str) -> re.Pattern:
    for i, p in enumerate(patterns):
        try:
            re.compile(p)
        except re.error as exc:
            raise RuleSetError(f"{where}: {key}[{i}]: invalid regular expression: {exc}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.I)


def parse_phrases(data, where: str) -> Phrases:
    expect(data, dict, where, "not_mentioned")
    known_keys(data, {"version", "statements", "leading", "severity_by_confidence"}, where, "not_mentioned")
    sev = {"low": Severity.ERROR, "medium": Severity.ERROR, "high": Severity.WARNING, "missing": Severity.ERROR}
    for k, v in (expect(data.get("severity_by_confidence") or {}, dict, where, "severity_by_confidence")).items():
        try:
            sev[str(k)] = Severity.parse(v)
        except ValueError as exc:
            raise RuleSetError(f"{where}: severity_by_confidence.{k}: {exc}") from None
    return Phrases(
        statements=_compile(str_list(data.get("statements"), where, "statements"), where, "statements"),
        leading=_compile(str_list(data.get("leading"), where, "leading"), where, "leading"),
        severity=sev,
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
        for n, fld, name, confidence, context, position, source in rows:
            if not isinstance(context, str):
                continue
            # A descriptive entry (no NER position, or written by the LLM pass) is judged on every
            # phrase; a transcript window only on a leading verdict, and only when it is short.
            if position is None or position != position or source == "llm_enhanced":
                m = statements(context) or leading(context)
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
