"""P801/P802, session 20: ad reads of sponsors on no list, told by the LLM's own words. The
summary's ad sentence names the sponsor ("The host also reads an ad for Tallyfox"); an LLM
context describes an offer to the listeners ("first month free through the show's link"); the
sponsor is named in part in the read ("Hushwell" of "Hushwell Sleep"); the host's read in the
first person starts the read when the LLM calls the sponsor an ad. And the quiet shapes: an
address of a paper read out ("arxiv dot org slash abs ..."), "our sponsor bank", a promo code
talked about as the subject of a sentence, the talk after a call to action."""

from __future__ import annotations

import yaml

from tests.conftest import audit_text, transcript_episode

FILL = ("Right, and the second year was mostly about hiring people who had done it before. We "
        "argued about pricing for a month, which in hindsight was time well spent. ")


def _episode(transcript: str, quotes=(), insights=(), llm=(), summary=None) -> str:
    text = transcript_episode(transcript, quotes, insights, llm)
    if summary is None:
        return text
    head, rest = text.split("---\n", 2)[1], text.split("---\n", 2)[2]
    fm = yaml.safe_load(head)
    fm["summary"] = summary
    return "---\n" + yaml.safe_dump(fm, sort_keys=False, width=1000) + "---\n" + rest


def _flagged(text: str) -> set[str]:
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(text, select=("sponsor",))}


READ = ("I want to tell you about something I use every week. Closing the books took our finance lead "
        "nine days. Now it takes three. That is {Ledgerline}. It pulls every bank feed, flags what "
        "does not match, and drafts the journal entries for you to approve. ")


def test_the_summarys_ad_sentence_names_a_sponsor_on_no_list():
    text = _episode(FILL * 3 + READ + FILL * 3,
                    quotes=["It pulls every bank feed, flags what does not match, and drafts the journal entries"],
                    llm=[("Ledgerline", "Accounting automation software that reconciles bank feeds.")],
                    summary="Priyanka explains vector search at scale. The episode includes an ad for Ledgerline.")
    assert _flagged(text) == {"companies[0]:P802", "companies[1]:P802", "quotes[0]:P801"}
    # without the summary's word nothing says it is an ad
    quiet = _episode(FILL * 3 + READ + FILL * 3,
                     llm=[("Ledgerline", "Accounting automation software that reconciles bank feeds.")],
                     summary="Priyanka explains vector search at scale, and Ledgerline comes up.")
    assert _flagged(quiet) == set()


def test_names_further_on_in_the_summarys_ad_sentence_are_no_sponsors():
    # ("an advertisement segment regarding ... (Ledgerline)": the names after "for" or "by" only)
    text = _episode(FILL * 3 + READ + FILL * 3,
                    llm=[("Ledgerline", "Accounting automation software that reconciles bank feeds.")],
                    summary="Mentioned in an advertisement segment regarding finance tools (Ledgerline).")
    assert _flagged(text) == set()


def test_an_llm_context_offering_the_listeners_a_deal_and_a_host_read_in_the_first_person():
    read = ("Let me tell you what I have been doing on my commute. I have been learning Portuguese with "
            "{Falante}, fifteen minutes a day, real conversations with a tutor who corrects my accent. ")
    llm = [("Falante", "Language-learning platform with live tutors, first month free through the show's link.")]
    assert _flagged(_episode(FILL * 3 + read + FILL * 3, llm=llm)) == {"companies[0]:P802", "companies[1]:P802"}
    # a product the guest describes, with no offer to the listeners
    llm = [("Falante", "Language-learning platform with live tutors that the host uses.")]
    assert _flagged(_episode(FILL * 3 + read + FILL * 3, llm=llm)) == set()


def test_a_sponsor_named_in_part_in_its_read():
    read = ("Quick break. You know what on-call wrecks? Sleep. I switched to a {Hushwell} mattress last "
            "spring, the one with the cooling layer, and for the first time in years I do not wake up at three. ")
    llm = [("Hushwell Sleep", "A mattress company with a cooling layer, offering a discount code for listeners.")]
    assert _flagged(_episode(FILL * 3 + read + FILL * 3, llm=llm)) == {"companies[0]:P802", "companies[1]:P802"}


def test_a_papers_address_read_out_is_no_call_to_action():
    transcript = (FILL * 3 + "Recall drops long before latency does. The {FAISS} paper, arxiv dot org slash abs "
                  "slash 1702 dot 08734, still explains it best. Our data is on huggingface dot co slash "
                  "datasets slash {Asante Lab}. " + FILL * 3)
    assert _flagged(_episode(transcript, quotes=["Recall drops long before latency does."])) == set()


def test_a_sponsor_bank_and_a_promo_code_talked_about_are_no_ad():
    transcript = (FILL * 3 + "The state pays for the port research. Our sponsor bank, {Mercury}, handles the "
                  "business account, nothing exciting. " + FILL * 3)
    quotes = ["A launch-day promo code buys you a spike of signups and very little else.",
              "The promo code was never the point."]
    assert _flagged(_episode(transcript, quotes=quotes)) == set()
    # the ad's own codes still are
    assert _flagged(_episode(FILL * 3, quotes=["Enter the promo code at signup for a month free."])) == {"quotes[0]:P801"}


def test_plain_talk_after_a_call_to_action_is_not_in_the_read():
    transcript = (FILL * 3 + "This episode is supported by {Orla Mutual}. If you run a company with people in more "
                  "than one country, Orla handles payroll in ninety of them. Learn more at orlamutual dot com "
                  "slash context. {SMIC} managed seven nanometer with older scanners, which surprised people. "
                  + FILL * 3)
    assert _flagged(_episode(transcript)) == {"companies[0]:P802"}


TALLY = ("I want to mention something I actually use. I have been running the show's books on {Tallyfox} "
         "for about three years now. Every card swipe gets matched to a receipt while I am still "
         "standing at the counter, and at the end of the month my accountant just stops emailing me. ")
TALLY_LLM = [("Tallyfox", "A corporate card and expense platform; listeners get six months of fees waived.")]


def test_a_quote_starting_at_the_end_of_a_reads_window_is_in_the_read():
    # (one shingle, its first: the window ends "... three years now. Every card swi")
    quote = ("Every card swipe gets matched to a receipt while I am still standing at the counter, and at "
             "the end of the month my accountant just stops emailing me")
    text = _episode(FILL * 3 + TALLY + FILL * 3, quotes=[quote], llm=TALLY_LLM)
    assert "quotes[0]:P801" in _flagged(text)


def test_a_paraphrase_of_the_ad_in_its_own_words_is_ad_copy():
    quote = ("Every card swipe gets matched to a receipt while I am still standing at the counter, and at "
             "the end of the month my accountant just stops emailing me")
    paraphrase = "Matching every receipt to a card swipe in real time means month-end bookkeeping disappears."
    insight = "Small teams should adopt a card platform that reconciles receipts to eliminate month-end accounting."
    talk = ["Your margin is whatever the landlord lets you keep if you only wrap rented GPUs.",
            "Free tiers are a marketing budget, and founders confuse that with pricing every month.",
            "So we moved our own accounting to a boring spreadsheet, and every receipt goes in it."]
    text = _episode(FILL * 3 + TALLY + FILL * 3, quotes=[quote, paraphrase] + talk[:2] + talk[2:],
                    insights=[insight], llm=TALLY_LLM)
    flagged = _flagged(text)
    assert {"quotes[1]:P801", "insights[0]:P801"} <= flagged
    # the guest's talk, on the same subject, in few of the ad's words or in the first person plural
    assert not {"quotes[2]:P801", "quotes[3]:P801", "quotes[4]:P801"} & flagged



def test_the_guests_own_use_of_a_sponsor_in_the_first_person_plural_starts_no_read():
    transcript = (FILL * 3 + "Nobody wants to rename a column across forty services. We deploy on {Vercel}, and "
                  "honestly their preview deployments are why our agent can verify its own work. " + FILL * 3)
    llm = [("Vercel", "Deployment platform the guest uses; also the episode sponsor.")]
    quotes = ["their preview deployments are why our agent can verify its own work"]
    assert _flagged(_episode(transcript, quotes=quotes, llm=llm)) == set()
