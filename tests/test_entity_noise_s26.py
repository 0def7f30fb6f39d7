"""Entity noise: places that no list holds, named so by the words around them (an NER window's
"an office in", "headquartered in"; an LLM context that opens on "City where"), offices named by
a public function ("Copyright Office"), and the field's tasks title-cased ("Speech Recognition",
"Text To Speech") are no companies (F504); products in the same spots stay."""

from __future__ import annotations

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _f504(text: str) -> list[str]:
    return [f.evidence for f in audit_text(text, select=("entity-noise",)) if f.rule == "F504"]


def test_a_place_by_the_words_before_it_in_its_window():
    assert _f504(ner_entity_episode("Wrocław", "grew fast, so last year we opened an office in Wrocław and hired twelve engineers the")) == ["Wrocław"]
    assert _f504(ner_entity_episode("Asturias", "ink the company is headquartered in Asturias, which surprises people when")) == ["Asturias"]
    # a product's place in speech: docs live in it, data is located in it, a team moved to it;
    # a brand's spelling ("WeWork") after "offices in" is no place
    assert _f504(ner_entity_episode("Coda", "ll of our planning docs live in Coda and the roadmap too, which is a")) == []
    assert _f504(ner_entity_episode("Redshift", "e the data is located in Redshift and nobody wants to move it again")) == []
    assert _f504(ner_entity_episode("WeWork", "e had offices in WeWork buildings for years, it was fine, honestly")) == []


def test_a_place_by_its_llm_context():
    assert _f504(llm_entity_episode("Eindhoven", "City where the guest's chip design team is based.", "ai_hardware")) == ["Eindhoven"]
    assert _f504(llm_entity_episode("Kigali", "The capital of Rwanda, cited for its drone delivery pilots.", "ai_application")) == ["Kigali"]
    assert _f504(llm_entity_episode("CalCompute", "The state of California's proposed public cloud for AI research.",
                                    "ai_infrastructure")) == []
    assert _f504(llm_entity_episode("Island", "A startup that builds an enterprise browser.", "ai_startup")) == []


def test_an_office_named_by_a_public_function():
    assert _f504(ner_entity_episode("Copyright Office", "the Copyright Office said last month that prompts alone are no")) == ["Copyright Office"]
    assert _f504(llm_entity_episode("Patent and Trademark Office", "Agency reviewing AI inventorship.", "governance_entity")) \
        == ["Patent and Trademark Office"]
    assert _f504(llm_entity_episode("Microsoft Office", "Productivity suite getting Copilot features.", "ai_application")) == []


def test_the_fields_tasks_title_cased():
    assert _f504(ner_entity_episode("Speech Recognition", "years ago. Speech Recognition used to be the hard part, now it is a")) == ["Speech Recognition"]
    assert _f504(ner_entity_episode("Text To Speech", "ack. Text To Speech is basically solved for English at this point")) == ["Text To Speech"]
    assert _f504(ner_entity_episode("Speechmatics", "we evaluated Speechmatics and two others for the call centre")) == []


def test_a_companys_figures_and_a_teams_practices_title_cased():
    for name in ("Unit Economics", "Burn Rate", "Cap Table", "Tech Debt", "Test Coverage", "Knowledge Workers",
                 "Talent War", "Context Windows"):
        assert _f504(ner_entity_episode(name, f"we keep coming back to it. {name} is what matters now for every team")) == [name], name
    # products and funds named with such words stay ("Windows" is Microsoft's, "Race Capital" a fund)
    for name in ("Windows", "Windows Server", "Review Board", "Deployment Manager", "Race Capital", "Hype Machine"):
        assert _f504(ner_entity_episode(name, f"we talked to them about it. {name} is doing interesting things with agents")) == [], name
