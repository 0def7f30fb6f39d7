"""C1008 reads a bold label of ordinary words whose item tells of other names as a topic, not a
company ("**Competition:** SentinelOne's Purple AI ..."), and a place as no company; a company
named with ordinary words stays judged when its item is about itself, when a company word
follows another capitalised word, or when the file writes the label as a name elsewhere."""
import pytest

from tests.conftest import audit_text, summary_episode


def c1008(item: str, prose: str = "") -> list[str]:
    text = summary_episode(prose + "### Notable Companies/People\n\n*   " + item + "\n")
    return [f.evidence for f in audit_text(text) if f.rule == "C1008"]


@pytest.mark.parametrize("item", [
    "**Competition:** Purple AI from Zentrix and Halcyon were run side by side during the evaluation.",
    "**Partners:** Wärtsilä engine telemetry and Kuehne+Nagel tables feed the models.",
    "**Alliances:** Hapag-Lloyd is Norvik's partner in the Gemini Cooperation.",
    "**Open models:** Prithvi from Zentrix and Pangu-Weather from Quillary.",
    "**Medical writing:** First drafts come from Foldbright and are reviewed line by line.",
    "**Privacy:** Quillary and Foldbright both moved processing onto the device.",
    "**Taiwan:** Analysts in Taipei still call the foundry by its local name.",
])
def test_topic_labels_and_places_are_no_missing_companies(item):
    assert c1008(item) == []


def test_a_topic_label_stays_quiet_beside_a_glossary_company_the_list_lacks():
    """The label is no company; Maersk, a glossary company (session 37), named in the item and
    missing from the entity list, is."""
    assert c1008("**Alliances:** Hapag-Lloyd is Maersk's partner in the Gemini Cooperation.") == ["Maersk"]


@pytest.mark.parametrize("item, name, prose", [
    ("**Macmillan:** Another group that had bid for the press.", "Macmillan", ""),
    ("**Clever:** Rostering provider whose access was reviewed by Quillary.", "Clever", ""),
    ("**Duke Energy:** Named as the other Southeast utility racing to add gas capacity.", "Duke Energy", ""),
    ("**Frontier:** Its fares undercut Quillary on the Denver route.", "Frontier",
     "The guest flew with Frontier last week.\n\n"),
])
def test_companies_named_with_ordinary_words_stay_judged(item, name, prose):
    assert c1008(item, prose) == [name]


def _c1008_with_intro(intro: str, item: str, title: str = "x") -> list[str]:
    text = summary_episode(intro + "\n\n### Notable Companies/People\n\n*   " + item + "\n").replace("title: x", f"title: {title}", 1)
    return [f.evidence for f in audit_text(text) if f.rule == "C1008"]


@pytest.mark.parametrize("intro, item, title", [
    ("This episode features Gwen Abernathy of Maple Ridge Savings on lending.",
     "**Gwen Abernathy:** Commercial lender at Maple Ridge Savings.", "x"),
    ("Independent shops against the algorithm.", "**Callum Fraser:** Toy retailer.",
     "Callum Fraser on independent toy shops"),
])
def test_the_featured_guest_is_no_missing_company(intro, item, title):
    assert _c1008_with_intro(intro, item, title) == []


def test_a_person_shaped_firm_that_is_not_featured_stays_judged():
    assert _c1008_with_intro("This episode features the toy trade.", "**Callum Fraser:** Toy retailer.") == \
        ["Callum Fraser"]
