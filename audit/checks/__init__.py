"""Rule implementations, one module per family, and the registry that lists them.

A module takes part by being named in `MODULES`; every `Rule` subclass it defines with a `code`
is registered. `audit rules` lists them; selection works by code, prefix, name or family.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from .base import Rule

MODULES = (
    "loader",
    "schema_rules",
    "mojibake",
    "not_mentioned",
    "misspelling",
    "attribution",
    "attribution_episode",
    "attribution_deals",
    "suppression",
    "grounding",
    "consistency",
    "entity_noise",
    "duplicate",
    "truncation",
    "sponsor",
)


@lru_cache(maxsize=1)
def builtin_rules() -> dict[str, type[Rule]]:
    """Every built-in rule class by code, in code order."""
    found: dict[str, type[Rule]] = {}
    for mod_name in MODULES:
        module = importlib.import_module(f"{__name__}.{mod_name}")
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and getattr(obj, "code", None):
                if obj.code in found and found[obj.code] is not obj:
                    raise RuntimeError(f"rule code {obj.code} defined twice")
                found[obj.code] = obj
    return dict(sorted(found.items()))


def all_rules(knowledge=None) -> dict[str, type[Rule]]:
    """Built-in rules, plus the corpus metrics and the user's YAML rules of `knowledge`."""
    rules = builtin_rules()
    if knowledge is None:
        return rules
    from .corpus_rules import corpus_rules  # rules/corpus.yaml: run by `check --corpus`, `gx run`
    from .custom import user_rules  # rule files: see audit/checks/custom.py
    rules = {**rules, **corpus_rules(knowledge)}
    return {**rules, **user_rules(knowledge, rules)}
