"""Causes that session 33's blind corpora showed (written from the issues alone, by authors who never
read the code), each as the general case, with a quiet twin that must stay quiet:

- truncation: a pronoun before a conjunction is no subject of a relative clause ("a flaky one and
  just keeps retrying with" lost its object); a wh-word before an -s or linking verb is its clause's
  subject ("..., which sounds high until you compare it to" lost its object); 'have' after a noun
  phrase that 'only', 'same', an ordinal or a superlative opens is a relative clause's verb ("the
  only asset the medium has"); a few words from the middle of an insight's text, opening on a
  function word, are a piece of it ("as model providers"); an extraction that ends where a word of
  its text ends has no cut word ("... to uv", "... with Vanta", "... under 800 ms");
- sponsor: a sponsorship of something else told in an entity's context is no ad ("whose in-kind
  sponsorship covers PyPI's bandwidth"); an ad's formula mentioned in quotation marks is talk about
  ads ("'This episode is brought to you by' is the most valuable sentence in audio"), and so is a
  recorded spot compared ("better than a pre-recorded spot"); the show's sister show and its own
  live event, plugged by name ("our sister show Infra Weekly", "Come see us live at Gadget Fest");
  an offer after the event's own address ("Tickets are at gadgetfest.live, and listeners get 15%
  off with code HOUR15"); a name in a list of them is no pitch ("Fidelity and Lively both offer HSAs
  with no account fees, and you can invest the balance": advice); each show's "own promo code" and
  a founder's "We offer a 100-night trial" are talk about marketing; calls to action by text message
  ("Text QUEST to 55123"), in the app stores ("Search for Pocketwise in your app store": its app
  the sponsor) and on two podcast apps ("find Build Mode on Spotify or Apple Podcasts"), and "if you
  like us, you'll love ...";
- attribution: a heading before a colon and the kind before "such as" are no platform of the claim
  after them ("Illustrates hardware partnerships: Le Chat, Cohere's assistant", "with hosted ones,
  such as the Gemini CLI from Anthropic"); a reasoning variant is the model's version
  ("Phi-4-reasoning from Meta"); a word of what the models do before the kind opens a list ("OpenAI's
  audio models Whisper, Jukebox and Stable Audio"), and an item named after the list's own maker
  goes on with it ("MiniMax's models Hailuo, MiniMax-M1 and GLM-4.5"); a product's edition for a
  field ("Claude for Life Sciences, built by Google"); a purpose after "X-built" is no platform
  ("the Cerebras-built LPU for latency-sensitive inference"); an org led or co-founded by another's
  person, in free text and in the org's context ("Chipmaker led by CEO Jensen Huang" of AMD); a
  transcript window's "its" stands for a name before the window ("ing with its MAI-DxO ..., and
  Google has"); names of the wider field (LeRobot, VALL-E, AI co-scientist, Cortex AI, Toyota
  Research Institute, Annapurna Labs);
- attribution, more: a tool named by what it does and a maker's offering are appositions' kinds
  ("Slack AI, Google's channel summarizer", "Whisper, Google's transcriber"), and an entity
  named as a product's edition is the product ("Claude for Education");
- the third round (blind71, 73, 74): a sponsorship with someone else is news ("signed a three-year
  sponsorship with a Formula 1 team"), a firm's past is no pitch ("Levels built its company on
  ..."), "This week's Rundown is supported by X" announces a read; the last of a list of "its"
  phrases is the list subject's ("its stake in OpenAI and its in-house Maia"), models a product
  lets users choose are no maker's claim, an owner's possessive with its trade before "subsidiary"
  ("GM's robotaxi subsidiary"), a clause after ", while" leaves the platform words before it, a
  person's current role after "Newly appointed" or "Co-founder and", a kind and a comma before the
  product ("the Google model, Phi-4"); a product named after its maker, misspelt, grounds the maker
  ("Unitry G1"); names of the wider field (Jupyter, scikit-learn, Vapi);
- the fourth round (blind75-77): a sponsor named for a contest or a cup is news ("this year's sponsor of
  the Pwn2Own hacking contest", "Pwn2Own is sponsored by Tesla again this year"), an example's
  placeholder address is no call ("a URL like brand.com/podcast"); a maker's people's possessive
  ("the Meta guys' Grok"), a model's name said of a rocket or a car is another thing's ("Falcon is
  a SpaceX rocket"); a word and a product's version past a possessive ("Runaway's Gen-4");
  "Here Technologies" keeps its legal word, "Launch Robotics" stays a fragment;
- entity-noise: a word glued to a firm's legal word is the firm ("Here Technologies sells ...");
- duplicate: an energy firm's trade word ends its name ("Fervo Energy" is "Fervo");
- misspelling: a four-letter English word after another's possessive is that one's own ("the EU's
  Code of Practice" is no Codex); a company one letter from a model, with the model's version and
  its maker tied to it, is the model written wrong ("Groq 4 from xAI", "xAI's Groq 3").
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, llm_entity_episode, ner_entity_episode, quote_episode, summary_episode, \
    title_episode, transcript_episode


# --- truncation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Flaky tests are poison for agents, because the agent can't tell a real failure from a flaky one "
     "and just keeps retrying with", True),
    ("those are the customers we and our partners sell to", False),
    ("The CPM is somewhere around thirty to fifty dollars, which sounds high until you compare it to", True),
    ("That's the stack, which is what we settled on", False),
    ("When a host says they've used the product for months, the listener believes it, and that trust is "
     "the only asset the medium has", False),
    ("it is the best model the lab has", False),
    ("In the end the company has", True),
])
def test_truncation_shapes(text, found):
    assert any(f.family == "truncation" for f in audit_text(quote_episode(text))) is found


def _fragment_flags(pairs: list[tuple[str, str]]) -> list[bool]:
    insights = "".join(f"- confidence: medium\n  text: {json.dumps(t)}\n  extracted: {json.dumps(x)}\n"
                       for t, x in pairs)
    found = {f.field for f in audit_text(episode_text(f"title: x\ninsights:\n{insights}")) if f.rule == "T702"}
    return [f"insights[{i}].extracted" in found for i in range(len(pairs))]


def test_a_few_words_from_the_middle_opening_on_a_function_word_are_a_piece():
    text = "Seed valuations for AI companies will compress within 18 months as model providers absorb more of the stack."
    assert _fragment_flags([
        (text, "as model providers"),
        ("Standardized lockfiles will let different installers share one environment format.", "will let different"),
        (text, "Seed valuations for AI companies will compress within 18 months"),
    ]) == [True, True, False]


def test_an_extraction_ending_where_a_word_of_its_text_ends_has_no_cut_word():
    assert _fragment_flags([
        ("Teams with large monorepos should migrate from pip-tools to uv to cut resolution time.",
         "Teams with large monorepos should migrate from pip-tools to uv"),
        ("Startups selling to enterprises should automate SOC 2 compliance with Vanta to close deals faster.",
         "Startups selling to enterprises should automate SOC 2 compliance with Vanta"),
        ("Keep end-to-end latency under 800 ms or callers talk over the agent.", "Keep end-to-end latency under 800 ms"),
        # (a word of its text cut inside is still cut)
        ("Teams with large monorepos should migrate to uvicorn workers to cut latency.",
         "Teams with large monorepos should migrate to uv"),
    ]) == [False, False, False, True]


# --- sponsor ---------------------------------------------------------------------------------------

FILLER = "We spent most of the year rebuilding the scheduler so that batch jobs stop starving interactive ones. "


def _sponsor_fields(text: str) -> set[str]:
    return {f.field for f in audit_text(text) if f.family == "sponsor"}


def test_a_sponsorship_of_something_else_is_no_ad():
    talk = (FILLER * 3 + "PyPI serves two billion downloads a day, and the bandwidth is sponsored by {Fastly}, which "
            "people forget. " + FILLER * 3)
    quotes = ["If Fastly stopped sponsoring PyPI tomorrow, I genuinely don't know who pays that bill."]
    llm = [("Fastly", "CDN provider whose in-kind sponsorship covers PyPI's bandwidth costs; discussed as "
                      "critical unpaid infrastructure.")]
    assert _sponsor_fields(transcript_episode(talk, quotes=quotes, llm=llm)) == set()
    # (the show's sponsorship told so is the ad's)
    told = [("Fastly", "CDN provider whose sponsorship of the show comes with a listener offer.")]
    assert "companies[1].name" in _sponsor_fields(transcript_episode(talk, llm=told))


@pytest.mark.parametrize("text, found", [
    ("'This episode is brought to you by' is the most valuable sentence in audio, and everyone knows it.", False),
    ("A host-read ad converts three to five times better than a pre-recorded spot, and buyers pay for that.", False),
    ("This episode is brought to you by Kilnworks, the build cache for monorepos.", True),
    ("[This is a pre-recorded spot.] Load Curve is supported by Gridwell.", True),
    ("If you liked this one, our sister show Infra Weekly just did a two-parter on Postgres.", True),
    ("My sister's show is about gardening, not databases.", False),
    ("Come see us live at Gadget Fest in Austin on March 14th.", True),
    ("Come see us when the demo ships, we'll be around.", False),
])
def test_talk_about_ads_and_the_shows_own_plugs(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


def test_an_offer_after_the_events_own_address():
    read = (FILLER * 3 + "Before we go, one more thing: {Gadget Fest} is back in Austin on March 14th. " + FILLER * 3)
    quotes = ["Tickets are at gadgetfest.live, and listeners get 15% off with code HOUR15.",
              "Tickets are at gadgetfest.live, we sold the first batch in a day."]
    fields = _sponsor_fields(transcript_episode(read, quotes=quotes))
    assert "quotes[0].text" in fields and "quotes[1].text" not in fields


# --- attribution -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, evidence", [
    ("Illustrates hardware partnerships: Le Chat, Cohere's assistant, runs on Cerebras wafer-scale systems.",
     "Le Chat, Cohere's assistant"),
    ("Shows developers mixing local models with hosted ones, such as the Gemini CLI from Anthropic, for hard problems.",
     "Gemini CLI from Anthropic"),
    ("Phi-4-reasoning from Meta shows small reasoning models closing the gap on math.", "Phi-4-reasoning from Meta"),
    ("OpenAI's audio models Whisper, Jukebox and Stable Audio defined the field.",
     "OpenAI's audio models Whisper, Jukebox and Stable Audio"),
    ("MiniMax's models Hailuo, MiniMax-M1 and GLM-4.5 are all open.", "MiniMax's models Hailuo, MiniMax-M1 and GLM-4.5"),
    ("Vertical products like Claude for Life Sciences, built by Google, will force vendors to publish evals.",
     "Claude for Life Sciences, built by Google"),
    ("Highlights the speed of the Cerebras-built LPU for latency-sensitive inference workloads.", "Cerebras-built LPU"),
    ("AMD, led by CEO Jensen Huang, pitched the MI355X.", "AMD, led by CEO Jensen Huang"),
    ("Toyota Research Institute open-sourced LeRobot last year.", "Toyota Research Institute open-sourced LeRobot"),
    ("VALL-E was trained at Google.", "VALL-E was trained at Google"),
    ("Notes the arrival of hypothesis-generating agents such as the AI co-scientist from OpenAI.",
     "AI co-scientist from OpenAI"),
])
def test_attribution_phrasings(text, evidence):
    assert [f.evidence for f in audit_text(summary_episode(text)) if f.family == "attribution"] == [evidence]


@pytest.mark.parametrize("text", [
    "Illustrates hardware partnerships: Le Chat, Mistral's assistant, runs on Cerebras wafer-scale systems.",
    "Phi-4-reasoning from Microsoft shows small reasoning models closing the gap on math.",
    "Meta's Llama 4 and DeepSeek-R1 are both open.",
    "Google's video model Veo and OpenAI's Sora were compared.",
    "We used Claude for Google Docs, built by Google, to draft it.",
    "Microsoft released Llama 3 for Azure customers.",
    "Google launched Gemini 2.0 for the agentic era.",
    "AMD, the chipmaker run by Lisa Su, pitched the MI355X.",
    "AWS (Annapurna Labs) designs Trainium and Graviton.",
    "Trainium, designed by Annapurna Labs, is cheaper per token.",
])
def test_attribution_quiet_twins(text):
    assert [f.evidence for f in audit_text(summary_episode(text)) if f.family == "attribution"] == []


@pytest.mark.parametrize("name, context, evidence", [
    ("AMD", "Chipmaker led by CEO Jensen Huang, pitching the MI355X against Blackwell.", "led by CEO Jensen Huang"),
    ("Hugging Face", "Open-source AI platform co-founded by Arthur Mensch.", "co-founded by Arthur Mensch"),
    ("AMD", "Chipmaker led by CEO Lisa Su, pitching the MI355X against Blackwell.", None),
    ("Hugging Face", "Open-source AI platform co-founded by Clem Delangue.", None),
    ("Cortex AI", "Databricks' managed LLM service, used by over five thousand accounts a week.", "Databricks' managed LLM"),
])
def test_people_and_makers_in_an_orgs_context(name, context, evidence):
    found = [f.evidence for f in audit_text(llm_entity_episode(name, context)) if f.family == "attribution"]
    assert found == ([evidence] if evidence else [])


def test_a_windows_its_stands_for_a_name_before_the_window():
    window = "ing with its MAI-DxO diagnostic orchestrator, and Google has Med-Gemini for radiology reports."
    assert not [f for f in audit_text(ner_entity_episode("Google", window)) if f.family == "attribution"]
    described = "Discussed for its MAI-DxO diagnostic orchestrator."
    assert [f.evidence for f in audit_text(llm_entity_episode("Google", described)) if f.family == "attribution"] \
        == ["its MAI-DxO"]


# --- misspelling -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, found", [
    ("The EU's Code of Practice — Who Signed and Who Didn't", False),
    ("OpenAI's Codx Interpreter, Explained", True),
    ("Meta's Lama is good at this", True),
])
def test_a_four_letter_word_after_anothers_possessive(title, found):
    assert any(f.family == "misspelling" for f in audit_text(title_episode(title))) is found


@pytest.mark.parametrize("title, found", [
    ("Groq 4 from xAI Sits Near the Top", True),
    ("xAI's Groq 3 Is Out", True),
    ("Lambda 2 (Google) and the Road to Bard", True),
    ("Groq 4 Chips Ship to Saudi Arabia", False),
    ("Lambda 2 Nodes on Google Cloud", False),
    ("Groq Raised 640 Million", False),
])
def test_a_company_written_for_the_model_one_letter_from_it(title, found):
    assert any(f.family == "misspelling" for f in audit_text(title_episode(title))) is found


# --- session 33, second round ----------------------------------------------------------------------

def test_a_name_in_a_list_of_providers_is_no_pitch():
    talk = (FILLER * 3 + "Honestly the HSA question comes up every week. {Fidelity} and {Lively} both offer HSAs with no "
            "account fees, and you can invest the balance. " + FILLER * 3)
    quotes = ["Fidelity and Lively both offer HSAs with no account fees, and you can invest the balance instead of cash.",
              "Use code SAVE at checkout for three months free."]
    assert _sponsor_fields(transcript_episode(talk, quotes=quotes)) == {"quotes[1].text"}


@pytest.mark.parametrize("text, found", [
    ("Podcast ads were our best channel. We gave every show its own promo code, so we knew which audiences converted.", False),
    ("We offer a 100-night trial, and people think that's a gimmick, but it's the cheapest research we do.", False),
    ("Use promo code RUNWAY for 20% off your first order.", True),
    ("Every Tandem Hybrid comes with a 120-night trial and free returns.", True),
])
def test_marketing_talk_and_offers(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


@pytest.mark.parametrize("text, found", [
    ("Slack AI, Google's channel summarizer, now ships in every plan.", True),
    ("Slack AI, Salesforce's channel summarizer, now ships in every plan.", False),
    ("Whisper, Google's transcriber, runs on the phone.", True),
    ("Whisper, OpenAI's transcriber, runs on the phone.", False),
])
def test_tools_named_by_what_they_do(text, found):
    assert any(f.family == "attribution" for f in audit_text(summary_episode(text))) is found


@pytest.mark.parametrize("name, context, found", [
    ("Claude for Education", "OpenAI's education offering for universities.", True),
    ("Claude for Education", "Anthropic's education offering for universities.", False),
    ("Gemini for Workspace", "Google's assistant inside Docs and Gmail.", False),
])
def test_a_products_edition_is_the_product(name, context, found):
    assert any(f.family == "attribution" for f in audit_text(llm_entity_episode(name, context))) is found


def test_a_word_glued_to_a_firms_legal_word_is_the_firm():
    window = "ery carrier hates the ping every fifteen minutes. Here Technologies sells the map layer that most"
    assert not [f for f in audit_text(ner_entity_episode("Here Technologies", window)) if f.family == "entity-noise"]
    cut = "the seed round. And Technologies like this one will take a decade to land in every"
    assert [f.rule for f in audit_text(ner_entity_episode("And Technologies", cut)) if f.family == "entity-noise"] == ["F501"]


def test_an_energy_firms_trade_word_ends_its_name():
    read = FILLER * 2 + "What I'd watch is {Fervo Energy}. Enhanced geothermal is firm power. " + FILLER * 2
    llm = [("Fervo", "Enhanced geothermal developer whose costs have fallen faster than expected.")]
    found = [f for f in audit_text(transcript_episode(read, llm=llm)) if f.rule == "D601"]
    assert [f.evidence for f in found] == ["Fervo"]


@pytest.mark.parametrize("text, found", [
    ("Text QUEST to 55123 for a free year of Questline Plus.", True),
    ("I text my cofounder like 10 times a day.", False),
    ("If you like us, you'll love Quarterly Call, where two former analysts break down one earnings report.", True),
    ("If you like this, you'll love the next part of the story.", False),
    ("New episodes every Tuesday; find Build Mode on Spotify or Apple Podcasts.", True),
    ("You can find Taylor Swift on Spotify, she is everywhere.", False),
    ("Search for Pocketwise in your app store and use code POCKET for three months free.", True),
    ("The app store takes thirty percent, which is the whole fight.", False),
])
def test_calls_to_action_of_apps_texts_and_other_shows(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


def test_an_app_named_in_its_store_call_is_the_sponsor_the_host_uses():
    read = FILLER * 3 + "Okay, quick one. " + FILLER * 3
    quotes = ["I've been using Pocketwise for about a year now, it pulls in your checking and your cards.",
              "Search for Pocketwise in your app store and use code POCKET for three months of premium free."]
    fields = _sponsor_fields(transcript_episode(read, quotes=quotes))
    assert {"quotes[0].text", "quotes[1].text"} <= fields


# --- session 33, third round -----------------------------------------------------------------------

def test_a_sponsorship_with_someone_else_is_news():
    talk = (FILLER * 3 + "In other news, {Corvid Pay} signed a three-year sponsorship with a Formula 1 team. " + FILLER * 3)
    llm = [("Corvid Pay", "Payments startup that signed a three-year sponsorship with a Formula 1 team.")]
    assert _sponsor_fields(transcript_episode(talk, llm=llm)) == set()


def test_a_firms_past_is_no_pitch():
    talk = (FILLER * 3 + "Honestly, {Levels} built its entire company on glucose coaching, and I think that's wrong. "
            + FILLER * 3)
    quotes = ["Levels built its entire company on the idea that a glucose spike is something you should act on.",
              "Use code SIGNALS at checkout for your first month free."]
    assert _sponsor_fields(transcript_episode(talk, quotes=quotes)) == {"quotes[1].text"}


def test_this_weeks_show_supported_by():
    assert any(f.rule == "P801" for f in audit_text(quote_episode(
        "This week's Rundown is supported by Ledgerly. Ledgerly closes your books in days, not weeks.")))


@pytest.mark.parametrize("text, found", [
    ("Assistants built on partner models, while Midjourney's Veo 3 video model drew comparisons with Sora.", True),
    ("It was the Google model, Phi-4, that won the small-model bracket.", True),
    ("We benchmarked the Nvidia part, the MI355X, against the B200.", True),
    ("It was the Microsoft model, Phi-4, that won the small-model bracket.", False),
    ("We used the OpenAI model, and Claude was down all day.", False),
])
def test_attribution_round_three(text, found):
    assert any(f.family == "attribution" for f in audit_text(summary_episode(text))) is found


@pytest.mark.parametrize("name, context, found", [
    ("Microsoft", "Discussed for its AI capacity constraints, its stake in OpenAI and its in-house Maia accelerators.", False),
    ("GitHub Copilot", "GitHub's AI coding assistant, which now lets users choose models from OpenAI, Anthropic and Google.", False),
    ("GitHub Copilot", "AI coding assistant from OpenAI.", True),
    ("Waymo", "GM's robotaxi subsidiary, operating driverless services in Phoenix.", True),
    ("Waymo", "Alphabet's robotaxi subsidiary, operating driverless services in Phoenix.", False),
    ("Lip-Bu Tan", "Newly appointed CEO of Broadcom, discussed for its accelerator reset.", True),
    ("Lip-Bu Tan", "Newly appointed CEO of Intel, discussed for its foundry plans.", False),
    ("Michael Truell", "Co-founder and CEO of Replit, cited for the company's revenue growth.", True),
    ("Michael Truell", "Co-founder and CEO of Anysphere, cited for the company's revenue growth.", False),
])
def test_attribution_in_contexts_round_three(name, context, found):
    assert any(f.family == "attribution" for f in audit_text(llm_entity_episode(name, context))) is found


def test_a_product_named_after_its_maker_misspelt_grounds_the_maker():
    read = FILLER * 2 + "and the price keeps falling. " + FILLER * 2
    quotes = ["The Unitry G1 at sixteen thousand dollars changed the math for research labs."]
    llm = [("Unitree", "Chinese humanoid and quadruped robot maker whose G1 costs sixteen thousand dollars.")]
    found = [f for f in audit_text(transcript_episode(read, quotes=quotes, llm=llm)) if f.family == "grounding"]
    assert found == []


@pytest.mark.parametrize("title, found", [
    ("Every Project Starts in Jupiter Notebooks", True),
    ("The Planet Jupiter Is Big", False),
    ("Classic Tools Like Sci-kit Learn", True),
])
def test_dev_tools_of_the_field(title, found):
    assert any(f.family == "misspelling" for f in audit_text(title_episode(title))) is found


def test_vapi_is_a_voice_agent_platform():
    window = "For developers the stack is usually Vapi or Retell on top of a model, and the latency budget"
    assert not [f for f in audit_text(ner_entity_episode("Vapi", window)) if f.family == "entity-noise"]


# --- session 33, fourth round ----------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Pwn2Own is sponsored by Tesla again this year, which tells you how badly carmakers want researchers.", False),
    ("Threat Model is brought to you by Sentrylock. Sentrylock stops phishing before it lands.", True),
    ("A URL like brand.com/podcast captures maybe a third of the buyers who heard the ad.", False),
    ("Go to sentrylock.com/threat for a free month.", True),
])
def test_sponsorship_news_and_example_addresses(text, found):
    assert any(f.rule == "P801" for f in audit_text(quote_episode(text))) is found


def test_a_contests_sponsor_is_news():
    talk = FILLER * 3 + "Pwn2Own is sponsored by {Tesla} again this year. " + FILLER * 3
    llm = [("Tesla", "Named as this year's sponsor of the Pwn2Own hacking contest, cited as evidence that carmakers "
                     "court security researchers.")]
    assert _sponsor_fields(transcript_episode(talk, llm=llm)) == set()


@pytest.mark.parametrize("text, found", [
    ("And the Meta guys' Grok is just, it's unhinged.", True),
    ("And the xAI guys' Grok is just, it's unhinged.", False),
    ("People joke that Falcon is a SpaceX rocket, but TII's models are serious.", False),
    ("Claude, the Tesla car assistant, answers in the dashboard.", True),
])
def test_attribution_round_four(text, found):
    assert any(f.family == "attribution" for f in audit_text(summary_episode(text))) is found


def test_a_word_and_a_products_version_past_a_possessive():
    found = [f.evidence for f in audit_text(quote_episode("I love Runaway's Gen-4 model for character shots."))
             if f.family == "misspelling"]
    assert found == ["Runaway"]
    assert not [f for f in audit_text(quote_episode("It was a runaway success for the studio.")) if f.family == "misspelling"]
