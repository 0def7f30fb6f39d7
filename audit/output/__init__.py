"""Output formats, one module per format, each with `write(results, out, rules, meta, tally)`.

`write` takes the results as a stream and writes as they come (text, JSON and GitHub hold no
finding once written; SARIF and JUnit build one document, so they collect first). It counts what
passes through in `tally` (an `audit.output.tally.Tally`), which the caller reads afterwards for the
summary line and the exit code. `renderer(fmt)` gives the same output as a string.
"""

from __future__ import annotations

import importlib
import io

FORMATS = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
}


def writer(fmt: str):
    """`write(results, out, rules=None, meta=None, tally=None, **options)` of format `fmt`."""
    if fmt not in FORMATS:
        raise KeyError(fmt)
    return importlib.import_module(f"{__name__}.{FORMATS[fmt]}").write


def renderer(fmt: str):
    """`render(results, rules=None, meta=None, **options) -> str` of format `fmt`."""
    write = writer(fmt)

    def render(results, rules=None, meta=None, **options) -> str:
        buf = io.StringIO()
        write(results, buf, rules, meta, **options)
        return buf.getvalue()

    return render
