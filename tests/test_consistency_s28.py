"""C1001: a product is big_tech only when a big-tech group makes it (YouTube, Google's, may be;
ChatGPT, OpenAI's, and Nvidia's Blackwell may not), and a big-tech group is no application."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text


def _c1001(name: str, category: str) -> list[str]:
    fm = ("title: x\ncompanies:\n"
          f"- {{name: '{name}', category: {category}, confidence: high, source: llm_enhanced,\n"
          "   context: 'Discussed by the guest.'}\n")
    return [f.rule for f in audit_text(episode_text(fm), select=("C1001",))]


@pytest.mark.parametrize("name, category", [
    ("ChatGPT", "big_tech"),       # OpenAI's app: OpenAI is no big-tech group
    ("Blackwell", "big_tech"),     # Nvidia's GPU generation
    ("Alibaba", "ai_application"),  # a big-tech group as an application
    ("Microsoft", "ai_product"),
])
def test_a_category_the_entry_cannot_have_is_flagged(name, category):
    assert _c1001(name, category) == ["C1001"]


@pytest.mark.parametrize("name, category", [
    ("YouTube", "big_tech"),       # a big-tech group's product
    ("ChatGPT", "ai_application"),
    ("Alibaba", "big_tech"),
    ("Blackwell", "ai_hardware"),
])
def test_a_category_the_entry_may_have_stays_quiet(name, category):
    assert _c1001(name, category) == []
