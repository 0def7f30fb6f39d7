"""Great Expectations: `rules/schema.yaml` and `rules/corpus.yaml` compiled to GX 1.x Expectation Suites.

One suite per table (episodes, entities, quotes, insights, topics), from the same specs pandera
validates, over the same rows: `audit.schema.frame_for` builds each table, one row per item. GX
compares a pandas column as a whole, so a frame for GX also carries, next to each raw column, the
plain projections a stock expectation can test and that YAML values do not carry by themselves:

    <field>__type      the value's YAML type ("str", "int", "float", "bool", "list", "dict", "date")
    <field>__number    the value when it is a number (not a bool), else null      (ranges)
    <field>__string    the value when it is a string, else null                    (patterns)
    <field>__content   stripped length of a string, length of a list or mapping   (non-empty)
    <field>__is_date   whether a string date parses (the parser of S105)
    <field>__stated / <field>__actual   a length and the length it measures    (length_of)

so every rule is a built-in expectation a GX project can load and read in Data Docs. Each
expectation's `meta` names its rule code and field; a failed expectation's `unexpected_index_list`
(result format COMPLETE, keyed by the `_row` column) maps back to a `Failure` per row, and the
findings are built by the schema rules themselves, so positions and messages equal `audit check`'s.

Great Expectations takes seconds to import: it is imported inside the functions that need it, and
only the `audit gx` commands call them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .schema import TABLE_SOURCES, Failure, FieldSpec, frame_for, parse_date

ROW = "_row"  # the id column of every GX frame (its position in the frame)
# schema type -> YAML type tags (see `type_tag`) that satisfy it; the predicates of schema.TYPES
TYPE_TAGS = {
    "str": ["str"], "int": ["int"], "number": ["int", "float"], "bool": ["bool"],
    "datetime": ["date", "datetime", "str"], "list": ["list"], "mapping": ["dict"],
}
_BOUNDS = {"ge": ("min_value", False), "gt": ("min_value", True),
           "le": ("max_value", False), "lt": ("max_value", True)}


def _is_null(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def type_tag(v) -> str | None:
    """The YAML type of a value, as a tag GX can compare with a set; None for null."""
    if _is_null(v):
        return None
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "dict"
    if isinstance(v, dt.datetime):
        return "datetime"
    if isinstance(v, dt.date):
        return "date"
    return type(v).__name__


def _content(v):
    if isinstance(v, str):
        return len(v.strip())
    if isinstance(v, (list, dict)):
        return len(v)
    return None


# --- the plan: engine-neutral expectations --------------------------------------------------------

@dataclass
class Planned:
    """One expectation: the GX class name, its arguments, and the rule and field it reports as."""

    type: str
    kwargs: dict
    rule: str
    field: str
    meta: dict = field(default_factory=dict)


def schema_plan(fields: dict[str, FieldSpec]) -> list[Planned]:
    """The expectations of one table's fields, one per pandera check of `schema.column_checks`."""
    out: list[Planned] = []
    for name, spec in fields.items():
        def add(kind, rule, **kwargs):
            out.append(Planned(kind, kwargs, rule, name))
        if spec.required:
            add("ExpectColumnValuesToNotBeNull", "S101", column=name)
        if spec.type:
            add("ExpectColumnValuesToBeInSet", "S102", column=f"{name}__type", value_set=TYPE_TAGS[spec.type])
        if spec.isin is not None:
            add("ExpectColumnValuesToBeInSet", "S103", column=name, value_set=list(spec.isin))
        for op, bound in spec.bounds.items():
            key, strict = _BOUNDS[op]
            strict_key = "strict_min" if key == "min_value" else "strict_max"
            add("ExpectColumnValuesToBeBetween", "S104", column=f"{name}__number",
                **{key: bound, strict_key: strict})
        if spec.type == "datetime":
            add("ExpectColumnValuesToBeInSet", "S105", column=f"{name}__is_date", value_set=[True])
        if spec.pattern is not None:
            add("ExpectColumnValuesToMatchRegex", "S107", column=f"{name}__string", regex=spec.pattern.pattern)
        if spec.nonempty:
            add("ExpectColumnValuesToBeBetween", "S108", column=f"{name}__content", min_value=1)
        if spec.length_of:
            add("ExpectColumnPairValuesToBeEqual", "S106", column_A=f"{name}__stated",
                column_B=f"{name}__actual", ignore_row_if="either_value_is_missing")
    return out


def schema_frame(table: str, fields: dict[str, FieldSpec], episodes) -> pd.DataFrame:
    """`frame_for`'s rows (identical to pandera's) with the projections the plan reads, and `_row`."""
    df = frame_for(table, fields, episodes)
    extra: dict[str, list] = {ROW: list(range(len(df)))}
    for name, spec in fields.items():
        values = df[name].tolist() if name in df.columns else [None] * len(df)
        if spec.type:
            extra[f"{name}__type"] = [type_tag(v) for v in values]
        if spec.bounds:
            extra[f"{name}__number"] = [v if _is_number(v) and not math.isnan(v) else None for v in values]
        if spec.type == "datetime":
            extra[f"{name}__is_date"] = [None if _is_null(v) else parse_date(v) for v in values]
        if spec.pattern is not None:
            extra[f"{name}__string"] = [v if isinstance(v, str) else None for v in values]
        if spec.nonempty:
            extra[f"{name}__content"] = [_content(v) for v in values]
        if spec.length_of:
            others = df[spec.length_of].tolist() if spec.length_of in df.columns else [None] * len(df)
            stated, actual = [], []
            for v, o in zip(values, others):
                if _is_number(v) and isinstance(o, str):
                    # NaN is a number that equals no length: keep it comparable (pandera flags it)
                    stated.append("NaN" if isinstance(v, float) and math.isnan(v) else v)
                    actual.append(len(o))
                else:
                    stated.append(None)
                    actual.append(None)
            extra[f"{name}__stated"] = stated
            extra[f"{name}__actual"] = actual
    add = pd.DataFrame(extra, index=df.index, dtype=object)
    add[ROW] = add[ROW].astype("int64")
    return pd.concat([df, add], axis=1)


# --- GX objects (imports great_expectations) ------------------------------------------------------

def _expectation(gx, p: Planned):
    cls = getattr(gx.expectations, p.type)
    return cls(**p.kwargs, meta={"rule": p.rule, "field": p.field, **p.meta})


def build_suite(gx, table: str, plan: list[Planned]):
    suite = gx.ExpectationSuite(name=table, meta={"audit": {"table": table, "id_column": ROW}})
    for p in plan:
        suite.add_expectation(_expectation(gx, p))
    return suite


def table_plans(knowledge) -> dict[str, list[Planned]]:
    """Every table's expectations: its schema fields, then its corpus metrics."""
    from .corpus import corpus_plan, corpus_spec
    from .schema import schema_spec

    spec = schema_spec(knowledge)
    cspec = corpus_spec(knowledge)
    plans = {}
    for table in TABLE_SOURCES:
        plans[table] = schema_plan(spec.tables.get(table, {})) + corpus_plan(cspec, table)
    return plans


def suite_documents(knowledge) -> dict[str, dict]:
    """The suites as JSON documents a GX project loads (`gx/expectations/<table>.json`)."""
    import great_expectations as gx

    _quiet_context(gx, None)  # a suite is built inside a context (GX's rule), here a throwaway one
    docs = {}
    for table, plan in table_plans(knowledge).items():
        doc = build_suite(gx, table, plan).to_json_dict()
        # ids are assigned by the project that stores the suite; leaving them out keeps the
        # files stable from one run to the next
        doc.pop("id", None)
        for e in doc.get("expectations", []):
            e.pop("id", None)
        docs[table] = doc
    return docs


def write_suites(knowledge, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table, doc in suite_documents(knowledge).items():
        path = out_dir / f"{table}.json"
        path.write_text(json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        written.append(path)
    return written


@dataclass
class GxRun:
    failures: list[Failure]  # schema rows GX found unexpected
    observed: dict[str, Any]  # corpus metric key -> observed value, for failed corpus expectations
    results: dict[str, Any]  # table -> GX ExpectationSuiteValidationResult
    docs_index: Path | None = None


def _quiet_context(gx, docs_dir: Path | None):
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name="audit", site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(Path(docs_dir).resolve())},
        })
    return context


def run(episodes, knowledge, docs_dir: Path | None = None, corpus_columns=None) -> GxRun:
    """Validate every table of `episodes` (parsed, ok) with GX; Data Docs into `docs_dir` if given.

    `corpus_columns(table, frame) -> frame` adds the columns the corpus metrics read (see
    `audit.corpus.add_metric_columns`); without it corpus expectations are left out.
    """
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    from .schema import schema_spec

    spec = schema_spec(knowledge)
    plans = table_plans(knowledge)
    context = _quiet_context(gx, docs_dir)
    source = context.data_sources.add_pandas("audit")
    run_id = RunIdentifier(run_name="audit", run_time=dt.datetime.now(dt.timezone.utc))
    result_format = {"result_format": "COMPLETE", "unexpected_index_column_names": [ROW]}
    failures: list[Failure] = []
    observed: dict[str, Any] = {}
    results = {}
    for table, plan in plans.items():
        fields = spec.tables.get(table, {})
        frame = schema_frame(table, fields, episodes)
        if corpus_columns is not None:
            frame = corpus_columns(table, frame)
        else:
            plan = [p for p in plan if p.rule.startswith("S")]
        if frame.empty or not plan:
            continue
        asset = source.add_dataframe_asset(table)
        batch_def = asset.add_batch_definition_whole_dataframe(table)
        suite = context.suites.add(build_suite(gx, table, plan))
        vdef = context.validation_definitions.add(gx.ValidationDefinition(name=table, data=batch_def, suite=suite))
        result = vdef.run(batch_parameters={"dataframe": frame}, result_format=result_format, run_id=run_id)
        results[table] = result
        failures.extend(_failures(table, frame, result))
        for r in result.results:
            meta = r.expectation_config.meta or {}
            value = (r.result or {}).get("observed_value")
            if "metric" in meta and not r.success and value is not None:  # None: no rows to measure
                observed[meta["metric"]] = value
    index = None
    if docs_dir is not None and results:
        context.build_data_docs(site_names=["audit"])
        index = Path(docs_dir).resolve() / "index.html"
        if index.is_file():
            add_static_index(index, docs_dir, results)
        else:  # pragma: no cover - GX wrote its site elsewhere
            index = None
    return GxRun(failures, observed, results, index)


def _failures(table: str, frame: pd.DataFrame, result) -> list[Failure]:
    """Failures of a table's schema expectations, row by row, as `schema.validate` reports them."""
    out = []
    for r in result.results:
        meta = r.expectation_config.meta or {}
        code = meta.get("rule", "")
        if r.success or not code.startswith("S1"):
            continue
        info = r.exception_info or {}
        if info.get("raised_exception"):
            raise RuntimeError(f"GX could not evaluate {code} on {table}.{meta.get('field')}: "
                               f"{info.get('exception_message')}")
        column = meta["field"]
        for hit in (r.result or {}).get("unexpected_index_list") or []:
            row = frame.iloc[int(hit[ROW])]
            if column == "_item":
                out.append(Failure(table, int(row["_ep"]), row["_path"], "", code, row["_item"]))
                continue
            if "_item" in frame.columns and not isinstance(row["_item"], dict):
                continue  # not a mapping: reported once, as the item's S102
            out.append(Failure(table, int(row["_ep"]), row["_path"], column, code, row.get(column)))
    return out


def failure_keys(failures: list[Failure]) -> set[tuple]:
    """What a failure points at, engine aside: (table, episode, item, column, rule)."""
    return {(f.table, f.ep, f.item, f.column, f.code) for f in failures}


# --- Data Docs ----------------------------------------------------------------------------------

def add_static_index(index: Path, docs_dir: Path, results: dict) -> None:
    """Add a plain list of this run's validations, one per table, to the Data Docs index.

    GX fills its index table with scripts fetched from CDNs; offline (CI, air-gapped review) the
    table stays empty. This list needs no script, and links to the same validation pages.
    """
    import html
    import os

    root = Path(docs_dir).resolve()
    items = []
    for table, result in results.items():
        page = None
        for p in sorted(root.glob(f"validations/{table}/**/*.html")):
            page = p  # the newest run sorts last
        href = os.path.relpath(page, root) if page else "#"
        stats = result.statistics or {}
        status = "passed" if result.success else "failed"
        items.append(
            f'<li class="audit-validation" data-table="{html.escape(table)}" data-status="{status}">'
            f'<a href="{html.escape(href)}">{html.escape(table)}</a> — {status}: '
            f'{stats.get("successful_expectations", 0)} of {stats.get("evaluated_expectations", 0)} '
            f'expectations met</li>')
    block = ('<section id="audit-validations" style="margin:1em 2em;font-family:sans-serif">'
             '<h2>Validations by table (audit gx run)</h2><ul>' + "".join(items) + "</ul></section>")
    text = index.read_text(encoding="utf-8")
    start = text.find('<section id="audit-validations"')
    if start != -1:
        end = text.find("</section>", start) + len("</section>")
        text = text[:start] + text[end:]
    pos = text.find("<body")
    pos = text.find(">", pos) + 1 if pos != -1 else 0
    index.write_text(text[:pos] + block + text[pos:], encoding="utf-8")


# --- a whole run: findings as `audit check` reports them ------------------------------------------

class _FromGx:
    """A schema rule that reads GX's failures instead of validating with pandera.

    The schema rules share one validation per batch (`batch.shared("schema", ...)`); filling that
    slot with GX's failures first lets the rules themselves build the findings: same positions,
    messages and fixes as `audit check`.
    """

    def __init__(self, rule, failures: list[Failure]):
        self._rule = rule
        self._failures = failures

    def __getattr__(self, name):
        return getattr(self._rule, name)

    def check(self, batch):
        batch.shared("schema", lambda: self._failures)
        return self._rule.check(batch)


def audit_with_gx(auditor, files, docs_dir: Path | None = None, against=None, root: str = "<corpus>"):
    """Run `audit gx run`: GX validates every table; returns (FileResults, GxRun).

    Findings are those of the selected schema rules (S101-S108), built from GX's failures by the
    auditor itself (per-file ignores, inline suppressions, fix positions as in `audit check`),
    plus the loader's file-level problems; corpus findings (bounds by GX, drift from `against`)
    come last, on the corpus root.
    """
    from .corpus import (add_metric_columns, bound_findings, corpus_result, corpus_spec, drift_findings,
                         family_flags, figures, load_profile)
    from .episode import load_episode
    from .tables import Batch

    profile = load_profile(against) if against else None
    episodes = [load_episode(p, d) for p, d in files]
    ok = Batch(episodes, auditor.knowledge).episodes  # the order the auditor's batch will have
    cspec = corpus_spec(auditor.knowledge)
    flags = family_flags(ok, auditor.knowledge)
    frames: dict[str, pd.DataFrame] = {}

    def corpus_columns(table, frame):
        frames[table] = add_metric_columns(cspec, table, frame, ok, flags)
        return frames[table]

    gx_run = run(ok, auditor.knowledge, docs_dir, corpus_columns)
    if hasattr(auditor, "materialize"):
        auditor.materialize()
    schema_rules = [r for r in auditor.rules if type(r).__module__.endswith(".schema_rules")]
    keep = {r.code for r in schema_rules} | {p.rule for ep in episodes for p in ep.problems}
    all_rules = auditor.rules
    auditor.rules = [_FromGx(r, gx_run.failures) for r in schema_rules]
    try:
        results = auditor.audit_episodes(episodes)
    finally:
        auditor.rules = all_rules
    for r in results:  # only what GX and the loader found (no verdicts on rules that did not run)
        r.findings = [f for f in r.findings if f.rule in keep]
    figs = figures(frames, cspec)
    corpus = bound_findings([k for k in gx_run.observed if k in figs], figs, cspec, root, gx_run.observed)
    if profile is not None:
        corpus += drift_findings(figs, profile, cspec, root, str(against))
    extra = corpus_result(corpus, root)
    if extra is not None:
        results.append(extra)
    return results, gx_run
