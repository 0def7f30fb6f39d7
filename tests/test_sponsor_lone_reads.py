"""Ad reads the NER pass missed, and markers of reads that are not the show's:
- a quote of ad copy for a brand named nowhere else in the episode (no NER window, no other quote
  or insight, no title or summary): the brand, a coined word, is the subject of a sentence that
  speaks to the listener and promises what ads promise ("so your next round closes without a
  spreadsheet scramble", "with no contracts", "in minutes") -- P801;
- a broadcast segment's sponsorship ("Your traffic report is sponsored by Mike's Tire and Auto");
- not a co-sponsor of a project (an LLM context), nor a billing code "used wrong"."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, quote_episode, transcript_episode

TRANSCRIPT = ("The guest ran finance at {Stripe} before starting a fund. We talked about how {Carta} "
              "changed cap tables and why founders still keep spreadsheets next to it.")


def _sponsor(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.field) for f in audit_text(text, select=["sponsor"])]


@pytest.mark.parametrize("copy", [
    "Capwise keeps your cap table, option grants and valuations in one place, so your next round closes "
    "without a spreadsheet scramble",
    "Tokenmint gives you H100s by the hour with no contracts and no waitlist, so you can ship inference today.",
])
def test_ad_copy_of_a_brand_named_nowhere_else(copy):
    text = transcript_episode(TRANSCRIPT, quotes=["Founders keep spreadsheets because nobody trusts the export.", copy])
    assert _sponsor(text) == [("P801", "quotes[1].text")]


@pytest.mark.parametrize("quotes", [
    # the brand is in the transcript windows: the guests talk about it
    ["Carta keeps your cap table in one place, so your next round closes without a spreadsheet scramble"],
    # named again in another quote
    ["Ledgerwise keeps your books in one place, so you close faster",
     "We moved our whole finance team onto Ledgerwise last year."],
    # no promise: a guest's account of what a tool does
    ["Ledgerwise sends you the invoices it could not match."],
    # the first person: the guest's own use
    ["I think Ledgerwise keeps your books in one place, so you close faster"],
])
def test_a_product_of_the_conversation_is_no_read(quotes):
    assert _sponsor(transcript_episode(TRANSCRIPT, quotes=quotes)) == []


def test_a_broadcast_segment_sponsor():
    text = quote_episode("Your traffic report is sponsored by Mike's Tire and Auto, where the coffee's free.")
    assert _sponsor(text) == [("P801", "quotes[0].text")]
    assert _sponsor(quote_episode("The study was sponsored by the county and ran for two years.")) == []


def test_a_co_sponsor_of_a_project_and_a_billing_code_are_no_ads():
    assert _sponsor(llm_entity_episode("SoftBank", "Co-sponsor and financier of the Stargate project.")) == []
    assert _sponsor(quote_episode("Use code J3490 wrong and the claim bounces")) == []
    assert _sponsor(quote_episode("Use code ORCHARD20 for twenty percent off your first order")) == [("P801", "quotes[0].text")]


def test_a_break_whose_window_starts_at_right_back_after_this():
    from tests.conftest import ner_entity_episode
    read = "right back after this. Winding down is hard, and Calmhour makes it easier. Calmhour sleep stories"
    assert _sponsor(ner_entity_episode("Calmhour", read)) == [("P802", "companies[0].name")]
    told = "he came right back after this meeting and said Calmhour was the plan all along"
    assert _sponsor(ner_entity_episode("Calmhour", told)) == []
