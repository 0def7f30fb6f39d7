"""audit.derived: values derived from the rule sets (tries of names, the literals a pattern's
matches hold) are kept between runs, read back exactly, and never taken from another version of
the code that derives them or from a damaged file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audit import derived, prefilter, textmatch

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "episodes" / "000_496c58edfea8d6bd.txt"
NAMES = ["OpenAI", "OpenRouter", "Anthropic", "Anyscale", "Nvidia", "NVIDIA", "Meta AI", "Meta", "Mistral AI"]


def new_process() -> None:
    """What a new process has: nothing read, nothing derived, nothing remembered."""
    derived._loaded.clear()
    derived._used.clear()
    derived._owners.clear()
    derived._state.update(loaded=False, dirty=False, path=None)
    textmatch._trie_pattern.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_REGEX_CACHE", raising=False)
    new_process()
    yield tmp_path / "audit" / f"derived-{derived.FORMAT}.json"
    new_process()


def never(*_):
    raise AssertionError("derived again, though the cache file holds it")


def test_a_trie_is_kept_and_read_back_by_a_new_process(cache, monkeypatch):
    source = textmatch.trie_pattern(NAMES, r"(?<!\w.)")
    assert source == textmatch._build_trie(frozenset(NAMES), r"(?<!\w.)")
    assert re.fullmatch(source.replace(r"(?<!\w.)", ""), "OpenRouter")
    derived.save()
    assert cache.is_file()
    new_process()
    monkeypatch.setattr(textmatch, "_build_trie", never)
    assert textmatch.trie_pattern(reversed(NAMES), r"(?<!\w.)") == source  # the same set, in any order
    with pytest.raises(AssertionError):
        textmatch.trie_pattern(NAMES[:3])  # another set is another key


def test_gated_patterns_read_back_are_the_derived_ones(cache, monkeypatch):
    patterns = [re.compile(p, f) for p, f in [
        (r"\b(?:go|head|visit)\s+(?:over\s+)?to\s+(?P<sponsor>[a-z0-9-]+)\.(?:com|ai|io)\b", re.I),
        (r"\bnot\s+(?:explicitly\s+)?mentioned\b", re.I),
        (r"(?:promo|discount|coupon)\s+code\b", re.I),
        (r"\bbrought\s+to\s+you\s+by\b", 0),
        (r"x?y", 0),
    ]]
    first = [(g.needles, g.prefixes) for g in map(prefilter.Gated, patterns)]
    assert any(n is not None for n, _ in first) and any(p is not None for _, p in first)
    derived.save()
    new_process()
    monkeypatch.setattr(prefilter, "_gate", never)
    assert [(g.needles, g.prefixes) for g in map(prefilter.Gated, patterns)] == first


def test_another_version_of_the_deriving_code_derives_again(cache, monkeypatch):
    textmatch.trie_pattern(NAMES)
    derived.save()
    new_process()
    derived._owners["audit.textmatch"] = "0" * 64  # as if textmatch.py had changed
    calls = []
    real = textmatch._build_trie
    monkeypatch.setattr(textmatch, "_build_trie", lambda *a: calls.append(a) or real(*a))
    assert textmatch.trie_pattern(NAMES) == real(frozenset(NAMES), "")
    assert len(calls) == 1


@pytest.mark.parametrize("damage", ["", "{not json", '{"format": 1, "values": []}', '{"format": 99, "values": {}}'])
def test_a_damaged_or_foreign_file_is_derived_again_and_rewritten(cache, damage):
    cache.parent.mkdir(parents=True)
    cache.write_text(damage, encoding="utf-8")
    assert textmatch.trie_pattern(NAMES) == textmatch._build_trie(frozenset(NAMES), "")
    derived.save()
    data = json.loads(cache.read_text(encoding="utf-8"))
    assert data["format"] == derived.FORMAT and len(data["values"]) == 1


def test_a_value_unused_by_several_rewrites_drops_out(cache):
    textmatch.trie_pattern(["Alpha", "Beta"])
    derived.save()
    kept = textmatch._build_trie(frozenset(["Alpha", "Beta"]), "")
    for i in range(derived.regexcache.KEEP_SAVES):
        values = json.loads(cache.read_text(encoding="utf-8"))["values"]
        assert [v[1] for v in values.values() if v[0] == kept] == [i]  # rewritten i times unused
        new_process()
        textmatch.trie_pattern([*NAMES[:2], f"Run{i}"])  # something new each run
        derived.save()
    values = json.loads(cache.read_text(encoding="utf-8"))["values"]
    assert kept not in [v[0] for v in values.values()]


def test_no_file_when_the_cache_is_off(cache, monkeypatch):
    monkeypatch.setenv("AUDIT_REGEX_CACHE", "0")
    textmatch.trie_pattern(NAMES)
    derived.save()
    assert not cache.exists()


def test_the_cli_gives_the_same_findings_from_a_kept_cache(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("AUDIT_REGEX_CACHE", None)
    cmd = [sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json", str(SEED)]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert (tmp_path / "audit" / f"derived-{derived.FORMAT}.json").is_file(), first.stderr
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert first.returncode == second.returncode == 1
    # (session 34: +6 C1007 quotes inside others scored otherwise, +4 G901 unmentioned and absent;
    # session 41: +2 C1007 the same quotes with a filler word, +1 G901 Stanford AI Lab; session 45:
    # -5 G901 on the entities N201 flags, which report them once; session 57: +2 M302
    # "Multi-Challenge" of Scale AI's MultiChallenge, -1 G901 "Trump Administration", which F504 flags)
    assert json.loads(first.stdout)["summary"]["findings"] == 159
    assert first.stdout == second.stdout


def test_pattern_literals_read_back_are_the_parsers(cache, monkeypatch):
    from re import _parser

    from audit.checks.not_mentioned import phrases
    from audit.engine import Auditor
    from audit.config import Settings

    sources = [r"(?:not\s+(?:explicitly\s+)?(?:mentioned|named|discussed))", r"(?:no\s+direct\s+mention)",
               r"(?:(?:promo|discount)\s+code\s+[A-Z]{3,})", r"(?:x?y)"]
    expected = []
    for s in sources:
        parsed = _parser.parse(s, re.I)
        expected.append((prefilter.required_sets(parsed), prefilter.match_prefixes(parsed)))
    assert [prefilter.pattern_literals(s, re.I) for s in sources] == expected
    assert any(sets for sets, _ in expected) and any(p for _, p in expected)
    # the not-mentioned rule set's own phrases are gated through it
    parts = phrases(Auditor(Settings()).knowledge).statement_parts
    assert sum(bool(sets) for _, sets, _ in parts) >= len(parts) // 2
    derived.save()
    new_process()
    monkeypatch.setattr(prefilter, "_pattern_literals", never)
    assert [prefilter.pattern_literals(s, re.I) for s in sources] == expected
    assert phrases(Auditor(Settings()).knowledge).statement_parts == parts  # read back, not derived
