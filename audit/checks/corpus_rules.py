"""Corpus-level rules (`rules/corpus.yaml`): listed and documented like every rule.

Their figures are computed over a whole run, not per batch, by `audit check --corpus` (pandera)
and `audit gx run` (Great Expectations); see `audit/corpus.py`. The classes here give each metric
code an identity for `audit rules`; their per-batch `check` has nothing to do.
"""

from __future__ import annotations

from ..corpus import DRIFT_CODE, DRIFT_NAME, corpus_spec, describe
from ..findings import Severity
from .base import Rule

_DOC = """## What it does
Flags a corpus whose {what} is outside its bounds in `rules/corpus.yaml` ({bounds}), checked over
all files of `audit check --corpus` (pandera) or `audit gx run` (Great Expectations).

## Why it matters
A figure of the whole corpus that leaves its usual range says the enrichment pipeline changed:
a new prompt, a model update, a broken step.

## Example
```
audit check --corpus episodes/      # K-findings name the corpus root and `corpus.<figure>`
```

## Fix safety
No automatic fix: the figure describes the corpus, not one file.
"""

_DRIFT_DOC = """## What it does
Flags each corpus figure of `rules/corpus.yaml` that moved further than its tolerance
(`max(abs, rel * |profile value|)`) from a profile saved with `audit profile save`, when a run is
given `--against PROFILE`.

## Why it matters
Drift (twice the usual share of low-confidence entities, fewer quotes per episode) is the first
sign of a pipeline change, long before single files look wrong.

## Example
```
audit profile save last-month/ -o profile.json
audit check --corpus --against profile.json this-week/
```

## Fix safety
No automatic fix.
"""


def _nothing(self, batch):
    return ()


def corpus_rules(knowledge) -> dict[str, type[Rule]]:
    spec = corpus_spec(knowledge)
    out: dict[str, type[Rule]] = {}
    for m in spec.metrics:
        if m.code in out:
            continue
        what = f"share of {m.table} per {m.source}" if m.kind == "share_each" else describe(m)
        bounds = ", ".join(f"{k} {v}" for k, v in m.bounds.items()) or "per value"
        out[m.code] = type(f"Rule{m.code}", (Rule,), {
            "code": m.code, "name": m.name, "family": "consistency", "severity": m.severity,
            "summary": f"Corpus figure out of bounds: {what}", "check": _nothing,
            "__doc__": _DOC.format(what=what, bounds=bounds), "__module__": __name__,
        })
    out[DRIFT_CODE] = type(f"Rule{DRIFT_CODE}", (Rule,), {
        "code": DRIFT_CODE, "name": DRIFT_NAME, "family": "consistency", "severity": Severity.WARNING,
        "summary": "Corpus figure drifted from a saved profile", "check": _nothing,
        "__doc__": _DRIFT_DOC, "__module__": __name__,
    })
    return out
