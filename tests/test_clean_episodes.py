"""Precision on whole episodes: three episodes written by hand in the pipeline's shape (NER context
windows cut at 50 characters around each name, LLM entities, quotes, insights, a Markdown summary)
about topics the seed does not touch (data platforms, robotics, AI policy), with correct accents,
curly quotes, dashes and ~50 real names. Nothing in them is a defect, so every finding would be a
false positive; the one left is a judgement call, stated below.

Also: names cut by the edge of a context window are no misspellings, and grounding finds a name
said otherwise (accents, an acronym, a version moved, its maker before it) and nothing more.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge

from tests.conftest import ROOT, audit_text, episode_text

CLEAN = ROOT / "tests" / "fixtures" / "clean_episodes"


def test_clean_episodes_have_no_findings_but_one_judgement_call():
    out = subprocess.run([sys.executable, "-m", "audit", "check", "--no-cache", "--format", "json", str(CLEAN)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.stderr == ""
    report = json.loads(out.stdout)
    assert report["summary"]["files"] == 3
    found = [(Path(f["file"]).name, f["rule"], f["evidence"]) for f in report["findings"]]
    # "ETH Zurich" is the LLM pass's name for what the transcript calls "ETH here in Zürich": the
    # words are apart, so G901 says that only "ETH" occurs. A reviewer may accept or reject it.
    assert found == [("102_clean_robotics.md", "G901", "ETH Zurich")]


def _names():
    gl = glossary(Knowledge.load([]))
    return [form for e in gl.entries for form in e.accepted[:2] if len(form) >= 6]


def _window(context: str) -> str:
    return episode_text(yaml.safe_dump({
        "title": "Episode",
        "companies": [{"name": "Globex", "category": "tech_company", "confidence": "high",
                       "context": context, "position": 1200}]}, width=1000, allow_unicode=True))


def test_a_name_cut_by_a_context_windows_edge_is_no_misspelling():
    # every glossary name cut by 1-3 characters at the window's end ("... did we point Claud"),
    # and at its start where a letter is left ("penAI said ..."): 106 of these 670 were flagged.
    # A cut keeps the name's case: that is how a cut differs from a misspelling ("Lama" below)
    rnd = random.Random(5)
    cases = []
    for form in _names():
        k = rnd.randint(1, 3)
        cases.append(f"and the new release from {form[:-k]}")
        if form[k].isalpha():
            cases.append(f"{form[k:]} said the new model is faster")
    auditor = Auditor(Settings(select=["M"]))
    results = auditor.audit_episodes([parse_episode(_window(c).encode(), Episode(path=f"c{i}.md"))
                                      for i, c in enumerate(cases)])
    flagged = [(c, [f.evidence for f in r.findings]) for c, r in zip(cases, results) if r.findings]
    assert len(cases) > 600
    assert flagged == []


@pytest.mark.parametrize("context,evidence", [
    ("s, and only then did we point Claud at the semantic layer", "Claud"),  # not at the edge
    ("the model from Anthropik", "Anthropik"),  # at the edge, but no part of a name
    ("and then Lama", "Lama"),
    ("Lama 4 models are out", "Lama"),  # "Ollama" cut at the start would leave "lama", not "Lama"
    ("Openai said the new model is faster", "Openai"),  # the whole name, wrongly cased
    ("the new Lama 4 models", "Lama"),
    ("teams use Nvidai", "Nvidai"),
])
def test_misspellings_at_and_near_a_windows_edge_are_still_found(context, evidence):
    assert [f.evidence for f in audit_text(_window(context), select=["M"])] == [evidence]


def test_a_name_cut_at_a_quotes_end_is_no_misspelling():
    text = episode_text('title: Episode\nquotes:\n- text: "so only then did we point Claud"\n  relevance_score: 5\n')
    assert audit_text(text, select=["M"]) == []
    # at its start, a quote's capitalised word is a word of its own: still checked
    text = episode_text('title: Episode\nquotes:\n- text: "Claud is what we use."\n  relevance_score: 5\n')
    assert [f.evidence for f in audit_text(text, select=["M"])] == ["Claud"]


@pytest.mark.parametrize("name,text", [
    ("ETH Zurich", "She works at ETH Zürich on robot learning."),
    ("Société Générale", "Societe Generale pilots LLMs for its traders."),
    ("Zürich Insurance", "Zurich Insurance pilots LLMs for claims."),
    ("Nestlé", "Nestle uses forecasting models."),
    ("Ångström Labs", "Angstrom Labs builds battery models."),
    ("Zoë AI", "Zoe\u0308 AI ships an assistant."),  # a combining diaeresis in the text
])
def test_grounding_matches_names_and_texts_whose_accents_differ(name, text):
    fm = yaml.safe_dump({"title": "Episode", "summary": text,
                         "companies": [{"name": name, "category": "tech_company", "confidence": "high",
                                        "context": "Named by the guest.", "source": "llm_enhanced"}]},
                        width=1000, allow_unicode=True)
    assert audit_text(episode_text(fm), select=["G"]) == []


def test_grounding_still_flags_a_name_whose_words_differ_beyond_accents():
    fm = yaml.safe_dump({"title": "Episode", "summary": "Zurich Insurance pilots LLMs.",
                         "companies": [{"name": "Zürich Re", "category": "tech_company", "confidence": "high",
                                        "context": "Named by the guest.", "source": "llm_enhanced"}]},
                        width=1000, allow_unicode=True)
    assert [f.rule for f in audit_text(episode_text(fm), select=["G"])] == ["G901"]


def _grounding(cases: list[tuple[str, str]]) -> list[list[str]]:
    auditor = Auditor(Settings(select=["G"]))
    eps = []
    for i, (name, text) in enumerate(cases):
        fm = yaml.safe_dump({"title": "Episode", "summary": text,
                             "companies": [{"name": name, "category": "tech_company", "confidence": "high",
                                            "context": "Named by the guest.", "source": "llm_enhanced"}]},
                            width=1000, allow_unicode=True)
        eps.append(parse_episode(episode_text(fm).encode(), Episode(path=f"c{i}.md")))
    return [[f.rule for f in r.findings] for r in auditor.audit_episodes(eps)]


GROUNDED_OTHERWISE = [
    ("The New York Times", "The NYT sued OpenAI over training data."),  # the acronym of the name
    ("Taiwan Semiconductor Manufacturing Company", "TSMC makes the chips."),
    ("TSMC", "Taiwan Semiconductor Manufacturing Company makes the chips."),  # the acronym spelled out
    ("MIT", "Researchers at the Massachusetts Institute of Technology built it."),
    ("AMD", "Advanced Micro Devices sells the MI300."),
    ("Claude 3.5 Sonnet", "Claude Sonnet 3.5 writes most of our code."),  # the version moved
    ("Gemini 1.5 Flash", "We tested Gemini Flash 1.5 last week."),
    ("OpenAI GPT-4", "GPT-4 was the baseline."),  # the maker's name before its product
    ("Anthropic Claude 3 Opus", "Claude 3 Opus was the judge."),
]
STILL_UNGROUNDED = [
    ("AMD", "It was a major deal for the company."),  # lowercase words spell no acronym
    ("MIT", "There are many important tasks to automate."),
    ("Gemini 1.5 Flash", "We tested Gemini 2.0 Flash last week."),  # another version
    ("Claude 3 Sonnet", "Claude 3.5 Sonnet writes code."),
    ("Claude 3 Opus", "Claude and Opus 4 are strong at code."),
    ("Microsoft Gemini", "Gemini is Google's model."),  # not Gemini's maker: no product alone
    ("Google Gemini Ultra", "Gemini Pro was used."),
    ("Mistral Large 2", "Mistral Large was used."),
]


def test_grounding_finds_a_name_said_otherwise():
    assert _grounding(GROUNDED_OTHERWISE) == [[]] * len(GROUNDED_OTHERWISE)


def test_grounding_still_flags_names_that_are_not_said_otherwise():
    assert _grounding(STILL_UNGROUNDED) == [["G901"]] * len(STILL_UNGROUNDED)
