"""Attribution: words glued to a product's name, 'maintains', and the free relative.

- A product name with a word or hyphen glued to it ("Claude-based", "H100-first", "Sora-style")
  in an org's context made A401 raise (AttributeError on a version match that was None) and lose
  its findings for every file of the batch. Each case must run without an internal error, and a
  wrong claim in another file of the same batch must still be found.
- "maintains" is a verb of making in a relative clause ("JAX, which Meta maintains").
- The product as the subject of a free relative: "Claude is what Google built".
"""

from __future__ import annotations

import itertools
import json

import pytest

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from tests.conftest import episode_text

GLUED = ["-based", "-powered", "-style", "-first", "-maker", "-like"]
SHAPES = ["{p}{g}, from Microsoft", "The {p}{g} maker", "Its {p}{g} tools", "Launched {p}{g} apps",
          "Both {p}{g} and Gemini{g} came from OpenAI", "{p}{g}, which OpenAI built"]
CASES = [(shape.format(p=p, g=g), org) for (shape, p, g), org in zip(
    itertools.product(SHAPES, ["Claude", "H100", "Sora", "Llama 3"], GLUED), itertools.cycle(["Google", "Alibaba", "Meta"]))]


def _episode(name: str, context: str, summary: str = "A talk.") -> str:
    return episode_text(f"summary: {json.dumps(summary)}\ncompanies:\n- name: {json.dumps(name)}\n  category: big_tech\n"
                        f"  confidence: high\n  context: {json.dumps(context)}\n")


def test_glued_words_in_contexts_raise_nothing_and_the_batch_keeps_its_findings():
    auditor = Auditor(Settings(select=["A401", "A402"]))
    episodes = [parse_episode(_episode(org, text).encode(), Episode(path=f"e{i}.md")) for i, (text, org) in enumerate(CASES)]
    episodes.append(parse_episode(_episode("Google", "Search company.", "OpenAI (Gemini) is ahead.").encode(),
                                  Episode(path="claim.md")))
    results = auditor.audit_episodes(episodes)
    assert len(CASES) == 144
    for r in results:
        assert not [f.message for f in r.findings if "nternal error" in f.message]
    assert any(f.rule == "A401" and f.field == "summary" for f in results[-1].findings)


@pytest.mark.parametrize("summary", ["Both Claude-based and Gemini-based agents came from OpenAI.",
                                     "Google's Claude-style assistant is popular."])
def test_a_glued_word_is_no_claim(summary):
    auditor = Auditor(Settings(select=["A401"]))
    ep = parse_episode(_episode("Google", "Search company.", summary).encode(), Episode(path="x.md"))
    assert [f for f in auditor.audit_episodes([ep])[0].findings if "nternal error" in f.message] == []


@pytest.mark.parametrize("summary,found", [
    # 'maintains' is a verb of making in a relative clause
    ("Engineers should learn JAX, which Meta maintains, for TPU work.", True),
    ("PyTorch, which Google maintains, is the default framework.", True),
    ("TensorFlow, a framework Meta maintains, is old.", True),
    ("PyTorch, which Meta maintains, is the default framework.", False),
    ("JAX, which Google maintains, is fast.", False),
    # the product as the subject of a free relative naming its maker
    ("Claude is what Google built for enterprises.", True),
    ("Gemini is what Google shipped last year.", False),
    ("GPT-4o is what Microsoft uses in Copilot.", False),
    ("Gemini Nano is what Samsung shipped on the Galaxy S24.", False),
    ("Llama is what Meta released, and Claude is what Anthropic built.", False),
    ("Claude is what Microsoft built on, not what it makes.", False),
])
def test_makers_named_by_a_relative_clause(summary, found):
    auditor = Auditor(Settings(select=["A401"]))
    ep = parse_episode(_episode("Google", "Search company.", summary).encode(), Episode(path="x.md"))
    assert bool([f for f in auditor.audit_episodes([ep])[0].findings if f.field == "summary"]) is found
