"""Session 63: more phrasings of "not mentioned" in an LLM-pass entity's context, from held-out
corpora of research shows and of AI in Asia: "no spoken presence in this solo episode", "not among
the companies the hosts talk about", "never voiced by the hosts", "outside anything the hosts
say", "not part of this recap", "absent from every exchange in the episode", "neither host says
the word X", "nowhere in the script", "plays no role in the narration", "there is nothing about X
in the script", and the pipeline's own doing ("the extractor inserted it", "the tagger added it",
"a fabricated association", "added by analogy"). The same words about a market, a deal, a list
or a product stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _n201(context: str, name: str = "Coupang") -> list[str]:
    return [f.rule for f in audit_text(llm_entity_episode(name, context, confidence="low"))
            if f.family == "not-mentioned"]


@pytest.mark.parametrize("context", [
    "Coupang has no spoken presence in this solo episode.",
    "Coupang is not among the companies the hosts talk about.",
    "Not one of the firms the guests discuss.",
    "Coupang is never voiced by Craig or Yoshua.",
    "Coupang is outside anything the hosts say.",
    "Coupang is not part of this recap at all.",
    "Coupang is absent from every exchange in the episode.",
    "Neither host says the word Coupang at any point.",
    "None of the speakers utters the name.",
    "Coupang is nowhere in the script.",
    "Coupang plays no role in the narration.",
    "There is nothing about Coupang in the script.",
    "The extractor inserted it as a large Korean e-commerce company.",
    "The tagger added it as a large Korean tech company.",
    "Treat this as a fabricated association with Korean retail.",
    "Fabricated in post-processing from the e-commerce theme.",
    "Added by analogy with other Korean platforms.",
])
def test_a_new_phrasing_of_not_mentioned_is_found(context):
    assert _n201(context) == ["N201"]


@pytest.mark.parametrize("context", [
    "Coupang's rocket delivery is absent from the Taiwan market until 2026, the host notes.",
    "Coupang is not part of the consortium, the guest says, but it ships its goods.",
    "Coupang has no presence in China, which the guests discuss at length.",
    "Coupang never voiced support for the bill, the host explains.",
    "Coupang is nowhere near profitable in Taiwan, the guest argues.",
    "Coupang plays no role in the deal, according to the hosts, though it was rumoured.",
    "Coupang is outside the top five retailers the guest ranks.",
    "Coupang added a membership tier by analogy with Amazon Prime, the hosts say.",
    "Coupang is not among the companies the hosts expect to win, they say.",
    "There is nothing about Coupang in the budget, the guest says of the trade plan.",
    "Coupang, discussed at length, is absent from the list of suppliers named in the report.",
])
def test_the_same_words_about_something_else_stay_quiet(context):
    assert _n201(context) == []
