"""`audit report`: the HTML site, read back with an HTML parser (no browser needed here)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.engine import FileResult
from audit.findings import Edit, Finding, Fix, Severity
from audit.output.html import json_script, write_site
from audit.report import decode, episode_view, header_fields, page_name, repaired_title, safe_url

from .conftest import SEED, episode_text

EVIL = episode_text(
    "title: '<script>window.__pwned = 1</script> Openai & <b>bold</b>'\n"
    "date: 2025-01-01\n"
    "duration: 12\n"
    "original_url: 'javascript:alert(1)'\n"
    "companies:\n"
    "- name: Openai\n"
    "  category: tech\n"
    "  confidence: high\n"
    "  context: 'the <img src=x onerror=\"window.__pwned=2\"> Openai folks'\n"
    "quotes:\n"
    "- text: '\"><script>window.__pwned=3</script> Lama is here'\n"
    "  speaker: Host\n"
    "summary: 'A summary about Openai. <a href=\"javascript:alert(1)\">x</a>'\n"
)


# --- a tiny DOM-less reader of the pages -------------------------------------------------------------

class Page(HTMLParser):
    """Collects findings (li[data-f]), lines (div#L<n>), marks with their text, links and scripts."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.findings: list[dict] = []
        self.lines: dict[int, dict] = {}
        self.marks: list[tuple[int, list[str], list[str]]] = []  # (line, finding ids, text parts)
        self.hrefs: list[str] = []
        self.scripts: list[dict] = []
        self.ids: set[str] = set()
        self._line: int | None = None
        self._mark: list | None = None
        self._finding: dict | None = None
        self._depth = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"])
            if self._finding is not None and "loc" in (a.get("class") or ""):
                self._finding["href"] = a["href"]
        if tag == "script":
            self.scripts.append(a)
        if tag == "li" and "data-f" in a:
            self._finding = dict(a)
            self.findings.append(self._finding)
        if tag == "div" and re.fullmatch(r"L\d+", a.get("id", "")):
            self._line = int(a["id"][1:])
            self.lines[self._line] = a
        if tag == "mark" and self._line is not None:
            self._mark = [self._line, a.get("data-f", "").split(), []]
            self.marks.append(self._mark)

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None
        elif tag == "div":
            self._line = None
        elif tag == "li":
            self._finding = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark[2].append(data)

    def marked_text(self, fid: str) -> str:
        """Text of the marks of one finding; pieces on different lines joined by a newline."""
        by_line: dict[int, str] = {}
        for line, ids, parts in self.marks:
            if fid in ids:
                by_line[line] = by_line.get(line, "") + "".join(parts)
        return "\n".join(by_line[k] for k in sorted(by_line))


def run_report(args, tmp_path) -> tuple:
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["report", *map(str, args), "-o", str(out)])
    return result, out


def episode_pages(out: Path) -> dict[str, Path]:
    return {p.name: p for p in (out / "episodes").glob("*.html")}


# --- the seed ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seed")
    src = tmp / "in" / SEED.name
    src.parent.mkdir()
    shutil.copyfile(SEED, src)
    result, out = run_report([src], tmp)
    check = CliRunner().invoke(main, ["check", "--format", "json", str(src)])
    page = out / "episodes" / page_name(str(src))
    return result, out, json.loads(check.output), page, src


def test_seed_page_lists_every_finding_of_check(seed_site):
    result, out, doc, page_path, _ = seed_site
    assert result.exit_code == 1, result.output
    page = Page(page_path.read_text(encoding="utf-8"))
    expected = [(f["rule"], f["line"], f["evidence"], f["severity"], f["family"]) for f in doc["findings"]]
    assert expected, "the seed has findings"
    shown = [(f["data-rule"], int(f["data-line"]), f["data-evidence"], f["data-sev"], f["data-fam"])
             for f in page.findings]
    assert shown == expected
    for f in page.findings:  # each one linked to its line, and that line exists
        assert f["href"] == f"#L{f['data-line']}"
        assert f"L{f['data-line']}" in page.ids
        assert int(f["data-line"]) in page.lines
        assert f["data-f"] in page.lines[int(f["data-line"])]["data-f"].split()


def test_seed_highlights_are_exactly_the_evidence(seed_site):
    _, _, _, page_path, src = seed_site
    text = src.read_text(encoding="utf-8")
    page = Page(page_path.read_text(encoding="utf-8"))
    for f in page.findings:
        start, end = int(f["data-start"]), int(f["data-end"])
        if end <= start:
            continue
        marked = page.marked_text(f["data-f"])
        assert marked == text[start:end]
        # The evidence is the text itself; where a value is not verbatim in the source (folded
        # across lines, '' escapes of a single-quoted scalar) the mark is its source text.
        assert marked == f["data-evidence"] or _unyaml(marked) == _unyaml(f["data-evidence"])


def test_seed_page_header_and_fix(seed_site):
    _, _, _, page_path, _ = seed_site
    html = page_path.read_text(encoding="utf-8")
    assert "Mark Zuckerberg — AI will write most Meta code in 18 months" in html  # repaired
    assert "Mark Zuckerberg â€” AI" in html  # the original beside it
    assert 'href="https://api.substack.com/feed/podcast/162392947/' in html
    assert "1 h 15 min" in html and "2025-04-29" in html
    # The first fix as before/after: 'Lama' -> 'Llama' on line 5.
    assert re.search(r'<span class="del"><b>5</b>- .*Launch Lama 3', html)
    assert re.search(r'<span class="add"><b></b>\+ .*Launch Llama 3', html)


def test_seed_index(seed_site):
    result, out, doc, _, src = seed_site
    html = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="episodes/{page_name(str(src))}"' in html
    assert '<svg class="chart" id="chart-family"' in html and '<svg class="chart" id="chart-rule"' in html
    for family in doc["summary"]["by_family"]:
        assert f'data-key="{family}"' in html
    assert "audit 0.1.0" in html and "rule set " in html
    rows = json.loads(re.search(r'<script type="application/json" id="rows">(.*?)</script>', html, re.S).group(1))
    assert rows[0][1] == str(src) and rows[0][6] == len(doc["findings"])
    # Self-contained: local assets only, nothing from the network.
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert (out / ".gitignore").exists()
    for name in ("report", "index", "episode"):
        assert list((out / "static").glob(f"{name}-*.*"))


def test_summary_line_and_exit_codes(seed_site, tmp_path):
    result, out, _, _, src = seed_site
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1] if hasattr(result, "stderr") else result.output
    assert str(out / "index.html") in last
    ok, _ = run_report([src, "--fail-on", "never"], tmp_path)
    assert ok.exit_code == 0
    bad, _ = run_report([src, "--select", "NOPE999"], tmp_path)
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    missing, _ = run_report([tmp_path / "nowhere"], tmp_path)
    assert missing.exit_code == 2


def test_clean_episode_says_so(tmp_path):
    src = tmp_path / "clean.md"
    src.write_text(episode_text("title: A clean one\ndate: 2025-01-01\n"), encoding="utf-8")
    result = FileResult(str(src), [], None)
    index, views = write_site([result], [(src, str(src))], tmp_path / "out", _meta())
    html = (tmp_path / "out" / "episodes" / views[0].page).read_text(encoding="utf-8")
    assert "No findings: this episode is clean." in html
    assert 'id="flist"' not in html


# --- untrusted content ------------------------------------------------------------------------------

def test_planted_html_renders_as_text(tmp_path):
    src = tmp_path / "evil<x>.md"
    src.write_text(EVIL, encoding="utf-8")
    text = src.read_text(encoding="utf-8")
    i = text.index("Lama is here")
    finding = Finding(file=str(src), rule="M301", name="known-misspelling", family="misspelling",
                      severity=Severity.ERROR, field="quotes[0].text", line=12, column=1, end_line=12,
                      end_column=5, message="'Lama' <script>x</script>", evidence="Lama",
                      fix=Fix("safe", "Replace with '<b>Llama</b>'", (Edit(i, i + 4, "<script>y</script>"),)),
                      start=i, end=i + 4)
    _, views = write_site([FileResult(str(src), [finding], None)], [(src, str(src))], tmp_path / "out", _meta())
    html = (tmp_path / "out" / "episodes" / views[0].page).read_text(encoding="utf-8")
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for doc in (html, index):
        assert "<script>window" not in doc and "<script>x" not in doc and "<script>y" not in doc
        assert "<img" not in doc and "<b>bold" not in doc
        assert "javascript:" not in " ".join(Page(doc).hrefs)
        assert all(s.get("src", "").startswith(("static/", "../static/")) or s.get("type") == "application/json"
                   for s in Page(doc).scripts)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html  # shown as text, never a tag
    assert views[0].source_url is None
    assert "\\u003cscript" in index  # the embedded JSON cannot close its <script>


def test_safe_url():
    assert safe_url("https://example.com/a?b=1") == "https://example.com/a?b=1"
    assert safe_url("http://x.org") == "http://x.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<b>",
                "//evil.com", "/etc/passwd", "java\nscript:alert(1)", "https://", "ftp://x.org", None, 12,
                "https://ex ample.com"):
        assert safe_url(bad) is None, bad


def test_json_script_escapes_closing_tags():
    out = str(json_script(["</script><script>alert(1)</script>", "a & b", "\u2028"]))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == ["</script><script>alert(1)</script>", "a & b", "\u2028"]


# --- page names -------------------------------------------------------------------------------------

def test_page_names_safe_stable_unique():
    names = ["a/x.md", "b/x.md", "../../etc/passwd", "/abs/x.md", ".hidden", "a b/ü ☃.md",
             "x" * 300 + ".md", "c\\x.md", "", "..", "CON.md"]
    taken: set[str] = set()
    pages = [page_name(n, taken) for n in names]
    assert len(set(pages)) == len(pages)
    for p in pages:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html", p), p
        assert not p.startswith(".") and len(p) < 100
    assert page_name("a/x.md") == page_name("a/x.md")  # stable
    assert page_name("a/x.md") != page_name("b/x.md")


def test_same_file_name_in_two_folders(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.md").write_text(episode_text(f"title: Episode {d}\n"), encoding="utf-8")
    result, out = run_report([tmp_path / "a", tmp_path / "b"], tmp_path)
    assert result.exit_code in (0, 1), result.output
    pages = episode_pages(out)
    assert len(pages) == 2
    titles = sorted(re.search(r'<h1 id="title">(.*?)</h1>', p.read_text()).group(1) for p in pages.values())
    assert titles == ["Episode a", "Episode b"]


# --- pieces -------------------------------------------------------------------------------------------

def test_header_fields_reads_top_level_keys_only():
    text = episode_text("companies:\n- name: x\n  title: not this\ntitle: >-\n  Folded\n  title\n"
                        "duration: 90\noriginal_url: https://e.com/x\n")
    h = header_fields(text)
    assert h == {"title": "Folded title", "duration": 90, "original_url": "https://e.com/x"}
    assert header_fields("no front matter") == {}
    assert header_fields("---\ntitle: [unclosed\n---\n") == {}


def test_repaired_title():
    assert repaired_title("Metaâ€™s plan") == ("Meta’s plan", "Metaâ€™s plan")
    assert repaired_title("Café — 2×") == ("Café — 2×", None)
    assert repaired_title(None) == ("", None)


def test_overlapping_and_multiline_spans(tmp_path):
    src = tmp_path / "o.md"
    src.write_text(episode_text("summary: alpha beta gamma\ntitle: t\n"), encoding="utf-8")
    text = decode(src.read_bytes())
    a = text.index("alpha")
    b = text.index("beta")

    def f(start, end, rule):
        return Finding(file=str(src), rule=rule, name="n", family="custom", severity=Severity.WARNING,
                       field="summary", line=2, column=1, end_line=3, end_column=1, message="m",
                       evidence=text[start:end], start=start, end=end)

    findings = [f(a, b + 4, "X1"), f(b, b + 4, "X2"), f(b + 5, text.index("title") + 5, "X3")]
    view = episode_view(FileResult(str(src), findings, None), text, "p.html")
    page = Page(f'<div>{view.source_html}</div>')
    assert page.marked_text("0") == "alpha beta"
    assert page.marked_text("1") == "beta"
    assert page.marked_text("2") == "gamma\ntitle"
    assert page.lines[3]["data-f"].split() == ["2"]


def _unyaml(s: str) -> str:
    return " ".join(s.replace("''", "'").split())


def _meta() -> dict:
    return {"version": "0.1.0", "ruleset": "test", "generated": "now", "inputs": "x", "files": 1,
            "selection": "", "rules": 0}


def test_unchanged_pages_are_not_rendered_again(tmp_path):
    src = tmp_path / "e.md"
    src.write_text(episode_text("title: First\n"), encoding="utf-8")
    files = [(src, str(src))]
    _, views = write_site([FileResult(str(src), [], None)], files, tmp_path / "out", _meta())
    page = tmp_path / "out" / "episodes" / views[0].page
    page.write_text(page.read_text(encoding="utf-8") + "<!-- kept -->", encoding="utf-8")
    write_site([FileResult(str(src), [], None)], files, tmp_path / "out", _meta())
    assert page.read_text(encoding="utf-8").endswith("<!-- kept -->")  # same input: left alone
    src.write_text(episode_text("title: Second\n"), encoding="utf-8")
    _, views = write_site([FileResult(str(src), [], None)], files, tmp_path / "out", _meta())
    html = page.read_text(encoding="utf-8")
    assert "<!-- kept -->" not in html and "Second" in html and views[0].title == "Second"


def test_fix_before_and_after_lines(tmp_path):
    """The before/after of a fix: CRLF line ends not shown, several edits applied front to back
    whatever their order, edits outside the text left out, a removed item shown as removed."""
    text = episode_text("title: Lama and Lama\ncompanies:\n- name: Openai\n  context: x\n- name: Meta\n").replace("\n", "\r\n")
    t = text.index("Lama")
    second = text.index("Lama", t + 1)
    item = text.index("- name: Openai")
    item_end = text.index("- name: Meta")

    def finding(edits, start, end):
        return Finding(file="f.md", rule="X1", name="n", family="custom", severity=Severity.WARNING,
                       field="title", line=2, column=8, end_line=2, end_column=12, message="m", evidence="e",
                       start=start, end=end, fix=Fix("unsafe", "d", tuple(edits)))

    findings = [
        finding([Edit(second, second + 4, "Llama"), Edit(t, t + 4, "Llama")], t, t + 4),
        finding([Edit(t, t + 4, "Llama"), Edit(len(text) + 5, len(text) + 9, "x")], t, t + 4),
        finding([Edit(item, item_end, "")], item, item_end),
        finding([Edit(len(text) + 1, len(text) + 2, "x")], t, t + 4),
    ]
    view = episode_view(FileResult("f.md", findings, None), text, "p.html")
    both, one, removal, outside = (f.fix for f in view.findings)
    assert both.before == [(2, "title: Lama and Lama")] and both.after == ["title: Llama and Llama"]
    assert one.before == [(2, "title: Lama and Lama")] and one.after == ["title: Llama and Lama"]
    assert removal.before == [(4, "- name: Openai"), (5, "  context: x")] and removal.after == []
    assert outside.before == [] and outside.after == []
