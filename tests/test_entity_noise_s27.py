"""Entity noise: terms of a trade in title case described as such ("Monetization model ..."), people
famous outside tech described by their role, treaties, and what a firm's own words outweigh: a
company word after a verb ("Beat Games"), a foundation under a governance category, a firm named
by an activity beside its kind ("market makers like Jump Trading"), and mojibake glued to a name
in its window (no cut name)."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, ner_entity_episode


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(text, select=("entity-noise",))]


def test_a_trade_term_described_as_a_term_is_no_company_and_a_firm_of_ordinary_words_stays():
    assert _rules(llm_entity_episode("Royalty Payments", "Discussed as a revenue stream for session musicians.")) == [
        ("F504", "Royalty Payments")]
    assert _rules(llm_entity_episode("Late Fees", "Mentioned as a cost renters resent every month.")) == [
        ("F504", "Late Fees")]
    assert _rules(llm_entity_episode("Tournaments", "Gameplay format where players compete in brackets.")) == [
        ("F504", "Tournaments")]
    assert _rules(llm_entity_episode("Budgeting", "Discussed as a habit young earners skip.")) == [
        ("F504", "Budgeting")]
    # its description's head is a firm or a product, an owner's possessive opens it, a maker
    # follows, or it is described without a term's head at all
    assert _rules(llm_entity_episode("Paper Towns", "Game studio behind a cosy farming title.")) == []
    assert _rules(llm_entity_episode("Quiet Rooms", "Valve's feature for muting voice chat in matches.")) == []
    assert _rules(llm_entity_episode("Harbor Lights", "Lighting technology from Signify used in warehouses.")) == []
    assert _rules(llm_entity_episode("Silver Maple", "Mentioned in the context of cloud cost dashboards.")) == []
    # one word that is no plural nor gerund ("Relay") and a plural of a given name ("Edwards")
    assert _rules(llm_entity_episode("Relay", "Mentioned as a cost driver for shippers.")) == []
    assert _rules(llm_entity_episode("Edwards", "Mentioned as a cost driver for hospitals.")) == []


def test_a_famous_person_described_by_a_role_outside_tech():
    assert _rules(llm_entity_episode("Mo Farah", "Mentioned as an example of an athlete who rebuilt his training around data.")) == [
        ("F504", "Mo Farah")]
    assert _rules(llm_entity_episode("Wangari Maathai", "Environmental activist cited for tree-planting campaigns.")) == [
        ("F504", "Wangari Maathai")]
    # one word: a stage name with a role that ends its phrase, or a personal pronoun
    assert _rules(llm_entity_episode("Stormzy", "Rapper whose label deal was used as an example.")) == [("F504", "Stormzy")]
    assert _rules(llm_entity_episode("Rosalía", "She sold out the residency within minutes.")) == [("F504", "Rosalía")]
    # a firm of a role word: the role names a kind of product, or the name is a common word
    assert _rules(llm_entity_episode("Soundtrap", "Musician tools platform owned by Spotify.")) == []
    assert _rules(llm_entity_episode("Anchor", "Podcaster app bought by Spotify.")) == []


def test_a_treaty_is_no_company_and_a_car_stays():
    assert _rules(llm_entity_episode("Kyoto Agreement", "International climate deal cited by the guest.")) == [
        ("F504", "Kyoto Agreement")]
    assert _rules(llm_entity_episode("Outer Space Treaty", "Referenced on who may own the Moon.")) == [
        ("F504", "Outer Space Treaty")]
    assert _rules(llm_entity_episode("Honda Accord", "Mid-size sedan from Honda.")) == []


def test_a_company_word_after_a_verb_is_a_firm_name():
    assert _rules(ner_entity_episode("Beat Games", "it was a small team. Beat Games shipped the first build in a year, and")) == []
    assert _rules(ner_entity_episode("Launch Capital", "our seed came quickly. Launch Capital wrote the first check and the")) == []
    # speech before a name stays a fragment
    assert _rules(ner_entity_episode("Take Cursor", "on your signup page. Take Cursor. People were going to insane lengths")) == [
        ("F501", "Take Cursor")]


def test_a_foundation_under_a_governance_category_is_flagged_only_when_public():
    assert _rules(llm_entity_episode("Raspberry Pi Foundation", "Charity that teaches children to code.",
                                     "governance_entity")) == []
    assert _rules(llm_entity_episode("National Science Foundation", "Federal agency funding basic research.",
                                     "governance_entity")) == [("F504", "National Science Foundation")]
    assert _rules(llm_entity_episode("Prototype Fund", "Government-backed fund for civic tech projects.",
                                     "governance_entity")) == [("F504", "Prototype Fund")]


def test_a_firm_named_by_an_activity_beside_its_kind_or_its_pronoun():
    assert _rules(ner_entity_episode("Harbor Trading", "the quant shops like Harbor Trading were hiring every ML")) == []
    assert _rules(llm_entity_episode("Summit Trading", "Referenced for its options market making desk.")) == []
    assert _rules(ner_entity_episode("Vibe Coding", "honestly the whole Vibe Coding thing got out of hand on")) == [
        ("F504", "Vibe Coding")]


def test_mojibake_after_a_name_in_its_window_is_no_longer_name():
    assert _rules(ner_entity_episode("Figure AI", "the robots at Figure AIâ€™s plant in California were moving")) == []
    assert _rules(ner_entity_episode("Mistral", "people said â€œMistralâ€ as if it were one model, but")) == []
    # a real cut stays one
    assert _rules(ner_entity_episode("Open", "we switched our whole stack to OpenAI's API last year and")) == [("F502", "Open")]


def test_a_person_by_a_pronoun_of_the_clause_the_name_is_subject_of():
    assert _rules(ner_entity_episode("Eliud Kipchoge", "and the shoes. When Eliud Kipchoge broke two hours with his shoes the whole")) == [
        ("F504", "Eliud Kipchoge")]
    # an object's clause: the pronoun is another's; two common words ("Magic Leap") name a firm
    assert _rules(ner_entity_episode("Olay Regenerist", "and honestly she swears by Olay Regenerist and her skin looks")) == []
    assert _rules(ner_entity_episode("Magic Leap", "the demo was weird. Magic Leap and his old team shipped it")) == []


def test_a_given_names_plural_is_a_family_or_firm_name_not_a_plural_subject():
    assert _rules(ner_entity_episode("Roberts", "in the kitchen. Roberts have made radios since the thirties and")) == []
    assert _rules(ner_entity_episode("Retailers", "on pricing. Retailers are cutting prices again this quarter")) == [
        ("F504", "Retailers")]


def test_an_llm_context_of_a_product_outweighs_the_shape_of_speech():
    assert _rules(llm_entity_episode("Between Us", "Dating app for couples from a Berlin startup.")) == []
    assert _rules(llm_entity_episode("Take Cursor", "AI code editor from Anysphere.")) == [("F501", "Take Cursor")]
    assert _rules(llm_entity_episode("Magic Johnson", "Former basketball star turned investor.")) == [("F504", "Magic Johnson")]


def test_a_one_word_name_after_a_possessive_pronoun_of_a_firm_stays():
    assert _rules(llm_entity_episode("Glossier", "Her beauty brand built on Instagram.")) == []
    assert _rules(llm_entity_episode("Björk", "Her album campaigns were cited as early web experiments.")) == [("F504", "Björk")]


@pytest.mark.parametrize("place", ["Montréal", "Zürich", "São Paulo"])
def test_a_listed_place_written_with_its_accents_is_a_place(place):
    fm = ("title: x\ncompanies:\n"
          f"- {{name: {place}, category: unknown, confidence: medium, position: 241,\n"
          f"   context: 'who built goalie models for a league team in {place}. Welcome, and thanks.'}}\n")
    assert [(f.rule, f.evidence) for f in audit_text(episode_text(fm), select=("F504",))] == [("F504", place)]
