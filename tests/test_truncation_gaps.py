"""Spoken sentences that end on a preposition, an auxiliary or a bare verb are whole when a gap
elsewhere in the sentence holds what they lack, and are not truncation:
- a relative word that opens its clause after an aside ("the price, not the product, that
  customers complained about");
- a time noun after a possessive, a noun and not a time adverb ("the part of my week I look
  forward to");
- an adverb between 'be' and the relative clause's noun ("which is exactly the kind of call
  nurses never have time for");
- an infinitive after an indefinite pronoun, with the verb's own object ("nothing to compare it
  to");
- an auxiliary alone with its subject after a sentence that negated it ("The data is not the
  bottleneck anymore. Interpretation is");
- a plural without -s as the subject ("where most people meet AI").
The same endings without the gap stay cut."""
import pytest

from tests.conftest import audit_text, quote_episode


def _cut(text: str) -> list[str]:
    return [f.evidence for f in audit_text(quote_episode(text)) if f.family == "truncation"]


@pytest.mark.parametrize("text", [
    "It was the price, not the product, that customers complained about",
    "It's the coaching, not the tracking, that people end up staying with",
    "That's the part of my week I look forward to",
    "Hippocratic AI calls patients after discharge, which is exactly the kind of call nurses never have time for",
    "The problem is that spin rate without spin axis is a number with nothing to compare it to",
    "The data is not the bottleneck anymore. Interpretation is",
    "Most vendors don't publish their evals. Our lab does",
    "The chips aren't the problem. The power grid is",
    "Honestly the phone is where most people meet AI",
    "That's where the children learn it",
    # 'all' as a free relative's head, as "everything"
    "Mistral shipped a small model that, honestly, for extraction, is all you need",
    "That's the pitch, that's all the pitch has ever been about",
    # a comparison's subject and the auxiliary standing for the verb before it
    "When treatment charges went negative, the traders saw it months before the analysts did",
    # a capitalised auxiliary mid-sentence is a name or a month; a capital A after a lowercase word a grade
    "The BCOs, Home Depot, Walmart, they sign in May",
    "Moody's rates the district A2, and S&P has it at A",
    # a verb that takes a question, its question left out
    "That's a good price or a giveaway, and nobody on the council agrees which",
])
def test_whole(text):
    assert _cut(text) == []


@pytest.mark.parametrize("text, evidence", [
    ("It was the price, not the product, and customers complained about", "about"),
    ("That's the part of my week when I look forward to", "to"),
    ("We keep calling patients after discharge, and nurses never have time for", "for"),
    ("The problem is that we need to compare it to", "to"),
    ("The model is fast and the cost is", "is"),
    ("The data is the bottleneck. Interpretation is", "is"),
    ("The phone is where most", "most"),
    ("And the question is whether most people", "people"),
    ("And then, for extraction, we all need", "need"),
    ("The traders saw it months before and the analysts did", "did"),
    ("and the model may", "may"),
    ("and then we built a", "a"),
])
def test_cut(text, evidence):
    assert _cut(text) == [evidence]
