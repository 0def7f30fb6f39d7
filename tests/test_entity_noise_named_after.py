"""What is named after a person is no person (F504): a place or body whose name ends on a word
such as Museum or Foundation ("Andy Warhol Museum"), and a name that modifies a noun in its NER
window ("The Mei Moses index was bought by Sotheby's"). A person's name with a verb after it stays
a person. Likewise a name shaped like a plural that modifies a noun ("the Reuters style guide") is a
name, no class of things ("the Hyperscalers are")."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(text, select=["entity-noise"])]


@pytest.mark.parametrize("text", [
    ner_entity_episode("Andy Warhol Museum", "n raised general admission to thirty dollars. The Andy Warhol "
                                             "Museum uses free Friday nights to build its pipeline. Te"),
    llm_entity_episode("Andy Warhol Museum", "Pittsburgh museum that lends works for touring shows."),
    ner_entity_episode("Mei Moses", "ns because unsold works drop out of the data. The Mei Moses index was "
                                    "bought by Sotheby's in 2016. Yayoi Kusa"),
])
def test_named_after_a_person_is_no_person(text):
    assert _rules(text) == []


@pytest.mark.parametrize("text", [
    ner_entity_episode("Mei Moses", "the data is thin. Mei Moses said unsold works drop out of the index"),
    ner_entity_episode("Andy Warhol", "the museum raised admission, and the Andy Warhol said nothing of it"),
])
def test_a_person_with_a_verb_stays_a_person(text):
    assert _rules(text) == ["F504"]


@pytest.mark.parametrize("name, context", [
    ("Reuters", "the Reuters style guide is basically in the system prompt now. "),
    ("Genesys", "the Talkdesk integration took two weeks, the Genesys one took four months, and I'm not"),
    ("Anthelios", "one on TikTok talks about. La Roche-Posay has the Anthelios line with Mexoryl, which"),
])
def test_a_plural_shaped_name_that_modifies_a_noun_is_a_name(name, context):
    assert _rules(ner_entity_episode(name, context)) == []


def test_a_class_of_things_with_its_verb_stays_generic():
    assert _rules(ner_entity_episode("Hyperscalers", "capex keeps rising because the Hyperscalers are buying "
                                                     "every GPU they can find")) == ["F504"]


def test_a_brand_named_after_a_person_with_its_trade():
    assert _rules(ner_entity_episode("Kylie Cosmetics", "Kylie Cosmetics sold a majority stake to Coty in 2019 "
                                                        "for six hundred million, and then")) == []
