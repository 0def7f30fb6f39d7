"""P802: the copy of an announced read that its call to action has not yet closed belongs to the
read, though it neither talks to the listener nor names the sponsor ("This episode is supported
by Ledgerly. ... Teams at Brightwave and Kestrel Bio cut their close time ..."): the customers
of a sponsor's testimonial are ad content. The conversation after the read stays out."""

from __future__ import annotations

from tests.conftest import audit_text
from tests.test_sponsor_s16 import FILL, _episode


def _flagged(transcript: str) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(_episode(transcript), select=("sponsor",))}


def test_customers_in_the_copy_of_an_announced_read_are_ad_content():
    transcript = (FILL * 3 + "Before we get into it, a quick word from today's sponsor. This episode is "
                  "supported by {Ledgerly}. If you run a startup, month-end close eats a week of your "
                  "finance team's life. Ledgerly connects to your bank and closes the books in hours, "
                  "not days. Teams at {Brightwave} and {Kestrel Bio} cut their close time by eighty "
                  "percent after switching. Visit ledgerly dot io slash circuits to get three months "
                  "free. Alright, welcome to the show. So let's start with the basics, what does the "
                  "company do? We build arms that pick mixed items out of bins, and we trained on "
                  "{Isaac} sim data for most of it. " + FILL * 3)
    flagged = _flagged(transcript)
    assert {"companies[0]:P802", "companies[1]:P802", "companies[2]:P802"} <= flagged
    assert "companies[3]:P802" not in flagged
