"""Attribution inside one episode: a name the glossary does not know, tied to two makers.

The glossary knows the makers of the field's best-known products (A401, A402). Every episode
names products it does not know ("Kokai", "cuOpt", "Carrot Ads"), and the episode itself says
who makes them: the transcript ("Nvidia has cuOpt now", "we use FAISS from Meta") and the LLM
pass's own words ("Cohere's Rerank model"). When the LLM pass then ties the product to another
firm in one place ("cuOpt from Google"), the episode contradicts itself, and the side that the
transcript or the episode's other texts take is the right one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from rapidfuzz.distance import Levenshtein

from ..findings import Fix, Severity
from ..glossary import ORG_KINDS, glossary
from .. import regexcache
from .attribution import RELATION_NOUNS, family_entry
from .base import Rule, scalar_edit
from .entity_noise import classify_entities
from .licences import licence_named
from .sponsor_body import body_text

# a maker's name as written: capitalised words, "&", "+", "." and hyphens inside ("Home Depot",
# "AT&T", "JD.com", "Lowe's" up to its possessive)
_NAME = r"[A-Z][\w&.+-]*(?:\s+(?:&\s+)?[A-Z][\w&.+-]*){0,3}"
# words between a maker's possessive and the product ("Google's open-source OR-Tools"): lowercase
# describing words, not a preposition or a word that makes the product another's rival
_BETWEEN_WORDS = frozenset(
    "to of for with and or than as by from in on at answer answers rival rivals competitor competitors version versions "
    "take clone copy equivalent counterpart challenger alternative alternatives response own".split())
_BEFORE = (
    # "Instacart's Carrot Ads", "Home Depot's new Magic Apron"
    regexcache.compile(rf"(?P<org>{_NAME})['’]s\s+(?P<mid>(?:[a-z][\w-]*\s+){{0,2}})$"),
    # "Panasonic-owned Blue Yonder"
    regexcache.compile(rf"(?P<org>{_NAME})-(?:owned|made|built|developed|backed)\s+$"),
    # "Meta (FAISS", "Amazon Robotics (Proteus, Vulcan"
    regexcache.compile(rf"(?P<org>{_NAME})\s*\((?:[^()]{{0,60}},\s*)?$"),
    # "Nvidia has cuOpt now", "Walmart launched Sparky in its own app"
    regexcache.compile(rf"(?P<org>{_NAME})\s+(?:has|had|launched|released|built|ships|shipped|makes|made|offers|"
                       rf"introduced|unveiled|announced|debuted|rolled\s+out|open-sourced)\s+(?:its\s+|their\s+)?$"),
    # "Nvidia Isaac", "UPS ORION": a maker's name right before the product's
    regexcache.compile(rf"(?P<org>{_NAME})\s+$"),
)
_AFTER = (
    # "cuOpt from Google", "Isaac platform from Intel", "Blue Yonder, now owned by Panasonic"
    regexcache.compile(rf"^,?\s+(?:now\s+)?(?P<mid>(?:[a-z][\w-]*\s+){{0,2}}?)(?:from|(?:made|built|developed|owned|"
                       rf"created|designed|released|launched|announced|unveiled|introduced|acquired|bought|operated|offered|run)\s+by)\s+"
                       rf"(?P<org>{_NAME})"),
    # "Gemini (Google)"
    regexcache.compile(rf"^\s*\((?P<org>{_NAME})\)"),
    # "Kokai, the Criteo AI buying platform", "Blue Yonder, a Microsoft subsidiary"
    regexcache.compile(rf"^,\s+(?:the|a|an)\s+(?P<org>{_NAME})\s+(?=[a-zA-Z])"),
    # "Magic Apron, Lowe's assistant" (not an item of a list: "SWE-bench Verified, METR's time-horizon
    # trend, and ...")
    # (nor the next item of a list, its maker's product: "CodeQL, OpenAI's Aardvark, Anthropic's Claude")
    # (nor another's relation to it, or its own work: "ChatEHR, HCA Healthcare's work with Google Cloud")
    regexcache.compile(rf"^,\s+(?P<org>{_NAME})['’]s\s+(?=[a-z]|(?:AI|ML|LLM|GPU|API)\b)"
                       rf"(?!(?:[\w$.%-]+\s+){{0,3}}[\w$.%-]+,?\s+(?:and|or)\s)(?!(?:{RELATION_NOUNS}|work)s?\b)"),
    # "ORION at UPS was doing route optimisation"
    regexcache.compile(rf"^\s+at\s+(?P<org>{_NAME})(?![\w'’])"),
)
# an LLM context that opens on its entity's maker: "Shopify's merchant assistant", "Developed by Cohere"
_CONTEXT_OPENS = (
    regexcache.compile(rf"^(?P<org>{_NAME})['’]s\s+"),
    regexcache.compile(rf"^(?P<org>{_NAME})-(?:owned|made|built|developed)\s"),
    regexcache.compile(rf"^(?:[A-Z][a-z]+\s+){{0,3}}?(?:made|built|developed|owned|created|designed|released|launched|"
                       rf"operated|offered|run)\s+by\s+(?P<org>{_NAME})", re.I),
)
# the verbs of `_BEFORE`'s shape "Nvidia has cuOpt", looked for before its search
_CLAIM_VERBS = frozenset("has had launched released built ships shipped makes made offers introduced unveiled "
                         "announced debuted out open-sourced".split())


# --- names the episode ties to a maker that no entity of it holds ---------------------------------
# A product or person an episode ties to a maker is often no entity of the episode ("Sohu, the
# Groq chip" where the transcript says "Etched has Sohu"): such a name, found in a shape that ties
# it to a maker, is weighed like an entity's name. Its words are capitalised (or hold a digit);
# a word that opens a sentence or a phrase is no part of it.
_PROD = r"[A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,3}"
# The shapes, each found from the literal that ties it (a possessive, a comma, "from" or "by"):
# "Groq's Sohu", "Google's new Colossus 2": the name after a possessive
_POSSESSIVE = regexcache.compile(r"['’]s\s+")
_AFTER_POSSESSIVE = regexcache.compile(rf"(?P<mid>(?:[a-z][\w-]*\s+){{0,2}})(?P<prod>{_PROD})")
# "Sohu, the Groq chip", "Fin, Zendesk's support agent": the name before the comma
_APPOSED = regexcache.compile(rf",\s+(?:(?:the|a|an)\s+{_NAME}\s+[a-z]|{_NAME}['’]s\s+[a-z])")
# "AI SDK 5 from Cloudflare", "Agent HQ, announced by GitLab": the name before the verb
_FROM_OR_BY = regexcache.compile(r"(?:from|by)\s+[A-Z]")
_MADE_BY_TAIL = regexcache.compile(r",?\s+(?:(?:made|built|developed|released|launched|created|designed|announced|"
                                   r"offered|unveiled|introduced)\s+)\Z")
_FROM_TAIL = regexcache.compile(r",?\s+\Z")
_END = regexcache.compile(r"\Z")
# the name that ends a text ("... bet behind Sohu")
_PROD_ENDS = regexcache.compile(rf"(?<![\w.+'’-]){_PROD}\Z")
# words that open a phrase, no name's first word, and that end a name ("Then Sohu", "The
# Blackhole"); titles before a person's name ("CEO Sundar Pichai"); terms that alone follow a
# firm's possessive as no product's name ("Meta's AI", "Nvidia's GPUs")
_OPENERS = frozenset("""The This That These Those And But Or Its It Their Our Your His Her Both Every Each With From
For Into Like Unlike Using Use Via New Today Then When While After Before Because Since Only Even Also Not So If As At
In On Of To By An A Now Yet Still Just Here There What Which Who How Why We They He She You I Meanwhile Plus""".split())
_TITLES = frozenset("""CEO CTO CFO COO CPO CSO CMO CAIO President Chairman Chairwoman Chair Chief Head VP SVP EVP Founder
Cofounder Co-founder Director Executive Vice Senior General Managing Principal Lead Former Board""".split())
_TERMS = frozenset("AI ML LLM LLMs GPU GPUs API APIs".split())
# a name that goes on past a preposition ("Apple's Illusion of Thinking" is no "Illusion")
_GOES_ON = regexcache.compile(r"\s+(?:of|for|on|in)\s+(?:the\s+)?[A-Z]")


def _name_of(prod: str) -> str:
    """`prod` without its leading words that open a phrase or are a title ("Then Sohu" is Sohu),
    and cut at a word that ends it (a possessive, "Sohu's"); "" for a term alone ("AI")."""
    words = prod.split(" ")
    while words and (words[0].rstrip(".,") in _OPENERS or words[0] in _TITLES):
        words.pop(0)
    for k, w in enumerate(words):
        if w.endswith(("'s", "’s")) or w in _OPENERS:
            words = words[:k]
            break
    name = " ".join(words).rstrip(".,-")
    return "" if name in _TERMS else name


def _tied_names(texts) -> set[str]:
    """The names the texts tie to a maker in a shape of "X's P", "P, the X ...", "P, X's ...",
    "P from X", "P, made by X" (the maker is weighed later, by `EpisodeMakerConflict._claim`)."""
    out: set[str] = set()

    def add(text: str, prod: str, end: int) -> None:
        name = _name_of(prod)
        if len(name) >= _MIN_NAME and _GOES_ON.match(text, end) is None:
            out.add(name)

    def before(text: str, at: int, tail: re.Pattern) -> None:
        head = text[max(0, at - 80):at]
        t = tail.search(head)
        if t is not None and (m := _PROD_ENDS.search(head, 0, t.start())) is not None:
            add(text, m.group(0), at - len(head) + t.start())

    for text in texts:
        if "s " in text:
            for p in _POSSESSIVE.finditer(text):
                m = _AFTER_POSSESSIVE.match(text, p.end())
                if m is not None and not any(w in _BETWEEN_WORDS for w in m.group("mid").split()):
                    add(text, m.group("prod"), m.end("prod"))
        if ", " in text:
            for c in _APPOSED.finditer(text):
                before(text, c.start(), _END)
        if "from " in text or "by " in text:
            for f in _FROM_OR_BY.finditer(text):
                if f.start() and not text[f.start() - 1].isalnum():
                    before(text, f.start(), _MADE_BY_TAIL if text.startswith("by", f.start()) else _FROM_TAIL)
    return out


def _named_after_maker(gl, name: str, names) -> bool:
    """Does `name` open on a maker's name, the glossary's or an entity's ("Nvidia DGX SuperPOD")?"""
    first = name.split()[0]
    entry = gl.lookup(first)
    return (entry is not None and entry.kind in ORG_KINDS) or (first != name and first in names)


def _before_gates(before: str, last: list[str]) -> tuple[bool, ...]:
    """Per shape of `_BEFORE`, can it match `before` (whose last two words are `last`)? The literal
    or word each shape needs, looked for first."""
    word = last[-1] if last else ""
    return ("'s" in before or "’s" in before, "-" in before, "(" in before,
            word in _CLAIM_VERBS or (word in ("its", "their") and len(last) == 2 and last[0] in _CLAIM_VERBS),
            word[:1].isupper())


# a maker said of a rival's product, not of its maker: "unlike Google's ...", "X's answer to P"
_CONTRAST = regexcache.compile(r"\b(?:unlike|versus|vs\.?|compared|rather\s+than|instead\s+of|rivals?|competitors?|"
                               r"compet(?:es|ing)|alternative|answer\s+to|against|beats?|replac\w*|switch\w*|migrat\w*|"
                               r"moved?\s+(?:off|from|away))\b", re.I)
# the fields the episode's speech is in: a quote's text, an NER pass's transcript window
_SPEECH_FIELDS = ("text",)
_MIN_NAME = 3


_POSSESSIVE_AFTER = regexcache.compile(r"['’]s\b")
# a type's designation, letters and a number ("YFQ-44A", "MQ-9B"): an entity so named is no maker
_DESIGNATION = regexcache.compile(r"[A-Z]{1,5}-?\d+[A-Z]?")


def _whole(text: str, a: int, b: int) -> bool:
    """Does text[a:b] stand as a name of its own: no letter, digit, "_" or "-" before it, none nor
    "+" after it, and no possessive after it (a claim of the product as an owner is another's)?"""
    if a and (text[a - 1].isalnum() or text[a - 1] in "_-"):
        return False
    if b < len(text) and (text[b].isalnum() or text[b] in "_+-"):
        return False
    return _POSSESSIVE_AFTER.match(text, b) is None


def _one_spelling(a: str, b: str) -> bool:
    """Two makers' names that are one name spelt two ways: "Deloit" and "Deloitte", "Kpmg" and
    "KPMG" (the same first letter, and one letter apart in a name of four or five letters, two
    in a longer one)."""
    if a == b:
        return True
    la, lb = a.lower(), b.lower()
    if la[:1] != lb[:1] or min(len(a), len(b)) < 4:
        return la == lb
    return Levenshtein.distance(la, lb) <= (2 if min(len(a), len(b)) >= 6 else 1)


@dataclass(frozen=True)
class _Claim:
    path: str
    text: str
    start: int  # the claim's span in the text (product and maker)
    end: int
    org_start: int  # the maker's name as written
    org_end: int
    maker: str  # the maker's key: a glossary org's canonical name, else the name as written
    speech: bool


def _episode_entities(batch):
    """Per episode: {name: [(is the entry the LLM pass's, its context, its category), ...]} of its
    entities."""
    out: dict[int, dict[str, list]] = {}
    for n, name, context, source, category in batch.rows("entities", "ep", "name", "context", "source", "category"):
        if isinstance(name, str) and name.strip():
            out.setdefault(n, {}).setdefault(name.strip(), []).append(
                (source == "llm_enhanced", context if isinstance(context, str) else "",
                 category if isinstance(category, str) else ""))
    return out


class EpisodeMakerConflict(Rule):
    """## What it does
    Flags a product or firm the glossary does not know that one text of an episode ties to a
    maker or owner while the episode's other texts tie it to another: "cuOpt from Google" where
    the transcript says "Nvidia has cuOpt now"; "Kokai, the Criteo AI buying platform" where a
    quote says "The Trade Desk's Kokai scores every impression". The claims are the shapes of a
    maker's tie ("X's P", "X-owned P", "X has P", "X P", "X (P)", "P from X", "P, now owned by
    X", "P (X)", "P, the X ...", "P, X's ...", "P at X") and an LLM entry's context that
    opens on its maker ("Shopify's merchant assistant"); a name that starts with a maker's name
    ("Walmart Connect") is that maker's. The names weighed are the episode's entities' and those
    its texts tie to a maker in one of the shapes though no entity holds them ("Sohu, the Groq
    chip"). Only the transcript decides (the NER pass's windows, the quotes and the transcript in
    the file's body, if any: what was said): when it takes one side, the other side's claims are
    flagged (never the body's own, no field); the
    LLM pass's texts alone decide nothing, however many say one thing. Makers one
    of which owns the other in the glossary ("Amazon", "Amazon Robotics") are one side; a claim
    in a sentence that contrasts ("unlike", "rival", "answer to", "moved off") is no claim.
    Names the glossary knows are A401's and A402's; entity-noise's (fragments, people, places)
    are no products.

    ## Why it matters
    A wrong maker in a summary or an impact reason misinforms every reader, and the episode
    itself holds the right one: the LLM pass contradicted its own source.

    ## Example
    ```yaml
    companies:
    - context: 'Nvidia has cuOpt now, and on a GPU you can re-solve the whole route'
      name: cuOpt
      position: 4120
    quotes:
    - impact_reason: Frames re-optimisation on GPUs, such as cuOpt from Google.   # flagged
    ```

    ## Fix safety
    Unsafe: the fix names the maker the rest of the episode gives; which is right is for a
    reviewer to confirm.
    """

    code = "A403"
    name = "episode-maker-conflict"
    family = "attribution"
    severity = Severity.ERROR
    summary = "A product tied to a maker that the rest of its episode contradicts"
    fixable = "unsafe"

    def check(self, batch):
        gl = glossary(batch.knowledge)
        entities = _episode_entities(batch)
        texts: dict[int, list[tuple[str, str, str]]] = {}
        index = {id(ep): n for n, ep in enumerate(batch.episodes)}
        for ep, path, text, kind in batch.texts():
            if kind != "name":
                texts.setdefault(index[id(ep)], []).append((path, text, kind))
        # (no fragment, cut or hedged name, person, place or generic term: entity-noise's, computed
        # once per batch for its own rules)
        noisy = {(row.ep, row.name.strip()) for row, _ in classify_entities(batch)}
        for n, names in entities.items():
            # (nor a maker: "Because Fanuc" of "Because Fanuc CRX is the cobot" is Fanuc's)
            names = {p: rows for p, rows in names.items() if (n, p) not in noisy}
            # (nor a version of a family the glossary knows: "Genie 3" is Genie's, and A401 judges it)
            ep = batch.episodes[n]
            body = body_text(ep)
            own = texts.get(n, [])
            # (and the names its texts tie to a maker that no entity holds: "Sohu, the Groq chip")
            # (not one named after its maker, whose possessive is a customer's: "DeepL's new Nvidia DGX
            # SuperPOD")
            candidates = set(names) | {p for p in _tied_names(text for _, text, _ in own)
                                       if not _named_after_maker(gl, p, names)}
            products = [p for p in candidates if len(p) >= _MIN_NAME and gl.lookup(p) is None and not p.islower()
                        and family_entry(gl, p) is None and (n, p) not in noisy
                        and not any(cat == "person" for _, _, cat in names.get(p, ()))]
            if not products:
                continue
            yield from self._episode(ep, gl, names, products, [*own, ("", body, "body")] if body.strip() else own)

    def _episode(self, ep, gl, names, products, texts):
        # the names alone, their edges checked after a match (`_whole`): a pattern that starts with
        # its literals lets the engine skip to their first characters in C; built from the episode's
        # own names, it is `re`'s, not the regex cache file's (which keeps the rule sets' patterns)
        pattern = re.compile("|".join(sorted(map(re.escape, products), key=len, reverse=True)))
        claims: dict[str, list[_Claim]] = {}
        ner_paths = {path for path, _, kind in texts if kind == "context" and path.startswith("companies[")
                     and not self._llm(ep, path)}
        # one scan of the episode's texts joined by NUL (no name holds one; `_whole` takes it for an edge)
        joined = "\0".join(text for _, text, _ in texts)
        starts = list(accumulate((len(text) + 1 for _, text, _ in texts), initial=0))
        for m in pattern.finditer(joined):
            if not _whole(joined, m.start(), m.end()):
                continue
            k = bisect_right(starts, m.start()) - 1
            path, text, kind = texts[k]
            # (the body's transcript, where the file holds one, is speech too)
            speech = kind in _SPEECH_FIELDS and path.startswith("quotes[") or path in ner_paths or kind == "body"
            a, b = m.start() - starts[k], m.end() - starts[k]
            for claim in self._around(text, a, b, m.group(0), path, speech, gl, names):
                claims.setdefault(m.group(0), []).append(claim)
        for path, text, kind in texts:
            if kind == "context" and path not in ner_paths:
                own = ep.value(path.replace(".context", ".name"))
                if isinstance(own, str) and own.strip() in products:
                    for rx in _CONTEXT_OPENS:
                        if (c := rx.match(text)) is not None:
                            claim = self._claim(text, c.start("org"), c.end("org"), c.start("org"), c.end("org"),
                                                own.strip(), path, False, gl, names)
                            if claim is not None:
                                claims.setdefault(own.strip(), []).append(claim)
                            break
        for product, found in claims.items():
            yield from self._conflicts(ep, product, found, gl, names)

    @staticmethod
    def _llm(ep, path: str) -> bool:
        return ep.value(path.replace(".context", ".source")) == "llm_enhanced"

    def _around(self, text, a, b, product, path, speech, gl, names):
        before = text[max(0, a - 80):a]
        last = before.split()[-2:]
        for rx, may in zip(_BEFORE, _before_gates(before, last)):
            if not may:
                continue  # (a literal the shape needs is missing: no search)
            m = rx.search(before)
            if m is None:
                continue
            if "mid" in rx.groupindex and any(w in _BETWEEN_WORDS for w in m.group("mid").split()):
                break
            shift = a - len(before)
            claim = self._claim(text, shift + m.start("org"), b, shift + m.start("org"), shift + m.end("org"),
                                product, path, speech, gl, names, adjacent=rx is _BEFORE[-1])
            if claim is not None:
                yield claim
            break
        after = text[b:b + 100]
        for rx in _AFTER:
            m = rx.match(after)
            if m is None:
                continue
            if rx is _AFTER[3] and before.endswith(("'s ", "’s ")):
                break  # the product with its own maker's possessive, an item of a list ("Stanford's ChatEHR, HCA's ...")
            if "mid" in rx.groupindex and any(w in _BETWEEN_WORDS or (w.endswith("ed") and rx is _AFTER[0])
                                              for w in m.group("mid").split()):
                break
            claim = self._claim(text, a, b + m.end("org"), b + m.start("org"), b + m.end("org"),
                                product, path, speech, gl, names)
            if claim is not None:
                yield claim
            break

    @staticmethod
    def _claim(text, start, end, org_start, org_end, product, path, speech, gl, names, adjacent=False):
        org = text[org_start:org_end]
        # the longest run of the name's words that names a maker ("Then Google" is Google)
        words = org.split()
        for k in range(len(words)):
            cand = " ".join(words[k:])
            entry = gl.lookup(cand)
            if entry is not None and entry.kind in ORG_KINDS:
                org_start += len(org) - len(cand)
                maker = entry.name
                break
            if cand in names and cand != product and not any(cat == "person" for _, _, cat in names[cand]) \
                    and not _DESIGNATION.fullmatch(cand):  # (no firm: "Fury (YFQ-44A)", a type's designation)
                org_start += len(org) - len(cand)
                maker = cand
                break
        else:
            return None
        if licence_named(text, org_start, org_end):
            return None  # "Phi-3 (MIT)" among licences: the MIT License, no maker
        if adjacent and f"{text[org_start:org_end]} {product}" in names:
            return None  # "Walmart Connect": the product's own name, read as maker and product
        if product.startswith(maker) or maker.startswith(product):
            return None
        sentence_start = max(text.rfind(p, 0, min(start, org_start)) for p in (". ", "; ", "? ", "! ", "\n"))
        stops = [i for i in (text.find(p, max(end, org_end)) for p in (". ", "; ", "? ", "! ")) if i != -1]
        if _CONTRAST.search(text, sentence_start + 1, min(stops) if stops else len(text)):
            return None
        return _Claim(path, text, min(start, org_start), max(end, org_end), org_start, org_end, maker, speech)

    def _conflicts(self, ep, product, found, gl, names):
        sides: dict[str, list[_Claim]] = {}
        spelt: dict[str, set[str]] = {}  # per side, its makers' names as written
        for c in found:
            side = self._side(c.maker, gl)
            written = c.text[c.org_start:c.org_end]
            # one maker spelt two ways ("Deloit's" and "Deloitte's"; "Yaskowa" and "Yaskawa", a variant
            # of the glossary's Yaskawa Electric) is one side: misspelling's finding
            side = next((s for s in sides if _one_spelling(s, side) or any(_one_spelling(w, written) for w in spelt[s])),
                        side)
            sides.setdefault(side, []).append(c)
            spelt.setdefault(side, set()).update((written, c.maker))
        # a name that starts with a maker's name is that maker's ("Walmart Connect")
        first = product.split()[0] if " " in product else ""
        implied = None
        if first:
            entry = gl.lookup(first)
            # (a product of the glossary's opening the name is its family, no firm: "Maia 200" is no
            # firm Maia's)
            implied = (entry.name if entry.kind in ORG_KINDS else None) if entry is not None \
                else (first if first in names else None)
            if implied is not None:
                implied = self._side(implied, gl)
                implied = next((s for s in sides if _one_spelling(s, implied)), implied)
        if len(sides) + (implied is not None and implied not in sides) < 2:
            return

        # the sides the transcript takes (its windows and the quotes), and a name's own maker
        said = {side for side, cs in sides.items() if any(c.speech for c in cs)}
        if implied is not None:
            said.add(implied)
        if len(said) != 1:
            return  # the transcript takes no side, or two (two products of one name)
        best = next(iter(said))
        for side, cs in sides.items():
            if side != best:
                for c in cs:
                    if c.path:  # (a claim of the body is no field's: nothing to flag or fix)
                        yield self._finding(ep, c, product, best)

    @staticmethod
    def _side(maker: str, gl) -> str:
        entry = gl.lookup(maker)
        if entry is None:
            # a unit the glossary does not know, named after its firm ("Intel Foundry", "Samsung Foundry")
            words = maker.split()
            entry = next((e for k in range(len(words) - 1, 0, -1)
                          if (e := gl.lookup(" ".join(words[:k]))) is not None and e.kind in ORG_KINDS), None)
        if entry is not None and entry.kind not in ORG_KINDS and entry.maker:
            # a product that holds others is its maker's side ("Instagram's Edits" is Meta's)
            entry = gl.lookup(entry.maker)
        if entry is not None and entry.kind in ORG_KINDS:
            chain = gl.chain(entry)
            return chain[-1].name if chain else entry.name  # (a unit is its top parent's side)
        return maker

    def _finding(self, ep, c: _Claim, product, best):
        evidence = c.text[c.start:c.end]
        start, end, _ = ep.locate(c.path, c.start, c.end)
        org = c.text[c.org_start:c.org_end]
        edits = scalar_edit(ep, c.path, c.org_start, c.org_end, best)
        fix = Fix("unsafe", f"Attribute {product} to {best}", tuple(edits), (c.path,)) if edits else None
        return ep.finding(self, path=c.path, start=start, end=end, evidence=evidence, fix=fix,
                          message=f"{product} is {best}'s by the rest of the episode, not {org}'s: {evidence!r}")
