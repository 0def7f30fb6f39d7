"""P801/P802, session 37: a part of the show presented by a sponsor ("Tonight's interview is
presented by X"), a sponsor whose name starts with a digit, a quick break going on after a comma,
the house ad for the show's own paid tier, "mention the show when you ..." offers, a sponsor-list
name that ends a longer name (the show's title) is no sponsor, the guest's firm named in the title
is no ad's, and an ad formula named as a phrase is talk about ads."""

from __future__ import annotations

from tests.conftest import audit_text, llm_entity_episode, quote_episode, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")


def _findings(ep: str) -> set[tuple[str, str, str]]:
    return {(f.field, f.rule, f.evidence) for f in audit_text(ep, select=("sponsor",))}


def _fields(ep: str) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))}


def _quote_rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("sponsor",))]


def _with_summary(ep: str, summary: str, title: str | None = None) -> str:
    """The episode `ep` (of `transcript_episode`, titled "x") with a summary, and another title."""
    head = f"title: {title or 'x'}\nsummary: {summary}\n"
    return ep.replace("title: x\n", head, 1)


# -- a part of the show presented by its sponsor -------------------------------------------------

PRESENTED = (FILL * 3 + "Back after this. Tonight's interview is presented by {Quarrydesk}. Quarrydesk lets "
             "finance teams reconcile every ledger automatically, so month-end takes hours. " + FILL * 4)
PRESENTED_QUOTES = ["Tonight's interview is presented by Quarrydesk, which lets finance teams reconcile every "
                    "ledger automatically."]
PRESENTED_INSIGHTS = ["Finance teams can reconcile every ledger automatically with Quarrydesk, so month-end "
                      "takes hours."]


def test_a_part_of_the_show_presented_by_a_sponsor_is_an_ad_read():
    ep = transcript_episode(PRESENTED, PRESENTED_QUOTES, PRESENTED_INSIGHTS)
    ep = _with_summary(ep, "Quarrydesk is praised as the easiest way to reconcile every ledger automatically.")
    assert {"companies[0]:P802", "quotes[0]:P801", "insights[0]:P801", "summary:P801"} <= _fields(ep)


def test_a_report_presented_by_someone_is_no_ad_read():
    assert _quote_rules("The quarterly report was presented by the CFO at the board meeting.") == []
    assert _quote_rules("This feature is powered by Gemini, and it shipped in March.") == []
    assert _quote_rules("Our interview was presented by the guest as a case study in failure.") == []


# -- a sponsor whose name starts with a digit ----------------------------------------------------

DIGIT = (FILL * 3 + "And now a word from {7Harbor}. 7Harbor keeps every password and passkey in one vault, on "
         "every device your team uses. " + FILL * 4)


def test_a_sponsor_named_with_a_leading_digit_is_announced():
    ep = transcript_episode(DIGIT, ["7Harbor keeps every password and passkey in one vault, on every device "
                                    "your team uses."], llm=[("7Harbor", "Password manager for teams.")])
    assert {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"} <= _fields(ep)
    assert _quote_rules("And now a word from 7Harbor.") == ["P801"]


def test_a_year_after_and_now_a_word_from_is_no_sponsor():
    assert _quote_rules("And now a word from 2019, when nobody trusted password managers.") == []


# -- a quick break going on after a comma: the host's own endorsement ---------------------------

HOST_READ = (FILL * 3 + "Quick break, and this one is personal. I use {Notewise} for every call now. It writes "
             "the notes for you without a bot in the room. Search for Notewise wherever you get apps. " + FILL * 4)
GUEST_USE = (FILL * 3 + "Honestly I use {Notewise} for every call now, and I think it changed how we run the "
             "standup, you know? " + FILL * 4)


def test_a_host_read_after_a_quick_break_with_a_comma_is_an_ad_read():
    quotes = ["I use Notewise for every call now, it writes the notes for you without a bot in the room."]
    assert {"companies[0]:P802", "quotes[0]:P801"} <= _fields(transcript_episode(HOST_READ, quotes))


def test_the_guests_own_use_without_a_break_is_no_ad_read():
    quotes = ["I use Notewise for every call now, and I think it changed how we run the standup."]
    assert _fields(transcript_episode(GUEST_USE, quotes)) == set()
    assert _quote_rules("After a quick break, and some coffee, the team shipped the fix.") == []


# -- the house ad for the show's own paid tier ---------------------------------------------------

def test_the_shows_paid_tier_is_ad_copy():
    assert _quote_rules("Insider subscribers hear every episode ad-free, plus bonus interviews on Fridays.") == ["P801"]
    assert _quote_rules("Become a member at briefcast.news and support the show.") == ["P801"]
    assert _quote_rules("So become a paid subscriber today and get the Friday deep dive.") == ["P801"]
    found = audit_text(llm_entity_episode("Briefcast Insider", "The show's paid membership tier with ad-free "
                                          "episodes and a bonus weekly interview."), select=("sponsor",))
    assert [f.rule for f in found] == ["P802"]


def test_a_rivals_paid_tier_is_no_ad_copy():
    assert _quote_rules("Rival premium subscribers get ad-free music and offline downloads.") == []
    assert _quote_rules("She became a member of the board in 2021.") == []
    found = audit_text(llm_entity_episode("Spotify Premium", "Streaming subscription with ad-free music, "
                                          "discussed as a rival of the show's subject."), select=("sponsor",))
    assert found == []


# -- "mention the show" as the offer of a host read ----------------------------------------------

def test_mention_the_show_when_you_book_is_a_call_to_action():
    assert _quote_rules("Mention Margin Notes when you sign up and the onboarding fee is waived.") == ["P801"]
    assert _quote_rules("Just mention the podcast at checkout for a free month.") == ["P801"]


def test_mentioning_a_company_in_the_talk_is_no_call():
    assert _quote_rules("I should mention Stripe when we get to payments, because it matters.") == []
    assert _quote_rules("Did they mention the show when you met them?") == []


# -- a sponsor-list name inside the show's own name ----------------------------------------------

SHOW_NAME = ("Welcome to Zero to Scale. Zero to Scale is brought to you by {Ferrowave}. Ferrowave runs your "
             "payroll in every country. Start free at ferrowave.com/zero. " + FILL * 6)
SCALE_READ = ("This episode is brought to you by {Scale AI}. Scale AI gives your models the training data they "
              "need. Go to scale.com/zero. " + FILL * 6)


def test_a_sponsor_list_name_inside_the_shows_title_is_no_sponsor():
    ep = _with_summary(transcript_episode(SHOW_NAME), "In this episode of Zero to Scale, the guest explains how to "
                       "reach the first hundred customers.")
    found = _findings(ep)
    assert not any(ev == "Scale" for _, _, ev in found)
    assert ("summary", "P801", "Scale") not in found


def test_a_listed_sponsor_in_an_ad_read_is_one():
    ep = _with_summary(transcript_episode(SCALE_READ), "Scale AI is recommended for the training data your "
                       "models need.")
    found = _fields(ep)
    assert {"companies[0]:P802", "summary:P801"} <= found


# -- the guest's firm, named in the title, is no ad's --------------------------------------------

GUEST_FIRM = ("This is Founder Radio. Founder Radio is presented by {Deel}. Hire and pay anyone in one hundred "
              "and fifty countries without a local entity. My guest today is Priya Raman-Okafor, the co-founder and "
              "chief technology officer of {Tallowbird}, which tells you whether your signups are people or bots. "
              + FILL * 6)


def test_the_guests_firm_named_in_the_title_is_no_ad_entity():
    ep = transcript_episode(GUEST_FIRM)
    titled = ep.replace("title: x\n", "title: 'Priya Raman (Tallowbird): Bots at the Signup Page'\n", 1)
    assert not any(ev == "Tallowbird" for _, _, ev in _findings(titled))
    assert ("companies[0].name", "P802", "Deel") in _findings(titled)


# -- an ad formula named as a phrase -------------------------------------------------------------

def test_an_ad_formula_named_as_a_phrase_is_talk_about_ads():
    assert _quote_rules("The phrase this episode is brought to you by is the most skipped line in audio.") == []
    assert _quote_rules("The words our sponsor make half the audience reach for the skip button.") == []


def test_the_formula_itself_is_an_ad_read():
    assert _quote_rules("This episode is brought to you by Quarrydesk, the ledger tool for finance teams.") == ["P801"]
