"""What the grounding (G9xx) and consistency (C10xx) families must show on the real seed episode,
and that they generalise: the same defects planted with other names in other files are found."""

from __future__ import annotations

import textwrap

import pytest

from tests.conftest import SEED, audit_text, episode_text


@pytest.fixture(scope="module")
def seed_findings():
    return audit_text(SEED.read_text(encoding="utf-8"), select=["G9", "C10"], name=SEED.name)


def _by_rule(findings, code):
    return [f for f in findings if f.rule == code]


def test_seed_ungrounded_model_names(seed_findings):
    flagged = {f.evidence for f in _by_rule(seed_findings, "G901")}
    assert {"Claude 3 Opus", "Claude 3 Sonnet", "Gemini 1.5 Flash"} <= flagged
    # names that occur somewhere, in any spelling the glossary knows, are grounded
    grounded = {"Gemini models", "Google", "Meta AI", "Lama 3", "Lama 4", "Lama (or Llama)", "LamaGuard",
                "Claude", "Anthropic", "OpenAI", "Seal", "Scale", "Scale Data Foundry", "WorkOS",
                "WorkOS Radar", "Cursor", "Zuck", "DeepSeek", "MIT", "Previous administration",
                "Instagram", "WhatsApp", "Code Shield", "Meta Mate", "Reality Labs", "Nvidia"}
    assert not flagged & grounded
    # whatever else is flagged really occurs in no text of the file but its own entry (its name, and
    # its context where that denies the mention: "Hugging Face was not mentioned")
    import yaml

    text = SEED.read_text(encoding="utf-8")
    entities = yaml.safe_load(text.split("\n---", 1)[0][4:])["companies"]
    for f in _by_rule(seed_findings, "G901"):
        own = entities[int(f.field.split("[")[1].split("]")[0])]
        name = f.evidence
        assert text.count(name) == 1 + own.get("context", "").count(name), name
    # entities whose context admits "not mentioned" and whose names occur in no text are ungrounded
    # too (session 34: the blind corpora that score grounding key them so); N201 reports the denial
    assert {"Databricks", "Pinecone", "Hugging Face", "MIT CSAIL", "Stanford AI Lab"} <= flagged
    for f in _by_rule(seed_findings, "G901"):
        assert f.family == "grounding" and f.field.endswith(".name")


def test_seed_consistency(seed_findings):
    mismatch = {(f.field, f.evidence) for f in _by_rule(seed_findings, "C1001")}
    names = {f.message.split("'")[1] for f in _by_rule(seed_findings, "C1001")}
    assert {"Gemini 1.5 Flash", "Zuck"} <= names and all(e == "big_tech" for _, e in mismatch)
    # each pass keeps its own vocabulary (tech/unknown, big_tech/ai_company): the opt-in C1010's
    assert not _by_rule(seed_findings, "C1002") and not _by_rule(seed_findings, "C1010")
    two = audit_text(SEED.read_bytes(), select=["C1010"])
    assert [(f.rule, f.evidence) for f in two] == [("C1010", "unknown")]
    assert len(_by_rule(seed_findings, "C1004")) == 1  # has_transcript: false with 42 positions
    dupes = _by_rule(seed_findings, "C1007")
    # the same quote twice (quotes[62], quotes[110]), and a quote whole inside another scored otherwise
    assert sorted(f.field for f in dupes if "is also" in f.message) == ["quotes[110].relevance_score",
                                                                       "quotes[62].relevance_score"]
    assert sorted(f.field for f in dupes if "is also" not in f.message) == [
        f"quotes[{k}].relevance_score" for k in (104, 29, 35, 41, 47, 72, 87, 94)]
    # (session 41: quotes[29] and quotes[72] repeat quotes[10] and quotes[3] but for a filler word,
    # "kind of" and "So,", with another score)
    for code in ("C1003", "C1005", "C1006", "C1009"):  # what the seed gets right stays quiet
        assert not _by_rule(seed_findings, code), code
    assert all(f.family == "consistency" for f in seed_findings if f.rule.startswith("C10"))


def test_other_names_other_files():
    """The same defects with names the seed never uses."""
    text = episode_text(textwrap.dedent("""\
        title: Chips, clouds and a new assistant from Mistral
        summary: |
          ## Overview
          Mistral AI's Le Chat and AMD's new accelerators; Groq's inference speed.
          ### Notable Companies
          * **Mistral AI:** the guest's company.
          * **AMD:** MI300 accelerators.
          * **Cerebras:** wafer-scale chips.
        date: '2024-11-02'
        processing_date: 2024-11-01 08:00:00 +0000
        duration: 20
        has_transcript: false
        companies:
        - {name: Mistral AI, category: tech, position: 40, context: the founders of Mistral AI said}
        - {name: AMD, category: tech, position: 900000, context: AMD shipped the MI300 to}
        - {name: Groq, category: tech, position: 700, context: and Groq serves tokens fast}
        - name: Le Chat
          category: ai_application
          source: llm_enhanced
          context: Mistral's assistant.
        - name: Mistral Large 2
          category: ai_company
          source: llm_enhanced
          context: Mistral's flagship model, compared with GPT-4o.
        - name: Codestral Mamba
          category: ai_application
          source: llm_enhanced
          context: A code model from Mistral.
        quotes:
        - {text: Speed is the product., relevance_score: 8}
        - {text: 'Speed is the product', relevance_score: 3}
        """))
    found = audit_text(text, select=["G9", "C10", "C1010"])
    got = {(f.rule, f.evidence) for f in found}
    assert ("G901", "Mistral Large 2") in got and ("G901", "Codestral Mamba") in got
    assert ("G901", "Le Chat") not in got
    assert ("C1001", "ai_company") in got  # a model listed as a company
    assert ("C1010", "ai_application") in got or ("C1010", "ai_company") in got
    assert ("C1004", "false") in got
    assert ("C1005", "2024-11-02") in got  # the date not in the pipeline's format
    assert ("C1006", "2024-11-01 08:00:00 +0000") in got
    assert ("C1007", "3") in got
    assert ("C1008", "Cerebras") in got and ("C1008", "AMD") not in got
    assert ("C1009", "900000") in got
    assert ("C1003", "900000") not in got  # one finding per defect: impossible positions are C1009's


def test_consistency_knowledge_extends_and_fails_loudly(tmp_path):
    from audit.ruleset import RuleSetError

    extra = tmp_path / "team"
    extra.mkdir()
    (extra / "consistency.yaml").write_text("kinds:\n  product:\n    forbidden: [big_tech]\n")
    text = episode_text("companies:\n- {name: WhatsApp, category: big_tech, source: llm_enhanced}\n")
    assert not audit_text(text, select=["C1001"])
    assert [f.evidence for f in audit_text(text, select=["C1001"], rules_dirs=[extra])] == ["big_tech"]

    (extra / "consistency.yaml").write_text("kinds:\n  product:\n    allowed: [a]\n    forbidden: [b]\n")
    with pytest.raises(RuleSetError, match=r"consistency\.yaml: kinds\.product: give either"):
        audit_text(text, select=["C1001"], rules_dirs=[extra])


def test_a_name_must_stand_in_one_text():
    """A name whose words end one text and start the next is not grounded by them."""
    text = episode_text(textwrap.dedent("""\
        title: Models compared
        summary: We compare Anthropic's models.
        companies:
        - name: Claude 3 Opus
          category: ai_model
          source: llm_enhanced
          context: Anthropic's largest model.
        - name: Codestral Mamba
          category: ai_model
          source: llm_enhanced
          context: A code model.
        quotes:
        - text: The best model we tried was Claude
          impact_reason: 3 Opus-level quality is what we need.
        - text: Codestral Mamba writes code fast.
        """))
    got = {f.evidence for f in audit_text(text, select=["G901"])}
    assert "Claude 3 Opus" in got
    assert "Codestral Mamba" not in got  # the same name inside one text grounds it


@pytest.mark.parametrize("name, kind", [("Cursor", "product"), ("AWS", "cloud"), ("Stanford HAI", "research_org")])
def test_an_org_or_product_categorised_as_a_person_is_a_mismatch(name, kind):
    from audit.glossary import glossary
    from audit.ruleset import Knowledge

    entry = glossary(Knowledge.load([])).lookup(name)
    assert entry is not None and entry.kind == kind, (name, entry)
    text = episode_text(f"companies:\n- {{name: {name}, category: person, source: llm_enhanced}}\n"
                        f"- {{name: {name}, category: ai_company, source: llm_enhanced}}\n")
    assert [(f.field, f.evidence) for f in audit_text(text, select=["C1001"])] == [("companies[0].category", "person")]
