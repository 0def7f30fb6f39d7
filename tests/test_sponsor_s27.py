"""P801/P802: talk about advertising, cited sources, the company an episode is about, and the
edges of host-read and announced ads.

A source cited by its address ("the survey data is at pewresearch.org") is no call to action,
unless an offer or a call's verb comes with it; "sponsored content", "a paid partnership" and "the
promo code" talked about by a media episode are no ad markers, while the disclosure label and a code
offered are; "We'll be right back" announces a read (the names before it in its window are the
talk's), and a second announcement after transcript no window holds starts a read of its own. A
company of the sponsor list that the episode analyses (its title names it, its guest describes it
"for startups" without speaking to the listener, in questions and hedges) is no sponsor, and "a
YouTube sponsor" is a sponsor of something else. A host's testimonial goes on in the words after an
announced read ("My sister's bakery ... switched to it"), and a scripted window joins a read when the
next window holds its offer ("the first lesson is free").
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, quote_episode, transcript_episode

FILL = ("The hard part was never the model, it was the pipeline around it, and I think we learned "
        "that the slow way, you know? ")


def _flagged(transcript: str, quotes=(), insights=(), llm=(), title="x") -> set[str]:
    """{'companies[3]:P802', ...} of the sponsor findings of a transcript episode."""
    ep = transcript_episode(transcript, quotes, insights, llm, title=title)
    return {f"{f.field.split('.')[0]}:{f.rule}" for f in audit_text(ep, select=("sponsor",))}


def _quote_rules(text: str) -> list[str]:
    return [f.rule for f in audit_text(quote_episode(text), select=("sponsor",))]


def test_a_source_cited_by_its_address_is_no_call_to_action():
    assert _quote_rules("The survey data is at pewresearch.org if you want the crosstabs.") == []
    assert _quote_rules("You can find the full study at urban.org, it runs to ninety pages.") == []
    assert _quote_rules("Their position statement is at aaha.org, and the evidence behind it is solid.") == []
    # an offer, or a call's verb, makes the same address a call to action
    assert _quote_rules("The starter report is free at ledgerhawk.com for our listeners.") == ["P801"]
    assert _quote_rules("Download our annual report at ledgerhawk.com slash pod.") == ["P801"]
    assert _quote_rules("Get started at ledgerhawk.com today.") == ["P801"]


def test_a_cited_source_makes_no_ad_read_of_its_window():
    transcript = (FILL * 3 + "Those market numbers come from {Northdesk Analytics}, the report is at "
                  "northdesk.com. What about {Orbitra}? They're fine for dedicated launches. " + FILL * 3)
    quotes = ["Those market numbers come from Northdesk Analytics, the report is at northdesk.com."]
    assert _flagged(transcript, quotes) == set()


def test_advertising_talked_about_is_no_ad_marker():
    assert _quote_rules("Do readers resent sponsored content, or do they just skim past it?") == []
    assert _quote_rules("Sponsored content works when the disclosure is clear and close to the ad.") == []
    assert _quote_rules("Listeners skip the promo code and just type the site into a browser.") == []
    assert _quote_rules("She did a paid partnership with a sneaker brand and lost followers.") == []
    # the disclosure label and the code offered are
    assert _quote_rules("Sponsored content: the next few minutes are brought by a bank.") == ["P801"]
    assert _quote_rules("This is a paid partnership with Velorant Motors.") == ["P801"]
    assert _quote_rules("The promo code is TIDEWAY for a free month.") == ["P801"]


def test_well_be_right_back_announces_the_read():
    transcript = (FILL * 3 + "The validation trial is listed on {ClinicalTrials}, registered in 2021. We'll be "
                  "right back after this. Tired of waking up hot? The {Coolnest} pillow pulls heat away all night. "
                  "{Coolnest} gives you a hundred nights risk-free. And we're back. " + FILL * 3)
    llm = [("Coolnest", "Cooling pillow brand, sponsor of the episode.")]
    found = _flagged(transcript, llm=llm)
    assert {"companies[1]:P802", "companies[2]:P802"} <= found
    assert "companies[0]:P802" not in found


def test_an_announcement_after_unseen_transcript_starts_a_read_of_its_own():
    transcript = (FILL * 3 + "This episode is sponsored by {Mindharbor}. Therapy can feel out of reach, and "
                  "{Mindharbor} matches you with a licensed counsellor online. Visit mindharbor.com slash shift "
                  "for ten percent off your first month. Back to Amir. What helps most, honestly? Scheduling. "
                  "Rotating nights wreck sleep more than long days. A word from our sponsor {Postlark}. "
                  "{Postlark} prints postage from your laptop. " + FILL * 3)
    quotes = ["Rotating nights wreck sleep more than long days.",
              "Mindharbor matches you with a licensed counsellor online."]
    llm = [("Postlark", "Shipping software promoted in an ad read.")]
    found = _flagged(transcript, quotes, llm=llm)
    assert "quotes[1]:P801" in found and "companies[3]:P802" in found
    assert "quotes[0]:P801" not in found


def test_a_listed_company_the_episode_analyses_is_no_sponsor():
    transcript = ("Welcome to Ledger Weekly. This week: {Mercury}, the banking app for startups. {Mercury} is not "
                  "a bank; deposits sit at {Choice Financial} and {Evolve Bank}. When {Synapse} collapsed, "
                  "regulators looked hard at partner banks. {Mercury} moved deposits away from {Evolve Bank} last "
                  "year. Their revenue is interchange plus interest on deposits. " + FILL * 3)
    quotes = ["Mercury is not a bank; deposits sit at Choice Financial and Evolve Bank.",
              "Their revenue is interchange plus interest on deposits."]
    llm = [("Mercury", "Banking app for startups whose deposits sit at partner banks.")]
    assert _flagged(transcript, quotes, llm=llm, title="Partner banks under pressure") == set()


def test_a_sponsor_of_another_medium_is_no_sponsor_of_the_episode():
    ep = llm_entity_episode("NordVPN", "VPN company cited as a ubiquitous YouTube sponsor.")
    assert [f.rule for f in audit_text(ep, select=("sponsor",))] == []
    ep = llm_entity_episode("Velloway", "Meal kit brand, sponsor of the episode.")
    assert [f.rule for f in audit_text(ep, select=("sponsor",))] == ["P802"]


def test_a_hosts_testimonial_goes_on_after_an_announced_read():
    transcript = (FILL * 3 + "Let's take a quick break. I've been using {Scribbly} for my show notes for a year. "
                  "{Scribbly} turns voice memos into searchable notes. My sister's bakery, {Crumbhouse}, switched "
                  "her whole team to it and halved their follow-ups. Try it free for thirty days at "
                  "scribbly.app slash show. Okay, Maya, back to credit. " + FILL * 3)
    quotes = ["My sister's bakery switched her whole team to it and halved their follow-ups."]
    found = _flagged(transcript, quotes)
    assert {"companies[2]:P802", "quotes[0]:P801"} <= found


def test_a_scripted_window_before_the_reads_offer_joins_it():
    transcript = (FILL * 3 + "This episode is supported by {Lumen Tutors}. {Lumen Tutors} pairs your kid with a "
                  "vetted tutor for math, reading or test prep, live and one on one. Tutors come from schools like "
                  "{Whitcombe College} and {Harlow Polytechnic}, and the first lesson is free. Book at "
                  "lumentutors.com slash ago. Now, back to Lena. " + FILL * 3)
    found = _flagged(transcript)
    assert {"companies[2]:P802", "companies[3]:P802"} <= found


def test_the_llm_telling_of_the_hosts_ad_makes_its_sponsor():
    ep = llm_entity_episode("Tillwise", "Point-of-sale system; the host reads an ad for it with a three-month offer.")
    assert [f.rule for f in audit_text(ep, select=("sponsor",))] == ["P802"]
    ep = llm_entity_episode("Tillwise", "Point-of-sale system the guest reads about in trade magazines.")
    assert [f.rule for f in audit_text(ep, select=("sponsor",))] == []


def test_a_host_read_announced_by_what_it_is_opens_a_read_of_a_sponsor_on_no_list():
    transcript = (FILL * 3 + "Rent on the main street was brutal. I want to tell you about something I actually use. "
                  "{Tillwise} runs my whole counter: orders, inventory, payroll, from one tablet. When my friend Rosa "
                  "opened {Panaderia Rosa} last year, she set up {Tillwise} in an afternoon and her line moved twice as "
                  "fast. Get your first three months free at tillwise.com slash flour. Teo, what's your bestseller? "
                  + FILL * 3)
    quotes = ["Tillwise runs my whole counter: orders, inventory, payroll, from one tablet."]
    found = _flagged(transcript, quotes)
    assert {"companies[0]:P802", "companies[1]:P802", "companies[2]:P802", "quotes[0]:P801"} <= found
    # a guest's "a tool we use" is no host's read
    transcript = (FILL * 3 + "Let me tell you about a tool we use internally. {Tillwise} runs our counter, honestly "
                  "it is fine, nothing special, and the support is slow. " + FILL * 3)
    assert _flagged(transcript) == set()


def test_an_organisations_bare_domain_is_a_source_cited():
    assert _quote_rules("The spec is public at fidoalliance.org, anyone can implement it.") == []
    assert _quote_rules("The rules are at vinmethodenature.org if you want them.") == []
    # a path, a company's domain or an offer make it a call
    assert _quote_rules("Donate at riverkeepers.org slash pod and we match it.") == ["P801"]
    assert _quote_rules("The spec is out, and it's free at passwave.io for our listeners.") == ["P801"]


def test_a_thank_you_for_supporting_the_show_opens_the_read():
    transcript = (FILL * 3 + "Sleep at the same time every day. The {Nurses Guild} has a fatigue statement at "
                  "nursingguild.org. Quick thanks to {Scrubwell} for supporting the show. {Scrubwell} scrubs are "
                  "antimicrobial and have nine pockets. Use code BEDSIDE for twenty percent off. Tom, what about "
                  "caffeine? " + FILL * 3)
    found = _flagged(transcript, ["Sleep at the same time every day."])
    assert {"companies[1]:P802", "companies[2]:P802"} <= found
    assert "companies[0]:P802" not in found and "quotes[0]:P801" not in found


def test_a_hosts_pitched_read_takes_its_testimonial():
    transcript = (FILL * 3 + "Practice fifteen minutes a day. Let's pause here for a second. I started lessons last year with "
                  "{Fretline}. {Fretline} listens through your phone's mic and tells you which string buzzed. My neighbour's "
                  "son at {Oakbrook Middle School} uses it too and he's already playing the solo. Your first month is free at "
                  "fretline.app slash bloomers. Sam, so, calluses. How long? " + FILL * 3)
    quotes = ["My neighbour's son uses it too and he's already playing the solo.",
              "Practice fifteen minutes a day.",
              "Fretline listens through your phone's mic and tells you which string buzzed."]
    found = _flagged(transcript, quotes)
    assert {"companies[2]:P802", "quotes[0]:P801", "quotes[2]:P801"} <= found
    assert "quotes[1]:P801" not in found
    assert _quote_rules("Let's pause here for a second.") == ["P801"]


# An ad read whose only ad words are social proof ("So major AI labs like Meta, Google DeepMind,
# and OpenAI all partner with Scale"), matched to the LLM's description of the sponsor: an ad's
# words, not a journalist's description of the company an episode is about (the seed's Scale read
# as generated episodes shuffle it, without its windows of stronger markers)
_SOCIAL_PROOF_READ = "companies:\n- category: big_tech\n  confidence: high\n  context: Mentioned as a major AI lab that partners with Scale for data, and for\n    its distribution advantage in AI. Also mentioned regarding its internal AI efforts.\n  name: Meta\n  source: llm_enhanced\n- category: ai_infrastructure\n  confidence: high\n  context: Scale's product providing major labs access to high-quality data for model\n    post-training.\n  name: Scale Data Foundry\n  source: llm_enhanced\n- category: unknown\n  confidence: medium\n  context: Scale to push the boundaries of what's possible. Through Scale Data Foundry,\n    major labs get access to high-quality data to fu\n  name: Through Scale Data Foundry\n  position: 20150\n- category: ai_research\n  confidence: high\n  context: Scale's research team, creating foundations for integrating AI into society\n    through safety frameworks and public leaderboards.\n  name: Seal\n  source: llm_enhanced\n- category: ai_infrastructure\n  confidence: high\n  context: A company partnering with major AI labs (Meta, Google DeepMind, OpenAI)\n    to provide high-quality data via Scale Data Foundry for model post-training.\n  name: Scale\n  source: llm_enhanced\n- category: ai_infrastructure\n  confidence: high\n  context: A product released by Scale to help diagnose model limitations and improve\n    reasoning capabilities.\n  name: Scale Evaluation\n  source: llm_enhanced\n- category: unknown\n  confidence: medium\n  context: ulti-turn conversations. Scale also just released Scale Evaluation, which\n    helps diagnose model limitations. Leading\n  name: Scale Evaluation\n  position: 20735\n- category: unknown\n  confidence: medium\n  context: data is running out. So major AI labs like Meta, Google DeepMind, and OpenAI\n    all partner with Scale to push the bo\n  name: Google DeepMind\n  position: 20056\nquotes:\n- impact_reason: Highlights the critical role of external research bodies in developing\n    practical safety frameworks and measurable alignment benchmarks (leaderboards).\n  relevance_score: 7\n  source: llm_enhanced\n  text: Scale's research team, Seal, is creating the foundations for integrating advanced\n    AI into society through practical AI safety frameworks and public leaderboards\n    around safety and alignment.\n  topic: safety\n- length: 120\n  relevance_score: 3\n  text: So major AI labs like Meta, Google DeepMind, and OpenAI all partner with Scale\n    to push the boundaries of what's possible\n  topics: []\n- length: 188\n  relevance_score: 4\n  text: Scale's research team, Seal, is creating the foundations for integrating advanced\n    AI into society through practical AI safety frameworks and public leaderboards\n    around safety and alignment\n  topics: []\ntitle: A conversation on open models\n"


def test_social_proof_in_an_ad_read_is_no_mere_description():
    found = {(f.rule, f.field) for f in audit_text(episode_text(_SOCIAL_PROOF_READ), select=("sponsor",))}
    assert ("P801", "quotes[1].text") in found
    assert ("P802", "companies[1].name") in found  # Scale Data Foundry, the sponsor's product


# The show's own name before "is presented by" / "is brought to you by", and "supported by" after an
# announced break, open an ad read; "supported" or "powered" by a maker, said of software, do not.
@pytest.mark.parametrize("opening", [
    "Quick break. Ledger Lines is supported by {Vaultwise}.",
    "Ledger Lines is presented by {Vaultwise}.",
    "Okay, a short break here: Ledger Lines is underwritten by {Vaultwise}.",
])
def test_the_shows_name_or_a_break_before_supported_by_opens_an_ad_read(opening):
    transcript = ("We spent the first half on disclosure policy and bounty triage, which most teams get "
                  "wrong. " + opening + " Vaultwise rotates your keys before they leak into a repo. "
                  + "And so on. " * 60 + "Later the guest talked about audits at {Deloitte} and what a breach costs.")
    quote = "Teams on Vaultwise fix leaked keys within a day."
    found = {(f.rule, f.field) for f in audit_text(transcript_episode(transcript, quotes=[quote]), select=("P80",))}
    assert ("P802", "companies[0].name") in found and ("P801", "quotes[0].text") in found
    assert ("P802", "companies[1].name") not in found


@pytest.mark.parametrize("sentence", [
    "PyTorch is supported by Meta and runs on every cloud we use.",
    "GitHub Copilot is powered by OpenAI models these days, as far as I know.",
])
def test_software_supported_or_powered_by_its_maker_is_no_ad(sentence):
    assert [f for f in audit_text(quote_episode(sentence), select=("P801",))] == []
