"""G901: the firm's name said alone does not ground a longer name the LLM pass gave one of its parts
or offers -- a tier, a series, a division ("Stridewell Pro+: Premium subscription tier of the
app", "Veolia Water Technologies: Veolia's engineering division"); it still grounds the firm's
full name ("Goldman" of "Goldman Sachs")."""
import pytest

from tests.conftest import audit_text, transcript_episode

TRANSCRIPT = ("We started {Stridewell} as a spreadsheet for our club. {Veolia} operates a lot of the "
              "desalination capacity. The deal went through {Goldman} in the end.")


def _ungrounded(name: str, context: str) -> list[str]:
    return [f.evidence for f in audit_text(transcript_episode(TRANSCRIPT, llm=[(name, context)]), select=["grounding"])]


@pytest.mark.parametrize("name, context", [
    ("Stridewell Pro+", "Premium subscription tier of the app with coach access."),
    ("Veolia Water Technologies", "Veolia's engineering division supplying membranes for desalination."),
])
def test_a_part_of_a_firm_named_nowhere(name, context):
    assert _ungrounded(name, context) == [name]


def test_the_firm_itself_is_grounded_by_its_short_form():
    assert _ungrounded("Goldman Sachs", "Investment bank that advised on the deal.") == []
