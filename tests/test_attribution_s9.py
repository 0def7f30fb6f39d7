"""Attribution on phrasings from blind probes (session 9, attr9): versions joined to a name, kind
words before a relative clause, the platform guard of relative clauses, editors and engines as
kinds, a product named like its maker, glossary gaps. Each case both ways, through the real rules."""

from __future__ import annotations

import pytest

from tests.conftest import audit_text
from tests.test_generalise_core import _family, _quote
from tests.test_generalise_core9 import _entity

WRONG_MAKER = [
    # a version joined to the name, and a size after the version
    ("Qwen3 by Meta tops the leaderboard.", "Qwen3 by Meta"),
    ("Nvidia's Trainium2 chips are everywhere.", "Nvidia's Trainium2"),
    ("DeepSeek's Qwen3-235B is a mixture of experts.", "DeepSeek's Qwen3-235B"),
    # words of what the product is before "which", an adverb before the verb
    ("The Veo 3 video model, which Meta released, went viral.", "Veo 3 video model, which Meta released"),
    ("Claude Opus 4, which OpenAI quietly released, codes well.", "Claude Opus 4, which OpenAI quietly released"),
    # "trains on" is no platform's move
    ("Gemini, which Anthropic trains on TPUs, is multimodal.", "Gemini, which Anthropic trains"),
    # editors and engines are products
    ("Cursor, Google's AI code editor, is growing fast.", "Cursor, Google's AI code editor"),
    # glossary: Nova, Midjourney's maker
    ("OpenAI's Nova is cheap.", "OpenAI's Nova"),
    ("Midjourney, an OpenAI product, makes images.", "Midjourney, an OpenAI product"),
    # a product family named like its maker stands for the maker in a possessive
    ("Mistral's Phi-4 is small but smart.", "Mistral's Phi-4"),
    # a verb of making in the present, and a place or means after the product
    ("Google develops Claude in London.", "Google develops Claude"),
    ("Microsoft trains Gemini 2.5 on TPUs.", "Microsoft trains Gemini 2.5"),
    ("Meta makes Qwen3.", "Meta makes Qwen3"),
]


@pytest.mark.parametrize("text,evidence", WRONG_MAKER)
def test_wrong_maker_s9_is_found(text, evidence):
    found = _family(audit_text(_quote(text)), "attribution")
    assert [(f.rule, f.field, f.evidence) for f in found] == [("A401", "quotes[0].text", evidence)]


RIGHT_OR_NO_CLAIM = [
    "Qwen3 by Alibaba tops the leaderboard.",
    "Amazon's Trainium2 chips are everywhere.",
    "Alibaba's Qwen3-235B is a mixture of experts.",
    "The Veo 3 video model, which Google released, went viral.",
    "Gemini, which Google trains on TPUs, is multimodal.",
    "Claude, which Amazon released on Bedrock, is popular.",       # a platform's move stays quiet
    "Llama, which Microsoft made available on Azure, is cheap.",
    "Claude beats every model that OpenAI ships.",                 # no kind word of Claude's own
    "Cursor, Anysphere's AI code editor, is growing fast.",
    "AWS's Nova models are cheap.",
    "Amazon's Nova Pro is multimodal.",
    "Midjourney's new model makes images.",
    "Mistral's Mixtral is open.",
    "Mistral AI's Mistral Large 2 is multilingual.",
    "Microsoft's Phi-4 is small but smart.",
    "Google trains Gemini 2.5 on TPUs.",
    "Microsoft makes Llama available on Azure.",                   # a platform's move
    "Amazon makes Claude available through Bedrock.",
    "Cursor builds on Anthropic's Claude.",                        # what it uses
    "Anthropic trains Claude on Google's TPUs.",
]


@pytest.mark.parametrize("text", RIGHT_OR_NO_CLAIM)
def test_right_makers_s9_stay_quiet(text):
    assert _family(audit_text(_quote(text)), "attribution") == []


ENTITY_WRONG_MAKER = [
    ("Cursor", "Microsoft's AI code editor discussed by the guests.", "Microsoft's AI code editor"),
    ("Perplexity Pages", "Google's answer engine feature.", None),  # not a glossary product: quiet
]


@pytest.mark.parametrize("name,context,evidence", ENTITY_WRONG_MAKER)
def test_entity_wrong_maker_s9(name, context, evidence):
    found = _family(audit_text(_entity(context, name)), "attribution")
    expected = [] if evidence is None else [("A402", "companies[0].context", evidence)]
    assert [(f.rule, f.field, f.evidence) for f in found] == expected


ENTITY_RIGHT = [
    ("Cursor", "Anysphere's AI code editor."),
    ("Nova", "Amazon's model family on Bedrock."),
    ("Trainium2", "Amazon's AI training chip used by Anthropic."),
]


@pytest.mark.parametrize("name,context", ENTITY_RIGHT)
def test_entity_right_maker_s9_stays_quiet(name, context):
    assert _family(audit_text(_entity(context, name)), "attribution") == []
