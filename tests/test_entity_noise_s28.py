"""Entity noise: cities no place list names, venues and buildings, public bodies by their acronym,
plurals of acronyms, an event's head word cut from its name, a method named after a person; and
what a firm's description or its window outweighs: a function word that names a firm, a person-shaped
firm named after its founder, a league or standards body under a governance category or with a
public body's shape."""

from __future__ import annotations

from tests.conftest import audit_text, llm_entity_episode, ner_entity_episode


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.evidence) for f in audit_text(text, select=("entity-noise",))]


def test_a_city_of_the_generated_list_is_a_place_in_a_window_or_an_llm_context():
    assert _rules(ner_entity_episode("Ibadan", "The pilot with pharmacies around Ibadan went better than the one we ran before.")) == [
        ("F504", "Ibadan")]
    assert _rules(ner_entity_episode("Wolverhampton", "our support staff sit in Wolverhampton, and honestly the team there is great")) == [
        ("F504", "Wolverhampton")]
    assert _rules(llm_entity_episode("Tulsa", "Mentioned as the place where the remote workers were paid to relocate.")) == [
        ("F504", "Tulsa")]
    # a firm's description, a firm's kind before it in its window, a company word after it
    assert _rules(llm_entity_episode("Tulsa", "Software company that sells dispatch tools to utilities.")) == []
    assert _rules(ner_entity_episode("Ibadan", "regional distributors like Ibadan and Mercury ship the drugs to the clinics")) == []
    # a brand's spelling with a capital inside, and a city named like a well-known firm, left out of the list
    assert _rules(ner_entity_episode("WuXi", "the contract makers, WuXi mostly, were named in the bill last year")) == []
    assert _rules(ner_entity_episode("Hamamatsu", "the sensors come from Hamamatsu and they are the best you can buy")) == []


def test_a_place_by_the_words_before_it_or_a_venue_by_its_name_or_description():
    assert _rules(ner_entity_episode("Tacomaville", "and then the city of Tacomaville built a municipal broadband network for everyone")) == [
        ("F504", "Tacomaville")]
    assert _rules(llm_entity_episode("Ashton Gate", "Mentioned as the stadium where the fan app was first tested.")) == [
        ("F504", "Ashton Gate")]
    assert _rules(llm_entity_episode("Harbourview Stadium", "Mentioned by the host.")) == [
        ("F504", "Harbourview Stadium")]
    assert _rules(llm_entity_episode("Woolworth Building", "Mentioned by the host.")) == [
        ("F504", "Woolworth Building")]
    # a firm named after a venue
    assert _rules(llm_entity_episode("Harbourview Stadium Group", "Company that owns the arena.")) == []


def test_public_bodies_by_their_acronym_and_a_governance_category_without_public_words():
    assert _rules(ner_entity_episode("DVLA", "Then the DVLA wrote back after six weeks saying the form was wrong.")) == [
        ("F504", "DVLA")]
    assert _rules(ner_entity_episode("TSA", "The TSA lines at the airport were longer than ever this summer.")) == [
        ("F504", "TSA")]
    # a league or a standards body is no government, a category or a public body's shape aside
    assert _rules(llm_entity_episode("NHL", "Hockey league that sold the streaming rights.", "governance_entity")) == []
    assert _rules(llm_entity_episode("International Safety Council", "Nonprofit standards body that writes the fire codes.",
                                     "standards_body")) == []
    assert _rules(llm_entity_episode("International Safety Council", "Federal agency overseeing the fire codes.")) == [
        ("F504", "International Safety Council")]
    assert _rules(llm_entity_episode("Water Board", "Public regulator of the utilities.", "governance_entity")) == [
        ("F504", "Water Board")]


def test_plural_acronyms_event_head_words_and_methods_are_generic():
    assert _rules(ner_entity_episode("CDMOs", "most of the biotechs outsource manufacturing to CDMOs in India and Korea now")) == [
        ("F504", "CDMOs")]
    assert _rules(llm_entity_episode("ISVs", "Independent software vendors that build on the platform.")) == [
        ("F504", "ISVs")]
    assert [r for r, _ in _rules(ner_entity_episode("Bowl", "We bought an ad during the Super Bowl and the signups did not move at all."))] == [
        "F502"]
    assert [r for r, _ in _rules(ner_entity_episode("Tour", "The Tour de Suisse sponsorship was the biggest deal we ever signed."))] == [
        "F502"]
    assert _rules(llm_entity_episode("Marathon", "Race the brand sponsored in the spring.")) == [("F504", "Marathon")]
    assert _rules(ner_entity_episode("Delphi", "so we forecast demand with the Delphi method, asking twelve experts twice")) == [
        ("F504", "Delphi")]
    # a firm named with an event's word; a firm's product after its name
    assert _rules(llm_entity_episode("Marathon", "Oil refining company based in Ohio.")) == []
    assert _rules(ner_entity_episode("Delphi", "the parts supplier Delphi shipped the new sensors to the carmakers in March")) == []


def test_a_firm_that_its_description_or_its_window_names_is_kept():
    # a function word alone, described as a firm
    assert _rules(llm_entity_episode("Whether", "Weather app company acquired by a media group.", "tech")) == []
    assert [r for r, _ in _rules(llm_entity_episode("Whether", "Mentioned by the host."))] == ["F501"]
    # a clause's conjunction after a lowercase word of its sentence, capitalised as written
    assert _rules(ner_entity_episode("If Only", "we stocked the snack brand If Only in every store, and it sold out fast")) == []
    assert [r for r, _ in _rules(ner_entity_episode("If Stripe", "nobody knew the answer. If Stripe had waited a year, it would be different"))] == [
        "F501"]
    # a founder's name that a firm's head noun describes
    assert _rules(llm_entity_episode("Harvey Nichols", "British luxury department store chain that tested the stylist bot.", "retail")) == []
    assert _rules(llm_entity_episode("Peter Brandt", "Investor who co-founded two payments firms.")) == [
        ("F504", "Peter Brandt")]


def test_a_public_body_or_a_method_by_its_description_and_a_place_after_some_words():
    assert _rules(llm_entity_episode("Border Force", "UK agency that checks passports and cargo at the ports.")) == [
        ("F504", "Border Force")]
    assert _rules(llm_entity_episode("Harrow Watch", "Government watchdog overseeing the rail operators.")) == [
        ("F504", "Harrow Watch")]
    assert _rules(llm_entity_episode("Brinkley Index", "Statistical formula estimating a team's expected wins.")) == [
        ("F504", "Brinkley Index")]
    assert _rules(llm_entity_episode("Zorrilla", "Mentioned as the small Spanish town where the founder grew up.")) == [
        ("F504", "Zorrilla")]
    # an agency of a trade, a formula's racing team, a firm's description
    assert _rules(llm_entity_episode("Mother London", "Independent creative agency that made the launch film.")) == []
    assert _rules(llm_entity_episode("Harrow Motorsport", "Formula 1 team owned by a consortium.")) == []
    assert _rules(llm_entity_episode("Tolworth Analytics", "Analytics company whose formula predicts churn.")) == []


def test_a_name_cut_before_a_hyphen_and_a_capital_and_generations_of_people():
    assert [r for r, _ in _rules(ner_entity_episode("Rolls", "they bought the engines from Rolls-Royce for the new planes last year"))] == [
        "F502"]
    assert _rules(ner_entity_episode("Google", "a Google-backed startup built the tool, and it worked better than ours")) == []
    assert _rules(llm_entity_episode("Gen Alpha", "Cohort of kids the toy brand wants to reach.")) == [("F504", "Gen Alpha")]


def test_a_brand_that_the_llm_pass_describes_or_that_is_a_title_is_no_fragment():
    from tests.conftest import episode_text
    import json

    def both(name, window, context):
        return episode_text(
            "title: x\ncompanies:\n"
            f"- category: unknown\n  confidence: medium\n  context: {json.dumps(window)}\n  name: {json.dumps(name)}\n"
            "  position: 10\n"
            f"- category: food\n  confidence: high\n  context: {json.dumps(context)}\n  name: {json.dumps(name)}\n"
            "  source: llm_enhanced\n")
    window = "we tried everything. So Tasty makes the oat ice cream my kids ask for every week"
    assert _rules(both("So Tasty", window, "Dairy-free dessert brand sold in grocery stores.")) == []
    assert [r for r, _ in _rules(ner_entity_episode("So Tasty", window))] == ["F501"]
    assert [r for r, _ in _rules(both("So Tasty", window, "Mentioned by the host."))] == ["F501", "F501"]
    assert _rules(llm_entity_episode("Did I Get Hacked", "Lookup where users check a leaked email.", "tech")) == []


def test_a_place_by_a_distance_or_a_direction_before_it():
    assert _rules(ner_entity_episode("Franschhoek", "There is a small winery just outside Franschhoek that runs the whole thing on solar")) == [
        ("F504", "Franschhoek")]
    assert _rules(ner_entity_episode("Wenchi", "The cocoa co-op two hours from Wenchi was the first to pay for the app")) == [
        ("F504", "Wenchi")]


def test_a_role_before_a_kind_of_firm_a_titled_llm_name_and_a_founder_named_brand_in_a_list():
    assert _rules(llm_entity_episode("Halden Marsh", "Executive search firm that placed the new CFO.", "consulting")) == []
    assert _rules(llm_entity_episode("Halden Marsh", "Executive who ran the bank's trading desk.")) == [
        ("F504", "Halden Marsh")]
    assert _rules(llm_entity_episode("If Then Orbix", "Automation service that links apps and devices.", "tech")) == []
    assert _rules(ner_entity_episode("Tommy Vance", "Sock brands like Tommy Vance spend most of their budget on podcasts.")) == []
    assert _rules(ner_entity_episode("Tommy Vance", "I asked Tommy Vance about it and he laughed at the whole idea.")) != []


def test_ratios_effects_heuristics_and_blocs_of_a_trade_are_no_firms():
    assert _rules(ner_entity_episode("Treynor", "the Treynor ratio of that portfolio was awful after the fees")) == [
        ("F504", "Treynor")]
    assert _rules(ner_entity_episode("Osborne", "announcing the next model early is the Osborne effect all over again")) == [
        ("F504", "Osborne")]
    assert _rules(llm_entity_episode("Hofstadter", "Heuristic that projects always take longer than expected.")) == [
        ("F504", "Hofstadter")]
    assert _rules(llm_entity_episode("Big Oil", "The oil majors taken as a bloc.")) == [("F504", "Big Oil")]


def test_an_event_by_its_whole_name_a_coefficient_and_a_philosophy_and_an_agency_of_a_trade():
    assert _rules(ner_entity_episode("Preakness Derby", "We ran the campaign during the Preakness Derby and it flopped badly.")) == [
        ("F504", "Preakness Derby")]
    assert _rules(llm_entity_episode("Harbour Marathon", "Mentioned as the race the running app sponsored.")) == [
        ("F504", "Harbour Marathon")]
    assert _rules(llm_entity_episode("Harbour Marathon", "Event company that organises city races.", "events")) == []
    assert _rules(ner_entity_episode("Theil", "the Theil coefficient for that region went up a lot last year")) == [
        ("F504", "Theil")]
    assert _rules(llm_entity_episode("Wabi", "Japanese philosophy of imperfection the designer follows.")) == [
        ("F504", "Wabi")]
    assert _rules(llm_entity_episode("Parliament Square Partners", "Recruitment agency for technology roles.", "staffing")) == []
    assert _rules(llm_entity_episode("Parliament Square Partners", "Mentioned for lobbying the ministers.")) != []
