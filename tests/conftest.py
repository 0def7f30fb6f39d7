"""Shared fixtures: paths to the seed and test data, and helpers to audit text in memory."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "episodes"
SEED = EXAMPLES / "000_496c58edfea8d6bd.txt"
TESTDATA = SHARED / "testdata" if (SHARED / "testdata").is_dir() else ROOT / "tests" / "data"


def episode_text(front_matter: str, body: str = "\n<!-- body -->\n") -> str:
    if not front_matter.endswith("\n"):
        front_matter += "\n"
    return f"---\n{front_matter}---{body}"


def summary_episode(text: str) -> str:
    """An episode whose summary is `text` (and a title)."""
    return episode_text(f"title: x\nsummary: {json.dumps(text)}\n")


def title_episode(text: str) -> str:
    """An episode whose title is `text` (and a summary)."""
    return episode_text(f"title: {json.dumps(text)}\nsummary: x\n")


def quote_episode(text: str) -> str:
    """An episode with one quote, `text`."""
    return episode_text(f"title: x\nquotes:\n- text: {json.dumps(text)}\n")


def insight_episode(text: str) -> str:
    """An episode with one insight, `text`."""
    return episode_text(f"title: x\ninsights:\n- confidence: high\n  text: {json.dumps(text)}\n")


def entity_episode(name: str) -> str:
    """An episode with one LLM-pass entity named `name`."""
    return episode_text("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: Mentioned by the host.\n  name: {name}\n  source: llm_enhanced\n")


def context_episode(context: str) -> str:
    """An episode with one NER entity whose context window is `context`."""
    return episode_text("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: {context}\n  name: Acme\n  position: 10\n")


def ner_entity_episode(name: str, context: str, category: str = "unknown", confidence: str = "medium") -> str:
    """An episode with one NER entity: `name` and its context window `context`."""
    return episode_text(f"title: x\ncompanies:\n- category: {category}\n  confidence: {confidence}\n"
                        f"  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n  position: 10\n")


def llm_entity_episode(name: str, context: str, category: str = "unknown", confidence: str = "medium") -> str:
    """An episode with one LLM-pass entity: `name`, its descriptive `context` and `category`."""
    return episode_text(f"title: x\ncompanies:\n- category: {category}\n  confidence: {confidence}\n"
                        f"  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n  source: llm_enhanced\n")


def entity_context_makers(name: str, context: str) -> list[tuple]:
    """(rule, field, evidence) of the attribution findings (A4xx) on one LLM-pass entity with its
    descriptive `context`."""
    fm = (f"companies:\n- category: ai_application\n  confidence: high\n  context: \"{context}\"\n  name: {name}\n"
          "  source: llm_enhanced\nsummary: The guests discuss costs.\ntitle: Costs\n")
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode_text(fm), select=("A4",))]


def transcript_episode(transcript: str, quotes=(), insights=(), llm=(), title="x") -> str:
    """An episode whose NER entries are the {names} of `transcript` (position and a window of 50
    characters either side), then the LLM entries `llm` ((name, context) pairs); its quotes and
    insights are the texts given."""
    import re

    import yaml

    text, names, pos = "", [], 0
    for m in re.finditer(r"\{([^}]+)\}", transcript):
        text += transcript[pos:m.start()]
        names.append((m.group(1), len(text)))
        text += m.group(1)
        pos = m.end()
    text += transcript[pos:]
    companies = [{"category": "unknown", "confidence": "medium", "context": text[max(0, p - 50):p + len(n) + 50],
                  "name": n, "position": p} for n, p in names]
    companies += [{"category": "software", "confidence": "high", "context": c, "name": n, "source": "llm_enhanced"}
                  for n, c in llm]
    fm = {"title": title, "companies": companies,
          "quotes": [{"relevance_score": 7, "source": "llm_enhanced", "text": q} for q in quotes]}
    if insights:
        fm["insights"] = [{"actionable": False, "confidence": "medium", "text": t, "type": "insight"} for t in insights]
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000))


# the field each one-text episode builder puts its text in
EPISODE_FIELD = {summary_episode: "summary", title_episode: "title", quote_episode: "quotes[0].text",
                 insight_episode: "insights[0].text", entity_episode: "companies[0].name",
                 context_episode: "companies[0].context"}


def misspellings(text: str, episode) -> list:
    """The misspelling findings of `text` in the episode `episode(text)` builds."""
    return [f for f in audit_text(episode(text)) if f.family == "misspelling"]


def assert_one_misspelling(episode, text: str, rule: str, evidence: str, replacement: str) -> None:
    """`text` holds exactly one misspelling, `evidence`, found by `rule` and fixed to `replacement`."""
    found = misspellings(text, episode)
    assert [(f.rule, f.field, f.evidence) for f in found] == [(rule, EPISODE_FIELD[episode], evidence)]
    assert found[0].fix.edits[0].replacement == replacement


def audit_text(text: str | bytes, select=("ALL",), name: str = "case.md", **settings):
    """Findings of the selected rules on one in-memory episode file (text, or raw bytes)."""
    auditor = Auditor(Settings(select=list(select), **settings))
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    ep = parse_episode(raw, Episode(path=name))
    return auditor.audit_episodes([ep])[0].findings


def family_hits(text: str, family: str) -> set[tuple[str, str]]:
    """(rule, field) of every finding of `family` on one in-memory episode file."""
    return {(f.rule, f.field) for f in audit_text(text) if f.family == family}


def entities_episode(entities, summary: str | None = None) -> str:
    """An episode listing `entities`, each (name, context, category): an NER entry (with a
    position) when its name is written "ner:Name", else an LLM entry; and `summary`."""
    fm = "title: x\ncompanies:\n"
    for i, (name, context, category) in enumerate(entities):
        ner = name.startswith("ner:")
        fm += (f"- name: {json.dumps(name[4:] if ner else name)}\n  category: {category}\n"
               f"  confidence: {'medium' if ner else 'high'}\n  context: {json.dumps(context)}\n"
               + (f"  position: {1000 + 700 * i}\n" if ner else "  source: llm_enhanced\n"))
    if summary is not None:
        fm += f"summary: {json.dumps(summary)}\n"
    return episode_text(fm)


def findings_by_item(texts: list[str], family: str, key: str = "quotes", item: str = "text") -> dict[int, list]:
    """The findings of `family` on the texts put as items of one list (`quotes[i].text`), by item index."""
    fm = f"title: x\n{key}:\n" + "".join(f"- {item}: {json.dumps(t)}\n" for t in texts)
    found: dict[int, list] = {}
    for f in audit_text(episode_text(fm)):
        if f.family == family and f.field and f.field.startswith(f"{key}["):
            found.setdefault(int(f.field.split("[")[1].split("]")[0]), []).append(f)
    return found


def generated_corpus(n: int, seed: int, prefix: str = "audit-gen-") -> Path:
    """A fresh folder of `n` episodes made by bench/run.py's generator from `seed`, removed when
    the test process exits (module-level data of a test file may need it before any fixture)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from run import generate  # noqa: PLC0415 - bench/ is not a package

    dest = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, dest, ignore_errors=True)
    generate(n, dest, seed=seed)
    return dest


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    dest = tmp_path / SEED.name
    shutil.copyfile(SEED, dest)
    return dest


# --- a real Chromium for the browser tests (report, GX Data Docs) ------------------------------

CHROMIUM = Path(os.environ.get("AUDIT_CHROMIUM", "/usr/bin/chromium"))
# headless, no sandbox (root), and nothing that phones home: the machine has no network
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def chromium_unavailable() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (python) is not installed"
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; in CI (CI=true) a missing one fails, elsewhere skips."""
    reason = chromium_unavailable()
    if reason:
        if IN_CI:
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
