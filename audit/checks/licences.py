"""Licences named like organisations: "MIT" and "Apache" name a licence in a text about licences
("Standard licenses: Phi-3 (MIT), Mistral 7B (Apache 2.0)"), not the institute or the foundation
as a maker. Shared by the attribution rules."""

from __future__ import annotations

from .. import regexcache

# an org's name that is also a licence's ("MIT", "Apache", "BSD"), with the licence's words after it
_LICENCE_ORG = regexcache.compile(r"(?:MIT|Apache(?:\s+Software\s+Foundation)?|BSD|GNU|Mozilla)(?:\s+(?:licen[cs]e|\d+(?:\.\d+)?))?")
# words of licensing near it
_LICENCE_WORD = regexcache.compile(r"(?i)\blicen[cs](?:e|es|ed|ing)\b|\bopen[- ]weights?\b|\bpermissive\b|\bcopyleft\b")
_NEAR = 80  # characters either side where a licence's words make the name a licence's


def licence_named(text: str, a: int, b: int) -> bool:
    """Does the org named at text[a:b] stand for a licence: a licence's name ("MIT", "Apache 2.0"),
    with words of licensing near it, or "License" right after it?"""
    if not _LICENCE_ORG.fullmatch(text[a:b]):
        return False
    after = text[b:b + 12].lower()
    if after.lstrip(" -").startswith(("licen", "2.0", "1.1")):
        return True
    return _LICENCE_WORD.search(text, max(0, a - _NEAR), min(len(text), b + _NEAR)) is not None
