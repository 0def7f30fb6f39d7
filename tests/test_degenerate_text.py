"""Degenerate text (an LLM stuck repeating itself, a run of blanks) must not stall a CI job.

Three costs grew with the square of a text's length, found by feeding every rule long runs of
one unit ("Open AI " 30,000 times, 200,000 spaces):
- not-mentioned's scope patterns let `\\s+` and a following `\\s*` share a run of blanks, so a
  failed match tried every split of the run (a context with 200,000 blanks ran for minutes);
- a fix in a plain scalar searched the whole new value for what YAML would misread, once per fix;
- the cheap check that an in-place edit reads right never applied to plain scalars (the C loader
  marks them with style "" where the check expected None), so every fix of a plain scalar parsed
  the whole scalar again; for the same reason, a plain scalar's fix across a folded line break was
  rewritten as a double-quoted string instead of joined in place.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import audit.checks.base as base
from audit.cli import main
from tests.conftest import ROOT, audit_text, episode_text


def _full_search(value: str, i: int, j: int, replacement: str) -> bool:
    return bool(base._PLAIN_UNSAFE.search((value[:i] + replacement + value[j:]).replace("\n", " ")))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a :#\n\r\t", max_size=12), st.text(alphabet="b :#\n\t", max_size=4), st.data())
def test_plain_unsafe_edit_is_the_search_of_the_whole_new_value(value, replacement, data):
    i = data.draw(st.integers(0, len(value)))
    j = data.draw(st.integers(i, len(value)))
    assert base._plain_unsafe_edit(value, i, j, replacement) == _full_search(value, i, j, replacement)


def test_plain_unsafe_edit_on_long_values_agrees_with_the_whole_search():
    rng = random.Random(7)
    for _ in range(400):
        value = "".join(rng.choice(["word ", "x", ":", " #", "\n", "a: ", "b"]) for _ in range(rng.randint(0, 60)))
        i = rng.randint(0, len(value))
        j = rng.randint(i, len(value))
        replacement = rng.choice(["", "OpenAI", ":", " ", "#", "a:", ": b", " #x", "x "])
        assert base._plain_unsafe_edit(value, i, j, replacement) == _full_search(value, i, j, replacement)


def test_a_word_fixed_inside_a_plain_scalar_is_not_parsed_again(monkeypatch):
    parsed = []
    real = base._snippet_reads_as
    monkeypatch.setattr(base, "_snippet_reads_as", lambda s, e: parsed.append(s) or real(s, e))
    found = audit_text(episode_text("title: Talk\nsummary: We asked whether Openai ships first, and Openai did.\n"),
                       select=["M301"])
    assert [f.evidence for f in found] == ["Openai", "Openai"]
    assert all(f.fix is not None and f.fix.edits[0].replacement == "OpenAI" for f in found)
    assert parsed == []


def test_a_fix_across_a_folded_line_break_of_a_plain_scalar_is_joined_in_place(tmp_path):
    (tmp_path / "fold.md").write_text(
        "---\ntitle: Talk\nsummary: We talked about how Open\n  AI ships models and why it matters to everyone.\n---\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "--unsafe", "--write", str(tmp_path / "fold.md")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fold.md").read_text(encoding="utf-8") == (
        "---\ntitle: Talk\nsummary: We talked about how OpenAI ships models and why it matters to everyone.\n---\n")


def test_not_mentioned_scope_patterns_keep_their_meaning():
    """The rewritten openings match what they matched (blanks, an optional comma): the same verdicts
    as before the rewrite, on contexts with blanks and commas around each opening."""
    contexts = [
        "Not mentioned ,  in the episode itself", "Not mentioned. The company is named by the guest",
        "  Mentioned by name, though briefly", "Not mentioned,   by name, in the transcript",
        "Not discussed   in depth", "Not named , at any point",
        "Never mentioned  during the episode; the host refers to it", "Not   mentioned but implied  by   the host",
        "Implied ,  not named", "Referenced, and  mentioned by name later",
        "The company   is mentioned by the guest", "Not mentioned  in the show notes",
    ]
    fm = "title: x\ncompanies:\n" + "".join(
        f"- name: Acme{i}\n  confidence: low\n  context: {json.dumps(c)}\n" for i, c in enumerate(contexts))
    found = audit_text(episode_text(fm), select=["not-mentioned"])
    assert sorted(int(f.field.split("[")[1].split("]")[0]) for f in found) == [0, 1, 3, 5, 6, 7, 8]


def _run_check(tmp_path, text: str, select: str) -> dict:
    path = tmp_path / "degenerate.md"
    path.write_text(text, encoding="utf-8")
    # A liveness guard, not a speed test: linear work takes seconds; the quadratic kind took minutes
    # to hours on these sizes. The timeout only keeps a regression from stalling the suite.
    out = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json", "--select",
                          select, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("context", ["Not" + " " * 200_000 + "said", "Hosted by" + " " * 200_000 + "Acme"])
def test_a_context_of_blanks_is_audited(tmp_path, context):
    doc = _run_check(tmp_path, episode_text(
        "title: x\ncompanies:\n- name: Acme\n  confidence: low\n  context: " + json.dumps(context) + "\n"), "not-mentioned")
    assert doc["summary"]["files"] == 1


def test_a_summary_repeating_a_misspelt_name_gets_a_fix_per_occurrence(tmp_path):
    summary = "a" + "Open AI " * 20_000 + "b"
    doc = _run_check(tmp_path, episode_text(f"title: x\nsummary: {summary}\n"), "M301")
    fixes = [f["fix"]["edits"][0]["replacement"] for f in doc["findings"] if f["field"] == "summary"]
    assert len(fixes) == 20_000 - 1 and set(fixes) == {"OpenAI"}  # the first is "aOpen": no name


def test_an_entity_listed_thousands_of_times_is_searched_for_once(monkeypatch):
    """Copies of one entry share their own contexts (none grounds the others); each copy's search
    passed over all of them again, quadratic in the copies. The answer is now remembered."""
    from audit.checks import grounding

    searches = []
    real = grounding.Corpus._search
    monkeypatch.setattr(grounding.Corpus, "_search", lambda self, *a: searches.append(a[1]) or real(self, *a))
    entry = "- {name: Acme Robotics, confidence: high, category: ai_company, context: Acme Robotics builds arms}\n"
    grounded = "- {name: OpenAI, confidence: high, category: ai_company, context: OpenAI builds models}\n"
    found = audit_text(episode_text("title: OpenAI and friends\nsummary: OpenAI talked.\ncompanies:\n"
                                    + entry * 2000 + grounded * 2000), select=["G901"])
    assert sorted({f.evidence for f in found}) == ["Acme Robotics"] and len(found) == 2000
    assert searches.count("acme robotics") == 1 and len(searches) <= 4


_BLOCK_LINES = st.lists(st.text(alphabet="ab #:-'\" \t", min_size=0, max_size=8), min_size=1, max_size=5)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(["|", ">", "|-", ">+", "|2"]), _BLOCK_LINES, st.text(alphabet="xy :#'\"-\t", max_size=4),
       st.data())
def test_an_edit_inside_a_block_line_reads_as_the_edited_value(header, lines, piece, data):
    """Where the cheap test says an in-place edit of a block scalar reads right, parsing says so too."""
    from audit.episode import Episode, parse_episode

    indent = "  " if header != "|2" else "    "
    body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
    text = f"---\nk: {header}\n{body}---\n"
    ep = parse_episode(text.encode(), Episode(path="b.md"))
    if not ep.ok or "k" not in ep.scalars or not isinstance(ep.scalars["k"].value, str):
        return
    sc = ep.scalars["k"]
    value = sc.value
    i = data.draw(st.integers(0, len(value)))
    j = data.draw(st.integers(i, min(len(value), i + 3)))
    start, end, verbatim = ep.locate("k", i, j)
    if not verbatim or not base._inside_block_line(ep.text, sc, start, end, piece):
        return
    snippet = ep.text[sc.start:start] + piece + ep.text[end:sc.end]
    assert base._snippet_reads_as(snippet if snippet.endswith("\n") else snippet + "\n",
                                  value[:i] + piece + value[j:])


def test_a_markdown_summary_in_a_block_scalar_gets_each_fix_without_parsing_it_again(monkeypatch):
    parsed = []
    real = base._snippet_reads_as
    monkeypatch.setattr(base, "_snippet_reads_as", lambda s, e: parsed.append(s) or real(s, e))
    summary = "".join(f"  ## Part {i}\n  - Openai and Anthropic shipped models in week {i}.\n" for i in range(50))
    found = audit_text(episode_text(f"title: x\nsummary: |\n{summary}"), select=["M301"])
    assert len(found) == 50 and {f.fix.edits[0].replacement for f in found} == {"OpenAI"}
    assert parsed == []


def _quotes_episode(texts: list[str]) -> str:
    return episode_text("title: x\nquotes:\n" + "".join(f"- text: {json.dumps(t)}\n  relevance_score: 5\n" for t in texts))


def test_a_quote_pasted_thousands_of_times_is_a_copy_each_time_and_the_pairs_stay_few():
    from audit.checks import duplicate

    texts = ["We shipped the model in two weeks and it worked."] * 3000
    words = duplicate._Words(duplicate._flat_words(texts), len(texts))
    first, second, *_ = duplicate._shared_shingles(texts, [0] * len(texts), 3, words)
    assert len(first) <= len(texts) * duplicate.MAX_LINKS  # not the 4.5 million pairs of all copies
    found = audit_text(_quotes_episode(texts), select=["D602"])
    assert len(found) == 2999 and "quotes[0]" not in {f.field for f in found}


def test_a_template_filled_a_thousand_times_is_compared_a_bounded_number_of_times(monkeypatch):
    from audit.checks import duplicate

    calls = []
    real = duplicate.other_claim
    monkeypatch.setattr(duplicate, "other_claim", lambda a, b: calls.append(1) or real(a, b))
    texts = [f"Quote number {i} says something about model {i % 7} and the market." for i in range(1000)]
    assert audit_text(_quotes_episode(texts), select=["D602"]) == []
    assert len(calls) <= 3 * duplicate.MAX_TRIED * len(texts)


def test_two_long_repetitive_quotes_are_aligned_and_one_is_inside_the_other():
    long = "a " + "we need to ship it now " * 2000 + "b"
    found = audit_text(_quotes_episode([long, long[: len(long) // 2]]), select=["D602"])
    assert [f.field for f in found] == ["quotes[1].text"]


def test_other_claim_is_the_same_for_long_quotes_aligned_by_rapidfuzz():
    from audit.checks import duplicate

    base_text = "the new model cut our inference bill in half last quarter " * 40
    assert not duplicate.other_claim(base_text, base_text.replace("bill", "bills", 1))
    assert duplicate.other_claim(base_text, base_text.replace("inference", "training", 1))
    assert duplicate.other_claim(base_text, base_text.replace("half", "three", 1))  # an amount changed


def test_suppression_comments_are_told_from_text_in_scalars_by_bisection():
    """Thousands of comments among thousands of scalars: the same directives as testing each
    comment against every scalar span (quadratic), with '# audit:' inside quoted and block
    scalars still text."""
    from audit import suppress
    from audit.episode import Episode, parse_episode

    lines = ["title: x", "companies:"]
    for i in range(1500):
        lines += ["- name: Openai  # audit: ignore[M301]",
                  f"  context: 'quoted # audit: ignore[N201] {i}'",
                  "  note: |", f"    block # audit: ignore {i}", "  confidence: low  # audit: ignore"]
    ep = parse_episode(episode_text("\n".join(lines)).encode(), Episode(path="s.md"))
    spans = [(sc.start, sc.end) for sc in ep.scalars.values()]
    brute = [m.start() for m in suppress._DIRECTIVE.finditer(ep.text, ep.fm_start, ep.fm_end)
             if not any(a <= m.start() < b for a, b in spans)]
    found = suppress.directives(ep)
    assert [d.start for d in found] == brute and len(found) == 3000


def test_the_report_shows_each_fix_of_a_long_line_around_its_change(tmp_path):
    """A one-line summary fixed at every word: each finding's diff was the whole line twice, so the
    page grew with the square of the line (an 8 KB line fixed 1,000 times: 17 MB; 20,000 times ran
    out of memory). Each side is now cut to its change, with context, and the page stays linear."""
    from audit import report

    sizes = {}
    for n in (250, 1000):
        (tmp_path / f"oa{n}.md").write_text(episode_text(f"title: x\nsummary: a{'Open AI ' * n}b\n"), encoding="utf-8")
        result = CliRunner().invoke(main, ["report", "--no-cache", "-o", str(tmp_path / f"site{n}"),
                                           str(tmp_path / f"oa{n}.md")])
        assert result.exit_code == 1, result.output
        page = next((tmp_path / f"site{n}" / "episodes").glob("*.html")).read_text(encoding="utf-8")
        sizes[n] = len(page)
        diffs = page.split('<pre class="diff">')[1:]
        assert len(diffs) == n - 1
        assert all(len(d.split("</pre>")[0]) < 4 * report.MAX_FIX_WIDTH for d in diffs)
        assert "aOpen AI Open AI OpenAI Open AI" in page  # the second fix, around its change
    assert sizes[1000] < 6 * sizes[250]  # four times the findings: about four times the page


def test_clipping_a_fix_line_keeps_its_change_and_marks_what_is_left_out():
    from audit import report

    before = "x" * 500 + "Open AI" + "y" * 500
    after = "x" * 500 + "OpenAI" + "y" * 500
    b, a = report._clip_pair(before, after)
    # the change is the space of "Open AI": the context is counted from it
    assert b == "…" + "x" * (report.FIX_CONTEXT - 4) + "Open AI" + "y" * (report.FIX_CONTEXT - 2) + "…"
    assert a == "…" + "x" * (report.FIX_CONTEXT - 4) + "OpenAI" + "y" * (report.FIX_CONTEXT - 2) + "…"
    assert report._clip_pair("short", "shirt") == ("short", "shirt")


@pytest.mark.parametrize("text", ["a [b] c", "[x] y [z", "[[[ a ] b ]", "p [q [r] s] t [", "no brackets", "]a[", "[" * 3])
def test_brackets_dropped_only_up_to_the_last_closing_one_are_the_same(text):
    from audit.checks import duplicate

    assert duplicate._drop_brackets(text) == duplicate._BRACKETS.sub(" ", text)


def test_a_quote_of_opening_brackets_is_read_in_one_pass(tmp_path):
    doc = _run_check(tmp_path, _quotes_episode(["[" * 200_000, "[" * 100_000]), "D602")
    assert doc["summary"]["files"] == 1


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=30))
def test_taken_edits_answer_as_testing_every_one(spans):
    """fix's round picks edits that overlap none taken before; the neighbours-only test agrees
    with testing every taken edit."""
    from audit import fix
    from audit.findings import Edit

    taken, every = fix._Taken(), []
    for start, length in spans:
        e = Edit(start, start + length, "x")
        hit = any(fix._overlaps(e, t) for t in every)
        assert taken.hits(e) == hit
        if not hit:
            taken.add(e)
            every.append(e)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc\n", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4),
                                                                    st.text(alphabet="XY", max_size=3)), max_size=8))
def test_apply_edits_joins_what_editing_one_at_a_time_gives(text, raw):
    from audit import fix
    from audit.findings import Edit

    edits = [Edit(min(s, len(text)), min(s + k, len(text)), r) for s, k, r in raw]
    new, _ = fix.apply_edits(text, edits)
    expected = text
    kept = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if kept and fix._overlaps(e, kept[-1]):
            continue
        kept.append(e)
    for e in reversed(kept):
        expected = expected[:e.start] + e.replacement + expected[e.end:]
    assert new == expected


def test_fix_write_applies_thousands_of_fixes_of_one_line(tmp_path):
    path = tmp_path / "oa.md"
    path.write_text(episode_text(f"title: x\nsummary: a{'Open AI ' * 3000}b\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "--unsafe", "--write", str(path)])
    assert result.exit_code in (0, 1), result.output
    text = path.read_text(encoding="utf-8")
    assert text.count("OpenAI") == 2999 and text.count("Open AI") == 1  # "aOpen AI" is no name


def test_quotes_naming_another_chip_or_model_are_two_claims_not_a_copy():
    # a helper's held-out false positive: "H100s" and "A100s" differ in a letter beside a number,
    # which the canonical form writes apart ("h 100 s") and no content word marked
    def pairs(a, b):
        return [f.field for f in audit_text(_quotes_episode([a, b]), select=["D602"])]

    assert pairs("We trained it on 25,000 H100s over the summer.", "We trained it on 25,000 A100s over the summer.") == []
    assert pairs("The B200 is twice as fast as the H100 for us.", "The B200 is twice as fast as the H200 for us.") == []
    assert pairs("We trained it on 25,000 H100 GPUs over the summer.",
                 "We trained it on twenty-five thousand H100 GPUs over the summer.") == ["quotes[1].text"]
