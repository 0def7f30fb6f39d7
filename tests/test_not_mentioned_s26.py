"""Denials of a mention in the other languages the enrichment LLM writes an entity's context in
(the episode's language): Spanish, Portuguese, French, Italian, German, Dutch, Scandinavian, Polish,
Russian, Chinese, Japanese, Korean; each beside a context in that language that says the entity
was mentioned, or denies a thing of it, which stays quiet. In English, a denial about a thing named
by a noun of the entity's kind ("the product names were never stated") stays quiet beside one about
the entity's own name."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode


def _flagged(context: str, confidence: str = "low") -> bool:
    found = audit_text(llm_entity_episode("Zentrix", context, "ai_company", confidence), select=("N201",))
    return [f.field for f in found] == ["companies[0].context"]


@pytest.mark.parametrize("denial, mention", [
    ("No se menciona en el episodio; se incluye por el tema de la nube.", "Mencionada como proveedor de GPU del invitado."),
    ("No fue mencionada explícitamente.", "Mencionada como rival; no se menciona su precio."),
    ("Sin mención directa en la transcripción.", "Mencionada por el anfitrión como su nube."),
    ("Não foi citado no episódio.", "Citado pelo convidado como concorrente."),
    ("Nenhuma menção direta; incluído pelo contexto.", "Mencionado como parceiro."),
    ("Pas mentionnée dans l'épisode.", "Citée par l'invité comme concurrent direct."),
    ("L'entreprise n'est jamais citée par les invités.", "Mentionnée comme fournisseur; n'est pas citée sa valorisation."),
    ("Aucune mention explicite dans la transcription.", "Mentionnée par l'animateur."),
    ("Non viene menzionata nel podcast.", "Menzionata come concorrente."),
    ("Nessuna menzione diretta.", "Citata come partner dell'ospite."),
    ("Wird im Gespräch nicht namentlich genannt.", "Als Cloud-Anbieter des Gastes erwähnt."),
    ("Keine direkte Erwähnung im Transkript.", "Vom Gast als Partner genannt."),
    ("Nergens genoemd in de podcast.", "Genoemd als investeerder in de laatste ronde."),
    ("Nämns inte i avsnittet.", "Nämns som partner."),
    ("Nie została wymieniona w odcinku.", "Wymieniona jako partner."),
    ("Не упоминается в выпуске.", "Упоминается как партнёр."),
    ("节目中没有提到该公司。", "嘉宾提到该公司是合作伙伴。"),
    ("本エピソードでは言及されていない。", "ゲストがパートナーとして言及した。"),
    ("에피소드에서 언급되지 않음.", "게스트가 파트너로 언급함."),
])
def test_denial_in_another_language_is_flagged_and_a_mention_is_not(denial, mention):
    assert _flagged(denial)
    assert not _flagged(mention, "high")


@pytest.mark.parametrize("other, own", [
    ("Mentioned, though the product names were never stated.", "Listed, but the company name was never said."),
    ("Named as the supplier; the model names were not mentioned.", "The company itself is not mentioned in the episode."),
])
def test_denial_of_a_thing_of_its_kind_is_quiet(other, own):
    assert not _flagged(other, "high")
    assert _flagged(own)


@pytest.mark.parametrize("denial, thing_denied", [
    ("No se hace ninguna mención de la empresa.", "Mencionada por el invitado; no se mencionan cifras."),
    ("Ni siquiera se menciona.", "Mencionada como socia; no se menciona su precio."),
    ("Pas de mention dans l'épisode.", "Cité comme concurrent; son prix n'est pas mentionné."),
    ("N'apparaît pas dans la transcription.", "Mentionnée par l'invité; les montants ne sont pas cités."),
    ("Taucht im Gespräch nicht auf.", "Als Partner erwähnt; Preise wurden nicht genannt."),
    ("Komt niet aan bod in de aflevering.", "Genoemd als klant; bedragen werden niet genoemd."),
    ("Nie pojawia się w odcinku.", "Wymieniona jako partner; ceny nie zostały wymienione."),
])
def test_other_phrasings_flagged_and_a_thing_of_a_mentioned_entity_is_not(denial, thing_denied):
    """A verb of making a mention or of appearing, "pas de mention", "ni siquiera"; and a denial after
    a clause in the same language that says the entity was mentioned is about a thing of it."""
    assert _flagged(denial)
    assert not _flagged(thing_denied, "high")


@pytest.mark.parametrize("denial, thing_denied", [
    ("Only inferable from context.", "Mentioned; its market share is only inferable from the guest's numbers."),
    ("Merely inferrable from the discussion of GPUs.", "Mentioned as the lab whose results are only inferable, not published."),
    ("Just deducible from the topic.", "Named by the host; its revenue is only deducible from public filings."),
])
def test_only_inferable_is_a_denial(denial, thing_denied):
    """"only inferable" says what "only inferred" says; said of a thing of a mentioned entity it is quiet."""
    assert _flagged(denial)
    assert not _flagged(thing_denied, "high")
