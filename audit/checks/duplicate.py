"""Duplicates: the same entity listed twice, and near-duplicate quotes.

Entities are grouped by a key (the glossary's canonical name, else a normalised spelling), so
"Openai" and "OpenAI" meet without comparing pairs. Quotes are cut into word shingles; an
inverted index of the shingles yields the few candidate pairs, which rapidfuzz then confirms
(`fuzz.partial_ratio`: one quote inside the other, or the same sentence twice).
"""

from __future__ import annotations

import re
from itertools import compress
from operator import not_

from rapidfuzz import fuzz

from ..findings import Fix, Severity
from ..glossary import glossary, norm_key
from .base import Rule, item_removal

_SUFFIX = re.compile(r"(?:[\s,]+(?:inc|corp|corporation|ltd|llc|plc|gmbh|co|company)\.?)+$", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_BRACKETS = re.compile(r"\[[^\]]*\]")
SHINGLE = 5  # words per shingle


_THE = re.compile(r"^the\s+", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def entity_key(name: str, gl) -> str:
    """One key per entity: the glossary's canonical name (with the name's version numbers, since
    "Llama 3" and "Llama 4" are variants of one entry), else a normalised spelling."""
    base = _SUFFIX.sub("", _POSSESSIVE.sub("", _THE.sub("", name.strip())))
    entry = gl.lookup(name.strip()) or gl.lookup(base)
    if entry is not None:
        return "=" + entry.name + "|" + ",".join(_NUMBER.findall(name))
    return norm_key(base)


class DuplicateEntity(Rule):
    """## What it does
    Flags an entity listed more than once in one episode: the NER pass and the LLM pass both
    list Meta, Google or Nvidia; "Openai" and "OpenAI", "Hugging Face" and "HuggingFace",
    "Acme Inc." and "Acme" are one entity. Names are grouped by the glossary's canonical name
    (variants and known misspellings included) or by a normalised spelling (case, spaces,
    hyphens, possessives and company suffixes ignored). The worse entry is flagged: a wrong
    spelling when the other is right, else the later one; the message names the entry kept.

    ## Why it matters
    Duplicates inflate counts and split statistics: "mentioned twice" is an artefact of two
    extraction passes, not of the episode.

    ## Example
    ```yaml
    companies:
    - name: Openai          # flagged: duplicate of 'OpenAI' (companies[1]), misspelt
      position: 9048
    - name: OpenAI
      source: llm_enhanced
    ```

    ## Fix safety
    Unsafe: the fix removes the flagged entry; its context or position is lost.
    """

    code = "D601"
    name = "duplicate-entity"
    family = "duplicate"
    severity = Severity.WARNING
    summary = "Entity listed more than once (Openai and OpenAI)"
    fixable = "unsafe"

    def check(self, batch):
        gl = glossary(batch.knowledge)
        memo: dict[str, tuple[str, bool]] = {}  # name -> (key, right spelling)
        groups: dict[tuple[int, str], list[tuple]] = {}  # (ep, key) -> [(ep, index, field, name, right)]
        for ep_i, index, fld, name in batch.rows("entities", "ep", "index", "field", "name"):
            if not isinstance(name, str) or not name.strip():
                continue
            if name not in memo:
                memo[name] = (entity_key(name, gl), name.strip() in gl.accepted)
            key, right = memo[name]
            groups.setdefault((ep_i, key), []).append((ep_i, index, fld, name, right))
        # in each group of two or more: the best entry (a right spelling first, then the earliest)
        # is kept, the others are reported, in the order (ep, key, right spelling first, index)
        dups = []
        for (ep_i, key), rows in groups.items():
            if len(rows) > 1:
                rows.sort(key=lambda r: (not r[4], r[1]))
                dups.append((ep_i, key, rows))
        dups.sort(key=lambda g: (g[0], g[1]))
        for _, _, rows in dups:
            _, _, best_field, best_name, best_right = rows[0]
            for ep_i, _, fld, name, right in rows[1:]:
                ep = batch.episodes[ep_i]
                path = f"{fld}.name"
                if path not in ep.scalars:
                    continue
                edits = item_removal(ep, fld)
                fix = Fix("unsafe", f"Remove the duplicate; keep {best_field}", tuple(edits),
                          (fld,)) if edits else None
                start, end, _ = ep.locate(path, 0, len(name))
                how = "" if right or not best_right else ", and is misspelt"
                yield ep.finding(self, path=path, start=start, end=end, evidence=name, fix=fix,
                                 message=f"{name!r} duplicates {best_name!r} ({best_field}){how}")


# bytes of a lowercased ASCII text: [a-z0-9] stay, every other byte becomes a space
_WORD_BYTES = bytes(b if 48 <= b <= 57 or 97 <= b <= 122 else 32 for b in range(256))
_WORD_RUN = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    """The words of `_normalise(text)`: runs of [a-z0-9] of the lowercased text, [...] left out."""
    low = text.lower()
    if "[" in low:
        low = _BRACKETS.sub(" ", low)
    if low.isascii():
        return low.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return _WORD_RUN.findall(low)


def _normalise(text: str) -> str:
    """Lowercase words separated by single spaces: punctuation, case and [...] ignored."""
    return " ".join(_words(text))


_ANCHOR_LIMIT = 3000
_MULTIPLES_OF_3 = frozenset(range(0, _ANCHOR_LIMIT, 3))


def _anchor_shingles(w: list[str], size: int) -> set[tuple[str, ...]]:
    """The shingles of a text's words to index: tuples of SHINGLE words (a tuple stands for the
    words joined by spaces) starting at a word whose length is a multiple of 3 -- content-defined
    anchors: two texts sharing a passage pick the same shingles in it, at a third of the cost --
    or all of them when that leaves fewer than two; a text shorter than a shingle is one.
    `size` is the length of the text the words come from."""
    if len(w) < SHINGLE:
        return {tuple(w)}
    lengths = map(len, w)
    if 3 * size < _ANCHOR_LIMIT:  # lowercasing at most triples a text: a set lookup per word
        anchors = map(_MULTIPLES_OF_3.__contains__, lengths)
    else:
        anchors = map(not_, map((3).__rmod__, lengths))
    starts = range(len(w) - SHINGLE + 1)
    # a slice per anchor: no tuple is built for the two thirds of the words that start none
    sh = {tuple(w[i:i + SHINGLE]) for i in compress(starts, anchors)}
    if len(sh) < 2:
        sh = {tuple(w[i:i + SHINGLE]) for i in starts}
    return sh


def near_duplicate_pairs(rows: list[tuple], min_share: float = 0.34, min_score: float = 90.0,
                         min_words: int = 4) -> list[tuple[int, int, int, float]]:
    """Pairs (ep, i, j, score) of `rows` (ep, index, text) whose texts nearly repeat: one inside
    the other or the same words twice; j is the later row.

    Candidates come from an inverted index of word shingles per episode (linear in the words of
    the batch: no pair of quotes is compared unless they share a shingle); rapidfuzz confirms them.
    """
    words: list[list[str]] = []
    sizes: list[int] = []
    keys: list[tuple] = []
    # per episode: shingle -> the first text holding it, and shingle -> all its texts once repeated
    index: dict[int, tuple[dict, dict]] = {}
    shared: dict[tuple[int, int], int] = {}
    for ep_i, row, text in rows:
        if not isinstance(text, str):
            continue
        w = _words(text)
        if len(w) < min_words:
            continue
        k = len(words)
        words.append(w)
        keys.append((ep_i, row))
        sh = _anchor_shingles(w, len(text))
        sizes.append(len(sh))
        first, owners = index.setdefault(ep_i, ({}, {}))
        # set.difference(dict), dict.fromkeys(set) and dict.update(dict) reuse the hashes the set
        # and dicts hold: only a shingle an earlier text has is hashed again
        new = sh.difference(first)
        if len(new) < len(sh):
            for h in sh - new:  # count the pairs of texts sharing it
                ids = owners.get(h)
                if ids is None:
                    ids = owners[h] = [first[h]]
                for o in ids:
                    shared[(o, k)] = shared.get((o, k), 0) + 1
                ids.append(k)
        first.update(dict.fromkeys(new, k))
    out = []
    for (a, b), n in shared.items():
        if n < min_share * min(sizes[a], sizes[b]):
            continue
        norm_a, norm_b = " ".join(words[a]), " ".join(words[b])
        short, longer = (norm_a, norm_b) if len(norm_a) <= len(norm_b) else (norm_b, norm_a)
        # one text inside the other is partial_ratio's 100 without its alignment search
        score = 100.0 if short in longer else fuzz.partial_ratio(short, longer, score_cutoff=min_score)
        if score:
            (ep_i, i), (_, j) = sorted((keys[a], keys[b]))
            out.append((ep_i, i, j, score))
    return out


class NearDuplicateQuote(Rule):
    """## What it does
    Flags a quote that repeats another quote of the same episode: the same sentence twice (with
    or without the final period, an editorial "[...]" or a leading "So,"), or one quote inside
    a longer one. Quotes are cut into five-word shingles; pairs sharing a third of the
    shorter quote's shingles are confirmed with rapidfuzz's `partial_ratio` (90 or more).
    Quotes of fewer than four words are left alone. The later quote is flagged; the message
    names the earlier one.

    ## Why it matters
    The two extraction passes quote the same passage; readers see it twice and counts of
    quotes per topic are inflated.

    ## Example
    ```yaml
    quotes:
    - text: Publicly available data is running out
    - text: Publicly available data is running out.     # flagged: repeats quotes[0]
    ```

    ## Fix safety
    Unsafe: the fix removes the later quote, with its impact reason and topic.
    """

    code = "D602"
    name = "near-duplicate-quote"
    family = "duplicate"
    severity = Severity.WARNING
    summary = "Quote that repeats another quote (same sentence, or one inside the other)"
    fixable = "unsafe"

    def check(self, batch):
        quotes = batch.rows("quotes", "ep", "index", "text")
        if len(quotes) < 2:
            return
        pairs = sorted(near_duplicate_pairs(quotes), key=lambda p: (p[0], p[2], p[1]))
        done = set()
        for ep_i, i, j, score in pairs:
            if (ep_i, j) in done:
                continue  # the earliest quote a quote repeats is the one named
            done.add((ep_i, j))
            ep = batch.episodes[ep_i]
            path = f"quotes[{j}].text"
            if path not in ep.scalars:
                continue
            text = ep.scalars[path].value
            other = ep.data["quotes"][i]["text"]
            start, end, _ = ep.locate(path, 0, len(text))
            n_text, n_other = len(_normalise(text)), len(_normalise(other))
            how = "is inside" if n_text < n_other - 5 else ("contains" if n_text > n_other + 5 else "repeats")
            edits = item_removal(ep, f"quotes[{j}]")
            fix = Fix("unsafe", f"Remove the quote; keep quotes[{i}]", tuple(edits), (f"quotes[{j}]",)) if edits else None
            yield ep.finding(self, path=path, start=start, end=end, evidence=text, fix=fix,
                             message=f"quotes[{j}] {how} quotes[{i}] (similarity {score:.0f}): "
                                     f"{other[:60]!r}{'...' if len(other) > 60 else ''}")
