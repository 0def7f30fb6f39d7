"""M302: a lowercase 'mit' in German text is the German word, not a miscased MIT; a word with a
letter English lacks ("Behörden", capitalised as German nouns are) tells the language as the
listed function words do. One such word alone is not enough ("a señor at mit")."""
from tests.conftest import findings_by_item


def test_german_with_umlauted_nouns_is_no_casing_slip():
    found = findings_by_item(["Behörden sollten Zusammenfassungen von Bescheiden mit mehreren Modellen testen.",
                              "a señor at mit", "Researchers at mit built it"], "misspelling")
    assert 0 not in found
    assert [f.evidence for f in found[1]] == ["mit"] and [f.evidence for f in found[2]] == ["mit"]
