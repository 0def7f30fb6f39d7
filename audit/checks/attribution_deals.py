"""Attribution of deals: a stake, an investment or an acquisition told the wrong way round.

The glossary knows who makes what (A401-A403); `rules/deals.yaml` knows who holds a stake in whom
among the field's firms (Nvidia in Intel, Meta in Scale AI, Disney in OpenAI). An LLM pass that
retells a deal swaps its two sides easily ("Intel's $5 billion investment in Nvidia", "AMD took a
10 percent stake in OpenAI"): where the list knows the one direction and not the other, the
claim is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from ..findings import Fix, Severity
from ..glossary import Glossary, glossary
from ..ruleset import expect, known_keys, str_list
from .. import regexcache
from .attribution import episode_names
from .base import Rule, scalar_edit

# a firm's name as written: capitalised words, "&", "." and hyphens inside ("Scale AI", "AT&T")
_NAME = r"[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*){0,3}?"
# words between the investor's possessive and its stake: an amount, a share, describing words
# ("$5 billion", "roughly three percent", "10%", "new equity", "reported $14.3 billion")
_AMOUNT_WORDS = (r"(?:\$?[\d.,]+\s*(?:%|percent|per\s+cent|trillion|billion|million|bn|m|b)?|percent|per\s+cent|"
                 r"trillion|billion|million|a|an|the|roughly|about|"
                 r"nearly|almost|around|some|over|more\s+than|up\s+to|reported|new|fresh|planned|proposed|equity|"
                 r"minority|majority|strategic|controlling|passive|small|large|big|huge|massive|"
                 r"one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|forty-nine|"
                 r"hundred|[\w-]+-(?:dollar|billion|million|percent))")
_SHAPES = (
    # "Intel's $5 billion investment in Nvidia", "EssilorLuxottica's roughly three percent stake in Meta"
    regexcache.compile(rf"(?P<x>{_NAME})['’]s\s+(?:{_AMOUNT_WORDS}\s+){{0,6}}(?:investment|stake|holding|shareholding)s?"
                       rf"\s+in\s+(?P<y>{_NAME})(?![\w&-])"),
    # "Intel invested $5 billion in Nvidia", "Anthropic has poured $8 billion into Amazon"
    regexcache.compile(rf"(?P<x>{_NAME})\s+(?:(?:has|have|had|will|would|is|was|also|just|reportedly|quietly)\s+){{0,2}}"
                       rf"(?:invested|invests|investing|invest|poured|pours|pumped|pumps|sank|plowed|put|puts)\s+"
                       rf"(?:(?:{_AMOUNT_WORDS}|further|another|more)\s+){{0,6}}(?:in|into)\s+(?P<y>{_NAME})(?![\w&-])"),
    # "AMD took a 10 percent stake in OpenAI", "Scale AI bought a 49% stake in Meta"
    regexcache.compile(rf"(?P<x>{_NAME})\s+(?:(?:has|have|had|will|would|also|just|reportedly|quietly)\s+){{0,2}}"
                       rf"(?:took|takes|taking|take|bought|buys|buying|acquired|acquires|holds|held|owns|owned|"
                       rf"picked\s+up|secured|got|gets|received|receives|built|builds)\s+(?:an?\s+)?"
                       rf"(?:{_AMOUNT_WORDS}\s+){{0,6}}(?:stake|holding|shareholding)\s+in\s+(?P<y>{_NAME})(?![\w&-])"),
    # "Nvidia's $5 billion investment from Intel" (the second side the investor)
    regexcache.compile(rf"(?P<y>{_NAME})['’]s\s+(?:{_AMOUNT_WORDS}\s+){{0,6}}(?:investment|funding|backing)\s+"
                       rf"from\s+(?P<x>{_NAME})(?![\w&-])"),
)
# an acquisition, the buyer `x` and the bought `y` ("Weights & Biases acquired CoreWeave", "CoreWeave,
# which Weights & Biases bought", "Salesforce, acquired by Informatica", "X's acquisition of Y"):
# judged by the glossary's owners (a parent bought what it owns, never the other way)
_ACQUIRED = (
    regexcache.compile(rf"(?P<x>{_NAME})\s+(?:(?:has|had|just|quietly|also|finally|reportedly)\s+){{0,2}}"
                       rf"(?:acquired|acquires|bought|buys|purchased|purchases|took\s+over|takes\s+over|snapped\s+up)\s+"
                       rf"(?P<y>{_NAME})(?![\w&-])"),
    regexcache.compile(rf"(?P<x>{_NAME})['’]s\s+(?:{_AMOUNT_WORDS}\s+){{0,4}}(?:acquisition|purchase|takeover|buyout)\s+of\s+"
                       rf"(?P<y>{_NAME})(?![\w&-])"),
    regexcache.compile(rf"(?P<y>{_NAME}),\s+(?:which|that)\s+(?P<x>{_NAME})\s+(?:(?:has|had|just|quietly|also|reportedly)\s+)?"
                       rf"(?:acquired|bought|purchased|took\s+over|snapped\s+up)\b"),
    regexcache.compile(rf"(?P<y>{_NAME}),?\s+(?:(?:which|that)\s+(?:was|is|has\s+been)\s+|now\s+)?"
                       rf"(?:acquired|bought|purchased|taken\s+over|snapped\s+up)\s+by\s+(?P<x>{_NAME})(?![\w&-])"),
)
_REACH = 120  # characters before and after a shape's verb or noun that its names stand within
# the literals of the shapes' verbs and nouns, as written (a sentence's first word capitalised)
_NEEDLES = ("nvest", "stake", "Stake", "holding", "backing", "funding", "poured", "pours", "pumped", "pumps", "sank",
            "plowed", "cqui", "bought", "buys", "urchas", "took over", "takes over", "taken over", "snapped", "buyout")
_IS_ORG = itemgetter(2)  # (start, end, is a maker, is a product) of `Patterns.names_in`


def _all_at(text: str, needle: str):
    """The offsets of `needle` in `text`."""
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


def _windows(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `text` within _REACH characters of the literals at `hits`, merged."""
    spans = sorted((max(0, a - _REACH), min(len(text), b + _REACH)) for a, b in hits)
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


_ALL_SHAPES = (*((rx, False) for rx in _SHAPES), *((rx, True) for rx in _ACQUIRED))
# a deal said not to be, or only talked of ("not", "never", "rumoured", "in talks")
_HEDGED = regexcache.compile(r"\b(?:not|never|no|rumou?red|reportedly\s+consider\w*|talks?|considering|mulling|"
                             r"weighing|denied|deny|denies)\b|n['’]t\b", re.I)


@dataclass(frozen=True)
class Deals:
    investments: dict[str, frozenset[str]]  # investor's canonical name -> its investees' canonical names


def parse_deals(data, where: str) -> Deals:
    data = data or {}
    expect(data, dict, where, "deals")
    known_keys(data, {"version", "investments"}, where, "deals")
    raw = expect(data.get("investments") or {}, dict, where, "investments")
    return Deals({str(k): frozenset(str_list(v, where, f"investments.{k}")) for k, v in raw.items()})


@dataclass(frozen=True)
class _Resolved:
    """The deals with every name resolved to its glossary entry's canonical name."""
    pairs: frozenset[tuple[str, str]]  # (investor, investee)


def _resolved(deals: Deals, gl: Glossary) -> _Resolved:
    def canon(name: str) -> str:
        e = gl.lookup(name)  # (a name the glossary lacks stays as written: it matches no claim)
        return name if e is None else e.name
    return _Resolved(frozenset((canon(x), canon(y)) for x, ys in deals.investments.items() for y in ys))


def _org(gl: Glossary, text: str, last: bool):
    """The glossary org that the name run `text` names, as (entry, offset in `text`, length), or
    (None, 0, 0): the longest run of its first words, or with `last` of its last words (the name
    before a possessive or a verb: "Frames OpenAI's ..." names OpenAI)."""
    words = text.rstrip(".").split()
    spans = ([(k, len(words)) for k in range(len(words))] if last
             else [(0, k) for k in range(len(words), 0, -1)])
    for i, j in spans:
        name = " ".join(words[i:j])
        e = gl.lookup(name)
        if e is not None and e.is_org:
            at = text.find(name) if not last else text.rfind(name)
            return e, at, len(name)
    return None, 0, 0


class ReversedDeal(Rule):
    """## What it does
    Flags a stake, an investment or an acquisition told the wrong way round: "Intel's $5 billion
    investment in Nvidia" (Nvidia invested in Intel), "AMD took a 10 percent stake in OpenAI"
    (OpenAI holds warrants for AMD's shares), "Nvidia's investment from Intel", "CoreWeave, which
    Weights & Biases acquired" (CoreWeave bought Weights & Biases). Who holds a stake in whom comes
    from `rules/deals.yaml`, the field's well-documented investments by the glossary's names (a
    firm's parent or unit counts as the firm), who owns whom from the glossary's `parent`; a pair is
    judged only where one direction is known and not the other, and a deal denied, asked or talked
    of ("not", "rumoured", "in talks") is no claim. A wrong buyer that is no reversal ("Tegus,
    bought by FactSet") is A401's.

    ## Why it matters
    Who owns a piece of whom is the fact a listener takes away from a deal; swapped, it says the
    opposite.

    ## Example
    ```yaml
    summary: Intel's $5 billion investment in Nvidia ties the two chip makers together.   # flagged
    summary: Nvidia's $5 billion investment in Intel ties the two chip makers together.   # fine
    ```

    ## Fix safety
    Unsafe: the fix swaps the two firms' names; the amount and the rest stay as written.
    """

    code = "A404"
    name = "reversed-deal"
    family = "attribution"
    severity = Severity.ERROR
    summary = "A stake, an investment or an acquisition told the wrong way round"
    fixable = "unsafe"

    def check(self, batch):
        # (without rules/deals.yaml, acquisitions are still judged by the glossary's owners)
        deals = batch.knowledge.get("deals", parse_deals, required=False) or Deals({})
        gl = glossary(batch.knowledge)
        resolved = batch.shared("deals-resolved", lambda: _resolved(deals, gl))
        for ep, paths, texts, _, found, _ in episode_names(batch):
            for k, names in enumerate(found):
                # a deal names two organisations: only such texts are read, and only around the
                # shapes' verbs and nouns
                if len(names) < 2 or sum(map(_IS_ORG, names)) < 2 or paths[k].endswith(".name"):
                    continue
                text = texts[k]
                hits = [(i, i + len(n)) for n in _NEEDLES for i in _all_at(text, n)]
                if hits:
                    yield from self._text(ep, paths[k], text, hits, gl, resolved)

    def _text(self, ep, path, text, hits, gl, resolved):
        # the shapes are tried only around their verbs and nouns (a name stands within
        # _REACH characters before one), not from every capital of a long text
        seen = set()
        for lo, hi in _windows(text, hits):
            for rx, is_bought in _ALL_SHAPES:
                for m in rx.finditer(text, lo, hi):
                    if m.span() in seen or (m.start() and text[m.start() - 1].isalnum()):
                        continue  # (the window cut a word: "AI's" of "OpenAI's")
                    seen.add(m.span())
                    yield from self._judge(ep, path, text, m, gl, resolved, is_bought)

    def _judge(self, ep, path, text, m, gl, resolved, bought: bool):
        x_first = m.start("x") < m.start("y")  # (the name before the relation is named by its last words)
        x_e, x_at, x_len = _org(gl, m.group("x"), last=x_first)
        y_e, y_at, y_len = _org(gl, m.group("y"), last=not x_first)
        if x_e is None or y_e is None or x_e is y_e:
            return
        x_chain, y_chain = {e.name for e in gl.chain(x_e)}, {e.name for e in gl.chain(y_e)}
        if bought:
            # the bought owns the buyer, and not the other way ("Weights & Biases acquired CoreWeave")
            if y_e.name not in x_chain or x_e.name in y_chain:
                return
        else:
            if x_chain & y_chain:
                return  # one group ("Google's stake in DeepMind")
            told = any((a, b) in resolved.pairs for a in x_chain for b in y_chain)
            other = any((b, a) in resolved.pairs for a in x_chain for b in y_chain)
            if told or not other:
                return
        xa, xb = m.start("x") + x_at, m.start("x") + x_at + x_len
        ya, yb = m.start("y") + y_at, m.start("y") + y_at + y_len
        first, second = sorted(((xa, xb), (ya, yb)))
        start, end = first[0], second[1]
        if m.end() > max(m.end("x"), m.end("y")):
            end = m.end()  # the verb after both ("CoreWeave, which Weights & Biases acquired")
        if _HEDGED.search(text, max(0, start - 20), end) or text[end:end + 2].lstrip()[:1] == "?":
            return  # ("Intel's investment in Nvidia?": asked, not told)
        if path not in ep.scalars:
            return
        swapped = (text[start:first[0]] + text[second[0]:second[1]] + text[first[1]:second[0]]
                   + text[first[0]:first[1]] + text[second[1]:end])
        a, b, _ = ep.locate(path, start, end)
        edits = scalar_edit(ep, path, start, end, swapped)
        fix = Fix("unsafe", f"Tell the deal the other way round: {swapped!r}", tuple(edits), (path,)) if edits else None
        said = (f"{y_e.name} owns {x_e.name} (the glossary), not the other way round" if bought else
                f"{y_e.name} holds a stake in {x_e.name} (rules/deals.yaml), not {x_e.name} in {y_e.name}")
        yield ep.finding(self, path=path, start=a, end=b, evidence=text[start:end], fix=fix,
                         message=f"the deal runs the other way: {said}")
