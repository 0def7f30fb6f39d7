"""Session 61: an episode that contradicts itself on who makes a name that no entity of it holds.

A403 weighed only its entities' names. A product or person the LLM pass ties to a maker in a
summary, a quote's reason or an insight ("Sohu, the Groq chip") is often no entity of the episode,
while the transcript says whose it is ("Etched has Sohu"). Such names, found in a shape that ties
them to a maker ("X's P", "P, the X ...", "P, X's ...", "P from X", "P, announced by X"), are
weighed like the entities' names, and the body's transcript is speech, as the NER pass's windows
and the quotes are. A claim of the body is never flagged (it is no field); a name that opens on
its maker's name ("Nvidia DGX SuperPOD") is a customer's in another's possessive; the LLM pass's
texts alone still decide nothing.
"""

from __future__ import annotations

import pytest

from audit.checks.attribution_episode import _tied_names
from tests.conftest import audit_text, episode_text


def _episode(summary: str, body: str = "", reason: str = "Shows where the money goes.") -> str:
    fm = ("companies:\n- category: tech\n  confidence: high\n  context: Makes chips.\n  name: Groq\n"
          "  source: llm_enhanced\n"
          f"quotes:\n- impact_reason: {reason}\n  relevance_score: 8\n  source: llm_enhanced\n"
          "  text: The chips are the story this year.\n  topic: technical\n"
          f"summary: {summary}\ntitle: Chips\n")
    return episode_text(fm, f"\n<!-- body -->\n\n## Transcript (excerpt)\n\n{body}\n" if body else "\n<!-- body -->\n")


def _a403(text: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text, select=("A403",))]


BODY = ("**Host:** Then the transformer ASIC crowd. Etched has Sohu, which only runs transformers, and "
        "Tenstorrent sells cards. **Guest:** Right, and Cerebras has its wafer-scale engine.")


def test_a_name_no_entity_holds_is_weighed_against_the_body_transcript():
    text = _episode("The hosts weigh Sohu, the Groq chip built for transformers.", BODY)
    assert _a403(text) == [("summary", "Sohu, the Groq")]
    fix = audit_text(text, select=("A403",))[0].fix
    assert fix.applicability == "unsafe" and fix.edits[0].replacement == "Etched"


@pytest.mark.parametrize("summary", [
    "The hosts weigh Groq's Sohu for inference.",
    "The hosts weigh Sohu, Groq's transformer chip.",
    "The hosts weigh Sohu from Groq for inference.",
    "The hosts weigh Sohu, announced by Groq, for inference.",
])
def test_each_shape_of_a_tie_is_weighed(summary):
    assert len(_a403(_episode(summary, BODY))) == 1


def test_the_llm_passs_texts_alone_decide_nothing():
    # no transcript: one text says Groq, none says otherwise
    assert _a403(_episode("The hosts weigh Sohu, the Groq chip built for transformers.")) == []
    # and two LLM texts that disagree, with no transcript to take a side
    assert _a403(_episode("The hosts weigh Sohu, the Groq chip built for transformers.",
                          reason="Etched's Sohu shows where the money goes.")) == []


def test_a_tie_the_transcript_shares_is_quiet():
    assert _a403(_episode("The hosts weigh Etched's Sohu for inference.", BODY)) == []


def test_a_claim_of_the_body_is_never_flagged():
    # the body alone takes two sides: no side is the transcript's, and nothing in it is a field
    body = BODY + " **Host:** Some call it Groq's Sohu, but no."
    assert _a403(_episode("The hosts weigh Sohu, the Groq chip built for transformers.", body)) == []


def test_a_name_that_opens_on_its_makers_name_is_a_customers_in_a_possessive():
    body = "**Host:** Nvidia DGX SuperPOD is what they bought, and Nvidia has DGX SuperPOD everywhere."
    assert _a403(_episode("DeepL's new Nvidia DGX SuperPOD runs its models.", body)) == []


@pytest.mark.parametrize("text, names", [
    ("Then Sohu, the Groq chip, runs transformers.", {"Sohu"}),
    ("Google's CEO Sundar Pichai spoke.", {"Sundar Pichai"}),
    ("Meta's AI is everywhere; Nvidia's GPUs too.", set()),
    ("They switched to AI SDK 5 from Vercel.", {"AI SDK 5"}),
    ("Agent HQ, announced by GitHub, brings agents in.", {"Agent HQ"}),
    ("Google's new Colossus 2 is big.", {"Colossus 2"}),
    # a name that goes on past a preposition is no shorter name
    ("Apple's Illusion of Thinking paper.", set()),
    # a word that makes the product another's rival is no tie
    ("Google's answer to Sohu is the TPU.", set()),
    # "by" alone, without a verb of making, is no tie
    ("Sohu by Groq is a rumour.", set()),
])
def test_the_names_tied_to_a_maker(text, names):
    assert _tied_names([text]) == names


# --- M304: the body's transcript says which of two spellings is the slip ---------------------------

def _two_spellings(ner: str, llm: str, body: bool) -> str:
    fm = (f"companies:\n- category: unknown\n  confidence: medium\n  context: 'and then {ner}, the chief executive, wrote"
          f" about it'\n  name: {ner}\n  position: 10\n- category: person\n  confidence: high\n"
          f"  context: Chief executive of the newsroom.\n  name: {llm}\n  source: llm_enhanced\n"
          "summary: The hosts discuss summaries.\ntitle: News\n")
    tail = f"\n<!-- body -->\n\n## Transcript (excerpt)\n\nHost: And then {ner}, the chief executive, wrote about it.\n"
    return episode_text(fm, tail if body else "\n<!-- body -->\n")


@pytest.mark.parametrize("ner, llm", [("Marguerite Wendelbaum", "Marguerite Wendelbaumm"), ("Kestrova", "Kestrava")])
def test_the_llm_lists_name_is_the_slip_where_the_transcript_writes_the_other(ner, llm):
    found = [f for f in audit_text(_two_spellings(ner, llm, body=True)) if f.family == "misspelling"]
    assert [(f.rule, f.field, f.evidence) for f in found] == [("M304", "companies[1].name", llm)]
    assert found[0].fix.edits[0].replacement == ner
    assert "transcript writes it" in found[0].message


@pytest.mark.parametrize("ner, llm", [("Marguerite Wendelbaum", "Marguerite Wendelbaumm"), ("Kestrova", "Kestrava")])
def test_without_a_transcript_the_llm_lists_spelling_stands(ner, llm):
    # the pipeline's own files: the NER pass wrote what it heard, the LLM pass what it knows
    found = [f for f in audit_text(_two_spellings(ner, llm, body=False)) if f.family == "misspelling"]
    assert sorted((f.rule, f.field, f.evidence) for f in found) == [
        ("M304", "companies[0].context", ner), ("M304", "companies[0].name", ner)]
    assert {f.fix.edits[0].replacement for f in found} == {llm}


# --- M306: a name the fields write otherwise than the body's transcript ----------------------------

_SAID = ("\n<!-- body -->\n\n## Transcript (excerpt)\n\n**Host:** {said} joins us today to talk about archives, "
         "and why the old index was slow and the editors hated it, frankly. **Guest:** Thanks. At {said} we "
         "index every page the library holds, and we have done so since the spring.\n")


def _said_otherwise(written: str, said: str, body: bool = True) -> list[tuple[str, str, str]]:
    fm = (f"companies:\n- category: unknown\n  confidence: medium\n  context: '{written} joins us today to talk'\n"
          f"  name: {written}\n  position: 0\nsummary: {written} explains the archive.\ntitle: Archives\n")
    text = episode_text(fm, _SAID.format(said=said) if body else "\n<!-- body -->\n")
    return [(f.rule, f.field, f.evidence, f.fix.edits[0].replacement) for f in audit_text(text)
            if f.family == "misspelling"]


@pytest.mark.parametrize("written, said", [
    ("Halvard Ekstrom", "Halvard Ekstrum"),  # one slip in a word of a person's name
    ("Quillmark", "Quilmark"),  # one word, no English one
    ("Lumen Forge", "LumenForge"),  # spaced otherwise
    ("Brightline Analytix", "Brightline Analytics"),
])
def test_a_name_written_otherwise_than_the_transcript_is_the_transcripts(written, said):
    found = _said_otherwise(written, said)
    assert {(rule, field) for rule, field, _, _ in found} == {
        ("M306", "companies[0].context"), ("M306", "companies[0].name"), ("M306", "summary")}
    assert {(evidence, fix) for _, _, evidence, fix in found} == {(written, said)}


@pytest.mark.parametrize("written, said", [
    ("Halvard Ekstrom", "Halvard Ekstrom"),  # the transcript's own spelling
    ("Krakow Labs", "Kraków Labs"),  # accents dropped, as English writes it
    ("Quillmarks", "Quillmark"),  # a plural
])
def test_the_transcripts_spelling_and_its_forms_stay_quiet(written, said):
    assert [f for f in _said_otherwise(written, said) if f[0] == "M306"] == []


def test_a_file_without_a_transcript_is_not_read():
    assert [f for f in _said_otherwise("Halvard Ekstrom", "Halvard Ekstrum", body=False) if f[0] == "M306"] == []


@pytest.mark.parametrize("name", ["Anthropix", "Cohero"])
def test_a_fuzzy_match_the_transcript_says_is_the_name(name):
    # one slip from a glossary name (M303) unless the transcript says it so and never the glossary's name
    assert {f[0] for f in _said_otherwise(name, name, body=False)} == {"M303"}
    assert _said_otherwise(name, name) == []


# --- sponsor: a transcript of one turn a line, fine print, reworded reads, sponsors also talked of --

from audit.checks.sponsor import read_body, sponsor_knowledge  # noqa: E402
from audit.episode import Episode, parse_episode  # noqa: E402
from audit.ruleset import Knowledge  # noqa: E402

_LINES = (
    "[00:05:40] Nora Vance: That is the whole bet on agents in treasury, honestly.\n"
    "[00:05:44] Nora Vance: This episode is brought to you by Ledgerly. Ledgerly closes your books in days, not weeks, "
    "with AI agents that reconcile every card and every bill.\n"
    "[00:05:52] Nora Vance: Go to ledgerly.com/spirits to start a free trial today.\n"
    "[00:05:58] Nora Vance: Offer terms apply. Brokerage services are offered by Ledgerly Securities, member FINRA and SIPC.\n"
    "[00:06:05] Tom Keel (guest): So back to agents. For forty years, finance software has been a system of record, "
    "and a human does the work. That is changing now, and Ledgerly and its rivals all know it.\n"
    "[00:06:15] Nora Vance: Say more about that.\n")


def _reads(body: str) -> list[str]:
    ep = parse_episode(episode_text("title: x\nsummary: y\n", "\n## Transcript (excerpt)\n\n" + body).encode(),
                       Episode(path="case.md"))
    reads = read_body(ep, sponsor_knowledge(Knowledge.load()))
    return [] if reads is None else list(reads.reads)


def test_a_read_of_one_turn_a_line_ends_with_its_voice_and_takes_its_fine_print():
    reads = _reads(_LINES)
    assert len(reads) == 1
    assert reads[0].startswith("[00:05:44] Nora Vance: This episode is brought to you by Ledgerly")
    assert "member FINRA and SIPC" in reads[0]  # the small print after the call to action
    assert "system of record" not in reads[0] and "Say more" not in reads[0]  # the guest's turn is talk


def _sponsor_findings(llm_insight: str, quote: str) -> list[tuple[str, str]]:
    fm = ("companies:\n- category: fintech\n  confidence: high\n  context: 'this episode is brought to you by Ledgerly."
          " Ledgerly closes your books'\n  name: Ledgerly\n  position: 60\n"
          f"insights:\n- actionable: false\n  confidence: medium\n  text: {llm_insight}\n  type: insight\n"
          f"quotes:\n- relevance_score: 8\n  source: llm_enhanced\n  text: {quote}\n  topic: business\n"
          "summary: The hosts discuss agents in treasury.\ntitle: Agents in treasury\n")
    text = episode_text(fm, "\n## Transcript (excerpt)\n\n" + _LINES)
    return [(f.rule, f.field) for f in audit_text(text) if f.family == "sponsor"]


def test_reworded_ad_copy_is_ad_copy_and_the_guests_words_are_not():
    found = _sponsor_findings(
        "Closes the books in days instead of weeks with agents that reconcile every card and every bill.",
        "For forty years, finance software has been a system of record, and a human does the work.")
    assert ("P801", "insights[0].text") in found
    assert ("P801", "quotes[0].text") not in found
    # a sponsor the conversation talks of too is no ad-only entity, though its window is the read's
    assert not any(rule == "P802" for rule, _ in found)


def test_an_insight_of_the_conversations_words_is_no_reworded_read():
    found = _sponsor_findings("Finance software has been a system of record for forty years; agents change who does the work.",
                              "That is changing now.")
    assert ("P801", "insights[0].text") not in found


# --- D603: one insight told twice in other words ----------------------------------------------------

def _insights(*texts: str) -> str:
    items = "".join(f"- actionable: false\n  confidence: medium\n  text: {t}\n  type: insight\n" for t in texts)
    return episode_text(f"insights:\n{items}summary: The hosts discuss advice.\ntitle: Advice\n")


def _d603(*texts: str) -> list[str]:
    return [f.field for f in audit_text(_insights(*texts), select=("D603",))]


def test_an_insight_reworded_repeats_the_earlier_one():
    assert _d603("the adviser becomes the person who handles the emotional stuff, and the AI does the paperwork.",
                 "Index funds stay the default for retirement savers.",
                 "the human adviser handles the emotional stuff while the AI does the paperwork.") == ["insights[2].text"]
    assert _d603("finance teams will become a small number of people supervising a large number of agents.",
                 "a small number of people will supervise a large number of agents on finance teams.") == ["insights[1].text"]


def test_insights_that_share_a_theme_but_few_words_stay_apart():
    assert _d603("the adviser becomes the person who handles the emotional stuff, and the AI does the paperwork.",
                 "advisers who refuse AI tools will lose clients to cheaper robo-advisers within five years.") == []
    # a number that differs is another claim
    assert _d603("fees for human advice will fall by half within five years as the AI does the paperwork.",
                 "fees for human advice will fall by a third within two years as the AI does the paperwork.") == []


# --- M305/M306: a name run into its version where the episode writes them apart ---------------------

def _versions(summary: str, body: str = "") -> list[tuple[str, str, str]]:
    text = episode_text(f"summary: {summary}\ntitle: Releases\n",
                        f"\n<!-- body -->\n\n## Transcript (excerpt)\n\n{body}\n" if body else "\n<!-- body -->\n")
    return [(f.rule, f.evidence, f.fix.edits[0].replacement) for f in audit_text(text) if f.family == "misspelling"]


def test_a_version_run_into_a_name_the_episode_writes_apart():
    assert _versions("Quarrydb 1.4 ships today; Quarrydb 1.4 adds vector search, and Quarrydb1.4 is faster.") == [
        ("M305", "Quarrydb1.4", "Quarrydb 1.4")]
    said = ("**Host:** So Lanternflow 3 is out, and the scheduler in it is a rewrite. Everyone who runs "
            "pipelines at scale will feel the difference, and the upgrade path is better than last time. **Guest:** "
            "Right, and the migration guide is short this time.")
    assert _versions("Lanternflow3 rewrites the scheduler.", said) == [("M306", "Lanternflow3", "Lanternflow 3")]


def test_a_name_written_with_its_version_on_purpose_stays_quiet():
    # written together throughout, or apart as often: the episode's usage is the name's
    assert _versions("Quarrydb3 ships today; Quarrydb3 adds vector search.") == []
    assert _versions("Quarrydb 3 ships today; Quarrydb3 adds vector search.") == []
    # an acronym's code is no name run into a version
    assert _versions("GDDR 7 memory and GDDR 7 boards; GDDR7 is fast.") == []


# --- A401: one claim read to two ends by two shapes is one finding -----------------------------------

def test_one_claim_read_to_two_ends_is_one_finding():
    from tests.conftest import summary_episode

    found = [f.evidence for f in audit_text(summary_episode("He uses Perplexity, the Amazon-owned answer engine, daily."))
             if f.rule == "A401"]
    assert found == ["Perplexity, the Amazon-owned"]
