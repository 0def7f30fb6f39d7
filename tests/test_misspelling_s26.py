"""Misspellings of names heard wrong, and other names and words that are none.

Each test pairs a slip the family must find with text of the same shape that it must leave alone.
"""
from tests.conftest import audit_text, episode_text, misspellings, ner_entity_episode, quote_episode


def _flagged(text: str, episode=quote_episode) -> list[tuple[str, str]]:
    return [(f.evidence, f.fix.edits[0].replacement) for f in misspellings(text, episode)]


def test_a_short_name_with_a_consonant_that_sounds_otherwise_is_another_name():
    # "Rogo" is a real company (research for finance), one letter from Atlassian's Rovo; g and v
    # sound nothing alike, so no ASR slip makes one of the other
    assert _flagged("The analysts at the bank use Rogo to draft comps tables.") == []
    episode = ner_entity_episode("Rogo", "in finance, analysts now use Rogo to draft comps tables for every pitch")
    assert [f for f in audit_text(episode) if f.family == "misspelling"] == []
    # a consonant of the same sound, or a vowel, is a slip still
    assert _flagged("Songs made with Utio are everywhere.") == [("Utio", "Udio")]
    assert _flagged("We run Qwan models locally.") == [("Qwan", "Qwen")]


def test_a_hesitation_glued_to_a_name_is_the_name():
    assert _flagged("Mark Zuckerberger said the glasses are the next platform.") == \
        [("Mark Zuckerberger", "Mark Zuckerberg")]
    assert _flagged("Meta's Zuckerberger said the glasses are the next platform.") == \
        [("Zuckerberger", "Zuckerberg")]
    assert _flagged("Jensen Huanger spoke at the event.") == [("Jensen Huanger", "Jensen Huang")]
    # a plural, an adjective made from the name, another person's surname stay
    assert _flagged("The Zuckerbergs donated to a hospital.") == []
    assert _flagged("Helmut Sandberger wrote the report.") == []


def test_one_who_works_at_an_organisation_is_no_misspelling_of_it():
    assert _flagged("He is a Googler who now works at a startup.") == []
    assert _flagged("Former Googlers started the company.") == []
    assert _flagged("An ex-Googler started it.") == []
    # a hesitation after an organisation's name is still its name
    assert _flagged("The Stripeuh thing was odd.") == [("Stripeuh", "Stripe")]


def test_a_first_u_said_you_and_written_as_that_sound():
    assert _flagged("Songs made with Eudio and Suno are everywhere.") == [("Eudio", "Udio")]
    assert _flagged("Songs made with Yudio are everywhere.") == [("Yudio", "Udio")]
    assert _flagged("Songs made with Youdio are everywhere.") == [("Youdio", "Udio")]
    assert _flagged("Eugene and Yuval met in Europe, at the Eurostar terminal.") == []


def test_a_word_that_sounds_as_a_model_family_before_its_version():
    assert _flagged("We wired Jiminy 2.5 Pro into the review bot.") == [("Jiminy 2.5 Pro", "Gemini 2.5 Pro")]
    assert _flagged("Jiminy Cricket was my favourite character.") == []
    assert _flagged("Jiminy 3 is out.") == []  # a number alone, no maker before it: not the family's version
    assert _flagged("Quinn 2 was a nice guy.") == []  # a common given name


def test_people_of_the_field_the_glossary_lacked():
    assert _flagged("Alec Radferd built the first GPT.") == [("Alec Radferd", "Alec Radford")]
    assert _flagged("Jeff Dean and Sanjay Ghemawhat built MapReduce.") == [("Sanjay Ghemawhat", "Sanjay Ghemawat")]
    assert _flagged("Sepp Hochreitter invented the LSTM.") == [("Sepp Hochreitter", "Sepp Hochreiter")]
    assert _flagged("Alec Radford built the first GPT, and Sepp Hochreiter the LSTM.") == []
    # another person with the same surname and given name is the same spelling: nothing to say
    assert _flagged("Margaret Mitchell wrote Gone with the Wind.") == []


def test_an_episode_with_them_all():
    text = episode_text(
        "title: x\nquotes:\n"
        "- text: \"Mark Zuckerberger and a Googler talked about Eudio.\"\n"
        "- text: \"Our analysts use Rogo, and Jiminy 2.5 Pro writes the summaries.\"\n")
    found = sorted((f.field, f.evidence) for f in audit_text(text) if f.family == "misspelling")
    assert found == [("quotes[0].text", "Eudio"), ("quotes[0].text", "Mark Zuckerberger"),
                     ("quotes[1].text", "Jiminy 2.5 Pro")]


def test_a_month_and_a_day_is_a_date():
    # "June" is one letter from JetBrains' Junie; before a day of the month it is the month
    assert _flagged("The report is due on June 30, and the audit follows.") == []
    assert _flagged("The quarter ends March 31, June 30, September 30, or December 31.") == []
    assert _flagged("We ran Junei 2 on the repo.") == [("Junei", "Junie")]


def test_a_y_for_another_consonant_in_a_short_name_is_another_name():
    assert _flagged("The Moyal distribution is used in physics.") == []  # no Modal
    assert _flagged("We run our GPU jobs on Modall.") == [("Modall", "Modal")]


def test_a_name_ending_as_heard_without_its_r():
    # a speaker who drops the "r" says "Sutskever" as "Sutskeva"; the given name beside it is the person's
    assert _flagged("Ilya Sutskeva left OpenAI.") == [("Ilya Sutskeva", "Ilya Sutskever")]
    assert _flagged("Sepp Hochreita invented the LSTM.") == [("Sepp Hochreita", "Sepp Hochreiter")]
    assert _flagged("Ilya Sutskever left OpenAI, and Sepp Hochreiter stayed in Linz.") == []
