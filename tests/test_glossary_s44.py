"""Session 44: glossary names of robotics and driving, edge and AI chips, wearables and
brain-computer interfaces, AI in medicine and biotech, safety and policy bodies, developer tools,
infrastructure, Chinese and European labs, models of 2024-2026 and the people behind them: a
misspelled name is found with the canonical fix; the right spelling, and the ordinary words and
phrases that sit close to the new names, stay quiet."""

from __future__ import annotations

import json

import pytest

from tests.conftest import audit_text, quote_episode, summary_episode

_FAMILIES = ("attribution", "misspelling", "consistency", "entity-noise")


def _found(episode: str) -> list[tuple[str, str]]:
    return [(f.family, f.evidence) for f in audit_text(episode) if f.family in _FAMILIES]


def check_misspelling(text: str, evidence: str, fix: str) -> None:
    """One misspelling finding on a summary `text`, its evidence `evidence`, fixed to end with `fix`."""
    found = [f for f in audit_text(summary_episode(text)) if f.family == "misspelling"]
    assert [f.evidence for f in found] == [evidence]
    assert found[0].fix.edits[0].replacement.endswith(fix)


def check_accented_misspelling(text: str, evidence: str, fix: str) -> None:
    """One misspelling finding on a summary `text` with letters outside ASCII, its evidence
    `evidence`; the fix rewrites the whole (escaped) summary, `evidence` put right as `fix`."""
    found = [f for f in audit_text(summary_episode(text)) if f.family == "misspelling"]
    assert [f.evidence for f in found] == [evidence]
    assert json.loads(found[0].fix.edits[0].replacement) == text.replace(evidence, fix)


# (a misspelled name, its evidence, the canonical fix)
MISSPELLED = [
    ("Ambarela makes the vision chips in many dashcams.", "Ambarela", "Ambarella"),
    ("Ex Peng showed its robotaxi in Guangzhou.", "Ex Peng", "XPeng"),
    ("The Human AI Pin was a flop.", "Human AI Pin", "Humane AI Pin"),
    ("Sergei Levin explained the robot policy.", "Sergei Levin", "Sergey Levine"),
    ("Karol Housman leads the robotics startup.", "Karol Housman", "Karol Hausman"),
    ("Lachie Groom invested early in the lab.", "Lachie Groom", "Lachy Groom"),
    ("Ashok Eluswamy runs the autopilot team.", "Ashok Eluswamy", "Ashok Elluswamy"),
    ("Axelara AI builds inference chips in Eindhoven.", "Axelara AI", "Axelera AI"),
    ("Syntient makes tiny chips for always-on audio.", "Syntient", "Syntiant"),
    ("Nura Robotics showed its humanoid in Munich.", "Nura Robotics", "Neura Robotics"),
    ("Deep Route AI tests robotaxis in Shenzhen.", "Deep Route AI", "DeepRoute.ai"),
    ("Lightening AI hosts the training studio.", "Lightening AI", "Lightning AI"),
    ("Quantexta sells decision intelligence to banks.", "Quantexta", "Quantexa"),
    ("Hebbia sells search to funds, and Hebbiah raised a round.", "Hebbiah", "Hebbia"),
    ("Legorah competes with Harvey in legal AI.", "Legorah", "Legora"),
    ("Megvi was a face-recognition pioneer.", "Megvi", "Megvii"),
    ("Kunlunxin and Enflame ship chips, and Extropik builds thermodynamic ones.", "Extropik", "Extropic"),
    ("The Alan Touring Institute advises the government.", "Alan Touring Institute", "Alan Turing Institute"),
    ("Buck Schlegeris works on AI control.", "Buck Schlegeris", "Buck Shlegeris"),
    ("Marius Hobbhan studies scheming models.", "Marius Hobbhan", "Marius Hobbhahn"),
    ("Arkady Voloz built a new neocloud.", "Arkady Voloz", "Arkady Volozh"),
    ("Lukas Beewald founded the experiment tracker.", "Lukas Beewald", "Lukas Biewald"),
    ("Erik Bernhardson built the serverless GPU platform.", "Erik Bernhardson", "Erik Bernhardsson"),
    ("Cloud Sonnet 4.5 writes most of our code.", "Cloud Sonnet 4.5", "Claude Sonnet 4.5"),
    ("Click House stores the event logs.", "Click House", "ClickHouse"),
    ("Paradromix implanted its first patient.", "Paradromix", "Paradromics"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# the new names spelt right, and ordinary words and phrases beside them
QUIET = [
    "Ambarella and Axelera AI make vision chips, and XPeng uses its own.",
    "Sergey Levine and Karol Hausman founded Physical Intelligence with Lachy Groom.",
    "The Humane AI Pin and the Xreal glasses were on the table.",
    "Claude Sonnet 4.5 and Claude Haiku 4.5 came out in the autumn.",
    "The Higgs field gives particles mass, and Higgsfield makes video models.",
    "She applied intuition to the problem, and the brain chip was implanted.",
    "The momenta of the particles add up, and a tractable problem has a solution.",
    "The hidden layer learns features, and a robust intelligence test is hard to design.",
    "I had granola for breakfast, then we had to mechanize the process.",
    "A whoop went up from the crowd when the luminance of the screen dropped.",
    "The Future of Life Institute and the Alan Turing Institute both wrote reports.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
