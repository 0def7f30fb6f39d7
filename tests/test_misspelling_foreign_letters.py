"""M302: a lowercase 'mit' in German text is the German word, not a miscased MIT; a word with a
letter English lacks ("Behörden", capitalised as German nouns are) tells the language as the
listed function words do. One such word alone is not enough ("a señor at mit")."""
from tests.conftest import findings_by_item


def test_german_with_umlauted_nouns_is_no_casing_slip():
    found = findings_by_item(["Behörden sollten Zusammenfassungen von Bescheiden mit mehreren Modellen testen.",
                              "a señor at mit", "Researchers at mit built it"], "misspelling")
    assert 0 not in found
    assert [f.evidence for f in found[1]] == ["mit"] and [f.evidence for f in found[2]] == ["mit"]


def test_a_word_styled_in_capitals_is_another_name():
    # "COSCO" (the shipping line) is no Cisco: five capitals or more, a string English text uses,
    # and Cisco is never written in capitals; "ANTHROPC", used by no text, is Anthropic misspelt
    found = findings_by_item(["The carriers that matter here, COSCO, Evergreen and ONE, all cut capacity.",
                              "We bought ANTHROPC credits last year."], "misspelling")
    assert 0 not in found
    assert [f.evidence for f in found[1]] == ["ANTHROPC"]
