"""A file name that is not UTF-8 (bytes a Linux file system allows) is audited and reported in every
output format, through the result cache, with stdout strictly UTF-8 (as under en_US.UTF-8 and on CI
runners): no traceback, and the name written with backslash escapes as git quotes such names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from audit.engine import discover, printable_path

EPISODE = b"---\ntitle: Openai and Lama\nsummary: x\ndate: 2024-05-01\n---\n"


@pytest.fixture
def odd_folder(tmp_path):
    if sys.platform != "linux":
        pytest.skip("needs a file system that takes any bytes in names")
    os.mkdir(tmp_path / "eps")
    with open(os.path.join(os.fsencode(tmp_path / "eps"), b"bad\xffname.md"), "wb") as fh:
        fh.write(EPISODE)
    (tmp_path / "eps" / "ok.md").write_bytes(EPISODE)
    return tmp_path


def run(folder, *args):
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict")
    # a timeout, so that a read that blocks (a named pipe) fails the test instead of hanging the suite
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, cwd=folder, env=env,
                          timeout=120)


def test_discover_gives_a_printable_name(odd_folder):
    files = discover([odd_folder / "eps"], ["*.md"], [])
    names = [display for _, display in files]
    assert names == [str(odd_folder / "eps" / "bad\\xffname.md"), str(odd_folder / "eps" / "ok.md")]
    path = files[0][0]
    assert path.read_bytes() == EPISODE  # the path itself still opens the file
    assert printable_path("plain/é.md") == "plain/é.md"


@pytest.mark.parametrize("fmt", ["text", "json", "github", "junit", "sarif"])
def test_every_format_writes_it(odd_folder, fmt):
    first = run(odd_folder, "check", "--format", fmt, "eps")  # fills the cache
    second = run(odd_folder, "check", "--format", fmt, "eps")  # served from it
    for proc in (first, second):
        assert proc.returncode == 1, proc.stderr.decode(errors="replace")
        assert b"Traceback" not in proc.stderr
        out = proc.stdout.decode("utf-8")  # strictly UTF-8
        assert "xffname.md" in out
    assert first.stdout == second.stdout
    if fmt == "json":
        doc = json.loads(first.stdout)
        odd = [f for f in doc["findings"] if f["file"] == "eps/bad\\xffname.md"]
        ok = [f for f in doc["findings"] if f["file"] == "eps/ok.md"]
        assert {f["rule"] for f in odd} == {f["rule"] for f in ok} >= {"M301"}


# --- what is named like an episode but is no regular file -----------------------------------------

@pytest.fixture
def special_folder(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    folder = tmp_path / "eps"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")  # nothing ever writes to it: a read would block forever
    (folder / "broken.md").symlink_to(tmp_path / "nowhere.md")
    (folder / "ok.md").write_bytes(EPISODE)
    return tmp_path


def s001(proc) -> dict[str, str]:
    return {f["file"]: f["message"] for f in json.loads(proc.stdout)["findings"] if f["rule"] == "S001"}


def test_a_pipe_in_a_folder_is_reported_not_read(special_folder):
    proc = run(special_folder, "check", "--format", "json", "eps")  # with the cache: read before parsing
    assert proc.returncode == 1, proc.stderr
    assert s001(proc) == {"eps/pipe.md": "File cannot be read: it is a named pipe, not a regular file",
                          "eps/broken.md": "File cannot be read: No such file or directory"}
    assert any(f["file"] == "eps/ok.md" and f["rule"] == "M301" for f in json.loads(proc.stdout)["findings"])


def test_a_named_special_file_is_reported_not_skipped(special_folder):
    # before: `audit check pipe.md` said "no findings in 0 files" and exited 0 (a hole in a CI gate)
    proc = run(special_folder, "check", "--format", "json", "--no-cache", "eps/pipe.md", "/dev/null")
    assert proc.returncode == 1, proc.stderr
    assert s001(proc) == {"eps/pipe.md": "File cannot be read: it is a named pipe, not a regular file",
                          "/dev/null": "File cannot be read: it is a character device, not a regular file"}


def test_fix_and_report_pass_a_pipe_by(special_folder):
    fix = run(special_folder, "fix", "eps")
    assert fix.returncode == 1 and b"Traceback" not in fix.stderr
    assert b"pipe.md: not fixed: File cannot be read: it is a named pipe" in fix.stdout + fix.stderr
    report = run(special_folder, "report", "-o", "site", "eps")
    assert report.returncode == 1 and b"Traceback" not in report.stderr
    assert (special_folder / "site" / "index.html").is_file()
