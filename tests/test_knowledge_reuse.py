"""One process that makes many Auditors (a test suite, an editor integration, a long-running
service) loads each set of rule-set files once: `Knowledge.load` gives the same Knowledge back for
the same folders and the same file bytes, so the glossary's matchers are built once; a file
edited, added or removed in between gives a new Knowledge that reads it."""

from __future__ import annotations

from audit import ruleset
from audit.config import Settings
from audit.engine import Auditor
from tests.conftest import audit_text, quote_episode


def test_the_same_folders_give_the_same_knowledge():
    assert ruleset.Knowledge.load([]) is ruleset.Knowledge.load([])
    first = Auditor(Settings(select=["ALL"])).knowledge
    assert Auditor(Settings(select=["M"])).knowledge is first


def test_an_edited_added_or_removed_file_is_read_anew(tmp_path):
    (tmp_path / "extra.yaml").write_text("words: [alpha]\n", encoding="utf-8")
    one = ruleset.Knowledge.load([tmp_path])
    assert one.raw["extra"] == {"words": ["alpha"]}
    assert ruleset.Knowledge.load([tmp_path]) is one
    (tmp_path / "extra.yaml").write_text("words: [beta]\n", encoding="utf-8")
    two = ruleset.Knowledge.load([tmp_path])
    assert two is not one and two.raw["extra"] == {"words": ["beta"]}
    (tmp_path / "more.yml").write_text("words: [gamma]\n", encoding="utf-8")
    three = ruleset.Knowledge.load([tmp_path])
    assert three.raw["more"] == {"words": ["gamma"]} and "more" not in two.raw
    (tmp_path / "more.yml").unlink()
    assert "more" not in ruleset.Knowledge.load([tmp_path]).raw


def test_a_glossary_edit_between_two_auditors_changes_their_findings(tmp_path):
    """A team's glossary entry added between two runs of one process is used by the second."""
    text = quote_episode("Zorbly Cloud scans the containers.")
    before = [f.rule for f in audit_text(text, rules_dirs=[str(tmp_path)]) if f.family == "misspelling"]
    assert before == []
    (tmp_path / "glossary.yaml").write_text(
        "entries:\n- name: Zorblie Cloud\n  kind: product\n  misspellings: [Zorbly Cloud]\n", encoding="utf-8")
    after = [(f.evidence, f.fix.edits[0].replacement) for f in audit_text(text, rules_dirs=[str(tmp_path)])
             if f.family == "misspelling"]
    assert after == [("Zorbly Cloud", "Zorblie Cloud")]


def test_only_a_few_loads_are_kept(tmp_path):
    folders = []
    for i in range(ruleset._KEEP_LOADED + 2):
        folder = tmp_path / f"rules{i}"
        folder.mkdir()
        (folder / "extra.yaml").write_text(f"words: [w{i}]\n", encoding="utf-8")
        folders.append(ruleset.Knowledge.load([folder]))
    assert len(ruleset._loaded) <= ruleset._KEEP_LOADED
    assert folders[-1] is ruleset.Knowledge.load([tmp_path / f"rules{ruleset._KEEP_LOADED + 1}"])
