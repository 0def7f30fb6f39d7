"""C1002 also flags the entries of one pass that use the other pass's category vocabulary: an LLM
entry `unknown` among LLM entries `big_tech`/`ai_company`, an NER entry `ai_company` among NER
entries `tech`/`unknown`, an LLM entry `tech` among `ai_*` ones; a file whose passes each keep to
their own vocabulary (the pipeline's layout) gets no C1002 finding, and one of the opt-in C1010."""
from tests.conftest import audit_text, episode_text


def _file(entities: list[tuple[str, str, bool]]) -> str:
    rows = []
    for k, (name, category, llm) in enumerate(entities):
        rows.append(f"- category: {category}\n  confidence: high\n  context: {name} was discussed.\n"
                    f"  name: {name}\n" + ("  source: llm_enhanced\n" if llm else f"  position: {100 * (k + 1)}\n"))
    return episode_text("title: x\ncompanies:\n" + "".join(rows))


def c1002_fields(entities) -> list[str]:
    return sorted(f.field for f in audit_text(_file(entities)) if f.rule == "C1002")


def test_each_pass_in_its_own_vocabulary_is_flagged_only_by_the_opt_in_rule():
    entities = [("Meta", "tech", False), ("Google", "unknown", False), ("Nvidia", "unknown", False),
                ("Meta", "big_tech", True), ("Anthropic", "ai_company", True)]
    assert c1002_fields(entities) == []
    assert [f.rule for f in audit_text(_file(entities)) if f.family == "consistency"] == []
    opted = audit_text(_file(entities), select=("C1010",))
    assert [(f.rule, f.field) for f in opted] == [("C1010", "companies[3].category")]
    assert "big_tech" in opted[0].message and "tech, unknown" in opted[0].message


def test_an_llm_entry_in_the_ner_vocabulary_is_flagged():
    fields = c1002_fields([("Meta", "tech", False), ("Google", "unknown", False), ("Honeycomb", "unknown", False),
                           ("OpenAI", "ai_company", True), ("Honeycomb", "unknown", True), ("Datadog", "ai_infrastructure", True)])
    assert "companies[4].category" in fields


def test_tech_in_the_llm_pass_is_the_ner_word_unless_the_team_lists_it():
    # (session 34: the blind corpora key an LLM entry "tech" among "ai_*" entries as a mix; a team
    # whose LLM pass writes "tech" lists it in `vocabularies.llm_may_write`)
    entities = [("Meta", "tech", False), ("Google", "unknown", False), ("Novartis", "unknown", False),
                ("OpenAI", "ai_company", True), ("Novartis", "tech", True), ("Datadog", "ai_infrastructure", True)]
    assert "companies[4].category" in c1002_fields(entities)


def test_an_ner_entry_in_the_llm_vocabulary_is_flagged():
    fields = c1002_fields([("Packard", "unknown", False), ("OpenTelemetry", "ai_company", False),
                           ("Grafana", "tech", False), ("Quill", "unknown", False),
                           ("OpenAI", "ai_company", True), ("Datadog", "ai_infrastructure", True), ("Meta", "big_tech", True)])
    assert "companies[1].category" in fields


def test_an_llm_pass_of_two_entries_one_in_each_vocabulary_flags_the_ner_one():
    fields = c1002_fields([("Tribune", "unknown", False), ("Press", "unknown", False), ("Pro", "unknown", False),
                           ("Tribune", "unknown", True), ("MacArthur", "ai_research", True)])
    assert fields == ["companies[3].category"]


def test_one_pass_alone_is_not_judged():
    assert c1002_fields([("Meta", "big_tech", True), ("Honeycomb", "tech", True), ("OpenAI", "ai_company", True)]) == []
