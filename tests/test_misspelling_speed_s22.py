"""Session 22's fast paths of the misspelling scan find exactly what their plain forms find.

- `NameMatcher.near_length`: `_fuzzy` asks rapidfuzz for the closest target among the targets of
  a length the key can be within its distance of, not among all of them; the answer (the first of
  the closest, or none) must be the one the whole list gives.
"""

from __future__ import annotations

import random

from rapidfuzz import process
from rapidfuzz.distance import OSA

from audit.checks.misspelling import NameMatcher
from audit.glossary import glossary, norm_key
from audit.ruleset import Knowledge
from tests.conftest import SEED

M = NameMatcher(glossary(Knowledge.load([])))


def slips(key: str, rng: random.Random) -> list[str]:
    """The key with a letter left out, put in, changed, two swapped, and two of these at once."""
    letters = "abcdefghijklmnopqrstuvwxyz0"
    out = []
    for _ in range(2):
        i = rng.randrange(len(key))
        c = rng.choice(letters)
        out += [key[:i] + key[i + 1:], key[:i] + c + key[i:], key[:i] + c + key[i + 1:]]
        if i + 1 < len(key):
            out.append(key[:i] + key[i + 1] + key[i] + key[i + 2:])
    twice = [s[:j] + s[j + 1:] for s in out[:3] if len(s) > 2 for j in (1, len(s) - 1)]
    twice += [s[:j] + "x" + s[j:] for s in out[:3] for j in (0, len(s))]
    return [s for s in out + twice if s]


def keys() -> list[str]:
    """Every 6th target of the glossary with its slips (the whole glossary's 110,000 keys took
    95 s against every target), and the seed's words."""
    rng = random.Random(22)
    found = {k for t in M.target_keys[::6] for k in [t, *slips(t, rng)]}
    found |= {norm_key(w) for w in SEED.read_text(encoding="utf-8").split() if norm_key(w)}
    return sorted(found)


def test_near_length_gives_the_closest_target_of_the_whole_list():
    checked = matched = 0
    for key in keys():
        most = 1 if len(key) <= 8 else 2
        near = M.near_length(len(key))
        assert len(near) < len(M.target_keys)
        whole = process.extractOne(key, M.target_keys, scorer=OSA.distance, score_cutoff=most)
        short = process.extractOne(key, near, scorer=OSA.distance, score_cutoff=most)
        assert (whole and whole[:2]) == (short and short[:2]), key
        checked += 1
        matched += whole is not None and whole[1] > 0
    assert checked > 5000 and matched > 2000  # slips of one and two edits, at both length limits


def test_near_length_keeps_the_targets_order():
    for n in (3, 8, 9, 14):
        near = M.near_length(n)
        assert near == [t for t in M.target_keys if t in set(near)]
        assert {len(t) for t in near} == {m for m in range(n - 2, n + 3) if abs(m - n) <= (1 if n <= 8 else 2)
                                          and any(len(t) == m for t in M.target_keys)}
