"""Attribution: a product or model tied to the wrong maker, judged by the glossary's maker/parent chain."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from ..findings import Fix, Severity
from ..glossary import MADE_KINDS, ORG_KINDS, Entry, Glossary, glossary
from ..textmatch import starts_with_capital, trie_pattern
from .base import Rule, scalar_edit

_VERSION = r"(?:[ -]?v?\d+(?:\.\d+)*[a-z]?)?(?:[ -](?:Pro|Flash|Opus|Sonnet|Haiku|Ultra|Nano|Mini|mini|Turbo|Max|Vision|Instruct|Chat|Coder|Lite|Plus))*"
_QUALIFIERS = r"(?:(?:new|newest|latest|own|flagship|upcoming|recent|popular|open[- ]source|open[- ]weights?|closed[- ]source|proprietary|frontier|reasoning|coding|AI)\s+){0,3}"
_KIND_WORDS = r"(?:model|models|chatbot|assistant|LLM|LLMs|AI|family|series|product|tool)"
# After a name's first character (a capital, so a word character): `\b` before the name.
_NO_WORD_BEFORE = r"(?<!\w.)"
# The same with no hyphen before either (a maker's or product's own boundary in the claims).
_NO_NAME_CHAR_BEFORE = r"(?<![\w-].)"
# Words before or between the names that turn a maker claim into a comparison or a move.
_NOT_A_CLAIM = re.compile(
    r"\b(?:compet\w*|rival\w*|alternative\w*|answer|response|challeng\w*|threat|clone|copy|"
    r"versus|vs\.?|than|switch\w*|migrat\w*|mov\w*|instead|rather|compar\w*|defect\w*|poach\w*|"
    r"hired|left|leav\w*|join\w*|partner\w*|host\w*|available|integrat\w*|deploy\w*|run\w*|"
    r"serv\w*|offer\w*|resell\w*|access)\b", re.I)


@dataclass(frozen=True)
class Patterns:
    claims: re.Pattern  # product/maker pairs in any text
    context_claims: re.Pattern  # maker claims in an entity's descriptive context (product implied)
    orgs: re.Pattern  # any maker name (a cheap pre-filter: no maker, no claim; searched from its first character)
    names: re.Pattern  # any maker or product name, as one trie (no look-behind: fast)
    capital_names: re.Pattern  # the same for the names that start with a capital: faster still
    other_names: tuple  # the names `capital_names` leaves out ("xAI", "o1")
    org_forms: frozenset
    product_forms: frozenset
    other_probes: tuple = ()  # patterns that find any of `other_names`, each from a literal character
    starts: re.Pattern | None = None  # where a maker or product name starts: where a claim can
    # every name of `names` -> (is a maker, is a product): one dict look-up per name found
    # instead of two set look-ups (compare=False: a dict does not hash)
    kinds: dict = field(default_factory=dict, compare=False)

    def names_in(self, texts: list[str]) -> list[list[tuple[int, int, bool, bool]]]:
        """The names `names` finds in each text: (start, end, is a maker, is a product).

        `capital_names` finds the same names in every text where no name without a capital
        occurs; it runs once over the episode's texts joined by newlines (a newline is no word
        character, so the texts' ends are the same boundaries, and no name of `capital_names`
        holds one) instead of once per text. Only the texts that hold a name without a capital
        ("xAI", "o1": rarely any) are scanned again with `names`. Whether any does is first
        asked of `other_probes`, which start with a rare literal character (fast), and only
        then name by name.
        """
        joined = "\n".join(texts)
        out: list[list[tuple[int, int, bool, bool]]] = [[] for _ in texts]
        kinds = self.kinds
        i, start, end = 0, 0, len(texts[0]) if texts else 0
        names = out[0] if texts else []
        for m in self.capital_names.finditer(joined):
            a, b = m.span()
            if a > end:  # past text i (at `end` stands a newline, where no name starts)
                while a > end:
                    i += 1
                    start, end = end + 1, end + 1 + len(texts[i])
                names = out[i]
            names.append((a - start, b - start) + kinds[m.group()])
        if any(probe.search(joined) for probe in self.other_probes):
            others = [f for f in self.other_names if f in joined]  # one search per name, not per text
            for k, t in enumerate(texts):
                if any(f in t for f in others):
                    out[k] = self._names(self.names, t)
        return out

    def _names(self, names_rx: re.Pattern, text: str) -> list[tuple[int, int, bool, bool]]:
        kinds = self.kinds
        return [m.span() + kinds[m.group()] for m in names_rx.finditer(text)]


def _alternation(forms: set[str]) -> str:
    return trie_pattern(forms)  # shared prefixes: most positions fail after one character


@lru_cache(maxsize=8)
def _patterns(gl_id: int, gl: Glossary) -> Patterns:
    orgs = {f for e in gl.entries if e.kind in ORG_KINDS for f in e.accepted + e.misspellings}
    prods = {f for e in gl.entries if e.kind in MADE_KINDS and e.maker for f in e.accepted + e.misspellings}
    org = rf"(?<![\w-])(?P<org>{_alternation(orgs)})(?![\w-])"
    prod = rf"(?<![\w-])(?P<prod>{_alternation(prods)}){_VERSION}(?![\w-])"
    org2, prod2 = org.replace("?P<org>", "?P<org2>"), prod.replace("?P<prod>", "?P<prod2>")
    org3, prod3 = org.replace("?P<org>", "?P<org3>"), prod.replace("?P<prod>", "?P<prod3>")
    # before "-developed" the name may be followed by a hyphen ("Google-developed Claude")
    org6_loose = org.replace("?P<org>", "?P<org6>").replace(r"(?![\w-])", r"(?!\w)")
    verbs = r"(?:developed|built|made|created|trained|designed|produced|owned|released|launched|published|open[- ]sourced|introduced)"
    claims = "|".join([
        rf"{org}\s*\(\s*{prod}\s*\)",                                   # OpenAI (Gemini)
        rf"{prod2}\s*\(\s*(?:by\s+|from\s+)?{org2}\s*\)",               # Gemini (OpenAI)
        rf"{org3}['’]s?\s+{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?{prod3}",   # Google's Claude
        rf"{prod.replace('?P<prod>', '?P<prod4>')},?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?"
        rf"(?:{verbs}\s+by|by|from(?!\s+(?:{_alternation(orgs)})\s+[A-Z]))\s+{org.replace('?P<org>', '?P<org4>')}",  # Grok by Anthropic; Qwen, developed by Microsoft; Phi from Google
        rf"{prod.replace('?P<prod>', '?P<prod5>')}\s+(?:is|was)\s+(?:an?|the)\s+(?P<mid5>(?:[\w-]+\s+){{0,4}}?)"
        rf"(?:from|by)\s+{org.replace('?P<org>', '?P<org5>')}",          # Claude is a model from OpenAI
        rf"{org6_loose}(?:-|\s+)(?:developed|built|made|created|trained|designed)\s+"
        rf"(?:its\s+|their\s+|the\s+)?{_QUALIFIERS}(?:{_KIND_WORDS}\s+)?{prod.replace('?P<prod>', '?P<prod6>')}"
        rf"(?!\s+(?:into|on|in|with|for|to)\b)",                          # Google-developed Claude
    ])
    context_claims = "|".join([
        rf"\b{verbs}\s+by\s+{org}",                                      # A model developed by OpenAI
        rf"^(?:An?|The|Its)\s+(?:[\w-]+\s+){{0,2}}?{org2}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:model|models|product|chatbot|assistant|tool|LLM|platform|service|family)\b",  # An OpenAI model
    ])
    capitals = {f for f in orgs | prods if starts_with_capital(f) and "\n" not in f}
    others = tuple(sorted((orgs | prods) - capitals))
    return Patterns(re.compile(claims), re.compile(context_claims),
                    # no word character or hyphen before the name, checked after its first character
                    re.compile(rf"(?:{trie_pattern(orgs, after_first=_NO_NAME_CHAR_BEFORE)})(?!\w)"),
                    re.compile(rf"\b(?:{trie_pattern(orgs | prods)})(?!\w)"),
                    re.compile(rf"(?:{trie_pattern(capitals, after_first=_NO_WORD_BEFORE)})(?!\w)"),
                    others, frozenset(orgs), frozenset(prods),
                    _probes(others),
                    re.compile(trie_pattern(orgs | prods, after_first=_NO_NAME_CHAR_BEFORE)),
                    {f: (f in orgs, f in prods) for f in orgs | prods})


def _probes(names) -> tuple:
    """Patterns that together find every occurrence of `names` (as substrings), each starting
    with one literal character: the scan then skips in C to that character, and the rarest
    character of a name (its first capital or digit, "xAI" -> "A", "o1" -> "1") is chosen, the
    part before it checked by a look-behind."""
    by_anchor: dict[str, list[str]] = {}
    for f in names:
        j = next((k for k, c in enumerate(f) if not ("a" <= c <= "z")), 0)
        behind = f"(?<={re.escape(f[:j + 1])})" if j else ""
        by_anchor.setdefault(f[j], []).append(re.escape(f[j]) + behind + re.escape(f[j + 1:]))
    return tuple(re.compile("|".join(sorted(alts))) for _, alts in sorted(by_anchor.items()))


def patterns_for(gl: Glossary) -> Patterns:
    return _patterns(id(gl), gl)


def _group(m: re.Match, base: str) -> tuple[str | None, int]:
    for suffix in ("", "2", "3", "4", "5", "6"):
        g = m.group(base + suffix) if (base + suffix) in m.re.groupindex else None
        if g is not None:
            return g, m.start(base + suffix)
    return None, -1


_PAIR_GAP = 90  # characters between a maker and a product that a claim can span


def _claims_in(pats: Patterns, text: str, names: list[tuple[int, int, bool, bool]]):
    """Claim matches, searched only around places where a maker and a product stand close.

    One trie regex finds the names (a few per text, see `Patterns.names_in`); the claim
    patterns, which are slow to try at every position of a long text, then run only on the
    short windows around close pairs.
    """
    if len(names) < 2:
        return
    windows: list[list[int]] = []
    for i, (a, b, is_org, is_prod) in enumerate(names):
        for a2, b2, is_org2, is_prod2 in names[i + 1:]:
            if a2 - b > _PAIR_GAP:
                break
            if (is_org and is_prod2) or (is_prod and is_org2):
                lo, hi = max(0, a - 1), min(len(text), b2 + 40)
                if windows and lo <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], hi)
                else:
                    windows.append([lo, hi])
    # `claims.finditer(text, lo, hi)`, tried only where a maker or product name starts: every
    # claim begins with one (after no word character or hyphen), and `starts` finds those places
    # from their first character instead of trying the claim patterns at every position
    claims, starts = pats.claims, pats.starts
    for lo, hi in windows:
        pos = lo
        while (s := starts.search(text, pos, hi)) is not None:
            m = claims.match(text, s.start(), hi)
            if m is None:
                pos = s.start() + 1
            else:
                yield m
                pos = m.end()


def _by_episode(batch) -> list[tuple[object, list[str], list[str]]]:
    """The free texts of the batch grouped by episode: [(episode, [field path, ...], [text, ...]), ...]."""
    grouped = []
    for _, rows in groupby(batch.texts(), key=lambda row: id(row[0])):  # runs of one episode
        rows = list(rows)
        grouped.append((rows[0][0], list(map(_PATH, rows)), list(map(_TEXT, rows))))
    return grouped


_PATH, _TEXT = itemgetter(1), itemgetter(2)


class _AttributionRule(Rule):
    def _finding(self, ep, path, text, m, org_text, org_at, prod_entry: Entry, org_entry: Entry, gl):
        right = gl.chain(prod_entry)[0].name
        edits = scalar_edit(ep, path, org_at, org_at + len(org_text), right)
        fix = Fix("unsafe", f"Attribute {prod_entry.name} to {right}", tuple(edits), (path,)) if edits else None
        start, end, _ = ep.locate(path, m.start(), m.end())
        return ep.finding(
            self, path=path, start=start, end=end, evidence=m.group(0), fix=fix,
            message=f"{prod_entry.name} is made by {right}, not {org_entry.name}: {m.group(0)!r}",
        )


class WrongMaker(_AttributionRule):
    """## What it does
    Flags a product or model tied to the wrong maker in any free text: "OpenAI (Gemini)",
    "Google's Claude", "Grok by Anthropic", "Qwen, developed by Microsoft", "Claude is a model
    from OpenAI". Right and wrong come from the glossary's maker/parent chain: for Gemini,
    Google DeepMind, Google and Alphabet are all right; for Copilot, GitHub and Microsoft.
    Comparisons and moves ("a rival to", "switched to ... from") are not claims and stay quiet.

    ## Why it matters
    A summary that credits a model to its competitor is a factual error readers repeat.

    ## Example
    ```yaml
    summary: '**OpenAI (Gemini):** reasoning focus'      # flagged: Gemini is Google DeepMind's
    summary: '**Anthropic (Claude):** coding focus'      # fine
    ```

    ## Fix safety
    Unsafe: the fix names the glossary's maker, but the text may have meant another product.
    """

    code = "A401"
    name = "wrong-maker"
    family = "attribution"
    severity = Severity.ERROR
    summary = "Product tied to the wrong maker (OpenAI (Gemini))"
    fixable = "unsafe"

    def check(self, batch):
        gl = glossary(batch.knowledge)
        pats = patterns_for(gl)
        for ep, paths, texts in _by_episode(batch):
            found = pats.names_in(texts)
            for k in [k for k, names in enumerate(found) if len(names) > 1]:  # a claim needs a maker and a product
                path, text, names = paths[k], texts[k], found[k]
                for m in _claims_in(pats, text, names):
                    org_text, org_at = _group(m, "org")
                    prod_text, _ = _group(m, "prod")
                    org_e, prod_e = gl.lookup(org_text), gl.lookup(prod_text)
                    if org_e is None or prod_e is None or org_e is prod_e or gl.is_right_maker(prod_e, org_e):
                        continue
                    mid = m.group("mid5") if m.group("prod5") else ""
                    before = text[max(0, m.start() - 40):m.start()]
                    if (mid and _NOT_A_CLAIM.search(mid)) or (
                            not m.group("org") and not m.group("prod2") and _NOT_A_CLAIM.search(before)):
                        continue
                    yield self._finding(ep, path, text, m, org_text, org_at, prod_e, org_e, gl)


class EntityWrongMaker(_AttributionRule):
    """## What it does
    Flags an entity whose name is a product or model of the glossary while its own context
    names another maker: `name: Gemini` with `context: A chatbot developed by OpenAI`, or
    `context: An OpenAI model for reasoning`.

    ## Why it matters
    The entity list feeds maker statistics; a wrong maker in the context is a wrong fact.

    ## Example
    ```yaml
    - name: Gemini
      context: A model developed by OpenAI.          # flagged
    - name: Gemini
      context: Google's model family.                # fine
    ```

    ## Fix safety
    Unsafe: the fix replaces the named maker with the glossary's one.
    """

    code = "A402"
    name = "entity-wrong-maker"
    family = "attribution"
    severity = Severity.ERROR
    summary = "Entity context names the wrong maker of the entity"
    fixable = "unsafe"

    def check(self, batch):
        gl = glossary(batch.knowledge)
        pats = patterns_for(gl)
        pat = pats.context_claims
        for n, fld, name, context in batch.rows("entities", "ep", "field", "name", "context"):
            if not isinstance(name, str) or not isinstance(context, str):
                continue
            prod_e = gl.lookup(name.strip())
            if prod_e is None or prod_e.kind not in MADE_KINDS or not prod_e.maker:
                continue
            ep = batch.episodes[n]
            path = f"{fld}.context"
            if path not in ep.scalars or not pats.orgs.search(context):
                continue
            for m in pat.finditer(context):
                org_text, org_at = _group(m, "org")
                org_e = gl.lookup(org_text)
                if org_e is None or org_e is prod_e or gl.is_right_maker(prod_e, org_e):
                    continue
                if _NOT_A_CLAIM.search(context[max(0, m.start() - 40):m.start()]):
                    continue
                yield self._finding(ep, path, context, m, org_text, org_at, prod_e, org_e, gl)
