"""Recall and precision of the extended families (duplicate, truncation, sponsor, entity-noise) on
phrasings written by the ext8 helper: a dev set and the two held-out sets (only the cases the rules
get right; the misses are in the session's report). One episode per case, each run as a batch.
"""

import json
import re

import pytest

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from tests.conftest import ROOT, episode_text

J = json.dumps


def _window(sentence: str, name: str) -> str:
    i = max(0, sentence.find(name))
    return sentence[max(0, i - 50):i] + sentence[i:i + 50 + len(name)]


def _ner(name, sentence, cat="tech", conf="medium"):
    return (f"- category: {cat}\n  confidence: {conf}\n  context: {J(_window(sentence, name))}\n"
            f"  name: {J(name)}\n  position: 1200\n")


def _llm(name, ctx, cat="ai_company"):
    return f"- category: {cat}\n  confidence: high\n  context: {J(ctx)}\n  name: {J(name)}\n  source: llm_enhanced\n"


def _quote(text):
    return f"- length: {len(text)}\n  relevance_score: 7\n  text: {J(text)}\n  topics: []\n"


def _insight(text, extracted):
    return (f"- actionable: false\n  confidence: medium\n  extracted: {J(extracted)}\n  text: {J(text)}\n"
            f"  type: observation\n")


def _episode(companies=(), quotes=(), insights=()):
    fm = "title: An episode about AI\nsummary: A conversation about AI products and companies.\n"
    if companies:
        fm += "companies:\n" + "".join(companies)
    if insights:
        fm += "insights:\n" + "".join(insights)
    if quotes:
        fm += "quotes:\n" + "".join(quotes)
    return episode_text(fm)


def _hits(texts: list[str], family: str) -> list[bool]:
    """For each episode text, whether a finding of `family` is in it (one batch for all)."""
    eps = [parse_episode(t.encode("utf-8"), Episode(path=f"c{i}.md")) for i, t in enumerate(texts)]
    results = Auditor(Settings(select=["ALL"])).audit_episodes(eps)
    return [any(f.family == family for f in r.findings) for r in results]


def _check(cases, texts, family, positive):
    hits = _hits(texts, family)
    wrong = [c for c, h in zip(cases, hits) if h != positive]
    assert not wrong, f"{family}: {'missed' if positive else 'false positives'}: {wrong}"


# --- duplicate -----------------------------------------------------------------------------------
DUP_ENTITIES = [("Snowflake Inc.", "Snowflake"), ("Palantir Technologies", "Palantir"), ("Datadog, Inc.", "Datadog"),
                ("Anthropic PBC", "Anthropic"), ("NVIDIA Corporation", "Nvidia"), ("Hugging Face", "Hugginface"),
                ("Anthropic", "Antrhopic"), ("Perplexity", "Perplexty"), ("Mistral AI", "Mistral"),
                ("Rivian Automotive", "Rivian"), ("Ubisoft Entertainment SA", "Ubisoft"),
                ("Zipline International", "Zipline"), ("Acme Inc.", "Acme"), ("OpenAI", "Openai"),
                ("Deepmind", "DeepMnd"), ("Databricks", "Databrciks"), ("Hippocratic AI", "Hipocratic AI"),
                ("Cloudflare", "Cloudfare"), ("Microsoft", "Microsft"), ("Anthropic", "Anthorpic")]
DISTINCT_ENTITIES = [("Meta", "Meta AI"), ("Google", "Google DeepMind"), ("Amazon", "Amazon Web Services"),
                     ("GPT-4", "GPT-4o"), ("Llama 3", "Llama 4"), ("Scale AI", "Scale Venture Partners"),
                     ("X", "xAI"), ("Groq", "Grok"), ("OpenAI", "OpenAPI"), ("Gemini", "Gemma"),
                     ("Claude 3.5 Sonnet", "Claude 3.7 Sonnet"), ("Windsurf", "Windows"), ("Replit", "Reddit"),
                     ("Devin", "Devon"), ("Cohere", "Coherent"), ("Gemini 1.5", "Gemini 2.0"), ("Intel", "Intel Capital")]


def _dup_entity_episode(a, b):
    return _episode(companies=[_ner(a, f"and honestly when {a} came out with that announcement, the market moved"),
                               _llm(b, "Company discussed by the guests in the episode.")])


@pytest.mark.parametrize("positive", [True, False])
def test_duplicate_entities(positive):
    cases = DUP_ENTITIES if positive else DISTINCT_ENTITIES
    _check(cases, [_dup_entity_episode(a, b) for a, b in cases], "duplicate", positive)


DUP_QUOTES = [
    ("Each call costs us about $0.05, which adds up fast at our volume",
     "Each call costs us about five cents, which adds up fast at our volume"),
    ("It made our support team twice as productive within a quarter",
     "It made our support team 2x as productive within a quarter"),
    ("We crossed half a million weekly users in under three months",
     "We crossed 500,000 weekly users in under three months"),
    ("Every API call costs roughly $0.02 once you add the retrieval step",
     "Every API call costs roughly two cents once you add the retrieval step"),
    ("Our error rate dropped by half after we added the verifier", "Our error rate dropped by 50% after we added the verifier"),
    ("We reached a million developers on the platform in eighteen months",
     "We reached 1,000,000 developers on the platform in eighteen months"),
    ("half a billion people use it every week", "500 million people use it every week"),
    ("A single query costs about $0.01 to serve", "A single query costs about one cent to serve"),
    ("The token price fell by 10x in a year", "The token price fell by ten times in a year"),
]
OTHER_CLAIMS = [
    ("The latency went down by two hundred milliseconds after the migration",
     "The latency went up by two hundred milliseconds after the migration"),
    ("Prices went up after the new chips shipped to the big labs", "Prices went down after the new chips shipped to the big labs"),
    ("Every API call costs roughly $0.02 once you add retrieval", "Every API call costs roughly $0.20 once you add retrieval"),
    ("The company is profitable on every single customer it serves",
     "The company is not profitable on every single customer it serves"),
    ("Inference is roughly 90% of our compute bill now", "Inference is roughly 9% of our compute bill now"),
    ("The token price fell by 10x in a year", "The token price rose by 10x in a year"),
]


@pytest.mark.parametrize("positive", [True, False])
def test_near_duplicate_quotes(positive):
    cases = DUP_QUOTES if positive else OTHER_CLAIMS
    _check(cases, [_episode(quotes=[_quote(a), _quote(b)]) for a, b in cases], "duplicate", positive)


# --- truncation ----------------------------------------------------------------------------------
CUT_QUOTES = ["So at the end of the day we want to make sure the model",
              "Most enterprise buyers don't care about benchmarks, they care about whether the system",
              "What we learned from the first launch is that the onboarding flow",
              "Inference costs have dropped by a factor of ten in the last eighteen months, which means that",
              "The chip shortage forced every lab to rethink how they allocate compute across",
              "There's a whole generation of developers who have never written a SQL query without",
              "Evaluations are the unit tests of AI products, and if you don't have them you're basically",
              "The reason it failed is that the team", "The problem was that", "Nobody could tell us whether the product",
              "We tried to run everything in one region without", "and honestly they're literally",
              "We had to make sure the customer", "The interesting question is whether the market"]
WHOLE_QUOTES = ["We want to make sure the model is safe before anyone outside the company touches it",
                "That's the part I really care about", "Those are the customers we worry about",
                "We spent months making sure the pipeline was reliable", "Nobody could tell us whether the product works",
                "And that was that", "The answer is that simple", "We shipped it, basically", "I love it too",
                "We use it already", "It depends on who you ask", "That's who we build for", "Nobody knows what it costs"]


@pytest.mark.parametrize("positive", [True, False])
def test_truncated_quotes(positive):
    cases = CUT_QUOTES if positive else WHOLE_QUOTES
    _check(cases, [_episode(quotes=[_quote(t)]) for t in cases], "truncation", positive)


FRAGMENTS = [
    ("companies should treat their data as a product, with clear owners and service levels.", "as a product, with clear owners"),
    ("teams should log every model call so they can replay failures later.", "call so they can"),
    ("open models will close the gap with closed models within a year, at least for coding tasks.", "models will close the gap with closed"),
    ("startups should charge for outcomes, which will make pricing conversations easier.", "startups should charge for outcomes, which will"),
    ("founders should talk to users every week so they can catch problems early.", "talk to users every week so they can"),
    ("teams should measure cost per task rather than cost per token when they compare models.", "per task rather than cost per token"),
]
STANDALONE = [
    ("teams should log every model call so they can replay failures later.", "log every model call so they can replay failures later"),
    ("founders should talk to users every week so they can catch problems early.", "talk to users every week"),
    ("teams should write evals before they write prompts, so they can measure progress.", "write evals before they write prompts"),
    ("companies should start with internal tools, where mistakes are cheap.", "start with internal tools"),
    # the seed's "the future of | the technology ...": a piece after a function word starts a phrase
    ("the future of the technology that we build at the company is open. I mean, that matters to us.",
     "the technology that we build at the company is open"),
]


@pytest.mark.parametrize("positive", [True, False])
def test_fragmentary_extractions(positive):
    cases = FRAGMENTS if positive else STANDALONE
    _check(cases, [_episode(insights=[_insight(t, x)]) for t, x in cases], "truncation", positive)


def test_truncation_word_classes_live_in_the_rule_set():
    code = "".join((ROOT / "audit" / "checks" / name).read_text(encoding="utf-8")
                   for name in ("truncation.py", "clause_end.py"))
    # (sets of characters stay: _DONE_CHARS, _CUT_PUNCT, _LETTERS)
    assert not re.search(r"frozenset\((?:\{\"|[^)]*\.split\()", code), "word sets belong in rules/truncation.yaml"
    import yaml
    data = yaml.safe_load((ROOT / "rules" / "truncation.yaml").read_text(encoding="utf-8"))
    for key in ("embedding_words", "negating_words", "object_words", "skip_adverbs", "function_words",
                "relative_pronouns", "quantifiers", "wh_words", "prepositions", "wh_verbs", "perfect_auxiliaries",
                "complementizers", "demonstratives", "clause_openers", "determiners", "gap_openers",
                "never_stranded_prepositions", "between_whole_words", "between_adverb_words", "make_forms",
                "linking_verbs"):
        assert data.get(key), key


# --- sponsor -------------------------------------------------------------------------------------
ADS = ["A quick thank-you to Ramp, the corporate card that helps finance teams close their books eight days faster",
       "And I want to thank Persona, who keeps our identity verification in check, for sponsoring this episode",
       "Huge thanks to our presenting sponsor, Google Cloud, for making this season possible",
       "Try Squarespace free for fourteen days, and when you're ready to launch, use offer code PODCAST",
       "This podcast is made possible by Lambda, the GPU cloud built for AI developers",
       "This week's episode is sponsored by Plaid, the easiest way to connect your app to your users' bank accounts",
       "Thanks to our friends at Modal for supporting the show; Modal lets you run GPU workloads in the cloud",
       "because of Vanta, who keeps our SOC 2 in order, we can focus on the show",
       "A quick thank-you to Brex, the spend platform that finance teams love",
       "Big thanks to Clerk, the authentication platform built for modern web apps",
       "Start your free trial of Airtable today", "I'd like to thank our title sponsor, Lambda"]
NO_ADS = ["Free trial conversion rates for SaaS are usually somewhere around fifteen percent",
          "If you go to openai.com/research you can read the original GPT-2 post",
          "If you go to anthropic.com/news you'll find the announcement",
          "They offered a free trial and conversion was terrible",
          "Thanks to Nvidia, who basically kept the whole deep learning field alive with CUDA, we had GPUs to train on",
          "A quick thank-you to everyone who sent in questions for this episode",
          "Our executive sponsor, the VP of engineering, pushed hard for the rewrite",
          "Thanks to everyone for supporting the show this year",
          "A quick thank-you to my co-host for covering last week",
          "Special thanks to my co-founder, who kept us alive that year",
          "Try the new model on your hardest prompts and you'll see the difference",
          "Because of Nvidia's margins, every hyperscaler is building its own chip"]


@pytest.mark.parametrize("positive", [True, False])
def test_sponsor_reads(positive):
    cases = ADS if positive else NO_ADS
    _check(cases, [_episode(quotes=[_quote(t)]) for t in cases], "sponsor", positive)


# --- entity-noise --------------------------------------------------------------------------------
NOISE = [("Hyperscalers", "and the Hyperscalers are spending something like two hundred billion a year on data centers"),
         ("Neoclouds", "and the Neoclouds are renting GPUs at a discount to the big ones"),
         ("LLM Providers", "we route traffic across several LLM Providers"),
         ("Incumbents", "the Incumbents have distribution but move slowly"),
         ("Series A", "we raised our Series A with nothing but a demo and a waitlist"),
         ("Product Managers", "several Product Managers told us the same thing")]
NAMES = [("Threads", "we launched the Threads app for a hundred million people"),
         ("Harvey", "Harvey sells AI tools to law firms and has grown very fast"),
         ("Sierra", "Sierra builds customer service agents for large brands"),
         ("Cognition", "Cognition launched Devin as an autonomous software engineer"),
         ("Together AI", "we run our open models on Together AI because the throughput is good"),
         ("Instacart", "Instacart uses models to predict what you will reorder"),
         ("Physical Intelligence", "Physical Intelligence is building foundation models for robots")]


@pytest.mark.parametrize("positive", [True, False])
def test_entity_noise(positive):
    cases = NOISE if positive else NAMES
    _check(cases, [_episode(companies=[_ner(n, s, cat="tech", conf="high")]) for n, s in cases], "entity-noise", positive)


# --- truncation: the lead's session-8 probe ----------------------------------------------------------
NAME_CUT = ["so only then did we point Claud", "and the deal was signed with Anthrop",
            "we compared it with Gemin", "in France everyone talks about Mistr"]
NAME_WHOLE = ["and it was Open", "we use Claude", "what a real Gem", "We run it on Azure"]
RELATIVE_GAP = ["Evaluation is the moat that nobody talks about", "It is a tool which everyone complains about",
                "This is the company that everyone bets on", "We found the paper that they relied on"]
OPEN_THAT = ["The thing is that nobody talks about", "And the real problem is that people talk about"]


def test_a_quote_ending_on_the_start_of_a_name_is_cut():
    # the misspelling family leaves a name cut at a text's end to this one ("Claud" is listed as a
    # misspelling, and is also the first five letters of "Claude")
    texts = [_episode(quotes=[_quote(t)]) for t in NAME_CUT + NAME_WHOLE]
    assert _hits(texts, "truncation") == [True] * len(NAME_CUT) + [False] * len(NAME_WHOLE)
    assert _hits(texts, "misspelling") == [False] * (len(NAME_CUT) + len(NAME_WHOLE))


def test_a_relative_clause_after_its_noun_may_strand_a_preposition():
    texts = [_episode(quotes=[_quote(t)]) for t in RELATIVE_GAP + OPEN_THAT]
    assert _hits(texts, "truncation") == [False] * len(RELATIVE_GAP) + [True] * len(OPEN_THAT)
