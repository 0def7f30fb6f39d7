"""P801/P802: the conversation on either side of an ad read, and look-alikes of ad words.

"Sponsored" with an object that is not the show ("whose grant sponsored the annotation drive")
tells no ad; a promo code modifying another noun ("promo code spam") is no offer; the names said
after the host's "we're back" are the conversation's, not the read's sponsors; the talk between a
read closed by its call to action and the next read is in neither; an address names its sponsor in
lowercase ("ledgerfox.io/pod" names Ledgerfox), so it is no offer "naming nothing" that would make
the host's recommendations sponsors. A host's testimonial ("I've been using X ... and honestly")
of a sponsor the LLM ties to a listener offer is the read.
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
