"""The per-file result cache in .audit_cache/: hits skip parsing, keys change with what matters,
broken entries are misses, concurrent runs are safe, --no-cache neither reads nor writes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit import engine
from audit.cache import CACHE_DIR, Cache
from audit.cli import main
from audit.config import Settings
from tests.conftest import episode_text

LAMA = episode_text("title: Lama 4 is out\nsummary: OPENai shipped it.\n")
SELECT = ["--select", "M301,M302"]


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    eps = tmp_path / "eps"
    eps.mkdir()
    for i in range(5):
        (eps / f"{i}.md").write_text(LAMA.replace("4", str(i)), encoding="utf-8")
    return tmp_path


def check(*args):
    result = CliRunner().invoke(main, ["check", "--format", "json", *SELECT, "eps", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def entries(root: Path) -> list[Path]:
    """The cached file results (not the rule index)."""
    return sorted(p for p in (root / CACHE_DIR).rglob("*.json") if not p.name.startswith("rules-"))


def test_warm_run_is_served_from_the_cache_without_parsing(corpus, monkeypatch):
    cold = check()
    assert len(entries(corpus)) == 5
    assert (corpus / CACHE_DIR / "CACHEDIR.TAG").is_file() and (corpus / CACHE_DIR / ".gitignore").is_file()

    def no_parsing(*a, **k):
        raise AssertionError("a cached file was parsed")

    monkeypatch.setattr(engine, "load_episode", no_parsing)
    assert check() == cold  # same findings, fixes and positions, in the same order


def test_a_changed_file_is_audited_again(corpus, monkeypatch):
    check()
    (corpus / "eps" / "2.md").write_text(episode_text("title: Llama 2 is out\n"), encoding="utf-8")
    seen = []
    real = engine.load_episode
    monkeypatch.setattr(engine, "load_episode", lambda p, d=None: seen.append(d) or real(p, d))
    doc = check()
    assert seen == ["eps/2.md"]
    assert {f["file"] for f in doc["findings"]} == {"eps/0.md", "eps/1.md", "eps/3.md", "eps/4.md"}


def test_key_covers_settings_rules_and_name(corpus):
    check()
    n = len(entries(corpus))
    check("--select", "M301")  # another selection: other keys
    assert len(entries(corpus)) == 2 * n
    (corpus / "audit.toml").write_text('severity = {M301 = "warning"}\n')
    doc = check()
    assert {f["severity"] for f in doc["findings"] if f["rule"] == "M301"} == {"warning"}


def test_no_cache_neither_reads_nor_writes(corpus):
    check("--no-cache")
    assert not (corpus / CACHE_DIR).exists()
    (corpus / "audit.toml").write_text("cache = false\n")
    check()
    assert not (corpus / CACHE_DIR).exists()


def test_broken_entries_are_misses_and_are_rewritten(corpus):
    cold = check()
    files = entries(corpus)
    files[0].write_text("{not json")
    files[1].write_text(json.dumps({"key": "someone else's", "file": "x", "findings": [], "error": None}))
    assert check() == cold
    assert json.loads(files[0].read_text())["key"] == files[0].stem


def test_unwritable_cache_folder_only_costs_speed(corpus):
    (corpus / CACHE_DIR).write_text("a file where the folder should be")
    assert check()["summary"]["files"] == 5


def test_concurrent_writers_never_leave_a_partial_entry(tmp_path):
    from audit.engine import Auditor

    auditor = Auditor(Settings(select=["M301"]))
    cache = Cache(tmp_path / CACHE_DIR, auditor.cache_context())
    (tmp_path / "a.md").write_text(LAMA)
    result = auditor.audit_files([(tmp_path / "a.md", "a.md")])[0]
    key = cache.key(LAMA.encode(), "a.md")
    errors = []

    def writer():
        for _ in range(50):
            cache.put(key, result)

    def reader():
        for _ in range(200):
            got = cache.get(key)
            if got is not None and [f.message for f in got.findings] != [f.message for f in result.findings]:
                errors.append(got)

    threads = [threading.Thread(target=t) for t in (writer, writer, reader, reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [p.name for p in (tmp_path / CACHE_DIR).rglob("*") if p.name.startswith(".tmp-")] == []


def test_two_processes_sharing_the_cache(corpus):
    cmd = [sys.executable, "-m", "audit", "check", "--format", "json", *SELECT, "eps"]
    procs = [subprocess.Popen(cmd, cwd=corpus, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate()[0] for p in procs]
    assert [p.returncode for p in procs] == [1, 1]
    assert json.loads(outs[0]) == json.loads(outs[1]) == check()


def test_warm_run_never_imports_the_rules(corpus):
    """A run whose files all hit selects rules from the cached rule index: no rule modules, no pandas,
    and (as it loads no episode) no numpy."""
    # both runs in fresh processes: each computes the code digest that keys the rule index
    subprocess.run([sys.executable, "-m", "audit", "check", *SELECT, "eps"], cwd=corpus, capture_output=True)
    code = ("import sys\nfrom audit.cli import main\ntry:\n    main(['check', '--select', 'M301,M302', 'eps'])\n"
            "except SystemExit as e:\n    print('exit', e.code)\n"
            "print('audit.tables' in sys.modules, 'pandas' in sys.modules, 'numpy' in sys.modules)")
    for _ in range(3):  # a source file edited between two runs (a developer's tree) re-keys the index
        out = subprocess.run([sys.executable, "-c", code], cwd=corpus, capture_output=True, text=True).stdout
        if out.splitlines()[-2:] == ["exit 1", "False False False"]:
            break
    assert out.splitlines()[-2:] == ["exit 1", "False False False"]


def test_warm_run_still_validates_the_selection(corpus):
    check()
    result = CliRunner().invoke(main, ["check", "--select", "Z999", "eps"])
    assert result.exit_code == 2 and "'Z999' matches no rule" in result.stderr
    result = CliRunner().invoke(main, ["check", *SELECT, "--rules", "no-such-folder", "eps"])
    assert result.exit_code == 2 and "no-such-folder" in result.stderr


def test_warm_run_reads_each_entry_when_its_turn_comes(corpus):
    """A warm run over any number of files holds one file's cached findings at a time."""
    from audit.cli import make_auditor
    from audit.engine import discover

    check()
    auditor = make_auditor(Settings(select=["M301", "M302"]))
    read: list[str] = []
    get = auditor.cache.get
    auditor.cache.get = lambda key: read.append(key) or get(key)
    results = auditor.run(discover(["eps"], ["*.md"], []))
    first = next(results)
    assert len(read) == 1 and first.findings
    assert len(list(results)) == 4 and len(read) == 5
