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


def test_a_user_rule_file_with_a_repeated_key_stops_the_run(tmp_path):
    from click.testing import CliRunner

    from audit.cli import main

    (tmp_path / "team.yaml").write_text("version: 1\nrules:\n  - code: X100\n    type: existence\n"
                                        "    pattern: foo\n    message: first\n    message: second\n", encoding="utf-8")
    episode = ROOT / "examples" / "episodes" / "001_clean_inference_costs.md"
    result = CliRunner().invoke(main, ["check", "--no-cache", "--rules", str(tmp_path), str(episode)])
    assert result.exit_code == 2
    assert "team.yaml:7:5: key 'message' appears twice" in result.output
