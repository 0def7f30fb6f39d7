"""Attribution on shapes a blind corpus showed: a list of owners' products ("Amazon's Trainium,
Google's TPU") is no apposition; "module" is a product's kind in an entity's context; makers named
in Swedish, Danish, Norwegian and Polish."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, summary_episode


def _claims(text: str) -> list[str]:
    return [f.evidence for f in audit_text(text, select=["attribution"])]


@pytest.mark.parametrize("summary", [
    "Hyperscaler silicon — Amazon's Trainium, Google's TPU, Microsoft's Maia — needs the same memory.",
])
def test_quiet_in_a_summary(summary):
    assert _claims(summary_episode(summary)) == []


@pytest.mark.parametrize("summary, evidence", [
    ("They compared Med-PaLM, Microsoft's medical LLM.", "Med-PaLM, Microsoft's medical LLM"),
    ("Apple's rival, Google's Vision Pro, costs $3,499.", "Google's Vision Pro"),
    ("Porównania z Gemini od OpenAI pokazują przewagę.", "Gemini od OpenAI"),
    ("Vi testade Llama, utvecklad av OpenAI, förra veckan.", "Llama, utvecklad av OpenAI"),
    ("Vi testade Claude från Google i våras.", "Claude från Google"),
])
def test_claims_found_in_a_summary(summary, evidence):
    assert _claims(summary_episode(summary)) == [evidence]


@pytest.mark.parametrize("name, context, evidence", [
    ("Jetson Orin", "Qualcomm's edge AI module, one per camera on the spray boom.", "Qualcomm's edge AI module"),
    ("Qwen2.5", "Qwen, model firmy Baidu, used as a baseline in Polish comparisons.", "Qwen, model firmy Baidu"),
])
def test_claims_found_in_an_entity_context(name, context, evidence):
    assert _claims(llm_entity_episode(name, context)) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Jetson Orin", "Nvidia's edge AI module on every camera."),
    ("Qwen2.5", "Qwen, model firmy Alibaba, used as a baseline."),
])
def test_right_or_other_products_in_an_entity_context(name, context):
    assert _claims(llm_entity_episode(name, context)) == []
