"""Session 45, A403: one maker spelt two ways in one episode ("Brightwel's Orbit Desk" in the
transcript, "Brightwell's agentic platform" in an LLM context) is one side, the misspelling
family's to report, not a maker conflict; a different maker is still one."""

from __future__ import annotations

from tests.conftest import audit_text, episode_text, quote_episode


def _episode(llm_maker: str) -> str:
    return episode_text(
        "title: Audit agents at the Big Four\n"
        "summary: The guest compares the agent platforms of the audit firms.\n"
        "companies:\n"
        "- category: unknown\n  confidence: medium\n  position: 118\n  name: Brightwel\n"
        "  context: the big investment programme, and Brightwel's Orbit Desk, its agent pla\n"
        "- category: unknown\n  confidence: medium\n  position: 120\n  name: Orbit Desk\n"
        "  context: \"stment programme, and Brightwel's Orbit Desk, its agent platform built on NVIDIA's st\"\n"
        "- category: ai_application\n  confidence: high\n  source: llm_enhanced\n  name: Orbit Desk\n"
        f"  context: \"{llm_maker}'s agentic AI platform for audit work.\"\n"
        "- category: professional_services\n  confidence: high\n  source: llm_enhanced\n  name: Brightwell\n"
        "  context: Audit firm that launched Orbit Desk.\n"
        "quotes:\n"
        "- text: \"Brightwel's Orbit Desk is where the junior auditors start now.\"\n")


def _a403(llm_maker: str) -> list[str]:
    return [f.evidence for f in audit_text(_episode(llm_maker), select=("A403",))]


def test_one_maker_spelt_two_ways_is_no_conflict():
    assert _a403("Brightwell") == []
    assert _a403("Brightwel") == []


def test_another_maker_is_still_a_conflict():
    assert _a403("IBM") == ["IBM"]


# --- A401: a list of names is no apposition; an idiom in lowercase names no maker ----------------

def _a401(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text)) if f.rule == "A401"]


def test_an_item_of_a_list_of_names_is_no_apposition():
    assert _a401("Everybody's shipping agents. Copilot Studio, Glean's agent builder, Rovo agents, Notion agents.") == []
    assert _a401("We compared Copilot Studio, Glean's agent builder, Rovo and Notion.") == []
    # one thing set off by commas, then the clause goes on: an apposition, a wrong maker
    assert _a401("Copilot Studio, Glean's agent builder, is everywhere now.") == ["Copilot Studio, Glean's agent"]


def test_an_ordinary_phrase_in_lowercase_names_no_maker_and_no_firm():
    assert _a401("The thing I didn't expect is that writer's block basically disappeared.") == []
    # a maker's name in lowercase, then a product's that is no ordinary word: still a claim
    assert _a401("honestly openai's gemini is the one we use") == ["openai's gemini"]
