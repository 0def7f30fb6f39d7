"""P801/P802, session 21: ad reads whose evidence no NER window holds, and the summary.

The call to action of a read may stand further than a window's reach from every entity ("Use
code X at checkout" a sentence after the sponsor's last mention), or its sponsor may be no entity
at all (a lowercase brand that the NER pass missed): the quote holding the call names the sponsor,
and the sponsor is then the episode's. Next to an offer that names nothing, a third-person pitch
("X gives every teammate a card") needs no "you". The summary's sentence telling the sponsor's
ad copy as substance is flagged (not one telling of the ad as an ad). New openings: the host's plug
of the show's own products, a break "for a word from X", another show promoted. And the quiet
shapes: an address of a model read out on its host, a promo code counted, the host turning back
to the guest by name after a call to action."""

from __future__ import annotations

from tests.conftest import audit_text
from tests.test_sponsor_s20 import FILL, _episode, _flagged  # the helpers, one copy


# --- the host's plug, a break for a word from X, another show promoted


def test_the_hosts_plug_of_its_own_workshop_opens_a_read():
    read = ("A quick note from me. My own workshop, {Foldline Intensive}, returns to Denver in May, three "
            "days of building with people who ship. Seats are limited, so book early. ")
    text = _episode(FILL * 3 + read + FILL * 3)
    assert _flagged(text) == {"companies[0]:P802"}
    # the same name in the guest's talk, without the plug, is the conversation's
    quiet = _episode(FILL * 3 + "I think {Foldline Intensive} was where I learned to ship, honestly. " + FILL * 3)
    assert _flagged(quiet) == set()


def test_a_break_for_a_word_from_a_sponsor_names_it():
    read = ("Let's pause for a word from {Quillpay}. Paying contractors in forty countries used to mean forty "
            "spreadsheets, and now it is one screen. ")
    text = _episode(FILL * 3 + read + FILL * 3)
    assert _flagged(text) == {"companies[0]:P802"}


def test_another_show_promoted_and_the_talk_after_its_call_to_action():
    read = ("If you like this show, you'll love {Tidewater Tapes}, another podcast from the {Harrow Audio} "
            "network, where two sailors fix one old boat a week. Find it wherever you get your podcasts. "
            "{Stripe} took a different line on pricing, and margins followed. ")
    text = _episode(FILL * 3 + read + FILL * 3, quotes=["Two sailors fix one old boat a week."])
    assert _flagged(text) == {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"}


# --- the quiet shapes


def test_an_address_of_a_model_read_out_on_its_host_is_no_call_to_action():
    quote = "The checkpoints and the licence are at huggingface dot co slash lumenlab slash wren, with the eval code."
    assert _flagged(_episode(FILL * 4, quotes=[quote])) == set()


def test_a_promo_code_counted_is_no_offer():
    quote = "Every promo code we handed out was a loan we never got back."
    assert _flagged(_episode(FILL * 4, quotes=[quote])) == set()


def test_the_host_turning_back_to_the_guest_after_a_call_to_action_ends_the_read():
    read = ("Thanks to our friends at {Crumbbox} for supporting the show. {Crumbbox} sends a week of dinners to "
            "your door. Get ten free meals at crumbbox dot com slash hour. So Marta, {Gopuff} survived and you "
            "didn't. Gopuff had the dark stores and the brand deals. ")
    text = _episode(FILL * 3 + read + FILL * 3)
    found = _flagged(text)
    assert {"companies[0]:P802", "companies[1]:P802"} <= found
    assert "companies[2]:P802" not in found


# --- a call to action no window holds


def test_a_sponsor_with_no_entity_known_from_the_call_in_a_quote():
    quotes = ["I switched to a nestwell mattress in March, and the cooling layer means I sleep through the night.",
              "Head to nestwell dot com slash rest for fifteen percent off your first mattress.",
              "Nurses on the third consecutive night make twice the errors."]
    text = _episode(FILL * 4, quotes=quotes)
    assert _flagged(text) == {"quotes[0]:P801", "quotes[1]:P801"}
    # without the call, the first person is the speaker's own story
    assert _flagged(_episode(FILL * 4, quotes=[quotes[0], quotes[2]])) == set()


def test_a_third_person_pitch_next_to_an_offer_naming_nothing():
    read = ("When we started the show we kept receipts in a shoebox. A friend told me about {Tallybook} and I "
            "was skeptical. {Tallybook} gives every teammate a card with its own limit and matches receipts "
            "on its own, so the month closes in an afternoon. Sign up this month and the first quarter is on "
            "them, and use code GROVE at checkout to claim it. ")
    quotes = ["Tallybook gives every teammate a card with its own limit and matches receipts on its own, so the month closes in an afternoon.",
              "Use code GROVE at checkout to claim it."]
    text = _episode(FILL * 3 + read + FILL * 3, quotes=quotes)
    assert _flagged(text) == {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801", "quotes[1]:P801"}
    # without the offer, one sentence of the guest's explanation is no pitch
    assert _flagged(_episode(FILL * 3 + read.replace(", and use code GROVE at checkout to claim it", "") + FILL * 3,
                             quotes=quotes[:1])) == set()


def test_the_llms_retelling_of_an_offer_to_the_listeners():
    assert _flagged(_episode(FILL * 4, insights=["Listeners can get three free boxes plus free shipping from a meal kit."])) \
        == {"insights[0]:P801"}
    assert _flagged(_episode(FILL * 4, insights=["Our listeners told us they wanted fewer free episodes."])) == set()


# --- the summary


READ = ("This episode is brought to you by {Harborline}. {Harborline} gives startups business checking with no "
        "monthly fees and a banker who picks up the phone. Go to harborline dot com slash build. ")


def test_the_summary_telling_the_sponsors_ad_copy_as_substance():
    text = _episode(FILL * 3 + READ + FILL * 3,
                    summary="Ines explains treasury after a bank run. Harborline offers startups checking with no monthly fees.")
    assert "summary:P801" in _flagged(text)
    finding = next(f for f in audit_text(text, select=("sponsor",)) if f.field == "summary")
    assert finding.evidence == "Harborline"
    # the summary telling of the ad as an ad does its work
    quiet = _episode(FILL * 3 + READ + FILL * 3,
                     summary="Ines explains treasury after a bank run. The episode includes an ad for Harborline.")
    assert "summary:P801" not in _flagged(quiet)


def test_the_summary_naming_a_sponsor_the_guest_also_talks_about():
    text = _episode(FILL * 3 + READ + FILL * 3 + "We moved payroll to {Harborline} in 2021, and I think it saved us. " + FILL,
                    summary="Ines explains why her team moved payroll to Harborline.")
    assert "summary:P801" not in _flagged(text)


# --- more openings and ends


def test_underwritten_and_support_for_the_show_by_name():
    read = ("Today's episode is underwritten by {Ferrowell}. {Ferrowell} rents hardware teams cloud boards by the "
            "hour. Spin one up at ferrowell dot dev slash chips. ")
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802", "companies[1]:P802"}
    post = "That's the show. Support for Vine Talk also comes from {Corkwise}. Order a stopper today. "
    assert _flagged(_episode(FILL * 4 + post)) == {"companies[0]:P802"}


def test_an_offer_naming_nothing_and_the_llms_tie_to_the_host():
    read = ("One thing before we go on. I will be hosting a panel at {Stackyard Summit} this fall, three days "
            "with the people who run the floors. ")
    llm = [("Stackyard Summit", "A robotics conference the host is speaking at.")]
    quotes = ["Registration is open now, and promo code STACKED takes twenty percent off."]
    text = _episode(FILL * 3 + read + FILL * 3, quotes=quotes, llm=llm)
    assert _flagged(text) == {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"}
    # without the offer, the host's panel is the host's news
    assert _flagged(_episode(FILL * 3 + read + FILL * 3, llm=llm)) == set()


def test_brought_to_you_by_our_presenting_partner_and_in_partnership_with():
    read = ("This hour is brought to you by our presenting partner, {Greenscoop}. One scoop gives you your "
            "vitamins for the day. ")
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802"}
    read = "This season is produced in partnership with {Hearthwise}, home insurance priced in ninety seconds. "
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802"}
    read = "And {Budgetly} helps couples agree on groceries. Try {Budgetly} free for a month. "
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802", "companies[1]:P802"}


def test_let_me_tell_you_about_opens_the_read_after_the_guests_words():
    read = ("We route the easy forty percent of tickets to an agent, and humans take the rest. Let me tell you "
            "about {Ticketloom}. {Ticketloom} drafts every reply in your brand's voice. ")
    quotes = ["We route the easy forty percent of tickets to an agent, and humans take the rest."]
    assert _flagged(_episode(FILL * 3 + read + FILL * 3, quotes=quotes)) == {"companies[0]:P802", "companies[1]:P802"}


def test_public_radio_idioms():
    read = "This message comes from {Northfold Outfitters}, maker of rain gear built to be repaired. "
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802"}
    read = "Funding for this podcast is provided by the {Calloway Trust}, supporting science journalism. "
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802"}
    # (the funding of a study is no ad)
    quiet = "I think funding for the study was provided by the {Calloway Trust}, honestly. "
    assert _flagged(_episode(FILL * 3 + quiet + FILL * 3)) == set()


def test_the_ads_question_answered_by_its_sponsor():
    read = ("Ever wish your calendar planned itself? {Daywise} does exactly that. {Daywise} reads your week and "
            "books the focus time you need. ")
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802", "companies[1]:P802"}
    quiet = "What if the calendar planned itself? I think {Daywise} tried that and it did not work, you know. "
    assert _flagged(_episode(FILL * 3 + quiet + FILL * 3)) == set()


def test_the_break_named_and_the_listeners_question_answered_by_a_name():
    read = ("That is the honest answer. Mid-roll. Thinking about your first home? {Brackmoor} gets you "
            "pre-approved in fifteen minutes. ")
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802"}
    quiet = "Were we thinking about your first product? I think {Brackmoor} got that right, you know. "
    assert _flagged(_episode(FILL * 3 + quiet + FILL * 3)) == set()


def test_a_thanks_to_the_one_who_helps_keep_the_show_free():
    read = "A quick thanks to {Quillmoor}, who help keep this show free. {Quillmoor} turns a shared drive into a contract archive. "
    assert _flagged(_episode(FILL * 3 + read + FILL * 3)) == {"companies[0]:P802", "companies[1]:P802"}
