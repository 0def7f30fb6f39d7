"""Schema rules: fields, types, enums and ranges of `rules/schema.yaml`, validated by pandera."""

from __future__ import annotations

from ..findings import Edit, Fix, Severity
from ..schema import TYPE_WORDS, Failure, schema_spec, validate
from .base import Rule


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _SchemaRule(Rule):
    family = "schema"
    severity = Severity.ERROR

    def check(self, batch):
        spec = schema_spec(batch.knowledge)
        failures = batch.shared("schema", lambda: validate(spec, batch.episodes))
        for f in failures:
            if f.code != self.code:
                continue
            ep = batch.episodes[f.ep]
            fspec = spec.tables[f.table].get(f.column or "_item")
            path = ".".join(p for p in (f.item, f.column) if p) or None
            if path in ep.scalars:
                start, end = ep.scalars[path].start, ep.scalars[path].end
                evidence = ep.text[start:end]
            elif path in ep.spans and f.column:
                start, end = ep.spans[path]
                evidence = ""
            else:  # a missing key: point at its item (or the front matter start)
                start, end = ep.spans.get(f.item, (ep.fm_start, ep.fm_start))
                end = start
                evidence = ""
            yield ep.finding(self, path=path, start=start, end=end, evidence=evidence,
                             message=self.message(f, fspec, batch), fix=self.fix_for(f, fspec, ep, path))

    def fix_for(self, f: Failure, spec, ep, path):
        return None

    def message(self, f: Failure, spec, batch) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


_DOC = """## What it does
Flags {what}, as declared in `rules/schema.yaml` and validated by pandera.

## Why it matters
{why}

## Example
```yaml
{example}
```

## Fix safety
No automatic fix: the right value is not known.
"""


def _rule(code, name, summary, what, why, example, message):
    return type(f"Rule{code}", (_SchemaRule,), {
        "code": code, "name": name, "summary": summary, "__module__": __name__,
        "__doc__": _DOC.format(what=what, why=why, example=example), "message": message,
    })


def _where(f: Failure) -> str:
    return f.column or f.item


MissingField = _rule(
    "S101", "missing-required-field", "Required field missing or null",
    "a required field that is missing or null", "Downstream tools index and display these fields.",
    "- name: Anthropic\n  context: ...        # flagged: no confidence",
    lambda self, f, spec, b: f"Required field {_where(f)!r} is missing or null")
WrongType = _rule(
    "S102", "wrong-type", "Field of the wrong type",
    "a field whose value has the wrong type (a string where a number belongs, a scalar for a list)",
    "Typed consumers crash or silently coerce.", "relevance_score: high       # flagged: not a number",
    lambda self, f, spec, b: (f"{_where(f)!r} should be {TYPE_WORDS.get(spec.type, spec.type)}, "
                              f"not {type(f.value).__name__} {_short(f.value)}"))
NotAllowed = _rule(
    "S103", "value-not-allowed", "Value outside the field's enum",
    "a value outside the field's allowed set (confidence: low, medium, high)",
    "Filters and statistics by value miss it.", "confidence: very high      # flagged",
    lambda self, f, spec, b: (f"{_where(f)!r} is {_short(f.value)}; allowed: "
                              f"{', '.join(map(str, spec.isin))}"))
OutOfRange = _rule(
    "S104", "out-of-range", "Number outside the field's range",
    "a number outside its declared range (relevance_score 1-10, prominence 0-1, duration > 0)",
    "Scores out of range break ranking and charts.", "relevance_score: 12        # flagged",
    lambda self, f, spec, b: (f"{_where(f)!r} is {_short(f.value)}; expected "
                              + " and ".join(f"{op_sym} {v}" for op_sym, v in
                                             ((dict(ge='>=', gt='>', le='<=', lt='<')[k], v)
                                              for k, v in spec.bounds.items()))))
BadDate = _rule(
    "S105", "unparseable-date", "Date that cannot be parsed",
    "a date field that no date parser can read", "Episodes cannot be ordered or filtered by time.",
    "date: last Tuesday         # flagged", lambda self, f, spec, b: f"{_where(f)!r} is not a date: {_short(f.value)}")
LengthMismatch = _rule(
    "S106", "length-mismatch", "Quote length differs from its text",
    "a `length` that differs from the number of characters of the text it measures",
    "A wrong length means the text was cut or changed after it was measured.",
    "- length: 200\n  text: Publicly available data is running out.   # flagged",
    lambda self, f, spec, b: _length_message(f, spec, b))
PatternMismatch = _rule(
    "S107", "pattern-mismatch", "String not matching the field's pattern",
    "a string that does not match its field's pattern (original_url must be http or https)",
    "A malformed URL cannot be opened, and a `javascript:` one is dangerous in a report.",
    "original_url: ftp://example.com/x.mp3   # flagged",
    lambda self, f, spec, b: f"{_where(f)!r} does not match {spec.pattern.pattern!r}: {_short(f.value)}")
EmptyValue = _rule(
    "S108", "empty-value", "Required text or list is empty",
    "a string that is blank, or a list that is empty, where content is required",
    "An empty title or quote is lost data.", "title: ''                  # flagged",
    lambda self, f, spec, b: f"{_where(f)!r} is empty")


def _length_fix(self, f: Failure, spec, ep, path):
    """The length measures the text: after the text changed (a fix), the length follows."""
    other = ep.value(f"{f.item}.{spec.length_of}")
    sc = ep.scalars.get(path)
    if not isinstance(other, str) or sc is None or sc.style:
        return None
    return Fix("safe", f"Set {f.column} to {len(other)}, the length of {spec.length_of!r}",
               (Edit(sc.start, sc.end, str(len(other))),), (path,))


LengthMismatch.fix_for = _length_fix
LengthMismatch.fixable = "safe"
LengthMismatch.__doc__ = LengthMismatch.__doc__.replace(
    "No automatic fix: the right value is not known.",
    "Safe: the length is set to the number of characters of the text it measures (after a text\n"
    "fix, such as a repaired misspelling, the length follows the text).")


def _length_message(f: Failure, spec, batch) -> str:
    ep = batch.episodes[f.ep]
    other = ep.value(f"{f.item}.{spec.length_of}")
    n = len(other) if isinstance(other, str) else "?"
    return f"{_where(f)!r} is {f.value} but {spec.length_of!r} has {n} characters"
