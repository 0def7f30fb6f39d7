"""Inline suppressions: YAML comments in the front matter that silence findings.

    name: Lama Guard   # audit: ignore[M301]         silences M301 on this line
    # audit: ignore-file[N201, entity-noise]          anywhere in the front matter: the whole file
    title: ...         # audit: ignore                every rule on this line

A finding is silenced when its `line` (where it points) carries an `ignore` comment naming its code,
a prefix of it, its name or its family. A comment that silences nothing is reported as S201
`unused-suppression` when `report-unused-suppressions` is on (or S201 is selected by code).
Only real comments count: a `# audit:` inside a quoted or block scalar is text, not a directive.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .episode import Episode
from .findings import Edit, Finding, Fix
from . import regexcache

_DIRECTIVE = regexcache.compile(r"(?:(?<=\s)|^)#[ \t]*audit:[ \t]*(ignore-file|ignore)\b(?:\[([^\]\n]*)\])?[ \t]*\r?$",
                        re.M)


@dataclass
class Directive:
    kind: str  # "ignore" | "ignore-file"
    codes: list[str]  # empty: every rule
    line: int
    start: int  # offsets of the comment (from '#') in the file's text
    end: int
    used: set[str] = field(default_factory=set)
    used_any: bool = False

    def covers(self, f: Finding) -> str | None:
        """The code of this directive that silences `f` ('*' for a bare directive), or None."""
        if not self.codes:
            return "*"
        for c in self.codes:
            if f.rule.startswith(c.upper()) or c == f.name or c == f.family:
                return c
        return None


def directives(ep: Episode) -> list[Directive]:
    """The suppression comments of the front matter (cheap: a substring test first)."""
    if ep.fm_end <= ep.fm_start or "audit:" not in ep.text[ep.fm_start:ep.fm_end]:
        return []
    out = []
    starts, ends = _scalar_cover(ep)
    for m in _DIRECTIVE.finditer(ep.text, ep.fm_start, ep.fm_end):
        start = m.start()
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start < ends[k]:
            continue  # inside a quoted or block scalar: text, not a comment
        codes = [c for c in re.split(r"[\s,]+", m.group(2) or "") if c]
        line, _ = ep.position(start)
        end = m.end(2) + 1 if m.group(2) is not None else m.end(1)
        out.append(Directive(m.group(1), codes, line, start, end))
    return out


def _scalar_cover(ep: Episode) -> tuple[list[int], list[int]]:
    """The text the scalars cover, as sorted disjoint [start, end) intervals (starts, ends): a
    comment is looked up by bisection, not tested against every scalar (a front matter with
    thousands of comments and scalars made that quadratic)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted((sc.start, sc.end) for sc in ep.scalars.values()):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)  # overlapping or touching (an alias repeats its anchor's span)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def apply(ep: Episode, findings: list[Finding], found: list[Directive] | None = None) -> list[Finding]:
    """`findings` minus those a directive of `ep` silences; marks the directives used."""
    found = directives(ep) if found is None else found
    if not found:
        return findings
    file_level = [d for d in found if d.kind == "ignore-file"]
    by_line: dict[int, list[Directive]] = {}
    for d in found:
        if d.kind == "ignore":
            by_line.setdefault(d.line, []).append(d)
    kept = []
    for f in findings:
        silenced = False
        for d in (*by_line.get(f.line, ()), *file_level):
            code = d.covers(f)
            if code is not None:
                d.used.add(code)
                d.used_any = True
                silenced = True
        if not silenced:
            kept.append(f)
    return kept


def unused(ep: Episode, found: list[Directive], rule, selected, known) -> list[Finding]:
    """S201 findings for the codes of `found` that silenced nothing.

    `selected` is the set of codes that ran: a code for a rule that did not run is not "unused"
    (it could not have fired). A code that names no rule at all is always reported.
    """
    out = []
    for d in found:
        if not d.codes:
            if not d.used_any:
                out.append(_finding(ep, rule, d, [], f"Unused suppression: `# audit: {d.kind}` silences nothing"))
            continue
        stale = []
        for c in d.codes:
            if c in d.used:
                continue
            ran = [k for k in known if _selects(c, k)]
            if not ran:
                stale.append((c, "unknown rule"))
            elif any(k.code in selected for k in ran):
                stale.append((c, "nothing to silence"))
        if stale:
            what = ", ".join(f"{c} ({why})" for c, why in stale)
            keep = [c for c in d.codes if c not in {s for s, _ in stale}]
            out.append(_finding(ep, rule, d, keep, f"Unused suppression in `# audit: {d.kind}`: {what}"))
    return out


def _selects(code: str, rule_cls) -> bool:
    return rule_cls.code.startswith(code.upper()) or code == rule_cls.name or code == rule_cls.family


def _finding(ep: Episode, rule, d: Directive, keep: list[str], message: str) -> Finding:
    text = ep.text
    if keep:
        edits = (Edit(d.start, d.end, f"# audit: {d.kind}[{', '.join(keep)}]"),)
        description = f"Keep only {', '.join(keep)}"
    else:
        start = d.start
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        line_start = text.rfind("\n", 0, start) + 1
        end = d.end
        if start == line_start:  # the comment is the whole line: remove the line
            nl = text.find("\n", end)
            end = len(text) if nl == -1 else nl + 1
        edits = (Edit(start, end, ""),)
        description = "Remove the suppression comment"
    path = _field_on_line(ep, d.line)
    return ep.finding(rule, path=path, message=message, start=d.start, end=d.end,
                      evidence=text[d.start:d.end], fix=Fix("safe", description, edits, ()))


def _field_on_line(ep: Episode, line: int) -> str | None:
    best = None
    for path, sc in ep.scalars.items():
        if ep.position(sc.end)[0] == line and path:
            best = path
    return best
