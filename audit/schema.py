"""pandera schemas built from `rules/schema.yaml`, and their failure cases mapped to field paths.

Each table of the schema file (episodes, entities, quotes, insights, topics) becomes a
`pa.DataFrameSchema` over a frame with one row per item. Every check carries the rule code as its
`name`, so `SchemaErrors.failure_cases.check` says which rule failed, and the frame's `field`
column says where.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Callable

from typing import TYPE_CHECKING

from .ruleset import Knowledge, RuleSetError, expect, known_keys
from .tables import field_paths
from . import regexcache

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa


def _pandera():
    """pandera, imported on first use: most batches have no suspect row, and the import costs
    a third of a second of every run's start-up."""
    import pandera.pandas as pandera

    return pandera

TYPES: dict[str, Callable[[Any], bool]] = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "datetime": lambda v: isinstance(v, (dt.date, str)),  # strings are parsed by S105
    "list": lambda v: isinstance(v, list),
    "mapping": lambda v: isinstance(v, dict),
}
TYPE_WORDS = {"str": "a string", "int": "an integer", "number": "a number", "bool": "true or false",
              "datetime": "a date", "list": "a list", "mapping": "a mapping"}
# schema table -> (front matter key of its list, or None for the episode itself)
TABLE_SOURCES = {"episodes": None, "entities": "companies", "quotes": "quotes", "insights": "insights",
                 "topics": "topics"}
_FIELD_KEYS = {"type", "required", "nonempty", "isin", "ge", "gt", "le", "lt", "pattern", "length_of"}


@dataclass
class FieldSpec:
    name: str
    type: str | None = None
    required: bool = False
    nonempty: bool = False
    isin: list | None = None
    bounds: dict[str, float] = field(default_factory=dict)
    pattern: re.Pattern | None = None
    length_of: str | None = None


@dataclass
class SchemaSpec:
    tables: dict[str, dict[str, FieldSpec]]
    # pandera schemas built by `validate`, by (table, columns, length fields): built once per process
    schemas: dict = field(default_factory=dict, repr=False, compare=False)


def parse_schema(data, where: str) -> SchemaSpec:
    expect(data, dict, where, "schema")
    known_keys(data, {"version", "tables"}, where, "schema")
    tables: dict[str, dict[str, FieldSpec]] = {}
    for tname, fields in expect(data.get("tables") or {}, dict, where, "tables").items():
        if tname not in TABLE_SOURCES:
            raise RuleSetError(f"{where}: tables.{tname}: unknown table (known: {', '.join(TABLE_SOURCES)})")
        specs = {}
        for fname, raw in expect(fields or {}, dict, where, f"tables.{tname}").items():
            key = f"tables.{tname}.{fname}"
            expect(raw, dict, where, key)
            known_keys(raw, _FIELD_KEYS, where, key)
            t = raw.get("type")
            if t is not None and t not in TYPES:
                raise RuleSetError(f"{where}: {key}.type: {t!r} is not one of {', '.join(TYPES)}")
            pattern = None
            if raw.get("pattern") is not None:
                try:
                    pattern = regexcache.compile(expect(raw["pattern"], str, where, f"{key}.pattern"))
                except re.error as exc:
                    raise RuleSetError(f"{where}: {key}.pattern: invalid regular expression: {exc}") from None
            bounds = {}
            for b in ("ge", "gt", "le", "lt"):
                if raw.get(b) is not None:
                    bounds[b] = expect(raw[b], (int, float), where, f"{key}.{b}")
            specs[fname] = FieldSpec(
                name=fname, type=t, required=bool(raw.get("required")), nonempty=bool(raw.get("nonempty")),
                isin=expect(raw["isin"], list, where, f"{key}.isin") if raw.get("isin") is not None else None,
                bounds=bounds, pattern=pattern,
                length_of=raw.get("length_of") and expect(raw["length_of"], str, where, f"{key}.length_of"),
            )
        tables[tname] = specs
    return SchemaSpec(tables)


def schema_spec(knowledge: Knowledge) -> SchemaSpec:
    return knowledge.get("schema", parse_schema)


# --- pandera -----------------------------------------------------------------------------------

_OPS = {"ge": (lambda a, b: a >= b, ">="), "gt": (lambda a, b: a > b, ">"),
        "le": (lambda a, b: a <= b, "<="), "lt": (lambda a, b: a < b, "<")}


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def parse_date(v) -> bool:
    if isinstance(v, dt.date):
        return True
    if not isinstance(v, str):
        return True  # wrong types are S102's
    s = v.strip()
    try:
        dt.datetime.fromisoformat(s.replace(" +0000", "+00:00").replace("Z", "+00:00"))
        return True
    except ValueError:
        pass
    import pandas as pd  # imported on first use: most dates are ISO and most runs never need it

    try:
        pd.Timestamp(s)
        return True
    except (ValueError, TypeError, OverflowError):
        return False


def _not_null(v) -> bool:
    return v is not None and not (isinstance(v, float) and v != v)


def _not_empty(v) -> bool:
    return not ((isinstance(v, str) and not v.strip()) or (isinstance(v, (list, dict)) and not v))


def predicates(spec: FieldSpec) -> list[tuple[str, Callable[[Any], bool], bool]]:
    """(rule code, element predicate, ignore_na) of one field, in check order.

    The one definition of what a field's checks test: pandera's checks (`column_checks`) and the
    pre-filter of `validate` both run these functions.
    """
    out: list[tuple[str, Callable[[Any], bool], bool]] = []
    if spec.required:
        out.append(("S101", _not_null, False))
    if spec.type:
        out.append(("S102", TYPES[spec.type], True))
    if spec.isin is not None:
        allowed = list(spec.isin)
        out.append(("S103", lambda v: v in allowed, True))
    for op, bound in spec.bounds.items():
        fn = _OPS[op][0]
        out.append(("S104", lambda v, fn=fn, bound=bound: not _is_number(v) or fn(v, bound), True))
    if spec.type == "datetime":
        out.append(("S105", parse_date, True))
    if spec.pattern is not None:
        pat = spec.pattern
        out.append(("S107", lambda v: not isinstance(v, str) or bool(pat.search(v)), True))
    if spec.nonempty:
        out.append(("S108", _not_empty, True))
    return out


def column_checks(spec: FieldSpec) -> list[pa.Check]:
    """The pandera checks of one field; each named by the rule code it reports as."""
    pa = _pandera()
    return [pa.Check(fn, element_wise=True, ignore_na=ignore_na, name=code)
            for code, fn, ignore_na in predicates(spec)]


def _length_ok(value, other) -> bool:
    """S106 on one row: a numeric length equals the length of the string it measures."""
    return not (_is_number(value) and isinstance(other, str)) or value == len(other)


def build_schema(table: str, fields: dict[str, FieldSpec], columns: list[str] | None = None,
                 lengths: list[str] | None = None) -> pa.DataFrameSchema:
    """The table's schema: the checks of `columns` and the S106 checks of `lengths` (default: all)."""
    pa = _pandera()
    schema_columns = {
        name: pa.Column(None, checks=column_checks(fields[name]), nullable=True, required=True, coerce=False)
        for name in (fields if columns is None else columns)
    }
    frame_checks = []
    for name in fields if lengths is None else lengths:
        other = fields[name].length_of
        if other:
            def length_matches(df, name=name, other=other):
                return df.apply(lambda r: _length_ok(r[name], r[other]), axis=1).astype(bool)
            frame_checks.append(pa.Check(length_matches, name=f"S106:{name}"))
    return pa.DataFrameSchema(schema_columns, checks=frame_checks, name=table)


@dataclass
class Failure:
    table: str
    ep: int  # index of the episode in the batch
    item: str  # field path of the row ("" for the episode, "companies[3]")
    column: str
    code: str
    value: Any


def columns_for(table: str, fields: dict[str, FieldSpec], episodes) -> dict[str, list]:
    """The columns of `frame_for`'s frame as lists: `_ep`, `_path`, `_item` (item tables), fields.

    Built column by column (no dict per row); a field of an item that is not a mapping is NaN,
    as in a frame built from rows without that key.
    """
    source = TABLE_SOURCES[table]
    names = [f for f in fields if f != "_item"]
    eps: list[int] = []
    paths: list[str] = []
    items_col: list = []
    values: list[list] = [[] for _ in names]
    filled = list(zip(values, names))
    nan = float("nan")
    for n, ep in enumerate(episodes):
        data = ep.data
        if source is None:
            eps.append(n)
            paths.append("")
            items_col.append(nan)
            for col, f in filled:
                col.append(data.get(f))
            continue
        items = data.get(source)
        if not isinstance(items, list):
            continue
        eps.extend(repeat(n, len(items)))
        paths.extend(field_paths(f"{source}[", "]", len(items))[:len(items)])
        items_col.extend(items)
        if all(type(item) is dict for item in items):
            for col, f in filled:  # a column at a time, in C
                col.extend(map(dict.get, items, repeat(f)))
            continue
        for item in items:
            if isinstance(item, dict):
                get = item.get
                for col, f in filled:
                    col.append(get(f))
            else:
                for col in values:
                    col.append(nan)
    out = {"_ep": eps, "_path": paths}
    if "_item" in fields:
        out["_item"] = items_col
    out.update(zip(names, values))
    return out


def frame_for(table: str, fields: dict[str, FieldSpec], episodes) -> pd.DataFrame:
    """One row per item of the table (per episode for `episodes`), object columns as in the YAML."""
    import pandas as pd

    return pd.DataFrame(columns_for(table, fields, episodes), dtype=object)


def _na(v) -> bool:
    """pandas' isna for the values YAML builds (None and float NaN; nothing else is NA)."""
    return v is None or (isinstance(v, float) and v != v)


def _passes(fn, v, ignore_na: bool) -> bool:
    if ignore_na and _na(v):
        return True
    try:
        return bool(fn(v))
    except Exception:  # noqa: BLE001 - pandera reports it; let it
        return False


_UNSET = object()
# Checks whose predicate gives one answer for all values of one type (isinstance tests), but
# for float, whose NaN is NA: S101 (not null) and S102 (type).
_TYPE_ONLY = frozenset({"S101", "S102"})


def _type_failures(fn, col: list, ignore_na: bool) -> list[int] | None:
    """The rows of `col` failing a type-only check, asking it once per type of value (the common
    case: one type, every row passing, costs two C passes); None where a float makes it depend
    on the value."""
    last_of_type = dict(zip(map(type, col), col))
    if float in last_of_type:
        return None
    wrong = {t for t, v in last_of_type.items() if not _passes(fn, v, ignore_na)}
    return [i for i, v in enumerate(col) if type(v) in wrong] if wrong else []


def _suspects(cols: dict[str, list], fields: dict[str, FieldSpec]) -> tuple[list[int], list[str], list[str]]:
    """Rows, columns and S106 checks where some check fails, found without pandera.

    Runs the very predicates of the pandera checks over the column values, skipping NA the way
    pandera's `ignore_na` does. A check that raises counts as failing, so pandera sees it.
    Returns row positions, failing columns (in schema order) and length fields.
    """
    rows: set[int] = set()
    columns: list[str] = []
    lengths: list[str] = []
    for name, spec in fields.items():
        col = cols[name]
        checks = predicates(spec)
        distinct = _UNSET
        failed = False
        for code, fn, ignore_na in checks:
            if code in _TYPE_ONLY:
                bad = _type_failures(fn, col, ignore_na)
                if bad is not None:
                    if bad:
                        rows.update(bad)
                        failed = True
                    continue
            if distinct is _UNSET:
                try:
                    # each distinct value once (by type too: 1, 1.0 and True are equal but check differently)
                    distinct = set(zip(map(type, col), col))
                except TypeError:  # unhashable values (lists, mappings): every value
                    distinct = None
            if distinct is None:
                bad = [i for i, v in enumerate(col) if not _passes(fn, v, ignore_na)]
            else:
                wrong = {(t, v) for t, v in distinct if not _passes(fn, v, ignore_na)}
                bad = [i for i, v in enumerate(col) if (type(v), v) in wrong] if wrong else []
            if bad:
                rows.update(bad)
                failed = True
        if failed:
            columns.append(name)
    for name, spec in fields.items():
        if spec.length_of:
            bad = [i for i, (v, o) in enumerate(zip(cols[name], cols[spec.length_of])) if not _length_ok(v, o)]
            if bad:
                rows.update(bad)
                lengths.append(name)
    return sorted(rows), columns, lengths


def validate(spec: SchemaSpec, episodes) -> list[Failure]:
    """Validate every table of `spec` over `episodes`; one Failure per failing value.

    pandera's cost is per check call, whatever the number of rows, and nearly every row passes:
    so the checks' own predicates first find the rows and columns where something fails (plain
    Python over the column values), and pandera validates only those rows against a schema of
    only those columns. Its failure cases are the same as over the whole table: a row or column
    left out had passed every check.
    """
    failures: list[Failure] = []
    seen: set[tuple] = set()
    for table, fields in spec.tables.items():
        cols = columns_for(table, fields, episodes)
        rows, columns, lengths = _suspects(cols, fields)
        if not rows:
            continue
        key = (table, tuple(columns), tuple(lengths))
        schema = spec.schemas.get(key)
        if schema is None:
            schema = spec.schemas[key] = build_schema(table, fields, columns, lengths)
        import pandas as pd  # only a batch with a suspect value needs pandas (and pandera)

        # the suspect rows only, under their positions in the whole table
        df = pd.DataFrame({c: [v[i] for i in rows] for c, v in cols.items()}, index=rows, dtype=object)
        try:
            schema.validate(df, lazy=True)
            continue
        except _pandera().errors.SchemaErrors as exc:
            cases = exc.failure_cases
        for case in cases.itertuples(index=False):
            code = str(case.check)
            idx = case.index
            if not code.startswith("S1") or idx is None or pd.isna(idx):
                continue
            column = case.column
            if code.startswith("S106:"):
                code, column = "S106", code.split(":", 1)[1]
            i = int(idx)
            n, item_path = cols["_ep"][i], cols["_path"][i]
            if column == "_item":
                # a list item that is not a mapping: none of its fields are checked further
                failures.append(Failure(table, n, item_path, "", code, cols["_item"][i]))
                continue
            if "_item" in cols and not isinstance(cols["_item"][i], dict):
                continue
            key = (table, n, item_path, str(column), code)
            if key in seen:  # frame-level checks report once per column of a failing row
                continue
            seen.add(key)
            failures.append(Failure(table, n, item_path, str(column), code, cols[column][i]))
    return failures
