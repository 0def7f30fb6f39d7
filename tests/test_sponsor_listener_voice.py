"""Sponsor: the conversation's generic "you" ("what happens when you don't use them") does not
carry an ad read over a gap into the next window, while the read's own "your" does; an ad's
question to the listener answered by an unlisted sponsor's verb and object ("Tired of paying full
price for tickets? SeatCrate finds the cheapest seats") is an ad read."""
from __future__ import annotations

from tests.conftest import audit_text, transcript_episode

TALK = ("and that is why the whole industry changed its inspection schedules after the fire season, because "
        "the regulators asked for it and the insurers priced it in, which nobody expected at the time. ")

AD = ("Welcome back to Load Curve. My guest spent fifteen years at {Pacific Gas and Electric}, running "
      "the wildfire mitigation program. " + TALK + "A quick word from our partner. Load Curve is made possible by "
      "{GridPilot}. GridPilot uses satellite imagery to spot vegetation risk along power lines before it becomes a "
      "fire. Learn more at gridpilot dot com slash load. Now, back to our conversation. " + TALK + TALK)

QUOTES = ["GridPilot uses satellite imagery to spot vegetation risk along power lines before it becomes a fire",
          "Public safety power shutoffs are the blunt tool",
          "Hawaiian Electric found out what happens when you don't use them."]


def _sponsor(transcript: str, quotes=QUOTES) -> set[str]:
    return {f.field.split(".")[0] if f.field.startswith("quotes") else f.evidence
            for f in audit_text(transcript_episode(transcript, quotes=quotes), select=("sponsor",))}


def test_a_generic_you_after_the_read_is_the_conversation():
    # the read's end ("back to our conversation") falls between the two windows, in no text
    read = AD.split(" Learn more")[0] + " Now, back to our conversation. So, Maria, how did it go over? "
    after = "Public safety power shutoffs are the blunt tool. {Hawaiian Electric} found out what happens when you don't use them. "
    assert _sponsor(read + after + TALK) == {"GridPilot", "quotes[0]"}


def test_the_reads_own_your_after_a_gap_stays_in_the_read():
    after = ("Your crews get a map of every risky span each morning, and {Hawaiian Electric} signed up last year, "
             "so your linemen stop guessing. ")
    found = _sponsor(AD.replace(" Learn more at gridpilot dot com slash load. Now, back to our conversation.", "")
                     .replace(TALK + TALK, "") + after + TALK)
    assert "GridPilot" in found and "Hawaiian Electric" in found


def test_an_ads_question_answered_by_an_unlisted_sponsor_is_a_read():
    read = ("Futures are where the books make their quiet money. " + TALK + "And now a message. Tired of paying full "
            "price for tickets? {SeatCrate} finds the cheapest seats for every game, every venue. " + TALK)
    found = _sponsor(read, ["SeatCrate finds the cheapest seats for every game, every venue.",
                            "Futures are where the books make their quiet money"])
    assert found == {"SeatCrate", "quotes[0]"}
