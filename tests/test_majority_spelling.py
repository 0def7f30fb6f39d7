"""M305 majority-spelling: a name the episode writes otherwise at least twice as often, for names
no glossary knows. A blind corpus on finance and legal AI (session 37's blind98) showed list names
and quotes misspelled beside the episode's usual spelling that no rule found ("Goldman Sacks",
"Lemonaid", "Stripe Rader", "Factset"). The firms and people below are invented, not the corpus's."""

import json

from tests.conftest import audit_text, episode_text


def _episode(summary="x", title="x", quotes=(), entities=()) -> str:
    """An episode of a summary, a title, quotes and entities ((name, context, NER?) tuples: an NER
    entry has a position, an LLM entry `source: llm_enhanced`)."""
    companies = []
    for k, (name, context, ner) in enumerate(entities):
        e = {"category": "unknown", "confidence": "medium", "context": context, "name": name}
        e.update({"position": 100 + 50 * k} if ner else {"source": "llm_enhanced"})
        companies.append(e)
    fm = {"title": title, "summary": summary, "companies": companies,
          "quotes": [{"relevance_score": 7, "source": "llm_enhanced", "text": t} for t in quotes]}
    return episode_text(json.dumps(fm, indent=1))


def _found(text: str, rule: str = "M305") -> list[tuple[str, str, str]]:
    return [(f.field, f.evidence, f.fix.edits[0].replacement) for f in audit_text(text) if f.rule == rule]


# --- found ----------------------------------------------------------------------------------------

def test_one_word_of_a_firms_name_one_slip_off_its_usual_spelling():
    text = _episode(summary="Pellman Brothers runs the desk; Pellman Brothers hedges it.",
                    quotes=["at Pellman Brothers we price risk daily", "Pelman Brothers was late to it"])
    assert _found(text) == [("quotes[1].text", "Pelman Brothers", "Pellman Brothers")]


def test_a_coined_name_with_a_letter_doubled():
    text = _episode(title="Inside Vexora", summary="Vexora scores loans. Vexora's model is small.",
                    quotes=["we built Vexorra for lenders"])
    assert _found(text) == [("quotes[0].text", "Vexorra", "Vexora")]


def test_a_name_cased_or_spaced_otherwise():
    text = _episode(summary="TruVex signs contracts; TruVex reads them; Nimbl AI files them.",
                    title="TruVex and Nimbl AI",
                    quotes=["Truvex flagged the clause", "Nimbl AI and NimblAI are the same tool, Nimbl AI says"])
    assert _found(text) == [("quotes[0].text", "Truvex", "TruVex"), ("quotes[1].text", "NimblAI", "Nimbl AI")]


def test_an_accent_dropped_where_the_episode_writes_it():
    text = _episode(summary="Ander Zubeldía leads risk. Ander Zubeldía hired two quants.",
                    quotes=["Ander Zubeldia told us the model is audited"])
    assert _found(text) == [("quotes[0].text", "Ander Zubeldia", "Ander Zubeldía")]


def test_the_llm_list_is_the_odd_one_where_its_own_prose_writes_the_usual_spelling():
    """M304 would take the list's "Marbleo" for right and flag the rest; the LLM's own title and
    summary write "Marblo", as the quotes do: the list is the slip."""
    text = _episode(title="How Marblo prices claims", summary="Marblo settles claims; Marblo reinsures them.",
                    quotes=["Marblo pays in seconds"],
                    entities=[("Marbleo", "Marbleo is an AI-first insurer.", False)])
    assert _found(text, "M304") == []
    assert _found(text) == [("companies[0].context", "Marbleo", "Marblo"), ("companies[0].name", "Marbleo", "Marblo")]


# --- quiet ----------------------------------------------------------------------------------------

def test_the_llm_list_stays_right_where_only_the_transcript_writes_otherwise():
    """The NER windows and the quotes spell as speech recognition heard; the LLM list is right (M304)."""
    text = _episode(quotes=["we evaluated Lumura against our readers", "Lumura won"],
                    entities=[("Lumura", "for mammography we evaluated Lumura's products", True),
                              ("Lumora", "Korean medical imaging AI company.", False)])
    assert _found(text) == []
    assert {e for _, e, _ in _found(text, "M304")} == {"Lumura"}


def test_an_accented_spelling_beside_a_few_bare_ones_stays():
    text = _episode(summary="Ander Zubeldia leads risk. Ander Zubeldia hired two quants.",
                    quotes=["Ander Zubeldía told us the model is audited"])
    assert _found(text) == []


def test_a_bare_spelling_english_writes_itself_stays():
    text = _episode(summary="She works at ETH Zürich; Zürich is where the lab sits.", quotes=["we met in Zurich"])
    assert _found(text) == []


def test_a_casing_written_twice_against_once_stays():
    text = _episode(summary="Devox traces requests; Devox ships spans.", quotes=["DevOx is the new name"])
    assert _found(text) == []


def test_forms_and_words_of_english_stay():
    text = _episode(title="Data Centers And Reinsurers",
                    summary="Data centers need power. Reinsurers and a Reinsurer; Vexora, Vexora's and the "
                            "Vexoras of this world; VEXORA in capitals.",
                    quotes=["Vexora is what we use"])
    assert _found(text) == []


def test_the_glossarys_spelling_is_never_the_slip():
    """Two "Jassey" do not make the glossary's "Jassy" (Andy Jassy) wrong."""
    text = _episode(summary="Jassey said so. Jassey again.", quotes=["Jassy told the room"])
    assert ("quotes[0].text", "Jassy", "Jassey") not in _found(text)


def test_a_name_cut_by_a_context_windows_edge_stays():
    text = _episode(summary="Vexora scores loans. Vexora is small. Vexora is fast.",
                    entities=[("Vexora", "the lenders we talked to all use Vexor", True)])
    assert _found(text) == []
