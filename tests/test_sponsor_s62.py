"""Session 62: a host's read whose pitch says "free" ("they'll replace them for free") before its
real call to action ("Go to shadyrays.com and use code ...") runs on to that later call: the same
voice, within three turns, with no turn back to the conversation, no other voice and no hedges of
unscripted speech between. A quote lifted from the pitch between the two is ad copy; the talk
after the read is not."""

from __future__ import annotations

from tests.conftest import audit_text, episode_text
from tests.test_generalise_s61 import _reads

_LINES = (
    "[00:05:30] Greg Miller: But who is Aloy in that situation, if the words come from a model?\n"
    "[00:05:36] Tim Gettys: That's the question. It's a costume on a chatbot.\n"
    "[00:05:45] Greg Miller: Today's episode is brought to you by Brightshade.\n"
    "[00:05:57] Greg Miller: Brightshade makes polarized sunglasses that look incredible, and if you lose or break them, "
    "they'll replace them for free, no questions asked.\n"
    "[00:06:07] Greg Miller: Every pair of Brightshade glasses is backed by a lifetime warranty, so you can stop buying "
    "cheap sunglasses every summer.\n"
    "[00:06:16] Greg Miller: Go to brightshade.com and use code GAMESCAST for forty percent off two or more pairs.\n"
    "[00:06:25] Tim Gettys: Okay, we're back. So I want to zoom out, because Sony is not the only company doing this.\n"
    "[00:06:33] Greg Miller: Every studio is doing this now, so you can stop pretending it's a Sony story.\n")


def test_the_read_runs_on_to_its_later_call_to_action():
    reads = _reads(_LINES)
    assert len(reads) == 1
    assert "use code GAMESCAST" in reads[0] and "lifetime warranty" in reads[0]
    assert "we're back" not in reads[0] and "Every studio" not in reads[0]


def _p801(quote: str) -> list[str]:
    fm = (f"quotes:\n- length: {len(quote)}\n  relevance_score: 6\n  text: {quote}\n  topics: []\n"
          "summary: The hosts discuss AI characters in games.\ntitle: AI characters\n")
    text = episode_text(fm, "\n## Transcript (excerpt)\n\n" + _LINES)
    return [f.field for f in audit_text(text) if f.rule == "P801"]


def test_a_quote_from_the_pitch_before_the_later_call_is_ad_copy():
    assert _p801("Every pair of Brightshade glasses is backed by a lifetime warranty, so you can stop buying "
                 "cheap sunglasses every summer") == ["quotes[0].text"]


def test_the_talk_after_the_read_is_no_ad_copy():
    assert _p801("Every studio is doing this now, so you can stop pretending it's a Sony story") == []
