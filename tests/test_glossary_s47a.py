"""Session 47 (gloss47a): glossary names of AI in biology, drug discovery and medicine (single-cell,
genomics, protein and chemistry models, pathology and radiology foundation models, clinical models
and benchmarks, AI-science agents, AI-discovered drugs, pharma AI platforms, the firms and institutes
behind them) and the people most named: a misspelled name is found with the canonical fix, whether
the glossary lists that misspelling or only the fuzzy match finds it; a model, drug, unit or person
tied to the wrong maker is found and its own maker is quiet; the right spelling, and the ordinary
words and other things' names that sit close to the new names, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    ("SC GPT embeds single cells for annotation.", "SC GPT", "scGPT"),
    ("GeneFormer predicts the effect of knocking out a gene.", "GeneFormer", "Geneformer"),
    ("Hyena DNA reads a million bases at once.", "Hyena DNA", "HyenaDNA"),
    ("Splice AI predicts splicing from sequence.", "Splice AI", "SpliceAI"),
    ("Cell by Gene hosts the single-cell atlases.", "Cell by Gene", "CZ CELLxGENE"),
    ("Protein MPNN designs the sequences for the backbones.", "Protein MPNN", "ProteinMPNN"),
    ("ProteNix reproduces AlphaFold 3 in the open.", "ProteNix", "Protenix"),
    ("Diff Dock places ligands in their pockets.", "Diff Dock", "DiffDock"),
    ("Phicon encodes the slides of the study.", "Phicon", "Phikon"),
    ("RudolphV was trained with the pathologists' knowledge.", "RudolphV", "RudolfV"),
    ("Lava-Med answers questions about the scans.", "Lava-Med", "LLaVA-Med"),
    ("ChexAgent reads chest X-rays.", "ChexAgent", "CheXagent"),
    ("SD Bench tests sequential diagnosis.", "SD Bench", "SDBench"),
    ("Chat GPT Health links the medical records.", "Chat GPT Health", "ChatGPT Health"),
    ("Bio Omni runs biology tasks on its own.", "Bio Omni", "Biomni"),
    ("The drug rentosertinib slowed the lung fibrosis.", "rentosertinib", "rentosertib"),
    ("The antibiotic halycin kills resistant bacteria.", "halycin", "halicin"),
    ("Tune Lab gives biotechs the company's models.", "Tune Lab", "TuneLab"),
    ("AIgnostics builds pathology models in Berlin.", "AIgnostics", "Aignostics"),
    ("Mass General Bringham runs the pathology lab.", "Mass General Bringham", "Mass General Brigham"),
    ("Brode Institute sequenced the genomes.", "Brode Institute", "Broad Institute"),
    ("Faisal Mahmud built the pathology models.", "Faisal Mahmud", "Faisal Mahmood"),
    ("Vivek Natrajan leads the work on the diagnostic agent.", "Vivek Natrajan", "Vivek Natarajan"),
    ("Jennifer Dowdna co-invented CRISPR.", "Jennifer Dowdna", "Jennifer Doudna"),
    ("Nubar Afeyan founded the venture firm.", "Nubar Afeyan", "Noubar Afeyan"),
    ("Mark Tessier-Lavigne runs the drug-discovery startup.", "Mark Tessier-Lavigne", "Marc Tessier-Lavigne"),
    ("Daniel Skovronski announced the platform.", "Daniel Skovronski", "Daniel Skovronsky"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Geneformar predicts the effect of knocking out a gene.", "Geneformar", "Geneformer"),
    ("Protenyx reproduces AlphaFold 3 in the open.", "Protenyx", "Protenix"),
    ("BindKraft designs binders in a day.", "BindKraft", "BindCraft"),
    ("Aignostix builds pathology models in Berlin.", "Aignostix", "Aignostics"),
    ("TransciptFormer covers a dozen species.", "TransciptFormer", "TranscriptFormer"),
    ("MedImageInsigt embeds the scans.", "MedImageInsigt", "MedImageInsight"),
    ("BiomedParce segments the images.", "BiomedParce", "BiomedParse"),
    ("Deep Genomix designs RNA drugs.", "Deep Genomix", "Deep Genomics"),
    ("Basecamp Reserch collects sequences from nature.", "Basecamp Reserch", "Basecamp Research"),
    ("Kimberly Powel spoke about the chips for hospitals.", "Kimberly Powel", "Kimberly Powell"),
    ("Noubar Afeyen founded the venture firm.", "Noubar Afeyen", "Noubar Afeyan"),
    ("Marinka Zitnak builds medical agents.", "Marinka Zitnak", "Marinka Zitnik"),
    ("Vivek Natarajen leads the work on the diagnostic agent.", "Vivek Natarajen", "Vivek Natarajan"),
    ("Jure Leskovac leads the graph learning lab.", "Jure Leskovac", "Jure Leskovec"),
    ("Hani Goodarzy builds the virtual cell.", "Hani Goodarzy", "Hani Goodarzi"),
    ("Sean McClane runs the antibody company.", "Sean McClane", "Sean McClain"),
    ("Alan Karthikesalinga spoke about the trial.", "Alan Karthikesalinga", "Alan Karthikesalingam"),
    ("Eric Kauderer-Abrahms leads life sciences.", "Eric Kauderer-Abrahms", "Eric Kauderer-Abrams"),
    ("Christina Theodorris built the model.", "Christina Theodorris", "Christina Theodoris"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a model, drug, unit or person tied to the wrong maker, its evidence, a quiet twin naming its own)
WRONG_MAKERS = [
    ("Google's TranscriptFormer covers many species.", "Google's TranscriptFormer",
     "The Chan Zuckerberg Initiative's TranscriptFormer covers many species."),
    ("Illumina's Borzoi predicts RNA coverage.", "Illumina's Borzoi", "Calico's Borzoi predicts RNA coverage."),
    ("Microsoft's SpliceAI predicts splicing.", "Microsoft's SpliceAI", "Illumina's SpliceAI predicts splicing."),
    ("Meta's ESM C is small and fast.", "Meta's ESM C", "EvolutionaryScale's ESM C is small and fast."),
    ("Google DeepMind's Protenix reproduces AlphaFold 3.", "Google DeepMind's Protenix",
     "ByteDance's Protenix reproduces AlphaFold 3."),
    ("Isomorphic Labs' Chai-2 designs antibodies.", "Isomorphic Labs' Chai-2",
     "Chai Discovery's Chai-2 designs antibodies."),
    ("Paige's Phikon encodes slides.", "Paige's Phikon", "Owkin's Phikon encodes slides."),
    ("Owkin's UNI encodes slides.", "Owkin's UNI", "Mass General Brigham's UNI encodes slides."),
    ("Abridge's Polaris calls patients.", "Abridge's Polaris", "Hippocratic AI's Polaris calls patients."),
    ("Google's SDBench tests diagnosis.", "Google's SDBench", "Microsoft's SDBench tests diagnosis."),
    ("Pfizer's TuneLab gives biotechs models.", "Pfizer's TuneLab", "Eli Lilly's TuneLab gives biotechs models."),
    ("Recursion's rentosertib treats lung fibrosis.", "Recursion's rentosertib",
     "Insilico Medicine's rentosertib treats lung fibrosis."),
    ("Insilico's REC-994 failed.", "Insilico's REC-994", "Recursion's REC-994 failed."),
    ("Meta's DiffDock docks ligands.", "Meta's DiffDock", "MIT's DiffDock docks ligands."),
    ("Evinova, owned by Novartis, runs trials.", "Evinova, owned by Novartis",
     "Evinova, owned by AstraZeneca, runs trials."),
    ("Ron Alfa, the CEO of Cradle, spoke.", "Ron Alfa, the CEO of Cradle", "Ron Alfa, the CEO of Noetik, spoke."),
    ("Stef van Grieken, the CEO of Noetik, spoke.", "Stef van Grieken, the CEO of Noetik",
     "Stef van Grieken, the CEO of Cradle, spoke."),
    ("Kimberly Powell, the head of healthcare at Google, spoke.",
     "Kimberly Powell, the head of healthcare at Google", "Kimberly Powell, the head of healthcare at Nvidia, spoke."),
    ("Eric Kauderer-Abrams, the head of life sciences at OpenAI, spoke.",
     "Eric Kauderer-Abrams, the head of life sciences at OpenAI",
     "Eric Kauderer-Abrams, the head of life sciences at Anthropic, spoke."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other things' names beside them
QUIET = [
    "We looked at the atlas of the world, and the Atlas mountains are in Morocco.",
    "Boston Dynamics' Atlas robot does backflips, and OpenAI's Atlas browser has an agent mode.",
    "Atlas, the pathology model of Mayo Clinic and Aignostics, was trained on a million slides.",
    "Polaris, the North Star, guided the sailors.",
    "AMD's Polaris GPUs powered the RX 480, and SpaceX flew the Polaris Dawn mission.",
    "Hippocratic AI's Polaris calls patients after discharge.",
    "The uni students went home, and she went to uni in Leeds.",
    "Uni was fun, and UNI from Mass General Brigham encodes slides.",
    "A conch shell lay on the beach, and CONCH pairs slides with captions.",
    "The baby slept in its cradle, and Cradle designs proteins for pharma.",
    "The caduceus is a symbol of commerce, and the borzoi is a Russian hound.",
    "We put the samples on the lab bench.",
    "The Institute of Noetic Sciences studies consciousness, and Noetik builds cancer models.",
    "The cosmos is vast, and NVIDIA's Cosmos models simulate the world.",
    "Microsoft's Kosmos-2 grounds text in images, and Edison Scientific's Kosmos reads papers.",
    "A robin sang in the garden, and Robin Williams made us laugh.",
    "The informer told the police, and a primate AI study looked at monkeys.",
    "We went to base camp, and the research was hard.",
    "Google's AI co-scientist and Carnegie Mellon's Coscientist both plan experiments.",
    "The co-scientist of the project wrote it up.",
    "scGPT, Geneformer and scFoundation embed single cells, and UCE covers many species.",
    "Enformer and Borzoi predict expression, and AlphaGenome reads a megabase.",
    "Illumina's PrimateAI-3D and SpliceAI score variants, and HyenaDNA and Caduceus read DNA.",
    "ESM-2 from Meta and ESM C from EvolutionaryScale are protein models.",
    "ProteinMPNN and LigandMPNN come from the University of Washington, and BindCraft from EPFL.",
    "Owkin's Phikon, Aignostics' RudolfV and MedSAM are open, and RETFound reads retinas.",
    "Microsoft's BiomedParse, BiomedCLIP, LLaVA-Med and MedImageInsight are on Azure.",
    "Stanford's CheXagent, MedHELM and Biomni, and FutureHouse's PaperQA, LAB-Bench and BixBench.",
    "OpenAI's ChatGPT Health and Anthropic's Claude for Life Sciences link records and tools.",
    "Insilico's rentosertib, Recursion's REC-994 and REC-617 and Relay's lirafugratinib.",
    "Halicin was named after HAL 9000, and abaucin kills Acinetobacter baumannii.",
    "Takeda's zasocitinib, also called TAK-279, treats psoriasis.",
    "Lilly's TuneLab, Merck KGaA's AIDDISON and Insilico's inClinico are platforms.",
    "CZ Biohub, the Broad Institute and Mass General Brigham share the data on CZ CELLxGENE.",
    "GSK, Novo Nordisk and Takeda use AI, and Evinova is AstraZeneca's.",
    "Sam Rodriques runs FutureHouse and Edison Scientific, and Noubar Afeyan chairs Moderna.",
    "Faisal Mahmood, Hoifung Poon, Joshua Meier and Marinka Zitnik spoke.",
    "Vivek Natarajan and Alan Karthikesalingam of Google DeepMind built AMIE.",
    "Sergey Ovchinnikov, Mohammed AlQuraishi, Gabriele Corso and Justas Dauparas build protein models.",
    "Priscilla Chan, Hani Goodarzi, Ron Alfa and Stef van Grieken spoke.",
    "Jure Leskovec, Christina Theodoris and Harsha Nori spoke.",
    "Jennifer Doudna, Sean McClain, Marc Tessier-Lavigne and Brendan Frey spoke.",
    "Kimberly Powell, Eric Kauderer-Abrams and Daniel Skovronsky spoke.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
