"""Session 45: glossary names of finance and business (the Big Four and consultancies, banks and
asset managers, insurers and insurtech, accounting and finance software, fintech and payments,
market data and research AI) and the executives behind them: a misspelled name is found with the
canonical fix; a product or unit tied to the wrong firm is found and its own firm is quiet; the
right spelling, and the ordinary words and other people's names that sit close to the new names,
stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling


def check_wrong_maker(text: str, evidence: str, twin: str) -> None:
    """One attribution finding on `text`, its evidence `evidence`; none on `twin`."""
    assert _found(quote_episode(text)) == [("attribution", evidence)]
    assert _found(quote_episode(twin)) == []


# rows for `check_wrong_maker` (text, evidence, quiet twin) in three common shapes
def possessed_by_wrong(name: str, wrong: str, right: str, rest: str = "works well.") -> tuple[str, str, str]:
    """ "Google's Claude works well." """
    return (f"{wrong}'s {name} {rest}", f"{wrong}'s {name}", f"{right}'s {name} {rest}")


def owned_by_wrong(name: str, wrong: str, right: str) -> tuple[str, str, str]:
    """ "DeepMind, owned by Meta, was busy." """
    return (f"{name}, owned by {wrong}, was busy.", f"{name}, owned by {wrong}",
            f"{name}, owned by {right}, was busy.")


def led_by_wrong(name: str, role: str, wrong: str, right: str, at: str = "of") -> tuple[str, str, str]:
    """ "Sam Altman, the CEO of Anthropic, spoke." """
    return (f"{name}, the {role} {at} {wrong}, spoke.", f"{name}, the {role} {at} {wrong}",
            f"{name}, the {role} {at} {right}, spoke.")


# (a misspelled name, its evidence, the canonical fix)
MISSPELLED = [
    ("Jamie Diamond said the bank will use AI everywhere.", "Jamie Diamond", "Jamie Dimon"),
    ("Goldman Sacks rolled out an assistant to all bankers.", "Goldman Sacks", "Goldman Sachs"),
    ("Morgan Stanly gave advisers a meeting summariser.", "Morgan Stanly", "Morgan Stanley"),
    ("Deloite trained a hundred thousand staff on AI.", "Deloite", "Deloitte"),
    ("Price Waterhouse Coopers bought enterprise seats.", "Price Waterhouse Coopers", "PwC"),
    ("Chat PwC answers tax questions for consultants.", "Chat PwC", "ChatPwC"),
    ("Ernest and Young launched its platform in 2023.", "Ernest and Young", "EY"),
    ("KMPG audits with its own platform.", "KMPG", "KPMG"),
    ("Acenture booked billions in generative AI work.", "Acenture", "Accenture"),
    ("Mckinsey says agents will change work.", "Mckinsey", "McKinsey & Company"),
    ("Quantum Black builds the models for the firm's clients.", "Quantum Black", "QuantumBlack"),
    ("Boston Consultancy Group published a report.", "Boston Consultancy Group", "Boston Consulting Group"),
    ("LLM Sweet reached two hundred thousand employees.", "LLM Sweet", "LLM Suite"),
    ("Index GPT picks thematic stocks.", "Index GPT", "IndexGPT"),
    ("David Soloman said junior bankers' work will change.", "David Soloman", "David Solomon"),
    ("Meryl Lynch advisers use the tool.", "Meryl Lynch", "Merrill Lynch"),
    ("Brian Moynahan praised the assistant.", "Brian Moynahan", "Brian Moynihan"),
    ("Citi Group gave staff two new tools.", "Citi Group", "Citigroup"),
    ("Charlie Sharf lifted the asset cap.", "Charlie Sharf", "Charlie Scharf"),
    ("Credit Swiss collapsed in 2023.", "Credit Swiss", "Credit Suisse"),
    ("Sergio Ermoti came back to run the bank.", "Sergio Ermoti", "Sergio Ermotti"),
    ("BNY Melon rolled out agents to its staff.", "BNY Melon", "BNY"),
    ("Capitol One bought Discover.", "Capitol One", "Capital One"),
    ("Ken Griffen said AI is overhyped.", "Ken Griffen", "Ken Griffin"),
    ("Jim Symons hired mathematicians, not traders.", "Jim Symons", "Jim Simons"),
    ("Larry Finck wrote his annual letter.", "Larry Finck", "Larry Fink"),
    ("Ray Dahlio warned about debt.", "Ray Dahlio", "Ray Dalio"),
    ("Munich Ray insures AI models against errors.", "Munich Ray", "Munich Re"),
    ("Swiss Ray studied the losses.", "Swiss Ray", "Swiss Re"),
    ("Alianz uses AI to settle claims.", "Alianz", "Allianz"),
    ("Net Suite added an assistant for accountants.", "Net Suite", "NetSuite"),
    ("Expensefy scans the receipts.", "Expensefy", "Expensify"),
    ("Henrique Dubrugas started the company in Brazil.", "Henrique Dubrugas", "Henrique Dubugras"),
    ("Eric Glymen said the card saves money.", "Eric Glymen", "Eric Glyman"),
    ("Feed Zai sells fraud models to banks.", "Feed Zai", "Feedzai"),
    ("Max Levchen built PayPal with Peter Thiel.", "Max Levchen", "Max Levchin"),
    ("Jack Dorsay left the board.", "Jack Dorsay", "Jack Dorsey"),
    ("Ryan McInerny said agents will shop for us.", "Ryan McInerny", "Ryan McInerney"),
    ("Nik Storonski wants a banking licence.", "Nik Storonski", "Nik Storonsky"),
    ("Refinitive sells market data.", "Refinitive", "Refinitiv"),
    ("Teegus transcripts are in the platform now.", "Teegus", "Tegus"),
    ("Vlad Teneff launched the research assistant.", "Vlad Teneff", "Vlad Tenev"),
    ("Adyan processes payments for Uber.", "Adyan", "Adyen"),
    ("Clarna cut its staff with AI.", "Clarna", "Klarna"),
    ("Turbo Tax added an AI assistant.", "Turbo Tax", "TurboTax"),
    ("Moodys downgraded the debt.", "Moodys", "Moody's"),
    ("Charles Swab cut its fees.", "Charles Swab", "Charles Schwab"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product or unit tied to the wrong firm, its evidence, a quiet twin naming its own firm)
WRONG_MAKERS = [
    ("Goldman Sachs' LLM Suite gives every banker a chatbot.", "Goldman Sachs' LLM Suite",
     "JPMorgan Chase's LLM Suite gives every banker a chatbot."),
    ("IndexGPT from Goldman Sachs picks thematic stocks.", "IndexGPT from Goldman Sachs",
     "IndexGPT from JPMorgan Chase picks thematic stocks."),
    ("Morgan Stanley's GS AI Assistant summarises research.", "Morgan Stanley's GS AI Assistant",
     "Goldman Sachs' GS AI Assistant summarises research."),
    ("ChatPwC, built by Deloitte, answers tax questions.", "ChatPwC, built by Deloitte",
     "ChatPwC, built by PwC, answers tax questions."),
    ("Zora AI from Accenture runs finance agents.", "Zora AI from Accenture",
     "Zora AI from Deloitte runs finance agents."),
    ("EY.ai, built by KPMG, runs the tax agents.", "EY.ai, built by KPMG", "EY.ai, built by EY, runs the tax agents."),
    ("Vanguard's Aladdin Copilot answers portfolio questions.", "Vanguard's Aladdin Copilot",
     "BlackRock's Aladdin Copilot answers portfolio questions."),
    ("Citi Assist, JPMorgan Chase's internal tool, searches policies.",
     "Citi Assist, JPMorgan Chase's internal tool", "Citi Assist, Citigroup's internal tool, searches policies."),
    ("Progressive's AI Jim pays claims in seconds.", "Progressive's AI Jim",
     "Lemonade's AI Jim pays claims in seconds."),
    ("Sage Copilot from Intuit drafts invoices.", "Sage Copilot from Intuit", "Sage Copilot from Sage drafts invoices."),
    ("Robinhood Cortex from Coinbase explains market moves.", "Robinhood Cortex from Coinbase",
     "Robinhood Cortex from Robinhood Markets explains market moves."),
    ("Venmo, Block's payment app, added a debit card.", "Venmo, Block's payment app",
     "Venmo, PayPal's payment app, added a debit card."),
    ("Tegus, owned by Bloomberg, sells expert calls.", "Tegus, owned by Bloomberg",
     "Tegus, owned by AlphaSense, sells expert calls."),
    ("QuantumBlack, a unit of BCG, builds the models.", "QuantumBlack, a unit of BCG",
     "QuantumBlack, a unit of McKinsey, builds the models."),
    ("Jane Fraser, the CEO of Wells Fargo, cut layers.", "Jane Fraser, the CEO of Wells Fargo",
     "Jane Fraser, the CEO of Citigroup, cut layers."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other people's names beside them
QUIET = [
    "We built a zero-based budget for the year.",
    "The ramp up took three months, and the ramp to the stage was steep.",
    "We ran a pilot program with two hospitals.",
    "On the basis of the evidence, the court ruled.",
    "A bench of judges heard the appeal.",
    "A progressive tax falls harder on the rich, and the Progressive Caucus met.",
    "That was sage advice from my mentor.",
    "It was a square deal, and they sold a block of shares.",
    "The citadel on the hill was built in the twelfth century.",
    "He was in the vanguard of the movement, and high fidelity audio is back.",
    "She made lemonade from lemons, and sardines come in tins.",
    "A copper alloy resists corrosion, and the upstart challenged the champion.",
    "A sixfold increase in costs shocked the board.",
    "The feature space of the model is large, and Exploring the Feature Space is a good title.",
    "Two sigma events happen more often than you think.",
    "Robin Hood stole from the rich.",
    "We saw the Morning Star before dawn.",
    "The Black Rock Desert hosts Burning Man.",
    "Quantum black holes evaporate.",
    "Xerox made copiers, and Zero is a number.",
    "The BCG vaccine protects against tuberculosis.",
    "So cure rates went up.",
    "Ken Griffey hit home runs, and Ken Griffin runs Citadel.",
    "Alex Cross is a detective in the novels.",
    "Secure the servers, and the Alliance formed.",
    "Meryl Streep won an Oscar, and Merrell makes shoes.",
    "City Hall approved the plan, and Sofia is the capital of Bulgaria.",
    "Plug the USB cable in, and AGI is coming.",
    "Venom is a Marvel film, and upstate New York is cold.",
    "Deloitte's Zora AI and PwC's ChatPwC compete with EY.ai and KPMG Clara.",
    "JPMorgan Chase's LLM Suite and IndexGPT, Goldman Sachs' GS AI Assistant and BlackRock's Aladdin Copilot.",
    "Allianz, AXA, AIG, Chubb, Munich Re and Swiss Re insure the risks.",
    "Moody's, LSEG, FactSet and Morningstar sell data, and the Moody Blues played.",
    "The Sage Group and Xero sell accounting software, and NetSuite from Oracle runs the ledger.",
    "Bill Gates and Bill Clinton spoke, then Bill Holdings reported.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
