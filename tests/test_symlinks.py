"""Symbolic links that lead nowhere: a clear message or an S001 finding, never a traceback.

`Path.resolve()` raises RuntimeError on a loop of links in Python 3.11; every command resolves the
paths it is given (to find the config, match per-file-ignores, key a baseline, compare with git),
and a loop named on the command line or lying in an audited folder ended the run in a traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.config import resolved
from tests.conftest import SEED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def links(tmp_path, monkeypatch):
    """eps/ with the seed, a link to itself and a link to nothing; a loop and a dangling link at the top."""
    eps = tmp_path / "eps"
    eps.mkdir()
    shutil.copy(SEED, eps / "seed.md")
    os.symlink("loop.md", eps / "loop.md")
    os.symlink("missing.md", eps / "dangling.md")
    os.symlink("loop", tmp_path / "loop")
    os.symlink("nowhere.md", tmp_path / "dangling.md")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_resolved_falls_back_to_the_absolute_path_on_a_loop(links):
    assert resolved("loop") == links / "loop"
    assert resolved("eps/seed.md") == (links / "eps" / "seed.md").resolve()


@pytest.mark.parametrize("command", [["check"], ["check", "--format", "json"], ["fix"],
                                     ["baseline", "-o", "b.json"], ["report", "-o", "site"]])
def test_a_loop_named_on_the_command_line_is_a_usage_error_that_says_so(links, command):
    code, out = run(*command, "loop")
    assert code == 2
    assert "loop: a symbolic link that cannot be followed (Too many levels of symbolic links)" in out


def test_a_dangling_link_named_on_the_command_line_says_so(links):
    code, out = run("check", "dangling.md")
    assert code == 2
    assert "dangling.md: a symbolic link that cannot be followed (No such file or directory)" in out


def test_links_in_a_folder_are_files_that_cannot_be_read_and_the_rest_is_audited(links):
    code, out = run("check", "--no-cache", "--format", "json", "eps")
    assert code == 1
    found = json.loads(out)["findings"]
    unreadable = {f["file"]: f["message"] for f in found if f["rule"] == "S001"}
    assert unreadable == {
        os.path.join("eps", "dangling.md"): "File cannot be read: No such file or directory",
        os.path.join("eps", "loop.md"): "File cannot be read: Too many levels of symbolic links",
    }
    assert any(f["file"] == os.path.join("eps", "seed.md") and f["rule"] == "M301" for f in found)


def test_per_file_ignores_match_past_a_loop(links):
    (links / "audit.toml").write_text('[per-file-ignores]\n"eps/loop.md" = ["S001"]\n', encoding="utf-8")
    code, out = run("check", "--no-cache", "--format", "json", "--select", "S001", "eps")
    assert code == 1
    assert [f["file"] for f in json.loads(out)["findings"]] == [os.path.join("eps", "dangling.md")]


def test_baseline_written_and_read_over_a_folder_with_a_loop(links):
    code, out = run("baseline", "--no-cache", "-o", "b.json", "eps")
    assert code == 0, out
    keys = {(e["file"], e["rule"]) for e in json.loads((links / "b.json").read_text())["findings"]}
    assert ("eps/loop.md", "S001") in keys
    code, out = run("check", "--no-cache", "--baseline", "b.json", "eps")
    assert code == 0, out


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_changed_since_over_a_folder_with_a_loop(links):
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=links, check=True)
    subprocess.run([*git, "add", "eps/seed.md"], cwd=links, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "seed"], cwd=links, check=True)
    code, out = run("check", "--no-cache", "--format", "json", "--select", "S001", "eps", "--changed-since", "HEAD")
    assert code == 1, out
    # the links are untracked, so changed; the committed seed is not
    assert {f["file"] for f in json.loads(out)["findings"]} == {os.path.join("eps", "dangling.md"),
                                                                 os.path.join("eps", "loop.md")}
