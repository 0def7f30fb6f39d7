"""Session 62: a product changed and kept is still its maker's ("OpenAI's renamed Claude Code
SDK", "OpenAI's rebranded Claude": wrong makers; "Anthropic's renamed Claude Code SDK" right), and
an officer's title (CTO, CFO, COO, CPO, president, chief technology officer ...)
before or after a firm is a role one holds at one firm at a time, as CEO is: a person the glossary
knows at a lab or big tech firm, named an officer of another company, is a wrong attribution
("Palantir CTO Andrew Bosworth": he is Meta's). A past role, and the right firm, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, summary_episode


def _attribution(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(summary_episode(text)) if f.family == "attribution"]


@pytest.mark.parametrize("text,evidence", [
    ("Palantir CTO Andrew Bosworth spoke about the glasses.", "Palantir CTO Andrew Bosworth"),
    ("Andrew Bosworth, Palantir's chief technology officer, spoke.", "Andrew Bosworth, Palantir's chief technology officer"),
    ("Stripe president Sam Altman spoke at the event.", "Stripe president Sam Altman"),
    ("Salesforce CFO Sarah Friar explained the numbers.", "Salesforce CFO Sarah Friar"),
])
def test_an_officer_of_another_company_is_a_wrong_attribution(text, evidence):
    assert ("A401", evidence) in _attribution(text)


@pytest.mark.parametrize("text", [
    "Meta CTO Andrew Bosworth spoke about the glasses.",
    "OpenAI president Greg Brockman spoke at the event.",
    "OpenAI CFO Sarah Friar explained the numbers.",
    "Former Palantir CTO Andrew Bosworth spoke about the glasses.",
    "Palantir's investors met Andrew Bosworth at the event.",
    # a vice president is no officer who runs the firm
    "Palantir vice president Andrew Bosworth spoke about the glasses.",
])
def test_the_right_firm_a_past_role_and_no_role_stay_quiet(text):
    assert _attribution(text) == []


@pytest.mark.parametrize("text,evidence", [
    ("They praised OpenAI's renamed Claude Code SDK.", "OpenAI's renamed Claude Code"),
    ("They praised OpenAI's rebranded Claude.", "OpenAI's rebranded Claude"),
    ("Google's revamped Copilot app shipped this week.", "Google's revamped Copilot"),
])
def test_a_changed_product_with_the_wrong_maker_is_found(text, evidence):
    assert ("A401", evidence) in _attribution(text)


@pytest.mark.parametrize("text", [
    "Anthropic's renamed Claude Code SDK shipped.",
    "Microsoft's updated Claude integration shipped.",
    "Apple's revamped Siri uses Google's Gemini.",
])
def test_a_changed_product_of_its_own_maker_or_a_relation_stays_quiet(text):
    assert _attribution(text) == []
