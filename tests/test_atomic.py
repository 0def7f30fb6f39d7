"""Files audit writes (reports, baselines, caches) appear whole or not at all, with the permissions
a plain write would give them."""

from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from audit.atomic import atomic_text_file, write_text_atomic
from audit.cli import main
from tests.conftest import SEED


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_the_umask_mode_not_mkstemps_0600(tmp_path, umask_022):
    target = tmp_path / "out.json"
    write_text_atomic(target, "{}")
    assert target.read_text() == "{}"
    assert _mode(target) == 0o644


def test_a_replaced_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "baseline.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert _mode(target) == 0o640


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "report.sarif"
    target.write_text("old report")
    with pytest.raises(RuntimeError):
        with atomic_text_file(target) as fh:
            fh.write("half a rep")
            raise RuntimeError("disk gone")
    assert target.read_text() == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.sarif"]


def test_check_output_and_baseline_files_are_readable_by_others(tmp_path, umask_022):
    out, base = tmp_path / "findings.json", tmp_path / "baseline.json"
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--no-cache", "--format", "json", "-o", str(out), str(SEED)])
    assert result.exit_code == 1, result.output
    assert '"findings"' in out.read_text()
    assert _mode(out) == 0o644
    result = runner.invoke(main, ["baseline", "--no-cache", "-o", str(base), str(SEED)])
    assert result.exit_code == 0, result.output
    assert _mode(base) == 0o644


def test_a_symbolic_link_stays_a_link_to_the_new_text(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_pipe_is_written_to_not_replaced(tmp_path):
    # `-o /dev/null` run as root once turned /dev/null into a regular file by renaming over it
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, encoding="utf-8").read()), daemon=True)
    reader.start()
    write_text_atomic(fifo, "streamed")
    reader.join(timeout=10)
    assert got == ["streamed"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.fifo"]
