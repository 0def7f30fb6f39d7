"""Session 46: glossary names of enterprise and work AI (legal AI, CRM and sales, writing and
knowledge work, HR and recruiting, customer service, commerce, automation) and the people behind
them: a misspelled name is found with the canonical fix, whether the glossary lists that
misspelling or only the fuzzy match finds it; a product, unit or executive tied to the wrong firm
is found and its own firm is quiet; the right spelling, and the ordinary words and other people's
names that sit close to the new names, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import quote_episode
from tests.test_glossary_s44 import _found, check_misspelling
from tests.test_glossary_s45 import check_wrong_maker


# (a misspelled name, its evidence, the canonical fix): misspellings the glossary lists
MISSPELLED = [
    ("Jack Newtown was on stage talking about the deal.", "Jack Newtown", "Jack Newton"),
    ("Vlex brings a huge library of case law.", "Vlex", "vLex"),
    ("IronClad manages the contracts of big companies.", "IronClad", "Ironclad"),
    ("Dharmesh Sha built the agent marketplace.", "Dharmesh Sha", "Dharmesh Shah"),
    ("Yamini Ragan said every rep will have an agent.", "Yamini Ragan", "Yamini Rangan"),
    ("Mae Habib said enterprises want their own models.", "Mae Habib", "May Habib"),
    ("Grammerly now writes whole paragraphs.", "Grammerly", "Grammarly"),
    ("Zappier connects thousands of apps.", "Zappier", "Zapier"),
    ("Monday dot com launched its own agents.", "Monday dot com", "Monday.com"),
    ("Eight Fold AI matches candidates to roles.", "Eight Fold AI", "Eightfold AI"),
    ("HireView scores the video interviews.", "HireView", "HireVue"),
    ("Owen McCabe came back to run the company.", "Owen McCabe", "Eoghan McCabe"),
    ("Harley Finklestein talked about the merchants.", "Harley Finklestein", "Harley Finkelstein"),
    ("MoveWorks builds agents for IT help desks.", "MoveWorks", "Moveworks"),
    ("Thomson Reuter bought the legal startup.", "Thomson Reuter", "Thomson Reuters"),
    ("CoCouncil drafts the memos for the associates.", "CoCouncil", "CoCounsel"),
    ("Lexus Plus AI answers questions with citations.", "Lexus Plus AI", "Lexis+ AI"),
    ("UIPath sells software robots.", "UIPath", "UiPath"),
    ("Tao-bench measures how agents follow a policy.", "Tao-bench", "τ-bench"),
]

# misspellings the glossary does not list: the fuzzy match finds them
UNLISTED = [
    ("Jack Newten said lawyers will bill differently.", "Jack Newten", "Jack Newton"),
    ("Gramerly now writes whole paragraphs.", "Gramerly", "Grammarly"),
    ("Zapeir connects thousands of apps.", "Zapeir", "Zapier"),
    ("Airtible added AI fields to every base.", "Airtible", "Airtable"),
    ("Yamini Rangaan said every rep will have an agent.", "Yamini Rangaan", "Yamini Rangan"),
    ("Harley Finkelstine talked about the merchants.", "Harley Finkelstine", "Harley Finkelstein"),
    ("Eoghan McCabbe bet the company on Fin.", "Eoghan McCabbe", "Eoghan McCabe"),
    ("Daniel Diness said agents need robots.", "Daniel Diness", "Daniel Dines"),
    ("Automation Anywher sells bots to banks.", "Automation Anywher", "Automation Anywhere"),
    ("Moveworx builds agents for IT help desks.", "Moveworx", "Moveworks"),
    ("HireVeu scores the video interviews.", "HireVeu", "HireVue"),
    ("Rippeling runs payroll and devices.", "Rippeling", "Rippling"),
    ("Casetxt was bought for six hundred and fifty million.", "Casetxt", "Casetext"),
    ("Vincnet AI drafts the briefs.", "Vincnet AI", "Vincent AI"),
    ("Spelbook drafts contracts inside Word.", "Spelbook", "Spellbook"),
    ("Wade Fostre said every employee builds automations.", "Wade Fostre", "Wade Foster"),
    ("Asanna added AI teammates.", "Asanna", "Asana"),
    ("Zendeks resolves the tickets with agents.", "Zendeks", "Zendesk"),
    ("Clickupp added an AI brain.", "Clickupp", "ClickUp"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED + UNLISTED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# (a product, unit or executive tied to the wrong firm, its evidence, a quiet twin naming its own firm)
WRONG_MAKERS = [
    ("Vincent AI from LexisNexis drafts the briefs.", "Vincent AI from LexisNexis",
     "Vincent AI from vLex drafts the briefs."),
    ("vLex, owned by Thomson Reuters, sells Vincent.", "vLex, owned by Thomson Reuters",
     "vLex, owned by Clio, sells Vincent."),
    ("Decagon's τ-bench tests agents on airline policies.", "Decagon's τ-bench",
     "Sierra's τ-bench tests agents on airline policies."),
    ("HubSpot's Service Cloud got an agent.", "HubSpot's Service Cloud", "Salesforce's Service Cloud got an agent."),
    ("Google's LinkedIn Hiring Assistant screens candidates.", "Google's LinkedIn Hiring Assistant",
     "Microsoft's LinkedIn Hiring Assistant screens candidates."),
    ("Loom, owned by Zoom, records videos.", "Loom, owned by Zoom", "Loom, owned by Atlassian, records videos."),
    ("Paradox, owned by SAP, screens candidates.", "Paradox, owned by SAP",
     "Paradox, owned by Workday, screens candidates."),
    ("Moveworks, owned by Salesforce, builds agents.", "Moveworks, owned by Salesforce",
     "Moveworks, owned by ServiceNow, builds agents."),
    ("Amazon's Shopify Magic writes product copy.", "Amazon's Shopify Magic",
     "Shopify's Shopify Magic writes product copy."),
    ("Jesse Zhang, the CEO of Sierra, spoke.", "Jesse Zhang, the CEO of Sierra",
     "Jesse Zhang, the CEO of Decagon, spoke."),
    ("Yamini Rangan, the CEO of Salesforce, spoke.", "Yamini Rangan, the CEO of Salesforce",
     "Yamini Rangan, the CEO of HubSpot, spoke."),
    ("Daniel Dines, the CEO of Automation Anywhere, spoke.", "Daniel Dines, the CEO of Automation Anywhere",
     "Daniel Dines, the CEO of UiPath, spoke."),
    ("Salesforce's Rovo answers questions.", "Salesforce's Rovo", "Atlassian's Rovo answers questions."),
]


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


# the new names spelt right, and ordinary words, phrases and other people's names beside them
QUIET = [
    "Clay is a soft material, and Clay Christensen wrote about disruption.",
    "Denmark's Koda sued Suno, and Japan's CODA wrote to OpenAI.",
    "Bots Talking to Bots: Mobley v. Workday, LinkedIn's Hiring Assistant and the law.",
    "The fin of a shark cut the water.",
    "It is a paradox of choice.",
    "We hiked in the Sierra Nevada mountains.",
    "A cool breeze came in from the sea, and every hero needs a sidekick.",
    "Olivia said she would come tomorrow, and Olivia from Anthropic agreed.",
    "The writer said the book was done.",
    "As an engineer, I disagree, and the asana was hard to hold.",
    "Joan Miro painted it, and Mira Murati left OpenAI.",
    "The lever moved the rock, and Lever Brothers made soap.",
    "Greenhouse gases trap heat.",
    "She ate with gusto, and the water was rippling.",
    "The loom wove cloth, and the coda of the symphony was loud.",
    "Community outreach matters, and superhuman performance is the goal.",
    "The contract was ironclad, and sales rose eightfold.",
    "On Monday we shipped it, and Mondays are slow.",
    "A regular decagon has ten sides.",
    "The Renault Clio is a small car, and Vincent van Gogh painted sunflowers.",
    "Jesse Owens won four gold medals, and Owen Wilson said wow.",
    "Harley Davidson makes motorcycles, and the fireflies glowed at night.",
    "Tau is a Greek letter, and the crest of the wave broke.",
    "Salesforce's Sales Cloud and Service Cloud, HubSpot's Breeze and Atlassian's Rovo.",
    "Clio's vLex and Vincent AI, Thomson Reuters' CoCounsel and Workday's Paradox.",
    "Bret Taylor and Clay Bavor founded Sierra, which published τ-bench.",
    "Eoghan McCabe runs Intercom, Jesse Zhang runs Decagon, and Daniel Dines runs UiPath.",
    "Harley Finkelstein and Tobi Lütke run Shopify, and Wade Foster runs Zapier.",
    "ServiceNow bought Moveworks, Workday bought Paradox, and Grammarly bought Superhuman.",
]


@pytest.mark.parametrize("text", QUIET)
def test_the_right_spelling_and_ordinary_words_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
