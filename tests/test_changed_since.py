"""`audit check --changed-since REF`: only files added or modified since REF, plus untracked ones."""

from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from audit import engine
from audit.cli import main
from audit.gitfiles import changed_files
from tests.conftest import episode_text

GOOD = episode_text("title: Llama 4 is out\n")
BAD = episode_text("title: Lama 4 is out\n")


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false",
                    *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    eps = tmp_path / "eps"
    eps.mkdir()
    for name in ("same.md", "modified.md", "staged.md", "deleted.md", "committed.md"):
        (eps / name).write_text(GOOD)
    (tmp_path / ".gitignore").write_text("eps/ignored.md\n.audit_cache/\n")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "one")
    git(tmp_path, "tag", "base")
    (eps / "committed.md").write_text(BAD)
    git(tmp_path, "commit", "-q", "-am", "two")
    (eps / "modified.md").write_text(BAD)
    (eps / "staged.md").write_text(BAD)
    git(tmp_path, "add", "eps/staged.md")
    (eps / "deleted.md").unlink()
    (eps / "untracked.md").write_text(BAD)
    (eps / "ignored.md").write_text(BAD)
    return tmp_path


def files_checked(*args):
    result = CliRunner().invoke(main, ["check", "--no-cache", "--select", "M301", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return [f["file"] for f in json.loads(result.stdout)["files"]]


def test_only_changed_and_untracked_files(repo):
    assert files_checked("eps") == [f"eps/{n}.md" for n in ("committed", "ignored", "modified", "same", "staged",
                                                              "untracked")]
    assert files_checked("eps", "--changed-since", "base") == [
        "eps/committed.md", "eps/modified.md", "eps/staged.md", "eps/untracked.md"]
    assert files_checked("eps", "--changed-since", "HEAD") == ["eps/modified.md", "eps/staged.md", "eps/untracked.md"]
    assert files_checked("eps/modified.md", "eps/same.md", "--changed-since", "HEAD") == ["eps/modified.md"]


def test_unchanged_files_are_not_even_read(repo, monkeypatch):
    seen = []
    real = engine.load_episode
    monkeypatch.setattr(engine, "load_episode", lambda p, d=None: seen.append(d) or real(p, d))
    files_checked("eps", "--changed-since", "HEAD")
    assert sorted(seen) == ["eps/modified.md", "eps/staged.md", "eps/untracked.md"]


def test_from_a_subfolder(repo, monkeypatch):
    monkeypatch.chdir(repo / "eps")
    assert files_checked(".", "--changed-since", "HEAD~1") == ["committed.md", "modified.md", "staged.md",
                                                              "untracked.md"]
    assert (repo / "eps" / "modified.md").resolve() in changed_files("HEAD")


def test_outside_a_git_repository(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "a.md").write_text(GOOD)
    result = CliRunner().invoke(main, ["check", "--no-cache", "a.md", "--changed-since", "HEAD"])
    assert result.exit_code == 2
    assert "--changed-since" in result.stderr and "not inside a git repository" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_ref(repo):
    result = CliRunner().invoke(main, ["check", "--no-cache", "eps", "--changed-since", "no-such-ref"])
    assert result.exit_code == 2 and "'no-such-ref' is not a commit" in result.stderr
