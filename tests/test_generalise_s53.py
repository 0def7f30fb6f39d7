"""Session 53: shapes from the misses and false alarms of four new held-out corpora (AI coding
tools, AI safety and policy, enterprise agents, consumer devices and games), written by helpers who
never saw the rules. Each positive case fails on the session's first code (b56416d); each quiet
twin passes there and here."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, entities_episode, episode_text, summary_episode


# --- not-mentioned: phrasings of a denial no rule knew ------------------------------------------

def _denied(name: str, context: str, category: str = "ai_company") -> list[str]:
    return [f.rule for f in audit_text(entities_episode([(name, context, category)]), select=("not-mentioned",))]


@pytest.mark.parametrize("name, context", [
    ("EleutherAI", "Referenced by neither host nor guest; added for context on open-source interpretability tooling."),
    ("OpenAI", "Named by nobody in the episode; listed as the obvious frontier lab."),
    ("Cohere", "Cited by none of the speakers, though enterprise search is the topic."),
    ("Zhipu AI", "Not raised at any point in the interview; included as another Chinese frontier developer."),
    ("Mistral AI", "Wasn't covered at all in the conversation; a European peer."),
    ("Brilliant Labs", "The conversation doesn't touch Brilliant Labs; it appears here only as another AI-wearable startup."),
    ("Zhipu AI", "The hosts never touch Zhipu AI, though they discuss Chinese labs."),
    ("Devin", "The agent is not named in this episode; the guest discusses autonomous agents only in general terms."),
    ("Rabbit r1", "The device itself is never mentioned by the hosts; added as a peer of the Ai Pin."),
])
def test_a_denial_in_a_new_phrasing_is_found(name, context):
    assert _denied(name, context) == ["N201"]


@pytest.mark.parametrize("name, context", [
    # "feature" as a noun after an article is no verb of mentioning
    ("Crunchy Data", "Postgres company Snowflake acquired; Rafael says it is not a warehouse feature but an "
                     "application-database play."),
    # another firm touches it: a market move, no denial of the episode
    ("Brilliant Labs", "Apple doesn't touch Brilliant Labs, per the guest, who discusses its glasses at length."),
    # the object is another firm's thing
    ("Meta", "The hosts don't touch Meta's market share, but they discuss its glasses at length."),
    # a thing of the entity's kind is not the entity ("the agent roadmap")
    ("Salesforce", "The agent roadmap was not discussed, but Salesforce is named twice."),
    # by neither of two outsiders: a relation, no absence from the episode
    ("Anthropic", "Its policy was criticised by neither Newsom nor Wiener; the guest discusses the company at length."),
])
def test_a_not_that_denies_no_mention_stays_quiet(name, context):
    assert _denied(name, context) == []


# --- misspelling: the article before a family's right name is no sound-alike of it ---------------

def _misspelt(text: str) -> list[tuple[str, str, str]]:
    return [(f.field, f.evidence, f.fix.edits[0].replacement) for f in audit_text(text, select=("misspelling",))]


def _quotes(*texts: str) -> str:
    return episode_text("title: x\nquotes:\n" + "".join(f"- relevance_score: 5\n  text: {json.dumps(t)}\n" for t in texts))


def test_a_word_before_a_family_written_right_is_no_sound_alike_of_it():
    assert _misspelt(_quotes("en there's the rumor mill. The Tensor G5 is supposed to move from Samsung Foundry to TSMC.",
                             "The Tensor G4 was the last one built by Samsung.")) == []


@pytest.mark.parametrize("text, evidence, right", [
    ("Then Deep Sea R1 came out and the price war started.", "Deep Sea", "DeepSeek"),
    ("We switched to Quinn 2.5 for the coding tasks.", "Quinn", "Qwen"),
])
def test_a_sound_alike_before_a_version_is_still_found(text, evidence, right):
    assert [(e, r) for _, e, r in _misspelt(_quotes(text))] == [(evidence, right)]


# --- misspelling: a name broken by mojibake is the mojibake rule's -------------------------------

def test_a_name_broken_by_mojibake_is_no_minority_spelling():
    text = episode_text(
        "title: x\ncompanies:\n"
        "- category: person\n  confidence: high\n  context: \"EU lawmaker Dragoș Tudorache.\"\n"
        "  name: Dragoș Tudorache\n  source: llm_enhanced\n"
        "quotes:\n- relevance_score: 5\n  text: \"DragoÈ™ Tudorache said the code is voluntary.\"\n"
        "summary: \"Dragoș Tudorache on the AI Act; Dragoș Tudorache again.\"\n")
    found = audit_text(text)
    assert [f.rule for f in found if f.family == "misspelling"] == []
    assert [(f.family, f.field) for f in found if f.family == "mojibake"] == [("mojibake", "quotes[0].text")]


# --- misspelling: a person's surname heard two slips off, in an episode on their firm -------------

def _people_episode(quote: str, summary: str) -> str:
    return episode_text("title: x\nquotes:\n" f"- relevance_score: 5\n  text: {json.dumps(quote)}\n"
                        f"summary: {json.dumps(summary)}\n")


@pytest.mark.parametrize("quote, summary, evidence, right", [
    ("When Craig Federici said on stage that this was the beginning, nobody believed him.",
     "Apple Intelligence one year in: what shipped and what slipped.", "Craig Federici", "Craig Federighi"),
    ("Carl Ashenbach said on the earnings call that it is the biggest shift since the cloud.",
     "Workday bets on agents for HR and finance.", "Carl Ashenbach", "Carl Eschenbach"),
])
def test_a_surname_heard_wrong_beside_the_persons_firm_is_found(quote, summary, evidence, right):
    assert [(e, r) for _, e, r in _misspelt(_people_episode(quote, summary))] == [(evidence, right)]


@pytest.mark.parametrize("quote, summary", [
    # no word of the person's firm in the episode: another person of that name may be meant
    ("When Craig Federici said on stage that this was the beginning, nobody believed him.",
     "A conference on Italian design and its history."),
    # the surname with another given name too: a family of its own
    ("Carl Ashenbach and Maria Ashenbach run the bakery the Workday team orders from.",
     "Workday's office caterers."),
    # a context window cuts the surname (a quote is no window: the NER context below is)
])
def test_a_surname_two_slips_off_without_its_firm_stays_quiet(quote, summary):
    assert _misspelt(_people_episode(quote, summary)) == []


def test_a_surname_cut_by_a_context_window_stays_quiet():
    text = episode_text(
        "title: x\ncompanies:\n- category: unknown\n  confidence: medium\n"
        "  context: \"the keynote was rough, and Oracle's chairman Larry Elliso\"\n  name: Oracle\n  position: 120\n"
        "summary: \"Oracle bets on AI data centres.\"\n")
    assert _misspelt(text) == []


# --- attribution: two firms in brackets, as firm and owner -----------------------------------------

def _makers(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(summary_episode(text), select=("attribution",))]


@pytest.mark.parametrize("text, evidence", [
    ("The vibe-coding leaders, led by Lovable (Vercel), keep growing.", "Lovable (Vercel)"),
    ("The licence-and-hire deals: Character.AI (Microsoft) was the first.", "Character.AI (Microsoft)"),
    ("Humanoid makers like LG Electronics (Rainbow Robotics) are racing.", "LG Electronics (Rainbow Robotics)"),
    ("The tool Windsurf (Anthropic) shipped a new agent.", "Windsurf (Anthropic)"),
])
def test_two_firms_in_brackets_as_firm_and_wrong_owner_are_found(text, evidence):
    assert _makers(text) == [("A401", evidence)]


@pytest.mark.parametrize("text", [
    "Hosted code lives on GitHub (Microsoft), and the agents read it there.",   # the parent in brackets
    "Frontier labs and their backers: OpenAI (Microsoft) and others.",         # a lab and the big tech firm funding it
    "Partners such as Microsoft (OpenAI) and Amazon resell the models.",        # the big tech firm and its lab partner
    "Serverless Postgres like Neon (Databricks) took off.",                     # the owner the glossary records
    "Cobots from Universal Robots (Teradyne) sell well.",
    "Then Windsurf (Cognition) shipped SWE-1.",                                 # the maker's owner after a deal
    "Chip startups such as Cerebras (TSMC) depend on foundries.",               # a chip maker's foundry
])
def test_two_firms_in_brackets_the_glossary_relates_stay_quiet(text):
    assert _makers(text) == []


# --- misspelling: slips a right word hid ---------------------------------------------------------

@pytest.mark.parametrize("text, evidence, right", [
    # the name's last word in the other English spelling, after a first word that is a name itself
    ("Governance through Unity Catalogue makes Databricks the natural home for agents.", "Unity Catalogue", "Unity Catalog"),
    # a list's bullet is no bold lead-in: its words are not capitalised for a heading
    ("  * Iron Wood TPUs lower inference cost, enabling aggressive seat pricing.", "Iron Wood", "Ironwood"),
    # a second word one slip off the name's, though both halves are words ("Limit" + "les")
    ("Limitles and Plaud show that meeting capture is where paying customers are today.", "Limitles", "Limitless"),
    # a person's given name and the surname one slip off, the slip a surname itself
    ("Scott Weiner's shift from liability to transparency shows how a frontier bill passes.", "Scott Weiner", "Scott Wiener"),
])
def test_a_slip_that_a_right_word_hid_is_found(text, evidence, right):
    assert [(e, r) for _, e, r in _misspelt(_quotes(text))] == [(evidence, right)]


@pytest.mark.parametrize("text", [
    "Unity Catalog is where the agents' permissions live.",
    "  * **Iron Wood:** the hosts' nickname for the new office.",   # bold lead-in: a heading's capitals
    "Brightwater is a firm, and so is Brightwave.",                  # two compounds, the second words far apart
    "The Roman goddess Invidia was the personification of envy.",    # a role before a one-word name: another's
    "Scott Wiener's bill passed in September.",
    "Senator Eric Schmitt of Missouri voted against the bill.",   # a role before: another person (no Eric Schmidt)
    "Ken Griffey hit home runs, and Ken Griffin runs Citadel.",    # the right name beside it: two people
])
def test_right_words_stay_quiet(text):
    assert _misspelt(_quotes(text)) == []


# --- misspelling: a product heard as a word, after its maker ---------------------------------------

@pytest.mark.parametrize("text, evidence, right", [
    ("MuleSoft and Tablo are in the story too, but the real moat is Data Cloud.", "Tablo", "Tableau"),  # "eau" heard "o"
    ("We rolled out SAP Jewel to every HR team last quarter.", "Jewel", "Joule"),
    ("Google's Jewels agent opened the pull request on its own.", "Jewels", "Jules"),
])
def test_a_product_heard_as_a_word_is_found(text, evidence, right):
    assert [(e, r) for _, e, r in _misspelt(_quotes(text))] == [(evidence, right)]


@pytest.mark.parametrize("text", [
    "Google's Board of Directors met on Tuesday.",   # a common word, and "of" after it
    "The SAP Jewel Awards went to three partners.",   # another name's next word after it
    "Tableau dashboards are still everywhere.",
])
def test_a_word_after_a_maker_that_names_no_product_stays_quiet(text):
    assert _misspelt(_quotes(text)) == []


@pytest.mark.parametrize("text, evidence, right", [
    ("Open weights: Quen3-Coder, Kimi K2, DeepSeek-Coder-V2 and StarCoder2.", "Quen", "Qwen"),
    ("We fine-tuned Lama3-Instruct on the support tickets.", "Lama", "Llama"),
])
def test_a_name_joined_to_its_number_before_a_variants_word_is_found(text, evidence, right):
    assert [(e, r) for _, e, r in _misspelt(_quotes(text))] == [(evidence, right)]


def test_a_right_name_joined_to_its_number_before_a_variants_word_stays_quiet():
    assert _misspelt(_quotes("Qwen3-Coder and Phi3-Mini both run on a laptop.")) == []
