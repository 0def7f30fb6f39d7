"""Session 42: shapes that blind corpora found missed or wrongly flagged, each with a quiet twin.
The names and phrasings here are our own, not the corpora's."""

import json

import pytest

from tests.conftest import audit_text, episode_text


def _family(text: str, family: str) -> list:
    return [f for f in audit_text(text) if f.family == family]


def _hits(text: str, family: str) -> set[tuple[str, str]]:
    return {(f.rule, f.field) for f in _family(text, family)}


# --- sponsor: the host's first-person read of a sponsor that a quote's call to action names -------

def _story_episode(call: bool) -> str:
    quotes = ["Since I moved the studio's bookings to it, nobody double-books the kiln room anymore"]
    if call:
        quotes.append("Go to kilnhouse.com/weekly and use code WEEKLY for two months free")
    fm = ("title: Glaze chemistry with Ada Moreno\ncompanies:\n"
          "- category: unknown\n  confidence: medium\n"
          "  context: \"anks. Okay, a personal one. I've been running my studio on Kilnhouse for about a year, since the \"\n"
          "  name: Kilnhouse\n  position: 21000\n"
          "- category: unknown\n  confidence: medium\n"
          "  context: \"cone six glazes are forgiving, but the Orton cones tell you what really happened in the \"\n"
          "  name: Orton\n  position: 30500\n"
          "quotes:\n" + "".join(f"- text: {json.dumps(q)}\n" for q in quotes))
    return episode_text(fm)


def test_a_hosts_personal_story_of_a_sponsor_a_quote_calls_to_is_its_ad():
    assert ("P802", "companies[0].name") in _hits(_story_episode(True), "sponsor")
    # (the same story with no call to action anywhere is the host's own life: no sponsor)
    assert _hits(_story_episode(False), "sponsor") == set()
    assert "companies[1].name" not in {f for _, f in _hits(_story_episode(True), "sponsor")}


# --- sponsor: a pre-roll's or post-roll's thank-you -----------------------------------------------

@pytest.mark.parametrize("context, sponsor", [
    ("Before we start, a quick thank-you to Tapewise. We cut every episode of this show in Tapewise", "Tapewise"),
    ("Before we dive in, a word from Halloway, who keeps our servers patched. Halloway scans your", "Halloway"),
    ("Before you go, a quick word about Brightmoss. Brightmoss plans your meals for the week", "Brightmoss"),
])
def test_a_thank_you_before_the_talk_starts_or_after_it_ends_announces_a_read(context, sponsor):
    text = episode_text(f"title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: {json.dumps(context)}\n  name: {sponsor}\n  position: 60\n")
    assert ("P802", "companies[0].name") in _hits(text, "sponsor")


@pytest.mark.parametrize("context", [
    "Before we start, a quick thank-you to everyone who wrote in about the Tapewise episode",
    "before we start, thanks to Maria Ortiz for the question. Tapewise had a rough year",
])
def test_a_thank_you_to_listeners_or_a_person_before_the_talk_is_no_read(context):
    text = episode_text(f"title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
                        f"  context: {json.dumps(context)}\n  name: Tapewise\n  position: 60\n")
    assert _hits(text, "sponsor") == set()


# --- sponsor: social proof counting the sponsor's users -------------------------------------------

def _proof_episode(proof: str) -> str:
    fm = ("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"t makes sense. Right. Ramp is the corporate card and spend platform that clos\"\n"
          "  name: Ramp\n  position: 40100\n"
          f"quotes:\n- text: {json.dumps(proof)}\n")
    return episode_text(fm)


def test_thousands_of_customers_using_a_listed_sponsor_is_its_ad():
    found = _hits(_proof_episode("More than thirty thousand businesses, from bakeries to biotech labs, use Ramp."),
                  "sponsor")
    assert {("P801", "quotes[0].text"), ("P802", "companies[0].name")} <= found


@pytest.mark.parametrize("proof", [
    "Over a million developers use Copilot.",  # a name of the field's, counted by a guest
    "More than half of companies use Ramp for cards.",  # a share, no count in thousands
    "Over forty thousand companies use Ramp to close their books, and that scale is the moat.",
])
def test_a_count_of_users_that_is_no_ads_proof_stays_quiet(proof):
    assert ("P801", "quotes[0].text") not in _hits(_proof_episode(proof), "sponsor")


# --- sponsor: a product of the sponsor's that the guest cites -------------------------------------

def _cited_episode(llm_context: str) -> str:
    fm = ("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"ks, Dana. Today's episode is brought to you by Loomly. Loomly is the workspace where your\"\n"
          "  name: Loomly\n  position: 70\n"
          "- category: ai_application\n  confidence: high\n"
          f"  context: {json.dumps(llm_context)}\n  name: Loomly Assist\n  source: llm_enhanced\n"
          "quotes:\n- text: \"Loomly Assist is a good example: the model lives inside the documents, so the context is there.\"\n")
    return episode_text(fm)


def test_a_sponsors_product_the_guest_cites_is_the_guests_words():
    found = _hits(_cited_episode("Cited by the guest as an example of putting the model inside an existing tool."),
                  "sponsor")
    assert ("P801", "quotes[0].text") not in found and ("P802", "companies[1].name") not in found
    # (the same product, which the LLM ties to no guest, named only in the read: ad copy)
    found = _hits(_cited_episode("AI assistant inside the Loomly workspace."), "sponsor")
    assert ("P801", "quotes[0].text") in found


# --- mojibake: UTF-8 read by code page 437, Mac OS Roman or Windows-1250 ------------------------

def _mojibake(text: str) -> list[str]:
    fm = f"title: x\nsummary: {json.dumps(text)}\n"
    return [f.evidence for f in audit_text(episode_text(fm)) if f.family == "mojibake"]


def _baked(text: str, codec: str) -> str:
    """`text` as UTF-8 bytes decoded by `codec` (the damage the pipeline did)."""
    return text.encode("utf-8").decode(codec)


@pytest.mark.parametrize("word, codec, label", [
    ("matter\u2014a", "cp437", "code page 437"),
    ("team\u2019s", "cp437", "code page 437"),
    ("Z\u00fcnd", "cp437", "code page 437"),
    ("\u2192", "mac_roman", "Mac OS Roman"),
    ("budgets\u2014and", "mac_roman", "Mac OS Roman"),
    ("\u201cvibe\u201d", "mac_roman", "Mac OS Roman"),
    ("Ma\u0142gorzata", "cp1250", "Windows-1250"),
    ("\u6df1\u5ea6", "cp437", "code page 437"),
])
def test_utf8_read_by_other_code_pages_is_mojibake(word, codec, label):
    baked = _baked(word, codec)
    found = [f for f in audit_text(episode_text(f"title: x\nsummary: {json.dumps('plan ' + baked + ' then')}\n"))
             if f.family == "mojibake"]
    assert [f.evidence for f in found] == [baked]
    assert label in found[0].message and found[0].message.endswith(f"reads {word!r}")
    assert found[0].fix is not None and found[0].fix.applicability == "safe"


@pytest.mark.parametrize("text", [
    "(-1/2)! = \u221a\u03c0 and the logic \u00ac\u2200x",  # Mac OS Roman bytes of letters, no word around them
    "Stanis\u0142aw Wi\u015bniewski \u2014 Z\u00fcrich, 5\u00d7 faster \u2192 done \u201cyes\u201d",  # correct text
    "\u251c\u2524a\u253c\u2510a\u253c\u2510a\u253c\u2510a",  # line art
    "RO\u0218IA \u0218I NICIODAT\u0102\u2122",  # Romanian before a trademark sign
    "caf\u00e9 \u2014\u00e9quipe",  # a dash before a letter: Mac OS Roman bytes of Cyrillic, which counts not
])
def test_correct_text_in_those_code_pages_stays(text):
    assert _mojibake(text) == []


# --- attribution: new shapes and names of coding tools ------------------------------------------

def _claims(text: str) -> list[str]:
    fm = f"title: x\nsummary: {json.dumps(text)}\n"
    return [f.evidence for f in audit_text(episode_text(fm)) if f.family == "attribution"]


def _context_claims(name: str, context: str) -> list[str]:
    fm = (f"title: x\ncompanies:\n- category: ai_application\n  confidence: high\n  context: {json.dumps(context)}\n"
          f"  name: {json.dumps(name)}\n  source: llm_enhanced\n")
    return [f.evidence for f in audit_text(episode_text(fm)) if f.family == "attribution"]


@pytest.mark.parametrize("text, evidence", [
    ("The squeeze falls on GitHub, the Amazon-owned platform with the distribution.", "GitHub, the Amazon-owned platform"),
    ("Jules, now built by Microsoft, returns pull requests.", "Jules, now built by Microsoft"),
    ("They route cheap tasks through Mellum (Google) and keep the rest local.", "Mellum (Google)"),
    ("Bolt uses WebContainers, built by Vercel, for its dev server.", "WebContainers, built by Vercel"),
    ("Tab in Cursor came from Supermaven, a Microsoft unit.", "Supermaven, a Microsoft unit"),
    ("Not Mixtral, built at Google DeepMind, or a chatbot.", "Mixtral, built at Google DeepMind"),
    ("Describes Jules, Microsoft's async agent, and Codex as batch workers.", "Jules, Microsoft's async agent"),
])
def test_wrong_makers_of_coding_tools(text, evidence):
    assert evidence in _claims(text)


@pytest.mark.parametrize("text", [
    "The squeeze falls on GitHub, the Microsoft-owned platform with the distribution.",
    "Jules, now built into Google's stack, returns pull requests.",
    "Mellum (JetBrains) is small and fast.",
    "Hugging Face, Amazon's platform of choice for open models, grew.",
    "Google's Colossus file system stores the logs.",
    "Phi-3, released at Microsoft Build, is small.",
    "We compared Claude, OpenAI's models, and Gemini.",
    "Now they are in the free tier of ChatGPT, the free DeepSeek app, and Alibaba put out Qwen.",
])
def test_right_makers_of_coding_tools_stay_quiet(text):
    assert _claims(text) == []


@pytest.mark.parametrize("name, context, evidence", [
    ("SWE-bench Verified", "Human-validated subset of SWE-bench curated by Google and quoted in launch posts.",
     "curated by Google"),
    ("GitHub Copilot coding agent", "The OpenAI team's agent for GitHub issues; issues are assigned to it.",
     "The OpenAI team's agent"),
    ("Kimi K2", "Trillion-parameter MoE; DeepSeek's agentic model, trained with the Muon optimizer.",
     "DeepSeek's agentic model"),
])
def test_an_entity_context_naming_another_maker_s42(name, context, evidence):
    assert _context_claims(name, context) == [evidence]


@pytest.mark.parametrize("name, context", [
    ("GitHub Copilot coding agent", "The GitHub team's agent for issues; issues are assigned to it."),
    ("Kimi K2", "Trillion-parameter MoE; Moonshot's agentic model, trained with the Muon optimizer."),
    ("Codestral", "Code model for the IDE; the Google model is Gemini."),
])
def test_an_entity_context_naming_its_own_maker_s42_stays_quiet(name, context):
    assert _context_claims(name, context) == []


# --- sponsor: a pitch promising an easy start; the host's own bare address -----------------------

def _with_filler(fm_tail: str) -> str:
    fm = ("title: Postgres branching with Ana Ruiz\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"e migrations were the hard part, and we fixed them in the order they broke, one \"\n"
          "  name: Postgres\n  position: 3000\n" + fm_tail)
    return episode_text(fm)


def test_a_lone_pitch_that_promises_an_easy_start_is_ad_copy():
    quote = ("Meshlane connects your laptops, your servers and your CI runners into one private network, "
             "and honestly it takes about five minutes to set up")
    text = _with_filler(f"quotes:\n- text: {json.dumps(quote)}\n")
    assert ("P801", "quotes[0].text") in _hits(text, "sponsor")
    # (the guest's account of a tool, in the first person: no pitch)
    quote = "We connect our laptops and servers with Meshlane, and it took us about five minutes to set up"
    assert _hits(_with_filler(f"quotes:\n- text: {json.dumps(quote)}\n"), "sponsor") == set()


def _host_address_episode(llm_context: str) -> str:
    return _with_filler(
        "- category: ai_application\n  confidence: high\n"
        f"  context: {json.dumps(llm_context)}\n  name: Shellbird\n  source: llm_enhanced\n"
        "quotes:\n- text: \"I've been sleeping on Shellbird for like a month, and now I can't go back\"\n"
        "- text: \"The command search finds the flag I always forget. It's free at shellbird.dev.\"\n")


def test_a_bare_address_of_what_the_llm_calls_the_hosts_is_the_hosts_read():
    found = _hits(_host_address_episode("AI terminal; the host has been using it for a month and it is free."), "sponsor")
    assert {("P801", "quotes[1].text"), ("P802", "companies[1].name")} <= found
    # (the same address of what the LLM ties to the guest: the guest's own product, no sponsor)
    found = _hits(_host_address_episode("AI terminal the guest's team built; free to download."), "sponsor")
    assert ("P802", "companies[1].name") not in found and ("P801", "quotes[0].text") not in found


# --- entity-noise: units, job titles, regions, a market's measures -------------------------------

def _noise(name: str, context: str) -> list[str]:
    fm = (f"title: x\ncompanies:\n- category: unknown\n  confidence: medium\n  context: {json.dumps(context)}\n"
          f"  name: {json.dumps(name)}\n  position: 900\n")
    return [f.rule for f in audit_text(episode_text(fm)) if f.family == "entity-noise"]


@pytest.mark.parametrize("name, context", [
    ("Megawatts", "e rack went from forty Megawatts to around a hundred and"),
    ("Tbps", "ch port runs at about two Tbps now, which is why the"),
    ("GPU Hours", "he pricing all comes down to GPU Hours. An operator that"),
    ("Senior Vice President", "ly. A Senior Vice President at one of the packaging houses told me"),
    ("Free Cash Flow", "ot yet. The real test is Free Cash Flow. As long as the"),
    ("Immersion Cooling", "e point. The Immersion Cooling approach puts the whole board"),
    ("Fairfax County", "but the interconnection queue in Fairfax County is years long."),
    ("Three Mile Island", "hat Constellation did with Microsoft at Three Mile Island, and the"),
])
def test_units_titles_regions_and_measures_are_no_companies(name, context):
    assert _noise(name, context) != []


@pytest.mark.parametrize("name, context", [
    ("Island", "we moved every contractor onto Island, the enterprise browser, and"),
    ("Liquid AI", "the small models from Liquid AI run on the phone itself"),
    ("Cash App", "and Cash App added the card in the same quarter"),
])
def test_firms_with_such_words_in_their_names_stay(name, context):
    assert _noise(name, context) == []


# --- consistency: hardware listed as a firm ------------------------------------------------------

@pytest.mark.parametrize("name, context, flagged", [
    ("HBM4E", "Next-generation high-bandwidth memory used on the coming accelerators.", True),
    ("AP300", "Westinghouse's small modular reactor design built for utilities.", True),
    ("Vertiv", "Power and cooling equipment maker whose orders track the build-out.", False),
    ("SK Hynix", "Chip maker whose memory is on every accelerator.", False),
])
def test_hardware_described_by_the_llm_is_no_big_tech(name, context, flagged):
    fm = (f"title: x\ncompanies:\n- category: big_tech\n  confidence: high\n  context: {json.dumps(context)}\n"
          f"  name: {json.dumps(name)}\n  source: llm_enhanced\n")
    rules = [f.rule for f in audit_text(episode_text(fm)) if f.family == "consistency"]
    assert ("C1001" in rules) is flagged


# --- sponsor: an offer that names its sponsor by address is no unnamed offer ---------------------

def _equipment_episode(offer: str) -> str:
    fm = ("title: Memory cycles\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"o ahead. This episode is brought to you by Ramp. Ramp is the corporate card that closes\"\n"
          "  name: Ramp\n  position: 5067\n"
          "- category: unknown\n  confidence: medium\n"
          "  context: \"t's a great point. Kuroda makes the grinders and dicers for thinning those wa\"\n"
          "  name: Kuroda\n  position: 7135\n"
          "quotes:\n- text: \"Kuroda makes the grinders that thin these wafers, and nobody outside the industry knows them.\"\n"
          f"- text: {json.dumps(offer)}\n- text: \"Go to ramp.com/wafers to get a sign-up bonus.\"\n")
    return episode_text(fm)


def test_a_firm_told_of_beside_offers_that_name_their_sponsors_is_no_pitch():
    found = _hits(_equipment_episode("Get a thousand dollars off at vanta.com/wafers"), "sponsor")
    assert ("P802", "companies[1].name") not in found and ("P801", "quotes[0].text") not in found
    # (an offer naming no one: the firm told of in ad-copy words is the read's sponsor)
    found = _hits(_equipment_episode("Get a thousand dollars off with the link in the show notes"), "sponsor")
    assert ("P802", "companies[1].name") in found


# --- consistency: a company section's paragraph that lists names ---------------------------------

def _section_names(summary: str) -> list[str]:
    fm = ("title: x\ncompanies:\n- category: tech\n  confidence: high\n  context: Datadog is big\n"
          f"  name: Datadog\n  position: 3\nsummary: {json.dumps(summary)}\n")
    return [f.evidence for f in audit_text(episode_text(fm)) if f.rule == "C1008"]


def test_a_company_sections_list_paragraph_names_each_company():
    summary = ("### 4. Notable Companies/People\n\nDatadog, Kestrelwatch (Ana Ruiz), New Relic,\n"
               "Sumo Logic, Patrick Collison, Lagoon Billing.\n\n### 5. Takeaways\n\nMeasure, alert, sleep.\n")
    assert _section_names(summary) == ["Kestrelwatch", "New Relic", "Sumo Logic", "Lagoon Billing"]


def test_a_takeaways_paragraph_or_a_listed_company_names_nothing_missing():
    summary = ("### 4. Notable Companies\n\nDatadog, then nothing else worth naming.\n\n"
               "### 5. Takeaways\n\nMeasure, Alert, Sleep, Repeat.\n")
    assert _section_names(summary) == []


# --- sponsor: the show's own house ads ---------------------------------------------------------

@pytest.mark.parametrize("quote", [
    "Ship Notes is our free weekly newsletter, every Thursday, with the tools our guests mentioned",
    "If you like these conversations, the Ship Notes digest goes out every Friday with the links",
    "Quick note: if you're enjoying this one, the Ship Notes digest goes out every Friday with the links",
])
def test_a_house_ad_for_the_shows_newsletter_is_ad_copy(quote):
    assert ("P801", "quotes[0].text") in _hits(_with_filler(f"quotes:\n- text: {json.dumps(quote)}\n"), "sponsor")


@pytest.mark.parametrize("quote", [
    "Postgres is our default database, and every new service starts on it",
    "If you like Postgres, you will like what branching does to your migrations",
])
def test_ours_and_liking_said_of_other_things_is_no_house_ad(quote):
    assert _hits(_with_filler(f"quotes:\n- text: {json.dumps(quote)}\n"), "sponsor") == set()


# --- duplicate: a listed firm's stock ticker ------------------------------------------------------

def test_a_firms_ticker_beside_its_name_is_a_duplicate():
    fm = ("title: x\ncompanies:\n- category: tech\n  confidence: high\n  context: \"the Nvidia numbers were huge\"\n"
          "  name: Nvidia\n  position: 10\n- category: big_tech\n  confidence: high\n  context: Ticker of the GPU maker.\n"
          "  name: NVDA\n  source: llm_enhanced\n- category: big_tech\n  confidence: high\n  context: Ticker.\n"
          "  name: CRWV\n  source: llm_enhanced\n")
    found = {(f.rule, f.field) for f in audit_text(episode_text(fm)) if f.family == "duplicate"}
    assert ("D601", "companies[1].name") in found and ("D601", "companies[2].name") not in found


# --- grounding: a legal name built on a web address ----------------------------------------------

@pytest.mark.parametrize("name, grounded", [("Amazon.com, Inc.", True), ("Zalando.com, Inc.", False)])
def test_a_legal_name_on_a_web_address_is_grounded_by_its_name(name, grounded):
    fm = ("title: x\ncompanies:\n- category: tech\n  confidence: high\n  context: \"the Amazon capex numbers were huge\"\n"
          "  name: Amazon\n  position: 10\n- category: big_tech\n  confidence: high\n  context: Online retailer and cloud.\n"
          f"  name: {json.dumps(name)}\n  source: llm_enhanced\n")
    found = {(f.rule, f.field) for f in audit_text(episode_text(fm)) if f.family == "grounding"}
    assert (("G901", "companies[1].name") not in found) is grounded


# --- attribution (A403): a version of a glossary family is no firm of the family's name ----------

def test_a_family_name_opening_a_version_is_no_maker_of_it():
    fm = ("title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
          "  context: \"and Microsoft's Maia is about a generation behind the others\"\n  name: Maia\n  position: 2970\n"
          "- category: ai_application\n  confidence: high\n  context: Microsoft's second-generation accelerator.\n"
          "  name: Maia 300\n  source: llm_enhanced\n"
          "quotes:\n- text: \"Microsoft's Maia is about a generation behind, and Maia 300 is late.\"\n")
    assert [f.rule for f in audit_text(episode_text(fm)) if f.family == "attribution"] == []
    # (Trane, the HVAC maker, is no misspelling of Trae)
    assert [f.rule for f in audit_text(episode_text(fm.replace("title: x", "title: Trane and Carrier sell the chillers")))
            if f.family == "misspelling"] == []
