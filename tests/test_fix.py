"""`audit fix`: the edit helpers, the verified fix loop, the command on the seed and on small files."""

from __future__ import annotations

import difflib
import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.checks.base import item_removal, scalar_edit
from audit.cli import main
from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from audit.findings import Edit, Finding, Fix, Severity
from audit.fix import apply_edits, differs_only_in, fix_text, unified_diff
from tests.conftest import EXAMPLES, episode_text

TITLE = "Mark Zuckerberg — AI will write most Meta code in 18 months"


def parse(text: str) -> Episode:
    return parse_episode(text, Episode(path="t.md"))


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- scalar_edit ------------------------------------------------------------------------------

def edit_value(fm: str, path: str, old: str, new: str, nth: int = 0) -> tuple[str, Episode, Episode]:
    """Replace the nth `old` in the string at `path` with `new`; returns (new text, before, after)."""
    text = episode_text(fm)
    ep = parse(text)
    value = ep.scalars[path].value
    i = -1
    for _ in range(nth + 1):
        i = value.index(old, i + 1)
    edits = scalar_edit(ep, path, i, i + len(old), new)
    assert edits, "no edit offered"
    new_text, skipped = apply_edits(text, edits)
    assert not skipped
    after = parse(new_text)
    assert after.ok, after.problems
    expected = value[:i] + new + value[i + len(old):]
    assert after.value(path) == expected
    assert differs_only_in(ep.data, after.data, [path])
    return new_text, ep, after


@pytest.mark.parametrize("fm,old,new,in_place", [
    ("title: Lama 4 is out  # a comment\n", "Lama", "Llama", True),
    ("title: 'Lama 4 is out'\n", "Lama", "Llama's", True),
    ('title: "Lama 4 \\u00e9 is out"\n', "Lama", "Llama", True),
    ("title: Lama 4 is out\n", "Lama", "Note: Llama", False),  # ': ' cannot live in a plain scalar
    ("title: Lama 4 is out\n", "Lama", "# Llama", False),
    ("title: Lama 4 is out\n", "Lama", "a, [b]", False),
    ("title: Lama\n", "Lama", "true", False),  # would read as a boolean
    ("title: Lama\n", "Lama", "12", False),  # would read as a number
    ("title: x Lama\n", "Lama", "two\nlines", False),
    ("title: 'x Lama'\n", "Lama", 'tab\there "q" \\ \u2028', False),
    ('title: "x Lama"\n', "Lama", 'say "hi"', False),
])
def test_scalar_edit_styles(fm, old, new, in_place):
    text, before, after = edit_value(fm, "title", old, new)
    assert text.endswith("---\n<!-- body -->\n")
    if in_place:
        assert "# a comment" in text or "#" not in fm
        assert after.scalars["title"].style == before.scalars["title"].style


def test_scalar_edit_folded_plain_across_lines_keeps_layout():
    fm = ("summary: the first line of a long summary that mentions Lama\n"
          "  4 and goes on, Metaâ€™s plan\n"
          "  and more\n"
          "title: x\n")
    text, _, after = edit_value(fm, "summary", "Lama", "Llama")
    assert text.count("\n") == episode_text(fm).count("\n")  # still three lines
    assert after.value("summary").startswith("the first line of a long summary that mentions Llama 4")


def test_scalar_edit_span_across_a_folded_break_is_joined_in_place():
    fm = ("summary: 'leaderboards (Humanities Last\n"
          "  Exam, Enigma Eval) and Zuckerberg''s view'\n")
    text, _, after = edit_value(fm, "summary", "Humanities Last Exam", "Humanity's Last Exam")
    assert "(Humanity''s Last Exam, Enigma Eval)" in text
    assert text.startswith("---\nsummary: '")  # still single-quoted, not rewritten whole


def test_scalar_edit_in_flow_sequence_and_block_scalar():
    text, _, _ = edit_value("tags: [Lama, b]\n", "tags[0]", "Lama", "Llama")
    assert "tags: [Llama, b]" in text
    text, _, _ = edit_value("tags: [Lama, b]\n", "tags[0]", "Lama", "x, y")
    assert 'tags: ["x, y", b]' in text
    text, _, _ = edit_value("summary: |\n  Lama 4\n  more\n", "summary", "Lama", "Llama")
    assert "  Llama 4\n  more\n" in text


def test_scalar_edit_crlf_and_bom():
    text = "\ufeff---\r\ntitle: 'a Lama\r\n  4 tale'\r\ndate: 2025-01-01\r\n---\r\nbody\r\n"
    ep = parse(text)
    i = ep.value("title").index("Lama")
    new_text, _ = apply_edits(text, scalar_edit(ep, "title", i, i + 4, "Llama"))
    assert new_text == text.replace("Lama", "Llama")
    assert parse(new_text).value("title") == "a Llama 4 tale"


# --- item_removal -----------------------------------------------------------------------------

FM_ITEMS = """\
companies:   # entities
- name: A
  context: first
# about B
- name: B   # B's line
  context: >-
    folded
    text

- name: C
  tags:
  - x
  - y
title: t
"""


@pytest.mark.parametrize("path,gone", [
    ("companies[0]", "- name: A\n  context: first\n"),
    ("companies[1]", "- name: B   # B's line\n  context: >-\n    folded\n    text\n"),
    ("companies[2]", "- name: C\n  tags:\n  - x\n  - y\n"),
    ("companies[2].tags[0]", "  - x\n"),
])
def test_item_removal_removes_exactly_its_lines(path, gone):
    text = episode_text(FM_ITEMS)
    ep = parse(text)
    new_text, _ = apply_edits(text, item_removal(ep, path))
    assert new_text == text.replace(gone, "", 1)
    after = parse(new_text)
    assert after.ok and differs_only_in(ep.data, after.data, [path])


def test_item_removal_of_the_only_item_leaves_an_empty_list():
    text = episode_text("companies:\n- name: A\n  x: 1\ntitle: t\n")
    ep = parse(text)
    new_text, _ = apply_edits(text, item_removal(ep, "companies[0]"))
    assert parse(new_text).data == {"companies": [], "title": "t"}


def test_item_removal_crlf_and_flow():
    text = "---\r\ncompanies:\r\n- name: A\r\n- name: B\r\n---\r\n"
    ep = parse(text)
    new_text, _ = apply_edits(text, item_removal(ep, "companies[0]"))
    assert new_text == "---\r\ncompanies:\r\n- name: B\r\n---\r\n"
    assert item_removal(parse(episode_text("companies: [a, b]\n")), "companies[0]") == []


# --- the verification and the loop, with a stub auditor ---------------------------------------

class StubAuditor:
    """Proposes the fixes `propose(ep)` returns, as findings of rule X001."""

    def __init__(self, propose):
        self.propose = propose

    def audit_episodes(self, episodes):
        ep = episodes[0]

        class R:
            findings = [Finding(ep.path, "X001", "stub", "custom", Severity.ERROR, field, 1, 1, 1, 1,
                                "m", evidence, fix) for field, evidence, fix in self.propose(ep)]
        return [R()]


def fx(edits, fields, applicability="safe", description="d"):
    return Fix(applicability, description, tuple(edits), tuple(fields))


def test_fix_that_changes_other_fields_is_dropped_and_reported():
    text = episode_text("title: a\nsummary: b\n")

    def propose(ep):
        if ep.value("summary") != "b" or ep.value("title") != "a":
            return []
        s = ep.scalars["summary"]
        t = ep.scalars["title"]
        return [("title", "a", fx([Edit(s.start, s.end, "B")], ["title"], description="liar")),
                ("title", "a", fx([Edit(t.start, t.end, "A")], ["title"], description="honest"))]
    r = fix_text(StubAuditor(propose), parse(text))
    assert parse(r.text).data == {"title": "A", "summary": "b"}
    assert [x.finding.fix.description for x in r.rejected] == ["liar"]
    assert "does not name" in r.rejected[0].reason


def test_fix_that_breaks_yaml_is_dropped():
    text = episode_text("title: a\nsummary: b\n")

    def propose(ep):
        t = ep.scalars["title"]
        return [("title", "a", fx([Edit(t.start, t.end, "[oops")], ["title"]))] if ep.value("title") == "a" else []
    r = fix_text(StubAuditor(propose), parse(text))
    assert r.text == text and len(r.rejected) == 1


def test_overlapping_fixes_are_deferred_to_the_next_round():
    text = episode_text("title: abcdef\n")

    def propose(ep):
        t = ep.scalars["title"]
        v = ep.value("title")
        out = []
        if "abc" in v:
            i = t.start + v.index("abc")
            out.append(("title", "abc", fx([Edit(i, i + 3, "ABC")], ["title"], description="1")))
        if "cde" in v:
            i = t.start + v.index("cde")
            out.append(("title", "cde", fx([Edit(i, i + 3, "CDE")], ["title"], description="2")))
        return out
    r = fix_text(StubAuditor(propose), parse(text))
    assert parse(r.text).value("title") == "ABCdef"  # the second no longer applies after the first
    r = fix_text(StubAuditor(propose), parse(episode_text("title: abc cde\n")))
    assert parse(r.text).value("title") == "ABC CDE"


def test_fixes_that_never_settle_stop_within_the_bound():
    text = episode_text("title: a\n")

    def propose(ep):
        t = ep.scalars["title"]
        return [("title", ep.value("title"), fx([Edit(t.start, t.end, ep.value("title") + "a")], ["title"]))]
    r = fix_text(StubAuditor(propose), parse(text), max_rounds=5)
    assert r.note and "5 rounds" in r.note
    assert parse(r.text).value("title") == "a" * 6


def test_unsafe_fixes_only_when_asked():
    text = episode_text("title: a\n")

    def propose(ep):
        t = ep.scalars["title"]
        if ep.value("title") != "a":
            return []
        return [("title", "a", fx([Edit(t.start, t.end, "b")], ["title"], "unsafe"))]
    assert fix_text(StubAuditor(propose), parse(text)).text == text
    assert parse(fix_text(StubAuditor(propose), parse(text), unsafe=True).text).value("title") == "b"


def test_differs_only_in_removal_shifts_indices():
    old = {"c": [{"n": 1}, {"n": 2}, {"n": 3}], "t": "x"}
    assert differs_only_in(old, {"c": [{"n": 1}, {"n": 3}], "t": "x"}, ["c[1]"])
    assert not differs_only_in(old, {"c": [{"n": 1}, {"n": 3}], "t": "x"}, ["c[0]"])
    assert not differs_only_in(old, {"c": [{"n": 1}, {"n": 3}], "t": "y"}, ["c[1]"])
    assert differs_only_in(old, {"c": [{"n": 1}, {"n": 9}, {"n": 3}], "t": "x"}, ["c[1].n"])
    assert not differs_only_in(old, {"c": [{"n": 1}, {"n": 2}, {"n": 3}], "t": 1}, ["c[1]"])


# --- the command on the seed ------------------------------------------------------------------

def test_seed_fix_write_unsafe_then_check_is_clean_and_idempotent(seed_copy):
    folder = seed_copy.parent
    original = seed_copy.read_text(encoding="utf-8")
    before_ep = parse(original)
    before = Auditor(Settings()).audit_episodes([before_ep])[0].findings
    fixable = [f for f in before if f.fix and f.fix.edits]
    assert len(fixable) > 50

    res = run("fix", "--write", "--unsafe", folder)
    assert res.exit_code == 0, res.output
    assert "Fixed" in res.output and "M301" in res.output and "Remaining:" in res.output

    fixed = seed_copy.read_text(encoding="utf-8")
    after_ep = parse(fixed)
    assert after_ep.ok
    assert after_ep.value("title") == TITLE
    after = Auditor(Settings()).audit_episodes([after_ep])[0].findings
    assert not [f for f in after if f.fix and f.fix.edits]
    fixed_keys = {(f.rule, f.evidence) for f in fixable}
    assert not [f for f in after if (f.rule, f.evidence) in fixed_keys]

    # idempotent: nothing left to do, with or without --unsafe
    for args in (("fix", folder), ("fix", "--unsafe", folder)):
        res = run(*args)
        assert res.exit_code == 0, res.output
        assert "No fixes available" in res.output
    assert seed_copy.read_text(encoding="utf-8") == fixed

    assert fixed.endswith(original[before_ep.fm_end:])  # the body, byte for byte


def touched_lines(before: str, after: str) -> list[set[int]]:
    """1-based line numbers of `before` each changed hunk touches (an insertion: both neighbours)."""
    matcher = difflib.SequenceMatcher(None, before.split("\n"), after.split("\n"), autojunk=False)
    return [set(range(i1 + 1, i2 + 1)) or {i1, i1 + 1}
            for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]


def test_seed_fix_touches_only_the_named_fields(seed_text):
    """Round by round, every changed line lies in the span of a field an applied fix named."""
    r = fix_text(Auditor(Settings()), parse(seed_text), unsafe=True)
    assert len(r.applied) > 50 and not r.rejected and r.rounds
    texts = [ep.text for ep, _ in r.rounds] + [r.text]
    for (ep, applied), after in zip(r.rounds, texts[1:]):
        allowed_lines: set[int] = set()
        for f in applied:
            for path in f.fix.fields:
                s, e = ep.spans[path]
                allowed_lines.update(range(ep.position(s)[0], ep.position(e)[0] + 1))
        hunks = touched_lines(ep.text, after)
        assert hunks
        for lines in hunks:
            assert lines & allowed_lines, sorted(lines)
            assert len(lines - allowed_lines) <= 1, sorted(lines - allowed_lines)  # an insertion's neighbour


def test_dry_run_never_modifies_and_exit_codes(tmp_path):
    folder = tmp_path / "eps"
    shutil.copytree(EXAMPLES, folder)
    for p in folder.iterdir():
        p.chmod(0o644)
    before = digest(folder)
    res = run("fix", folder)
    assert res.exit_code == 1
    assert res.stdout.startswith("--- a/") and "+++ b/" in res.stdout
    assert "Would fix" in res.stderr and "nothing was changed" in res.stderr
    res = run("fix", "--unsafe", folder)
    assert res.exit_code == 1
    assert digest(folder) == before
    # the diff is a patch `git apply`/`patch` would take: it turns the files into the fixed ones
    res = run("fix", "--select", "U101", folder)
    assert "-title: Mark Zuckerberg â€” AI" in res.stdout and f"+title: {TITLE}" in res.stdout
    assert digest(folder) == before
    # usage errors
    assert run("fix", "--select", "NOPE999", folder).exit_code == 2
    assert run("fix", tmp_path / "missing").exit_code == 2


def test_no_fixes_exit_0(tmp_path):
    p = tmp_path / "clean.md"
    p.write_text(episode_text("title: A fine title\n"), encoding="utf-8")
    res = run("fix", "--write", p)
    assert res.exit_code == 0, res.output
    res = run("fix", p)
    assert res.exit_code == 0 and "No fixes available" in res.output


def test_select_and_ignore(seed_copy):
    res = run("fix", "--write", "--select", "U101", seed_copy)
    assert res.exit_code == 0, res.output
    text = seed_copy.read_text(encoding="utf-8")
    assert "â€" not in text and "Lama 4" in text
    res = run("fix", "--write", "--ignore", "misspelling", "--select", "U,M", seed_copy)
    assert "Lama 4" in seed_copy.read_text(encoding="utf-8")
    res = run("fix", "--write", "--select", "M301", seed_copy)
    assert "Lama 4" not in seed_copy.read_text(encoding="utf-8")


def test_unsafe_hint_and_safe_default(seed_copy):
    res = run("fix", "--write", seed_copy)
    assert "with --unsafe" in res.output
    ep = parse(seed_copy.read_text(encoding="utf-8"))
    assert any(c.get("context") == "Not mentioned." for c in ep.data["companies"])  # unsafe: kept
    assert ep.value("title") == TITLE
    assert res.exit_code == 0, res.output  # every safe fix applied


# --- interactive ------------------------------------------------------------------------------

FM_INTERACTIVE = """\
title: Metaâ€™s Lama 4 and Lama 3
summary: Lama 4 is here
"""


def interactive(tmp_path, answers: str):
    p = tmp_path / "ep.md"
    p.write_text(episode_text(FM_INTERACTIVE), encoding="utf-8")
    res = CliRunner().invoke(main, ["fix", "-i", "--select", "U101,M301", str(p)], input=answers)
    return res, parse(p.read_text(encoding="utf-8"))


def test_interactive_yes_no(tmp_path):
    # order: title Metaâ€™s (U101), title Lama (M301) x2, summary Lama (M301)
    res, ep = interactive(tmp_path, "y\nn\ny\nn\n")
    assert "Apply this fix [y,n,a,q,?]?" in res.output
    assert ep.value("title") == "Meta’s Lama 4 and Llama 3"
    assert ep.value("summary") == "Lama 4 is here"
    assert res.exit_code == 1  # declined fixes are still available


def test_interactive_all_of_rule_and_quit(tmp_path):
    res, ep = interactive(tmp_path, "n\na\n")
    assert ep.value("title") == "Metaâ€™s Llama 4 and Llama 3" and ep.value("summary") == "Llama 4 is here"
    res, ep = interactive(tmp_path, "y\nq\n")
    assert ep.value("title") == "Meta’s Lama 4 and Lama 3" and ep.value("summary") == "Lama 4 is here"
    assert "Fixed 1 finding" in res.output


def test_interactive_help_and_end_of_input(tmp_path):
    res, ep = interactive(tmp_path, "?\ny\n")  # then end of input (or Ctrl-C): abandon the session
    assert "a - apply this fix and every later fix of this rule" in res.output
    assert ep.value("title") == "Metaâ€™s Lama 4 and Lama 3"  # nothing written
    assert res.exit_code == 130 and "no file was written" in res.output


def test_unified_diff_marks_missing_final_newline():
    d = unified_diff("x.md", "a\nb", "a\nc")
    assert d.startswith("--- a/x.md\n+++ b/x.md\n")
    assert "\\ No newline at end of file" in d


def test_fixes_that_undo_each_other_stop():
    text = episode_text("title: a\n")

    def propose(ep):
        t = ep.scalars["title"]
        flip = {"a": "b", "b": "a"}[ep.value("title")]
        return [("title", ep.value("title"), fx([Edit(t.start, t.end, flip)], ["title"]))]
    r = fix_text(StubAuditor(propose), parse(text))
    assert r.note and "do not settle" in r.note
    assert parse(r.text).value("title") == "b" and len(r.applied) == 1


def test_workers_fix_every_file(tmp_path):
    for n in range(3):
        (tmp_path / f"e{n}.md").write_text(episode_text(FM_INTERACTIVE), encoding="utf-8")
    res = run("fix", "-j", "2", "--write", "--select", "U101,M301", tmp_path)
    assert res.exit_code == 0, res.output
    assert "Fixed 12 findings in 3 files" in res.output
    for n in range(3):
        fixed = parse((tmp_path / f"e{n}.md").read_text(encoding="utf-8"))
        assert fixed.value("title") == "Meta’s Llama 4 and Llama 3"


def test_seed_with_bom_and_crlf_fixes_the_same(seed_text):
    """The seed as CRLF with a BOM gets exactly the fixes of the LF seed, and keeps both."""
    auditor = Auditor(Settings())
    lf = fix_text(auditor, parse(seed_text), unsafe=True)
    crlf = fix_text(auditor, parse("\ufeff" + seed_text.replace("\n", "\r\n")), unsafe=True)
    assert len(crlf.applied) == len(lf.applied) and not crlf.rejected
    assert crlf.text == "\ufeff" + lf.text.replace("\n", "\r\n")
