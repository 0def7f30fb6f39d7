"""A final preposition whose object is a noun before a relative clause without 'that' is whole in
more shapes: a contracted subject ("a conversation I'd been looking forward to"), an indefinite
subject with a phrase after it and a verb in -s ("the example everyone in our partnership keeps
coming back to"), an infinitive after a bare plural ("companies with real profits to point to").
The same endings without such a noun stay cut; a short reply ("It is not quite") is whole."""
import pytest

from tests.conftest import audit_text, quote_episode


def _cut(text: str) -> bool:
    return any(f.family == "truncation" for f in audit_text(quote_episode(text)))


@pytest.mark.parametrize("text", [
    "This was a conversation I'd been looking forward to",
    "It's a tool we'd rely on every day",
    "Accounting firms are the example everyone in our partnership keeps coming back to",
    "The IPO window is open again, but only for companies with real profits to point to",
    "It is not quite",
])
def test_whole(text):
    assert not _cut(text)


@pytest.mark.parametrize("text", [
    "Accounting firms are the example everyone in our partnership keeps coming back to the",
    "only for companies with real profits to",
    "and honestly the numbers were not quite",
    "the team moved the whole stack from Java to",
])
def test_cut(text):
    assert _cut(text)
