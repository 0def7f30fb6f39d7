"""Session 37: glossary names of retail and e-commerce AI, ad tech, payments, logistics and
warehouse robotics (and the firms and executives behind them): a product tied to the wrong maker
and a misspelled name are found with the canonical fix; the right maker, and the ordinary words and
other people's names that collide with the new names, stay quiet."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text, llm_entity_episode, quote_episode, summary_episode

_FAMILIES = ("attribution", "misspelling", "consistency", "entity-noise")


def _found(episode: str) -> list[tuple[str, str]]:
    return [(f.family, f.evidence) for f in audit_text(episode) if f.family in _FAMILIES]


# (a wrong maker, its evidence, a quiet twin naming the right maker)
WRONG_MAKERS = [
    ("Rufus, Walmart's shopping assistant, now tracks prices.", "Rufus, Walmart's shopping assistant",
     "Amazon's Rufus now tracks prices."),
    ("Sparky, Amazon's shopping assistant, reorders groceries.", "Sparky, Amazon's shopping assistant",
     "Walmart's Sparky reorders groceries."),
    ("Mylow, built by Home Depot, answers DIY questions.", "Mylow, built by Home Depot",
     "Lowe's Mylow answers DIY questions."),
    ("Magic Apron, built by Lowe's, explains how to tile a floor.", "Magic Apron, built by Lowe's",
     "The Home Depot's Magic Apron explains how to tile a floor."),
    ("Sidekick, Klarna's assistant for merchants, drafts the emails.", "Sidekick, Klarna's assistant",
     "Shopify's Sidekick drafts the emails for merchants."),
    ("Performance Max from Meta spreads the budget across placements.", "Performance Max from Meta",
     "Google's Performance Max spreads the budget across placements."),
    ("We moved the budget to Google's Advantage+ campaigns.", "Google's Advantage+",
     "We moved the budget to Meta's Advantage+ campaigns."),
    ("Carrot Ads, Kroger's white-label product, powers regional grocers.",
     "Carrot Ads, Kroger's white-label product", "Instacart's Carrot Ads powers regional grocers."),
    ("Kokai, the Criteo buying platform, scores every impression.", "Kokai, the Criteo buying platform",
     "The Trade Desk's Kokai scores every impression."),
    ("Roundel from Walmart sells ads on the retailer's site.", "Roundel from Walmart",
     "Target's Roundel sells ads on the retailer's site."),
    ("Agent Pay from Visa lets an agent buy on the shopper's behalf.", "Agent Pay from Visa",
     "Mastercard's Agent Pay lets an agent buy on the shopper's behalf."),
    ("Stripe's Agent Payments Protocol was the talk of the week.", "Stripe's Agent Payments Protocol",
     "Google's Agent Payments Protocol was the talk of the week."),
    ("Instant Checkout, a new Google feature, lets you buy inside the chat.",
     "Instant Checkout, a new Google feature", "Instant Checkout in OpenAI's ChatGPT lets you buy inside the chat."),
    ("Doppl, the Perplexity try-on app, shows the outfit on you.", "Doppl, the Perplexity try-on app",
     "Google's Doppl app shows the outfit on you."),
    ("Dynamic Yield, now owned by Salesforce, personalises product pages.",
     "Dynamic Yield, now owned by Salesforce", "Dynamic Yield, now owned by Mastercard, personalises product pages."),
    ("Breeze, Salesforce's agent suite, writes the follow-ups.", "Breeze, Salesforce's agent",
     "HubSpot's Breeze writes the follow-ups."),
    ("Symphony, the Meta creative suite, generates ad variants.", "Symphony, the Meta creative suite",
     "TikTok's Symphony generates ad variants."),
    ("Temu, the Alibaba discount app, ships straight from factories.", "Temu, the Alibaba discount app",
     "Temu, owned by PDD Holdings, ships straight from factories."),
    ("Accio, Amazon's sourcing agent, finds suppliers.", "Accio, Amazon's sourcing agent",
     "Alibaba's Accio finds suppliers."),
    ("Blue Yonder, a Microsoft subsidiary, sells planning software.", "Blue Yonder, a Microsoft subsidiary",
     "Blue Yonder, a Panasonic subsidiary, sells planning software."),
    ("cuOpt from Google solved the routing problem on a GPU.", "cuOpt from Google",
     "Nvidia's cuOpt solved the routing problem on a GPU."),
    ("Microsoft's OR-Tools solved the scheduling problem.", "Microsoft's OR-Tools",
     "Google's OR-Tools solved the scheduling problem."),
    ("The Isaac platform from Intel simulates the warehouse robots.", "Isaac platform from Intel",
     "Nvidia's Isaac platform simulates the warehouse robots."),
    ("Google's FAISS library does the nearest-neighbour search.", "Google's FAISS",
     "Meta's FAISS library does the nearest-neighbour search."),
    ("Google's Cash App added a savings feature.", "Google's Cash App", "Block's Cash App added a savings feature."),
]


def check_wrong_maker(text: str, evidence: str, twin: str) -> None:
    """One attribution finding on `text`, its evidence `evidence`; none on `twin`."""
    assert _found(quote_episode(text)) == [("attribution", evidence)]
    assert _found(quote_episode(twin)) == []


def check_context_maker(name: str, context: str, evidence: str) -> None:
    """One A402 finding on an LLM entity `name` whose context `context` names the wrong maker."""
    found = [(f.rule, f.evidence) for f in audit_text(llm_entity_episode(name, context, category="ai_product"))
             if f.family == "attribution"]
    assert found == [("A402", evidence)]


def check_misspelling(text: str, evidence: str, fix: str) -> None:
    """One misspelling finding on a summary `text`, its evidence `evidence`, fixed to end with `fix`."""
    found = [f for f in audit_text(summary_episode(text)) if f.family == "misspelling"]
    assert [f.evidence for f in found] == [evidence]
    assert found[0].fix.edits[0].replacement.endswith(fix)


@pytest.mark.parametrize("text,evidence,twin", WRONG_MAKERS)
def test_a_wrong_maker_of_a_new_name_is_found_and_the_right_one_is_quiet(text, evidence, twin):
    check_wrong_maker(text, evidence, twin)


@pytest.mark.parametrize("name,context,evidence", [
    ("Rufus", "Walmart's shopping assistant, now able to track prices", "Walmart's shopping assistant"),
    ("Loomi AI", "Coveo's generative merchandising assistant", "Coveo's generative merchandising assistant"),
    ("Symphony", "Meta's creative suite for advertisers", "Meta's creative suite"),
])
def test_an_entity_context_naming_the_wrong_maker_of_a_new_name_is_found(name, context, evidence):
    check_context_maker(name, context, evidence)


# (a misspelled name, its evidence, the canonical fix)
MISSPELLED = [
    ("Pintrest is where shoppers plan their kitchens.", "Pintrest", "Pinterest"),
    ("They pay with Pay Pal at checkout.", "Pay Pal", "PayPal"),
    ("Bloom Reach sells a search engine for stores.", "Bloom Reach", "Bloomreach"),
    ("Klayvio sends the abandoned-cart emails.", "Klayvio", "Klaviyo"),
    ("Mersk moved the containers through Rotterdam.", "Mersk", "Maersk"),
    ("Four Kites tracks the trucks in real time.", "Four Kites", "FourKites"),
    ("Kinaxsis plans the supply chain.", "Kinaxsis", "Kinaxis"),
    ("Kupang is the Amazon of Korea.", "Kupang", "Coupang"),
    ("Doug McMillan said the stores will stay staffed.", "Doug McMillan", "Doug McMillon"),
    ("Ryan Peterson tweets about tariffs every morning.", "Ryan Peterson", "Ryan Petersen"),
    ("Toby Lutke wrote the memo about AI and hiring.", "Toby Lutke", "Tobi Lütke"),
    ("Brian Cheskey redesigned the whole app.", "Brian Cheskey", "Brian Chesky"),
    ("Jeff Greene says the open internet needs Kokai.", "Jeff Greene", "Jeff Green"),
    ("Our ads run on the TradeDesk now.", "TradeDesk", "The Trade Desk"),
    ("Insta Cart sells ads on its grocery app.", "Insta Cart", "Instacart"),
]


@pytest.mark.parametrize("text,evidence,fix", MISSPELLED)
def test_a_misspelled_new_name_is_found_with_its_canonical_fix(text, evidence, fix):
    check_misspelling(text, evidence, fix)


# ordinary words, people and other firms beside the new names
QUIET = [
    "A gentle breeze came off the water, Drew Brees threw a touchdown, and the day was breezy.",
    "Isaac Newton described gravity, and Isaac Asimov wrote about robots.",
    "We heard a symphony orchestra play the Symphony No. 5.",
    "My sidekick on this project was Dana, and the target audience is small.",
    "I need a visa to travel, and samsara is the cycle of rebirth.",
    "The roundel on the plane was red, and the dog was called Sparky.",
    "There is a dynamic yield curve in bonds, and instant checkout beats a long form.",
    "Ben Stein and Yi Shen discussed shin splints, and Teemu Selanne played hockey.",
    "Accion lends to small firms, and Accio finds suppliers.",
    "Block the port, then square the numbers; Square Enix makes games and Times Square is busy.",
    "A chewy cookie, a circle of friends, a ramp to the stage and an attentive audience.",
    "Albert Einstein said imagination matters more than knowledge.",
    "Intel Foundry and Samsung Foundry make chips, and Palantir Foundry holds the data.",
    "Amazon Bedrock's Rerank API reorders the passages.",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_words_and_other_names_beside_the_new_names_stay_quiet(text):
    assert _found(quote_episode(text)) == []
