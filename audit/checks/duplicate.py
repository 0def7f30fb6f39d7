"""Duplicates: the same entity listed twice, and near-duplicate quotes.

Entities are grouped by a key (the glossary's canonical name, else a normalised spelling), so
"Openai" and "OpenAI" meet without comparing pairs. Quotes are cut into word shingles; the
shingles that occur twice in an episode (found for a whole batch at once with numpy) yield the
few candidate pairs, which rapidfuzz then confirms (`fuzz.partial_ratio`: one quote inside the
other, or the same sentence twice).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import compress
from operator import not_

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq, Levenshtein

from ..findings import Fix, Severity
from ..glossary import ORG_KINDS, glossary, norm_key
from .base import Rule, item_removal
from .entity_noise import noise_words
from .misspelling import is_common_word, misspellings
from .sponsor import _content_words
from .. import regexcache
from ..textmatch import ACRONYM_SKIP, abbreviates, unaccented

# legal forms ("Inc.", "PBC", "AG") and the descriptive words of a legal name ("Cerebras Systems",
# "Meta Platforms", "Anduril Industries", "IDEXX Laboratories"): "Acme Systems, Inc." and "Acme" are one entity
_SUFFIX = regexcache.compile(r"(?:[\s,]+(?:inc|corp|corporation|incorporated|ltd|limited|llc|plc|pbc|gmbh|ag|s\.a|n\.v|co|company"
                     r"|(?:and|&)\s+(?:company|co)"  # "Eli Lilly and Company", "Johnson & Co."
                     r"|motor\s+(?:company|corporation|co)"  # "Ford Motor Company", "Toyota Motor Corporation" (not "General Motors")
                     r"|ab|sa|sas|s\.a\.s|b\.v|bv|nv|oy|k\.k|kk|pty|pte|srl|spa|s\.p\.a"
                     r"|se|asa|oyj|kgaa|a/s"
                     r"|s\.r\.o|spol\.\s+s\s+r\.o|a\.s|d\.o\.o|ltda|s\.l|kft|zrt|sp\.\s+z\s+o\.o|s\.a\.\s+de\s+c\.v"  # ("JetBrains s.r.o.")
                     r"|holdings?|industries|systems|technologies|technology|platforms|group|electronics"
                     r"|communications|video\s+communications|computing|global|international|entertainment|automotive"
                     r"|therapeutics|pharmaceuticals|biosciences|biotechnology|bioworks|genomics|laboratories|innovations?)\.?)+$", re.I)
LEGAL_SUFFIX = _SUFFIX
# an investment firm's words: "Sequoia Capital" is "Sequoia", but a known firm's "Intel Capital"
# and "Scale Venture Partners" are firms of their own (a corporate fund, a namesake)
_INVESTOR_SUFFIX = regexcache.compile(r"[\s,]+(?:capital|ventures|venture\s+partners|partners)\.?$", re.I)
# the words of a trade that end a firm's full name ("Hippo Insurance", "Verisk Analytics", "The
# Travelers Companies", "Zurich Insurance Group" once "Group" is gone, "Bowery Farming", "Costa
# Cruises", "Cadenza Coffee", "Plenty Unlimited", "Harvest Plains Co-op" and "... Cooperative",
# "Fervo Energy", "Kairos Power",
# "Orangetheory Fitness", "A24 Films", "Vox Media", "SunCatch Solar"; not "Publishing": "Daunt Books
# Publishing" is the bookshop's imprint)
_TRADE_SUFFIX = regexcache.compile(
    r"(?:\s+(?:insurance|software|analytics|companies|solutions|financial|farming|farms|foods|cruises"
    r"|cruise\s+lines?|airlines|airways|coffee|motors|logistics|hotels|resorts|brewing|apparel|unlimited"
    r"|cooperative|co-?op|fitness|films|records|games|media|payments|restaurants|stores|solar|health"
    # (an energy firm's trade: "Fervo Energy", "Kairos Power", "Form Energy", "Sila Materials")
    r"|energy|power|fusion|batteries|materials"
    r"|images"  # (a stock-image firm's: "Getty Images")
    r"|interactive))+$", re.I)  # (a game maker's: "Take-Two Interactive"; not "Studios": "Hyatt Studios" is a brand of Hyatt)
# the word after a venture's or a political committee's name that the other pass leaves out
# ("Stargate Project" is Stargate, "Leading the Future super PAC" Leading the Future)
# the kind of a venture after its name ("the Stargate Project", "Leading the Future super PAC")
VENTURE_TAIL = regexcache.compile(r"\s+(?:project|initiative|(?:super\s+)?pac)$", re.I)
# a product's kind after its bare name ("Arc Browser" is Arc, "Replika App" Replika, "Godot Engine" Godot,
# "Orion glasses" Orion)
_KIND_SUFFIX = regexcache.compile(r"\s+(?:browser|app|engine|glasses|headset)$", re.I)
# the people of a firm, said with "the": "the Midjourney team", "the OpenAI folks"
_STAFF = regexcache.compile(r"(?:['’]s)?\s+(?:team|teams|folks|people|guys|crew|staff)$", re.I)
_POSSESSIVE = regexcache.compile(r"['’]s$")
_BRACKETS = regexcache.compile(r"\[[^\]]*\]")
SHINGLE = 5  # words per shingle
# D602's candidates share this part of the shorter quote's anchor shingles: one word changed
# ("is not" for "isn't") spoils up to five shingles of a sentence, and the anchors sample a third
# of them, so a third was too much for a sentence of twenty words; partial_ratio decides anyway
MIN_SHARE = 0.2


_THE = regexcache.compile(r"^the\s+", re.I)
# "Runway ML", "Cognition-AI", and glued after a lowercase letter: "RunwayML", "CrewAI"
_AI = regexcache.compile(r"(?:[\s.-]+(?i:ai|ml)|(?<=[a-z])(?:AI|ML))$")
# "Notion Labs" is "Notion"; a big-tech firm's "X Labs" is a unit of its own ("Google Labs", "Reality Labs")
_LABS = regexcache.compile(r"[\s-]+labs?$", re.I)
# what a firm's short name leaves out of the glossary's name ("Scale" of "Scale AI", "Isomorphic" of
# "Isomorphic Labs"), "AI" first
_FIRM_SUFFIXES = (" AI", " Labs", " Lab")
# the descriptive words of a firm's legal name the glossary may list it with ("1X Technologies")
_LEGAL_TAILS = (" Technologies", " Technology", " Systems", " Industries", " Platforms", " Holdings", " Robotics", " Inc.",
                " Innovation", " Innovations")
# the categories of an entry that names a model, not its maker ("Mistral" the models, "Mistral AI")
_MODEL_CATEGORIES = frozenset({"ai_model", "model", "model_family", "llm"})
# the endings of a firm's web address that its name may carry ("Amazon.com", "Riverside.fm")
WEB_ENDINGS = r"(?:com|ai|io|co|org|net|dev|app|fm|tv|so|gg|xyz|me|sh)"
_DOMAIN = regexcache.compile(rf"\.{WEB_ENDINGS}$", re.I)  # "Amazon.com", "Canva.com"
# the glossary kinds whose "X" and "X AI" are one firm ("Figure" and "Figure AI"); a big-tech
# firm's "X AI" is a unit of its own ("Google AI", "Meta AI")
_ONE_FIRM_KINDS = frozenset({"company", "ai_lab"})
_NUMBER = regexcache.compile(r"\d+(?:\.\d+)*")
# the glossary kinds of an entry that may be named after its maker ("Mistral", "Perplexity")
_NAMESAKE_KINDS = frozenset({"model_family", "product"})


def entity_key(name: str, gl, model: bool = False) -> str:
    """One key per entity: the glossary's canonical name (with the name's version numbers, since
    "Llama 3" and "Llama 4" are variants of one entry), else a normalised spelling. `model`: the
    entry's category says it is a model, so a model family named after its maker stays the family."""
    if name.strip().endswith("+") and name.strip() not in gl.accepted:
        return "+" + norm_key(name)  # a paid tier or edition ("Dagster+", "Disney+"): no other name's copy
    base = _SUFFIX.sub("", _POSSESSIVE.sub("", _THE.sub("", name.strip())))
    base = VENTURE_TAIL.sub("", base) or base
    if _THE.match(name.strip()) and _STAFF.search(base):
        base = _STAFF.sub("", base) or base  # "the Midjourney team" is Midjourney
    full = base
    base = _DOMAIN.sub("", base) or base
    entry = gl.lookup(name.strip()) or gl.lookup(full) or gl.lookup(base)  # ("X.AI Corp": the glossary's "X.AI")
    if entry is None and _NUMBER.search(base):
        entry = _version_moved(base, gl)
    if entry is None and " " in base:
        entry = _after_maker(base, gl)
    if (entry is not None and not model and entry.kind in _NAMESAKE_KINDS and entry.maker
            and norm_key(entry.maker).startswith(norm_key(entry.name)) and norm_key(base) == norm_key(entry.name)):
        # the bare name of a family or product named after its maker names the maker: "Mistral"
        # is Mistral AI, "Perplexity" Perplexity AI
        entry = gl.by_name.get(entry.maker) or entry
    if entry is None and base and not _AI.search(base):  # "Scale" for the glossary's "Scale AI"
        # (its accepted name only: "X AI" is a misspelling of xAI, and X is no xAI), "Isomorphic"
        # for its "Isomorphic Labs", "Thinking Machines" for "Thinking Machines Lab"
        # ... and "1X" for its "1X Technologies": a firm's legal name's descriptive word
        for suffix in _FIRM_SUFFIXES[:1] if _LABS.search(base) else _FIRM_SUFFIXES + _LEGAL_TAILS:
            entry = gl.accepted.get(base + suffix)
            if entry is not None and entry.kind in ORG_KINDS:
                break
            entry = None
    elif entry is None and base:  # "Figure AI" for the glossary's company "Figure"
        entry = gl.lookup(_AI.sub("", base))
        entry = entry if entry is not None and entry.kind in _ONE_FIRM_KINDS else None
    if entry is None and _INVESTOR_SUFFIX.search(base):
        bare = _INVESTOR_SUFFIX.sub("", base)
        if bare and gl.lookup(bare) is None and gl.accepted.get(bare + " AI") is None:
            base = bare
    if entry is None and base.endswith("s") and not base.endswith("ss") and len(base) > 4:
        # "Anthropics": a firm's name with the "s" of a possessive whose apostrophe was lost
        bare = gl.lookup(base[:-1])
        entry = bare if bare is not None and bare.kind in ORG_KINDS else None
    if entry is None and _LABS.search(base):  # "Notion Labs" for "Notion", not "Google Labs" for Google
        bare = _LABS.sub("", base)
        inner = gl.lookup(bare) if bare else None
        if bare and (inner is None or inner.kind in _ONE_FIRM_KINDS):
            base = bare
            entry = inner
    if entry is not None:
        # a version tells two models apart ("Llama 3", "Llama 4"); an organisation has none, so a
        # number in its name is part of a spelling ("Ai2" is the Allen Institute for AI)
        if entry.kind in ORG_KINDS:
            return "=" + entry.name + "|"
        return "=" + entry.name + "|" + ",".join(_NUMBER.findall(name)) + _variant_words(name, entry, gl)
    # names the glossary does not know: "Cognition AI" and "Cognition" are one firm ("Google AI"
    # and "Google" are not: the glossary knows Google, so its key is the glossary's); so are
    # "Root Insurance" and "Root", "Guidewire Software" and "Guidewire" (a known firm's "Adobe
    # Analytics" is its product: the glossary knows Adobe, and that name never gets here)
    bare = _TRADE_SUFFIX.sub("", base)
    if bare and bare != base and gl.lookup(bare) is None:
        base = bare
    elif (kind := _KIND_SUFFIX.search(base)) is not None:
        bare = base[:kind.start()]
        if bare and gl.lookup(bare) is None:
            base = bare
    return norm_key(_AI.sub("", base) or base)


def _variant_words(name: str, entry, gl) -> str:
    """The words a glossary variant of a product adds to its entry's name, the product's line or
    generation ("thor" of "DRIVE Thor" under Nvidia DRIVE, "orin" of "Jetson Orin" and "Orin"):
    two such variants are two products. "" for a name that is no variant (a misspelling: "Chat
    GPT" is ChatGPT), that adds nothing or only its maker's name ("NVIDIA DRIVE", "Adobe
    Firefly"), or that shares no word with the entry's name (a former name: "Chatbot Arena" of
    LMArena). The maker's owners count as the maker ("Amazon Bedrock" of AWS's Bedrock)."""
    low = name.strip().lower()
    if entry.kind not in _LINE_KINDS or not any(v.lower() == low for v in entry.variants):
        return ""
    own = set(_VARIANT_WORD.findall(entry.name.lower()))
    extra = set(_VARIANT_WORD.findall(low)) - own
    owners = [entry.maker, entry.parent]
    if entry.maker and (maker := gl.by_name.get(entry.maker)) is not None:
        owners += [o.name for o in gl.chain(maker)]
    for owner in owners:  # ("Adobe Firefly" is Firefly with its maker's name)
        if owner:
            extra -= set(_VARIANT_WORD.findall(owner.lower()))
            own |= set(_VARIANT_WORD.findall(owner.lower()))
    # (a letter that abbreviates a word of the name or of its maker's: "M" of "M365 Copilot")
    extra = {w for w in extra if len(w) > 1 or not any(o.startswith(w) for o in own)}
    return ";" + " ".join(sorted(extra)) if extra and len(extra) < len(set(_VARIANT_WORD.findall(low))) else ""


_VARIANT_WORD = regexcache.compile(r"[a-z]+")
_LINE_KINDS = frozenset({"product", "model", "model_family"})  # (a benchmark's variants are its other names)


def _after_maker(name: str, gl):
    """The glossary's product or model of `name` written after its own maker: "Google Gemini",
    "OpenAI's GPT-4o", "Meta Llama 3" (never an organisation's entry: "Google Cloud" stays)."""
    words = name.split()
    for k in (1, 2):
        if len(words) > k:
            maker = gl.lookup(_POSSESSIVE.sub("", " ".join(words[:k])))
            product = gl.lookup(" ".join(words[k:])) if maker is not None and maker.is_org else None
            if (product is not None and not product.is_org and product.maker
                    and product is not maker and gl.is_right_maker(product, maker)):
                return product
    return None


_VERSION_WORD = regexcache.compile(r"v?\d+(?:\.\d+)*")


def _version_moved(name: str, gl):
    """The glossary's model of `name` with its version number in another place: "Claude Sonnet
    3.5" is "Claude 3.5 Sonnet", "Gemini Pro 1.5" is "Gemini 1.5 Pro" (names of three to five
    words with one version; the model's entry, never an organisation's)."""
    words = name.split()
    at = [i for i, w in enumerate(words) if _VERSION_WORD.fullmatch(w)]
    if not 3 <= len(words) <= 5 or len(at) != 1:
        return None
    version, rest = words[at[0]], words[:at[0]] + words[at[0] + 1:]
    for j in range(1, len(rest) + 1):
        if j != at[0]:
            entry = gl.lookup(" ".join(rest[:j] + [version] + rest[j:]))
            if entry is not None and entry.kind not in ORG_KINDS:
                return entry
    return None


class DuplicateEntity(Rule):
    """## What it does
    Flags an entity listed more than once in one episode: the NER pass and the LLM pass both
    list Meta, Google or Nvidia; "Openai" and "OpenAI", "Hugging Face" and "HuggingFace",
    "Acme Inc." and "Acme" are one entity. Names are grouped by the glossary's canonical name
    (variants and known misspellings included) or by a normalised spelling (case, spaces,
    hyphens, possessives, legal forms and the descriptive words of legal names -- "Systems",
    "Technologies", "Platforms", "Holdings", "Industries" -- ignored; "Cognition AI" is
    "Cognition" when the glossary knows neither, "Scale" is the glossary's "Scale AI" and
    "Cohere AI" its lab "Cohere", "Isomorphic" its "Isomorphic Labs", "Amazon.com" is "Amazon",
    a product after its own maker is the product ("Google Gemini", "OpenAI's GPT-4o"), while
    "Google AI" stays apart from the glossary's "Google"; "Group", "Electronics",
    "Communications", "Computing", "Global" and "SE" are words of legal names too, and so are an
    investment firm's "Capital", "Ventures" and "Partners" ("Sequoia Capital" is "Sequoia";
    a known firm's "Intel Capital" is a fund of its own);
    "Anthropics" is Anthropic (a possessive that lost its apostrophe; firms only), "RunwayML"
    is "Runway ML", "Notion Labs" is "Notion" while a big-tech firm's "Google Labs" is a unit,
    and the bare name of a model family named after its maker is the maker -- "Mistral" is
    Mistral AI unless its category says it is a model; "X" is no "xAI"; "Claude Sonnet 3.5" is the
    glossary's "Claude 3.5 Sonnet"). The worse entry is flagged: a name cut at its start in its own
    context ("Street Technologies" beside "Pearl Street Technologies"), a wrong
    spelling when the other is right, else the later one; the message names the entry kept. A
    right name with a legal form, possessive, web ending or firm's "AI" around it ("Alphabet
    Inc.", "Salesforce.com", "Cohere AI") or after its maker's name ("Nvidia Jetson") is written
    otherwise, not wrong: of it and the bare name, the later is flagged. A firm and its parent or
    unit that one key unites stay apart when a context names the other as such ("Booking
    Holdings": "Parent of Booking.com"), and a name with a whole word glued to another ("So Second
    Spectrum") is no misspelt twin of it.

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
        memo: dict[tuple[str, bool], tuple[str, bool]] = {}  # (name, model) -> (key, right spelling)
        groups: dict[tuple[int, str], list[tuple]] = {}  # (ep, key) -> [(ep, index, field, name, right)]
        for ep_i, index, fld, name, category in batch.rows("entities", "ep", "index", "field", "name", "category"):
            if not isinstance(name, str) or not name.strip():
                continue
            m = (name, isinstance(category, str) and category in _MODEL_CATEGORIES)  # a list is S102's
            if m not in memo:
                memo[m] = (entity_key(name, gl, m[1]), _spelled_right(name.strip(), gl))
            key, right = memo[m]
            groups.setdefault((ep_i, key), []).append((ep_i, index, fld, name, right))
        _join_misspelt_twins(groups, gl)
        _join_heard_names(groups, batch, gl)
        noise = noise_words(batch.knowledge)
        _join_acronyms(groups, noise.leading)
        _join_spacing(groups)
        _join_plurals(groups)
        _join_abbreviations(groups)
        _join_hedged(groups)
        _join_maker_prefixed(groups, noise.leading, noise.countries, gl)
        # in each group of two or more: the best entry (a right spelling first, then the earliest)
        # is kept, the others are reported, in the order (ep, key, right spelling first, index)
        dups = []
        for (ep_i, key), rows in groups.items():
            if len(rows) > 1:
                cut = _cut_rows(batch.episodes[ep_i], rows)
                rows.sort(key=lambda r: (r[1] in cut, not r[4], r[1]))
                dups.append((ep_i, key, rows))
        dups.sort(key=lambda g: (g[0], g[1]))
        for _, _, rows in dups:
            _, _, best_field, best_name, best_right = rows[0]
            for ep_i, _, fld, name, right in rows[1:]:
                ep = batch.episodes[ep_i]
                if name.strip() != best_name.strip() and _kin(
                        ep.value(f"{fld}.context"), best_name, ep.value(f"{best_field}.context"), name):
                    continue
                if _other_tails(name, best_name):
                    continue  # "Thrive Holdings" and "Thrive Capital": two vehicles of one name
                if _cut_from_other(ep.value(f"{fld}.context"), name.strip(), best_name.strip(), noise.leading):
                    continue  # "Health", cut from "Oracle Health" in its window, is no "Tendril Health"
                path = f"{fld}.name"
                if path not in ep.scalars:
                    continue
                edits = item_removal(ep, fld)
                fix = Fix("unsafe", f"Remove the duplicate; keep {best_field}", tuple(edits),
                          (fld,)) if edits else None
                start, end, _ = ep.locate(path, 0, len(name))
                # (an acronym of the kept name is its short form, no slip: "AP" of "Associated Press")
                how = "" if right or not best_right or _bare(name) == _bare(best_name) \
                    or name.strip() in (_initials(best_name), _initials(best_name, inner=True)) \
                    else ", and is misspelt"
                yield ep.finding(self, path=path, start=start, end=end, evidence=name, fix=fix,
                                 message=f"{name!r} duplicates {best_name!r} ({best_field}){how}")


_POSSESSIVE_END = regexcache.compile(r"(?:['’]s?)$")


def _cut_from_other(context, name: str, kept: str, leading) -> bool:
    """Is `name`, the end of the kept entry's name (`kept`: "Tendril Health" of "Health"), written
    in its own window only after another capitalised word ("Oracle Health is the other EHR")? Then
    it is cut from another firm's name, not a copy of the kept one. `leading`: entity-noise's
    sentence-start function words ("The Health team" is no other name)."""
    if not isinstance(context, str) or not kept.endswith(" " + name):
        return False
    head = kept[:-len(name)].split()[-1]
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", context):
        before = context[:m.start()].rstrip().rsplit(None, 1)
        if not before or _POSSESSIVE_END.sub("", before[-1]) == head:
            return False  # written whole ("Scale's Data Foundry" of "Scale Data Foundry"), or at the window's start
        if not before[-1][:1].isupper() or before[-1].lower() in leading:
            return False  # ("... and Health is", "The Health team")
        found = True
    return found


def _cut_rows(ep, rows: list[tuple]) -> set[int]:
    """The indexes of the rows of a group whose name is another's cut at its start ("Street
    Technologies" of "Pearl Street Technologies"), the whole name in the row's own context: a
    fragment (entity-noise's F502) is no entry to keep; the others are compared among themselves."""
    names = {r[3].strip() for r in rows}
    if len(names) < 2:
        return set()
    out = set()
    for r in rows:
        name = r[3].strip()
        longer = [n for n in names if len(n) > len(name) and n.endswith(" " + name)]
        if longer and isinstance(context := ep.value(f"{r[2]}.context"), str) and any(n in context for n in longer):
            out.add(r[1])
    return out


# the words after a firm's name that tell one of its vehicles or units from another ("Thrive Capital",
# "Thrive Holdings"; not a legal form: "Thrive Capital, Inc." is "Thrive Capital")
_TAIL = regexcache.compile(r"\s+(capital|ventures|venture\s+partners|partners|holdings?|group|fund|foundation"
                           r"|industries|systems|technologies|platforms|electronics)\.?$", re.I)


_LEGAL_FORM = regexcache.compile(r"[\s,]+(?:inc|corp|ltd|llc|plc|lp|l\.p)\.?$", re.I)


def _other_tails(a: str, b: str) -> bool:
    """Do the two names end on two different such words ("... Holdings", "... Capital"), their
    legal forms aside?"""
    ta, tb = (_TAIL.search(_LEGAL_FORM.sub("", n.strip())) for n in (a, b))
    return ta is not None and tb is not None and ta.group(1).lower().rstrip("s") != tb.group(1).lower().rstrip("s")


# a firm's parent, owner or unit named in the other's context: "Booking Holdings" ("Parent of
# Booking.com") and "Booking.com" are two entities that one key unites
_KIN = regexcache.compile(
    r"\b(?:parent|owner|owns|owned|subsidiary|subsidiaries|division|unit|spun|spin-?off|sister|acquired|acquirer"
    r"|bought|holding\s+company|operator\s+of|operates)\b", re.I)


def _kin(context, other: str, other_context, name: str) -> bool:
    """Does an entry's context name the other entry as its parent, owner or unit ("Parent of
    Booking.com"), or the other's context name it so? A firm and its parent are two entities. The
    other's name counts as a word of its own, not inside the entry's own name ("Meta" inside "Meta
    Platforms")."""
    for text, own, named in ((context, name, other), (other_context, other, name)):
        own, named = own.strip(), named.strip()
        if not isinstance(text, str) or not named:
            continue
        owned = [(m.start(), m.end()) for m in re.finditer(re.escape(own), text)] if own else []
        for m in re.finditer(rf"(?<!\w){re.escape(named)}(?!\w)", text):
            if any(a <= m.start() and m.end() <= b for a, b in owned):
                continue
            cut = [text.rfind(p, 0, m.start()) for p in (". ", "; ", "? ", "! ")]
            stop = [i for i in (text.find(p, m.end()) for p in (". ", "; ", "? ", "! ")) if i != -1]
            if _KIN.search(text, max(cut) + 1, min(stop) if stop else len(text)):
                return True
    return False


# fuzz.ratio of two spellings of one name: a letter dropped, doubled, swapped or (from seven letters) changed
TWIN_SCORE = 85.0
TWIN_MIN = 7  # characters of the shorter spelling ("Groq" and "Grok", "Devin" and "Devon" are two)


def _spelled_right(name: str, gl) -> bool:
    """Is `name` an accepted spelling, or one short of its firm's "AI", "Labs" or "Lab" ("Isomorphic"),
    or an accepted spelling with a legal form, a possessive, a web address's ending or a firm's
    "AI", "Labs" or "Project" around it ("Alphabet Inc.", "Anthropic's", "Salesforce.com", "Cohere AI",
    "Stargate Project"), or
    after its maker's one-word name ("Nvidia Jetson")? Such a
    name is written otherwise, not misspelt: of two entries so written, the later is the duplicate."""
    if name in gl.accepted or any((name + suffix) in gl.accepted for suffix in _FIRM_SUFFIXES + _LEGAL_TAILS):
        return True  # (or short of a legal name's word: "Aurora" of "Aurora Innovation")
    maker, _, rest = name.partition(" ")
    if rest and (entry := gl.accepted.get(rest)) is not None and entry.maker and \
            (made_by := gl.lookup(maker)) is not None and gl.is_right_maker(entry, made_by):
        return True  # a product after its maker's name ("Nvidia Jetson", "Google Gemini"): written otherwise
    base = _LABS.sub("", _AI.sub("", _DOMAIN.sub("", VENTURE_TAIL.sub("", _bare(name))))).strip()
    return bool(base) and base != name and (
        base in gl.accepted or any((base + suffix) in gl.accepted for suffix in _FIRM_SUFFIXES))


def _bare(name: str) -> str:
    """A name as written, its legal form, possessive and leading "the" left out ("Waymo LLC" is
    "Waymo"; "Openai" stays "Openai")."""
    return _SUFFIX.sub("", _POSSESSIVE.sub("", _THE.sub("", name.strip()))).strip(" ,.")


@lru_cache(maxsize=1 << 14)
def _spelling(name: str) -> str:
    """A name's letters and digits, lowercase, legal form and possessive left out; a tier's "+"
    kept as "plus" ("Dagster+" is no spelling of Dagster)."""
    base = _SUFFIX.sub("", _POSSESSIVE.sub("", _THE.sub("", name.strip())))
    return norm_key(base or name) + ("plus" if name.strip().endswith("+") else "")


def _join_misspelt_twins(groups: dict, gl) -> None:
    """Merge, per episode, the groups of two spellings of one name that no key unites: a letter
    dropped, doubled or swapped ("Antrhopic" and "Anthropic", "Hugginface" and "Hugging Face").
    The spellings of the groups none of whose names the glossary accepts are compared with all
    the spellings of their episode (rapidfuzz `process.cdist`, one call per episode); a pair must
    start with one letter and keep its digits ("Llama 3"/"Llama 4"), differ in more than a final
    s, and two names the glossary accepts for different entries stay apart ("Gemini", "Gemma"); nor
    are two names one when one is the other with a whole word more ("So Second Spectrum")."""
    by_ep: dict[int, list[tuple[str, tuple, bool]]] = {}
    for key, rows in groups.items():
        wrong = not any(r[4] for r in rows)  # no name of the group is a spelling the glossary accepts
        for sp, words in {(_spelling(r[3]), tuple(r[3].lower().split())) for r in rows}:
            if len(sp) >= TWIN_MIN:
                by_ep.setdefault(key[0], []).append((sp, key, wrong, words))
    parent: dict[tuple, tuple] = {}

    def find(k):
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    for members in by_ep.values():
        queries = [m for m in members if m[2]]
        if not queries or len(members) < 2:
            continue
        # one sound written two ways: "Fundbocks" and "Fundbox", "Fotoshop" and "Photoshop" (the
        # first letters may then differ)
        sounds: dict[str, tuple] = {}
        for sp, key, wrong, _ in members:
            first = sounds.setdefault(_sound(sp), (key, wrong))
            if first[0] != key and (wrong or first[1]) and find(first[0]) != find(key):
                parent[find(key)] = find(first[0])
        scores = process.cdist([m[0] for m in queries], [m[0] for m in members], scorer=fuzz.ratio,
                               score_cutoff=TWIN_SCORE, dtype=np.uint8, workers=1)
        for i, j in zip(*np.nonzero(scores)):
            (a, ka, _, wa), (b, kb, _, wb) = queries[i], members[j]
            if ka == kb or a[0] != b[0] or find(ka) == find(kb) or _NUMBER.findall(a) != _NUMBER.findall(b):
                continue
            if _word_added(wa, wb):  # "So Second Spectrum": a whole word more, no letter slip
                continue
            if _variant_codes(wa) != _variant_codes(wb):  # "Gemini Robotics-ER 1.5", "Virchow-XL": another variant
                continue
            if _word_swapped(wa, wb):  # "Major League Baseball", "Minor League Baseball": another word
                continue
            short, longer = sorted((a, b), key=len)
            if longer == short + "s" or longer == short + "es" or len(longer) - len(short) > 2:
                continue  # (a plural; letters added, no slip: "Air France-KLM" is "Air France" and more)
            parent[find(kb)] = find(ka)
    if not parent:
        return
    for k in list(parent):
        root = find(k)
        if root != k and k in groups:
            groups[root] = groups[root] + groups.pop(k)


_SOUND_SPELLINGS = regexcache.compile(r"cks|ck|ks|cs|ph|qu|c(?=[aou])|(.)\1+")
_SOUND_OF = {"cks": "x", "ck": "k", "ks": "x", "cs": "x", "ph": "f", "qu": "kw", "c": "k"}


def _sound(spelling: str) -> str:
    """A spelling (`_spelling`: lowercase letters and digits) as it sounds, for the spellings of one
    sound in English: "cks", "ks", "cs" and "x"; "ck" and "k"; "ph" and "f"; "qu" and "kw"; a hard
    "c" and "k"; a doubled letter and one."""
    return _SOUND_SPELLINGS.sub(lambda m: m.group(1) or _SOUND_OF[m.group(0)], spelling)


def _cut_copy(a: str, b: str) -> bool:
    """Is one quote the other's first words, cut inside its last word ("A transformer that fails in
    August costs ten times what it costs in Ap")? Five words or more."""
    short, longer = sorted((_words(a), _words(b)), key=len)
    n = len(short)
    return (5 <= n < len(longer) and short[:-1] == longer[:n - 1] and longer[n - 1] != short[-1]
            and longer[n - 1].startswith(short[-1]))


def _variant_codes(words: tuple) -> set[str]:
    """The codes of one to three letters a name's words end on after a hyphen ("er" of
    "robotics-er", "xl" of "virchow-xl"): a model's variant (not "-ai" or "-ml", a firm's styling)."""
    return {tail for w in words if "-" in w and (tail := w.rsplit("-", 1)[1]).isalpha() and len(tail) <= 3
            and tail not in ("ai", "ml")}


def _word_swapped(a: tuple, b: tuple) -> bool:
    """Do two names of as many words differ in one word only, an ordinary English word on both
    sides ("major"/"minor" of "... League Baseball")? A slip of letters makes no other word."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and all(w.isalpha() and is_common_word(w) for w in diff[0])


def _word_added(a: tuple, b: tuple) -> bool:
    """Is one name the other with whole words added before or after it ("So Second Spectrum" and
    "Second Spectrum")? A slip of letters changes letters inside words, not whole words."""
    short, longer = sorted((a, b), key=len)
    return 0 < len(short) < len(longer) and (longer[:len(short)] == short or longer[-len(short):] == short)


_ACRONYM = regexcache.compile(r"[A-Z]{2,5}")
_INITIAL_SKIP = ACRONYM_SKIP


def _initials(name: str, inner: bool = False) -> str:
    """The capitals that start the words of a name of two words or more ("Associated Press" ->
    "AP", "Taiwan Semiconductor Manufacturing Company" -> "TSMC"), small words left out; "" when
    a word starts lowercase or with no letter, or holds a digit (a model's code: "Helio P35" is no
    "HP"). With `inner`, the capitals inside the words too ("UnitedHealth Group" -> "UHG"), three at least."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _INITIAL_SKIP]
    if len(words) < 2 or not all(w[:1].isalpha() and w[:1].isupper() and not any(c.isdigit() for c in w) for w in words):
        return ""
    if inner:
        out = "".join(c for w in words for c in w if c.isupper())
        return out if len(out) >= 3 else ""
    return "".join(w[0] for w in words)


_NOT_LETTERS = regexcache.compile(r"[\s._-]+")  # ("Disney+" stays apart from "Disney")


def _entries(groups: dict, glossary_names: bool = True):
    """(key, row) of every entry of the groups; without `glossary_names`, not those of a group
    that holds a name the glossary knows (it groups its own names)."""
    for key, rows in groups.items():
        if glossary_names or not any(r[4] for r in rows):
            for r in rows:
                yield key, r


_NAME_PATH = regexcache.compile(r"^(?P<field>.+\[\d+\])\.name$")


def _join_heard_names(groups: dict, batch, gl) -> None:
    """Merge a group whose name the misspelling family reads as a slip of a name (`misspellings`:
    "Aidock" of Aidoc, "Tempest AI" of Tempus AI, "NewBank" of Nubank) into the group of that
    name in the same episode: the NER pass's name as speech recognition heard it and the LLM
    pass's name as it knows it are one entity. Only a verdict on the whole name counts. (This
    runs the misspelling family's scan, shared with M301-M306, even when only duplicate rules
    are selected: a name's verdict reads the episode's other texts, so no names-only scan gives
    the same answer.)"""
    slips = [row for row in misspellings(batch) if row[3] == "name" and row[6].kind in ("known", "fuzzy", "episode")
             and row[4] == 0 and row[5] == len(row[2].rstrip())]
    if not slips:
        return
    eps = {id(ep): i for i, ep in enumerate(batch.episodes)}
    where: dict[tuple[int, str], tuple] = {}  # (ep, entity field) -> its group's key
    for key, rows in groups.items():
        for r in rows:
            where[(r[0], r[2])] = key
    merges = []
    for ep, path, text, _, _, _, v in slips:
        m = _NAME_PATH.match(path)
        ep_i = eps.get(id(ep))
        if m is None or ep_i is None or (gone := where.get((ep_i, m.group("field")))) is None:
            continue
        for model in (False, True):
            keep = (ep_i, entity_key(v.replacement, gl, model))
            if keep in groups and keep != gone:
                merges.append((keep, gone))
                break
    _merge(groups, merges)


def _merge(groups: dict, merges: list) -> None:
    """Fold each group `gone` into `keep`, for the (keep, gone) pairs still apart."""
    for keep, gone in merges:
        if keep in groups and gone in groups and keep != gone:
            groups[keep] = groups[keep] + groups.pop(gone)


def _join_spacing(groups: dict) -> None:
    """Merge, per episode, groups whose names are one string of letters and digits written with
    spaces or without ("News Corp" and "NewsCorp", where the legal word kept one apart), and with
    accents or without ("Hermès" and "Hermes": the transcript or the LLM dropped them), and with a
    web address's ending or without ("Magic.dev" and "Magic", where the glossary knows only the one)."""
    joined: dict[tuple[int, str], tuple] = {}
    merges = []
    for key, rows in groups.items():
        for r in rows:
            name = unaccented(r[3].strip())
            for form in {name, _DOMAIN.sub("", name) or name}:
                flat = _NOT_LETTERS.sub("", form.lower())
                if len(flat) < 4:
                    continue
                other = joined.setdefault((key[0], flat), key)
                if other != key:
                    merges.append((other, key))
    _merge(groups, merges)


def _join_plurals(groups: dict) -> None:
    """Merge, per episode, a group whose name is another group's with an "s" added ("Chromebooks"
    and "Chromebook"): the NER pass takes the plural the speaker said. Names of four letters or
    more, capitalised, the plural not an acronym's ("APIs" is no name), and neither the glossary's
    (which groups its own names: "Geminis" is no Gemini)."""
    singular: dict[tuple[int, str], tuple] = {}
    for key, r in _entries(groups, glossary_names=False):
        name = r[3].strip()
        if len(name) >= 4 and name[:1].isupper() and not name.endswith("s"):
            singular.setdefault((key[0], name), key)
    merges = []
    for key, r in _entries(groups, glossary_names=False):
        name = r[3].strip()
        if len(name) < 5 or not name.endswith("s") or name[-2:-1].isupper():
            continue
        # "Chromebooks", and a name of words whose last takes "-es" or "-ies" ("Kestrel Coaches"
        # and "Kestrel Coach", "Tidewater Ferries" and "Tidewater Ferry")
        stems = [name[:-1]] + ([name[:-2]] if " " in name and name.endswith(_ES_PLURALS) else []) + (
            [name[:-3] + "y"] if " " in name and name.endswith("ies") else [])
        for stem in stems:
            if (one := singular.get((key[0], stem))) is not None and one != key:
                merges.append((one, key))
                break
    _merge(groups, merges)


_ES_PLURALS = ("ches", "shes", "sses", "xes", "zes", "oes")


# words written short or in full in firms' names: "Mr. Car Wash" and "Mister Car Wash", "St. Brendan's"
# and "Saint Brendan's", "Marlow St. Pictures" and "Marlow Street Pictures", "Press & Co." and "Press and Co.",
# "Argonne National Lab" and "Argonne National Laboratory"
_ABBREVIATIONS = {"mr": ("mister",), "mrs": ("missus",), "dr": ("doctor", "drive"), "st": ("saint", "street"),
                  "mt": ("mount",), "ft": ("fort",), "bros": ("brothers",), "intl": ("international",),
                  "&": ("and",), "+": ("and",), "co": ("company",), "corp": ("corporation",), "ave": ("avenue",),
                  "rd": ("road",), "natl": ("national",), "assoc": ("association",), "univ": ("university",),
                  # ("Princeton Plasma Physics Lab" and "... Laboratory")
                  "lab": ("laboratory",), "labs": ("laboratories",)}
_ABBREVIATED_WORD = regexcache.compile(r"[\w&+'’]+")
# (asked of each name first: one search, most names hold none of them)
_ABBREVIATION = regexcache.compile(r"(?i:(?<![\w'’])(?:" + "|".join(w for w in _ABBREVIATIONS if w.isalpha())
                                   + r")(?![\w'’]))|[&+]")


def _join_abbreviations(groups: dict) -> None:
    """Merge, per episode, groups whose names are one name with a word written short in one and in
    full in the other (`_ABBREVIATIONS`): names of two words or more, the rest the same."""
    spelled: dict[tuple[int, str], tuple] = {}
    merges = []
    for key, rows in groups.items():
        for r in rows:
            if _ABBREVIATION.search(r[3]) is None:
                continue
            words = [w.lower().replace("’", "'") for w in _ABBREVIATED_WORD.findall(r[3])]
            if len(words) < 2 or not any(w in _ABBREVIATIONS for w in words):
                continue
            # every spelling with each short word written in full (two at most: "saint" or "street")
            forms = [[]]
            for w in words:
                forms = [f + [full] for f in forms for full in _ABBREVIATIONS.get(w, (w,))][:8]
            for f in forms:
                other = spelled.setdefault((key[0], " ".join(f)), key)
                if other != key:
                    merges.append((other, key))
    if not spelled:
        return
    for key, rows in groups.items():  # the names written in full meet the forms above
        for r in rows:
            words = [w.lower().replace("’", "'") for w in _ABBREVIATED_WORD.findall(r[3])]
            if len(words) >= 2 and (other := spelled.get((key[0], " ".join(words)))) is not None and other != key:
                merges.append((other, key))
    _merge(groups, merges)


# a name and, in brackets, the LLM's doubt about it: "Carvana (or Carvanna)", "Apeel (aka Apeel Sciences)",
# "Agentspace (Google?)", "watsonx (IBM Watson X?)" (or inside it, before the name's last words:
# "Aldermoor (or Aldermore) Hospital" hedges "Aldermoor Hospital")
_HEDGED = regexcache.compile(r"(?P<name>[^()]*[^()\s])\s*\((?:(?:or|aka|a\.k\.a\.?|also|maybe|possibly|perhaps|probably)"
                             r"\s+(?P<alt>[^()]*[^()\s])|(?P<asked>[^()]*[^()\s?])\s*\?|(?P<either>[^()]*\S\s+or\s+[^()]*[^()\s]))\s*\)"
                             r"(?P<rest>\s+[^()]+)?", re.I)
_OR = regexcache.compile(r"\s+or\s+|\s*/\s*", re.I)


def _hedged_forms(m: re.Match) -> list[str]:
    """The names a hedged entry may stand for, casefolded, in the order they are tried: the name
    itself; the name with an alternative's maker before it or an alternative's words after it
    ("Agentspace (Google?)": google agentspace; "Bedrock (AWS or Amazon Bedrock)": aws bedrock;
    "Amazon Q (Q Business?)": amazon q business), or such an alternative alone ("Huawei Ascend
    (or Ascend 910C)": ascend 910c); an alternative that is the name spelled
    otherwise, longer or of one core with it ("SES AI (or SES Holdings)"); never a second name
    alone ("Suno (or Udio)" hedges between two firms)."""
    name = m.group("name").casefold()
    rest = (m.group("rest") or "").casefold()
    alts = [a.strip() for a in _OR.split((m.group("alt") or m.group("asked") or m.group("either")).casefold())
            if a.strip()]
    spelled = [a for a in alts if name in a or a in name or fuzz.ratio(name, a) >= 75 or _core(name) == _core(a)
               or norm_key(name) in norm_key(a)]
    forms = [name + rest] if spelled or m.group("asked") else []
    last = name.rsplit(None, 1)[-1]
    for alt in alts:
        if " " not in alt and alt not in name:
            forms.append(f"{alt} {name}")  # a maker before the name
        if alt.startswith(last + " ") and alt != name:
            forms.append(name + alt[len(last):])  # the name's last word goes on
            forms.append(alt)  # ... or the alternative is that word's longer name ("Huawei Ascend (or Ascend 910C)")
    return list(dict.fromkeys(forms + spelled))


def _join_hedged(groups: dict) -> None:
    """Merge, per episode, the group of a hedged name ("Carvana (or Carvanna)": the LLM pass
    unsure of the spelling or of the name's other words) with the group of a name it may stand
    for (`_hedged_forms`), written alone in another entry, compared whole or by core ("Snowflake
    Cortex" for "Cortex (or Snowflake Cortex AI)"). A hedged name with no such entry stays apart
    ("Lama (or Llama)" where no entry is "Lama" alone: entity-noise's F503 reports the hedge)."""
    plain: dict[tuple[int, str], tuple] = {}
    cores: dict[tuple[int, str], tuple] = {}
    hedged = []
    for key, r in _entries(groups):
        if (m := _HEDGED.fullmatch(r[3].strip())) is not None:
            hedged.append((key, m))
        else:
            plain.setdefault((key[0], r[3].strip().casefold()), key)
            cores.setdefault((key[0], _core(r[3].strip().casefold())), key)
    merges = []
    for key, m in hedged:
        whole = m.group("name").casefold() + (m.group("rest") or "").casefold()
        for form in _hedged_forms(m):
            # (a longer form by its core too: "Snowflake Cortex" of "snowflake cortex ai")
            other = plain.get((key[0], form)) or (cores.get((key[0], _core(form))) if form != whole else None)
            if other is not None and other != key:
                merges.append((other, key))
                break
    _merge(groups, merges)


def _core(name: str) -> str:
    """A firm's name without its legal form, the descriptive words of a legal name and a firm's
    "AI" ("ses" of "SES AI" and of "SES Holdings"): two names of one core are one firm's."""
    bare = _bare(name)
    return norm_key(_AI.sub("", bare) or bare)


_PREFIX_WORD = regexcache.compile(r"[A-Z0-9][\w.'’-]*")


def _join_maker_prefixed(groups: dict, leading: dict, countries=frozenset(), gl=None) -> None:
    """Merge, per episode, a group of names the glossary does not accept with the group of the
    same name after its maker's or brand's one or two capitalised words ("Vaporfly" and "Nike
    Vaporfly", "Astronaut" and "Lely Astronaut"): the LLM pass writes the full name where the NER
    pass took the word the speaker said. Not after a word that opens sentences (entity-noise's
    `leading_words`: "Through Scale Data Foundry" is a fragment, no maker's name) nor inside a
    name of function words ("Bank of America" is no America), nor for a name shorter than four
    letters, nor for a country (`countries`: "SB OpenAI Japan" is a venture in Japan, no Japan),
    nor after a product's name of the glossary (`gl`: "Gemini Deep Research" is Google's, another
    product than OpenAI's "Deep Research")."""
    tails: dict[tuple[int, str], tuple] = {}
    for key, r in _entries(groups, glossary_names=False):  # (the glossary groups its own names)
        words = r[3].split()
        for k in (1, 2):
            if len(words) > k and all(_PREFIX_WORD.fullmatch(w) and w.lower() not in leading
                                      for w in words[:k]) and not _product_prefix(" ".join(words[:k]), gl):
                tails.setdefault((key[0], " ".join(words[k:]).lower()), key)
    if not tails:
        return
    merges = []
    for key, r in _entries(groups, glossary_names=False):
        name = r[3].strip()
        if len(name) < 4 or not name[0].isupper() or name.lower() in countries:
            continue
        longer = tails.get((key[0], name.lower()))
        if longer is not None and longer != key:
            merges.append((key, longer))
    _merge(groups, merges)


def _product_prefix(prefix: str, gl) -> bool:
    """Is the prefix a name of a product or a model of the glossary, no maker's?"""
    entry = gl.lookup(prefix) if gl is not None else None
    return entry is not None and not entry.is_org


def _join_acronyms(groups: dict, leading=frozenset()) -> None:
    """Merge, per episode, a group named by an acronym with the group of the name it abbreviates
    ("AP" and "Associated Press", "AWS" and "Amazon Web Services", "PG&E" and "Pacific Gas and
    Electric"; after a word or two both names share, "Irish DPC" and "Irish Data Protection
    Commission"), when exactly one group of the episode has those initials. Not a name opening
    with a word that opens sentences (`leading`: "Then SMIC" spells no TSMC)."""
    acronyms: dict[tuple[int, str], tuple] = {}
    for key, rows in groups.items():
        for r in rows:
            # (an ampersand or periods inside: "PG&E" for "Pacific Gas and Electric", "A.P.")
            if len(r[3]) <= 9 and _ACRONYM.fullmatch(name := r[3].strip().replace("&", "").replace(".", "")) \
                    and r[3].strip()[:1].isupper():
                acronyms[(key[0], name)] = key
            elif (2 <= len(w := r[3].split()) <= 3 and _ACRONYM.fullmatch(w[-1])
                  and all(x[:1].isupper() and x[1:].islower() and x.isalpha() for x in w[:-1])):
                acronyms[(key[0], " ".join(w))] = key  # a word or two the two names share first: "Irish DPC"
    if not acronyms:
        return
    firsts = {(ep, a[0]) for ep, a in acronyms}  # only names that start like an acronym are spelled out
    spelled: dict[tuple[int, str], set] = {}
    for key, rows in groups.items():
        for r in rows:
            name = r[3]
            if " " in name and (key[0], name[:1]) in firsts and name.split(" ", 1)[0].lower() not in leading \
                    and (ini := _initials(name.strip())):
                # (and with the capitals inside its words: "UHG" for "UnitedHealth Group")
                w = name.split()
                shared = {" ".join(w[:k]) + " " + rest for k in (1, 2) if len(w) > k + 1
                          and (rest := _initials(" ".join(w[k:])))}  # ("Irish Data Protection Commission")
                for form in {ini, _initials(name.strip(), inner=True)} - {""} | shared:
                    if (key[0], form) in acronyms:
                        spelled.setdefault((key[0], form), set()).add(key)
    # an acronym of three letters or more that no name's initials spell: one of syllables or with a
    # legal form's letter ("ERCOT", "CATL"), when exactly one name of its episode abbreviates to it
    # (not an acronym English reads as a word: "EVE", a robot, is no "EQT VEntures")
    loose = [(ep, a) for ep, a in acronyms if len(a) >= 3 and " " not in a and (ep, a) not in spelled
             and not is_common_word(a.lower())]
    if loose:
        for key, rows in groups.items():
            for r in rows:
                name = r[3].strip()
                if " " not in name or not name[:1].isupper() or name.split(" ", 1)[0].lower() in leading:
                    continue
                for ep, a in loose:
                    if ep == key[0] and a[0] == name[0] and abbreviates(a, name):
                        spelled.setdefault((ep, a), set()).add(key)
    for at, keys in spelled.items():
        short = acronyms[at]
        if len(keys) == 1 and short in groups and (long := next(iter(keys))) != short and long in groups:
            groups[long] = groups[long] + groups.pop(short)




# bytes of a lowercased ASCII text: [a-z0-9] stay, every other byte becomes a space
_WORD_BYTES = bytes(b if 48 <= b <= 57 or 97 <= b <= 122 else 32 for b in range(256))
_WORD_RUN = regexcache.compile(r"[a-z0-9]+")


# contractions spelt out in the words of quotes (`_words`, `_flat_words`): "don't" and "do not"
# are one word sequence, so two transcriptions of a passage share their shingles ("'s" and "'d"
# stay: a possessive, "had" or "would")
_CONTRACTIONS = (("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("n't", " not"),
                 ("'re ", " are "), ("'ve ", " have "), ("'ll ", " will "), ("i'm ", "i am "))


# hesitations of speech, which one transcription of a passage has and another has not ("is, um,
# like a hospital"); "like" and "you know" are words too, and stay
_HESITATIONS = regexcache.compile(r"\b(?:u+m+|u+h+|uhm|erm+|hmm+)\b")


def _spoken_words(low: str) -> str:
    """A lowercased text with its contractions spelt out (`_CONTRACTIONS`) and its hesitations
    left out (`_HESITATIONS`)."""
    if (" um" in low or " uh" in low or " erm" in low or "hmm" in low or low.startswith(("um", "uh", "erm"))
            or "\x00um" in low or "\x00uh" in low) and _HESITATIONS.search(low):
        # (a hesitation stands after a space or at a text's start: a cheaper test than "um" in "number")
        low = _HESITATIONS.sub(" ", low)
    if "’" in low:
        low = low.replace("’", "'")
    if "'" not in low and "cannot" not in low:
        return low
    for a, b in _CONTRACTIONS:
        if a in low:
            low = low.replace(a, b)
    return low


def _words(text: str) -> list[str]:
    """The words of `_normalise(text)`: runs of [a-z0-9] of the lowercased text, [...] and
    hesitations left out, contractions spelt out."""
    low = _spoken_words(text.lower())
    if "[" in low:
        low = _drop_brackets(low)
    if low.isascii():
        return low.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return _WORD_RUN.findall(low)


_SENTENCE_END = regexcache.compile(r"(?<=[.!?])\s+(?=\S)")
SHARED_SENTENCE_WORDS = 8  # a sentence two quotes share is the same passage from this many words on


def _shared_sentence(a: str, b: str, canon) -> bool:
    """Do the quotes hold one sentence of SHARED_SENTENCE_WORDS words or more in common (written
    one way), each with other sentences around it ("The first version was terrible. Customers
    told us what broke." and "Customers told us what broke. That's the playbook.")?"""
    if not (_SENTENCE_END.search(a) and _SENTENCE_END.search(b)):
        return False  # (a quote of one sentence is inside the other, or shares none)
    def sentences(text):
        out = set()
        for s in _SENTENCE_END.split(text):
            words = _normalise(canon(s))
            if words.count(" ") + 1 >= SHARED_SENTENCE_WORDS:
                out.add(words)
        return out
    return not sentences(a).isdisjoint(sentences(b))


def _normalise(text: str) -> str:
    """Lowercase words separated by single spaces: punctuation, case and [...] ignored."""
    return " ".join(_words(text))


def _unanchored(words: _Words) -> np.ndarray:
    """Per text of `words`: does no shingle of it start at an anchor word (`_anchor_shingles`: a
    word whose length is a multiple of 3)? Such a text ("I think the criticism was healthy.")
    falls back to all its shingles, which a longer text holding it does not index."""
    anchor = (words.ends - words.starts) % 3 == 0
    ahead = np.concatenate(([0], np.cumsum(anchor)))
    first = np.concatenate(([0], words.firsts)).astype(np.intp)
    last = first + np.maximum(words.counts - SHINGLE + 1, 0)  # (the last word a shingle of the text starts at, + 1)
    return ahead[last] == ahead[first]


def _short_sentences(texts, episode, short, norms, counts) -> list[tuple[int, int]]:
    """The pairs (a < b) of a short text (one of `short`) and a longer text of its episode that
    holds it: a text of fewer words than a shingle as one of its sentences ("Latency is the
    feature." in "Latency is the feature. Everything else is a nice-to-have."; four words inside
    a longer sentence are often a phrase of it), one of a shingle or more with no shingle starting
    at an anchor word anywhere, on whole words ("We were wrong about that one." in "We were wrong
    about that one. The second version ..."): no shingle the longer text indexes is one of the
    short one's, so the shingle index never pairs them."""
    members: dict[int, list[int]] = {}
    for t, code in enumerate(episode):
        members.setdefault(code, []).append(t)
    pairs = []
    for t in short:
        norm = norms[t].rstrip(" ")
        for o in members[episode[t]]:
            if counts[o] <= counts[t] or f" {norm} " not in f" {norms[o]} ":
                continue
            if counts[t] >= SHINGLE or any(_normalise(part) == norm for part in _SENTENCE_END.split(texts[o])):
                pairs.append((o, t) if o < t else (t, o))
    return pairs


def _inside(x: str, y: str) -> bool:
    """Is one of the two word strings inside the other, on whole words?"""
    short, longer = sorted((x, y), key=len)
    return f" {short} " in f" {longer} "


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


# the bytes of lowercased texts joined by NUL, UTF-8: [a-z0-9] and NUL stay, every other byte
# becomes a space (a non-ASCII character is all bytes >= 128: the words are `_words`' words)
_WORD_BYTES_NUL = bytes(b if b == 0 or 48 <= b <= 57 or 97 <= b <= 122 else 32 for b in range(256))
_CHUNK = 1 << 20  # characters of texts looked at at once
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it modulo 2**64 loses nothing


def _drop_brackets(text: str) -> str:
    """`_BRACKETS.sub(" ", text)`, searched only up to the last "]": no bracket opened after it
    can close, and a search from each of them would read to the end (quadratic in a run of "[")."""
    k = text.rfind("]")
    return text if k == -1 else _BRACKETS.sub(" ", text[:k + 1]) + text[k + 1:]


def _flat_words(texts: list[str]) -> bytes:
    """The words of each text (`_words`) joined by single spaces, the texts joined by NUL: one
    lower(), one byte translation and a compaction of the spaces for all of them.
    Each text's part is `" ".join(_words(text))`, maybe with one space after it."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a NUL of a text's own is no word character
        texts = [t.replace("\x00", " ") for t in texts]
        joined = "\x00".join(texts)
    if "[" in joined:  # (lower() gives the same twice as once)
        joined = "\x00".join([_drop_brackets(t.lower()) if "[" in t else t for t in texts])
    low = _spoken_words(joined.lower())
    b = low.encode("ascii") if low.isascii() else low.encode("utf-8", "surrogatepass")
    arr = np.frombuffer(b.translate(_WORD_BYTES_NUL), np.uint8)
    word = arr > 32
    keep = word | (arr == 0)
    keep[1:] |= word[:-1]  # the first space after a word
    return arr[keep].tobytes()


def _shingle_numbers(flat: bytes, s: np.ndarray, e: np.ndarray, episode: np.ndarray) -> np.ndarray:
    """A number per shingle flat[s:e] (9 bytes or more) of `episode`: the same for the same
    shingle of one episode, and rarely for two others (its length, its first 32 and last 8 bytes
    as 8-byte words, and the episode, mixed). Only a hint: `_shared_shingles` compares the texts."""
    words8 = np.ndarray((len(flat) - 7,), "<u8", flat, 0, (1,))  # the 8 bytes at every offset
    last = e - 8
    h = (e - s).astype(np.uint64) * _MIX + episode
    for offset in (0, 8, 16, 24):
        h = h * _MIX + words8[np.minimum(s + offset, last)]
    return h * _MIX + words8[last]


def _same_spans(arr: np.ndarray, s1: np.ndarray, e1: np.ndarray, s2: np.ndarray, e2: np.ndarray) -> bool:
    """Is arr[s1[k]:e1[k]] == arr[s2[k]:e2[k]] for every k?"""
    lengths = e1 - s1
    if not np.array_equal(lengths, e2 - s2):
        return False
    total = int(lengths.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return bool(np.array_equal(arr[np.repeat(s1, lengths) + offsets], arr[np.repeat(s2, lengths) + offsets]))


class _Words:
    """The words of texts laid end to end (`_flat_words`): the bytes (`flat`, and `arr` with 8
    zero bytes after them), each word's start and end, the words per text, each word's text."""

    def __init__(self, flat: bytes, n_texts: int):
        self.flat, self.n_texts = flat, n_texts
        self.arr = np.frombuffer(flat + bytes(8), np.uint8)
        arr = self.arr[:len(flat)]
        edges = np.diff((arr > 32).view(np.int8), prepend=np.int8(0), append=np.int8(0))
        self.starts = np.flatnonzero(edges == 1)
        self.ends = np.flatnonzero(edges == -1)
        self.firsts = np.searchsorted(self.starts, np.flatnonzero(arr == 0))  # each NUL: the next text's first word
        self.counts = np.diff(self.firsts, prepend=0, append=len(self.starts))  # words per text
        self.text_of = np.repeat(np.arange(n_texts), self.counts)


# A shingle that many texts of one episode share (a template the LLM filled in a thousand times, a
# quote pasted over and over) joins each of them to the MAX_LINKS texts before it that hold it, not
# to every one: all pairs would make the search quadratic in the texts (1,000 such quotes took
# minutes). Each text still meets its nearest copies; no episode of the pipeline comes near it.
MAX_LINKS = 32
MAX_TRIED = 8  # D602: a quote's candidates compared after this many turned out to make another claim


def _shared_shingles(texts: list[str], episode: list[int], min_words: int, words: _Words | None = None):
    """For texts of a batch (`episode`: each one's episode, numbered 0, 1, ...): the pairs of texts
    a < b of one episode that share shingles (arrays `first`, `second`, and `shared`, how many),
    the number of shingles of each text (an array), where a text's shingles are
    `_anchor_shingles(its words)`, and each text's words joined by spaces (`_normalise`, maybe
    with a space after it). Texts of fewer than `min_words` words take no part.

    The texts' words are laid end to end, single spaces between them, in a byte string, so a
    shingle of five words is a substring. numpy finds the anchor shingles (a word whose length
    is a multiple of 3 and the next four words of its text), gives each a number from its
    bytes, sorts the numbers and keeps those that occur twice in one episode; consecutive
    members of a group are compared byte for byte, so a collision of numbers never changes a
    count (the groups are then compared as strings in Python, the plain way). Each group
    yields the pairs of texts it joins; np.unique counts them. No Python runs per word or per
    shingle. A shingle is an anchor one or not by its own first word, so the few texts that
    fall back to all their shingles (fewer than two anchor ones) or to their words as one tuple
    (fewer words than a shingle) share their other shingles only among themselves: a small
    second index."""
    if words is None:
        words = _Words(_flat_words(texts), len(texts))
    n_texts, flat = words.n_texts, words.flat
    arr = words.arr[:len(flat)]
    starts, ends, counts, text_of = words.starts, words.ends, words.counts, words.text_of
    n = len(starts)
    kept = counts >= min_words
    if n > SHINGLE - 1:
        head = text_of[:n - SHINGLE + 1]
        lengths = ends[:n - SHINGLE + 1] - starts[:n - SHINGLE + 1]
        valid = np.flatnonzero((lengths % 3 == 0) & (text_of[SHINGLE - 1:] == head) & kept[head])
    else:
        valid = np.zeros(0, np.intp)
    in_text = text_of[valid]
    sizes = np.bincount(in_text, minlength=n_texts)
    shared: dict[tuple[int, int], int] = {}  # the plain way's counts, or:
    pair_codes = n_shared = np.zeros(0, np.intp)
    if len(valid) > 1:
        s, e = starts[valid], ends[valid + SHINGLE - 1]
        eps = np.asarray(episode, np.uint64)[in_text]
        numbers = _shingle_numbers(flat, s, e, eps)
        order = np.argsort(numbers, kind="stable")
        ranked = numbers[order]
        same = ranked[1:] == ranked[:-1]
        if same.any():
            twice = np.zeros(len(ranked), bool)
            twice[1:] = same
            twice[:-1] |= same
            cand = order[twice]  # the shingles whose number repeats: by number, then in text order
            cont = ranked[twice][1:] == ranked[twice][:-1]  # cand[k + 1] in the group of cand[k]
            p, q = cand[:-1][cont], cand[1:][cont]
            if _same_spans(arr, s[p], e[p], s[q], e[q]) and np.array_equal(eps[p], eps[q]):
                group = np.cumsum(np.concatenate(([True], ~cont)))
                t = in_text[cand]
                again = (group[1:] == group[:-1]) & (t[1:] == t[:-1])  # twice in one text
                sizes -= np.bincount(t[1:][again], minlength=n_texts)
                keep = np.concatenate(([True], ~again))
                group, t = group[keep], t[keep]
                codes = []
                d = 1  # the pairs of members d apart in a group (no group has d + 1 members: none has more)
                while d < len(group) and d <= MAX_LINKS:
                    joined = np.flatnonzero(group[d:] == group[:-d])
                    if not len(joined):
                        break
                    codes.append(t[joined] * n_texts + t[joined + d])
                    d += 1
                if codes:
                    pair_codes, n_shared = np.unique(np.concatenate(codes), return_counts=True)
            else:  # numbers collided: count by the shingles' text
                text = flat.decode("ascii")
                at = np.sort(cand)
                owners: dict[tuple[int, str], list[int]] = {}
                for a, b, t in zip(s[at].tolist(), e[at].tolist(), in_text[at].tolist()):
                    h = (episode[t], text[a:b])
                    ids = owners.get(h)
                    if ids is None:
                        owners[h] = [t]
                    elif ids[-1] == t:
                        sizes[t] -= 1  # twice in one text: one shingle of its set
                    else:
                        for o in ids[-MAX_LINKS:]:
                            shared[(o, t)] = shared.get((o, t), 0) + 1
                        ids.append(t)
    norms = flat.decode("ascii").split("\x00")
    small = np.flatnonzero(kept & ((counts < SHINGLE) | (sizes < 2))).tolist()
    if small:
        others: dict[tuple, list[int]] = {}
        for t in small:
            sh = _anchor_shingles(norms[t].split(), 0)
            sizes[t] = len(sh)
            for h in sh:
                if len(h) == SHINGLE and not len(h[0]) % 3:
                    continue  # an anchor shingle: counted above
                key = (episode[t], h)
                ids = others.get(key)
                if ids is None:
                    others[key] = [t]
                else:
                    for o in ids[-MAX_LINKS:]:
                        shared[(o, t)] = shared.get((o, t), 0) + 1
                    ids.append(t)
    if shared:  # counted in Python: added to numpy's
        for code, k in zip(pair_codes.tolist(), n_shared.tolist()):
            pair = divmod(code, n_texts)
            shared[pair] = shared.get(pair, 0) + k
        pair_codes = np.array([a * n_texts + b for a, b in shared], np.intp)
        n_shared = np.array(list(shared.values()), np.intp)
    return pair_codes // n_texts, pair_codes % n_texts, n_shared, sizes, norms


def _partial_ratio_bound(short: str, longer: str) -> float:
    """An upper bound of `fuzz.partial_ratio(short, longer)`, from one LCS of the whole texts
    (bit-parallel in rapidfuzz: a few microseconds where a failing partial_ratio of two long
    texts tries every alignment, ~50 times as long).

    partial_ratio is the best `ratio` = 200 * LCS(a, w) / (len(a) + len(w)) of one text `a` with
    a substring `w` of the other. LCS(a, w) <= min(L, len(w)) with L = LCS(short, longer), and
    len(a) >= len(short); so for len(w) <= L the ratio is at most 200 * len(w) / (len(short) +
    len(w)) <= 200 * L / (len(short) + L), and for len(w) >= L at most 200 * L / (len(short) + len(w))
    <= the same."""
    lcs = LCSseq.similarity(short, longer)
    return 200.0 * lcs / (len(short) + lcs) if lcs else 0.0


def near_duplicate_pairs(rows: list[tuple], min_share: float = 0.34, min_score: float = 90.0,
                         min_words: int = 4) -> list[tuple[int, int, int, float]]:
    """Pairs (ep, i, j, score) of `rows` (ep, index, text) whose texts nearly repeat: one inside
    the other or the same words twice; j is the later row.

    Candidates are the pairs of texts of one episode that share `min_share` of the shorter
    one's anchor shingles (`_anchor_shingles`), counted without comparing pairs (linear in the
    words of the batch, see `_shared_shingles`); rapidfuzz confirms them.
    """
    return [p[:4] for p in _pairs(rows, min_share, min_score, min_words)]


def _pairs(rows: list[tuple], min_share: float = 0.34, min_score: float = 90.0,
           min_words: int = 4, canon=None) -> list[tuple[int, int, int, float, int, int]]:
    """`near_duplicate_pairs`, each pair with the lengths of `_normalise` of the texts of i and j."""
    rows = [r for r in rows if isinstance(r[2], str)]
    if len(rows) < 2:
        return []
    ep_col, row_col, texts = map(list, zip(*rows))
    codes = {ep: k for k, ep in enumerate(dict.fromkeys(ep_col))}
    episode = list(map(codes.__getitem__, ep_col))
    if sum(map(len, texts)) <= _CHUNK:
        return _confirmed_pairs(ep_col, row_col, texts, episode, min_share, min_score, min_words, canon)
    # whole episodes at a time, about _CHUNK characters: numpy's arrays stay small
    by_ep: dict[int, list[int]] = {}
    for t, code in enumerate(episode):
        by_ep.setdefault(code, []).append(t)
    out: list[tuple[int, int, int, float]] = []
    chunk: list[int] = []
    size = 0
    groups = list(by_ep.values())
    for g, members in enumerate(groups):
        chunk += members
        size += sum(len(texts[t]) for t in members)
        if size < _CHUNK and g + 1 < len(groups):
            continue
        out += _confirmed_pairs(*([col[t] for t in chunk] for col in (ep_col, row_col, texts, episode)),
                                min_share, min_score, min_words, canon)
        chunk, size = [], 0
    return out


# a sentence's clauses: what punctuation or a conjunction sets apart ("X, and Y" is "Y, and X" reordered)
# ("Usage went up when the price dropped" is "When the price dropped, usage went up"); the words that
# join clauses are left out of them


_JOINER_WORDS = frozenset("and but so because when whenever if after before while since although though once until".split())


def _clauses(canon: str) -> str:
    """The clauses of a `canonical_quote` (commas between them, a joining word at their start or
    inside them parts them too), each as its words, sorted and joined by " | "."""
    parts: list[str] = []
    for chunk in canon.split(","):
        words: list[str] = []
        for w in chunk.split():
            if w in _JOINER_WORDS:
                if words:
                    parts.append(" ".join(words))
                    words = []
            else:
                words.append(w)
        if words:
            parts.append(" ".join(words))
    return " | ".join(sorted(parts))


# a pair whose LCS bound of partial_ratio is below this differs by more than numbers, contractions
# and fillers written otherwise ("five million dollars"/"$5 million" leave it above 90)
_RETRY_BOUND = 88.0
_RETRY_SORTED = 80.0  # the same for the words sorted: clauses reordered, a number or two written otherwise
_DROPPED_SHARE = 0.8  # D602: a shorter text this long or longer may be the other with words dropped inside


# the words of an amount, one way or another ("10%", "ten percent", "$5M", "five million dollars",
# "3x", "three times", "twice"): a short quote's every shingle may hold one, so the second index
# of D602's candidates leaves them out
_AMOUNT_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
                 "ninety hundred thousand million billion trillion percent per cent cents dollar dollars bucks "
                 "usd times twice half").split()


def _word_keys(arr: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A number per word arr[starts[k]:ends[k]]: its first 8 bytes (zeros after its end) and its
    length, mixed. (`arr` has 8 bytes after its last word.)"""
    words8 = np.ndarray((len(arr) - 7,), "<u8", arr, 0, (1,))
    lengths = (ends - starts).astype(np.uint64)
    low = np.minimum(lengths, 8)
    mask = np.where(low >= 8, np.uint64(0xFFFFFFFFFFFFFFFF), (np.uint64(1) << (low * np.uint64(8))) - np.uint64(1))
    return (words8[starts] & mask) * _MIX + lengths


_AMOUNT_KEYS = None
_AMOUNT_HEADS = np.zeros(256, bool)  # the first letters of the amount words
_AMOUNT_HEADS[[ord(w[0]) for w in _AMOUNT_WORDS]] = True
_AMOUNT_LONGEST = max(map(len, _AMOUNT_WORDS))


def _amount_keys() -> np.ndarray:
    global _AMOUNT_KEYS
    if _AMOUNT_KEYS is None:
        flat = " ".join(_AMOUNT_WORDS).encode("ascii")
        arr = np.frombuffer(flat + b"\0" * 8, np.uint8)
        starts = np.array([m.start() for m in _WORD_RUN.finditer(flat.decode())], np.intp)
        ends = np.array([m.end() for m in _WORD_RUN.finditer(flat.decode())], np.intp)
        _AMOUNT_KEYS = np.unique(_word_keys(arr, starts, ends))
    return _AMOUNT_KEYS


def _among(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """np.isin(values, sorted_keys) for a few sorted keys: a binary search each, no sort of `values`."""
    at = np.minimum(np.searchsorted(sorted_keys, values), len(sorted_keys) - 1)
    return sorted_keys[at] == values


def _without_amounts(words: _Words, min_words: int) -> tuple[np.ndarray, _Words | None]:
    """The texts of `words` of `min_words` words or more that hold an amount (a word that starts
    with a digit, or a word of `_AMOUNT_WORDS`) and two other words: their numbers, and their
    words without the amounts' words. numpy: no Python step per word, and bytes copied for these
    texts only."""
    starts, ends, text_of, arr = words.starts, words.ends, words.text_of, words.arr
    n_texts = words.n_texts
    if not len(starts):
        return np.zeros(0, np.intp), None
    head = arr[starts]
    amount = (head >= 48) & (head <= 57)
    # the words that may be amount words (by first letter and length), looked up
    maybe = np.flatnonzero(_AMOUNT_HEADS[head] & (ends - starts >= 3) & (ends - starts <= _AMOUNT_LONGEST))
    amount[maybe] |= _among(_word_keys(arr, starts[maybe], ends[maybe]), _amount_keys())
    holds = ((np.bincount(text_of[amount], minlength=n_texts) > 0) & (words.counts >= min_words)
             & (np.bincount(text_of[~amount], minlength=n_texts) >= 2))
    held = np.flatnonzero(holds)
    if not len(held):
        return held, None
    kept = np.flatnonzero(~amount & holds[text_of])
    # each word kept and the byte after it (a space, or a NUL after the last word of its text)
    lengths = ends[kept] - starts[kept] + 1
    stops = np.cumsum(lengths)
    out = arr[np.repeat(starts[kept] - (stops - lengths), lengths) + np.arange(stops[-1])]
    out[stops - 1] = 32
    out[stops[np.flatnonzero(np.diff(text_of[kept]))] - 1] = 0
    return held, _Words(out[:-1].tobytes(), len(held))


def _confirmed_pairs(ep_col, row_col, texts, episode, min_share, min_score, min_words, canon=None):
    if len(texts) < 2:
        return []
    words = _Words(_flat_words(texts), len(texts))
    first, second, n_shared, sizes, norms = _shared_shingles(texts, episode, min_words, words)
    candidate = n_shared >= min_share * np.minimum(sizes[first], sizes[second])
    n_texts = len(texts)
    codes = first[candidate] * n_texts + second[candidate]
    by_amounts: set[int] = set()
    held, bare = _without_amounts(words, min_words) if canon is not None else (None, None)
    if bare is not None and len(held) > 1:
        # a second index: the texts that hold an amount, without it ("latency dropped 10% overnight"
        # and "latency dropped ten percent overnight" share no shingle, nor word tuple, as written);
        # its pairs are compared written one way (canon) whatever their bound
        f2, s2, n2, sizes2, _ = _shared_shingles([], [episode[t] for t in held.tolist()], 2, bare)
        shares = n2 >= min_share * np.minimum(sizes2[f2], sizes2[s2])
        more = np.setdiff1d(held[f2[shares]] * n_texts + held[s2[shares]], codes)
        if len(more):
            by_amounts = set(more.tolist())
            codes = np.concatenate((codes, more))
    if canon is not None:
        short = np.flatnonzero((words.counts >= min_words) & ((words.counts < SHINGLE) | _unanchored(words))).tolist()
        if short:
            more = _short_sentences(texts, episode, short, norms, words.counts)
            if more:
                codes = np.unique(np.concatenate((codes, np.array([a * n_texts + b for a, b in more], np.intp))))
    if not len(codes):
        return []
    out = []
    for a, b in zip((codes // n_texts).tolist(), (codes % n_texts).tolist()):
        norm_a, norm_b = norms[a].rstrip(" "), norms[b].rstrip(" ")
        short, longer = (norm_a, norm_b) if len(norm_a) <= len(norm_b) else (norm_b, norm_a)
        # one text inside the other is partial_ratio's 100 without its alignment search
        bound = 100.0
        if short in longer and f" {short} " in f" {longer} ":  # (whole words: "50000" is not in "500000")
            score = 100.0
        elif (bound := _partial_ratio_bound(short, longer)) < min_score - 1e-6:
            score = 0  # partial_ratio would search every alignment (for long texts) to say 0
        else:
            score = fuzz.partial_ratio(short, longer, score_cutoff=min_score)
        # written one way (`canon`: numbers, contractions, fillers), or its clauses in another order;
        # only for pairs close enough to be the same words written otherwise (the cheap bound),
        # or of about one length with about the same words (reordered clauses)
        if not score and canon is not None and (
                (retry := bound >= _RETRY_BOUND or a * n_texts + b in by_amounts)
                or (len(short) >= 0.85 * len(longer) and fuzz.token_sort_ratio(short, longer) >= _RETRY_SORTED)):
            ca, cb = canon(texts[a]), canon(texts[b])
            short, longer = sorted((_normalise(ca), _normalise(cb)), key=len)
            if f" {short} " in f" {longer} ":
                score = 100.0
            elif retry:
                score = fuzz.partial_ratio(short, longer, score_cutoff=min_score)
            if not score and len(short) >= _DROPPED_SHARE * len(longer):
                # a few words dropped or changed inside the sentence ("talk about the evaluation
                # problem because" and "talk about evaluation because"): partial_ratio aligns the
                # shorter text with one stretch of the longer, the whole texts align here
                score = fuzz.ratio(short, longer, score_cutoff=min_score)
            if not score and len(short) >= 0.9 * len(longer):
                score = fuzz.ratio(_clauses(ca), _clauses(cb), score_cutoff=min_score)
        shared = not score and canon is not None and _shared_sentence(texts[a], texts[b], canon)
        if shared:
            score = 100.0  # the same sentence twice, each quote with more around it: no claim to check
        elif canon is not None and score >= 100 - 1e-9 and f" {short} " not in f" {longer} ":
            # (D602) inside the other but not on whole words ("team 50" in "team 500"): a claim to
            # check; near_duplicate_pairs keeps partial_ratio's own score
            score = 99.0
        if score:
            n_a, n_b = len(norm_a), len(norm_b)
            if row_col[a] <= row_col[b]:
                out.append((ep_col[a], row_col[a], row_col[b], score, n_a, n_b))
            else:
                out.append((ep_col[a], row_col[b], row_col[a], score, n_b, n_a))
    return out


# function words, and the stems contractions leave ("won't" is "won t"): swapping one for
# another ("that" for "which", "will not" for "won't") keeps a quote the same quote
_FUNCTION_WORDS = frozenset("""a an the and or but so of to in on at by for with from into over as than then
that this these those which who whom whose what when where why how is are was were be been being am do does
did done have has had having will would shall should can could may might must not no nor it its they them
their we us our you your he him his she her i me my there here very really just also too all any some
won don didn doesn isn aren wasn weren couldn shouldn wouldn haven hasn hadn ain ll ve re gonna wanna""".split())


_HAS_DIGIT = regexcache.compile(r"\d")
_LONG_QUOTES = 400  # words of two quotes above which other_claim aligns them with rapidfuzz
_NEGATIONS = frozenset({"not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "t"})


def _content(w: str) -> bool:
    return len(w) >= 2 and w.isalpha() and w not in _FUNCTION_WORDS


# words an LLM pass puts for each other when it copies a passage (a hedge, an intensifier, a
# group of people): one for another of its group makes no other claim ("it's generally free" and
# "it's usually free", "the whole team is on it" and "the whole company is on it")
_SYNONYM_GROUPS = (
    "usually generally typically normally mostly mainly largely commonly often frequently",
    "basically essentially fundamentally",
    "really truly genuinely actually",
    "definitely certainly absolutely surely",
    "team company org organization organisation firm",
    "big large huge massive enormous",
    "small tiny little",
)
_SYNONYM_OF = {w: k for k, group in enumerate(_SYNONYM_GROUPS) for w in group.split()}


def _synonyms(x: str, y: str) -> bool:
    return (k := _SYNONYM_OF.get(x)) is not None and k == _SYNONYM_OF.get(y)


def _heard_as(x: str, y: str) -> bool:
    """Could one word be the other misheard or misspelt (most letters kept), or shortened
    ("eval" for "evaluation", "info" for "information": a start of four letters or more)?"""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return fuzz.ratio(x, y) >= (75 if x[0] != y[0] else 60) or (len(short) >= 4 and long_.startswith(short))


def _beside_number(words: list[str], i: int, j: int) -> bool:
    """Does a number stand right before or after words[i:j]?"""
    return (i > 0 and words[i - 1][:1].isdigit()) or (j < len(words) and words[j][:1].isdigit())


# a word spelt otherwise next to a run-on: its first letter and this much of fuzz.ratio ("defence" and
# "defense"; "library" and "libiberty", "connected" and "biconnected", "lgpl" and "gpl" are others)
_RUN_ON_SAME = 80


def other_claim(a: str, b: str) -> bool:
    """Do two quotes that nearly repeat each other differ by a content word put in place of
    another ("every app will ..." and "every car will ...")? The two extraction passes copy one
    passage: they differ in punctuation, case, fillers, contractions, numbers written out, a
    word left out, never in a noun or verb swapped for a dissimilar one; such a pair is two
    statements on one pattern."""
    wa, wb = _words(a), _words(b)
    if len(wa) + len(wb) <= _LONG_QUOTES:
        ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    else:  # difflib's matching is quadratic or worse in the words (two 1,000-word quotes: 0.5 s)
        ops = [tuple(op) for op in Levenshtein.opcodes(wa, wb)]
    last = len(ops) - 1
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal" or (tag != "replace" and k in (0, last)):
            continue  # (words added at either end: one quote runs on where the other stops)
        if tag == "replace" and "".join(wa[i1:i2]) == "".join(wb[j1:j2]):
            continue  # a compound written as one word or two ("any time" and "anytime")
        if tag == "replace" and last and k in (0, last) and i2 - i1 != j2 - j1:
            # words replaced at an end, more on one side: when the shorter side's words are the
            # longer side's next to the shared part, as heard or spelt otherwise ("... discovered
            # defence" and "... discovered defense, which is funny"), one quote runs on where the
            # other stops ("... about distribution" and "... about the data" is another claim)
            n = min(i2 - i1, j2 - j1)
            xs, ys = (wa[i1:i1 + n], wb[j1:j1 + n]) if k == last else (wa[i2 - n:i2], wb[j2 - n:j2])
            if all(x == y or (_content(x) and _content(y) and x[0] == y[0] and fuzz.ratio(x, y) >= _RUN_ON_SAME)
                   for x, y in zip(xs, ys)):
                continue
        changed = wa[i1:i2] + wb[j1:j2]
        # a number or a name with one changed ("$5 million" and "$50 million", "25,000 H100s" and
        # "25,000 A100s"), or a negation added or dropped
        if any(w[0].isdigit() or w in _NUMBERS or _HAS_DIGIT.search(w) for w in changed) or (
                _NEGATIONS.intersection(wa[i1:i2]) != _NEGATIONS.intersection(wb[j1:j2])):
            return True
        if tag == "replace" and i2 - i1 == j2 - j1 == 1 and len(wa[i1]) == len(wb[j1]) == 1 and (
                _beside_number(wa, i1, i2) or _beside_number(wb, j1, j2)):
            return True  # a model's letter by its number, written apart ("H100s" as "h 100 s"; "A100s")
        if tag == "replace" and i2 - i1 == j2 - j1:
            for x, y in zip(wa[i1:i2], wb[j1:j2]):
                if _content(x) and _content(y) and not _heard_as(x, y) and not _synonyms(x, y):
                    # (a mishearing keeps most letters: "Enthropic"; "radiology" and "pathology" are two fields)
                    return True
        if tag == "replace":
            # words put for others ("distribution" and "the data", "seed round" and "Series A"):
            # another claim when a content word of either side sounds like none of the other's,
            # nor do the two sides' content words run together ("Open AI" and "OpenAI")
            xs = [x for x in wa[i1:i2] if _content(x)]
            ys = [y for y in wb[j1:j2] if _content(y)]
            if xs and ys and not _heard_as("".join(xs), "".join(ys)) and (
                    not all(any(_heard_as(x, y) or _synonyms(x, y) for y in ys) for x in xs)
                    or not all(any(_heard_as(x, y) or _synonyms(x, y) for x in xs) for y in ys)):
                return True
    return False


# ---- one spelling of what two transcriptions of a passage write differently ----
# numbers in words ("forty-two", "a hundred thousand") become digits; "$5M", "5 million dollars",
# "40%", "forty per cent" meet; contractions are spelt out ("it's" = "it is", "don't" = "do not");
# fillers of speech go ("um", "you know", "like", "sort of"). Both quotes of a pair get the same
# treatment, so a word dropped from both changes nothing that tells them apart.
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000}
# contractions spelt out with str.replace (in this order: "can't" before "n't")
_REPLACE = (("can't", "can not"), ("cannot", "can not"), ("won't", "will not"), ("shan't", "shall not"),
            ("ain't", "is not"), ("let's", "let us"), ("n't", " not"), ("'re", " are"), ("'ve", " have"),
            ("'ll", " will"), ("'m ", " am "), ("'d ", " would "), *((p + "'s", p + " is") for p in (
                "it", "that", "there", "what", "here", "he", "she", "who", "where", "how", "this")))
_FILLERS = frozenset("um umm uh uhm erm hmm like basically honestly actually literally frankly obviously dollars dollar "
                     "usd bucks".split())
_PHRASES = ((" you know", " "), (" i mean", " "), (" sort of", " "), (" kind of", " "), ("per cent", "percent"),
            # hedges a speaker puts in or leaves out ("the open models are, I'd say, maybe six months
            # behind"); "'d" is "would" by now
            (" i would say", " "), (" i think", " "), (" i guess", " "), (" i believe", " "), (" i suppose", " "),
            (" to be honest", " "), (" to be fair", " "), (" in my opinion", " "), (" if you ask me", " "),
            ("gonna", "going to"), ("wanna", "want to"), ("gotta", "got to"),
            # pronouns written as one word or two ("no one" and "nobody")
            (" no one", " nobody"), (" no-one", " nobody"), (" everyone", " everybody"),
            (" someone", " somebody"), (" anyone", " anybody"))
_NUMBERS = {**_UNITS, **_TENS, **_SCALES}
# a token: a number as written ("$1.5bn", "100,000", "30k"), a word, a percent sign, or a run of
# punctuation (a clause's end)
_PUNCT = frozenset(",;:.!?")
_TOKEN = regexcache.compile(r"\$?\d[\d,]*(?:\.\d+)?(?:[a-z]+)?|[a-z]+|%|[,;:.!?]+")
_MAGNITUDE = {"m": " million", "mm": " million", "k": "000", "b": " billion", "bn": " billion",
              "million": " million", "billion": " billion"}


def canonical_quote(text: str) -> str:
    """The quote's words lowercased, numbers as digits, contractions spelt out, fillers left out,
    and a comma for each run of punctuation (see above): one string of words and commas."""
    low = " " + text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    if "'" in low or "nnot" in low:
        for a, b in _REPLACE:
            if a in low:
                low = low.replace(a, b)
    for a, b in _PHRASES:
        if a in low:
            low = low.replace(a, b)
    tokens = _TOKEN.findall(low)
    if _NUMBERS.keys().isdisjoint(tokens) and not any(c in low for c in "0123456789$%"):
        # (the common case, without a Python step per word: no number to write as digits)
        canon = " ".join([t if t[0] not in _PUNCT else "," for t in tokens if t not in _FILLERS])
        return _amounts(canon if " point " not in canon else _POINT.sub(r"\1.\2", canon))
    out: list[str] = []
    run = None  # [total, current] of a run of number words
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok in _NUMBERS:
            if run is None:
                run = [0, 0]
                if tok in _SCALES and out and out[-1] in ("a", "an"):
                    out.pop()  # "a hundred"
            v = _NUMBERS[tok]
            if (run[0] == 0 and 10 <= v <= 90 and tok not in _SCALES and (10 <= run[1] < 20 or run[1] in _TENS.values())
                    and (v >= 20 or v >= 10 and tok in _UNITS)):
                run[1] = run[1] * 100 + v  # a year said in two parts: "twenty twenty-four", "nineteen ninety"
                continue
            if tok == "hundred":
                run[1] = (run[1] or 1) * 100
            elif tok == "thousand":
                run[0] += (run[1] or 1) * 1000
                run[1] = 0
            else:
                run[1] += v
            continue
        if run is not None:
            if tok == "and" and k + 1 < n and tokens[k + 1] in _NUMBERS:
                continue  # "a hundred and twenty"
            out.append(str(run[0] + run[1]))
            run = None
        c = tok[0]
        if c.isdigit() or c == "$":
            num = tok.lstrip("$")
            unit = num.lstrip("0123456789,.")
            num = num[:len(num) - len(unit)].replace(",", "").rstrip(".")
            if unit in _MAGNITUDE:
                out.append(num + _MAGNITUDE[unit])
            elif unit:
                out.append(num)
                out.append(unit)
            else:
                out.append(num)
        elif c in ",;:.!?":
            out.append(",")
        elif tok == "%":
            out.append("percent")
        elif tok not in _FILLERS:
            out.append(tok)
    if run is not None:
        out.append(str(run[0] + run[1]))
    canon = " ".join(out)
    if " point " in canon:  # "3 point 5" (of "three point five") is 3.5
        canon = _POINT.sub(r"\1.\2", canon)
    if "hundred" in canon or "thousand" in canon:  # "30 thousand" is 30000, as "thirty thousand" and "$30K" are
        canon = _TIMES.sub(lambda m: str(int(m.group(1)) * _SCALES[m.group(2)]), canon)
    return _amounts(canon)


_BIG = {"million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
_BIG_TIMES = regexcache.compile(r"\b(?:(\d+(?:\.\d+)?)|an?)\s+(million|billion|trillion)\b")
_CENTS = regexcache.compile(r"\b(\d{1,2}) cents?\b")
_MULTIPLE = regexcache.compile(r"\b(\d+(?:\.\d+)?) x\b")
_DECIMAL = regexcache.compile(r"\b(\d+)\.(\d*?)0+\b")


def _amounts(canon: str) -> str:
    """Amounts written one way: "5 million" and "5000000" (of "$5M", "five million", "5,000,000")
    are 5000000; "5 cents" is 0.05 (as "$0.05"); "3 x" (of "3x") is "3 times", "twice" "2
    times"; "half" is "50 percent" ("half a million" is 500000); trailing zeros of decimals go."""
    if "half" in canon:
        canon = canon.replace("half a ", "0.5 ").replace("half an ", "0.5 ")
        canon = re.sub(r"\bhalf\b", "50 percent", canon)
    if "twice" in canon:
        canon = re.sub(r"\btwice\b", "2 times", canon)
    if " x" in canon:
        canon = _MULTIPLE.sub(r"\1 times", canon)
    if "cent" in canon:
        canon = _CENTS.sub(lambda m: f"0.{int(m.group(1)):02d}", canon)
    if "." in canon:
        canon = _DECIMAL.sub(lambda m: m.group(1) + ("." + m.group(2) if m.group(2) else ""), canon)
    if "illion" in canon:
        def scaled(m):
            n = m.group(1) or "1"
            whole, _, frac = n.partition(".")
            return str(int(whole) * _BIG[m.group(2)] + (int(frac) * _BIG[m.group(2)] // 10 ** len(frac) if frac else 0))
        canon = _BIG_TIMES.sub(scaled, canon)
    return canon


_POINT = regexcache.compile(r"\b(\d+) point (\d+)\b")
_TIMES = regexcache.compile(r"\b(\d+)\s+(hundred|thousand)\b")


def quote_pairs(batch) -> tuple[list[tuple[int, int, int, float, int, int]], object]:
    """The candidate pairs of near-duplicate quotes of the batch, each episode's in order of the
    later quote: (ep, i, j, score, length of i, length of j) with j the later and the lengths
    those of the texts' `_normalise`d words (`_pairs`), and the
    memoised `canonical_quote` they were compared with. Computed once, for D602 and for C1007's
    quote inside another scored differently."""
    def compute():
        quotes = batch.rows("quotes", "ep", "index", "text")
        memo: dict[str, str] = {}  # text -> canonical_quote(text), for the few texts of candidate pairs

        def canon(text: str) -> str:
            c = memo.get(text)
            if c is None:
                c = memo[text] = canonical_quote(text)
            return c

        if len(quotes) < 2:
            return [], canon
        return sorted(_pairs(quotes, MIN_SHARE, canon=canon), key=lambda p: (p[0], p[2], p[1])), canon

    return batch.shared("quote-pairs", compute)


def quote_inside(text: str, other: str) -> bool:
    """Is the quote `text` the quote `other` or inside it, on whole words (case and punctuation aside)?"""
    return f" {_normalise(text)} " in f" {_normalise(other)} "


class NearDuplicateQuote(Rule):
    """## What it does
    Flags a quote that repeats another quote of the same episode: the same sentence twice (with
    or without the final period, an editorial "[...]" or a leading "So,"), one quote inside
    a longer one, or two quotes that hold one sentence of eight words or more, each with other
    sentences around it (they overlap: "... shares a sentence with ..."). Quotes are cut into five-word shingles; pairs sharing a fifth of the
    shorter quote's shingles are confirmed with rapidfuzz's `partial_ratio` (90 or more). A
    candidate that fails but comes close is compared again with both quotes written one way
    (numbers as digits: "five million dollars" and "$5M"; "40%" and "forty percent";
    contractions spelt out; "no one" as "nobody"; fillers such as "um", "you know", "like" left out) and with their
    clauses sorted ("X, and Y" and "Y when X"). A short quote whose every shingle holds an
    amount ("Latency dropped 10% overnight" and "... ten percent ...") meets its twin in a second
    index of the quotes that hold amounts, with the amounts' words left out; such pairs are
    compared written one way.
    Quotes of fewer than four words are left alone, and so are pairs where a content word
    stands in place of a dissimilar one ("every app will ..." and "every car will ...": two
    statements on one pattern; "our seed round" and "our Series A"), a number differs ("$5 million" and "$50 million") or a negation
    is added or dropped. The later quote is flagged; the message names the earlier one.

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
        pairs, canon = quote_pairs(batch)
        done = set()
        tried: dict[tuple[int, int], int] = {}  # (episode, quote) -> its candidates found another claim
        for ep_i, i, j, score, n_i, n_j in pairs:
            if (ep_i, j) in done:
                continue  # the earliest quote a quote repeats is the one named
            ep = batch.episodes[ep_i]
            if score < 100:
                # a quote near MAX_TRIED others that each make another claim is one of a template's
                # fillings, not a copy: its further candidates are not compared (a thousand such
                # quotes made a million comparisons)
                if tried.get((ep_i, j), 0) >= MAX_TRIED:
                    continue
                a, b = ep.data["quotes"][i]["text"], ep.data["quotes"][j]["text"]
                # a word, number or negation that differs as written, and still when both are
                # written one way (canonical_quote) and their clauses are put in one order; not
                # a copy cut inside its last word ("... costs in Ap" of "... costs in April, and ...")
                if not _cut_copy(a, b) and other_claim(a, b) and other_claim(canon(a), canon(b)) and other_claim(
                        _clauses(canon(a)), _clauses(canon(b))):
                    tried[(ep_i, j)] = tried.get((ep_i, j), 0) + 1
                    continue
            done.add((ep_i, j))
            path = f"quotes[{j}].text"
            if path not in ep.scalars:
                continue
            text = ep.scalars[path].value
            other = ep.data["quotes"][i]["text"]
            start, end, _ = ep.locate(path, 0, len(text))
            # the lengths of the texts' words joined by spaces (the pair's rows hold `other` and,
            # unless a duplicate key made the scalar another one, `text`)
            n_text = n_j if text == ep.data["quotes"][j]["text"] else len(_normalise(text))
            n_other = n_i
            how = "is inside" if n_text < n_other - 5 else ("contains" if n_text > n_other + 5 else "repeats")
            if (score >= 100 and _SENTENCE_END.search(text) and _SENTENCE_END.search(other)
                    and not _inside(_normalise(text), _normalise(other)) and _shared_sentence(text, other, canon)):
                how = "shares a sentence with"
            edits = item_removal(ep, f"quotes[{j}]")
            fix = Fix("unsafe", f"Remove the quote; keep quotes[{i}]", tuple(edits), (f"quotes[{j}]",)) if edits else None
            yield ep.finding(self, path=path, start=start, end=end, evidence=text, fix=fix,
                             message=f"quotes[{j}] {how} quotes[{i}] (similarity {score:.0f}): "
                                     f"{other[:60]!r}{'...' if len(other) > 60 else ''}")


_INSIGHT_SIMILAR = 95  # rapidfuzz ratio of two insights' normalised texts: the same insight reworded by a comma


class DuplicateInsight(Rule):
    """## What it does
    Flags an insight whose text repeats an earlier insight of the same episode: the same
    sentence, in any case and punctuation, or one a word or a comma away from it (rapidfuzz's
    `ratio` of the normalised texts, 95 or more), or one inside the other with a lead-in or a tail
    (eight words in a row or more the same, at least 70% of the shorter insight). Insights that make different claims on one
    pattern ("pricing per seat is dying" and "pricing per outcome is growing") stay apart. The
    later insight is flagged; the message names the earlier one.

    ## Why it matters
    The enrichment listed one takeaway twice: readers see it twice and counts of insights by
    type are inflated.

    ## Example
    ```yaml
    insights:
    - text: The companies that win in voice AI will own the workflow.
    - text: the companies that win in voice AI will own the workflow   # flagged: repeats insights[0]
    ```

    ## Fix safety
    Unsafe: the fix removes the later insight.
    """

    code = "D603"
    name = "duplicate-insight"
    family = "duplicate"
    severity = Severity.WARNING
    summary = "Insight that repeats another insight of the episode"
    fixable = "unsafe"

    def check(self, batch):
        for ep in batch.episodes:
            items = (ep.data or {}).get("insights")
            if not isinstance(items, list) or len(items) < 2:
                continue
            texts = [(k, _normalise(item["text"])) for k, item in enumerate(items)
                     if isinstance(item, dict) and isinstance(item.get("text"), str)]
            texts = [(k, t) for k, t in texts if len(t.split()) >= 4]
            if len(texts) < 2:
                continue
            scores = process.cdist([t for _, t in texts], [t for _, t in texts], scorer=fuzz.ratio,
                                   score_cutoff=_INSIGHT_SIMILAR, workers=1)
            shared = _insights_sharing_a_run(texts)
            for pair, share in _insights_reworded(texts).items():
                shared.setdefault(pair, share)
            flagged = set()
            # (the pairs above the diagonal that score, the later insight's earliest twin first)
            for b, a in sorted({*zip(*np.triu(scores, 1).T.nonzero()), *shared}):
                if b in flagged or a in flagged:
                    continue
                i, j = texts[a][0], texts[b][0]
                if isinstance(told := shared.get((b, a)), str) and not scores[a][b]:
                    # told in other words: their words differ by design; a number makes another claim,
                    # and so does a content word put in place of another, unless nearly all the
                    # shorter one's words are the other's ("Pricing per seat is dying ..." and
                    # "Pricing per outcome is growing ...", 5 of 7, are two claims)
                    k, n = map(int, told.split("/"))
                    if _numbers_of(items[i]["text"]) != _numbers_of(items[j]["text"]) or (
                            k < _REWORDED_SWAP_SHARE * n and other_claim(items[i]["text"], items[j]["text"])):
                        continue
                elif other_claim(items[i]["text"], items[j]["text"]):
                    continue  # (a word, number or negation that differs: another claim)
                path = f"insights[{j}].text"
                if path not in ep.scalars:
                    continue
                flagged.add(b)
                text = ep.scalars[path].value
                start, end, _ = ep.locate(path, 0, len(text))
                edits = item_removal(ep, f"insights[{j}]")
                fix = Fix("unsafe", f"Remove the insight; keep insights[{i}]", tuple(edits),
                          (f"insights[{j}]",)) if edits else None
                other = items[i]["text"]
                how = (f"repeats insights[{i}] (similarity {scores[a][b]:.0f})" if scores[a][b]
                       else f"repeats insights[{i}] ({shared[(b, a)]} words in a row the same)"
                       if isinstance(shared[(b, a)], int)
                       else f"repeats insights[{i}] reworded ({shared[(b, a)]} of its words the same)")
                yield ep.finding(self, path=path, start=start, end=end, evidence=text, fix=fix,
                                 message=f"insights[{j}] {how}: {other[:60]!r}{'...' if len(other) > 60 else ''}")


_REWORDED_WORDS = 5  # D603: the fewest content words of the shorter of two insights told in other words
_REWORDED_SHARE = 0.7  # and the share of them the other one says too
_REWORDED_SWAP_SHARE = 0.75  # ... where a content word of one stands in place of another's
_SUFFIXES = ("ing", "es", "s", "ed")


def _stems(text: str) -> set[str]:
    """The content words of `text` (sponsor's: three letters or more, no stop word), a plural's or
    a verb's ending cut ("posted" and "post", "chains" and "chain")."""
    out = set()
    for w in _content_words(text):
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[:-len(suffix)]
                break
        out.add(w)
    return out


def _numbers_of(text: str) -> set[str]:
    """The numbers of `text`, in digits or in words ("$5 million", "three"; not "one", mostly a
    pronoun or an article: "one place to see them all")."""
    return {w for w in _words(text) if _HAS_DIGIT.search(w) or (w in _NUMBERS and w != "one")}


def _insights_reworded(texts: list[tuple[int, str]]) -> dict[tuple[int, int], str]:
    """{(later, earlier): "k/n"} of the insights (as `texts`' positions) that say one thing in
    other words: of the shorter one's content words (`_REWORDED_WORDS` or more), `_REWORDED_SHARE`
    or more are the other's ("the human adviser handles the emotional stuff while the AI does the
    paperwork" beside "the adviser becomes the person who handles the emotional stuff, and the AI
    does the paperwork")."""
    stems = [_stems(t) for _, t in texts]
    out = {}
    for b in range(1, len(stems)):
        for a in range(b):
            x, y = stems[a], stems[b]
            least = min(len(x), len(y))
            if least >= _REWORDED_WORDS and len(x & y) >= _REWORDED_SHARE * least:
                out[(b, a)] = f"{len(x & y)}/{least}"
    return out


_RUN_WORDS = 8  # D603: words in a row two insights share at least, to be one insight told twice
_RUN_SHARE = 0.7  # and this share of the shorter one's words


def _insights_sharing_a_run(texts: list[tuple[int, str]]) -> dict[tuple[int, int], int]:
    """{(later, earlier): run} of the insights (as `texts`' positions) whose normalised words share
    a run of `_RUN_WORDS` or more that is `_RUN_SHARE` of the shorter one at least: one insight
    inside the other with a lead-in or a tail ("I keep telling people to watch the unit
    economics" and "people to watch the unit economics"; "I think the brokers ... priced out" and
    "the brokers ... priced out within two years")."""
    words = [t.split() for _, t in texts]
    out = {}
    for b in range(1, len(words)):
        for a in range(b):
            x, y = words[a], words[b]
            if min(len(x), len(y)) < _RUN_WORDS:
                continue
            run = SequenceMatcher(None, x, y, autojunk=False).find_longest_match(0, len(x), 0, len(y)).size
            if run >= _RUN_WORDS and run >= _RUN_SHARE * min(len(x), len(y)):
                out[(b, a)] = run
    return out
