"""A one-word name right after an ordinary English word capitalised inside a sentence of its window
is cut from the longer name (F502: "Rover" of "the Land Rover store"); not after a sentence's
start, an article, a title or a given name."""
import pytest

from tests.conftest import audit_text, ner_entity_episode


def _found(name: str, context: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in audit_text(ner_entity_episode(name, context), select=["entity-noise"])]


def test_a_name_cut_after_a_capitalised_word():
    found = _found("Rover", "is a Toyota point and we also have the Land Rover store across the street, and those")
    assert [rule for rule, _ in found] == ["F502"] and "'Land Rover'" in found[0][1]


def test_a_name_that_is_a_word_cut_after_a_word_that_opens_no_sentence():
    # (session 41: at a sentence's start too, when the word before is no word that opens sentences
    # and the name an ordinary word: "State Farm", "Land Rover")
    found = _found("Rover", "we sold the dealership last year. Land Rover bought the lot next door and the street")
    assert [rule for rule, _ in found] == ["F502"] and "'Land Rover'" in found[0][1]


@pytest.mark.parametrize("name, context", [
    ("Rover", "we sold the dealership last year. Then Rover bought the lot next door and the street"),
    ("Economist", "the numbers were odd, and The Economist ran them anyway in the spring issue"),
    ("Ives", "the analyst was clear about it, and Dan Ives said the quarter was strong for them"),
])
def test_no_cut_at_a_sentence_start_an_article_or_a_given_name(name, context):
    assert all(rule != "F502" for rule, _ in _found(name, context))


def test_a_name_of_ordinary_words_cut_after_a_capitalised_word():
    found = _found("Valley Bank", "a regional lender in California when Silicon Valley Bank failed in March. Sure")
    assert [rule for rule, _ in found] == ["F502"] and "'Silicon Valley Bank'" in found[0][1]


@pytest.mark.parametrize("name, context", [
    ("Valley Bank", "we bank with Valley Bank in New Jersey, and the branch manager knows us"),
    ("Valley Bank", "rates went up. Valley Bank raised its deposit rate in May"),
])
def test_a_name_of_ordinary_words_said_whole_is_no_cut(name, context):
    assert all(rule != "F502" for rule, _ in _found(name, context))
