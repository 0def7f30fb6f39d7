"""Duplicates: the same entity listed twice, and near-duplicate quotes.

Entities are grouped by a key (the glossary's canonical name, else a normalised spelling) with
pandas, so "Openai" and "OpenAI" meet without comparing pairs. Quotes are cut into word
shingles; a self-join on shingles yields the few candidate pairs, which rapidfuzz then confirms
(`fuzz.partial_ratio`: one quote inside the other, or the same sentence twice).
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz

from ..findings import Fix, Severity
from ..glossary import glossary, norm_key
from .base import Rule, item_removal

_SUFFIX = re.compile(r"(?:[\s,]+(?:inc|corp|corporation|ltd|llc|plc|gmbh|co|company)\.?)+$", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
_BRACKETS = re.compile(r"\[[^\]]*\]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
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
        ents = batch.entities
        if ents.empty:
            return
        gl = glossary(batch.knowledge)
        ents = ents[ents["name"].map(lambda v: isinstance(v, str) and bool(v.strip()))]
        if ents.empty:
            return
        memo: dict[str, str] = {}
        keys = ents["name"].map(lambda n: memo[n] if n in memo else memo.setdefault(n, entity_key(n, gl)))
        ents = ents.assign(key=keys, right=ents["name"].map(lambda n: n.strip() in gl.accepted))
        dup = ents[ents.duplicated(["ep", "key"], keep=False)]
        if dup.empty:
            return
        # best entry of each group: a right spelling first, then the earliest
        dup = dup.sort_values(["ep", "key", "right", "index"], ascending=[True, True, False, True])
        head = dup.groupby(["ep", "key"], sort=False).head(1)
        kept = {(e, k): {"field": f, "name": n, "right": r}
                for e, k, f, n, r in zip(head["ep"], head["key"], head["field"], head["name"], head["right"])}
        for row in dup[dup.duplicated(["ep", "key"], keep="first")].itertuples(index=False):
            best = kept[(row.ep, row.key)]
            ep = batch.episodes[row.ep]
            path = f"{row.field}.name"
            if path not in ep.scalars:
                continue
            edits = item_removal(ep, row.field)
            fix = Fix("unsafe", f"Remove the duplicate; keep {best['field']}", tuple(edits),
                      (row.field,)) if edits else None
            start, end, _ = ep.locate(path, 0, len(row.name))
            how = "" if row.right or not best["right"] else ", and is misspelt"
            yield ep.finding(self, path=path, start=start, end=end, evidence=row.name, fix=fix,
                             message=f"{row.name!r} duplicates {best['name']!r} ({best['field']}){how}")


def _normalise(text: str) -> str:
    return _NON_WORD.sub(" ", _BRACKETS.sub(" ", text.lower())).strip()


def near_duplicate_pairs(table: pd.DataFrame, min_share: float = 0.34, min_score: float = 90.0,
                         min_words: int = 4) -> pd.DataFrame:
    """Pairs (ep, i, j) of rows of `table` (columns ep, index, text) whose texts nearly repeat:
    one inside the other or the same words twice; j is the later row.

    Candidates come from an inverted index of word shingles (linear in the words of the batch:
    no pair of quotes is compared unless they share a shingle); rapidfuzz confirms them.
    """
    index: dict[tuple, list[int]] = {}
    norms: list[str] = []
    sizes: list[int] = []
    keys: list[tuple] = []
    for ep_i, row, text in zip(table["ep"], table["index"], table["text"]):
        if not isinstance(text, str):
            continue
        norm = _normalise(text)
        w = norm.split()
        if len(w) < min_words:
            continue
        k = len(norms)
        norms.append(norm)
        keys.append((ep_i, row))
        # content-defined anchors (shingles starting at a word whose length is a multiple of 3):
        # two texts sharing a passage pick the same shingles in it, at a third of the cost
        sh = {" ".join(w[x:x + SHINGLE]) for x in range(max(1, len(w) - SHINGLE + 1)) if len(w[x]) % 3 == 0}
        if len(sh) < 2:
            sh = {" ".join(w[x:x + SHINGLE]) for x in range(max(1, len(w) - SHINGLE + 1))}
        sizes.append(len(sh))
        for h in sh:
            index.setdefault((ep_i, h), []).append(k)
    shared: dict[tuple[int, int], int] = {}
    for ids in index.values():
        if len(ids) > 1:
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    pair = (ids[x], ids[y])
                    shared[pair] = shared.get(pair, 0) + 1
    out = []
    for (a, b), n in shared.items():
        if n < min_share * min(sizes[a], sizes[b]):
            continue
        short, longer = (norms[a], norms[b]) if len(norms[a]) <= len(norms[b]) else (norms[b], norms[a])
        score = fuzz.partial_ratio(short, longer, score_cutoff=min_score)
        if score:
            (ep_i, i), (_, j) = sorted((keys[a], keys[b]))
            out.append((ep_i, i, j, score))
    return pd.DataFrame(out, columns=["ep", "i", "j", "score"])


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
        quotes = batch.quotes
        if len(quotes) < 2:
            return
        pairs = near_duplicate_pairs(quotes[["ep", "index", "text"]])
        for ep_i, i, j, score in pairs.sort_values(["ep", "j", "i"]).drop_duplicates(["ep", "j"]).itertuples(index=False):
            ep = batch.episodes[ep_i]
            path = f"quotes[{j}].text"
            if path not in ep.scalars:
                continue
            text = ep.scalars[path].value
            other = ep.data["quotes"][i]["text"]
            start, end, _ = ep.locate(path, 0, len(text))
            how = "is inside" if len(_normalise(text)) < len(_normalise(other)) - 5 else (
                "contains" if len(_normalise(text)) > len(_normalise(other)) + 5 else "repeats")
            edits = item_removal(ep, f"quotes[{j}]")
            fix = Fix("unsafe", f"Remove the quote; keep quotes[{i}]", tuple(edits), (f"quotes[{j}]",)) if edits else None
            yield ep.finding(self, path=path, start=start, end=end, evidence=text, fix=fix,
                             message=f"quotes[{j}] {how} quotes[{i}] (similarity {score:.0f}): "
                                     f"{other[:60]!r}{'...' if len(other) > 60 else ''}")
