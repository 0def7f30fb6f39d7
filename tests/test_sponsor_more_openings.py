"""P802: more ways an ad read opens or calls to action, for sponsors on no list: "comes to you
courtesy of X", "A quick message from X." opening a sentence, "sponserd by" as speech
recognition writes it, and an address read out without a path after a call to action ("go to x
dot com"). A credit ("courtesy of NASA"), a hackathon's sponsor, a message from a person and a
university's address stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text
from tests.test_sponsor_s16 import FILL, _episode


def _flagged(transcript: str) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(_episode(transcript), select=("sponsor",))}


@pytest.mark.parametrize("read", [
    "This episode comes to you courtesy of {Ferrowave}. Ferrowave monitors every pump in your plant and pages you before it fails.",
    "A quick message from {Tallbrook}. Tallbrook turns your meeting notes into tickets automatically.",
    "This show is sponserd by {Dovetail Labs}, the research repository for product teams.",
    "If you want to try it, go to {Pinecrest} dot com and get started for free today.",
])
def test_the_read_is_found(read):
    assert _flagged(FILL * 3 + read + " " + FILL * 3) == {"companies[0]:P802"}


@pytest.mark.parametrize("text", [
    "The image on the slide, courtesy of {NASA}, shows the cluster from orbit, and it is beautiful.",
    "We went to a hackathon sponserd by {Nvidia} last year and the winning team built a robot.",
    "A quick message from {Sam Altman} went out to staff: the company would slow hiring this year.",
    "I told her to go to {Stanford} dot edu and read the course notes first, they're free.",
])
def test_other_uses_stay_quiet(text):
    assert _flagged(FILL * 3 + text + " " + FILL * 3) == set()
