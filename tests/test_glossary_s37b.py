"""Session 37 (gloss2): glossary names of AI in healthcare and biotech (scribes, imaging and screening,
wearables and glucose sensors, drug discovery and protein design, pharma and diagnostics, and the
people behind them), developer tools, legal and finance AI: a product tied to the wrong maker and a
misspelled name are found with the canonical fix; the right maker, and the ordinary words and other
people's names that collide with the new names, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s37 import _found, check_context_maker, check_misspelling, check_wrong_maker


# (a wrong maker, its evidence, a quiet twin naming the right maker)
WRONG_MAKERS = [
    ("Stelo, Medtronic's device, needs no prescription.", "Stelo, Medtronic's device",
     "Stelo, Dexcom's device, needs no prescription."),
    ("FreeStyle Libre from Dexcom reads glucose every minute.", "FreeStyle Libre from Dexcom",
     "Abbott's FreeStyle Libre reads glucose every minute."),
    ("Samsung's Stelo pairs with the phone.", "Samsung's Stelo", "Dexcom's Stelo pairs with the phone."),
    ("Tempus xT from Guardant Health sequences the tumour.", "Tempus xT from Guardant Health",
     "Tempus xT from Tempus AI sequences the tumour."),
    ("EyeArt, built by Digital Diagnostics, screens for retinopathy.", "EyeArt, built by Digital Diagnostics",
     "EyeArt, built by Eyenuk, screens for retinopathy."),
    ("LumineticsCore from Eyenuk runs without a doctor reading the images.", "LumineticsCore from Eyenuk",
     "LumineticsCore from Digital Diagnostics runs without a doctor reading the images."),
    ("Viz LVO, Lunit's stroke tool, alerts the team.", "Viz LVO, Lunit's stroke tool",
     "Viz.ai's Viz LVO alerts the team."),
    ("Lunit INSIGHT from Aidoc reads the chest X-rays.", "Lunit INSIGHT from Aidoc",
     "Lunit INSIGHT from Lunit reads the chest X-rays."),
    ("Sepsis ImmunoScore from Abbott got FDA authorisation.", "Sepsis ImmunoScore from Abbott",
     "Sepsis ImmunoScore from Prenosis got FDA authorisation."),
    ("Chemistry42 from Exscientia designed the molecule.", "Chemistry42 from Exscientia",
     "Chemistry42 from Insilico Medicine designed the molecule."),
    ("AlphaFold Server, run by Microsoft, predicts complexes.", "AlphaFold Server, run by Microsoft",
     "AlphaFold Server, run by Google DeepMind, predicts complexes."),
    ("Illumina's Galleri screens for many cancers.", "Illumina's Galleri",
     "GRAIL's Galleri screens for many cancers."),
    ("Genentech, a Novartis subsidiary, runs its own AI lab.", "Genentech, a Novartis subsidiary",
     "Genentech, a Roche subsidiary, runs its own AI lab."),
    ("Flatiron Health, owned by Pfizer, curates oncology records.", "Flatiron Health, owned by Pfizer",
     "Flatiron Health, owned by Roche, curates oncology records."),
    ("Caption Health, a Philips company, guides the ultrasound probe.", "Caption Health, a Philips company",
     "Caption Health, a GE HealthCare company, guides the ultrasound probe."),
    ("Calico, Amazon's longevity lab, studies ageing.", "Calico, Amazon's longevity lab",
     "Calico, Alphabet's longevity lab, studies ageing."),
    ("AWS HealthScribe from Microsoft drafts the clinical note.", "AWS HealthScribe from Microsoft",
     "AWS HealthScribe from Amazon drafts the clinical note."),
    ("The Epic Sepsis Model from Oracle Health fires too often.", "Epic Sepsis Model from Oracle Health",
     "The Epic Sepsis Model from Epic Systems fires too often."),
    ("Paige Prostate, a Tempus AI product, flags suspicious slides.", "Paige Prostate, a Tempus AI product",
     "Paige Prostate, a Paige product, flags suspicious slides."),
    ("Paige's AISight hosts the slides.", "Paige's AISight", "PathAI's AISight hosts the slides."),
    ("The Butterfly iQ3 from Philips plugs into a phone.", "Butterfly iQ3 from Philips",
     "The Butterfly iQ3 from Butterfly Network plugs into a phone."),
    ("Next.js from Netlify renders on the server.", "Next.js from Netlify",
     "Next.js from Vercel renders on the server."),
    ("Grafana, Datadog's dashboard tool, plots the traces.", "Grafana, Datadog's dashboard tool",
     "Grafana, Grafana Labs' dashboard tool, plots the traces."),
    ("Kensho, a Bloomberg subsidiary, parses the filings.", "Kensho, a Bloomberg subsidiary",
     "Kensho, an S&P Global subsidiary, parses the filings."),
    ("Casetext, owned by LexisNexis, built the first CoCounsel.", "Casetext, owned by LexisNexis",
     "Casetext, owned by Thomson Reuters, built the first CoCounsel."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


@pytest.mark.parametrize("name,context,evidence", [
    ("Virchow", "A pathology foundation model released by PathAI.", "released by PathAI"),
    ("RFdiffusion", "Protein design model developed by Insilico Medicine.", "developed by Insilico Medicine"),
])
def test_an_entity_context_naming_the_wrong_maker_of_a_new_name_is_found(name, context, evidence):
    check_context_maker(name, context, evidence)


# (a misspelled name, its evidence, the canonical fix)
MISSPELLED = [
    ("The panel with Jon Jumper covered protein folding.", "Jon Jumper", "John Jumper"),
    ("Elad Wallach explained how triage alerts reach the radiologist.", "Elad Wallach", "Elad Walach"),
    ("Thomas Clozell started the company with a cancer researcher.", "Thomas Clozell", "Thomas Clozel"),
    ("Exscientea's first drug candidate entered trials.", "Exscientea", "Exscientia"),
    ("The Ambiance Healthcare scribe writes the note during the visit.", "Ambiance Healthcare", "Ambience Healthcare"),
    ("Siemens Health Engineers sells the scanner software.", "Siemens Health Engineers", "Siemens Healthineers"),
    ("Robert Calliff spoke about AI oversight at the agency.", "Robert Calliff", "Robert Califf"),
    ("The Dexcomm sensor lasts fifteen days.", "Dexcomm", "Dexcom"),
    ("Medtronik sells insulin pumps.", "Medtronik", "Medtronic"),
    ("Prenossis won the first sepsis authorisation.", "Prenossis", "Prenosis"),
    ("Anton Osica showed how the app builder works.", "Anton Osica", "Anton Osika"),
    ("Nikita Shamganov explained database branching.", "Nikita Shamganov", "Nikita Shamgunov"),
    ("Paul Coplestone said the database is just Postgres.", "Paul Coplestone", "Paul Copplestone"),
    ("Olivier Pommel described the observability market.", "Olivier Pommel", "Olivier Pomel"),
    ("PlanetScale's rival, Planet Scale, was named by mistake.", "Planet Scale", "PlanetScale"),
    ("We use Code Rabbit to review pull requests.", "Code Rabbit", "CodeRabbit"),
    ("Astra Zeneca licensed the model.", "Astra Zeneca", "AstraZeneca"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# ordinary words, people and other firms beside the new names
QUIET = [
    "Open the modal dialog, then continue the call after the neon sign flickers.",
    "Graphite anodes and an aurora over the lake; Polaris is the North Star.",
    "Harvey Mudd College is small, and Suki is a Japanese name.",
    "Recursion is a function calling itself, and the in silico screen found hits.",
    "Verily, I say unto you: the calico cat sat on a honeycomb near the sentry.",
    "He kept a spellbook and a briefcase, and a grail was the quest.",
    "Rudolf Virchow described Virchow's triad of thrombosis.",
    "The nabla operator is a vector of partial derivatives, and zed is the British letter.",
    "Paige Bailey demoed the new API, and Paige Turner is a stage name.",
    "Greg Abbott is the governor of Texas.",
    "The abbot of the monastery talked to Brian Anderson about digital diagnostics in general.",
    "Next, the speaker talked about the ambience of the room and the evidence for it.",
    "Open evidence matters in court, and the phillips screwdriver was lost.",
    "Fly to Boston; a fly landed on the sign, and we run the API on Fly.",
    "A fly landed on the sign, and the aider and abettor was charged.",
    "Dexcom's Stelo and Abbott's FreeStyle Libre both read glucose without a prescription.",
    "Roche's Genentech, Foundation Medicine and Flatiron Health work with Tempus AI.",
    "Vercel's Next.js, Sentry's tracing and Grafana Labs' dashboards run the stack.",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_words_and_other_names_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
