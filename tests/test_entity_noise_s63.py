"""Session 63: entity-noise from a held-out corpus of legal, accounting and consulting shows. A
host or guest addressed by a given name that opens its sentence ("Ranjan Roy of Margins. Ranjan,
welcome.", "Trish, let's talk about ..."), though no list knows the name; the show's name at its
host's sign-off ("we will see you next time on Big Technology Podcast"); a partner's or a
director's title ("Managing Partner", "General Counsel"). A firm addressed by name in the middle of
a sentence, a common word that opens a sentence ("Right, let's go") and firms named like a title
stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, ner_entity_episode


def _noise(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, context)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name,context", [
    ("Ranjan", "dustry and AI. Joining us as always on Fridays is Ranjan Roy of Margins. Ranjan, welcome. Good to be here"),
    ("Trish", "chex can help your business grow. And we're back. Trish, let's talk about Mobley versus Workday. This is"),
    ("Robert", "d-and-go. So Robert, let's start with the Caravan, why retrofit a forty-year-old design"),
])
def test_a_person_addressed_by_a_given_name_is_no_company(name, context):
    assert _noise(name, context) == ["F504"]


@pytest.mark.parametrize("name,context", [
    ("Workday", "the lawsuit says that Workday, what it sells, screens people out before a human sees them"),
    ("Right", "that is the whole market. Right, let's move on to the next story about"),
    ("Clio", "we moved everything to Clio, and what changed was the billing side of the firm"),
])
def test_other_commas_after_a_name_are_no_person(name, context):
    assert "F504" not in _noise(name, context)  # ("Right" is a function word: F501's)


def test_the_show_at_its_sign_off_is_no_company():
    context = "g up, so stay tuned. We will see you next time on Big Technology Podcast."
    assert _noise("Big Technology Podcast", context) == ["F504"]


@pytest.mark.parametrize("name", ["Managing Partner", "General Counsel", "Senior Partners", "Managing Director"])
def test_a_partner_or_director_title_is_no_company(name):
    context = f"It is the single best predictor we have. When the {name} is in the product every week, adoption"
    assert _noise(name, context) == ["F504"]
