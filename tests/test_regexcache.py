"""The compiled-regex cache (audit/regexcache.py): what it builds equals `re.compile`, later runs use
it, and a damaged, foreign or unwritable cache only costs time -- never a finding, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from audit import regexcache
from tests.conftest import EXAMPLES, ROOT, SEED


def run_check(cache_home, *args, env_extra=None):
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), PYTHONPATH=str(ROOT))
    env.pop("AUDIT_REGEX_CACHE", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json", *args],
                          capture_output=True, text=True, env=env, cwd=ROOT)


def cache_file(cache_home):
    files = list((cache_home / "audit").glob("regex-*.json"))
    assert len(files) == 1, files
    return files[0]


@pytest.fixture
def fresh_state(monkeypatch):
    """The module's state as in a new process (restored afterwards)."""
    monkeypatch.setattr(regexcache, "_loaded", {})
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_compiled", {})
    monkeypatch.setattr(regexcache, "_state", {"loaded": False, "dirty": False, "path": None})


def test_this_interpreter_is_supported():
    # CPython 3.11-3.13: if this fails, the cache is silently off and start-up is 0.5 s slower
    assert regexcache._ENABLED


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A cache file written by a real run on the seed, and that run's output."""
    home = tmp_path_factory.mktemp("cache-home")
    first = run_check(home, str(SEED))
    assert first.returncode == 1 and not first.stderr, first.stderr
    return home, first.stdout


def test_a_run_writes_every_pattern_it_compiled(seeded):
    home, _ = seeded
    data = json.loads(cache_file(home).read_text())
    assert data["format"] == regexcache.FORMAT
    # the rule sets' generated patterns are there: hundreds, among them the glossary alternations
    assert len(data["patterns"]) > 300
    assert max(len(row[0]) for row in data["patterns"]) > 5_000


def test_patterns_built_from_the_file_equal_re_compile(seeded, fresh_state, monkeypatch):
    home, _ = seeded
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    regexcache._load()
    assert len(regexcache._loaded) > 300
    for (pattern, _, flags), row in regexcache._loaded.items():
        built = regexcache._build(pattern, regexcache._decode(row))
        expected = re.compile(pattern, flags)
        # equal patterns have the same pattern text, flags and engine code
        assert built == expected, pattern[:200]
        assert built.groupindex == expected.groupindex and built.groups == expected.groups


def test_a_second_run_reads_the_file_and_finds_the_same(seeded):
    home, first_out = seeded
    path = cache_file(home)
    before = path.stat().st_mtime_ns
    second = run_check(home, str(SEED))
    off = run_check(home, str(SEED), env_extra={"AUDIT_REGEX_CACHE": "0"})
    assert second.stdout == first_out == off.stdout
    assert path.stat().st_mtime_ns == before  # nothing new: the file is not rewritten


def test_other_episodes_add_no_pattern(seeded, tmp_path):
    """Patterns built from an episode's own data (names, its sponsors) are not kept: a run over
    other episodes, with other names, finds every pattern it keeps in the file already."""
    home, _ = seeded
    path = cache_file(home)
    before = path.stat().st_mtime_ns
    other = tmp_path / "other.md"
    other.write_text(SEED.read_text(encoding="utf-8").replace("Lama", "Lamma").replace("Scale", "Brex")
                     .replace("WorkOS", "Vanta").replace("Cursor", "Windsurf"), encoding="utf-8")
    result = run_check(home, str(EXAMPLES), str(other))
    assert result.returncode == 1 and not result.stderr
    assert path.stat().st_mtime_ns == before


def test_past_the_bound_compile_is_re_compile(fresh_state, monkeypatch):
    monkeypatch.setattr(regexcache, "MAX_PATTERNS", 3)
    for i in range(10):
        assert regexcache.compile(rf"x{{{i}}}y") == re.compile(rf"x{{{i}}}y")
    assert len(regexcache._used) == 3
    assert regexcache.compile(r"x{0}y") is regexcache.compile(r"x{0}y")  # the same object, as re's cache


def test_a_second_run_generates_no_code(seeded, fresh_state, monkeypatch):
    home, _ = seeded
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    regexcache._load()
    generated = []
    real = regexcache._generate
    monkeypatch.setattr(regexcache, "_generate", lambda p, f: generated.append(p) or real(p, f))
    for pattern, _, flags in list(regexcache._loaded):
        regexcache.compile(pattern, flags)
    assert generated == []
    regexcache.compile(r"a pattern (no run|never) compiled\b")
    assert generated == [r"a pattern (no run|never) compiled\b"]
    assert regexcache._state["dirty"]


DAMAGE = [
    b"",  # empty
    b'{"format": 1, "patterns": [["(", fal',  # cut off mid-write by another tool
    b"\x00\xff\xfe garbage",  # not JSON
    b'{"format": 999, "patterns": []}',  # a future format
    b'{"format": 2, "patterns": [[1, 2, 3]]}',  # rows of the wrong shape
    b'{"format": 2, "patterns": [["x", false, 0, 0, "AAAA", 0, {}, [null], "old"]]}',  # an age that is no number
    b'{"format": 2, "patterns": {"x": 1}}',  # no list of rows
]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_ignored_and_rewritten_in_process(tmp_path, fresh_state, monkeypatch, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    path = regexcache.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    pattern = r"(?P<word>[A-Z][a-z]+)\s+Labs\b"
    assert regexcache.compile(pattern) == re.compile(pattern)
    assert not regexcache._loaded  # nothing usable was read
    regexcache.save()
    rows = json.loads(path.read_text())["patterns"]
    assert [row[0] for row in rows] == [pattern]


# each damage above in a real run: the same findings, no word on stderr, a whole file written
# (two of them: a run with a cold cache takes ~10 s)
@pytest.mark.parametrize("damage", [DAMAGE[1], DAMAGE[2]])
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path, seeded, damage):
    home = tmp_path
    path = home / "audit" / cache_file(seeded[0]).name
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    result = run_check(home, str(SEED))
    assert result.returncode == 1 and not result.stderr
    assert result.stdout == seeded[1]
    assert len(json.loads(path.read_text())["patterns"]) > 300


def test_an_entry_with_invalid_engine_code_is_compiled_afresh(tmp_path, fresh_state, monkeypatch):
    pattern = r"(?P<word>[A-Z][a-z]+)\s+AI\b"
    good = regexcache._generate(pattern, 0)
    bad = [good[0], [0xFFFF] * len(good[1]), *good[2:]]  # the engine refuses this code
    path = tmp_path / "audit" / regexcache.cache_path().name
    path.parent.mkdir(parents=True)
    import base64
    from array import array
    row = [pattern, False, 0, bad[0], base64.b64encode(array("I", bad[1]).tobytes()).decode(), *bad[2:], 0]
    path.write_text(json.dumps({"format": regexcache.FORMAT, "patterns": [row]}))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compiled = regexcache.compile(pattern)
    assert compiled == re.compile(pattern)
    assert compiled.match("Mistral AI").group("word") == "Mistral"


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, seeded):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    result = run_check(blocker, str(SEED))
    assert result.returncode == 1 and not result.stderr
    assert result.stdout == seeded[1]


def test_the_cache_can_be_turned_off(tmp_path):
    result = run_check(tmp_path, str(SEED), env_extra={"AUDIT_REGEX_CACHE": "0"})
    assert result.returncode == 1 and not result.stderr
    assert not (tmp_path / "audit").exists()


def test_a_bad_pattern_raises_re_error_as_re_compile_does(fresh_state):
    with pytest.raises(re.error) as caught:
        regexcache.compile(r"(unclosed")
    with pytest.raises(re.error) as expected:
        re.compile(r"(unclosed")
    assert str(caught.value) == str(expected.value)


def test_bytes_patterns_and_flags_round_trip(tmp_path, fresh_state, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    cases = [(rb"-([A-Za-z0-9]+)", 0), (r"é+|\bnot mentioned\b", re.IGNORECASE), (r"^x$", re.MULTILINE)]
    for pattern, flags in cases:
        regexcache.compile(pattern, flags)
    regexcache.save()
    monkeypatch.setattr(regexcache, "_loaded", {})
    monkeypatch.setattr(regexcache, "_used", {})
    monkeypatch.setattr(regexcache, "_compiled", {})
    monkeypatch.setattr(regexcache, "_state", {"loaded": False, "dirty": False, "path": None})
    regexcache._load()
    assert {(p, f) for p, _, f in regexcache._loaded} == {(p, int(f)) for p, f in cases}
    for pattern, flags in cases:
        assert regexcache.compile(pattern, flags) == re.compile(pattern, flags)
    assert regexcache.compile(r"é+|\bnot mentioned\b", re.IGNORECASE).search("NOT MENTIONED")


# --- parsed rule-set files (audit/ruleset.py), kept beside the compiled patterns -----------------

from audit import ruleset  # noqa: E402


@pytest.fixture
def fresh_files(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    monkeypatch.setattr(ruleset, "_files", None)
    monkeypatch.setattr(ruleset, "_used_files", {})
    monkeypatch.setattr(ruleset, "_new_files", [])
    monkeypatch.setattr(ruleset, "_loaded", {})  # (no Knowledge this process loaded before)
    return tmp_path


def _restart(monkeypatch):
    """As a new process would: the cache file read again."""
    monkeypatch.setattr(ruleset, "_files", None)
    monkeypatch.setattr(ruleset, "_used_files", {})
    monkeypatch.setattr(ruleset, "_new_files", [])
    monkeypatch.setattr(ruleset, "_loaded", {})


def test_rule_sets_read_from_the_cache_equal_their_yaml(fresh_files, monkeypatch):
    import yaml

    first = ruleset.Knowledge.load([])
    ruleset._save_files()
    path = fresh_files / "audit" / f"rulesets-{ruleset._FILES_FORMAT}.json"
    assert len(json.loads(path.read_text())) == len(first.sources)
    _restart(monkeypatch)
    parsed = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *a, **k: parsed.append(1) or real(*a, **k))
    second = ruleset.Knowledge.load([])
    assert parsed == []  # every shipped file came from the cache
    assert second.raw == first.raw
    for name, paths in second.sources.items():
        assert second.raw[name] == real(paths[0].read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_an_edited_rule_file_is_read_anew(fresh_files, monkeypatch, tmp_path_factory):
    rules = tmp_path_factory.mktemp("my-rules")
    (rules / "extra.yaml").write_text("words: [alpha, beta]\n", encoding="utf-8")
    assert ruleset.Knowledge.load([rules]).raw["extra"] == {"words": ["alpha", "beta"]}
    ruleset._save_files()
    _restart(monkeypatch)
    (rules / "extra.yaml").write_text("words: [gamma]\n", encoding="utf-8")
    assert ruleset.Knowledge.load([rules]).raw["extra"] == {"words": ["gamma"]}


def test_data_json_cannot_give_back_is_read_from_yaml_every_time(fresh_files, monkeypatch, tmp_path_factory):
    rules = tmp_path_factory.mktemp("my-rules")
    (rules / "odd.yaml").write_text("when: 2024-01-02\n1: one\n", encoding="utf-8")
    import datetime

    expected = {"when": datetime.date(2024, 1, 2), 1: "one"}
    assert ruleset.Knowledge.load([rules]).raw["odd"] == expected
    ruleset._save_files()
    _restart(monkeypatch)
    assert ruleset.Knowledge.load([rules]).raw["odd"] == expected


def test_a_damaged_rule_set_cache_is_ignored(fresh_files, monkeypatch):
    path = fresh_files / "audit" / f"rulesets-{ruleset._FILES_FORMAT}.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"abc": ', encoding="utf-8")
    first = ruleset.Knowledge.load([])
    ruleset._save_files()
    assert len(json.loads(path.read_text())) == len(first.sources)


def test_runs_with_other_rule_files_keep_each_others(fresh_files, monkeypatch, tmp_path_factory):
    """A run with a team's rule folder does not drop the shipped files from the cache: the next
    run without it parses no YAML. A file no run read in KEEP_SAVES rewrites in a row drops out."""
    import yaml

    path = fresh_files / "audit" / f"rulesets-{ruleset._FILES_FORMAT}.json"
    shipped = ruleset.Knowledge.load([])
    ruleset._save_files()
    _restart(monkeypatch)
    rules = tmp_path_factory.mktemp("team-rules")
    (rules / "extra.yaml").write_text("words: [alpha]\n", encoding="utf-8")
    ruleset.Knowledge.load([rules])
    ruleset._save_files()
    assert len(json.loads(path.read_text())) == len(shipped.sources) + 1
    _restart(monkeypatch)
    parsed = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *a, **k: parsed.append(1) or real(*a, **k))
    ruleset.Knowledge.load([])
    assert parsed == [] and ruleset._new_files == []  # nothing to parse, nothing to rewrite
    for i in range(regexcache.KEEP_SAVES):  # rewrites by runs that never read extra.yaml
        _restart(monkeypatch)
        (rules / "extra.yaml").write_text(f"words: [v{i}]\n", encoding="utf-8")
        ruleset.Knowledge.load([rules])
        ruleset._save_files()
    texts = [text for text, _ in json.loads(path.read_text()).values()]
    assert '{"words": ["alpha"]}' not in texts and '{"words": ["v2"]}' in texts


def test_the_patterns_are_the_same_text_in_every_process(tmp_path):
    """A pattern joined from a set in the set's order would differ between processes (the string
    hash seed changes it), miss the cache and rewrite the file on every run."""
    kept = []
    for seed in ("1", "2"):
        home = tmp_path / seed
        result = run_check(home, str(EXAMPLES), env_extra={"PYTHONHASHSEED": seed})
        assert result.returncode == 1 and not result.stderr
        kept.append({(row[0], row[2]) for row in json.loads(cache_file(home).read_text())["patterns"]})
    assert kept[0] == kept[1]


def test_runs_with_other_rule_sets_keep_each_others_patterns(tmp_path, seeded):
    """A run with another glossary (a `--rules` folder) adds its patterns to the file without
    dropping the shipped rule sets' patterns: the next run of either reads them all and rewrites
    nothing."""
    home = tmp_path / "home"
    (home / "audit").mkdir(parents=True)
    shipped = cache_file(seeded[0])
    (home / "audit" / shipped.name).write_bytes(shipped.read_bytes())
    extra = tmp_path / "team-rules"
    extra.mkdir()
    (extra / "glossary.yaml").write_text(
        "version: 1\nentries:\n- name: Zorblax Labs\n  kind: ai_lab\n  misspellings: [Zorblaks Labs]\n",
        encoding="utf-8")
    path = cache_file(home)
    before = path.stat().st_mtime_ns
    with_team = run_check(home, "--rules", str(extra), str(SEED))
    assert with_team.returncode == 1 and not with_team.stderr, with_team.stderr
    assert path.stat().st_mtime_ns != before  # the team's glossary made new patterns
    rows = json.loads(path.read_text())["patterns"]
    # (in a trie the name is split after the letters it shares with other names: "Z(?<!...)orblax",
    # or "Zo(?:ox|rblax)" beside a "Zoox"; no other name starts "Zorb")
    assert any("blax" in row[0] for row in rows)
    assert {row[0] for row in rows} >= {row[0] for row in json.loads(shipped.read_text())["patterns"]}
    after_team = path.stat().st_mtime_ns
    assert run_check(home, str(SEED)).stdout == seeded[1]
    run_check(home, "--rules", str(extra), str(SEED))
    assert path.stat().st_mtime_ns == after_team  # both runs found every pattern in the file


def test_patterns_no_rewrite_used_drop_out(tmp_path, fresh_state, monkeypatch):
    """A pattern kept for other runs is dropped after KEEP_SAVES rewrites in a row without it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)

    def run(*patterns):
        for name, value in (("_loaded", {}), ("_used", {}), ("_compiled", {}),
                            ("_state", {"loaded": False, "dirty": False, "path": None})):
            monkeypatch.setattr(regexcache, name, value)
        for p in patterns:
            regexcache.compile(p)
        regexcache.save()
        return [row[0] for row in json.loads(regexcache.cache_path().read_text())["patterns"]]

    assert "first+" in run("first+")
    for i in range(regexcache.KEEP_SAVES - 1):
        assert "first+" in run(f"later{i}+")  # kept while the rewrites without it are fewer than KEEP_SAVES
    assert "first+" not in run("last+")  # the KEEP_SAVES-th rewrite in a row without it drops it
    assert "first+" in run("first+", "again+")  # (a run that uses it again starts its count anew)
