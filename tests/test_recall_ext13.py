"""Issue 6, session ext13: T701 on speech cut at a whole word mid-sentence, where the last clause
lacks what its head requires -- a wh-word or complementizer and a subject with no verb ("... look
at how these models"), ", which is why", an adverb after a conjunction ("... and suddenly"), a
copula without its complement ("... the interconnect becomes"), a relative clause with its
auxiliary only ("... a system that can"), 'let' and an object without its verb, a superlative
without its noun, 'making sure', a comparison's second half (", the more"), "is going to be", a
rare word cut short ("interpretabil") -- and the whole speech that ends on the same kinds of word.
One episode per quote, all through the real rules (tests.test_truncation_s10's helpers).
"""

import pytest

from tests.test_truncation_s10 import _assert_cut, _quotes

CUT = [
    # a wh-word and a subject without its verb
    ("If you think about how the labs", "labs"),
    ("I'm always curious about why these companies", "companies"),
    ("That's basically where the industry", "industry"),
    ("It really depends on how fast the hardware", "hardware"),
    ("We had to figure out when the model", "model"),
    # a clause opener and a subject whose noun phrase ends on its preposition's object
    ("So the question is whether the next generation of chips", "chips"),
    # a wh-word after 'is' whose subject is a relative or a free relative
    ("We launched the API in March, which is why", "why"),
    ("Revenue doubled in the second half, which is how", "how"),
    ("What struck me about the launch was how", "how"),
    ("Everyone in the room agreed, which tells you that", "that"),
    # an adverb that stands before a clause, after a conjunction or complementizer
    ("We were growing fast and suddenly", "suddenly"),
    ("The demo went viral because honestly", "honestly"),
    ("We had a great quarter, although obviously", "obviously"),
    # a copula without its complement after a noun
    ("I think the training cluster eventually becomes", "becomes"),
    ("Over time the model basically becomes", "becomes"),
    # a relative clause with its auxiliary and no verb
    ("What you really want is a system that can", "can"),
    # the object of 'let' (after an adjective) without its verb
    ("The new scheduler basically lets small startups", "startups"),
    ("Open weights let independent researchers", "researchers"),
    # 'making sure' without its clause
    ("The hard part was making sure", "sure"),
    # a superlative without its noun
    ("It was one of the most important", "important"),
    ("That was the single biggest", "biggest"),
    # the second half of a comparison
    ("The bigger the model, the more", "more"),
    # 'is going to be' without its complement
    ("The next big unlock for robotics is going to be", "be"),
    # a result clause ('so ... that') strands no preposition
    ("The API got so cheap that people stopped worrying about", "about"),
    # 'the old one' is a subject; 'kept' wants its object
    ("We basically rewrote the pipeline because the old one kept", "kept"),
    # ", which" and an auxiliary; an ordinal, a possessive, 'what' without their words; 'than to'
    ("Our agents now resolve most tickets without a human, which was", "was"),
    ("We started sending people a weekly summary of what", "what"),
    ("We noticed that users who connected their calendar in the first", "first"),
    ("If the agent makes a mistake with a customer's", "customer's"),
    ("I would rather fine-tune it ourselves than to", "to"),
    # a name after a clause opener; 'spent' without its object; 'been' in a clause after 'that'
    ("You have to remember that Nvidia", "Nvidia"),
    ("You have to remember that for years Nvidia spent", "spent"),
    ("There was a moment when we realized that the evals we had been", "been"),
    # 'be' without its complement: after a personal pronoun with no 'be' before it to repeat, or
    # in a clause whose opener is no gap of it ("why people are")
    ("We actually tried to build our own chips at one point, and it was", "was"),
    ("And look, I get why people are", "are"),
    ("So, you know, the way we think about pricing is", "is"),
    # a subject without its verb after 'how many ...' or after a prepositional phrase
    ("The most important metric for us is how many tasks the agent", "agent"),
    ("I genuinely believe that within five years every knowledge worker", "worker"),
    # a comparative adjective after a preposition; 'what' after 'depends on'
    ("The moment we added voice, usage among older", "older"),
    ("Honestly, how well it works depends on what", "what"),
    # a wh-word and 'it'; 'need to' after 'is that' whose free relative is the subject; an adjective
    # and a plural after 'that the'; a reported verb without what was said; a condition's main
    # clause with only its subject
    ("I think the most underrated thing about Cursor is how it", "it"),
    ("What I tell every founder is that you need to", "to"),
    ("The open-source models are catching up so fast that the closed labs", "labs"),
    ("I remember talking to Jensen about this and he said", "said"),
    ("When you look at the economics of serving a frontier model, the margins", "margins"),
    # a subject of no person after a clause opener; a free relative and 'is'; 'the idea that';
    # 'how well you'
    ("Look, the honest answer is that nobody", "nobody"),
    ("What the market doesn't understand about Nvidia is", "is"),
    ("I'd push back a little on the idea that", "that"),
    ("A lot of it comes down to how well you", "you"),
    # 'is what'; a focus adverb before a final subordinator; a subject and an adverb
    ("If you're serving at scale, batching is what", "what"),
    ("Our fine-tuned model beats GPT-4 on our internal benchmark, but only when", "when"),
    ("We cache aggressively, so most requests never", "never"),
    # a rare word cut short
    ("Regulators are worried about concentration and interpretabil", "interpretabil"),
]


@pytest.mark.parametrize("text, evidence", CUT)
def test_a_quote_whose_last_clause_lacks_its_head_is_flagged(text, evidence):
    (found,), (episode,) = _quotes([text])
    _assert_cut(text, found, episode, evidence)


WHOLE = [
    "I mean, that's just how the business works", "We had no idea why the model did that",
    "Nobody really knows where the ceiling is", "I remember when the first GPT paper came out",
    "It depends on how big the model is", "Nobody knows when the bubble pops",
    "So that's kind of where the opportunity lies", "He showed us how the system handles failures",
    "That's what made it so great to work with", "The product is really hard to compete with",
    "The team at Anthropic has been great to work with", "It's a company that's fun to work for",
    "The bigger the model, the better", "The more, the merrier", "It's one of the best",
    "We tried it, and honestly it was great", "Maybe not today, but eventually", "Not always, but usually",
    "Nobody believed us, but slowly and surely they came around", "It works slowly but surely",
    "We'll see, but probably", "It's been like that ever since then",
    "That's a model that can reason", "We need people who can ship", "They'll hire anyone who can",
    "It's going to be fine", "I don't know what it's going to be",
    "It lets developers ship faster", "The team is making sure of it", "We're just making sure",
    "Eventually the model becomes the product", "That's what it becomes", "The old one kept crashing",
    "That's why", "And that's how", "This is why", "We did it, which is great",
    "They raised a lot, which tells you something", "What we found was that it works",
    "I love how fast it is", "We'll see how it goes", "Nobody knows why", "I don't see why not",
    "I think that's true for most of them", "That's the part where the magic happens",
    "I can tell you that", "We ship features quickly", "That's exactly what", "The team works hard, always",
    "I'll tell you when", "You need to hire", "We're going to deploy", "We decided to raise", "I trust nobody", "I know what it is", "It was built for everyone",
    "It's fine, I mean", "The market is going to consolidate", "You just iterate", "I'll show you how it works", "That's what he said", "It's fine, I think",
    "It is hard, and I agree", "If you add more data, the better", "If prices drop, the customers buy",
    "Do it the way that you want to", "We lost a year on it, and for what", "I'm getting older", "They are older", "It was hard, and it still is", "I know who they are", "It is what it is",
    "That's who we are", "Is it worth it? I think it is", "As it was", "Nobody ever stepped in, not once",
    "The thing is, nobody was stepping in", "I think that in the end the market decides", "No matter what", "Guess what", "It's the company's", "We were the first",
    "It's better than Google", "The money we spent", "It was time well spent", "That's how it's always been", "We moved fast, and honestly, it paid off",
    "The compute bill this year is crazy to think about", "It was hard to deal with",
    "We think of ourselves as a research lab first and a product company second",
]


def test_whole_speech_ending_on_the_same_kinds_of_word_stays_quiet():
    found, _ = _quotes(WHOLE)
    loud = [(t, [(f.rule, f.evidence) for f in fs]) for t, fs in zip(WHOLE, found) if fs]
    assert not loud


# --- entity-noise ----------------------------------------------------------------------------------
from tests.test_recall_extended8 import _episode, _hits, _ner  # noqa: E402

NOISE = [
    # a lowercase word of the sentence glued to a capitalised name
    ("Fund Anthropic", "Amazon decided to fund Anthropic with billions of dollars and make AWS the primary cloud"),
    ("Ban Meta", "there was a proposal to ban Meta from training on user data in Europe last year"),
    # a common plural at the start of its sentence, the subject of a plural verb
    ("Investors", "The valuations are wild. Investors are pricing these companies like they already won"),
    ("Incumbents", "The market shifted. Incumbents have the distribution but they move slowly on AI"),
    ("Founders", "Fundraising is harder. Founders are now expected to show real revenue before a Series A"),
    # the field's generic plurals
    ("Neoclouds", "GPU rental is booming. Neoclouds are buying up capacity wherever they can find power"),
]
GENUINE = [
    ("Threads", "Meta's new app is doing well. Threads is growing faster than anyone expected this year"),
    ("Notion", "Docs tools are adding agents. Notion has more AI users than anyone expected this year"),
    ("Ramp", "Corporate cards are hot. Ramp has been growing fast by automating expense reports"),
    ("Open Philanthropy", "It was funded by donors like Open Philanthropy, which gave a lot to AI safety work"),
    ("Scale AI", "The data labeling market is big. Scale AI supplies training data to most of the labs"),
    ("Figure", "Humanoid robots are back. Figure raised a huge round to build general-purpose robots"),
]


@pytest.mark.parametrize("name, sentence", NOISE)
def test_a_sentence_word_or_a_plural_subject_listed_as_a_company_is_noise(name, sentence):
    assert _hits([_episode(companies=[_ner(name, sentence)])], "entity-noise") == [True]


def test_genuine_names_of_the_same_shapes_stay_quiet():
    hits = _hits([_episode(companies=[_ner(n, s)]) for n, s in GENUINE], "entity-noise")
    assert [n for (n, _), h in zip(GENUINE, hits) if h] == []
