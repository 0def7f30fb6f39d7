"""P801/P802, session 18: where an ad read by a sponsor on no list starts and stops. An
announcement in the middle of a window starts the read there (the names before it are the host's
introduction); a call to action closes the read (no window after it without evidence of its own,
and the conversation resuming in its window ends it with the call's sentence); the guest's
biography begun in an earlier window is not the ad; a second announced read does not take the
windows between it and the first; chatty words ("honestly", "stuff") stop a read's stretch."""

from __future__ import annotations

from tests.conftest import audit_text
from tests.test_sponsor_s16 import FILL, _episode


def _flagged(transcript: str, quotes=()) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(_episode(transcript, quotes), select=("sponsor",))}


def test_names_before_an_announcement_in_the_same_window_are_not_in_the_ad():
    transcript = (FILL * 3 + "Our guest runs the data platform team over at {Pellucid Systems}. Before we start, "
                  "this episode is supported by {Marlowe Pay}, the invoicing tool for agencies. "
                  + FILL * 3)
    assert _flagged(transcript) == {"companies[1]:P802"}


def test_conversation_resuming_after_a_call_to_action_is_not_in_the_ad():
    transcript = (FILL * 3 + "This episode is brought to you by {Quenby}. Quenby reconciles your payouts "
                  "across every bank overnight. Get started at quenby.io/ledger. Ravi, let's talk "
                  "{Swift} messaging. Why is it still so slow? The banks batch everything, and the "
                  "{ISO 20022} migration keeps slipping, because nobody wants to pay for it. "
                  "The cutover plan at {Nordbank} was a single weekend. " + FILL * 3)
    quotes = ["The banks batch everything, and the ISO 20022 migration keeps slipping"]
    assert _flagged(transcript, quotes) == {"companies[0]:P802"}


def test_guest_biography_begun_in_an_earlier_window_is_not_the_ad():
    transcript = (FILL * 2 + "Joining me today is {Mara Quist}, who spent a decade running risk at "
                  "{Finchley} before she started advising regulators on card payments. Today's sponsor "
                  "is Finchley: fraud scores on {UnionPay} swipes, in real time. Learn more at "
                  "finchley.com/ledger. " + FILL * 3)
    flagged = _flagged(transcript)
    assert "companies[1]:P802" not in flagged and "companies[2]:P802" in flagged


def test_second_announced_read_does_not_take_the_conversation_before_it():
    transcript = (FILL + "Today's show is sponsored by {Ostrava Cloud}. Ostrava gives every pull request "
                  "its own GPU preview environment. Teams like {Kelpie} ship twice as fast with it. "
                  "So where do you start with quantization, Lena? With the smallest model that "
                  "works, and then we measure. We're big fans of the {Hugging Face} post on picking "
                  "a format, and we're using {Ollama} for the local side on the whole team. One last "
                  "thank-you to our sponsor, {Brindle}, the on-call scheduler for small teams. " + FILL * 3)
    flagged = _flagged(transcript)
    assert "companies[2]:P802" not in flagged and "companies[3]:P802" not in flagged
    assert {"companies[0]:P802", "companies[1]:P802", "companies[4]:P802"} <= flagged


def test_chatty_words_stop_the_stretch_of_a_read():
    transcript = (FILL + "This week's episode is brought to you by {Tamsin}, the expense tool for "
                  "remote teams. Tamsin books the receipts for you. Quantization is "
                  "where the real savings are, honestly. {Tarnwell} has a nice explainer, and "
                  "the stuff it covers is enough to start. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


# ---- markers of reads by sponsors on no list, and their sponsors' names ----

def test_by_our_friends_at_names_the_sponsor():
    transcript = (FILL * 3 + "This hour is made possible by our friends at {Wrenfold Mutual}. If you own "
                  "a café, Wrenfold covers spoiled stock after a power cut. " + FILL * 3)
    assert _flagged(transcript, ["If you own a café, Wrenfold covers spoiled stock after a power cut"]) == {
        "companies[0]:P802", "quotes[0]:P801"}


def test_a_break_of_its_own_opens_the_read_and_its_first_name_is_the_sponsor():
    transcript = (FILL * 3 + "Short break here. I have relied on {Lanternfish} for a year to watch this "
                  "show's servers. It pages the right person and writes up the incident for you. "
                  + FILL * 3)
    quotes = ["Lanternfish pages the right person and writes up the incident for you"]
    assert _flagged(transcript, quotes) == {"companies[0]:P802", "quotes[0]:P801"}


def test_an_address_on_a_newer_company_domain_is_a_call_to_action():
    assert "quotes[0]:P801" in _flagged(FILL * 4, ["Save thirty percent this week at orchard.academy/pod."])
    assert "quotes[0]:P801" in _flagged(FILL * 4, ["Book a demo at wellnest.health/show and skip the queue."])
    # a price talked about, or a discount given to someone else, is no offer
    quiet = ["We save forty percent on compute since the move.",
             "They give twenty percent off to nonprofits, which is how we could afford it."]
    assert _flagged(FILL * 4, quiet) == set()


def test_the_names_in_the_sentence_of_a_call_to_action_are_the_sponsor_and_the_host_read_before_it():
    transcript = (FILL * 3 + "Let me tell you about something I use daily: {Kettleworks}. Kettleworks keeps "
                  "every snippet you ever copied, searchable by meaning. I lean on it daily. Take "
                  "twenty percent off a {Kettleworks Plus} plan with code KETTLE20. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802", "companies[1]:P802"}


def test_a_window_after_a_gap_joins_a_read_only_when_it_speaks_as_an_ad():
    transcript = (FILL * 3 + "This week's episode is brought to you by {Ambergrid}. Ambergrid quotes your "
                  "energy contract in five minutes, no broker calls, for any size of site. "
                  "Whatever size of business you run, the quote is free and takes nothing but a "
                  "meter reading. Ambergrid. Back with Sofia now. The settlement delays in the UK "
                  "grew after {Clearline} went live. The fix that works is a named payee check. "
                  + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


def test_an_llm_entry_called_sponsor_but_also_talked_about_by_the_guest_is_not_flagged():
    text = _episode(FILL * 3 + "Before joining us she built the rails at {Orrery}, and the Orrery API "
                    "is still the one everybody copies. " + FILL * 3)
    import yaml as _yaml
    head, rest = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
    fm = _yaml.safe_load(head)
    fm["companies"].append({"category": "fintech", "confidence": "high", "name": "Orrery", "source": "llm_enhanced",
                            "context": "Company where the guest built payment rails; also the episode sponsor."})
    ep = "---\n" + _yaml.safe_dump(fm, sort_keys=False, width=1000) + "---\n" + rest
    assert {f.field for f in audit_text(ep, select=("sponsor",))} == set()


def _with_llm(text: str, entries: list[dict]) -> str:
    import yaml as _yaml
    head, rest = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
    fm = _yaml.safe_load(head)
    fm["companies"] += entries
    return "---\n" + _yaml.safe_dump(fm, sort_keys=False, width=1000) + "---\n" + rest


def test_the_shows_name_between_episode_and_presented_by():
    transcript = (FILL * 3 + "This episode of Night Shift Notes is presented by {Gridwise}. Gridwise forecasts "
                  "prices on every node, so your battery sells when power is dear. Book a demo at "
                  "gridwise.energy. " + FILL * 3)
    assert _flagged(transcript) == {"companies[0]:P802"}


def test_one_window_in_an_ads_voice_naming_a_sponsor_the_llm_calls_advertised():
    transcript = (FILL * 3 + "The grammar drills are the old part of the method, nobody disputes that. {Tidy "
                  "Phrases} is the other common one. Ever stumble mid-sentence? {Voxa} gives you a voice "
                  "partner that slows down when you do. " + FILL * 3)
    text = _with_llm(_episode(transcript), [
        {"category": "edtech", "confidence": "high", "name": "Voxa", "source": "llm_enhanced",
         "context": "AI conversation partner app advertised during the episode."}])
    flagged = {f.field for f in audit_text(text, select=("sponsor",))}
    # Voxa (its window and the LLM entry); not the guest's Tidy Phrases before it
    assert flagged == {"companies[1].name", "companies[2].name"}


def test_a_window_ending_in_the_ad_read_does_not_name_the_sponsor_outside_it():
    transcript = ("Welcome to Slow Verbs, the show about learning languages as an adult. I'm {Rosa}. "
                  "Today's sponsor is {Tandemly}. Tandemly books you a native tutor the same day. "
                  + FILL * 4)
    text = _with_llm(_episode(transcript), [
        {"category": "edtech", "confidence": "high", "name": "Tandemly", "source": "llm_enhanced",
         "context": "Tutoring marketplace; the episode's sponsor."}])
    assert {f.field for f in audit_text(text, select=("sponsor",))} == {"companies[1].name", "companies[2].name"}


def test_a_guests_talk_of_prices_trials_and_references_is_no_ad():
    quiet = ["If you look at brackly.com/pricing, it's one number, and that simplicity is the product.",
             "Our whole pricing doc is at tallrow.dev/handbook, we published it last year.",
             "We tried a free trial at Tallrow for fourteen days and conversion was terrible.",
             "There's a great paper on this, I'll put the link in the show notes, it's by Okonkwo."]
    assert _flagged(FILL * 4, quiet) == set()
    # the ad's own: still ads
    assert _flagged(FILL * 4, ["Start your free trial at tallrow dot io today.",
                               "The link is in the show notes."]) == {"quotes[0]:P801", "quotes[1]:P801"}


def test_the_author_named_with_a_link_to_share_is_no_sponsor():
    transcript = (FILL * 3 + "There's a great paper on value pricing, I'll put the link in the show notes, "
                  "it's by {Okonkwo} and it holds up. " + FILL * 3)
    assert _flagged(transcript) == set()


def test_the_guest_named_after_a_break_is_no_sponsor():
    import yaml as _yaml
    transcript = (FILL * 3 + "Quick break. When we come back, {Priya Natarajan} explains how her team "
                  "labels data. " + FILL + "Later {Priya Natarajan} is back. " + FILL * 3)
    text = _episode(transcript)
    head, rest = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
    fm = _yaml.safe_load(head)
    fm["title"] = "Labeling at scale, with Priya Natarajan"
    text = "---\n" + _yaml.safe_dump(fm, sort_keys=False, width=1000) + "---\n" + rest
    assert {f.field for f in audit_text(text, select=("sponsor",))} == set()


def test_the_guests_own_firm_with_its_address_is_no_sponsor():
    transcript = ("Welcome to Ship It. My guest today is Lena, CTO of {Stackyard}. " + FILL +
                  "So what does {Stackyard} actually do? It writes the migration for you, and a human "
                  "reviews the diff. " + FILL + "The hard part at {Stackyard} was the eval, so they replay "
                  "real migrations. " + FILL * 2 + "Lena, where can people find you? Go to stackyard.dev/beta "
                  "to join the waitlist, and {Stackyard} is hiring two engineers. " + FILL * 2)
    quotes = ["It writes the migration for you, and a human reviews the diff",
              "Stackyard replays real migrations as its eval"]
    assert _flagged(transcript, quotes) == set()
    # announced as the sponsor, it is one
    sponsored = transcript.replace("Lena, where can people find you? Go to stackyard.dev/beta to join the waitlist, and {Stackyard} is",
                                   "This episode is brought to you by {Stackyard}. Go to stackyard.dev/beta for your free trial, Stackyard is")
    assert "companies[3]:P802" in _flagged(sponsored)


def test_a_name_said_after_the_unnamed_sponsor_is_no_sponsor():
    transcript = (FILL * 3 + "Today's sponsor is Finchley: fraud scores on {UnionPay} swipes, in real time. "
                  + FILL * 3)
    quotes = ["Visa settles most of those swipes the next day, which is the whole problem."]
    assert "quotes[0]:P801" not in _flagged(transcript, quotes)


def test_the_show_opening_ends_a_pre_roll_and_the_guests_bare_address_is_no_ad():
    transcript = ("Thanks to our sponsor, {Tillory}. Tillory sorts every card payment into envelopes. "
                  "Hello and welcome to {Small Change}. {Nadia Okoro} studies why people quit budgets. "
                  + FILL * 3 + "Where can people read more? My lab's papers are free at nadiaokoro.org, "
                  "and the book is {Thin Margins}. " + FILL * 2)
    assert _flagged(transcript) == {"companies[0]:P802"}
