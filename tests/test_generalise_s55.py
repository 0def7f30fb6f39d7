"""Session 55: false alarms of the held-out corpora blind147-150 (legal AI, AI for science, humanoid
robots, games and world models), each mended by a general rule, with what must still be found:

- M304: a name the LLM pass lists with its possessive ("Shepard's", as in Shepard's Citations) is
  no respelling of its stem in the texts ("Shepardize", "Shepard").
- M305: a phrase of English words that the episode also writes in lowercase is ordinary words in
  either spelling ("Reinforcement-learning control" beside "Reinforcement Learning").
- M303: a verb, a small word and a name ("Reflects on xAI's targets") is no misspelling of a longer
  name ("Reflection AI").
- A401: a person named while a firm is founded with them came from the firm named after them
  ("co-founded it with Liam Fedus from OpenAI").
- M301/M303: a lowercase word before a hyphen ends no name ("Brett Adcock co-led it" is no
  misspelt "Brett Adcock co").
- M301: a listed misspelling the words scan cannot take whole (an "&" or "/" in it, or four words
  or more) is found as written; every listed misspelling is found in a plain sentence but a few.
"""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, episode_text, ner_entity_episode, quote_episode


def _findings(text: str, family: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.field, f.evidence) for f in audit_text(text) if f.family == family]


def _episode(companies: list[dict], quotes: list[str] = (), summary: str = "x") -> str:
    import yaml

    fm = {"title": "x", "summary": summary, "companies": companies,
          "quotes": [{"relevance_score": 7, "source": "llm_enhanced", "text": q} for q in quotes]}
    return episode_text(yaml.safe_dump(fm, sort_keys=False, width=1000, allow_unicode=True))


def test_a_listed_name_with_its_possessive_is_no_respelling_of_its_stem():
    text = _episode(
        [{"category": "tech", "confidence": "high", "name": "Westlaw", "position": 100,
          "context": "pull every one of those cites into Westlaw or Lexis and KeyCite or Shepardize them in ab"},
         {"category": "product", "confidence": "high", "name": "Shepard's", "source": "llm_enhanced",
          "context": "The LexisNexis citator, mentioned alongside KeyCite as a safeguard against invented authority."}],
        summary="Vendors compete on verifiability: KeyCite and Shepard's integration is becoming a selling point.")
    assert [f for f in _findings(text, "misspelling") if f[0] == "M304"] == []


def test_a_name_respelt_beside_the_llm_list_is_still_found():
    text = _episode(
        [{"category": "ai_company", "confidence": "high", "name": "Lumora Labs", "source": "llm_enhanced",
          "context": "A start-up building review tools for contract teams."},
         {"category": "tech", "confidence": "medium", "name": "Lumura Labs", "position": 100,
          "context": "we piloted Lumura Labs for the NDA queue and it cut review time in ha"}])
    assert ("M304", "companies[1].name", "Lumura Labs") in _findings(text, "misspelling")


def test_a_phrase_the_episode_writes_in_lowercase_is_no_minority_spelling():
    quotes = ["Reinforcement Learning control is how they kept the plasma stable.",
              "The Reinforcement Learning controller ran on the TCV tokamak.",
              "We trained a Reinforcement Learning policy in simulation first.",
              "Reinforcement-learning control will move from research to standard equipment.",
              "Plasma control with reinforcement learning is now routine in the lab."]
    text = _episode([], quotes=quotes)
    assert [f for f in _findings(text, "misspelling") if f[0] == "M305"] == []


def test_a_verb_a_small_word_and_a_name_is_no_longer_name_misspelt():
    assert _findings(quote_episode("Reflects on xAI's Optimus targets versus realistic deployment."),
                     "misspelling") == []
    assert _findings(quote_episode("Reflexion AI raised a new round."), "misspelling") == [
        ("M303", "quotes[0].text", "Reflexion AI")]


def test_a_person_a_firm_is_founded_with_came_from_the_firm_after_them():
    quiet = ner_entity_episode("OpenAI", "Ekin Dogus Cubuk co-founded it with Liam Fedus from OpenAI last year")
    assert _findings(quiet, "attribution") == []
    found = ner_entity_episode("OpenAI", "we talked to Liam Fedus from OpenAI about the new lab and its robots")
    assert [f[0] for f in _findings(found, "attribution")] == ["A401"]



def test_a_lowercase_word_before_a_hyphen_is_no_part_of_the_name_before_it():
    """("Brett Adcock co-led it": the compound is "co-led", not a name's "-led" compound; a name
    misspelt there is found alone.)"""
    assert _findings(quote_episode("Brett Adcock co-led it with the team."), "misspelling") == []
    assert _findings(quote_episode("Brett Adcok co-led it with the team."), "misspelling") == [
        ("M301", "quotes[0].text", "Brett Adcok")]
    assert _findings(quote_episode("They trained a Chat GPT-class model."), "misspelling") == [
        ("M301", "quotes[0].text", "Chat GPT")]


def test_whamm_is_a_model_of_its_own_not_wham_misspelt():
    """(g55b's WHAM, Muse's other name, made Microsoft's later WHAMM a slip of it in blind150.)"""
    assert _findings(quote_episode("Microsoft showed WHAMM playing Quake II in real time."), "misspelling") == []
    assert [f[0] for f in _findings(quote_episode("Google's WHAMM demo played Quake II."), "attribution")] == ["A401"]


@pytest.mark.parametrize("text,evidence,right", [
    ("We hired A&O Sherman for the deal.", "A&O Sherman", "A&O Shearman"),
    ("Lathem & Watkins advised the buyer.", "Lathem & Watkins", "Latham & Watkins"),
    ("SAP's S/4 Hana ships the agents.", "S/4 Hana", "S/4HANA"),
    ("The Oak Ridge National Labratory runs Frontier.", "Oak Ridge National Labratory", "Oak Ridge National Laboratory"),
    ("The Centre for AI Safety wrote the statement.", "Centre for AI Safety", "Center for AI Safety"),
])
def test_a_listed_misspelling_with_an_odd_character_or_four_words_is_found(text, evidence, right):
    """(g55a's "A&O Sherman" and its kin were never found: the words scan holds no "&" or "/" and
    looks at three words at most.)"""
    found = [(f.rule, f.evidence, f.fix.edits[0].replacement) for f in audit_text(quote_episode(text))
             if f.family == "misspelling"]
    assert found == [("M301", evidence, right)]
    assert _findings(quote_episode(text.replace(evidence, right)), "misspelling") == []


# listed misspellings no scan finds in a plain sentence, and why
_NEVER_FOUND_ALONE = {
    "Linklaters LLP's", "Macfarlane's", "Humanities' Last Exam",  # a possessive is the sentence's, not the name's
    "sci-kit learn",  # lowercase words start no name unless the glossary's own lowercase form does
    "Edge Impuls",  # an English word and a German one: read as words
}


def test_every_listed_misspelling_is_found_in_a_plain_sentence():
    import yaml

    from audit.config import Settings
    from audit.engine import Auditor
    from audit.episode import Episode, parse_episode
    from audit.glossary import glossary
    from audit.ruleset import Knowledge

    gl = glossary(Knowledge.load([]))
    forms = sorted(f for f in gl.misspelled if f not in gl.right_forms)
    episodes = []
    for k in range(0, len(forms), 200):
        fm = {"title": "x", "quotes": [{"text": f"We saw {f} today."} for f in forms[k:k + 200]]}
        episodes.append(parse_episode(episode_text(yaml.safe_dump(fm, allow_unicode=True, width=1000)).encode(),
                                      Episode(path=f"listed{k}.md")))
    missed = []
    for k, result in zip(range(0, len(forms), 200), Auditor(Settings(select=["M"])).audit_episodes(episodes)):
        hit = {int(f.field.split("[")[1].split("]")[0]) for f in result.findings if f.field.startswith("quotes[")}
        missed += [forms[k + i] for i in range(min(200, len(forms) - k)) if i not in hit]
    assert len(forms) > 5000
    assert set(missed) <= _NEVER_FOUND_ALONE, sorted(set(missed) - _NEVER_FOUND_ALONE)
