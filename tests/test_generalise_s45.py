"""Session 45, from the misses and false alarms of blind120 and blind122: the first two words of a
sentence taken for a name ("Apply in", "Hold that") are entity-noise's fragments, and inside an ad
read one that opens the ad's call to action is the sponsor's finding too; Markdown's marks are no
part of a mojibake word; a name's final "a" heard as "er" and an acronym's letter heard as its
rhyme are probable misspellings; a chief's title makes an activity-shaped name a firm; a text
ending on a prefix was cut; a vanity address ("joinquietlane.com") names its sponsor and grounds
it; a foreign title ("Le Monde") and a name the glossary knows beside a word-name ("Aloy") are no misspellings."""

from __future__ import annotations

import pytest

from tests.conftest import (SEED, audit_text, episode_text, family_hits, quote_episode, summary_episode,
                            transcript_episode)

_CONVERSATION = ("So we moved the whole close onto the new ledger last spring, and the controllers "
                 "stopped retyping invoices. That was the real change for the team. ")


@pytest.mark.parametrize("sentence, name", [
    ("It made the compliance people nervous. {Hold that} thought, we will come back to it.", "Hold that"),
    ("The queue got shorter every week. {Think about} what that does to a claims desk.", "Think about"),
    ("The reviewers catch most of it. {Pull up} the dashboard and you see the backlog.", "Pull up"),
    ("The auditors were sceptical at first. {Imagine every} invoice read by a model.", "Imagine every"),
])
def test_the_first_two_words_of_a_sentence_are_a_fragment(sentence, name):
    hits = family_hits(transcript_episode(_CONVERSATION + sentence), "entity-noise")
    assert ("F501", "companies[0].name") in hits


@pytest.mark.parametrize("sentence", [
    # a name of the glossary opens it, miscased: the misspelling rules' business
    "The benchmark ran overnight. {Gemini flash} was the cheapest model on it.",
    # a lowercase second word mid-sentence: no sentence start
    "We bought a {Mac mini} for the office and it runs the agent.",
    # a firm's word after the first: a firm's name ("Ledger labs" as heard)
    "The pilot went well. {Ledger labs} signed the contract in May.",
])
def test_names_that_are_no_sentence_start_fragment_stay_quiet(sentence):
    found = [f for f in audit_text(transcript_episode(_CONVERSATION + sentence))
             if f.rule == "F501" and "sentence fragment: the first two words" in f.message]
    assert found == []


_AD = ("This episode is brought to you by Quillbank. Quillbank is banking built for startups, with "
       "cards, bill pay and accounting in one place. Over two hundred thousand companies use Quillbank. ")


@pytest.mark.parametrize("call, name", [
    ("{Apply in} minutes at quillbank.com/ledger. ", "Apply in"),
    ("{Join thirty} thousand startups at quillbank.com/ledger. ", "Join thirty"),
    ("{Book a} demo today and get your first month free when you sign up through our link at quill", "Book a"),
])
def test_a_fragment_opening_the_ads_call_to_action_is_a_sponsor_finding_too(call, name):
    text = transcript_episode(_CONVERSATION + _AD + call + " And now back to the episode. " + _CONVERSATION)
    found = {(f.rule, f.evidence) for f in audit_text(text) if f.field == "companies[0].name"}
    assert ("F501", name) in found and ("P802", name) in found


def test_the_story_an_ad_tells_is_entity_noise_alone_on_the_seed():
    found = audit_text(SEED.read_bytes(), name=SEED.name)
    rules = lambda ev: {f.rule for f in found if f.evidence == ev}  # noqa: E731
    # "Take Cursor. People were ..." and "An AI is so good now ...", told in the WorkOS ad
    assert rules("Take Cursor") == {"F501"}
    assert rules("An AI") == {"F501"}


# --- mojibake: Markdown's emphasis marks are no part of the damaged word ---------------------------

@pytest.mark.parametrize("text, evidence, repaired", [
    ("The banks (**SociÃ©tÃ© GÃ©nÃ©rale**, BNP) moved first.", ["SociÃ©tÃ©", "GÃ©nÃ©rale"], ["Société", "Générale"]),
    ("A _cafÃ©_ in Lyon and a `naÃ¯ve` parser.", ["cafÃ©", "naÃ¯ve"], ["café", "naïve"]),
])
def test_mojibake_evidence_leaves_markdown_marks_out(text, evidence, repaired):
    found = [f for f in audit_text(summary_episode(text)) if f.family == "mojibake"]
    assert [f.evidence for f in found] == evidence
    # each fix repairs its word and keeps the marks around it
    for f, word in zip(found, repaired):
        assert word in f.fix.edits[0].replacement
    assert ("**Société" in found[0].fix.edits[0].replacement) == text.startswith("The banks")


# --- misspelling: a name's final "a" heard as "er"; an acronym's letter heard as its rhyme -------

@pytest.mark.parametrize("text, evidence, fix", [
    ("Klarner said its assistant does the work of seven hundred agents.", "Klarner", "Klarna"),
    ("We design every screen in Figmer now.", "Figmer", "Figma"),
    ("The chips come from TSNC in Arizona.", "TSNC", "TSMC"),
])
def test_a_name_heard_otherwise_is_a_probable_misspelling(text, evidence, fix):
    found = [f for f in audit_text(summary_episode(text)) if f.family == "misspelling"]
    assert [(f.rule, f.evidence) for f in found] == [("M303", evidence)]
    assert found[0].fix.edits[0].replacement.endswith(fix) or fix in found[0].message


@pytest.mark.parametrize("text", [
    "The corner office was empty, and the dinner ran late.",   # English words ending in "er"
    "Klarna and Figma both presented, and TSMC sent a keynote.",  # the right spellings
    "The SASL layer and the TSKC code are unrelated.",          # a letter of another sound: another acronym
])
def test_words_and_acronyms_that_are_no_misheard_name_stay_quiet(text):
    found = [(f.rule, f.evidence) for f in audit_text(summary_episode(text)) if f.family == "misspelling"]
    assert found == []


# --- entity-noise: a firm named like an activity, after any chief's title ---------------------------

@pytest.mark.parametrize("window, flagged", [
    ("this week I'm talking to Lakshmi Narayanan, CIO at {Meridian Ridge Engineering}, six thousand people", False),
    ("she was chief data officer at {Harbor Lane Trading} before she joined us, and", False),
    ("we spent a month on {Red Teaming} and it found a lot of problems in the agent", True),
])
def test_a_chiefs_title_before_an_activity_shaped_name_makes_it_a_firm(window, flagged):
    hits = family_hits(transcript_episode(_CONVERSATION + window), "entity-noise")
    assert (("F504", "companies[0].name") in hits) is flagged


# --- truncation: a prefix that no text ends on ------------------------------------------------------

@pytest.mark.parametrize("text, cut", [
    ("the translation quality went from, you know, embarrassing to pre", "pre"),
    ("and the second half of the deck was, honestly, all non", "non"),
    ("the onboarding flow was confusing and the copy was a bit mis", "mis"),
    ("It works, and the UN", None),      # an acronym in capitals
    ("we hired him as a pro", None),     # a noun of its own
])
def test_a_text_ending_on_a_prefix_was_cut_inside_its_word(text, cut):
    found = [f.evidence for f in audit_text(quote_episode(text)) if f.rule == "T701"]
    assert found == ([cut] if cut else [])


# --- an address that names its sponsor after a call's verb ("joindeleteme.com") -------------------

def _vanity_episode(address: str) -> str:
    return episode_text(
        "title: The quarter in chips\n"
        "summary: The hosts go through the chip makers' quarter and what it means for AI budgets.\n"
        "companies:\n"
        "- {name: Quietlane, category: ai_application, confidence: high, source: llm_enhanced,\n"
        "   context: 'Privacy service that removes personal information from data broker sites.'}\n"
        "quotes:\n"
        "- {text: 'The data-center number was the whole story this quarter.', relevance_score: 8}\n"
        f"- {{text: 'Use code CAPITAL for twenty percent off at {address}', relevance_score: 3}}\n")


def test_an_entity_named_only_by_a_vanity_address_is_the_sponsor_and_is_grounded():
    found = {(f.rule, f.field) for f in audit_text(_vanity_episode("joinquietlane.com/capital"))}
    assert ("P802", "companies[0].name") in found
    assert ("G901", "companies[0].name") not in found


def test_an_address_naming_another_firm_grounds_nothing():
    found = {(f.rule, f.field) for f in audit_text(_vanity_episode("joinbrightbox.com/capital"))}
    assert ("G901", "companies[0].name") in found
    assert ("P802", "companies[0].name") not in found


def test_page_ai_is_the_pathology_firm_misheard():
    found = [(f.rule, f.evidence) for f in audit_text(summary_episode("Page AI builds pathology models."))
             if f.family == "misspelling"]
    assert found == [("M301", "Page AI")]


# --- misspelling: a name in another language after its article; a known name near a word-name -------

@pytest.mark.parametrize("text", [
    "Le Monde signed a licensing deal with OpenAI last year.",   # no "Lemonade" split in two
    "Die Zeit and La Stampa reported the same numbers.",
    "Aloy is the hero of the Horizon games.",                   # no "Alloy": the glossary knows her
    "Brightwater hires its nurses with an AI screener.",        # no "Brightwave": bright + another word
])
def test_foreign_titles_and_short_names_near_word_names_stay_quiet(text):
    assert [f.evidence for f in audit_text(summary_episode(text)) if f.family == "misspelling"] == []
