"""Session 62: two kinds of entity-noise. The show's own name, introduced by its host's sign-on
("I'm Patrick O'Shaughnessy, and this is Invest Like the Best") or by the show and its network at a
sentence's start ("This is Planet Money from NPR."), listed among the companies; and a job's title
listed as a company ("Chief Nursing Officer", "Chief AI Officer", a title cut after its adjective,
"Chief Financial", a deputy's, "Vice Chair"). Firms named like a title ("Vice Media", "Chief") and
a sentence that only says "this is" stay quiet."""

from __future__ import annotations

import pytest

from audit.checks.entity_noise import show_names
from tests.conftest import audit_text, entity_episode, ner_entity_episode


@pytest.mark.parametrize("text,show", [
    ("Hello and welcome, everyone. I'm Patrick O'Shaughnessy, and this is Invest Like the Best. This show is",
     "Invest Like the Best"),
    ("[00:00:00] Jeff Guo: This is Planet Money from NPR. I'm Jeff Guo.", "Planet Money"),
    ("I'm Kevin Roose and this is Hard Fork.", "Hard Fork"),
])
def test_a_host_sign_on_names_the_show(text, show):
    assert show in show_names([text])


@pytest.mark.parametrize("text", [
    "I think this is Google from the start.",
    "I'm Jeff Guo. And I'm Mary Childs.",
    "This is Gemini from Google, so it is different.",
    "And this is where Anthropic comes in.",
])
def test_other_sentences_name_no_show(text):
    assert show_names([text]) == frozenset()


def test_the_show_its_host_signs_on_to_is_no_company():
    context = "everyone. I'm Patrick O'Shaughnessy, and this is Invest Like the Best. This show is an open"
    found = [(f.rule, f.message) for f in audit_text(ner_entity_episode("Invest Like the Best", context))
             if f.family == "entity-noise"]
    assert found == [("F504", "'Invest Like the Best' is the show's own name, not a company or product")]


@pytest.mark.parametrize("name", ["Chief Nursing Officer", "Chief AI Officer", "Chief Academic Officer",
                                  "Chief Financial", "Chief Marketing", "Vice Chair", "Deputy Director",
                                  "Associate Dean"])
def test_a_job_title_is_no_company(name):
    found = [(f.rule, f.message) for f in audit_text(entity_episode(name)) if f.family == "entity-noise"]
    assert found == [("F504", f"{name!r} is a job title, not a company or product")]


@pytest.mark.parametrize("name", ["Vice Media", "Chief", "Chief Keef", "Vice"])
def test_firms_named_like_a_title_stay_quiet(name):
    assert [f for f in audit_text(entity_episode(name)) if f.family == "entity-noise"] == []


@pytest.mark.parametrize("name", ["National Labor Relations Board", "National Weather Service",
                                  "US Secret Service", "Federal Aviation Administration"])
def test_a_public_body_named_board_service_or_administration_is_no_company(name):
    found = [(f.rule, f.message) for f in audit_text(entity_episode(name)) if f.family == "entity-noise"]
    assert found == [("F504", f"{name!r} is a government or public body, not a company")]


@pytest.mark.parametrize("name", ["National Instruments", "International Data Group", "National Grid"])
def test_firms_named_national_or_international_stay_quiet(name):
    assert [f for f in audit_text(entity_episode(name)) if f.family == "entity-noise"] == []


def test_a_city_is_no_variant_of_the_university_named_after_it():
    # the glossary once split "University of California, San Diego" into two variants, making the
    # city a name of UC San Diego
    context = "Okay, Twitch. TwitchCon is coming up next week in San Diego. And Twitch is having a year."
    found = [f.rule for f in audit_text(ner_entity_episode("San Diego", context)) if f.family == "entity-noise"]
    assert found == ["F504"]
    assert [f for f in audit_text(entity_episode("UC San Diego")) if f.family == "entity-noise"] == []
