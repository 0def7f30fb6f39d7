"""Renderers, one module per format: `render(results, rules, meta) -> str`, in a registry."""

from __future__ import annotations

import importlib

FORMATS = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
}


def renderer(fmt: str):
    if fmt not in FORMATS:
        raise KeyError(fmt)
    return importlib.import_module(f"{__name__}.{FORMATS[fmt]}").render
