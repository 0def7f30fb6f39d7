"""Corpus checks: figures of a whole batch of episodes (`rules/corpus.yaml`), their bounds, and drift.

A figure is a statistic of one column of a table: the share of entities per category or
confidence, entities per episode, the mean relevance score, the share of episodes with mojibake.
Every figure is the mean (or median) of a column this module adds to the table's rows
(`schema.frame_for`, the rows the schema rules see): an indicator for shares, a count for items
per episode, a number for scores. pandera checks them in `audit check --corpus`; the same columns
and bounds become GX expectations (`ExpectColumnMeanToBeBetween`, ...) in `audit gx run`.

`audit profile save` records the figures of a corpus; `--against PROFILE` flags a figure that moved
more than its tolerance. Findings are corpus-level: family `consistency`, file = the corpus root,
field `corpus.<figure>` (`corpus.confidence_share.low`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .findings import Finding, Severity
from .ruleset import Knowledge, RuleSetError, expect, known_keys
from .schema import TABLE_SOURCES, frame_for, schema_spec

if TYPE_CHECKING:
    import pandas as pd

DRIFT_CODE, DRIFT_NAME = "K1199", "corpus-drift"
KINDS = ("share", "share_each", "per_episode", "mean", "median", "episode_share")
_OPS = {"ge": (lambda a, b: a >= b, ">="), "gt": (lambda a, b: a > b, ">"),
        "le": (lambda a, b: a <= b, "<="), "lt": (lambda a, b: a < b, "<")}
_METRIC_KEYS = {"code", "name", "table", "bounds", "drift", "severity", *KINDS}


@dataclass
class Metric:
    """One figure: `stat` of column `column` (added to `table`'s rows), its bounds and tolerance."""

    key: str  # "confidence_share.low"
    code: str
    name: str
    table: str
    kind: str
    source: str  # the field, list or family the figure is computed from
    values: list = field(default_factory=list)
    missing: bool = False
    bounds: dict[str, float] = field(default_factory=dict)
    drift: dict[str, float] = field(default_factory=dict)
    severity: Severity = Severity.WARNING

    @property
    def column(self) -> str:
        return "_k_" + re.sub(r"\W", "_", self.key)

    @property
    def stat(self) -> str:
        return "median" if self.kind == "median" else "mean"

    def within(self, value: float) -> bool:
        return all(_OPS[op][0](value, b) for op, b in self.bounds.items())

    def bounds_text(self) -> str:
        return " and ".join(f"{_OPS[op][1]} {_num(b)}" for op, b in self.bounds.items())


@dataclass
class CorpusSpec:
    metrics: list[Metric]

    def by_key(self) -> dict[str, Metric]:
        return {m.key: m for m in self.metrics}


def _num(v) -> str:
    return f"{v:.3g}" if isinstance(v, float) else str(v)


def _bounds(raw, where, key) -> dict[str, float]:
    expect(raw, dict, where, key)
    known_keys(raw, set(_OPS), where, key)
    return {op: expect(v, (int, float), where, f"{key}.{op}") for op, v in raw.items()}


def parse_corpus(data, where: str) -> CorpusSpec:
    data = data or {}
    expect(data, dict, where, "corpus")
    known_keys(data, {"version", "severity", "metrics"}, where, "corpus")
    try:
        default_sev = Severity.parse(data.get("severity", "warning"))
    except ValueError as exc:
        raise RuleSetError(f"{where}: severity: {exc}") from None
    metrics: list[Metric] = []
    for key, raw in expect(data.get("metrics") or {}, dict, where, "metrics").items():
        at = f"metrics.{key}"
        expect(raw, dict, where, at)
        known_keys(raw, _METRIC_KEYS, where, at)
        kinds = [k for k in KINDS if k in raw]
        if len(kinds) != 1:
            raise RuleSetError(f"{where}: {at}: give exactly one of {', '.join(KINDS)}")
        kind = kinds[0]
        code = expect(raw.get("code"), str, where, f"{at}.code")
        name = raw.get("name") or key.replace("_", "-")
        table = raw.get("table") or "episodes"
        if table not in TABLE_SOURCES:
            raise RuleSetError(f"{where}: {at}.table: unknown table {table!r}")
        try:
            sev = Severity.parse(raw["severity"]) if "severity" in raw else default_sev
        except ValueError as exc:
            raise RuleSetError(f"{where}: {at}.severity: {exc}") from None
        drift = {}
        if raw.get("drift") is not None:
            expect(raw["drift"], dict, where, f"{at}.drift")
            known_keys(raw["drift"], {"abs", "rel"}, where, f"{at}.drift")
            drift = {k: expect(v, (int, float), where, f"{at}.drift.{k}") for k, v in raw["drift"].items()}
        spec = raw[kind]
        common = dict(code=code, name=name, table=table, kind=kind, drift=drift, severity=sev)
        if kind in ("share", "share_each"):
            expect(spec, dict, where, f"{at}.{kind}")
            known_keys(spec, {"column", "values", "missing"}, where, f"{at}.{kind}")
            column = expect(spec.get("column"), str, where, f"{at}.{kind}.column")
            values = expect(spec.get("values"), list, where, f"{at}.{kind}.values")
            raw_bounds = raw.get("bounds") or {}
            expect(raw_bounds, dict, where, f"{at}.bounds")
            if kind == "share":
                metrics.append(Metric(key=key, source=column, values=values, missing=bool(spec.get("missing")),
                                      bounds=_bounds(raw_bounds, where, f"{at}.bounds"), **common))
                continue
            per_value = bool(raw_bounds) and not set(raw_bounds) <= set(_OPS)
            for v in values:
                if per_value:
                    b = _bounds(raw_bounds.get(v) or {}, where, f"{at}.bounds.{v}")
                else:
                    b = _bounds(raw_bounds, where, f"{at}.bounds")
                metrics.append(Metric(key=f"{key}.{v}", source=column, values=[v], bounds=b, **common))
            continue
        source = expect(spec, str, where, f"{at}.{kind}")
        if kind == "per_episode" and table != "episodes":
            raise RuleSetError(f"{where}: {at}: per_episode figures belong to table episodes")
        if kind == "episode_share" and table != "episodes":
            raise RuleSetError(f"{where}: {at}: episode_share figures belong to table episodes")
        metrics.append(Metric(key=key, source=source, bounds=_bounds(raw.get("bounds") or {}, where, f"{at}.bounds"),
                              **common))
    return CorpusSpec(metrics)


def corpus_spec(knowledge: Knowledge) -> CorpusSpec:
    return knowledge.get("corpus", parse_corpus, required=False)


# --- columns and figures -------------------------------------------------------------------------

def _is_null(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _number(v):
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and not math.isnan(v)
    return float(v) if ok else None


def _row_values(table: str, frame: pd.DataFrame, episodes, column: str) -> list:
    """The raw value of `column` on every row of `frame` (a `frame_for` frame)."""
    source = TABLE_SOURCES[table]
    out = []
    for n, path in zip(frame["_ep"].tolist(), frame["_path"].tolist()):
        data = episodes[int(n)].data
        if source is None:
            out.append(data.get(column))
            continue
        item = data[source][int(path[path.index("[") + 1:-1])]
        out.append(item.get(column) if isinstance(item, dict) else None)
    return out


def family_flags(episodes, knowledge: Knowledge) -> dict[str, set[int]]:
    """Indices of the episodes with at least one finding of each family the metrics count."""
    from .checks import all_rules
    from .tables import Batch

    batch = Batch(list(episodes), knowledge)
    families = {m.source for m in corpus_spec(knowledge).metrics if m.kind == "episode_share"}
    paths = {ep.path: n for n, ep in enumerate(batch.episodes)}
    flags: dict[str, set[int]] = {f: set() for f in families}
    for cls in all_rules(knowledge).values():
        if cls.family in families:
            for finding in cls().check(batch):
                flags[cls.family].add(paths[finding.file])
    return flags


def add_metric_columns(spec: CorpusSpec, table: str, frame: pd.DataFrame, episodes,
                       flags: dict[str, set[int]]) -> pd.DataFrame:
    """`frame` with one column per metric of `table` (indicator, count or number)."""
    import pandas as pd  # only the corpus figures need pandas: a plain check does not load it
    metrics = [m for m in spec.metrics if m.table == table]
    if not metrics:
        return frame
    cols: dict[str, list] = {}
    raw: dict[str, list] = {}
    for m in metrics:
        if m.kind in ("share", "share_each"):
            values = raw.setdefault(m.source, _row_values(table, frame, episodes, m.source))
            allowed = set(v for v in m.values if not _is_null(v))
            cols[m.column] = [int((_is_null(v) and m.missing) or (not _is_null(v) and _hashable(v) and v in allowed))
                              for v in values]
        elif m.kind in ("mean", "median"):
            values = raw.setdefault(m.source, _row_values(table, frame, episodes, m.source))
            cols[m.column] = [_number(v) for v in values]
        elif m.kind == "per_episode":
            cols[m.column] = [len(x) if isinstance(x, list) else 0
                              for x in (episodes[int(n)].data.get(m.source) for n in frame["_ep"].tolist())]
        elif m.kind == "episode_share":
            hit = flags.get(m.source, set())
            cols[m.column] = [int(int(n) in hit) for n in frame["_ep"].tolist()]
    added = pd.DataFrame(cols, index=frame.index)
    for m in metrics:
        added[m.column] = added[m.column].astype("float64" if m.kind in ("mean", "median") else "int64")
    return pd.concat([frame, added], axis=1)


def _hashable(v) -> bool:
    return not isinstance(v, (list, dict))


def metric_frames(episodes, knowledge: Knowledge) -> dict[str, pd.DataFrame]:
    """Every table that has metrics: its rows (as the schema sees them) plus the metric columns."""
    spec = corpus_spec(knowledge)
    schema = schema_spec(knowledge)
    episodes = [ep for ep in episodes if ep.ok]
    flags = family_flags(episodes, knowledge)
    frames = {}
    for table in sorted({m.table for m in spec.metrics}):
        frame = frame_for(table, schema.tables.get(table, {}), episodes)
        frames[table] = add_metric_columns(spec, table, frame, episodes, flags)
    return frames


@dataclass
class Figure:
    value: float | None
    n: int  # rows the figure is computed over


def figures(frames: dict[str, pd.DataFrame], spec: CorpusSpec) -> dict[str, Figure]:
    import pandas as pd

    out = {}
    for m in spec.metrics:
        frame = frames.get(m.table)
        s = frame[m.column].dropna() if frame is not None and m.column in frame else pd.Series(dtype=float)
        value = None if s.empty else float(s.median() if m.stat == "median" else s.mean())
        out[m.key] = Figure(value, int(len(s)))
    return out


def pandera_failed(frames: dict[str, pd.DataFrame], spec: CorpusSpec) -> set[str]:
    """Keys of the metrics outside their bounds, as pandera finds them (one check per metric)."""
    import pandera.pandas as pa

    failed: set[str] = set()
    for table, frame in frames.items():
        columns = {}
        for m in spec.metrics:
            if m.table != table or not m.bounds or m.column not in frame:
                continue

            def in_bounds(s, m=m):
                s = s.dropna()
                if s.empty:
                    return True  # no figure, nothing to bound
                return m.within(float(s.median() if m.stat == "median" else s.mean()))
            columns[m.column] = pa.Column(None, checks=[pa.Check(in_bounds, name=m.key)], nullable=True)
        if not columns:
            continue
        try:
            pa.DataFrameSchema(columns, name=f"corpus-{table}").validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            failed.update(str(c) for c in exc.failure_cases["check"] if str(c) in spec.by_key())
    return failed


# --- findings -----------------------------------------------------------------------------------

def _finding(root: str, code: str, name: str, severity: Severity, key: str, message: str, evidence: str) -> Finding:
    return Finding(file=root, rule=code, name=name, family="consistency", severity=severity,
                   field=f"corpus.{key}", line=1, column=1, end_line=1, end_column=1,
                   message=message, evidence=evidence)


def describe(m: Metric) -> str:
    if m.kind == "share":
        return f"share of {m.table} whose {m.source} is {'/'.join(map(str, m.values)) or 'missing'}"
    if m.kind == "share_each":
        return f"share of {m.table} whose {m.source} is {m.values[0]}"
    if m.kind == "per_episode":
        return f"{m.source} per episode"
    if m.kind == "episode_share":
        return f"share of episodes with {m.source} findings"
    return f"{m.stat} {m.source} of {m.table}"


def bound_findings(failed: Iterable[str], figs: dict[str, Figure], spec: CorpusSpec, root: str,
                   observed: dict[str, Any] | None = None) -> list[Finding]:
    by_key = spec.by_key()
    out = []
    for key in sorted(failed):
        m = by_key[key]
        value = (observed or {}).get(key)
        value = figs[key].value if value is None else float(value)
        if value is None:
            continue  # no rows to compute the figure over
        out.append(_finding(root, m.code, m.name, m.severity, key,
                            f"{key} = {_num(value)} ({describe(m)}, over {figs[key].n} rows); "
                            f"expected {m.bounds_text()}", _num(value)))
    return out


def drift_findings(figs: dict[str, Figure], profile: dict, spec: CorpusSpec, root: str,
                   profile_name: str = "the profile") -> list[Finding]:
    """A finding per figure that moved from the profile's value by more than its tolerance."""
    saved = profile.get("figures", {})
    out = []
    for m in spec.metrics:
        if not m.drift or m.key not in saved:
            continue
        base = saved[m.key].get("value")
        now = figs[m.key].value
        if base is None or now is None:
            continue
        tolerance = max(m.drift.get("abs", 0.0), m.drift.get("rel", 0.0) * abs(base))
        if abs(now - base) > tolerance:
            out.append(_finding(
                root, DRIFT_CODE, DRIFT_NAME, m.severity, m.key,
                f"{m.key} drifted to {_num(now)} from {_num(base)} in {profile_name} "
                f"(tolerance ±{_num(tolerance)}; {describe(m)})", _num(now)))
    return out


def load_profile(path: str | Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleSetError(f"{path}: cannot read profile: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("figures"), dict):
        raise RuleSetError(f"{path}: not an audit profile (expected version 1 with figures)")
    return data


def profile_document(figs: dict[str, Figure], files: int, root: str) -> dict:
    return {
        "version": 1,
        "corpus": root,
        "files": files,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "figures": {k: {"value": f.value, "n": f.n} for k, f in figs.items()},
    }


def corpus_root(paths: Iterable[str]) -> str:
    """The file name corpus findings carry: the one folder given, else `<corpus>`."""
    paths = list(paths)
    return str(paths[0]) if len(paths) == 1 else "<corpus>"


def load_episodes(files_or_episodes) -> list:
    from .episode import Episode, load_episode

    episodes = []
    for x in files_or_episodes:
        if isinstance(x, Episode):
            episodes.append(x)
        else:
            p, display = x if isinstance(x, tuple) else (x, str(x))
            episodes.append(load_episode(p, display))
    return [ep for ep in episodes if ep.ok]


def corpus_findings(files_or_episodes, knowledge: Knowledge, against: str | Path | None = None,
                    root: str = "<corpus>") -> list[Finding]:
    """Corpus findings (bounds by pandera, and drift from `against`) of a whole batch of episodes.

    `files_or_episodes`: `(path, display)` pairs as `engine.discover` returns them, paths, or
    parsed `Episode`s. `root` is the file name the findings carry (see `corpus_root`).
    """
    profile = load_profile(against) if against else None
    episodes = load_episodes(files_or_episodes)
    spec = corpus_spec(knowledge)
    frames = metric_frames(episodes, knowledge)
    figs = figures(frames, spec)
    out = bound_findings(pandera_failed(frames, spec), figs, spec, root)
    if profile is not None:
        out += drift_findings(figs, profile, spec, root, str(against))
    return sorted(out, key=Finding.sort_key)


def corpus_result(findings: list[Finding], root: str):
    """A `FileResult` carrying the corpus findings (append it to the results of a run), or None."""
    from .engine import FileResult

    return FileResult(root, sorted(findings, key=Finding.sort_key), None) if findings else None


# --- GX plan ------------------------------------------------------------------------------------

def corpus_plan(spec: CorpusSpec, table: str) -> list:
    """The GX expectations of `table`'s metrics (see `audit.gx.Planned`)."""
    from .gx import Planned

    out = []
    for m in spec.metrics:
        if m.table != table or not m.bounds:
            continue
        kwargs: dict[str, Any] = {"column": m.column}
        for op, b in m.bounds.items():
            if op in ("ge", "gt"):
                kwargs["min_value"], kwargs["strict_min"] = b, op == "gt"
            else:
                kwargs["max_value"], kwargs["strict_max"] = b, op == "lt"
        kind = "ExpectColumnMedianToBeBetween" if m.stat == "median" else "ExpectColumnMeanToBeBetween"
        out.append(Planned(kind, kwargs, m.code, m.key, meta={"metric": m.key}))
    return out
