"""Session 38: defects that two blind corpora on the AI field (blind100, blind101, written by helpers
who never saw the code) showed missing, each with a quiet twin. The names and phrasings here are our
own, not the corpora's."""

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _denials(name: str, context: str, confidence: str = "low") -> list[str]:
    return [f.evidence for f in audit_text(llm_entity_episode(name, context, confidence=confidence))
            if f.family == "not-mentioned"]


# --- not-mentioned: a name left off a speaker's list, an alias of the glossary's -----------------

@pytest.mark.parametrize("name, context, evidence", [
    # the object of "names" is a glossary form of the entity ("AI2" of the Allen Institute for AI)
    ("Allen Institute for AI", "Fits the open-weights thread, though neither guest names AI2.", "neither guest names"),
    ("Cerebras", "Not one of the chipmakers the host runs through; added as context.",
     "Not one of the chipmakers the host runs through"),
    ("Cerebras", "The host cites Groq and SambaNova but leaves Cerebras out.", "leaves Cerebras out"),
    ("Cerebras", "Wafer-scale chips came up; the guest left it out all the same.", "left it out"),
    ("Cerebras", "Cerebras is left out when the guest lists inference clouds.", "is left out"),
])
def test_a_name_left_off_the_speakers_list_is_not_mentioned(name, context, evidence):
    assert _denials(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("Allen Institute for AI", "Fits the open-weights thread, though neither guest names Meta."),
    ("Cerebras", "The host praises Cerebras but leaves Groq out of the comparison."),
    ("Cerebras", "Cerebras was left out of the loop on pricing, the guest says."),
    ("Cerebras", "The host left out the details of the Cerebras deal."),
])
def test_another_name_left_out_or_an_idiom_is_no_denial(name, context):
    assert _denials(name, context) == []
