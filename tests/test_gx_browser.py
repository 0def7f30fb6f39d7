"""`audit gx run examples/ --docs DIR`: GX Data Docs that open in Chromium, a validation per table.

Driven by Playwright (python) on Debian's Chromium, from file:// URLs, with the network cut off
(GX's own pages load scripts from CDNs; the list of validations audit adds needs none). In CI
(CI=true) a missing Chromium or Playwright is a failure; elsewhere these tests skip with the reason.
The run's schema findings must equal `audit check`'s.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.schema import TABLE_SOURCES

from .conftest import IN_CI, ROOT

SCHEMA_CODES = {f"S10{i}" for i in range(1, 9)}

pytestmark = pytest.mark.browser


def _invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    if IN_CI:
        import great_expectations  # noqa: F401  (CI installs the [gx] extra: missing is a failure)
    else:
        pytest.importorskip("great_expectations")
    out = tmp_path_factory.mktemp("gx") / "out"
    old = os.getcwd()
    os.chdir(ROOT)  # `examples/` as a user types it
    try:
        run = _invoke("gx", "run", "examples/", "--docs", out, "--format", "json")
        check = _invoke("check", "examples/", "--format", "json")
    finally:
        os.chdir(old)
    return {"out": out, "run": run, "check": check}


def _offline_page(browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else route.abort())
    return page, errors


def test_gx_run_findings_equal_check_schema_findings(docs):
    run, check = docs["run"], docs["check"]
    assert run.exit_code == check.exit_code == 1, run.stderr
    key = lambda f: (f["file"], f["line"], f["column"], f["rule"], f["field"] or "")  # noqa: E731
    got = sorted((f for f in json.loads(run.stdout)["findings"] if f["rule"] in SCHEMA_CODES), key=key)
    want = sorted((f for f in json.loads(check.stdout)["findings"] if f["rule"] in SCHEMA_CODES), key=key)
    assert got and got == want
    assert "Data Docs:" in run.stderr


def test_data_docs_written(docs):
    out = docs["out"]
    assert (out / "index.html").is_file()
    for table in TABLE_SOURCES:
        assert list((out / "validations" / table).glob("**/*.html")), table
        assert (out / "expectations" / f"{table}.html").is_file()


def test_index_opens_in_chromium_and_lists_a_validation_per_table(docs, browser):
    page, errors = _offline_page(browser)
    index = docs["out"] / "index.html"
    page.goto(index.as_uri())
    items = page.locator("#audit-validations li.audit-validation")
    assert items.count() == len(TABLE_SOURCES)
    tables = {items.nth(i).get_attribute("data-table") for i in range(items.count())}
    assert tables == set(TABLE_SOURCES)
    # the examples hold schema defects in quotes and topics: those validations failed
    status = {items.nth(i).get_attribute("data-table"): items.nth(i).get_attribute("data-status")
              for i in range(items.count())}
    assert status["quotes"] == "failed" and status["topics"] == "failed"
    # each link opens that table's validation page
    page.locator('#audit-validations li[data-table="quotes"] a').click()
    page.wait_for_load_state()
    assert "/validations/quotes/" in page.url
    body = page.locator("body").inner_text()
    assert "Expectation Suite: quotes" in body
    assert "length__stated" in body  # the S106 expectation, with its unexpected row
    page.close()
