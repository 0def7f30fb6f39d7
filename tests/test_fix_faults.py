"""`audit fix --write` when things go wrong: every original stays intact and the report says so."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

import audit.fix
from audit.cli import main
from tests.conftest import episode_text

BAD = "title: Metaâ€™s Lama 4 plan\nsummary: Lama 4 is out\n"
GOOD = "title: Meta’s Llama 4 plan\nsummary: Llama 4 is out\n"


def run(*args):
    return CliRunner().invoke(main, ["fix", "--write", *[str(a) for a in args]], catch_exceptions=False)


def make(folder: Path, name: str, fm: str = BAD) -> Path:
    p = folder / name
    p.write_text(episode_text(fm), encoding="utf-8")
    return p


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".audit-tmp")]


def test_fixed_file_keeps_its_mode(tmp_path):
    p = make(tmp_path, "a.md")
    p.chmod(0o640)
    res = run(p)
    assert res.exit_code == 0, res.output
    assert p.read_text(encoding="utf-8") == episode_text(GOOD)
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert not leftovers(tmp_path)


def test_read_only_file_is_not_written(tmp_path):
    ro = make(tmp_path, "a.md")
    rw = make(tmp_path, "b.md")
    ro.chmod(0o444)
    before = sha(ro)
    res = run(tmp_path)
    assert res.exit_code == 1
    assert sha(ro) == before
    assert rw.read_text(encoding="utf-8") == episode_text(GOOD)  # the others are still fixed
    assert "Not written (1 file; the originals are intact)" in res.stderr
    assert "a.md: the file is read-only" in res.stderr
    assert not leftovers(tmp_path)


@pytest.mark.parametrize("where", ["write", "replace", "fsync"])
def test_write_failing_half_way_leaves_the_original(tmp_path, monkeypatch, where):
    p = make(tmp_path, "a.md")
    before = sha(p)

    def disk_full(*args, **kwargs):
        if where == "write":
            args[0].write(args[1][:10])  # half a file reaches the temporary file, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")
    target = {"write": "audit.fix._write_all", "replace": "audit.fix.os.replace", "fsync": "audit.fix.os.fsync"}
    monkeypatch.setattr(target[where], disk_full)
    res = run(p)
    assert res.exit_code == 1
    assert sha(p) == before
    assert "a.md: no space left on the device" in res.stderr
    assert not leftovers(tmp_path)


def test_interrupt_while_writing_names_the_files_not_written(tmp_path, monkeypatch):
    files = [make(tmp_path, f"{n}.md") for n in "abc"]
    before = [sha(p) for p in files]
    real = audit.fix._write_all
    calls = []

    def interrupt_second(fh, data):
        calls.append(1)
        if len(calls) == 2:
            fh.write(data[:5])
            raise KeyboardInterrupt
        real(fh, data)
    monkeypatch.setattr("audit.fix._write_all", interrupt_second)
    res = CliRunner().invoke(main, ["fix", "--write", str(tmp_path)])
    assert res.exit_code == 130
    assert files[0].read_text(encoding="utf-8") == episode_text(GOOD)  # written before the interrupt
    assert [sha(p) for p in files[1:]] == before[1:]
    assert "interrupted" in res.stderr
    assert "b.md: interrupted" in res.stderr and "c.md: interrupted" in res.stderr
    assert not leftovers(tmp_path)


def test_interrupt_while_fixing_writes_nothing(tmp_path, monkeypatch):
    files = [make(tmp_path, f"{n}.md") for n in "ab"]
    before = [sha(p) for p in files]
    real = audit.fix.fix_file
    calls = []

    def interrupt_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)
    monkeypatch.setattr("audit.fix.fix_file", interrupt_second)
    res = CliRunner().invoke(main, ["fix", "--write", str(tmp_path)])
    assert res.exit_code == 130
    assert [sha(p) for p in files] == before
    assert "no file was written" in res.stderr


def test_symlink_is_followed_and_kept(tmp_path):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = make(real_dir, "a.md")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    res = run(link)
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == episode_text(GOOD)
    # the same file reached twice (the link and its target) is fixed once
    target.write_text(episode_text(BAD), encoding="utf-8")
    res = run(link, target)
    assert res.exit_code == 0, res.output
    assert "same file as" in res.stderr and "Fixed 3 findings in 1 file" in res.output


def test_unparseable_file_in_the_same_run_is_never_written(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [Metaâ€™s Lama 4\nsummary: x\n---\n", encoding="utf-8")
    good = make(tmp_path, "good.md")
    before = sha(broken)
    res = run(tmp_path)
    assert res.exit_code == 1
    assert sha(broken) == before
    assert good.read_text(encoding="utf-8") == episode_text(GOOD)
    assert "broken.md: not fixed: Front matter is not valid YAML" in res.stderr
    # the dry run says the same and changes nothing
    res = CliRunner().invoke(main, ["fix", str(broken)])
    assert res.exit_code == 1 and sha(broken) == before


def test_invalid_utf8_file_is_never_written(tmp_path):
    p = tmp_path / "bad.md"
    p.write_bytes(episode_text(BAD).encode("utf-8") + b"\xff\xfe tail\n")
    before = sha(p)
    res = run(p)
    assert res.exit_code == 1
    assert sha(p) == before
    assert "not valid UTF-8" in res.stderr


def test_file_changed_on_disk_after_reading_is_not_overwritten(tmp_path, monkeypatch):
    p = make(tmp_path, "a.md")
    real = audit.fix.fix_file

    def edit_meanwhile(*args, **kwargs):
        result = real(*args, **kwargs)
        p.write_text(episode_text("title: edited by someone else\n"), encoding="utf-8")
        return result
    monkeypatch.setattr("audit.fix.fix_file", edit_meanwhile)
    res = run(p)
    assert res.exit_code == 1
    assert "changed on disk since it was read" in res.stderr
    assert p.read_text(encoding="utf-8") == episode_text("title: edited by someone else\n")


def test_read_only_folder_reports_and_keeps_original(tmp_path, monkeypatch):
    p = make(tmp_path, "a.md")
    before = sha(p)

    def no_temp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr("audit.fix.tempfile.mkstemp", no_temp)
    res = run(p)
    assert res.exit_code == 1 and sha(p) == before
    assert "a.md: Permission denied" in res.stderr
