"""The HTML report in a real browser: Debian's Chromium driven by Playwright, from file:// URLs.

In CI (CI=true) a missing Chromium or Playwright is a failure; elsewhere these tests skip with the
reason. Run `python -m tests.test_report_browser` to retake the screenshots in docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.engine import FileResult
from audit.findings import Finding, Severity
from audit.output.html import write_site
from audit.report import page_name

from .conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, SEED, episode_text
from .test_report import EVIL


pytestmark = pytest.mark.browser


class Tab:
    """A page plus everything it logged: console errors, page errors, dialogs, requests."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1300, "height": 850})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def tab(browser):
    t = Tab(browser)
    yield t
    t.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A report of the seed, a clean episode and an episode with planted HTML."""
    tmp = tmp_path_factory.mktemp("browser")
    src = tmp / "in"
    src.mkdir()
    shutil.copyfile(SEED, src / SEED.name)
    (src / "clean.md").write_text(episode_text("title: Zebra clean episode\ndate: 2024-01-01\n"), encoding="utf-8")
    (src / "evil.md").write_text(EVIL, encoding="utf-8")
    out = tmp / "site"
    result = CliRunner().invoke(main, ["report", str(src), "-o", str(out)])
    assert result.exit_code == 1, result.output
    return out, {name: out / "episodes" / page_name(str(src / name)) for name in (SEED.name, "clean.md", "evil.md")}


def visible_rows(page) -> list[str]:
    return page.eval_on_selector_all(
        "#episodes tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.cells[1].textContent)")


def test_index_loads_sorts_and_filters(site, tab):
    out, _ = site
    page = tab.open(out / "index.html")
    assert len(visible_rows(page)) == 3
    files = visible_rows(page)
    # Sort by title (ascending, then descending).
    page.click("th[data-col='0']")
    asc = visible_rows(page)
    page.click("th[data-col='0']")
    desc = visible_rows(page)
    assert asc == list(reversed(desc)) and asc != desc
    # Sort by total findings: numeric columns start descending; the seed has the most.
    page.click("th[data-col='6']")
    assert visible_rows(page)[0].endswith(SEED.name)
    # Text filter.
    page.fill("#q", "zebra")
    assert [f.rsplit("/", 1)[-1] for f in visible_rows(page)] == ["clean.md"]
    assert page.text_content("#shown") == "1 of 3"
    page.fill("#q", "")
    # Severity filter: only clean episodes.
    page.select_option("#sev", "clean")
    totals = page.eval_on_selector_all("#episodes tbody tr", "rows => rows.map(r => [r.hidden, r.cells[6].textContent])")
    assert all(hidden == (total != "0") for hidden, total in totals)
    page.select_option("#sev", "error")
    assert SEED.name in " ".join(visible_rows(page))
    page.select_option("#sev", "")
    # Family filter.
    page.select_option("#fam", "mojibake")
    assert SEED.name in " ".join(visible_rows(page)) and "clean.md" not in " ".join(visible_rows(page))
    page.select_option("#fam", "")
    assert sorted(visible_rows(page)) == sorted(files)
    assert tab.errors == [] and tab.dialogs == []
    assert all(u.startswith("file://") for u in tab.requests), tab.requests


def test_index_state_survives_reload(site, tab):
    out, _ = site
    page = tab.open(out / "index.html")
    page.fill("#q", "zebra")
    page.reload()
    assert page.input_value("#q") == "zebra"
    assert len(visible_rows(page)) == 1


def test_episode_page_filters_and_scrolls(site, tab):
    _, pages = site
    page = tab.open(pages[SEED.name])
    items = page.locator("#flist > li")
    total = items.count()
    assert total > 20
    shown = lambda: page.eval_on_selector_all("#flist > li", "els => els.filter(e => !e.hidden).length")  # noqa: E731
    assert shown() == total
    page.uncheck("#filters input[name=fam][value=misspelling]")
    n_misspelling = page.locator("#flist > li[data-fam=misspelling]").count()
    assert shown() == total - n_misspelling
    page.check("#filters input[name=fam][value=misspelling]")
    page.uncheck("#filters input[name=sev][value=error]")
    assert shown() == page.locator("#flist > li:not([data-sev=error])").count()
    page.check("#filters input[name=sev][value=error]")
    assert shown() == total
    # Clicking a finding far down the file brings its line into view and highlights its marks.
    last = items.nth(total - 1)
    line = last.get_attribute("data-line")
    target = page.locator(f"[id='L{line}']")
    assert not _in_viewport(page, f"L{line}")
    last.click()
    page.wait_for_timeout(100)
    assert _in_viewport(page, f"L{line}")
    assert "cur" in (target.get_attribute("class") or "")
    assert page.evaluate("location.hash") == f"#L{line}"
    # j / k step through the findings.
    page.keyboard.press("k")
    prev = items.nth(total - 2)
    assert "cur" in (prev.get_attribute("class") or "")
    assert _in_viewport(page, f"L{prev.get_attribute('data-line')}")
    page.keyboard.press("j")
    assert "cur" in (last.get_attribute("class") or "")
    assert tab.errors == [], tab.errors


def test_anchor_opens_at_line(site, tab):
    _, pages = site
    page = tab.open(pages[SEED.name])
    page.goto(pages[SEED.name].resolve().as_uri() + "#L1500")
    page.wait_for_timeout(100)
    assert _in_viewport(page, "L1500")


def test_planted_script_does_not_run(site, tab):
    _, pages = site
    page = tab.open(pages["evil.md"])
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert tab.dialogs == []
    assert "<script>window.__pwned = 1</script>" in page.text_content("#title")
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert tab.errors == [], tab.errors
    idx = tab.open(pages["evil.md"].parent.parent / "index.html")
    assert idx.evaluate("typeof window.__pwned") == "undefined"
    assert tab.errors == [] and tab.dialogs == []


def test_clean_page(tmp_path, tab):
    src = tmp_path / "clean.md"
    src.write_text(episode_text("title: Clean\n"), encoding="utf-8")
    meta = {"version": "t", "ruleset": "t", "generated": "t", "inputs": "t", "files": 1, "selection": "", "rules": 1}
    _, views = write_site([FileResult(str(src), [], None)], [(src, str(src))], tmp_path / "out", meta)
    page = tab.open(tmp_path / "out" / "episodes" / views[0].page)
    assert page.is_visible("text=No findings: this episode is clean.")
    page.keyboard.press("j")  # nothing to step through, and no error either
    assert tab.errors == []


def test_index_with_1000_rows(tmp_path, tab):
    """1,000 episodes: the table sorts and filters (the audit itself is not run here)."""
    files, results = [], []
    for i in range(1000):
        p = tmp_path / "in" / f"ep{i:04d}.md"
        p.parent.mkdir(exist_ok=True)
        p.write_text(episode_text(f"title: Episode {i:04d}\nsummary: s\n"), encoding="utf-8")
        files.append((p, str(p)))
        n = (i * 7919) % 13
        findings = [Finding(file=str(p), rule="X1", name="x", family=("misspelling", "sponsor")[k % 2],
                            severity=(Severity.ERROR, Severity.WARNING, Severity.INFO)[k % 3], field="summary",
                            line=3, column=10, end_line=3, end_column=11, message="m", evidence="s",
                            start=0, end=0) for k in range(n)]
        results.append(FileResult(str(p), findings, None))
    meta = {"version": "t", "ruleset": "t", "generated": "t", "inputs": "t", "files": 1000, "selection": "", "rules": 1}
    index, _ = write_site(results, files, tmp_path / "out", meta)
    page = tab.open(index)
    assert len(visible_rows(page)) == 1000
    page.click("th[data-col='6']")
    counts = page.eval_on_selector_all("#episodes tbody tr", "rows => rows.map(r => Number(r.cells[6].textContent))")
    assert counts == sorted(counts, reverse=True) and counts[0] == 12
    page.select_option("#sev", "clean")
    assert len(visible_rows(page)) == sum(1 for r in results if not r.findings)
    assert tab.errors == []


def _in_viewport(page, element_id: str) -> bool:
    return page.evaluate(
        """id => { const r = document.getElementById(id).getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight; }""", element_id)


# --- screenshots for the README -----------------------------------------------------------------------

def take_screenshots(dest: Path = ROOT / "docs" / "screenshots") -> list[Path]:
    """Report of examples/episodes, then index.png and episode.png taken in Chromium."""
    import tempfile

    from playwright.sync_api import sync_playwright

    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "reports"
        CliRunner().invoke(main, ["report", "examples/episodes", "-o", str(out)])
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            page = b.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
            page.goto((out / "index.html").as_uri())
            page.screenshot(path=str(dest / "index.png"), full_page=False)
            page.goto((out / "episodes" / page_name(f"examples/episodes/{SEED.name}")).as_uri())
            page.locator("#flist > li").nth(2).click()
            page.wait_for_timeout(200)
            page.screenshot(path=str(dest / "episode.png"), full_page=False)
            b.close()
    return [dest / "index.png", dest / "episode.png"]


if __name__ == "__main__":  # python -m tests.test_report_browser
    os.chdir(ROOT)
    for shot in take_screenshots():
        print(shot, file=sys.stderr)
