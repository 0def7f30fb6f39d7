"""Your own rules, without Python: generic rule types declared in YAML, in the spirit of Vale.

**Where they live.** A rule file is a YAML file with a top-level `rules:` list, in a folder given
with `--rules DIR` (or config): any `*.yaml`/`*.yml` there with a `rules:` key is read. In the
package's own `rules/` folder only files named `*.rules.yaml` are rule files. A rule runs, is
listed by `audit rules`, and is selected, ignored and given a severity like a built-in one.

```yaml
rules:
  - code: X001                        # required: letters then digits, unique across all rules
    name: no-todo                     # kebab-case (default: the code in lowercase)
    type: existence                   # existence | substitution | required | range | pattern | conditional
    fields: ['quotes[*].text', 'summary']   # globs: `key`, `key.sub`, `list[*]`, `list[3]`, `*` (any key)
    pattern: '\\bTODO\\b'              # a regular expression (or `tokens: [...]`, joined as \\b(?:a|b)\\b)
    message: "Leftover marker '{match}'"    # placeholders: {match} {replacement} {value} {field}; %s as in Vale
    severity: warning                 # error | warning | info (default warning)
    family: custom                    # one of the families of DESIGN.md (default custom)
    ignorecase: false
    fix: {replacement: '', applicability: unsafe}   # optional: existence and substitution only
```

Type-specific keys:
- `existence`: `pattern` or `tokens` must not occur in the fields; `fix.replacement` may use `\\1`.
- `substitution`: `swap: {'Open ?AI': OpenAI}` (regex -> replacement, wrapped in `\\b` unless
  `nonword: true`); the fix replaces the match (`fix: safe` or `unsafe`, default unsafe).
- `required`: every field the globs reach must be present and not empty.
- `range`: numeric fields within `min` and/or `max` (inclusive); non-numbers are the schema's job.
- `pattern`: every present field must match `pattern` (a search: anchor with `^...$`).
- `conditional`: `if: {field, pattern}` and `then: {field, pattern}`; where the `if` field
  matches, the `then` field must be present, non-empty and match (when a pattern is given). A
  `[*]` of the `then` glob is bound to the index the `if` field matched at, so both refer to the
  same list item.

A bad rule file stops the run with exit 2, naming the file and key
(`team.yaml: rules[0].pattern: invalid regular expression ...`). Patterns compile with
`audit.saferegex`: a pattern that backtracks catastrophically is stopped after a timeout and
reported as a finding on the field it was searching; the run goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from ..findings import FAMILIES, Severity
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, read_yaml, str_list
from ..saferegex import RegexTimeout, SafePattern, compile_pattern
from .base import Rule, text_finding
from .. import regexcache

TYPES = ("existence", "substitution", "required", "range", "pattern", "conditional")
_COMMON = {"code", "name", "type", "message", "severity", "family", "summary", "description",
           "fields", "ignorecase", "fix"}
_TYPE_KEYS = {
    "existence": {"pattern", "tokens"},
    "substitution": {"swap", "nonword"},
    "required": set(),
    "range": {"min", "max"},
    "pattern": {"pattern"},
    "conditional": {"if", "then"},
}
_CODE = regexcache.compile(r"^[A-Z][A-Z0-9]*[0-9]$")
_NAME = regexcache.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
_GLOB = regexcache.compile(r"^(?:[^.\[\]\s]+|\*)(?:\.(?:[^.\[\]\s]+|\*)|\[(?:\*|\d+)\])*$")
_SEGMENT = regexcache.compile(r"\[(\*|\d+)\]|([^.\[\]]+)")
_CACHE_KEY = "\0user-rules"  # a name no rule-set file can have


# --- field globs ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Glob:
    text: str
    segments: tuple[tuple[str, Any], ...]  # ("key", name) | ("index", n) | ("any_index", None) | ("any_key", None)

    @classmethod
    def parse(cls, text, where: str, key: str) -> Glob:
        if not isinstance(text, str) or not _GLOB.match(text):
            raise RuleSetError(f"{where}: {key}: {text!r} is not a field glob "
                               "(like 'title', 'quotes[*].text', 'companies[3].name')")
        segs = []
        for m in _SEGMENT.finditer(text):
            if m.group(1) is not None:
                segs.append(("any_index", None) if m.group(1) == "*" else ("index", int(m.group(1))))
            else:
                segs.append(("any_key", None) if m.group(2) == "*" else ("key", m.group(2)))
        return cls(text, tuple(segs))

    def bind(self, binds: tuple) -> Glob:
        """The glob with its first wildcards replaced by `binds` (indices or keys), in order."""
        out, k = [], 0
        for kind, value in self.segments:
            if kind in ("any_index", "any_key") and k < len(binds):
                out.append(("index", binds[k]) if kind == "any_index" else ("key", binds[k]))
                k += 1
            else:
                out.append((kind, value))
        return Glob(self.text, tuple(out))

    def resolve(self, data, upto: int | None = None) -> Iterator[tuple[str, Any, tuple]]:
        """(path, value, wildcard bindings) of every node the glob (or its first `upto` segments) reaches."""
        segs = self.segments if upto is None else self.segments[:upto]
        stack = [("", data, (), 0)]
        while stack:
            path, value, binds, i = stack.pop()
            if i == len(segs):
                yield path, value, binds
                continue
            kind, arg = segs[i]
            children = []
            if kind == "key" and isinstance(value, dict) and arg in value:
                children = [(f"{path}.{arg}" if path else arg, value[arg], binds)]
            elif kind == "any_key" and isinstance(value, dict):
                children = [(f"{path}.{k}" if path else str(k), v, (*binds, k)) for k, v in value.items()]
            elif kind == "index" and isinstance(value, list) and -len(value) <= arg < len(value):
                children = [(f"{path}[{arg}]", value[arg], binds)]
            elif kind == "any_index" and isinstance(value, list):
                children = [(f"{path}[{n}]", v, (*binds, n)) for n, v in enumerate(value)]
            stack.extend((p, v, b, i + 1) for p, v, b in reversed(children))


# --- the typed rule spec --------------------------------------------------------------------

@dataclass
class Condition:
    glob: Glob
    pattern: SafePattern | None


@dataclass
class RuleSpec:
    code: str
    name: str
    type: str
    message: str
    severity: Severity
    family: str
    summary: str
    description: str
    where: str  # the file
    raw: dict
    fields: list[Glob] = field(default_factory=list)
    pattern: SafePattern | None = None
    swaps: list[tuple[SafePattern, str]] = field(default_factory=list)
    minimum: float | None = None
    maximum: float | None = None
    when: Condition | None = None
    then: Condition | None = None
    fix_applicability: str | None = None
    fix_replacement: str | None = None


def _number(value, where, key):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RuleSetError(f"{where}: {key}: expected a number, got {value!r}")
    return value


def _condition(data, where, key, ignorecase, need_pattern) -> Condition:
    expect(data, dict, where, key)
    known_keys(data, {"field", "pattern"}, where, key)
    if "field" not in data:
        raise RuleSetError(f"{where}: {key}.field: required")
    glob = Glob.parse(data["field"], where, f"{key}.field")
    if need_pattern and "pattern" not in data:
        raise RuleSetError(f"{where}: {key}.pattern: required")
    pattern = (compile_pattern(data["pattern"], where, f"{key}.pattern", ignorecase=ignorecase)
               if "pattern" in data else None)
    return Condition(glob, pattern)


def parse_rule(item, where: str, key: str) -> RuleSpec:
    expect(item, dict, where, key)
    rtype = item.get("type")
    if rtype not in TYPES:
        raise RuleSetError(f"{where}: {key}.type: {rtype!r} is not one of {', '.join(TYPES)}")
    known_keys(item, _COMMON | _TYPE_KEYS[rtype], where, key)
    code = item.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise RuleSetError(f"{where}: {key}.code: {code!r} is not a rule code (uppercase letters, then digits: X001)")
    name = item.get("name", code.lower())
    if not isinstance(name, str) or not _NAME.match(name):
        raise RuleSetError(f"{where}: {key}.name: {name!r} is not a kebab-case name")
    message = item.get("message")
    if not isinstance(message, str) or not message.strip():
        raise RuleSetError(f"{where}: {key}.message: required (a non-empty string)")
    try:
        severity = Severity.parse(item.get("severity", "warning"))
    except (ValueError, TypeError, AttributeError) as exc:
        raise RuleSetError(f"{where}: {key}.severity: {exc}") from None
    family = item.get("family", "custom")
    if family not in FAMILIES:
        raise RuleSetError(f"{where}: {key}.family: {family!r} is not one of {', '.join(FAMILIES)}")
    ignorecase = item.get("ignorecase", False)
    if not isinstance(ignorecase, bool):
        raise RuleSetError(f"{where}: {key}.ignorecase: expected true or false")
    summary = item.get("summary", re.sub(r"\{\w+\}|%s", "…", message))
    description = item.get("description", "")
    for k in ("summary", "description"):
        expect(item.get(k, ""), str, where, f"{key}.{k}")
    spec = RuleSpec(code=code, name=name, type=rtype, message=message, severity=severity, family=family,
                    summary=summary.splitlines()[0] if summary else "", description=description,
                    where=where, raw=item)
    if rtype != "conditional":
        fields = item.get("fields")
        if isinstance(fields, str):
            fields = [fields]
        if not fields:
            raise RuleSetError(f"{where}: {key}.fields: required (a list of field globs)")
        spec.fields = [Glob.parse(g, where, f"{key}.fields[{i}]") for i, g in enumerate(str_list(fields, where, f"{key}.fields"))]
    elif "fields" in item:
        raise RuleSetError(f"{where}: {key}.fields: a conditional rule names its fields in `if` and `then`")

    if rtype == "existence":
        if ("pattern" in item) == ("tokens" in item):
            raise RuleSetError(f"{where}: {key}.pattern: give either `pattern` or `tokens`")
        if "tokens" in item:
            tokens = str_list(item["tokens"], where, f"{key}.tokens")
            if not tokens:
                raise RuleSetError(f"{where}: {key}.tokens: expected at least one token")
            for i, t in enumerate(tokens):
                compile_pattern(t, where, f"{key}.tokens[{i}]")
            spec.pattern = compile_pattern(r"\b(?:" + "|".join(tokens) + r")\b", where, f"{key}.tokens",
                                           ignorecase=ignorecase)
        else:
            spec.pattern = compile_pattern(item["pattern"], where, f"{key}.pattern", ignorecase=ignorecase)
    elif rtype == "pattern":
        if "pattern" not in item:
            raise RuleSetError(f"{where}: {key}.pattern: required")
        spec.pattern = compile_pattern(item["pattern"], where, f"{key}.pattern", ignorecase=ignorecase)
    elif rtype == "substitution":
        swap = item.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise RuleSetError(f"{where}: {key}.swap: expected a mapping of pattern to replacement")
        nonword = item.get("nonword", False)
        if not isinstance(nonword, bool):
            raise RuleSetError(f"{where}: {key}.nonword: expected true or false")
        for pat, rep in swap.items():
            if not isinstance(rep, str):
                raise RuleSetError(f"{where}: {key}.swap.{pat}: expected a replacement string, got {rep!r}")
            compile_pattern(pat, where, f"{key}.swap.{pat}")
            wrapped = pat if nonword else r"\b(?:" + str(pat) + r")\b"
            spec.swaps.append((compile_pattern(wrapped, where, f"{key}.swap.{pat}", ignorecase=ignorecase), rep))
    elif rtype == "range":
        spec.minimum = _number(item.get("min"), where, f"{key}.min")
        spec.maximum = _number(item.get("max"), where, f"{key}.max")
        if spec.minimum is None and spec.maximum is None:
            raise RuleSetError(f"{where}: {key}.min: give `min`, `max` or both")
        if spec.minimum is not None and spec.maximum is not None and spec.minimum > spec.maximum:
            raise RuleSetError(f"{where}: {key}.min: {spec.minimum} is greater than max {spec.maximum}")
    elif rtype == "conditional":
        if "if" not in item or "then" not in item:
            raise RuleSetError(f"{where}: {key}.{'if' if 'if' not in item else 'then'}: required")
        spec.when = _condition(item["if"], where, f"{key}.if", ignorecase, need_pattern=True)
        spec.then = _condition(item["then"], where, f"{key}.then", ignorecase, need_pattern=False)

    fix = item.get("fix")
    if fix is not None:
        if rtype not in ("existence", "substitution"):
            raise RuleSetError(f"{where}: {key}.fix: only existence and substitution rules can fix")
        if isinstance(fix, str):
            fix = {"applicability": fix}
        expect(fix, dict, where, f"{key}.fix")
        known_keys(fix, {"replacement", "applicability"}, where, f"{key}.fix")
        app = fix.get("applicability", "unsafe")
        if app not in ("safe", "unsafe", "none"):
            raise RuleSetError(f"{where}: {key}.fix.applicability: {app!r} is not safe, unsafe or none")
        if rtype == "existence":
            if not isinstance(fix.get("replacement"), str):
                raise RuleSetError(f"{where}: {key}.fix.replacement: required (a string) for an existence fix")
            spec.fix_replacement = fix["replacement"]
            groups = spec.pattern.compiled.groups
            names = set(spec.pattern.compiled.groupindex)
            for ref in re.findall(r"\\(\d+)|\\g<([^>]*)>", spec.fix_replacement):
                num, name = ref
                ok = (num and int(num) <= groups) or (name and (name in names or (name.isdigit() and int(name) <= groups)))
                if not ok:
                    raise RuleSetError(f"{where}: {key}.fix.replacement: refers to group "
                                       f"{num or name!r}, which the pattern does not have")
        elif "replacement" in fix:
            raise RuleSetError(f"{where}: {key}.fix.replacement: a substitution takes its replacement from `swap`")
        spec.fix_applicability = None if app == "none" else app
    elif rtype == "substitution":
        spec.fix_applicability = "unsafe"
    return spec


def parse_rule_file(data, where: str) -> list[RuleSpec]:
    expect(data, dict, where, "top level")
    known_keys(data, {"version", "rules"}, where, "top level")
    items = expect(data.get("rules"), list, where, "rules")
    specs, seen = [], {}
    for i, item in enumerate(items):
        spec = parse_rule(item, where, f"rules[{i}]")
        if spec.code in seen:
            raise RuleSetError(f"{where}: rules[{i}].code: {spec.code} is already defined in rules[{seen[spec.code]}]")
        seen[spec.code] = i
        specs.append(spec)
    return specs


# --- running a rule -------------------------------------------------------------------------

def _fill(template: str, **values) -> str:
    """Placeholders {match} {replacement} {value} {field}, and Vale's %s (replacement, then match)."""
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", str(v))
    if "%s" in out:
        order = [values.get("replacement") or values.get("match", ""), values.get("match", "")]
        parts = out.split("%s")
        out = parts[0] + "".join(str(order[min(n, 1)]) + p for n, p in enumerate(parts[1:]))
    return out


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, (list, dict)) and not value)


def _source(ep, path, value) -> str:
    """A scalar's text as written (numbers and dates too), for pattern rules."""
    if isinstance(value, str):
        return value
    sc = ep.scalars.get(path)
    return sc.raw if sc is not None else str(value)


class UserRule(Rule):
    """A rule declared in a rule file; the class is made per rule by `user_rules`."""

    spec: RuleSpec

    def check(self, batch):
        spec = self.spec
        run = getattr(self, f"_check_{spec.type}")
        for ep in batch.episodes:
            yield from run(ep, spec)

    # -- helpers --

    def _at(self, ep, path: str, message: str, evidence: str = ""):
        """A finding on the whole node at `path` (or its nearest existing parent)."""
        p = path
        while p and p not in ep.spans:
            p = p.rsplit(".", 1)[0] if "." in p else (p.rsplit("[", 1)[0] if "[" in p else "")
        if p in ep.spans and p:
            start, end = ep.spans[p]
            if p in ep.scalars:
                start, end, _ = ep.locate(p)
        else:
            start = end = ep.fm_start
        if p != path:
            end = start
        return ep.finding(self, path=path, message=message, start=start, end=end, evidence=evidence)

    def _timeout(self, ep, path: str, pattern: SafePattern):
        more = " (giving up on this pattern for the rest of the run)" if pattern.exhausted else ""
        return self._at(ep, path, f"rule {self.code}: pattern {pattern.source!r} took longer than "
                                  f"{pattern.timeout:g} s on this field and was stopped; the field was "
                                  f"not checked{more}")

    def _strings(self, ep, spec) -> Iterator[tuple[str, str]]:
        for glob in spec.fields:
            for path, value, _ in glob.resolve(ep.data):
                if isinstance(value, str) and path in ep.scalars:
                    yield path, value

    def _matches(self, ep, path, text, pattern):
        if pattern.exhausted:
            return None, []
        try:
            return None, pattern.finditer(text)
        except RegexTimeout:
            return self._timeout(ep, path, pattern), []

    # -- the types --

    def _check_existence(self, ep, spec):
        for path, text in self._strings(ep, spec):
            problem, found = self._matches(ep, path, text, spec.pattern)
            if problem:
                yield problem
            for m in found:
                if m.end() == m.start():
                    continue
                replacement = m.expand(spec.fix_replacement) if spec.fix_replacement is not None and spec.fix_applicability else None
                yield text_finding(self, ep, path, m.start(), m.end(),
                                   _fill(spec.message, match=m.group(0), field=path, value=text),
                                   replacement=replacement, applicability=spec.fix_applicability or "unsafe")

    def _check_substitution(self, ep, spec):
        for path, text in self._strings(ep, spec):
            for pattern, rep in spec.swaps:
                problem, found = self._matches(ep, path, text, pattern)
                if problem:
                    yield problem
                for m in found:
                    if m.group(0) == rep or m.end() == m.start():
                        continue
                    yield text_finding(
                        self, ep, path, m.start(), m.end(),
                        _fill(spec.message, match=m.group(0), replacement=rep, field=path, value=text),
                        replacement=rep if spec.fix_applicability else None,
                        applicability=spec.fix_applicability or "unsafe")

    def _check_required(self, ep, spec):
        for glob in spec.fields:
            last_kind, last = glob.segments[-1]
            if last_kind == "key":
                for parent_path, parent, _ in glob.resolve(ep.data, upto=len(glob.segments) - 1):
                    if not isinstance(parent, dict):
                        continue
                    path = f"{parent_path}.{last}" if parent_path else last
                    if last not in parent:
                        yield self._at(ep, path, _fill(spec.message, field=path, value="", match=""))
                    elif _empty(parent[last]):
                        yield self._at(ep, path, _fill(spec.message, field=path, value=parent[last] or "", match=""))
            else:
                for path, value, _ in glob.resolve(ep.data):
                    if _empty(value):
                        yield self._at(ep, path, _fill(spec.message, field=path, value=value or "", match=""))

    def _check_range(self, ep, spec):
        lo, hi = spec.minimum, spec.maximum
        for glob in spec.fields:
            for path, value, _ in glob.resolve(ep.data):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    continue
                if (lo is not None and value < lo) or (hi is not None and value > hi):
                    shown = _source(ep, path, value)
                    yield self._at(ep, path, _fill(spec.message, field=path, value=shown, match=shown), shown)

    def _check_pattern(self, ep, spec):
        for glob in spec.fields:
            for path, value, _ in glob.resolve(ep.data):
                if value is None or isinstance(value, (list, dict)) or path not in ep.scalars:
                    continue
                text = _source(ep, path, value)
                if spec.pattern.exhausted:
                    return
                try:
                    ok = spec.pattern.search(text) is not None
                except RegexTimeout:
                    yield self._timeout(ep, path, spec.pattern)
                    continue
                if not ok:
                    yield self._at(ep, path, _fill(spec.message, field=path, value=text, match=text), text)

    def _check_conditional(self, ep, spec):
        when, then = spec.when, spec.then
        for path, value, binds in when.glob.resolve(ep.data):
            if value is None or isinstance(value, (list, dict)):
                continue
            if when.pattern.exhausted:
                return
            try:
                if when.pattern.search(_source(ep, path, value)) is None:
                    continue
            except RegexTimeout:
                yield self._timeout(ep, path, when.pattern)
                continue
            target = then.glob.bind(binds)
            found = list(target.resolve(ep.data))
            if not found:
                missing = _concrete(target)
                yield self._at(ep, missing or path, _fill(spec.message, field=missing or then.glob.text,
                                                          value="", match=_source(ep, path, value)))
                continue
            for tpath, tvalue, _ in found:
                bad = _empty(tvalue)
                if not bad and then.pattern is not None and not isinstance(tvalue, (list, dict)):
                    if then.pattern.exhausted:
                        return
                    try:
                        bad = then.pattern.search(_source(ep, tpath, tvalue)) is None
                    except RegexTimeout:
                        yield self._timeout(ep, tpath, then.pattern)
                        continue
                if bad:
                    shown = "" if _empty(tvalue) or isinstance(tvalue, (list, dict)) else _source(ep, tpath, tvalue)
                    yield self._at(ep, tpath, _fill(spec.message, field=tpath, value=shown,
                                                    match=_source(ep, path, value)), shown)


def _concrete(glob: Glob) -> str | None:
    """The path a glob without wildcards names ('companies[3].context'), else None."""
    out = ""
    for kind, arg in glob.segments:
        if kind == "key":
            out = f"{out}.{arg}" if out else arg
        elif kind == "index":
            out = f"{out}[{arg}]"
        else:
            return None
    return out


# --- discovery and classes ------------------------------------------------------------------

def _doc(spec: RuleSpec) -> str:
    what = {
        "existence": "Flags every match of a pattern in the fields",
        "substitution": "Flags a word that the team writes differently and proposes the swap",
        "required": "Flags a field that is missing or empty",
        "range": "Flags a number outside the allowed range",
        "pattern": "Flags a field whose value does not match a pattern",
        "conditional": "Flags a field that must match when another field matches, and does not",
    }[spec.type]
    fields = ", ".join(g.text for g in spec.fields) or f"{spec.when.glob.text} -> {spec.then.glob.text}"
    example = yaml.safe_dump(spec.raw, sort_keys=False, allow_unicode=True).rstrip()
    fix = ("No fix." if not spec.fix_applicability else
           f"{spec.fix_applicability.capitalize()}: the fix replaces the matched text.")
    return (f"## What it does\n{spec.description or what} ({spec.type} rule on {fields}).\n"
            f"Message: {spec.message}\n\n"
            f"## Why it matters\nA rule of your team, declared in {spec.where}.\n\n"
            f"## Example\n```yaml\n{example}\n```\n\n## Fix safety\n{fix}\n")


def _rule_class(spec: RuleSpec) -> type[Rule]:
    return type(f"UserRule_{spec.code}", (UserRule,), {
        "__doc__": _doc(spec), "__module__": __name__, "code": spec.code, "name": spec.name,
        "family": spec.family, "severity": spec.severity, "summary": spec.summary,
        "fixable": spec.fix_applicability, "spec": spec,
    })


def rule_files(knowledge: Knowledge) -> list[Path]:
    """Every rule file of the run's rule-set folders, in folder order (see the module docstring)."""
    default = knowledge.dirs[0].resolve() if knowledge.dirs else None
    out = []
    for stem, paths in knowledge.sources.items():
        merged = knowledge.raw.get(stem)
        named = stem.endswith(".rules")  # `team.rules.yaml`: a rule file whatever it holds
        if not named and not (isinstance(merged, dict) and "rules" in merged):
            continue  # no file of this name has a `rules:` key
        for p in paths:
            if named:
                out.append(p)
            elif p.parent.resolve() != default:
                data = read_yaml(p)
                if isinstance(data, dict) and "rules" in data:
                    out.append(p)
    order = {d.resolve(): i for i, d in enumerate(knowledge.dirs)}
    return sorted(out, key=lambda p: (order.get(p.parent.resolve(), len(order)), p.name))


def user_rules(knowledge: Knowledge, builtin: dict[str, type[Rule]] | None = None) -> dict[str, type[Rule]]:
    """The user's rule classes by code, parsed once per `Knowledge` (a bad file: `RuleSetError`)."""
    cached = knowledge._parsed.get(_CACHE_KEY)
    if cached is not None:
        return cached
    builtin = builtin or {}
    names = {cls.name: code for code, cls in builtin.items()}
    found: dict[str, type[Rule]] = {}
    where_of: dict[str, str] = {}
    for path in rule_files(knowledge):
        specs = parse_rule_file(read_yaml(path), str(path))
        for i, spec in enumerate(specs):
            if spec.code in builtin:
                raise RuleSetError(f"{path}: rules[{i}].code: {spec.code} is a built-in rule")
            if spec.code in where_of:
                raise RuleSetError(f"{path}: rules[{i}].code: {spec.code} is already defined in {where_of[spec.code]}")
            if spec.name in names:
                raise RuleSetError(f"{path}: rules[{i}].name: {spec.name!r} is already the name of {names[spec.name]}")
            where_of[spec.code] = str(path)
            names[spec.name] = spec.code
            found[spec.code] = _rule_class(spec)
    knowledge._parsed[_CACHE_KEY] = found
    return found

