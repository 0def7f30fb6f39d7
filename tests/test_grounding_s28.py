"""G901: a public body's place said alone grounds no public body ("Regulators in Bermuda" is no
"Bermuda Monetary Authority"), while a firm's usual short form still grounds the firm."""

from __future__ import annotations

from tests.conftest import audit_text, episode_text


def _g901(name: str, text: str) -> list[str]:
    fm = ("title: x\n"
          f"summary: '{text}'\n"
          "companies:\n"
          f"- {{name: '{name}', category: regulator, confidence: medium, source: llm_enhanced,\n"
          "   context: 'Discussed as the body that oversees the market.'}\n")
    return [f.evidence for f in audit_text(episode_text(fm), select=("G901",))]


def test_a_place_said_alone_grounds_no_public_body():
    assert _g901("Bermuda Monetary Authority", "Regulators in Bermuda are where the blocks go.") == [
        "Bermuda Monetary Authority"]
    assert _g901("Lagos State Water Authority", "Everyone in Lagos buys water by the jerrycan.") == [
        "Lagos State Water Authority"]


def test_the_body_named_grounds_it_and_a_firms_short_form_grounds_the_firm():
    assert _g901("Bermuda Monetary Authority", "The Bermuda Monetary Authority approved the deal.") == []
    assert _g901("Kestrel Reinsurance", "Kestrel took the whole block last year.") == []
