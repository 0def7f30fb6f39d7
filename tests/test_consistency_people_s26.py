"""C1008 leaves people out of a summary's list of companies and people: names of other shapes than
'First Last' (hyphenated, accented, with particles) and items whose description opens on a person's
role; companies described with people's words stay judged."""
import pytest

from tests.conftest import audit_text, summary_episode


def c1008(item: str) -> list[str]:
    text = summary_episode("### Notable Companies/People\n\n*   " + item + "\n")
    return [f.evidence for f in audit_text(text) if f.rule == "C1008"]


@pytest.mark.parametrize("item", [
    "**Wei-Ting Chen:** The guest, sharing first-hand experience.",
    "**Noor Al-Hashimi:** partner.",
    "**Zoë van der Berg:** on packaging.",
    "**Mélodie Saint-Aubin:** on the studio's pipeline.",
    "**Adaeze Okafor-Brandt:** on hospital procurement.",
    "**Aoife O'Neill:** on policy.",
    "**Björk:** Icelandic musician whose label licenses its catalogue.",
    "**Kwame:** Mentioned as the co-founder of the guest's first startup.",
    "**Rasmussen:** CTO of the studio.",
])
def test_people_are_no_missing_companies(item):
    assert c1008(item) == []


@pytest.mark.parametrize("item, name", [
    ("**Zentrix Robotics:** warehouse robots.", "Zentrix Robotics"),
    ("**Foldbright:** The startup the guest founded.", "Foldbright"),
    ("**Tallmark Labs:** A startup whose founder spoke.", "Tallmark Labs"),
    ("**Quillary:** Mentioned for a deal with the host's employer.", "Quillary"),
    ("**Norvale Systems:** Mentioned as a partner of the hospital.", "Norvale Systems"),
])
def test_companies_described_with_peoples_words_stay_judged(item, name):
    assert c1008(item) == [name]


def test_a_korean_given_name_with_a_small_second_part_is_a_person():
    text = summary_episode("Jun-seo Park of Nabi Editions.\n\n### Notable Companies/People\n\n*   **Jun-seo Park:** Publisher.\n")
    text = text.replace("title: x", "title: 'Small Press, Big Ideas: Jun-seo Park of Nabi Editions'", 1)
    assert [f.evidence for f in audit_text(text) if f.rule == "C1008"] == []
