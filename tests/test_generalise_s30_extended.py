"""Extended families: causes that session 30's blind corpora of other trades (breweries, ferries,
yoga studios, credit unions, bus operators, pawn shops, plumbers, language schools) showed, each
as the general case, with the cases a checker must still find:

- truncation: a plural subject and its verb end a clause ("that's when the complaints start"); a
  compound's last part written whole ("the Saltmarsh Co-op");
- grounding: an entity that is a grounded entity's name with a letter or two wrong is a misspelt
  twin (the misspelling and duplicate families'), not an invention; two versions stay two;
- duplicate: "-es" and "-ies" plurals, and names with and without accents (not a brand and a
  longer name that starts with it: "Oura" and "Oura Ring" are a firm and its product);
- entity-noise: trades of transport, goods and services are company words ("Brittany Ferries");
  a name shaped like an activity that acts as a firm in its window ("Cardinal Broadcasting bought
  ..."); a brand before its model's name is no generic plural ("the Hermes Kelly");
- sponsor: a recorded ad's stage direction and "comes to you with support from" open an ad read;
  ad copy that promises a nightly chore or tracks things in real time, under a brand named nowhere
  else, is a lone pitch.

Every "quiet" case was flagged by the code before this change, every "found" case is found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, episode_text, findings_by_item, title_episode


def _companies(*entries: dict, extra: str = "") -> str:
    """An episode of the entities given (NER ones have a position, LLM ones a source)."""
    lines = ["title: x"] + ([extra] if extra else []) + ["companies:"]
    for e in entries:
        lines.append("- " + "\n  ".join(f"{k}: {json.dumps(v)}" for k, v in e.items()))
    return episode_text("\n".join(lines) + "\n")


def _ner(name: str, context: str, position: int = 100) -> dict:
    return {"name": name, "category": "unknown", "confidence": "medium", "context": context, "position": position}


def _llm(name: str, context: str, category: str = "unknown") -> dict:
    return {"name": name, "category": category, "confidence": "medium", "context": context, "source": "llm_enhanced"}


def _rules_on(text: str, family: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in audit_text(text):
        if f.family == family:
            found.setdefault(f.field, []).append(f.rule)
    return found


def test_a_plural_subject_and_its_verb_end_a_clause():
    texts = ["and that's when the complaints start", "that's when the problems start.", "when the prices drop",
             "and that's when the complaints", "when the sales team"]
    found = findings_by_item(texts, "truncation")
    assert [bool(found.get(i)) for i in range(len(texts))] == [False, False, False, True, True]


def test_a_compounds_last_part_written_whole_is_no_cut_word():
    assert not [f for f in audit_text(title_episode("A Brewery Owned by Its Drinkers: the Saltmarsh Co-op"))
                if f.family == "truncation" and f.field == "title"]
    texts = ["we met them at the co-op", "it is state-of-the-ar", "we are in the pre-pr"]
    found = findings_by_item(texts, "truncation")
    assert [bool(found.get(i)) for i in range(len(texts))] == [False, True, True]


def test_a_misspelt_twin_of_a_grounded_name_is_no_invention():
    text = _companies(_ner("Tidewater Ferries", "We run the island route for Tidewater Ferries, six sailings a day."),
                      _llm("Tidewater Ferrys", "Ferry operator the guest works for."),
                      _ner("Claude 3.5 Sonnet", "we moved the chatbot to Claude 3.5 Sonnet last spring", 300),
                      _llm("Claude 3.7 Sonnet", "Newer model the team is testing."))
    found = _rules_on(text, "grounding")
    assert "companies[1].name" not in found  # a letter or two off a grounded name
    assert found.get("companies[3].name") == ["G901"]  # another version is another model


def test_duplicates_written_as_plurals_and_with_accents():
    text = _companies(_ner("Kestrel Coaches", "My guest runs Kestrel Coaches, a family firm.", 100),
                      _ner("Hermès", "A Hermès Birkin comes in once a month.", 200),
                      _ner("Oura", "We sell the Oura subscription at the desk.", 300),
                      _ner("Yutong", "We ordered thirty coaches from Yutong.", 400),
                      _ner("Kestrel Coach", "Kestrel Coach also runs the rail replacement work.", 600),
                      _ner("Hermes", "After the Birkin, the Hermes Kelly is the other bag.", 700),
                      _llm("Oura Ring", "Smart ring whose subscription the gym resells."),
                      _llm("Yutong E12 Pro", "Electric coach model ordered for airport routes."))
    found = _rules_on(text, "duplicate")
    assert sorted(found) == ["companies[4].name", "companies[5].name"]


@pytest.mark.parametrize("entity, quiet", [
    (_ner("Brittany Ferries", "Right. Brittany Ferries can absorb a bad winter; an operator our size can't."), True),
    (_ner("Tamar Valley Flowers", "Tamar Valley Flowers does the wedding flowers in town, so we stopped."), True),
    (_ner("Cardinal Broadcasting", "Cardinal Broadcasting bought three of the stations around us."), True),
    (_ner("Bright Sparks Tutoring", "I'm talking to the founder of Bright Sparks Tutoring, which has tutors."), True),
    (_ner("Hermes", "After the Birkin, the Hermes Kelly is the other bag we see a lot."), True),
    (_ner("Brittany Jones", "Brittany Jones said she would call us back about the quote."), False),
    (_ner("Vibe Coding", "and then vibe coding took over. Vibe Coding is what everyone does now."), False),
])
def test_entity_noise_on_firms_of_other_trades(entity, quiet):
    found = _rules_on(_companies(entity), "entity-noise")
    assert (not found) is quiet, found


def _sponsor_of(text: str) -> dict[str, list[str]]:
    return _rules_on(text, "sponsor")


def test_a_recorded_ads_stage_direction_and_support_from_open_an_ad_read():
    text = _companies(
        _ner("PawnPilot", "[This is a pre-recorded message.] Behind the Counter is supported by PawnPilot, the "
                          "loan-management platform trusted by independent lenders.", 100),
        _ner("PartsPlus Trade Counter", "This episode comes to you with support from PartsPlus Trade Counter, the "
                                        "merchant that opens at six because you do.", 200),
        _ner("PyTorch", "Our training code is supported by PyTorch, and Meta maintains it.", 300))
    found = _sponsor_of(text)
    assert "companies[0].name" in found and "companies[1].name" in found
    assert "companies[2].name" not in found


def _pitched_quotes(texts: list[str]) -> list[str]:
    """The sponsor family's fields among quotes of `texts` in an episode of one brewery guest."""
    quotes = "quotes:\n" + "".join(f"- text: {json.dumps(t)}\n  relevance_score: 5\n" for t in texts)
    return sorted(_sponsor_of(_companies(_ner("Kestrel Ales", "today I'm talking to Tamsin from Kestrel Ales."),
                                         extra=quotes)))


def test_lone_pitches_of_nightly_chores_and_real_time_tracking():
    texts = ["Ledgerly does the books for small shops, breweries and studios, and it reconciles your card sales every night",
             "Pallet Pilot tracks every pallet in real time, from the loading bay to the shelf",
             "We track every pallet in real time now.",
             "Our head brewer checks your order every morning."]
    assert _pitched_quotes(texts) == ["quotes[0].text", "quotes[1].text"]


def test_a_quote_that_starts_on_a_relative_pronoun_lost_its_start():
    texts = ["which is still the best rehearsal space in the country for contemporary work",
             "which is fair and which is also our biggest cost line by a distance.",
             "which is better?", "Which one we pick matters less than when.", "whichever comes first, we ship."]
    found = findings_by_item(texts, "truncation")
    assert [bool(found.get(i)) for i in range(len(texts))] == [True, True, False, False, False]


@pytest.mark.parametrize("title, cut", [
    ("Heat pumps in Victorian terraces: what installers wish customers kn", True),
    ("Heat pumps in Victorian terraces: what installers wish customers knew", False),
    ("Inside the lab: how we do qa", False),
    ("The road ahead is up", False),
])
def test_a_title_cut_on_two_lowercase_letters(title, cut):
    assert any(f.rule == "T701" and f.field == "title" for f in audit_text(title_episode(title))) is cut


def _summary_flags(items: list[str]) -> list[str]:
    """C1008's names for a summary whose company section lists `items`, one firm listed."""
    summary = ("## Summary\n\nThis episode features Ann Lee of Acme Ferries.\n\n### 4. Notable Companies/People\n\n"
               + "\n\n".join(items) + "\n\n### 5. Future\n\nMore.")
    text = _companies(_ner("Acme Ferries", "Ann Lee of Acme Ferries."), extra=f"summary: {json.dumps(summary)}")
    return [f.evidence for f in audit_text(text, select=["C1008"])]


def test_summary_items_named_like_people_by_firms_words_and_a_bare_guest():
    assert _summary_flags([
        "*   **Harland Ro-Ro Services:** Mentioned as the operator that lost the winter freight contract.",
        "*   **Paper Moon Comics:** Mentioned as the comic shop next door that shares the event space.",
        "*   **Claude Bernard:** Quoted for the *milieu intérieur*.",
        "*   **Bronwen ap Rhys:** Guest, speaking for The Potting Shed.",
        "*   **Rhiannon Pryce:** solo developer.",
        "*   **Guest Labs:** the vendor the team tried first.",
    ]) == ["Harland Ro-Ro Services", "Paper Moon Comics", "Guest Labs"]


def test_a_show_named_with_small_words_and_a_sponsors_product():
    text = _companies(
        _ner("Quarry Compute", "three people renting GPUs by the hour from Quarry Compute. Mm-hmm, go on.", 10),
        _ner("Kilnworks Serverless", "ers. Tokens per Dollar is sponsored by Kilnworks. Kilnworks Serverless gives you "
                                     "on-demand GPUs with per-second billing", 100),
        _ner("Brightwave Payments", "This show is brought to you by Brightwave Payments. With Brightwave Tap, any phone "
                                    "becomes a card reader", 200),
        _llm("Brightwave Tap", "Phone-based card reader with no hardware and no monthly fee."),
        _llm("Kilnworks", "GPU cloud offering per-second billing."))
    found = _sponsor_of(text)
    assert sorted(found) == ["companies[1].name", "companies[2].name", "companies[3].name", "companies[4].name"]
    assert not _rules_on(text, "entity-noise")  # "by the hour from": a rate, no distance from a place


def test_lone_pitches_after_a_leading_clause_and_promises_without_you():
    texts = ["If you run a shop, Tallybook matches every card payment to your invoices automatically, so month-end takes "
             "an hour instead of a weekend.",
             "Vectorly Cloud is the vector database that scales from prototype to a billion embeddings without a migration.",
             "If you ask me, Postgres is still the answer for most teams.",
             "Tutoring bots should ask the next question instead of giving the final answer."]
    assert _pitched_quotes(texts) == ["quotes[0].text", "quotes[1].text"]


def test_complete_sentences_ending_on_a_gap():
    texts = ["A dress is ordered seven months out, which is a lot of time to worry about",
             "NexGard chews are the top seller from April on",
             "My press is a Vandercook proof press, the kind every art school had",
             "and then we had time to", "the data comes from our partners and is stored on",
             "and then every art school had"]
    found = findings_by_item(texts, "truncation")
    assert [bool(found.get(i)) for i in range(len(texts))] == [False, False, False, True, True, True]


def test_duplicates_written_short_and_in_full_and_product_generations():
    text = _companies(_ner("Mister Car Wash", "Mister Car Wash bought two sites near us.", 50),
                      _ner("St. Brendan's Credit Union", "We bank with St. Brendan's Credit Union.", 100),
                      _ner("Press & Co.", "Press & Co. prints the zines.", 150),
                      _ner("DRIVE Thor", "the cab computer is DRIVE Thor now", 200),
                      _ner("Mr. Car Wash", "We compete with Mr. Car Wash on price every weekend.", 250),
                      _llm("Saint Brendan's Credit Union", "The guest's credit union."),
                      _llm("Press and Co.", "Print shop."),
                      _llm("DRIVE Orin", "The previous generation of Nvidia's car computer."))
    found = _rules_on(text, "duplicate")
    assert sorted(found) == ["companies[4].name", "companies[5].name", "companies[6].name"]
    assert not _rules_on(text, "entity-noise")  # ("Mr." before ordinary words of a trade: a brand)
