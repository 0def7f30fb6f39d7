"""End to end, as CI runs it: a git repository of episodes, a recorded baseline, then a pull request
that adds one defect to one file and edits another harmlessly. The gate fails on exactly the new
defect; with --changed-since only the changed files are read; the SARIF upload file is written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow

FRONT = """companies:
- category: ai_company
  confidence: high
  context: Mentioned as the maker of Claude.
  name: Anthropic
  source: llm_enhanced
date: 2025-03-11 09:00:00 +0000
duration: 48
has_transcript: false
layout: episode
llm_enhanced: true
original_url: https://example.com/podcast/{slug}.mp3
processing_date: 2025-03-12 10:30:00 +0000
source: Example Podcast
summary: "{summary}"
tags:
- inference
title: "{title}"
"""
EPISODES = {
    "001_clean_inference_costs.md": "---\n" + FRONT.format(
        slug="costs", title="Inference costs with Anthropic",
        summary="The guests compare Anthropic (Claude) and Meta's Llama on cost.") + "---\n\n<!-- body -->\n",
    "002_clean_open_models.md": "---\n" + FRONT.format(
        slug="open", title="Open models and Anthropic",
        summary="Why Anthropic (Claude) competes with open models.") + "---\n\n<!-- body -->\n",
}


def sh(cwd, *args, ok=(0,)):
    proc = subprocess.run(list(args), cwd=cwd, capture_output=True, text=True)
    assert proc.returncode in ok, proc.stderr + proc.stdout
    return proc


def git(cwd, *args):
    return sh(cwd, "git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid", "-c", "commit.gpgsign=false",
              *args)


def audit(cwd, *args, ok=(0, 1)):
    return sh(cwd, sys.executable, "-m", "audit", *args, ok=ok)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("gate")
    git(root, "init", "-q", "-b", "main")
    eps = root / "episodes"
    eps.mkdir()
    shutil.copyfile(SEED, eps / SEED.name)
    for name, text in EPISODES.items():
        (eps / name).write_text(text, encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "episodes")
    # today's findings become the baseline, committed with the episodes
    out = audit(root, "baseline", "episodes", "-o", ".audit-baseline.json", ok=(0,))
    assert "Baseline of" in out.stdout
    git(root, "add", ".audit-baseline.json")
    git(root, "commit", "-q", "-m", "baseline")
    # the pull request: a new defect in one file, a harmless edit (every line shifts) in another
    clean = eps / "001_clean_inference_costs.md"
    text = clean.read_text(encoding="utf-8")
    clean.write_text(text.replace("Meta's Llama", "Meta's Lama", 1), encoding="utf-8")
    seed = eps / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("---\n", "---\n# reviewed by the data team\n", 1),
                    encoding="utf-8")
    return root


def findings(proc):
    return json.loads(proc.stdout)


def test_gate_fails_on_exactly_the_new_defect(repo):
    everything = findings(audit(repo, "check", "episodes", "--format", "json"))
    assert everything["summary"]["findings"] > 50  # the seed's known defects are all still there
    proc = audit(repo, "check", "episodes", "--baseline", ".audit-baseline.json", "--format", "json")
    assert proc.returncode == 1
    doc = findings(proc)
    new = [(f["file"], f["rule"], f["field"], f["evidence"]) for f in doc["findings"]]
    assert new == [("episodes/001_clean_inference_costs.md", "M301", "summary", "Lama")]
    assert doc["summary"]["files"] == 3


def test_changed_since_reads_only_the_changed_files(repo):
    proc = audit(repo, "check", "episodes", "--changed-since", "HEAD", "--baseline", ".audit-baseline.json",
                 "--format", "json", "--no-cache")
    assert proc.returncode == 1
    doc = findings(proc)
    assert [f["file"] for f in doc["files"]] == ["episodes/000_496c58edfea8d6bd.txt",
                                                  "episodes/001_clean_inference_costs.md"]
    assert [(f["rule"], f["evidence"]) for f in doc["findings"]] == [("M301", "Lama")]


def test_harmless_edit_alone_passes_and_sarif_is_written(repo):
    proc = audit(repo, "check", "episodes/000_496c58edfea8d6bd.txt", "episodes/002_clean_open_models.md",
                 "--baseline", ".audit-baseline.json", "--format", "sarif", "--output", "audit.sarif")
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.startswith("All clear") and "more in the baseline" in proc.stdout
    sarif = json.loads((repo / "audit.sarif").read_text())
    assert sarif["runs"][0]["results"] == [] and sarif["runs"][0]["tool"]["driver"]["rules"]


def test_github_annotations_for_the_pull_request(repo):
    proc = audit(repo, "check", "episodes", "--changed-since", "HEAD", "--baseline", ".audit-baseline.json",
                 "--format", "github")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "::error file=episodes/001_clean_inference_costs.md,line=") and ",title=M301::" in lines[0]


def test_outside_git_the_gate_says_so(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: x\n---\n")
    env_ceiling = {"GIT_CEILING_DIRECTORIES": str(tmp_path.parent)}
    proc = subprocess.run([sys.executable, "-m", "audit", "check", "a.md", "--changed-since", "HEAD"], cwd=tmp_path,
                          capture_output=True, text=True, env={**os.environ, **env_ceiling})
    assert proc.returncode == 2 and "not inside a git repository" in proc.stderr


def test_pre_commit_hook_and_documented_workflow():
    import yaml

    root = Path(__file__).resolve().parent.parent
    hooks = {h["id"]: h for h in yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["audit"]["entry"] == "audit check" and hooks["audit"]["language"] == "python"
    assert all(k in hooks["audit"] for k in ("name", "files", "types"))
    workflow = yaml.safe_load((root / "docs" / "github-actions.yml").read_text())
    steps = workflow["jobs"]["audit"]["steps"]
    runs = " ".join(s.get("run", "") for s in steps)
    assert "--changed-since" in runs and "--format sarif --output audit.sarif" in runs
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert workflow["permissions"]["security-events"] == "write"
