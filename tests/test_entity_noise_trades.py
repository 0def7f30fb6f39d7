"""Entity-noise reads the trade around a name in its NER window or LLM context:
- a party to a trade is a firm, not a city: "Benfica sold us two on loan", "our mixers are Hobart";
- an apposition's head noun after its modifiers: "Then & Now, the vintage shop next door";
- an article before a name is no sentence start: "The Or Foundation did the research";
- an acronym is no surname ("Franklin WH"), a shop's trade word no surname ("Ernest Chemists");
- an article inside a role's run opens another noun phrase ("Venice bookshop the host names");
- a county council is a public body, an arena a venue.
The same words in other windows keep their findings."""
import pytest

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _f5(name: str, window: str) -> list[str]:
    return [f.rule for f in audit_text(ner_entity_episode(name, window), select=["entity-noise"])]


@pytest.mark.parametrize("name, window", [
    ("Benfica", "is where we buy most of our young players now; Benfica sold us two on loan. Umbro makes"),
    ("Hobart", "Our ovens are from Bongard, and our mixers are Hobart. Cafés like Pikolo take our"),
    ("Then & Now", "which every second place in Berlin uses. Then & Now, the vintage shop next door, lets us"),
    ("Or Foundation", "on Depop and on our own Shopify store. The Or Foundation did the research on how much"),
    ("Franklin WH", "the queue is months. We added batteries from Franklin WH, and now every quote comes"),
    ("Ernest Chemists", "under an hour. Our stock comes from Ernest Chemists and from Tobinco. We work with"),
])
def test_names_in_trade_are_firms(name, window):
    assert _f5(name, window) == []


@pytest.mark.parametrize("name, window, rule", [
    ("Hobart", "she moved from Hobart to open the restaurant in Melbourne", "F504"),
    ("And Foundation", "then we fine-tune the model. And Foundation models are big and costly", "F501"),
    ("South Dublin County Council", "Tallaght Stadium is owned by South Dublin County Council, and we rent it", "F504"),
    ("Altice Arena", "the European North Basketball League. We play at Altice Arena. The league's media", "F504"),
])
def test_places_fragments_and_public_bodies_stay_found(name, window, rule):
    assert _f5(name, window) == [rule]


def test_an_article_inside_a_roles_run():
    text = llm_entity_episode("Libreria Acqua Alta", "Venice bookshop the host names by mistake at the start.")
    assert [f.rule for f in audit_text(text, select=["entity-noise"])] == []
    text = llm_entity_episode("Dana Ruiz", "The Swedish founder described his pivot.")
    assert [f.rule for f in audit_text(text, select=["entity-noise"])] == ["F504"]


@pytest.mark.parametrize("name, window", [
    # a product said short, its maker in the window; a firm bought; a tool used; a place before an acronym
    ("Teams", "and so does Microsoft's Reading Progress in Teams, which is free for schools. The teacher"),
    ("Blue River", "Deere has See & Spray, which came out of their Blue River acquisition, and that one sprays"),
    ("Brisk Teaching", "What I do use is Brisk Teaching for feedback drafts in Google Docs, and Magic School"),
    ("BIPA", "a new state law, modelled partly on the Illinois BIPA statute, that says a face match alone"),
])
def test_products_firms_and_laws_by_their_neighbours(name, window):
    assert [r for r in _f5(name, window) if r in ("F502", "F504")] == []


def test_ordinary_words_after_our_and_teams_without_their_maker_stay_generic():
    assert _f5("Online Marketplace", "yeah. Our Online Marketplace sales are flat this year and") == ["F504"]
    assert _f5("Teams", "we split the company into two Teams last year, and it worked") == ["F504"]


@pytest.mark.parametrize("name, window", [
    ("Ordre des pharmaciens", "patients book vaccinations with us now. The Ordre des pharmaciens sets what we may sell"),
    ("Huurcommissie", "with a service called Huurcheck. The Huurcommissie settles disputes about rent, and"),
    ("Metro Transit", "I'd recommend to anyone renting out anything. Metro Transit lets bikes on the light rail"),
    ("Comune di Firenze", "the permits are slow, and the Comune di Firenze runs the trams as well"),
])
def test_public_bodies_named_in_their_own_languages(name, window):
    assert _f5(name, window) == ["F504"]


def test_an_app_named_transit_is_no_public_body():
    assert _f5("Transit", "we use Transit to plan routes across the city, and") == []
