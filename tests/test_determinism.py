"""Findings do not depend on Python's hash seed: the same files give the same JSON, byte for byte,
whatever PYTHONHASHSEED is (sets of names were once iterated in hash order to pick the name a
message cites)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "examples" / "episodes", ROOT / "tests" / "fixtures" / "determinism"]


def _run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json",
                          "--fail-on", "never", *map(str, FILES)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_findings_do_not_depend_on_the_hash_seed(seed):
    assert _run(seed) == _run("0")


def test_the_sponsor_finding_cites_the_longest_sponsor_name():
    import json
    findings = json.loads(_run("0"))["findings"]
    messages = [f["message"] for f in findings
                if f["family"] == "sponsor" and f["evidence"] == "Kestrel Cloud"]
    assert "'Kestrel Cloud' comes from an ad read: it names the sponsor 'Kestrel Cloud' inside the ad segment" in messages
