"""D601: an LLM entry whose name hedges its own spelling ("Carvana (or Carvanna)") is the entity
another entry names alone ("Carvana"); a hedge between two different names ("Suno (or Udio)") or
a hedged name no entry names alone stays apart."""
from tests.conftest import audit_text, episode_text


def _companies(*entries: tuple[str, str]) -> str:
    rows = []
    for i, (name, source) in enumerate(entries):
        rows.append(f"- category: unknown\n  confidence: medium\n  context: {name} came up.\n  name: {name}\n"
                    + (f"  position: {100 * (i + 1)}\n" if source == "ner" else "  source: llm_enhanced\n"))
    return episode_text("title: x\ncompanies:\n" + "".join(rows))


def _dups(text: str) -> list[tuple[str, str]]:
    return [(f.field, f.evidence) for f in audit_text(text, select=["duplicate"])]


def test_a_hedged_spelling_is_the_entity_named_alone():
    assert _dups(_companies(("Carvana", "ner"), ("Hertz", "ner"), ("Carvana (or Carvanna)", "llm"))) == [
        ("companies[2].name", "Carvana (or Carvanna)")]
    assert _dups(_companies(("Apeel", "ner"), ("Apeel (aka Apeel Sciences)", "llm"))) == [
        ("companies[1].name", "Apeel (aka Apeel Sciences)")]


def test_a_hedge_between_two_names_or_without_a_plain_twin_stays_apart():
    assert _dups(_companies(("Suno", "ner"), ("Suno (or Udio)", "llm"))) == []
    assert _dups(_companies(("Lama 3", "ner"), ("Lama (or Llama)", "llm"))) == []
