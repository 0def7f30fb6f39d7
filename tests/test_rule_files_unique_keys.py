"""Every shipped rule file holds each mapping key once: YAML lets a repeated key replace the first
one silently (a second `measure_nouns:` in rules/truncation.yaml once dropped the first list's words)."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from tests.conftest import ROOT


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    repeated = [k for k, n in Counter(map(str, keys)).items() if n > 1]
    if repeated:
        raise AssertionError(f"line {node.start_mark.line + 1}: repeated keys {repeated}")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted((ROOT / "rules").glob("*.yaml")), ids=lambda p: p.name)
def test_each_key_once(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
