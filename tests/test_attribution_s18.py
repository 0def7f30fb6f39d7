"""Attribution on phrasings from a fresh held-out set (session 18, attr18): model tiers named alone
("Google's Opus model", "Sonnet from Google", an entity "Flash" whose context is Anthropic's),
lowercase makers' possessives ("openai's gemini"), "X, the Org one", "out of Org", founding roles
in a person's entity context and with a current role ("CEO and co-founder of"), "one of the X
founders", an org's apposition "the ... startup founded by", spoken stutters ("which, um, which
OpenAI makes"), a list closed by "all from X" holding a name that is also a maker's alias, a weekday
after a launch, and glossary gaps (Jules, Command A). Quiet: tiers inside longer names or before
another noun ("Claude 3.5 Sonnet", "Flash Attention"), a claim taken back by the speaker
("meta's qwen, no, the llama one"), "I'm not saying X built Y", a derivative of a product.
Each case both ways, through the real rules: the field and the evidence."""

from __future__ import annotations

import pytest

from tests.conftest import (
    audit_text, entity_context_makers, insight_episode, quote_episode, summary_episode,
    title_episode,
)


def _makers(text: str, episode):
    return [(f.rule, f.field, f.evidence) for f in audit_text(episode(text), select=("A4",))]


_S, _Q, _T, _I = summary_episode, quote_episode, title_episode, insight_episode
_FIELD = {_S: "summary", _Q: "quotes[0].text", _T: "title", _I: "insights[0].text"}

# (episode, text, evidence)
FOUND = [
    # a tier named alone, with a wrong maker
    (_Q, "and we'd route the hard tickets to, uh, Google's Opus model, the big one", "Google's Opus"),
    (_I, "Both guests use Sonnet from Google for code review.", "Sonnet from Google"),
    (_Q, "So the small model, Haiku, the xAI one, is cheap enough to run on every commit.", "Haiku, the xAI one"),
    (_Q, "Flash, the OpenAI one, is like half the price.", "Flash, the OpenAI one"),
    # lowercase makers' possessives
    (_Q, "so openai's gemini, like the app, has this live camera mode", "openai's gemini"),
    (_Q, "you ask anthropic's grok something spicy and it just answers", "anthropic's grok"),
    (_Q, "honestly deepseek's Gemma is the one I'd run on a laptop", "deepseek's Gemma"),
    # "X, the Org one", "out of Org"
    (_Q, "Claude, the OpenAI one, writes cleaner diffs.", "Claude, the OpenAI one"),
    (_Q, "GPT-4.5 out of Google was, uh, was expensive.", "GPT-4.5 out of Google"),
    # an apposition's kind: a reasoner, software, a moat
    (_S, "The newsletter notes o4-mini, Anthropic's compact reasoner, is the default.", "o4-mini, Anthropic's compact reasoner"),
    (_I, "CUDA, Intel's software moat, keeps customers locked in.", "CUDA, Intel's software moat"),
    (_I, "CUDA, Intel's moat, keeps customers locked in.", "CUDA, Intel's moat"),
    # a weekday after a launch is no platform's place
    (_Q, "and then Amazon drops Llama 4 on a Saturday, which, like, who does that?", "Amazon drops Llama 4"),
    # founding roles: with a current role, "one of the X founders", an org's apposition
    (_Q, "Aravind Srinivas, CEO and co-founder of Hugging Face, spoke first.",
     "Aravind Srinivas, CEO and co-founder of Hugging Face"),
    (_Q, "I mean, Greg Brockman, one of the Anthropic founders, is back now.", "Greg Brockman, one of the Anthropic founders"),
    (_S, "Character.AI, the chatbot startup founded by Ilya Sutskever, licensed its models.",
     "Character.AI, the chatbot startup founded by Ilya Sutskever"),
    # a stutter or a filler between a word said twice
    (_Q, "Grok, which, um, which OpenAI makes, is on X.", "Grok, which, um, which OpenAI makes"),
    (_Q, "and Veo, from, uh, from Meta, is the one with audio now", "Veo, from, uh, from Meta"),
    # glossary gaps
    (_S, "* **Microsoft (Jules):** asynchronous PR bot.", "Microsoft (Jules)"),
    # a contracted copula before the apposition
    (_Q, "TensorFlow's a Meta thing, isn't it? I always forget", "TensorFlow's a Meta thing"),
    # a question that takes the making as given; the work of a maker; one of its range
    (_S, "Why did Microsoft release Qwen3 under Apache 2.0?", "Microsoft release Qwen3"),
    (_I, "Gemini is the work of OpenAI.", "Gemini is the work of OpenAI"),
    (_I, "Gemini, part of OpenAI's lineup, handles video.", "Gemini, part of OpenAI's lineup"),
    # another product's people as the maker
    (_Q, "and Windsurf was built by Cursor's team, or at least that's what people said", "Windsurf was built by Cursor's team"),
    (_I, "Windsurf was built by the Cursor team.", "Windsurf was built by the Cursor team"),
]


@pytest.mark.parametrize("episode,text,evidence", FOUND)
def test_a_wrong_maker_s18_is_found(episode, text, evidence):
    assert _makers(text, episode) == [("A401", _FIELD[episode], evidence)]


def test_a_list_closed_by_all_from_keeps_a_maker_alias_as_a_product():
    found = _makers("Llama, Mistral and Gemma, all from Microsoft, are the open models.", _I)
    assert [e for _, _, e in found] == ["Llama, Mistral and Gemma, all from Microsoft",
                                         "Mistral and Gemma, all from Microsoft", "Gemma, all from Microsoft"]


QUIET = [
    # the same shapes with the right maker
    (_Q, "and we'd route the hard tickets to, uh, Anthropic's Opus model, the big one"),
    (_I, "Both guests use Flash from Google for tagging."),
    (_Q, "so google's gemini, like the app, has this live camera mode"),
    (_Q, "Claude out of Anthropic was fine."),
    (_Q, "Greg Brockman, one of the OpenAI founders, is back now."),
    (_Q, "Noam Shazeer, CEO and co-founder of Character.AI, spoke first."),
    # a tier's word inside a longer name or before another noun
    (_I, "Anthropic's Claude 3.5 Sonnet from Anthropic beats Gemini Flash from Google."),
    (_I, "Nvidia's Flash Attention kernels are fast."),
    (_I, "Google's Flash storage costs fell."),
    # a claim the speaker takes back, or says they do not make
    (_Q, "I mean, meta's qwen, no, the, the llama one, whatever"),
    (_Q, "we rolled out Copilot by Oracle -- sorry, by Microsoft -- to finance"),
    (_Q, "I'm not saying Microsoft built GPT-5, I'm saying they paid for it."),
    # a derivative of another's product; a weekday that is not after a launch
    (_I, "Nemotron, Nvidia's Llama derivative, tops reward-model leaderboards."),
    # a question that asks, not takes as given; the right maker's range
    (_Q, "Did Microsoft release Qwen3? I doubt it."),
    (_Q, "Why did Alibaba release Qwen3 under Apache 2.0?"),
    (_I, "Gemini, part of Google's lineup, handles video."),
    # the other product's people as a possessive's owner, not the maker
    (_I, "Claude was built by the Cursor team's favorite model."),
    (_Q, "TensorFlow's a Google thing, isn't it?"),
    # a product's name that is a word stays a word after a lowercase possessive; names of others' things
    (_Q, "so google's cursor position jumps around"),
    (_I, "We compared openai's perplexity scores with ours."),
    (_I, "Intel's Granite Rapids chips ship next year."),
    (_I, "Google's Colossus file system stores the logs."),
    # a pronoun's contraction is no maker's possessive
    (_Q, "it's gemini's turn, and that's claude's job"),
]


@pytest.mark.parametrize("episode,text", QUIET)
def test_a_right_maker_or_no_claim_s18_stays_quiet(episode, text):
    assert _makers(text, episode) == []


_entity = entity_context_makers


ENTITIES = [
    # a tier named alone as the entity
    ("Sonnet", "OpenAI's mid-tier model the guest uses for refactors.", "OpenAI's mid-tier model"),
    ("Flash", "Anthropic's fastest model tier, cheap enough for bulk tagging.", "Anthropic's fastest model"),
    # a founding role in a person's context; a role in one that starts with an org's lowercase name
    ("Dario Amodei", "OpenAI co-founder who now runs Anthropic.", "OpenAI co-founder"),
    ("Demis Hassabis", "Co-founder of Anthropic and Nobel laureate.", "Co-founder of Anthropic"),
    ("Aravind Srinivas", "CEO and co-founder of Hugging Face.", "CEO and co-founder of Hugging Face"),
    ("Sam Altman", "xAI CEO, discussed as a rival of Musk.", "xAI CEO"),
    # kinds of a context: a processing unit, a system, an AI or software engineer
    ("TPU", "Nvidia's tensor processing unit, offered only in its cloud.", "Nvidia's tensor processing unit"),
    ("GB200", "AMD's rack-scale system with 72 GPUs.", "AMD's rack-scale system"),
    ("Devin", "An autonomous software engineer from Replit.", "engineer from Replit"),
    # glossary gaps
    ("Command A", "An enterprise model from AI21 Labs.", "model from AI21 Labs"),
]


@pytest.mark.parametrize("name,context,evidence", ENTITIES)
def test_an_entity_context_s18_is_found(name, context, evidence):
    assert _entity(name, context) == [("A402", "companies[0].context", evidence)]


ENTITIES_QUIET = [
    ("Sonnet", "Anthropic's mid-tier model the guest uses for refactors."),
    ("Flash", "Google's fastest model tier, cheap enough for bulk tagging."),
    ("Ilya Sutskever", "OpenAI co-founder who left to start Safe Superintelligence."),
    ("Elon Musk", "OpenAI co-founder turned rival, running xAI."),
    ("Mustafa Suleyman", "DeepMind co-founder, now CEO of Microsoft AI."),
    ("TPU", "Google's tensor processing unit, offered only in its cloud."),
    ("Devin", "An autonomous software engineer from Cognition."),
    ("Command A", "An enterprise model from Cohere."),
]


@pytest.mark.parametrize("name,context", ENTITIES_QUIET)
def test_an_entity_context_s18_with_the_right_maker_stays_quiet(name, context):
    assert _entity(name, context) == []
