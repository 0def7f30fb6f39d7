"""P801/P802: the conversation on either side of an ad read, announcements in quotes, host reads,
and look-alikes of ad words.

"Sponsored" with an object that is not the show ("whose endowment sponsored the annotation drive")
or as the adjective of something else ("sponsored follow-up questions") tells no ad; a promo code
modifying another noun ("promo code spam") is no offer, nor the memory bug "use after free"; the
names said after the host's "we're back", before an announcement ("Quick break.") or after the
sentence of a call to action are not the read's sponsors; the talk between a read closed by its call
and the next read is in neither, and "Anyway," or "Back to <topic>." after a call resumes the talk;
the end of a sentence the window of a sponsor's first name is cut inside of is the talk before the
read unless the sponsor's sentence goes on from it ("So ..."); an address names its sponsor in
lowercase, so it is no offer "naming nothing" that would make the host's recommendations sponsors; a
bare address is the speaker's own only with a first person in its own sentence. A quote announcing
the read ("brought to you by X", "thanks to X for sponsoring this episode", "our partner for this
episode is X", "before we get into it, a word from X", "X, the presenting partner of this season")
makes X known to the other quotes; a host's testimonial ("I've been using X ... and honestly") of a
sponsor the LLM ties to an ad or a listener offer is the read; "advertiser in the episode" is an ad
word; .vc, .law addresses are an ad's.
"""

from __future__ import annotations

from tests.conftest import audit_text, llm_entity_episode, quote_episode, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")


def _flagged(transcript: str, quotes=(), insights=(), llm=()) -> set[str]:
    """{'companies[3]:P802', ...} of the sponsor findings of a transcript episode."""
    ep = transcript_episode(transcript, quotes, insights, llm)
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))}


def _entity_rules(name: str, context: str) -> list[str]:
    return [f.rule for f in audit_text(llm_entity_episode(name, context), select=("sponsor",))]


def _quote_rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("sponsor",))]


def test_sponsored_tells_an_ad_only_with_the_show_as_its_object():
    assert _entity_rules("Harwick Trust", "Charity whose endowment sponsored the whole annotation drive.") == []
    assert _entity_rules("Harwick Trust", "Philanthropy known for sponsoring a new benchmark effort.") == []
    assert _entity_rules("Pellwick", "Payments startup that sponsored the episode.") == ["P802"]
    assert _entity_rules("Pellwick", "Payroll company that sponsored this week's episode of the show.") == ["P802"]


def test_a_promo_code_is_an_offer_only_when_offered():
    assert _quote_rules("The promo code spam in Telegram channels is how most of these scams spread.") == []
    assert _quote_rules("Coupon code bots found every leaked code within an hour of the launch.") == []
    assert _quote_rules("Use promo code lex at checkout for twenty percent off.") == ["P801"]
    assert _quote_rules("Enter promo code at checkout and the first box ships free.") == ["P801"]
    assert _quote_rules("Sign up today with the discount code ROVER for a month on us.") == ["P801"]


def test_names_after_the_hosts_were_back_are_not_the_reads_sponsors():
    transcript = (FILL * 3 + "This episode is brought to you by {Quillory}. Quillory keeps your contracts in one "
                  "searchable place. Try it at quillory.com. We're back. {Linear} and {Height} both sell issue "
                  "trackers now, and the pricing varies a lot. " + FILL * 3)
    quotes = ["Linear and Height both sell issue trackers now, and the pricing varies a lot."]
    assert _flagged(transcript, quotes) == {"companies[0]:P802"}


def test_talk_between_a_closed_read_and_the_next_is_in_neither():
    transcript = (FILL * 3 + "Support for the show comes from {Ledgerfox}, bookkeeping for small studios. "
                  "Our friends at {Ledgerfox} close your books every month; head to ledgerfox.io/pod for a "
                  "month free. Our friends at {Kestrel Robotics} published a lovely grasping paper last week, and "
                  "the robot in it folds towels better than most people can, which nobody expected. Thanks to "
                  "{Webflow} for supporting the show. Build your next site at webflow.com/pod and get a free "
                  "month. " + FILL * 3)
    quotes = ["Our friends at Kestrel Robotics published a lovely grasping paper last week."]
    found = _flagged(transcript, quotes)
    assert {"companies[0]:P802", "companies[3]:P802"} <= found
    assert "companies[2]:P802" not in found and "quotes[0]:P801" not in found


def test_an_address_in_lowercase_names_its_sponsor_not_the_hosts_recommendation():
    transcript = (FILL * 3 + "Support for the show comes from {Ledgerfox}, bookkeeping for small studios. "
                  "Head to ledgerfox.io/pod for a month free. " + FILL * 3 +
                  "You should read the new paper from {Kestrel Robotics} on grasping. " + FILL * 3)
    quotes = ["Head to ledgerfox.io/pod for a month free.",
              "You should read the new paper from Kestrel Robotics on grasping."]
    llm = [("Kestrel Robotics", "Robotics lab whose grasping paper the host recommends.")]
    found = _flagged(transcript, quotes, llm=llm)
    assert "quotes[0]:P801" in found
    assert "companies[2]:P802" not in found and "companies[1]:P802" not in found and "quotes[1]:P801" not in found


def test_a_hosts_testimonial_of_a_sponsor_with_a_listener_offer_is_the_read():
    transcript = (FILL * 3 + "Quick aside before we continue. I've been using {Pennant} for my interview prep "
                  "for a year now and honestly it is the one app I open every morning. If you want it, go to "
                  "pennant.app/show and your first two months are on them. " + FILL * 3)
    quotes = ["I've been using Pennant for my interview prep for a year now and honestly it is the one app I "
              "open every morning."]
    llm = [("Pennant", "Interview preparation app the host personally endorses, with a two-month listener offer.")]
    found = _flagged(transcript, quotes, llm=llm)
    assert {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"} <= found
    # the same words of a guest, whose tool the LLM calls no ad, are not
    llm = [("Pennant", "Interview preparation app the guest uses every day.")]
    transcript = (FILL * 3 + "I've been using {Pennant} for my interview prep for a year now and honestly "
                  "it is the one app I open every morning. " + FILL * 3)
    assert _flagged(transcript, quotes, llm=llm) == set()


def test_the_memory_bug_use_after_free_is_no_offer():
    assert _quote_rules("Use after free in the kernel's network driver was the bug class of the year.") == []
    assert _quote_rules("Use it free for thirty days, no card needed.") == ["P801"]


def _items(quotes, llm=()) -> list[str]:
    """['quotes[1]:P801', ...] of an episode of quotes (and LLM entities (name, context)) only."""
    import json

    from tests.conftest import episode_text

    fm = "title: x\nquotes:\n" + "".join(f"- text: {json.dumps(q)}\n" for q in quotes)
    if llm:
        fm += "companies:\n" + "".join(
            f"- name: {json.dumps(n)}\n  context: {json.dumps(c)}\n  category: software\n  confidence: high\n"
            "  source: llm_enhanced\n" for n, c in llm)
    return sorted(f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(episode_text(fm), select=("sponsor",)))


def test_a_quote_announcing_the_read_makes_its_sponsor_known_to_the_other_quotes():
    quotes = ["Today's episode is brought to you by Corvane, the on-call timeline for platform teams.",
              "Corvane pulls every alert and deploy into one timeline, so the postmortem writes itself.",
              "We page about forty times a week and that is the real problem."]
    assert _items(quotes) == ["quotes[0]:P801", "quotes[1]:P801"]
    quotes = ["Thanks to Minnow for sponsoring this episode.",
              "Minnow has helped thousands of small teams run shorter meetings."]
    assert _items(quotes) == ["quotes[0]:P801", "quotes[1]:P801"]
    # (a shout-out to a lab, or what a chip powers, names no sponsor)
    quotes = ["Powered by Nvidia, the new cluster trains a frontier model in six weeks.",
              "Nvidia ships its next architecture next spring."]
    assert "quotes[1]:P801" not in _items(quotes)


def test_a_hosts_testimonial_in_a_quote_of_a_sponsor_the_llm_calls_an_ad():
    quotes = ["I've personally used Minnow for six months and it cut my meeting time in half."]
    assert _items(quotes, [("Minnow", "Meeting assistant advertised in the episode.")]) == [
        "companies[0]:P802", "quotes[0]:P801"]
    # the guest's, whose tool the LLM calls no ad, is not
    assert _items(quotes, [("Minnow", "Meeting assistant the guest uses.")]) == []


def test_the_talk_before_a_read_in_the_window_of_its_sponsors_name_is_not_the_read():
    llm = [("Quaybank", "Business bank advertised in the episode with a bonus for new accounts.")]
    transcript = ("Underwriters used to write every rule by hand, and now the model drafts them for review. "
                  "{Quaybank} is business banking built for studios: open an account in ten minutes and use "
                  "code STUDIO for a two hundred dollar bonus. " + FILL * 3)
    quotes = ["Underwriters used to write every rule by hand, and now the model drafts them for review."]
    found = _flagged(transcript, quotes, llm=llm)
    assert "companies[0]:P802" in found and "quotes[0]:P801" not in found
    # a sentence the sponsor's goes on from ("So ...") is the read's own hook
    transcript = ("Fresh ledgers are running out. So studios partner with {Quaybank} to keep their books. "
                  "Use code STUDIO for a two hundred dollar bonus. " + FILL * 3)
    quotes = ["Fresh ledgers are running out."]
    assert "quotes[0]:P801" in _flagged(transcript, quotes, llm=llm)


def test_names_before_an_announcement_are_not_the_reads_sponsors():
    transcript = (FILL * 3 + "I tell every founder to try {Linear} for a week, they never go back. Quick break. "
                  "{Tallowmere} helps ML teams label data with experts in the loop, and your first ten thousand "
                  "labels are free at tallowmere.com/ml. Alright, where were we. " + FILL * 3)
    insights = ["founders should try Linear for issue tracking."]
    found = _flagged(transcript, insights=insights)
    assert "companies[1]:P802" in found
    assert "companies[0]:P802" not in found and "insights[0]:P801" not in found


def test_sponsored_as_the_adjective_of_something_else_tells_no_ad():
    assert _entity_rules("Querra", "Answer engine that introduced sponsored follow-up questions.") == []
    assert _entity_rules("Querra", "Search company mentioned in a sponsored segment of the episode.") == ["P802"]


def test_the_presenting_partner_of_the_season_and_a_vc_address_are_ad_copy():
    assert _quote_rules("A quick thank-you to Ashgrove Capital, the presenting partner of this season.") == ["P801"]
    assert _quote_rules("Pitch them your seed round at ashgrove.vc/founders.") == ["P801"]
    assert _quote_rules("The title sponsor of the conference pulled out a week before.") == []


def test_our_partner_for_this_episode_is_an_announcement():
    assert _quote_rules("Our partner for this episode is Pinwheel, the note app for students.") == ["P801"]
    assert _quote_rules("Our partners in the project were two hospitals in Lyon.") == []


def test_a_bare_address_is_the_speakers_own_only_with_a_first_person_in_its_sentence():
    llm = [("Reelwright", "Clipping tool the host endorses in an ad read, free for fourteen days.")]
    transcript = (FILL * 3 + "I've got to tell you about {Reelwright}. It finds the best thirty seconds of every "
                  "episode. Try Reelwright free for fourteen days at reelwright.fm. {Whisper} transcripts are good "
                  "enough that we stopped paying for human ones. " + FILL * 3)
    found = _flagged(transcript, llm=llm)
    assert {"companies[0]:P802", "companies[2]:P802"} <= found and "companies[1]:P802" not in found


def test_a_word_from_the_sponsor_after_a_leading_clause_and_new_endings_of_addresses():
    assert _quote_rules("Before we get into the hard part, a word from Caseloom.") == ["P801"]
    assert _quote_rules("Book a walkthrough at caseloom.law/podcast and your first matter is on the house.") == ["P801"]
    assert _quote_rules("Before we get into liability, a word from the regulator about what they expect.") == []


def test_an_advertiser_of_the_episode_is_the_sponsor():
    assert _entity_rules("Caseloom", "Contract review software; advertiser in the episode.") == ["P802"]
    assert _entity_rules("Caseloom", "Company whose advertisers left the platform last year.") == []


def test_the_talk_resumed_after_a_call_to_action_is_not_the_read():
    transcript = (FILL * 3 + "A quick message from our partners at {Halberd Compute}. Halberd Compute rents bare-metal "
                  "GPU nodes by the hour. New customers get fifty hours free at halberd dot co slash gpu. Anyway, "
                  "{CoreWeave} went public and suddenly everyone is a GPU cloud. " + FILL * 3)
    quotes = ["CoreWeave went public and suddenly everyone is a GPU cloud."]
    found = _flagged(transcript, quotes)
    assert "companies[0]:P802" in found
    assert "companies[1]:P802" not in found and "quotes[0]:P801" not in found
    transcript = (FILL * 3 + "Download {Pursewise} and use promo code SAVE30 for thirty percent off your first year. "
                  "Back to regulation. The {SEC} has been very clear that robo-advice is still advice. " + FILL * 3)
    quotes = ["The SEC has been very clear that robo-advice is still advice."]
    found = _flagged(transcript, quotes)
    assert "companies[0]:P802" in found
    assert "companies[1]:P802" not in found and "quotes[0]:P801" not in found


def test_a_sponsorship_of_something_else_makes_no_sponsor_of_the_episode():
    quotes = ["Thanks to Anthropic for sponsoring the hackathon, the prizes were great.",
              "Anthropic released a new reasoning model last week."]
    assert _items(quotes) == []
    quotes = ["That research was brought to you by Meta's FAIR team, believe it or not.",
              "Meta's open models changed the field."]
    assert "quotes[1]:P801" not in _items(quotes)
    quotes = ["Brought to you by Corvane.", "Corvane pulls every alert into one timeline."]
    assert _items(quotes) == ["quotes[0]:P801", "quotes[1]:P801"]
