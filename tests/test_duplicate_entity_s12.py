"""D601, session 12: a product named after its maker ("Perplexity", made by Perplexity AI) listed
as a company is its maker, as "Mistral" is Mistral AI; products named otherwise stay apart."""

import pytest

from tests.test_duplicate_entity_s10 import _duplicates


@pytest.mark.parametrize("first, second", [
    ("Perplexity AI", "Perplexity"),
    ("Perplexity", "Perplexity AI"),
    ("Mistral AI", "Mistral"),
])
def test_a_product_named_after_its_maker_is_the_maker(first, second):
    found = _duplicates(first, second)
    assert len(found) == 1 and found[0].field == "companies[1].name", [f.message for f in found]


@pytest.mark.parametrize("first, second", [
    ("OpenAI", "ChatGPT"),
    ("Anthropic", "Claude"),
    ("Meta", "Meta AI"),
    ("Stability AI", "Stable Diffusion"),
])
def test_a_product_named_otherwise_is_not_its_maker(first, second):
    assert _duplicates(first, second) == []
