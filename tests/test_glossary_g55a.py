"""Session 55 (g55a): glossary names of AI in law and legal tech (Thomson Reuters', LexisNexis',
vLex's and Clio's products and people, legal-AI start-ups and their founders, e-discovery firms,
big law firms, the ABA and the SRA) and of AI for science (weather and climate models of Microsoft,
Nvidia, Google, ECMWF and others; materials models and firms; autonomous science; AI for
mathematics and Lean; fusion firms; the national labs and their supercomputers) and the people
behind them: a misspelled name is found with the canonical fix, whether the glossary lists that
misspelling or only the fuzzy match finds it; a product, lab or leader tied to the wrong firm is
found and its own firm is quiet; the right spelling, and the ordinary words that the new names are
or sit close to ("the aurora borealis", "a lean team", "a Frontier developer", "his protégé", "special
relativity", "a harmonic series", "practical law"), stay quiet. (A bare "Aurora" was left out when
merging: it has too many makers to claim one; its texts below stay quiet.)"""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker, led_by_wrong as _led, owned_by_wrong as _owned, \
    possessed_by_wrong as _wm


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    # legal publishers and their products
    ("PracticalLaw has the templates.", "PracticalLaw", "Practical Law"),
    ("CoCouncil Legal drafts the memo.", "CoCouncil Legal", "CoCounsel Legal"),
    ("Steve Haskar runs the publisher.", "Steve Haskar", "Steve Hasker"),
    ("Joel Hronn is the CTO.", "Joel Hronn", "Joel Hron"),
    ("Pablo Arredando co-founded the start-up.", "Pablo Arredando", "Pablo Arredondo"),
    ("Eric Engstrom runs the group.", "Eric Engstrom", "Erik Engstrom"),
    ("Walters Kluwer sells tax software.", "Walters Kluwer", "Wolters Kluwer"),
    ("Bloomburg Law added an assistant.", "Bloomburg Law", "Bloomberg Law"),
    ("FastCase merged with the Spanish firm.", "FastCase", "Fastcase"),
    ("Edd Walters spoke about the merger.", "Edd Walters", "Ed Walters"),
    ("Cleo Duo drafts emails for lawyers.", "Cleo Duo", "Clio Duo"),
    ("Ryan Gauvreau co-founded the firm.", "Ryan Gauvreau", "Rian Gauvreau"),
    # legal-AI start-ups and their people
    ("Scot Stevenson runs the contract start-up.", "Scot Stevenson", "Scott Stevenson"),
    ("Kai GoGwilt co-founded the company.", "Kai GoGwilt", "Cai GoGwilt"),
    ("Noah Waisburg co-founded the company.", "Noah Waisburg", "Noah Waisberg"),
    ("Avanish Marwaha runs the software firm.", "Avanish Marwaha", "Avaneesh Marwaha"),
    ("Siggy Labor co-founded the start-up.", "Siggy Labor", "Sigge Labor"),
    ("Saam Mashad co-founded the start-up.", "Saam Mashad", "Saam Mashhad"),
    ("Soupio raised a round for plaintiff firms.", "Soupio", "Supio"),
    ("EveLegal raised a round.", "EveLegal", "Eve Legal"),
    ("Jay Madheswaren runs the start-up.", "Jay Madheswaren", "Jay Madheswaran"),
    ("Legalon Technologies reviews contracts.", "Legalon Technologies", "LegalOn Technologies"),
    ("CS Disko sells e-discovery software.", "CS Disko", "CS Disco"),
    ("Kiwi Kamara founded the company.", "Kiwi Kamara", "Kiwi Camara"),
    ("Relativity Air reviews documents.", "Relativity Air", "Relativity aiR"),
    ("AJ Shanker runs the company.", "AJ Shanker", "AJ Shankar"),
    ("Paxon AI answers legal questions.", "Paxon AI", "Paxton AI"),
    ("Benjamin Allarie runs the tax start-up.", "Benjamin Allarie", "Benjamin Alarie"),
    ("Draft Wise helps lawyers draft.", "Draft Wise", "DraftWise"),
    ("Richard Suskind wrote about the future of law.", "Richard Suskind", "Richard Susskind"),
    ("Legal Bench tests models on law.", "Legal Bench", "LegalBench"),
    # law firms and legal bodies
    ("David Wakelin leads the innovation group.", "David Wakelin", "David Wakeling"),
    ("Clifford Chanse signed a deal.", "Clifford Chanse", "Clifford Chance"),
    ("Link Laters trained its lawyers.", "Link Laters", "Linklaters"),
    ("Fresh Fields bought licences.", "Fresh Fields", "Freshfields"),
    ("Baker MacKenzie signed a deal.", "Baker MacKenzie", "Baker McKenzie"),
    ("DLA Pipers uses the tool.", "DLA Pipers", "DLA Piper"),
    ("Mac Farlanes uses the tool.", "Mac Farlanes", "Macfarlanes"),
    ("The American Bar Associaton issued guidance.", "American Bar Associaton", "American Bar Association"),
    ("The Solicitors Regulatory Authority approved the firm.", "Solicitors Regulatory Authority",
     "Solicitors Regulation Authority"),
    # weather and climate
    ("Paris Perdicaris led the model.", "Paris Perdicaris", "Paris Perdikaris"),
    ("Corr Diff sharpens the forecast.", "Corr Diff", "CorrDiff"),
    ("Storm Cast predicts thunderstorms.", "Storm Cast", "StormCast"),
    ("Physics Nemo trains the surrogate.", "Physics Nemo", "PhysicsNeMo"),
    ("Kartik Kashinath leads the digital twin.", "Kartik Kashinath", "Karthik Kashinath"),
    ("Anima Anankumar wrote the paper.", "Anima Anankumar", "Anima Anandkumar"),
    ("FengWoo forecasts the weather.", "FengWoo", "FengWu"),
    ("ECMFW runs the forecasts.", "ECMFW", "ECMWF"),
    ("Annemoi trains the models.", "Annemoi", "Anemoi"),
    ("Florence Rabbier leads the centre.", "Florence Rabbier", "Florence Rabier"),
    ("Florian Pappenburger leads forecasts.", "Florian Pappenburger", "Florian Pappenberger"),
    ("Remy Lam led the weather model.", "Remy Lam", "Remi Lam"),
    ("Stephan Hoyar built the climate model.", "Stephan Hoyar", "Stephan Hoyer"),
    ("Dmitri Kochkov built the climate model.", "Dmitri Kochkov", "Dmitrii Kochkov"),
    ("Met Net predicts the rain.", "Met Net", "MetNet"),
    ("Wind Borne Systems launches balloons.", "Wind Borne Systems", "WindBorne Systems"),
    ("Weather Mesh beat the baseline.", "Weather Mesh", "WeatherMesh"),
    ("Tommorow.io sells forecasts.", "Tommorow.io", "Tomorrow.io"),
    ("Ardvark Weather runs end to end.", "Ardvark Weather", "Aardvark Weather"),
    # materials and chemistry
    ("Matter Gen designs materials.", "Matter Gen", "MatterGen"),
    ("Matter Sim simulates materials.", "Matter Sim", "MatterSim"),
    ("Azur Quantum Elements runs chemistry.", "Azur Quantum Elements", "Azure Quantum Elements"),
    ("Open Catalist Project released data.", "Open Catalist Project", "Open Catalyst Project"),
    ("Larry Zitnik leads the chemistry team.", "Larry Zitnik", "Larry Zitnick"),
    ("OrbitalMaterials builds models.", "OrbitalMaterials", "Orbital Materials"),
    ("Jonathan Godwyn runs the start-up.", "Jonathan Godwyn", "Jonathan Godwin"),
    ("Citrene Informatics sells materials software.", "Citrene Informatics", "Citrine Informatics"),
    ("Max Weling co-founded the start-up.", "Max Weling", "Max Welling"),
    ("Geoffrey von Maltzan runs the start-up.", "Geoffrey von Maltzan", "Geoffrey von Maltzahn"),
    # autonomous science
    ("Ether Zero reasons about chemistry.", "Ether Zero", "ether0"),
    ("Shinka Evolve evolves programs.", "Shinka Evolve", "ShinkaEvolve"),
    ("Ren Itto co-founded the lab.", "Ren Itto", "Ren Ito"),
    # mathematics
    ("Alpha Geometry solved the problems.", "Alpha Geometry", "AlphaGeometry"),
    ("Thang Luang led the math team.", "Thang Luang", "Thang Luong"),
    ("Trieu Trin wrote the paper.", "Trieu Trin", "Trieu Trinh"),
    ("LeanFRO maintains the language.", "LeanFRO", "Lean FRO"),
    ("Leonardo de Mora created the prover.", "Leonardo de Mora", "Leonardo de Moura"),
    ("Math Lib holds the proofs.", "Math Lib", "Mathlib"),
    ("Kevin Buzard formalised the theorem.", "Kevin Buzard", "Kevin Buzzard"),
    ("Terrence Tao used the prover.", "Terrence Tao", "Terence Tao"),
    ("Tudor Akim runs the start-up.", "Tudor Akim", "Tudor Achim"),
    ("Axium Math built a prover.", "Axium Math", "Axiom Math"),
    ("Axiom Prover solved the Putnam.", "Axiom Prover", "AxiomProver"),
    ("Christian Szegedi worked on the prover.", "Christian Szegedi", "Christian Szegedy"),
    ("Numina Math won the prize.", "Numina Math", "NuminaMath"),
    ("Kimina Prover proves theorems.", "Kimina Prover", "Kimina-Prover"),
    ("DeepSeekProver proves theorems.", "DeepSeekProver", "DeepSeek-Prover"),
    ("SeedProver proves theorems.", "SeedProver", "Seed-Prover"),
    ("Putnam Bench tests the provers.", "Putnam Bench", "PutnamBench"),
    # fusion
    ("Commonwealth Fussion Systems builds the tokamak.", "Commonwealth Fussion Systems",
     "Commonwealth Fusion Systems"),
    ("Bob Mumgard runs the fusion company.", "Bob Mumgard", "Bob Mumgaard"),
    ("Tae Technologies builds a reactor.", "Tae Technologies", "TAE Technologies"),
    ("Michl Binderbaur runs the company.", "Michl Binderbaur", "Michl Binderbauer"),
    ("Helian Energy builds a reactor.", "Helian Energy", "Helion Energy"),
    ("David Kurtley runs the fusion company.", "David Kurtley", "David Kirtley"),
    ("Tokomak Energy builds magnets.", "Tokomak Energy", "Tokamak Energy"),
    ("Zapp Energy builds a reactor.", "Zapp Energy", "Zap Energy"),
    ("Proxima Fussion designs a stellarator.", "Proxima Fussion", "Proxima Fusion"),
    ("Francesco Sciortini runs the start-up.", "Francesco Sciortini", "Francesco Sciortino"),
    # national labs and supercomputers
    ("Argone National Laboratory hosts the machine.", "Argone National Laboratory", "Argonne National Laboratory"),
    ("Oakridge National Laboratory hosts the machine.", "Oakridge National Laboratory",
     "Oak Ridge National Laboratory"),
    ("Stephen Strieffer runs the lab.", "Stephen Strieffer", "Stephen Streiffer"),
    ("Laurence Livermore National Laboratory hosts the machine.", "Laurence Livermore", "Lawrence Livermore"),
    ("Kim Budill runs the lab.", "Kim Budill", "Kim Budil"),
    ("ElCapitan is the fastest supercomputer.", "ElCapitan", "El Capitan"),
    ("The National Ignition Facilty reached ignition.", "National Ignition Facilty", "National Ignition Facility"),
    ("Los Almos National Laboratory uses the models.", "Los Almos", "Los Alamos"),
    ("Sandya National Laboratories uses the models.", "Sandya National Laboratories", "Sandia National Laboratories"),
    ("Isambard AI trains British models.", "Isambard AI", "Isambard-AI"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Avaneesh Marwahha runs the software firm.", "Avaneesh Marwahha", "Avaneesh Marwaha"),
    ("Jay Madheswarann runs the start-up.", "Jay Madheswarann", "Jay Madheswaran"),
    ("Florian Pappenbergerr leads forecasts.", "Florian Pappenbergerr", "Florian Pappenberger"),
    ("Karthik Kashinathh leads the digital twin.", "Karthik Kashinathh", "Karthik Kashinath"),
    ("Geoffrey von Maltzahnn runs the start-up.", "Geoffrey von Maltzahnn", "Geoffrey von Maltzahn"),
    ("Michl Binderbauerr runs the company.", "Michl Binderbauerr", "Michl Binderbauer"),
    ("Francesco Sciortinno runs the start-up.", "Francesco Sciortinno", "Francesco Sciortino"),
    ("Leonardo de Mouraa created the prover.", "Leonardo de Mouraa", "Leonardo de Moura"),
    ("Paris Perdikariss led the model.", "Paris Perdikariss", "Paris Perdikaris"),
    ("Stephen Streifferr runs the lab.", "Stephen Streifferr", "Stephen Streiffer"),
    ("Benjamin Alariee runs the tax start-up.", "Benjamin Alariee", "Benjamin Alarie"),
    ("Wolters Kluwerr sells tax software.", "Wolters Kluwerr", "Wolters Kluwer"),
    ("Richard Susskindd wrote about the law.", "Richard Susskindd", "Richard Susskind"),
    ("Erik Engstromm runs the group.", "Erik Engstromm", "Erik Engstrom"),
    ("Christian Szegedyy worked on the prover.", "Christian Szegedyy", "Christian Szegedy"),
    ("Dmitrii Kochkovv built the model.", "Dmitrii Kochkovv", "Dmitrii Kochkov"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, unit, lab or leader tied to the wrong firm, its evidence, a quiet twin)
WRONG_MAKERS = [
    # products and models
    _wm("Practical Law", "LexisNexis", "Thomson Reuters"),
    _wm("CoCounsel Legal", "LexisNexis", "Thomson Reuters"),
    _wm("Protégé", "Thomson Reuters", "LexisNexis"),
    _wm("Clio Duo", "Thomson Reuters", "Clio"),
    _wm("Relativity aiR", "Everlaw", "Relativity"),
    _wm("Bloomberg Law", "Thomson Reuters", "Bloomberg"),
    _wm("CorrDiff", "Google", "Nvidia"),
    _wm("StormCast", "Microsoft", "Nvidia"),
    _wm("MatterGen", "Google", "Microsoft"),
    _wm("MatterSim", "Meta", "Microsoft"),
    _wm("OMat24", "Microsoft", "Meta"),
    _wm("AIFS", "Google", "ECMWF"),
    _wm("FengWu", "Huawei", "Shanghai AI Laboratory"),
    _wm("MetNet", "Microsoft", "Google"),
    _wm("WeatherMesh", "Nvidia", "WindBorne Systems"),
    _wm("AlphaGeometry", "OpenAI", "Google DeepMind"),
    _wm("TORAX", "Microsoft", "Google DeepMind"),
    _wm("ether0", "Sakana AI", "FutureHouse"),
    _wm("ShinkaEvolve", "FutureHouse", "Sakana AI"),
    _wm("Aristotle", "Google DeepMind", "Harmonic"),
    _wm("AxiomProver", "Harmonic", "Axiom Math"),
    _wm("DeepSeek-Prover", "Moonshot AI", "DeepSeek"),
    _wm("El Capitan", "Nvidia", "Lawrence Livermore National Laboratory"),
    # owned units
    _owned("Fastcase", "Thomson Reuters", "vLex"),
    # leaders
    _led("Steve Hasker", "CEO", "LexisNexis", "Thomson Reuters"),
    _led("Erik Engstrom", "CEO", "Thomson Reuters", "RELX"),
    _led("Scott Stevenson", "CEO", "Ironclad", "Spellbook"),
    _led("AJ Shankar", "CEO", "Relativity", "Everlaw"),
    _led("Jay Madheswaran", "CEO", "Supio", "Eve Legal"),
    _led("Avaneesh Marwaha", "CEO", "Clio", "Litera"),
    _led("Florence Rabier", "head", "Google DeepMind", "ECMWF"),
    _led("Remi Lam", "head of weather", "Microsoft", "Google DeepMind", "at"),
    _led("Max Welling", "CTO", "Orbital Materials", "CuspAI"),
    _led("Jonathan Godwin", "CEO", "CuspAI", "Orbital Materials"),
    _led("Tudor Achim", "CEO", "Axiom Math", "Harmonic"),
    _led("Carina Hong", "CEO", "Harmonic", "Axiom Math"),
    _led("Bob Mumgaard", "CEO", "Helion Energy", "Commonwealth Fusion Systems"),
    _led("David Kirtley", "CEO", "TAE Technologies", "Helion Energy"),
    _led("Michl Binderbauer", "CEO", "Commonwealth Fusion Systems", "TAE Technologies"),
    _led("Francesco Sciortino", "CEO", "Tokamak Energy", "Proxima Fusion"),
    _led("Geoffrey von Maltzahn", "CEO", "Periodic Labs", "Lila Sciences"),
    _led("Tudor Achim", "head", "Google DeepMind", "Harmonic"),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words and other names that they are or sit close to
QUIET = [
    "The aurora borealis lit the sky, and Aurora is a given name.",
    "A lean team shipped it, and Lean manufacturing cut waste.",
    "The frontier labs race ahead, and the frontier moved.",
    "Frontier developer OpenAI must report incidents under SB 53.",
    "Hinton's protégé left Google, and the protégé thanked her mentor.",
    "Special relativity and general relativity are Einstein's, and Relativity Space builds rockets.",
    "A harmonic series diverges, and the practical law of supply holds.",
    "Aristotle wrote the Ethics, and Plato taught him.",
    "Nikesh Arora runs Palo Alto Networks, and Arora spoke on the call.",
    "The aardvark ate ants, and the weather was fine.",
    "Microsoft's Aurora forecasts the weather, and Argonne's Aurora is an exascale supercomputer.",
    "Intel's Aurora and HPE's Frontier are supercomputers, and Apple's El Capitan was an OS.",
    "AWS's Aurora database scales, and Aurora Innovation runs driverless trucks.",
    # the new names spelt right
    "Thomson Reuters sells Practical Law, Westlaw and CoCounsel Legal, and Steve Hasker runs it.",
    "LexisNexis makes Protégé, and Erik Engstrom runs RELX.",
    "vLex owns Fastcase, Ed Walters works there, and Clio makes Clio Duo.",
    "Scott Stevenson runs Spellbook, and Cai GoGwilt co-founded Ironclad.",
    "Noah Waisberg co-founded Kira Systems, and Avaneesh Marwaha runs Litera.",
    "Jerry Ting co-founded Evisort, and Sigge Labor co-founded Legora.",
    "Saam Mashhad co-founded EvenUp, and Supio and Eve Legal serve plaintiff firms.",
    "Jay Madheswaran runs Eve Legal, and LegalOn Technologies reviews contracts.",
    "CS Disco and Relativity sell e-discovery, and Relativity makes Relativity aiR and RelativityOne.",
    "AJ Shankar runs Everlaw, and Paxton AI, Blue J and DraftWise are start-ups.",
    "Garfield.Law was approved by the Solicitors Regulation Authority, and Richard Susskind wrote about it.",
    "A&O Shearman uses Harvey, and David Wakeling leads its innovation group.",
    "Clifford Chance, Linklaters, Freshfields, Latham & Watkins and Kirkland & Ellis use AI.",
    "Baker McKenzie, DLA Piper and Macfarlanes use AI, and the American Bar Association issued guidance.",
    "Microsoft makes Aurora, MatterGen and MatterSim, and Paris Perdikaris led Aurora.",
    "Nvidia makes CorrDiff, StormCast, cBottle and PhysicsNeMo, and Karthik Kashinath leads Earth-2.",
    "ECMWF makes AIFS and Anemoi, and Florence Rabier and Florian Pappenberger lead it.",
    "Remi Lam and Ilan Price work at Google DeepMind, and Stephan Hoyer works at Google.",
    "Shanghai AI Laboratory makes FengWu, and Fudan University makes FuXi.",
    "WindBorne Systems makes WeatherMesh, and Tomorrow.io and Brightband sell forecasts.",
    "Meta released OMat24, OMol25 and the Open Catalyst Project, and Larry Zitnick leads it.",
    "Orbital Materials is run by Jonathan Godwin, and Max Welling and Chad Edwards founded CuspAI.",
    "Geoffrey von Maltzahn runs Lila Sciences, and Citrine Informatics sells software.",
    "FutureHouse made ether0, and Sakana AI made ShinkaEvolve; Ren Ito co-founded Sakana AI.",
    "Google DeepMind made AlphaGeometry and TORAX, and Thang Luong and Trieu Trinh work there.",
    "The Lean FRO makes Lean, Leonardo de Moura created it, and Mathlib holds the proofs.",
    "Kevin Buzzard and Terence Tao use Lean, and Harmonic makes Aristotle.",
    "Tudor Achim runs Harmonic, and Carina Hong runs Axiom Math, which makes AxiomProver.",
    "Numina made NuminaMath, and Moonshot AI made Kimina-Prover; DeepSeek-Prover and Seed-Prover compete.",
    "Commonwealth Fusion Systems builds SPARC, and Bob Mumgaard runs it.",
    "TAE Technologies is run by Michl Binderbauer, and David Kirtley runs Helion Energy.",
    "General Fusion, Tokamak Energy, Zap Energy, Pacific Fusion and Proxima Fusion build reactors.",
    "Oak Ridge National Laboratory runs Frontier, and Lawrence Livermore National Laboratory runs El Capitan.",
    "Argonne National Laboratory runs Aurora, and Rick Stevens works there.",
    "Los Alamos National Laboratory and Sandia National Laboratories use AI, and Kim Budil runs LLNL.",
    "The University of Bristol runs Isambard-AI, and ITER is in France.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
