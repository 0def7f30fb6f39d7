"""Regular expressions from users' rule files, compiled so that one bad pattern cannot hang a run.

Patterns are compiled with the `regex` package, whose matcher guards against many
catastrophic-backtracking shapes (`(a+)+$` fails fast) and, for the rest (`(a|aa)+$`), takes a
`timeout`: a search that runs longer than `TIMEOUT` seconds raises `RegexTimeout`, which the
caller reports as a finding and moves on. Every rule also has a total time budget (`BUDGET`):
once a pattern has timed out that often, it is not run again in this process.

Without `regex` installed (it is a dependency of wordfreq) the standard `re` module is used,
without timeouts.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

# `regex` is imported with the first user pattern (23 ms): most runs have none.
HAS_TIMEOUT = importlib.util.find_spec("regex") is not None


@lru_cache(maxsize=1)
def _engine():
    if not HAS_TIMEOUT:  # pragma: no cover - regex ships with wordfreq
        return re
    import regex

    return regex

from .ruleset import RuleSetError

TIMEOUT = 0.25  # seconds per search of one string
BUDGET = 3  # timeouts after which a pattern is given up for the rest of the run


class RegexTimeout(Exception):
    """A search took longer than its timeout (catastrophic backtracking, most likely)."""


@dataclass(eq=False)
class SafePattern:
    source: str
    compiled: object
    timeout: float = TIMEOUT
    timeouts: int = field(default=0)

    @property
    def exhausted(self) -> bool:
        """True once the pattern timed out `BUDGET` times: the caller should stop using it."""
        return self.timeouts >= BUDGET

    def _call(self, method: str, text: str, *args):
        fn = getattr(self.compiled, method)
        if not HAS_TIMEOUT:
            return fn(text, *args)
        try:
            return fn(text, *args, timeout=self.timeout)
        except TimeoutError:
            self.timeouts += 1
            raise RegexTimeout(f"pattern {self.source!r} took longer than {self.timeout:g} s") from None

    def search(self, text: str):
        return self._call("search", text)

    def finditer(self, text: str) -> Iterator:
        """All matches (a list, so the timeout covers the whole scan)."""
        if not HAS_TIMEOUT:
            return iter(list(self.compiled.finditer(text)))
        try:
            return iter(list(self.compiled.finditer(text, timeout=self.timeout)))
        except TimeoutError:
            self.timeouts += 1
            raise RegexTimeout(f"pattern {self.source!r} took longer than {self.timeout:g} s") from None


def compile_pattern(pattern, where: str, key: str, *, ignorecase: bool = False,
                    timeout: float = TIMEOUT) -> SafePattern:
    """Compile a user's pattern; a bad one is a `RuleSetError` naming the file and key."""
    if not isinstance(pattern, str) or not pattern:
        raise RuleSetError(f"{where}: {key}: expected a non-empty regular expression")
    engine = _engine()
    flags = engine.IGNORECASE if ignorecase else 0
    try:
        compiled = engine.compile(pattern, flags)
    except (re.error, getattr(engine, "error", re.error), TypeError, ValueError, OverflowError) as exc:
        raise RuleSetError(f"{where}: {key}: invalid regular expression {pattern!r}: {exc}") from None
    return SafePattern(pattern, compiled, timeout)
