"""Consistency: fields of one episode that contradict each other or the glossary.

Categories against glossary kinds, an entry in its pass's other category vocabulary, NER positions out of
order or past the end of any transcript, `has_transcript: false` beside positions, dates in
mixed formats or in the wrong order, duplicate quotes scored differently, and companies the
summary names that the entity list lacks. The vocabularies, kind rules and limits live in
`rules/consistency.yaml`. Entity and quote checks run on the batch's pandas tables.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from rapidfuzz import fuzz, process

from ..findings import Severity
from ..glossary import MADE_KINDS, ORG_KINDS, Glossary, glossary, norm_key
from ..ruleset import Knowledge, RuleSetError, expect, known_keys, regex_list, str_list
from ..textmatch import trie_pattern
from .base import Rule, text_finding
from .duplicate import quote_inside, quote_pairs
from .entity_noise import NAME_PARTICLES, _described_as_firm, classify_entities, noise_words
from .grounding import GENERIC_WORDS, words
from .misspelling import matcher_for
from .. import regexcache, wordlist


# --- knowledge --------------------------------------------------------------------------------

@dataclass
class KindRule:
    allowed: frozenset[str] | None
    forbidden: frozenset[str]
    # a category allowed only where a maker or parent of the entry has one of these kinds
    # ("big_tech" for a product: YouTube, Google's, yes; ChatGPT, OpenAI's, no)
    with_maker: dict[str, frozenset[str]] = field(default_factory=dict)
    # a category the kind forbids, allowed where a maker or parent of the entry has one of these
    # kinds ("big_tech" for a research org: Google Research, yes; Stanford University, no)
    unless_maker: dict[str, frozenset[str]] = field(default_factory=dict)

    def accepts(self, category: str, always: frozenset[str]) -> bool:
        if category in always:
            return True
        if self.allowed is not None:
            return category in self.allowed
        return category not in self.forbidden


@dataclass
class Consistency:
    ner: frozenset[str]
    llm: frozenset[str]
    always: frozenset[str]
    kinds: dict[str, KindRule]
    max_chars_per_minute: float
    max_position: float
    date_fields: list[str]
    episode_date: str
    processing_date: str
    company_sections: list[str]
    company_labels: list[str] = field(default_factory=list)  # bold item labels whose list names firms (C1008)
    date_format: str | None = None
    model_tiers: frozenset[str] = frozenset()
    llm_may_write: frozenset[str] = frozenset()
    # kind -> the pattern of an LLM context whose head noun says the entry is of that kind
    context_heads: dict[str, re.Pattern] = field(default_factory=dict)
    # the kinds of `context_heads` that judge a name the glossary knows only as a "company" as well
    company_heads: frozenset[str] = frozenset()
    term_words: frozenset[str] = frozenset()  # words before a head that make it a term's ("business model")
    filler_words: tuple[str, ...] = ()  # said between a quote's words ("you know"): C1007 compares without them
    # C1012: an impact_reason that calls its quote central, or of no weight, and the score bounds
    # that contradict it
    reason_high: re.Pattern | None = None
    reason_low: re.Pattern | None = None
    high_score_at_least: int = 8
    low_score_at_most: int = 3
    # C1013: an LLM context that calls its entity central to the episode ("discussed at length")
    central_context: re.Pattern | None = None


_KEYS = {"version", "vocabularies", "always", "kinds", "max_chars_per_minute", "max_position", "date_fields",
         "date_format", "episode_date", "processing_date", "company_sections", "company_labels", "model_tiers", "context_heads",
         "term_words", "company_heads", "filler_words", "reason_high", "reason_low", "high_score_at_least",
         "low_score_at_most", "central_context"}


def _head_pattern(nouns: list[str]) -> re.Pattern:
    """An LLM context whose head noun, after up to four words that describe it, is one of `nouns`
    ("Open-source plasma transport simulator used to ...", "Generative model that proposes ..."): a
    stop, a relative, a preposition or a participle follows it. Group 1: the word before the head."""
    alt = "|".join(sorted((r"\s+".join(map(re.escape, n.split())) for n in nouns), key=len, reverse=True))
    return regexcache.compile(
        r"^(?:(?:a|an|the|one)\s+)?(?:(?!(?:that|which|who|whose|where|of|for|by|from|with|in|on|at|to|and|or|"
        r"is|was|are|his|her|their|its)\b)([\w'’&./+-]+)\s+){0,4}?(?:" + alt + r")"
        r"(?=\s*(?:[,.;:(]|$)|\s+(?:that|which|whose|where|with|for|of|from|by|in|on|at|to|and|used|built|made"
        r"|developed|released|launched|trained|designed|running|deployed|able|capable|building|making|developing"
        r"|offering|providing|selling|investing|backing|funding|studying|researching|working|creating|helping"
        r"|powering|serving|operating|focused|focusing|specializing|specialising|known|based|founded"
        r"|headquartered|owned|led|backed)\b)", re.I)


def parse_consistency(data, where: str) -> Consistency:
    expect(data, dict, where, "consistency")
    known_keys(data, _KEYS, where, "consistency")
    vocab = expect(data.get("vocabularies") or {}, dict, where, "vocabularies")
    known_keys(vocab, {"ner", "llm", "llm_may_write"}, where, "vocabularies")
    kinds = {}
    for kind, spec in expect(data.get("kinds") or {}, dict, where, "kinds").items():
        expect(spec, dict, where, f"kinds.{kind}")
        known_keys(spec, {"allowed", "forbidden", "with_maker", "unless_maker"}, where, f"kinds.{kind}")
        if ("allowed" in spec) == ("forbidden" in spec):
            raise RuleSetError(f"{where}: kinds.{kind}: give either `allowed` or `forbidden`")
        allowed = spec.get("allowed")
        makers = {}
        for key in ("with_maker", "unless_maker"):
            spec_key = expect(spec.get(key) or {}, dict, where, f"kinds.{kind}.{key}")
            makers[key] = {str(c): frozenset(str_list(v, where, f"kinds.{kind}.{key}.{c}")) for c, v in spec_key.items()}
        kinds[str(kind)] = KindRule(
            frozenset(str_list(allowed, where, f"kinds.{kind}.allowed")) if allowed is not None else None,
            frozenset(str_list(spec.get("forbidden"), where, f"kinds.{kind}.forbidden")), **makers)
    for key, default in (("max_chars_per_minute", 1500), ("max_position", 600_000)):
        limit = data.get(key, default)
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit <= 0:
            raise RuleSetError(f"{where}: {key}: expected a positive number, got {limit!r}")
    return Consistency(
        ner=frozenset(str_list(vocab.get("ner"), where, "vocabularies.ner")),
        llm=frozenset(str_list(vocab.get("llm"), where, "vocabularies.llm")),
        always=frozenset(str_list(data.get("always"), where, "always")),
        kinds=kinds,
        max_chars_per_minute=float(data.get("max_chars_per_minute", 1500)),
        max_position=float(data.get("max_position", 600_000)),
        date_fields=str_list(data.get("date_fields") or ["date", "processing_date"], where, "date_fields"),
        episode_date=expect(data.get("episode_date", "date"), str, where, "episode_date"),
        processing_date=expect(data.get("processing_date", "processing_date"), str, where, "processing_date"),
        company_sections=[s.lower() for s in str_list(data.get("company_sections"), where, "company_sections")],
        company_labels=[s.lower() for s in str_list(data.get("company_labels"), where, "company_labels")],
        date_format=expect(data.get("date_format"), (str, type(None)), where, "date_format"),
        model_tiers=frozenset(s.lower() for s in str_list(data.get("model_tiers"), where, "model_tiers")),
        llm_may_write=frozenset(str_list(vocab.get("llm_may_write"), where, "vocabularies.llm_may_write")),
        context_heads=_context_heads(data, where, kinds),
        term_words=frozenset(w.lower() for w in str_list(data.get("term_words"), where, "term_words")),
        company_heads=frozenset(str_list(data.get("company_heads"), where, "company_heads")),
        filler_words=tuple(w.lower() for w in str_list(data.get("filler_words"), where, "filler_words")),
        reason_high=_phrases(data, where, "reason_high"),
        reason_low=_phrases(data, where, "reason_low"),
        high_score_at_least=_score_bound(data, where, "high_score_at_least", 8),
        low_score_at_most=_score_bound(data, where, "low_score_at_most", 3),
        central_context=_phrases(data, where, "central_context"),
    )


def _phrases(data, where: str, key: str) -> re.Pattern | None:
    """The regexes of `key` (a list, case-insensitive) as one pattern, or None when none are given."""
    items = str_list(data.get(key), where, key)
    return regex_list(items, where, key) if items else None


def _score_bound(data, where: str, key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10:
        raise RuleSetError(f"{where}: {key}: expected a score from 1 to 10, got {value!r}")
    return value


_CAPITALISED = regexcache.compile(r"[A-Z][\w&.-]*")


def _names_big_tech(context: str, gl) -> bool:
    """Does the text (a name and its context) name a big-tech group of the glossary, or a unit or
    product of one, by a capitalised word?"""
    return any((e := gl.lookup(w)) is not None and e.kind == "big_tech" or (e is not None and any(
        c.kind == "big_tech" for c in gl.chain(e))) for w in _CAPITALISED.findall(context))


def _context_heads(data, where: str, kinds: dict) -> dict[str, re.Pattern]:
    heads = expect(data.get("context_heads") or {}, dict, where, "context_heads")
    out = {}
    for kind, nouns in heads.items():
        if kind not in kinds:
            raise RuleSetError(f"{where}: context_heads.{kind}: no rule for this kind under `kinds`")
        nouns = str_list(nouns, where, f"context_heads.{kind}")
        if nouns:
            out[str(kind)] = _head_pattern(nouns)
    return out


def _kind_accepts(rule: KindRule, key: str, always: frozenset[str], gl, entry) -> bool:
    """Does `rule` (of `entry`'s kind) accept the category `key` for `entry`, its makers and parents
    asked where the rule names kinds for them (`with_maker`, `unless_maker`)?"""
    if not rule.accepts(key, always):
        return key in rule.unless_maker and any(e.kind in rule.unless_maker[key] for e in gl.chain(entry))
    return key not in rule.with_maker or not (chain := gl.chain(entry)) or any(
        e.kind in rule.with_maker[key] for e in chain)


def consistency(knowledge: Knowledge) -> Consistency:
    return knowledge.get("consistency", parse_consistency)


def _whole(rule, ep, path, message, evidence=None, severity=None):
    """A finding on the whole scalar at `path`."""
    start, end, _ = ep.locate(path)
    sc = ep.scalars[path]
    shown = evidence if evidence is not None else (sc.value if isinstance(sc.value, str) else sc.raw)
    return ep.finding(rule, path=path, message=message, start=start, end=end, evidence=shown,
                      severity=severity)


_CATEGORY_SEPARATORS = regexcache.compile(r"[\s_-]+")


@lru_cache(maxsize=1024)
def category_key(category: str) -> str:
    """A category as the rule file writes it: lower case, words joined by one underscore
    ("AI Company", "ai-company" and "Big_Tech" are `ai_company` and `big_tech`)."""
    return _CATEGORY_SEPARATORS.sub("_", category.strip().lower())


def _categories(batch) -> list[tuple]:
    """(ep, field, name, category) of every entity with a string category, and the category's
    `category_key` last."""
    return [(*r, category_key(r[3])) for r in batch.rows("entities", "ep", "field", "name", "category")
            if isinstance(r[3], str)]


# --- C1001 ------------------------------------------------------------------------------------

# a version after a space, a hyphen or a dot ("Qwen 3", "Phi-4", "FLUX.1")
_VERSION_TAIL = regexcache.compile(r"[\s.-]+v?\d+(?:\.\d+)*[a-z]?$", re.I)


# a model family's name with its version glued to it, and what follows ("Qwen3", "Llama4-Scout")
_GLUED_VERSION = regexcache.compile(r"([A-Za-z][A-Za-z]+?)\d+(?:\.\d+)*[a-z]?(?:[\s-].*)?$")
_NAME_PARTS = regexcache.compile(r"[\s-]+")
_MODEL_KINDS = ("model", "model_family")


def _model_under(name: str, gl: Glossary, tiers: frozenset[str]):
    """The model or model family a name the glossary does not list is a version or tier of:
    "Qwen3" (a version glued to the family), "o3-mini", "Nova Pro" (tier words of
    `model_tiers` after a model or family); None otherwise."""
    found = None
    if any(map(str.isdigit, name)) and (m := _GLUED_VERSION.match(name)):
        found = gl.lookup(m.group(1))
    if found is None and tiers and name.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower() in tiers:
        parts = _NAME_PARTS.split(name)
        k = len(parts)
        while k > 1 and parts[k - 1].lower() in tiers:
            k -= 1
        if k < len(parts):
            found = gl.lookup(" ".join(parts[:k]))
    return found if found is not None and found.kind in _MODEL_KINDS else None


def _entry_for(name: str, gl: Glossary):
    """The glossary entry of an entity name, also under a generic word ("Gemini models") or a
    version the glossary does not list ("Mistral Large 2": still a model)."""
    entry = gl.lookup(name.strip())
    if entry is None:
        w = all_words = words(name).split()
        while len(w) > 1 and w[-1] in GENERIC_WORDS:
            w = w[:-1]
        if len(w) < len(all_words):
            entry = gl.by_key.get("".join(w))
    if entry is None:
        base = _VERSION_TAIL.sub("", name.strip())
        if base != name.strip() and base:
            found = gl.lookup(base)
            if found is not None and found.kind in MADE_KINDS:
                entry = found
    if entry is None and any(map(str.isdigit, name)):
        # a numbered name led by a model family ("Mistral Large 2", "Qwen 2.5 Coder") is a model
        parts = name.split()
        for k in range(len(parts) - 1, 0, -1):
            found = gl.lookup(" ".join(parts[:k]))
            if found is not None:
                entry = found if found.kind in ("model", "model_family") else None
                break
    return entry


def _namesake_maker(name: str, entry, gl: Glossary):
    """The maker a family's bare name also names when the family is named after it ("Mistral" is
    Mistral AI as much as its models, so a firm's category is no contradiction), else `entry`."""
    if (entry.kind in MADE_KINDS and entry.maker and norm_key(entry.maker).startswith(norm_key(entry.name))
            and norm_key(name) == norm_key(entry.name)):
        return gl.by_name.get(entry.maker)
    return entry


class CategoryKindMismatch(Rule):
    """## What it does
    Flags an entity whose `category` contradicts what the glossary says the name is: a model
    or model family listed as `big_tech` or `ai_company`, a person as `big_tech`, a company as
    a `person`, a big-tech group as an application, a product as `big_tech` unless a big-tech
    group makes it (YouTube may be; ChatGPT and Nvidia's Blackwell may not: `with_maker`).
    The allowed and forbidden categories per glossary kind are in
    `rules/consistency.yaml`; `unknown` is never a mismatch. A name the glossary does not know is
    judged by what entity-noise finds it to be (a person, a public body, a place) or by the head
    noun of its LLM context (`context_heads`: "Generative model that proposes crystal
    structures" as `ai_company`, "Open-source power-flow simulator ..." as `governance_entity`).

    ## Why it matters
    Category statistics ("how many big-tech companies did the episode discuss") count a model
    or a person as a company, and filters by category hide or show the wrong entries.

    ## Example
    ```yaml
    - name: Gemini 1.5 Flash     # flagged: a model, not big_tech
      category: big_tech
    - name: Google               # fine
      category: big_tech
    ```

    ## Fix safety
    No fix: which category is right depends on the file's vocabulary.
    """

    code = "C1001"
    name = "category-kind-mismatch"
    family = "consistency"
    severity = Severity.WARNING
    summary = "Entity category contradicts the glossary kind (a model as big_tech)"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        gl = glossary(batch.knowledge)
        wrong_for_model: dict[str, bool] = {}
        for n, fld, name, category, key in _categories(batch):
            if key in cfg.always or not isinstance(name, str):
                continue
            entry = _entry_for(name, gl)
            if entry is None:
                if (wrong := wrong_for_model.get(key)) is None:
                    wrong = wrong_for_model[key] = not all(
                        cfg.kinds[k].accepts(key, cfg.always) for k in _MODEL_KINDS if k in cfg.kinds)
                if wrong:  # a name under a model only matters with a category no model may have
                    entry = _model_under(name, gl, cfg.model_tiers)
            if entry is not None:
                entry = _namesake_maker(name, entry, gl)
            if entry is None or entry.kind not in cfg.kinds:
                continue
            if _kind_accepts(cfg.kinds[entry.kind], key, cfg.always, gl, entry):
                continue
            ep = batch.episodes[n]
            path = f"{fld}.category"
            if path in ep.scalars:
                yield _whole(self, ep, path,
                             f"{name!r} is a {entry.kind.replace('_', ' ')} ({entry.name}) but is "
                             f"categorised as {category!r}")
        # names the glossary does not know, which entity-noise finds to be a person, a public body
        # or a place ("European Commission" as ai_company)
        judged: set[tuple[int, str]] = set()
        for row, noise in classify_entities(batch):
            if noise.what is None or not isinstance(row.category, str) or _entry_for(row.name, gl) is not None:
                continue
            judged.add((row.ep, row.field))
            rule = cfg.kinds.get(noise.what.replace(" ", "_"))
            key = category_key(row.category)
            if rule is None or rule.accepts(key, cfg.always):
                continue
            ep = batch.episodes[row.ep]
            path = f"{row.field}.category"
            if path in ep.scalars:
                yield _whole(self, ep, path, f"{row.name!r} is a {noise.what}, not a firm, but is "
                                             f"categorised as {row.category!r}")
        yield from self._described(batch, cfg, gl, judged)

    def _described(self, batch, cfg, gl, judged):
        """Names the glossary does not know, judged by what the LLM pass's own context calls them
        (`context_heads`: "Generative model that proposes crystal structures" as ai_company,
        "Automated bidding software ..." as governance_entity)."""
        if not cfg.context_heads:
            return
        for n, fld, name, category, context, source in batch.rows(
                "entities", "ep", "field", "name", "category", "context", "source"):
            if (source != "llm_enhanced" or not isinstance(category, str) or not isinstance(context, str)
                    or not isinstance(name, str) or (n, fld) in judged):
                continue
            key = category_key(category)
            if key in cfg.always:
                continue
            for kind, pattern in cfg.context_heads.items():
                m = pattern.match(context)
                if m is None or (m.group(1) or "").lower() in cfg.term_words:
                    continue
                if cfg.kinds[kind].accepts(key, cfg.always):
                    break
                # a name the glossary knows is judged by its kind, but "company" says little: what
                # the context calls it decides ("Harvey, legal AI startup ..." as big_tech)
                if (entry := _entry_for(name, gl)) is not None and (entry.kind != "company" or kind not in cfg.company_heads):
                    break
                if key == "big_tech" and _names_big_tech(f"{name} {context}", gl):
                    break  # ("Microsoft editor that ...", "Apple Podcasts": a big-tech group's product may be listed so)
                ep = batch.episodes[n]
                path = f"{fld}.category"
                if path in ep.scalars:
                    what = kind.replace("_", " ")
                    yield _whole(self, ep, path, f"{name!r} is described as {m.group(0).strip()!r} "
                                                 f"({'an' if what[0] in 'aeiou' else 'a'} {what}) but is "
                                                 f"categorised as {category!r}")
                break


# --- C1002 ------------------------------------------------------------------------------------

def _vocabulary_rows(batch, cfg) -> dict[int, list[tuple[str, str, str, bool]]]:
    """Per episode, (vocabulary, field, category, of the LLM pass) of each entity whose category
    is in one of the two vocabularies, in the files where both passes listed such entities; made
    once per batch for C1002 and C1010."""
    return batch.shared("consistency-vocabulary-rows", lambda: _vocabulary_rows_of(batch, cfg))


def _vocabulary_rows_of(batch, cfg) -> dict[int, list[tuple[str, str, str, bool]]]:
    by_ep: dict[int, list[tuple[str, str, str, bool]]] = {}
    passes: dict[int, set[bool]] = {}
    for n, fld, category, source in batch.rows("entities", "ep", "field", "category", "source"):
        if not isinstance(category, str):
            continue
        passes.setdefault(n, set()).add(source == "llm_enhanced")
        key = category_key(category)
        vocab = "llm" if key in cfg.llm else ("ner" if key in cfg.ner else "")
        if vocab:
            by_ep.setdefault(n, []).append((vocab, fld, category, source == "llm_enhanced"))
    # one pass wrote every category: "tech" beside "ai_company" is that pass's own vocabulary,
    # not the NER pass's mixed into the LLM pass's (both passes listed entities, whatever the
    # LLM pass's words: "record_label", "utility" are of neither vocabulary)
    return {n: rows for n, rows in by_ep.items() if len(passes[n]) == 2}


class MixedCategoryVocabulary(Rule):
    """## What it does
    Flags an entity whose category is of the other pass's vocabulary: among a pass's own entries
    (the NER pass's, or the LLM pass's `source: llm_enhanced`), each entry of the vocabulary fewer
    of them use — an LLM entry `unknown` among LLM entries `big_tech`, `ai_company`; an NER entry
    `ai_company` among NER entries `tech`, `unknown`; an LLM entry `tech` among `big_tech` and
    `ai_company` — but for the NER words a team lists as its LLM pass's own (`llm_may_write`, none
    by default); as many of each: the other pass's. Only in files where both passes listed
    entities. The vocabularies are in `rules/consistency.yaml`. That the two passes each keep their
    own vocabulary in one file is the pipeline's layout, flagged only by the opt-in C1010.

    ## Why it matters
    A consumer grouping one pass's entities by category sees `unknown` and `ai_company` as two
    groups of the same kind of entry; the odd entry was categorised by the wrong pass or vocabulary.

    ## Example
    ```yaml
    companies:
    - {name: Google, category: tech, position: 120}
    - {name: Anthropic, category: ai_company, position: 300}   # flagged: LLM vocabulary in the NER pass
    - {name: Meta, category: unknown, position: 410}
    - {name: Google, category: big_tech, source: llm_enhanced}
    ```

    ## Fix safety
    No fix: mapping one vocabulary onto the other is a decision for the pipeline.
    """

    code = "C1002"
    name = "mixed-category-vocabulary"
    family = "consistency"
    severity = Severity.WARNING
    summary = "An entity categorised in the other pass's vocabulary"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        for n, rows in _vocabulary_rows(batch, cfg).items():
            ep = batch.episodes[n]
            for llm_pass in (False, True):  # a pass's own entries in both vocabularies
                own = [r for r in rows if r[3] == llm_pass]
                n_ner = sum(r[0] == "ner" for r in own)
                if not n_ner or n_ner == len(own):
                    continue
                # the vocabulary fewer of them use; as many of each: the other pass's
                odd = "ner" if 2 * n_ner < len(own) or (2 * n_ner == len(own) and llm_pass) else "llm"
                usual = ", ".join(sorted({c for w, _, c, _ in own if w != odd}))
                for vocab, fld, category, _ in own:
                    if llm_pass and category_key(category) in cfg.llm_may_write:
                        continue  # ("tech" of a drug maker: a word of the LLM pass's own as well)
                    if vocab == odd and f"{fld}.category" in ep.scalars:
                        yield _whole(self, ep, f"{fld}.category",
                                     f"{category!r} is of the {odd.upper()} pass's vocabulary, but the "
                                     f"{'LLM' if llm_pass else 'NER'} pass's other entries use {usual}")


class TwoPassVocabularies(Rule):
    """## What it does
    Off by default (select it by code or name). Flags a file whose entity categories mix the NER
    pass's vocabulary (`tech`, `unknown`) with the LLM pass's (`big_tech`, `ai_company`,
    `ai_infrastructure`, ...), both passes having listed entities: one finding per file, on the
    first category of the less used vocabulary. Each pass keeping its own vocabulary is how the
    pipeline writes every two-pass file, so this describes the pipeline rather than a mistake of
    one file: turn it on to hold a corpus to one vocabulary. An entry in its pass's other
    vocabulary is C1002's, on by default.

    ## Why it matters
    A consumer grouping by category sees `tech` and `big_tech` as two groups of the same
    companies; the file needs one vocabulary (or a mapping) to be counted.

    ## Example
    ```yaml
    companies:
    - {name: Google, category: tech, position: 120}          # NER vocabulary
    - {name: Google, category: big_tech, source: llm_enhanced}  # flagged: LLM vocabulary mixed in
    ```

    ## Fix safety
    No fix: mapping one vocabulary onto the other is a decision for the pipeline.
    """

    code = "C1010"
    name = "two-pass-vocabularies"
    family = "consistency"
    severity = Severity.INFO
    summary = "The NER and the LLM passes' category vocabularies in one file (off by default)"
    opt_in = True
    opt_in_setting = ""

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        for n, rows in _vocabulary_rows(batch, cfg).items():
            counts = {"ner": 0, "llm": 0}
            for vocab, *_ in rows:
                counts[vocab] += 1
            if not counts["ner"] or not counts["llm"]:
                continue
            if counts["ner"] != counts["llm"]:
                minority = "ner" if counts["ner"] < counts["llm"] else "llm"
            else:
                minority = rows[-1][0]  # as many of each: the one the file switches to
            other = "ner" if minority == "llm" else "llm"
            first = next(r for r in rows if r[0] == minority)
            ep = batch.episodes[n]
            path = f"{first[1]}.category"
            used = {v: ", ".join(sorted({c for w, _, c, _ in rows if w == v})) for v in counts}
            if path in ep.scalars:
                yield _whole(self, ep, path,
                             f"categories mix two vocabularies: {used[other]} ({counts[other]} entities) and "
                             f"{used[minority]} ({counts[minority]} entities)")


# --- C1003, C1009 -----------------------------------------------------------------------------

def _out_of_order(positions: list[float]) -> set[int]:
    """Indices not on a longest non-decreasing subsequence (the entries that break the order).

    Of several such subsequences, the one keeping the earliest entries: when two entries could
    each be the one out of place (310, 1400, 1390, 2000), the later one, whose position goes back
    ("1390 after 1400"), is flagged.
    """
    n = len(positions)
    # longest[i]: the longest non-decreasing run of entries starting at i (patience sorting from
    # the end, on negated values: a run read backwards never increases)
    longest = [0] * n
    tails: list[float] = []
    for i in range(n - 1, -1, -1):
        v = -positions[i]
        k = bisect.bisect_right(tails, v)
        if k == len(tails):
            tails.append(v)
        else:
            tails[k] = v
        longest[i] = k + 1
    keep = set()
    need, last = len(tails), float("-inf")
    for i, p in enumerate(positions):
        if need and longest[i] == need and p >= last:
            keep.add(i)
            need, last = need - 1, p
    return set(range(n)) - keep


def _positions(batch) -> list[tuple]:
    """(ep, field, position) of every entity with a numeric position (digits written as a
    quoted string, "5245", are that number)."""
    return [r if not isinstance(r[2], str) else (r[0], r[1], int(r[2].strip()))
            for r in batch.rows("entities", "ep", "field", "position")
            if (isinstance(r[2], (int, float)) and not isinstance(r[2], bool) and r[2] == r[2])
            or (isinstance(r[2], str) and r[2].strip().isascii() and r[2].strip().isdigit())]


class PositionOrder(Rule):
    """## What it does
    Flags NER entries (with `position`) whose position breaks the order of the list: the pass
    writes entities in transcript order, so positions never decrease. The entries flagged are
    those off the longest ordered run: in 100, 5000, 300, 400 the 5000 is out of place. When
    either of two entries could be (310, 1400, 1390, 2000), the later one is flagged: its
    position goes back.

    ## Why it matters
    A position out of order points at the wrong place of the transcript: the context window,
    highlighting and "first mentioned at" all go wrong, and it hints at a merge of two files.

    ## Example
    ```yaml
    - {name: Meta, position: 398}
    - {name: Nvidia, position: 15103}   # flagged: before the next entry's 5584
    - {name: Google, position: 5584}
    ```

    ## Fix safety
    No fix: the right position is in the transcript, not in the file.
    """

    code = "C1003"
    name = "position-order"
    family = "consistency"
    severity = Severity.WARNING
    summary = "NER positions out of transcript order"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        limits = _position_limits(batch, cfg)
        by_ep: dict[int, list[tuple[str, float]]] = {}
        for n, fld, pos in _positions(batch):
            if 0 <= pos <= limits[n]:  # impossible positions are C1009's, not out of order
                by_ep.setdefault(n, []).append((fld, float(pos)))
        for n, rows in by_ep.items():
            values = [v for _, v in rows]
            bad = _out_of_order(values)
            if not bad:
                continue
            ep = batch.episodes[n]
            # each entry's nearest in-order neighbours, before and after it: one pass each way
            before_of, after_of = [None] * len(values), [None] * len(values)
            last = None
            for j, v in enumerate(values):
                before_of[j] = last
                if j not in bad:
                    last = v
            last = None
            for j in range(len(values) - 1, -1, -1):
                after_of[j] = last
                if j not in bad:
                    last = values[j]
            for i in sorted(bad):
                path = f"{rows[i][0]}.position"
                if path in ep.scalars:
                    before, after = before_of[i], after_of[i]
                    around = " and ".join(_num(v) for v in (before, after) if v is not None)
                    yield _whole(self, ep, path, f"position {_num(values[i])} is out of order (neighbours: {around})")


class PositionBeyondTranscript(Rule):
    """## What it does
    Flags a `position` that no transcript of the episode can reach: negative, or beyond
    `duration` (minutes, or a clock's "58:12" / "1:02:03", or "75 min") times `max_chars_per_minute` of `rules/consistency.yaml` (1,500: fast
    speech is about 1,000 characters a minute), or, without a duration, beyond `max_position`
    (600,000 characters: more than six hours of talk). `C1003` judges the order of the rest.

    ## Why it matters
    Such a position comes from another file or a bug in the pipeline; its context window
    cannot be from this episode.

    ## Example
    ```yaml
    duration: 10
    companies:
    - {name: Meta, position: 250000}   # flagged: 10 minutes hold at most 15,000 characters
    ```

    ## Fix safety
    No fix.
    """

    code = "C1009"
    name = "position-beyond-transcript"
    family = "consistency"
    severity = Severity.WARNING
    summary = "NER position beyond any plausible transcript of the episode"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        limits = _position_limits(batch, cfg)
        for n, fld, pos in _positions(batch):
            if 0 <= pos <= limits[n]:
                continue
            ep = batch.episodes[n]
            path = f"{fld}.position"
            if path not in ep.scalars:
                continue
            duration = ep.data.get("duration")
            if pos < 0:
                why = "a negative position"
            elif minutes := _minutes(duration):
                why = (f"beyond {_num(round(minutes, 1))} minutes x {cfg.max_chars_per_minute:g} characters "
                       "a minute of transcript")
            else:
                why = f"beyond {limits[n]:,.0f} characters, longer than any episode's transcript"
            yield _whole(self, ep, path, f"position {_num(pos)} is {why}")


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _minutes(duration) -> float | None:
    """The minutes a `duration` says: a number of minutes, or a clock's "1:02:03" / "58:12"
    (hours, minutes, seconds), or "75 min"; None for anything else."""
    if isinstance(duration, (int, float)) and not isinstance(duration, bool):
        return duration if duration > 0 else None
    if isinstance(duration, str) and (m := _CLOCK.match(duration)) is not None:
        if m.group("mins") is not None:
            value = float(m.group("mins"))
        else:
            h, mm, ss = m.group("h"), int(m.group("m")), int(m.group("s"))
            value = (int(h) * 60 if h else 0) + mm + ss / 60
        return value if value > 0 else None
    return None


_CLOCK = regexcache.compile(r"^\s*(?:(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,3}):(?P<s>[0-5]\d)|(?P<mins>\d+(?:\.\d+)?)\s*(?:min|mins|minutes|m)\.?)\s*$")


def _position_limits(batch, cfg: Consistency) -> dict[int, float]:
    """Per episode of the batch: the largest position a transcript of it can have."""
    limits = {}
    for n, ep in enumerate(batch.episodes):
        d = _minutes(ep.data.get("duration"))
        limits[n] = d * cfg.max_chars_per_minute if d else cfg.max_position
    return limits


# --- C1004 ------------------------------------------------------------------------------------

class TranscriptFlagMismatch(Rule):
    """## What it does
    Flags `has_transcript: false` in a file with NER entries that carry a `position`: positions
    are offsets into a transcript, so either the flag or the entries are wrong.

    ## Why it matters
    Consumers trust the flag to decide whether to show transcript snippets and context
    windows; a wrong flag hides them (or the positions point into nothing).

    ## Example
    ```yaml
    has_transcript: false     # flagged: 42 entities have a position
    companies:
    - {name: Meta, position: 398, context: "... Meta AI has almost a billion ..."}
    ```

    ## Fix safety
    No fix: which side is wrong needs the pipeline's logs.
    """

    code = "C1004"
    name = "transcript-flag-mismatch"
    family = "consistency"
    severity = Severity.WARNING
    summary = "has_transcript: false with position-based entries"

    def check(self, batch):
        counts: dict[int, int] = {}
        for n, _, _ in _positions(batch):
            counts[n] = counts.get(n, 0) + 1
        for n, ep in enumerate(batch.episodes):
            flag = ep.data.get("has_transcript")
            if flag is False or (type(flag) is int and flag == 0) or (
                    isinstance(flag, str) and flag.strip().lower() in ("false", "no", "n", "off", "0")):
                count = int(counts.get(n, 0))
                if count and "has_transcript" in ep.scalars:
                    yield _whole(self, ep, "has_transcript",
                                 f"has_transcript is false, but {count} entities have a transcript position")


# --- C1005, C1006 -----------------------------------------------------------------------------

_DATE_SHAPES = (
    (regexcache.compile(r"^\d{4}-\d{2}-\d{2}$"), "YYYY-MM-DD"),
    (regexcache.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?$"), None),
)


def date_format(source: str) -> str:
    """A readable shape of a date as written: '2025-04-29 15:46:54 +0000' -> 'YYYY-MM-DD hh:mm:ss +zzzz'."""
    s = source.strip()
    if _DATE_SHAPES[0][0].match(s):
        return "YYYY-MM-DD"
    m = re.match(r"^(\d{4}-\d{2}-\d{2})([Tt ])(\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(\s*)([Zz]|[+-]\d{2}:?\d{2})?$", s)
    if m:
        time = "hh:mm:ss" if m.group(3).count(":") == 2 else "hh:mm"
        zone = "" if not m.group(6) else ("Z" if m.group(6) in "Zz" else ("+zz:zz" if ":" in m.group(6) else "+zzzz"))
        return f"YYYY-MM-DD{m.group(2)}{time}{'.f' if m.group(4) else ''}{m.group(5)}{zone}"
    return re.sub(r"\d+|[A-Za-z]+", _shape_of_part, s)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _shape_of_part(m: re.Match) -> str:
    """A number or a word of a date in an unusual shape, as a readable shape ('March 3, 2025' ->
    'Month D, YYYY', '10/05/2025' -> 'DD/DD/YYYY', 'Tue, 3 Mar 2025' -> 'Wkd, D Mon YYYY')."""
    part = m.group(0)
    if part.isdigit():
        return {1: "D", 2: "DD", 4: "YYYY"}.get(len(part), "9" * len(part))
    low = part.lower()
    for names, full, short in ((_MONTHS, "Month", "Mon"), (_WEEKDAYS, "Weekday", "Wkd")):
        for name in names:
            if low == name:
                return full
            if len(low) >= 3 and name.startswith(low.rstrip(".")):
                return short
    return part


# The usual shapes of a date in the source: day, or day and time with an optional zone
_ISO_DATE = regexcache.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?"
                       r" ?(?:(Z)|([+-])(\d\d):?(\d\d))?)?")


def _when(value, source: str):
    """A date's value as an aware datetime (UTC when no zone) or a date; None when unreadable.

    The usual shapes (`_ISO_DATE`) are read directly; the rest as pandas reads them (`_when_pandas`),
    which gives the same instant for the usual ones too (tests/test_speed_consistency.py).
    """
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # seconds (or milliseconds) since 1970 of the years 2001-2096: "processing_date: 1759698000"
        seconds = value / 1000 if 1e12 <= value < 4e12 else value
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc) if 1e9 <= seconds < 4e9 else None
    m = _ISO_DATE.fullmatch(source.strip())
    if m is not None:
        y, mo, d, hh, mi, ss, frac, z, sign, zh, zm = m.groups()
        try:
            if hh is None:
                return dt.date(int(y), int(mo), int(d))
            tz = dt.timezone.utc
            if sign is not None:
                offset = dt.timedelta(hours=int(zh), minutes=int(zm))
                tz = dt.timezone(-offset if sign == "-" else offset)
            return dt.datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss),
                               int((frac or "0").ljust(6, "0")), tzinfo=tz)
        except ValueError:
            pass  # 2025-02-30, 24:00, a zone of a day or more: pandas decides
    return _when_pandas(source)


# a date of numbers whose first two can each be the day or the month ("10/07/2025": 10 July in
# Europe, 7 October in the US)
_DAY_OR_MONTH = regexcache.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})\b(.*)$", re.S)


def _readings(value, source: str) -> list:
    """The instants a date can mean: `_when`'s, and with day and month swapped where both are 12
    or less and differ; [] when unreadable."""
    when = _when(value, source)
    if when is None:
        return []
    m = _DAY_OR_MONTH.match(source) if isinstance(source, str) else None
    if m is None or m.group(1) == m.group(3) or int(m.group(1)) > 12 or int(m.group(3)) > 12 \
            or int(m.group(1)) == 0 or int(m.group(3)) == 0:
        return [when]
    other = _when_pandas(f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}{m.group(5)}")
    return [when] if other is None else [when, other]


def _earlier(b, a) -> bool:
    """Is the instant or day `b` before `a` (days compared where either is a date only)?"""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return b < a
    day = lambda w: w.astimezone(dt.timezone.utc).date() if isinstance(w, dt.datetime) else w  # noqa: E731
    return day(b) < day(a)


def _when_pandas(source: str):
    import pandas as pd  # only for a date in an unusual shape

    try:
        ts = pd.Timestamp(source.strip())
        if pd.isna(ts):
            return None
        if ts.tzinfo is None:
            ts = ts.tz_localize("UTC")
        has_time = bool(re.search(r"\d:\d", source))
        return ts.to_pydatetime() if has_time else ts.date()
    except (ValueError, TypeError, OverflowError, NotImplementedError):
        return None  # no date, or one outside what Python's dates hold (pandas parses years past 9999)


def _dates(ep, fields):
    out = []
    for key in fields:
        sc = ep.scalars.get(key)
        if sc is not None and sc.raw.strip() and sc.value is not None:  # null is no date, in no format
            out.append((key, sc.raw, sc.value))
    return out


class MixedDateFormats(Rule):
    """## What it does
    Flags a date field of the file written in another format than the others: `date:
    2025-04-29 15:46:54 +0000` beside `processing_date: 2025-10-05` or `05/10/2025`. Formats are
    compared as written in the source, not as PyYAML reads them. The field flagged is the one
    not in the pipeline's own format (`date_format` in `rules/consistency.yaml`: `date: March 3,
    2025` beside a `processing_date` in it flags `date`); when no field is in that format, those
    unlike the first date field. The date fields are listed in the same file.

    ## Why it matters
    Parsers of the corpus pick one format; the other one is dropped, misread (day and month
    swapped) or read in another time zone.

    ## Example
    ```yaml
    date: 2025-04-29 15:46:54 +0000
    processing_date: 2025-10-05          # flagged: YYYY-MM-DD, not YYYY-MM-DD hh:mm:ss +zzzz
    ```

    ## Fix safety
    No fix: the missing time and zone cannot be invented.
    """

    code = "C1005"
    name = "mixed-date-formats"
    family = "consistency"
    severity = Severity.WARNING
    summary = "Dates of one file written in different formats"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        for ep in batch.episodes:
            found = _dates(ep, cfg.date_fields)
            if len(found) < 2:
                continue
            shapes = [(key, src, date_format(src)) for key, src, _ in found]
            # the reference: the first field in the pipeline's own format, else the first field
            ref_key, _, ref_fmt = next((f for f in shapes if f[2] == cfg.date_format), shapes[0])
            for key, src, fmt in shapes:
                if fmt != ref_fmt:
                    yield _whole(self, ep, key, f"{key} is written as {fmt!r} but {ref_key} as {ref_fmt!r}",
                                 evidence=src)


class ProcessingBeforeDate(Rule):
    """## What it does
    Flags a `processing_date` earlier than the episode's `date`: the pipeline cannot have
    processed an episode before it was published. Dates without a time are compared by day. A
    date whose day and month can swap ("10/07/2025": 10 July or 7 October) is flagged only when
    it is early read either way.

    ## Why it matters
    One of the two dates is wrong (a swapped field, a wrong year, a zone error), and every
    freshness or latency statistic built on them is too.

    ## Example
    ```yaml
    date: 2025-04-29 15:46:54 +0000
    processing_date: 2024-10-05 21:17:57 +0000    # flagged: a year early
    ```

    ## Fix safety
    No fix.
    """

    code = "C1006"
    name = "processing-before-date"
    family = "consistency"
    severity = Severity.ERROR
    summary = "processing_date earlier than the episode date"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        for ep in batch.episodes:
            a, b = ep.scalars.get(cfg.episode_date), ep.scalars.get(cfg.processing_date)
            if a is None or b is None:
                continue
            readings_a, readings_b = _readings(a.value, a.raw), _readings(b.value, b.raw)
            if not readings_a or not readings_b:
                continue
            # (a date whose day and month can swap, "10/07/2025", is early only if it is so read either way)
            if all(_earlier(when_b, when_a) for when_a in readings_a for when_b in readings_b):
                yield _whole(self, ep, cfg.processing_date,
                             f"{cfg.processing_date} {b.raw} is before the episode's "
                             f"{cfg.episode_date} {a.raw}", evidence=b.raw)


# --- C1007 ------------------------------------------------------------------------------------

_QUOTE_KEY = regexcache.compile(r"[\W_]+")
# ASCII text (most quotes): every byte but a letter or digit becomes a space, in one C call
_ASCII_PUNCTUATION = bytes(c if chr(c).isascii() and chr(c).isalnum() else 0x20 for c in range(256))
_SPACES = regexcache.compile(rb"  +")


def _quote_key(text: str) -> str:
    """A quote's words, lower-cased, joined by single spaces: `_QUOTE_KEY.sub(" ", text.lower()).strip()`."""
    low = text.lower()
    if low.isascii():
        return _SPACES.sub(b" ", low.encode().translate(_ASCII_PUNCTUATION)).strip().decode()
    return _QUOTE_KEY.sub(" ", low).strip()


# bytes of lowercased ASCII texts joined by NUL that are neither a letter, a digit nor NUL
_NOT_ALNUM_NUL = bytes(c for c in range(1, 128) if not chr(c).isalnum())


def _squeezed_keys(texts: list[str]) -> list[str]:
    """`[_quote_key(t).replace(" ", "") for t in texts]`: a text's letters and digits, lowered.
    Two texts with the same `_quote_key` have the same squeezed key, so only texts sharing one
    need their `_quote_key`. The ASCII texts (most) are lowered and stripped of everything else
    all at once (one bytes.translate); the others one by one."""
    plain = [t.isascii() for t in texts]
    joined = "\x00".join([t if a else "" for t, a in zip(texts, plain)])
    if joined.count("\x00") != len(texts) - 1:  # a text holds a NUL
        return [_quote_key(t).replace(" ", "") for t in texts]
    parts = joined.lower().encode("ascii").translate(None, _NOT_ALNUM_NUL).decode("ascii").split("\x00")
    if all(plain):
        return parts
    return [p if a else _quote_key(t).replace(" ", "") for p, t, a in zip(parts, texts, plain)]


class DuplicateQuoteScores(Rule):
    """## What it does
    Flags a quote that occurs twice in the file (same words, ignoring case and punctuation)
    with a different `relevance_score`, and a quote of six words or more whole inside another
    quote of the file (a near-duplicate pair of D602) scored differently; the finding is on the
    later copy's score.

    ## Why it matters
    The same quote cannot be both a 4 and a 9: rankings and "top quotes" depend on which copy a
    consumer reads first. (Removing the duplicate is the duplicate family's business.)

    ## Example
    ```yaml
    quotes:
    - {text: "Most code will be written by AI.", relevance_score: 4}
    - {text: "Most code will be written by AI", relevance_score: 9}   # flagged
    - {text: "I think most code will be written by AI within five years.", relevance_score: 6}  # flagged
    ```

    ## Fix safety
    No fix: which score is right is a judgement.
    """

    code = "C1007"
    name = "duplicate-quote-scores"
    family = "consistency"
    severity = Severity.WARNING
    summary = "The same quote twice (or one inside another) with different relevance scores"

    def check(self, batch):
        yield from self._same_scored(batch)
        yield from self._inside_scored(batch)

    def _same_scored(self, batch):
        """The same quote twice (words, case and punctuation aside) with another relevance_score."""
        rows = batch.rows("quotes", "ep", "field", "text", "relevance_score")
        if len(rows) < 2:
            return
        eps, _, texts, _ = zip(*rows)
        squeezed = _squeezed_keys([t if isinstance(t, str) else "" for t in texts])
        # only a quote whose letters and digits another quote of its episode has can be (or
        # name) a copy: the others need no key and are no head of a group
        counts = Counter(zip(eps, squeezed))
        if len(counts) == len(rows):
            return
        again = {k for k, c in counts.items() if c > 1 and k[1]}
        first: dict[tuple[int, str], tuple[str, float]] = {}
        for n, fld, text, score in compress(rows, map(again.__contains__, zip(eps, squeezed))):
            shown, score = score, _score(score)
            if not isinstance(text, str) or score is None:
                continue
            key = _quote_key(text)
            if not key:
                continue
            head = first.setdefault((n, key), (fld, score, shown))
            if head[0] == fld or head[1] == score:
                continue
            ep = batch.episodes[n]
            path = f"{fld}.relevance_score"
            if path in ep.scalars:
                line = ep.position(ep.spans[head[0]][0])[0] if head[0] in ep.spans else "?"
                yield _whole(self, ep, path,
                             f"this quote is also {head[0]} (line {line}) with relevance_score "
                             f"{head[2]}, here {shown}")

    def _inside_scored(self, batch):
        """A quote of at least MIN_INSIDE_WORDS words whole inside another quote of its episode (the
        duplicate family's pairs, D602), or holding it, with another relevance_score: the finding is
        on the later quote's score, once."""
        pairs, _ = quote_pairs(batch)
        fillers = consistency(batch.knowledge).filler_words
        done = set()
        for n, i, j, similarity, _, _ in pairs:
            if (similarity < 100 and not fillers) or (n, j) in done:
                continue
            quotes = batch.episodes[n].data.get("quotes")
            first, later = quotes[i], quotes[j]
            if not (isinstance(first, dict) and isinstance(later, dict)):
                continue
            texts = first.get("text"), later.get("text")
            if not all(isinstance(t, str) for t in texts) or _quote_key(texts[0]) == _quote_key(texts[1]):
                continue  # (the same quote twice: the check above)
            shorter, longer = sorted(texts, key=len)
            if len(shorter.split()) < MIN_INSIDE_WORDS:
                continue
            if not quote_inside(shorter, longer):
                # the words of one inside the other's once the speaker's fillers are out ("We
                # basically rebuilt ...", "The analysts, you know, went ..."): the same quote still
                if similarity >= 100 or not quote_inside(_unfilled(shorter, fillers), _unfilled(longer, fillers)):
                    continue
            scores = [_score(q.get("relevance_score")) for q in (first, later)]
            if None in scores or scores[0] == scores[1]:
                continue
            ep = batch.episodes[n]
            path = f"quotes[{j}].relevance_score"
            if path not in ep.scalars:
                continue
            done.add((n, j))
            head = f"quotes[{i}]"
            line = ep.position(ep.spans[head][0])[0] if head in ep.spans else "?"
            how = "is inside" if shorter is texts[1] else "holds"
            yield _whole(self, ep, path,
                         f"this quote {how} {head} (line {line}), whose relevance_score is "
                         f"{first.get('relevance_score')}, here {later.get('relevance_score')}")


MIN_INSIDE_WORDS = 6  # C1007: a shorter quote is a copy of the longer one's passage from this many words


def _unfilled(text: str, fillers: tuple[str, ...]) -> str:
    """The quote's words (`quote_inside`'s form) without the speaker's filler words and phrases."""
    low = " " + " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'"))) + " "
    for f in fillers:
        low = low.replace(f" {f} ", " ")
    return low.strip()


def _score(value) -> float | None:
    """A relevance score as a number (a score written as a quoted number, "8", is that number), else None."""
    if isinstance(value, str):
        value = _number(value)
    return None if isinstance(value, bool) or not isinstance(value, (int, float)) else value


def _number(text: str) -> float | None:
    """The number a string writes ("8", " 7.5 "), else None."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and value not in (float("inf"), float("-inf")) else None


# --- C1008 ------------------------------------------------------------------------------------

def org_forms(gl: Glossary) -> set[str]:
    """The spellings C1008 finds companies by: the glossary's organisations' (accepted and
    misspelled), and those of products named like their makers, which stand for them ("Mistral")."""
    return {f for e in gl.entries if e.kind in ORG_KINDS or (e.kind in MADE_KINDS and _named_like_maker(e, gl))
            for f in e.accepted + e.misspellings if len(f) > 1}


@lru_cache(maxsize=8)
def _org_pattern(gl_id: int, gl: Glossary) -> re.Pattern:
    """The glossary's organisation forms (and those of products named like their makers, which
    stand for them: "Mistral's releases"), whole (no word character or hyphen either side), the
    longest at a position first. A trie that starts the pattern: the engine skips in C every
    position no form starts at (the check of the character before is after the first one)."""
    trie = trie_pattern(org_forms(gl), after_first=r"(?<![\w-].)")
    return regexcache.compile(rf"{trie}(?![\w-])" if trie else r"(?!x)x")


@lru_cache(maxsize=8)
def _entry_sets(gl_id: int, gl: Glossary) -> dict[int, tuple[frozenset[int], frozenset[int], tuple[str, ...]]]:
    """Per glossary entry (by id): the ids of the entry and its chain (what listing it covers),
    the ids of its chain, and the words of its accepted forms and misspellings."""
    return {id(e): (frozenset(id(x) for x in [e, *gl.chain(e)]), frozenset(id(x) for x in gl.chain(e)),
                    tuple(words(f) for f in e.accepted + e.misspellings))
            for e in gl.entries}


def _listed(form: str, listed: tuple[str, set[str]]) -> bool:
    """`any(form in h or h in form for h in names)` for the words `form` (' a b ') and the
    names' words (`listed`: joined by NUL, and as a set; none of them blank): `form` inside a
    name is a search of the joined names; a name inside `form` is a run of its words."""
    joined, names = listed
    if form in joined:
        return True
    w = form.split()
    return any(" " + " ".join(w[a:b]) + " " in names for a in range(len(w)) for b in range(a + 1, len(w) + 1))


def _words_of(names: list[str]) -> list[str]:
    """`[words(name) for name in names]`: one lower() and one regex pass for all of them (NUL
    between them stops lower()'s only context-dependent case, a final sigma, as a string's end does).
    Names with other than ASCII characters (accents `words` drops) are rare: they take `words`."""
    joined = "\0".join(names)
    if joined.count("\0") != len(names) - 1 or not names or not joined.isascii():  # a NUL of a name's own
        return [words(name) for name in names]
    flat = _NON_WORD_NUL.sub(" ", joined.lower()).replace(" \0", "\0").replace("\0 ", "\0").strip(" ")
    return (" " + flat.replace("\0", " \0 ") + " ").split("\0")


_PAREN_AFTER = regexcache.compile(r"[ \t]*\(([^()\n]{1,80})\)")  # " (Llama 3.1)" after a name
_NON_WORD_NUL = regexcache.compile(r"(?:[^\w\0]|_)+")
_HEADING = regexcache.compile(r"^\s{0,3}#{1,6}\s*(.+?)\s*$", re.M)
# a bold label at a line's start that ends in a colon ("**Companies mentioned:**", "**Key players**:")
_BOLD_LABEL = regexcache.compile(r"^[ \t]*\*\*([^*\n]{2,60}?)(?::\*\*|\*\*:)", re.M)
_BOLD_ITEM = regexcache.compile(r"^\s*(?:[-*+]|\d+\.)\s+\*\*([^*:\n(]{2,60}?)\s*(?:\([^)\n]*\))?\s*:?\s*\*\*", re.M)
# a plain list item led by a name of one to four capitalised words, then a colon, a dash, a
# parenthesis or the line's end ("- Zentrix Robotics: warehouse robots", "2. Cohere (models)")
# a paragraph that opens on a capital, no list item or heading (`_list_names` asks for a list of names)
_LIST_PARAGRAPH = regexcache.compile(r"^[ \t]*(?![-*+•#]|\d+[.)])(?-i:[A-Z])[^\n]*(?:\n(?![ \t]*\n)[^\n]+)*", re.M)
_PLAIN_ITEM = regexcache.compile(
    r"^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+((?-i:[A-Z0-9])[\w&.'’-]*(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z0-9])[\w&.'’-]*){0,3}?)"
    r"[ \t]*(?=:|[ \t][—–-][ \t]|[ \t]*\(|[ \t]*$)", re.M)


# what stands before a list item's first word: its marker, a bold label
_OPENS_SENTENCE = regexcache.compile(r"(?:^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+(?:\*\*[^*\n]*\*\*:?[ \t]*)?|\*\*[ \t]*)\Z", re.M)
# a list item's line ("*   **Incumbents:** Intel's roadmap ...", "2. ..."), to its end
_LIST_LINE = regexcache.compile(r"^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+.*$", re.M)
# a name that is a software licence's: in a list of licences ("Apache 2.0 and MIT") or before the
# word ("an MIT licence"), not a firm's name before its licence ("Mistral's Apache-licensed releases")
_LICENCE_BEFORE = regexcache.compile(r"(?:Apache|GPL|BSD|MIT|licen[cs]es?)[\w.-]*(?:\s+[\d.]+)?\s*(?:,|and|or|/)\s*$")
_LICENCE_AFTER = regexcache.compile(r"[\s-]+licen[cs]e|\s*(?:,|and|or|/)\s*(?:Apache|GPL|BSD)\b", re.I)


class SummaryEntityMissing(Rule):
    """## What it does
    Flags a company that a section of the `summary` about companies ("### Notable
    Companies/People", "Key Players") names, as a bold list item or as a glossary company, lab,
    big-tech firm, chip maker, cloud or research org, or that a list item of any other section
    names as a glossary company ("*   **Incumbents:** Intel's roadmap ..."; not as a product's
    annotation in brackets, "Qwen (Alibaba)"), while no entity of the file names it, in
    any spelling or as part of a longer or shorter name ("Scale" covers "Scale AI"); a name
    misspelled in the summary ("Amazone") is the name it misspells. People and products are not
    companies and are not judged (a product named like its maker stands for the maker:
    "Mistral's releases"). An item about a listed product names its maker only as an
    annotation, before the product in parentheses ("**Meta (Llama 3.1):**") or with the
    product in its text ("**OpenAI:** Operator." with Operator listed; "**Anthropic:** coding
    agents" with only Claude listed is flagged), and an entity listed with a letter or two
    wrong ("Stabilaty AI") is the company it misspells. A list item of any section whose bold
    label names a group of firms (rules/consistency.yaml `company_labels`: "**Competition:**
    Abridge, Suki and Commure.") names a firm with each part of its list that opens on a name
    (not prose after the label, a product with its maker, a version or a person), and so does
    one that calls names of a group of firms ("Wiz and other cloud security platforms", "Cortex
    and OpsLevel were named as alternatives").

    ## Why it matters
    The summary and the entity list are two views of the same episode: a company prominent
    enough for the summary's company list but missing from the entities is lost to search
    and statistics. Passing mentions in the summary's running prose (outside list items) are
    not judged.

    ## Example
    ```yaml
    summary: "### Notable Companies\\n* **Microsoft:** sells Llama via its cloud"  # flagged
    companies:
    - {name: Meta, category: big_tech}
    ```

    ## Fix safety
    No fix: adding an entity needs its category, confidence and context.
    """

    code = "C1008"
    name = "summary-entity-missing"
    family = "consistency"
    severity = Severity.WARNING
    summary = "Summary names a company the entity list lacks"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        gl = glossary(batch.knowledge)
        pat = _org_pattern(id(gl), gl)
        known = _entry_sets(id(gl), gl)
        nw = noise_words(batch.knowledge)
        role = nw.person_role if nw is not None else None  # (a summary item on a person: entity-noise's roles)
        rows = [r for r in batch.rows("entities", "ep", "name") if isinstance(r[1], str)]
        names: dict[int, list[str]] = {}
        for (n, _), w in zip(rows, _words_of([name for _, name in rows])):
            names.setdefault(n, []).append(w)
        for n, ep in enumerate(batch.episodes):
            summary = ep.data.get("summary")
            if not isinstance(summary, str) or "summary" not in ep.scalars:
                continue
            have = names.get(n, [])
            have_entries: set[int] | None = None  # built at the first mention that needs it
            made_by: dict[int, list[str]] = {}  # a maker (by id) -> its listed products' words
            listed: tuple[str, set[str]] | None = None
            seen: set[str] = set()
            for i, j, name in self._mentions(summary, pat, gl, cfg, role, nw, ep.text):
                if (paren := _PAREN_AFTER.match(summary, j)) is not None:
                    # "**Meta (Llama 3.1):**": the item is about the product in parentheses, the
                    # maker before it an annotation; listed, the product covers the item
                    if listed is None:
                        plain = [h for h in have if h.strip()]
                        listed = ("\0".join(plain), set(plain))
                    inner = words(paren.group(1))
                    if inner.strip() and _listed(inner, listed):
                        continue
                entry = gl.lookup(name)
                if entry is None:  # a misspelling of a glossary name is that name: "Amazone" is Amazon
                    verdict = matcher_for(gl).classify(name, len(name.split()))
                    entry = verdict.entry if verdict is not None else None
                    if (entry is not None and verdict.kind == "fuzzy" and entry.kind == "person"
                            and " " not in verdict.replacement):
                        entry = None  # one word near a person's surname ("Macmillan", "McMillon") is no person
                key = entry.name if entry is not None else name
                if key in seen:
                    continue
                seen.add(key)
                if entry is not None:
                    if entry.kind == "person":
                        continue
                    if have_entries is None:  # a listed org covers its parents and its units
                        have_entries = set()
                        for v in set(have):
                            e = gl.by_key.get(v.replace(" ", ""))
                            if e is None:
                                continue
                            if e.kind in ORG_KINDS:  # a person or a model listed is no company listed
                                have_entries |= known[id(e)][0]
                            elif e.kind in MADE_KINDS:
                                for maker in known[id(e)][1]:
                                    made_by.setdefault(maker, []).append(v)
                    if id(entry) in have_entries or not have_entries.isdisjoint(known[id(entry)][1]):
                        continue
                    if id(entry) in made_by:
                        # the item names a listed product of the company ("**OpenAI:** Operator."
                        # with Operator listed): the item is about the product
                        end = summary.find("\n", j)
                        rest = words(summary[j:end if end != -1 else len(summary)])
                        if any(v in rest for v in made_by[id(entry)]):
                            continue
                if listed is None:  # the names' words, NUL-joined, and as a set
                    plain = [h for h in have if h.strip()]
                    listed = ("\0".join(plain), set(plain))
                if any(_listed(f, listed) for f in [words(name), *(known[id(entry)][2] if entry else ())]):
                    continue
                if summary.startswith(("'s ", "’s "), j) and _possessed_listed(summary, j + 3, listed[1]):
                    continue  # "Google's Gemini Flash" with Gemini Flash listed: the product's maker, an annotation
                if _misspelt_twin(words(name), listed[1]):
                    continue  # listed misspelt ("Stabilaty AI"): the misspelling family's finding
                yield text_finding(self, ep, "summary", i, j,
                                   f"the summary names {name!r}, but no entity of the file does")

    @staticmethod
    def _mentions(summary, pat, gl, cfg, role, nw=None, text=""):
        headings = list(_HEADING.finditer(summary)) if cfg.company_sections else []
        sections = []
        for k, h in enumerate(headings):
            if any(s in h.group(1).lower() for s in cfg.company_sections):
                sections.append((h, headings[k + 1].start() if k + 1 < len(headings) else len(summary)))
        if cfg.company_sections and "**" in summary:
            # a bold label that opens a paragraph: "**Organizations mentioned:** Google, Cohere."
            for h in _BOLD_LABEL.finditer(summary):
                if any(s in h.group(1).lower() for s in cfg.company_sections):
                    blank = summary.find("\n\n", h.end())
                    sections.append((h, blank if blank != -1 else len(summary)))
        # a list item of any other section: a glossary company it names as one, not as the annotation
        # of a product in brackets ("Qwen (Alibaba)"), a licence ("Apache 2.0 and MIT") or an
        # ordinary word ("the Amazon basin")
        inside = [(h.end(), end) for h, end in sections]
        for item in _LIST_LINE.finditer(summary):
            if any(a <= item.start() < b for a, b in inside):
                continue
            for m in pat.finditer(summary, item.start(), item.end()):
                a, b = m.span()
                if summary[a - 1:a] == "(" and summary[b:b + 1] in ")," or _LICENCE_BEFORE.search(
                        summary, max(item.start(), a - 30), a) or _LICENCE_AFTER.match(summary, b):
                    continue
                entry = gl.lookup(m.group(0))
                if entry is not None and entry.common_word and (
                        summary[max(0, a - 4):a].lower() == "the "
                        or (_OPENS_SENTENCE.search(summary, item.start(), a) and not summary.startswith(("'s", "’s"), b))):
                    continue  # "the Amazon basin", "*   Perplexity and benchmark scores ...": the words

                yield a, b, m.group(0)
        if " and other " in summary or " as " in summary:
            # a list item that calls a name one of a group of firms ("Wiz and other cloud security
            # platforms are moving ...", "Cortex and OpsLevel were named as commercial alternatives"):
            # the group's words first, then the names right before them
            for item in _LIST_LINE.finditer(summary):
                a, b = item.span()
                if summary.find(" and other ", a, b) == -1 and summary.find(" as ", a, b) == -1:
                    continue
                for t in _GROUP_TAIL.finditer(summary, a, b):
                    m = _GROUP_NAMES_BEFORE.search(summary, max(a, t.start() - 160), t.start())
                    if m is None:
                        continue
                    for n in _GROUP_NAME.finditer(summary, m.start(), m.end()):
                        if _group_firm(n.group(), gl, nw):
                            yield n.start(), n.end(), n.group()
        if _KIND_BEFORE_NAMES.search(summary):
            # a list item that names firms after their kind ("HR vendors such as HireVue", "US
            # toolmakers Applied Materials, Lam Research and KLA", "labs including Mistral")
            for item in _LIST_LINE.finditer(summary):
                for k in _KIND_BEFORE_NAMES.finditer(summary, item.start(), item.end()):
                    for n in _GROUP_NAME.finditer(summary, k.start(1), k.end(1)):
                        name = _NAME_END.sub("", n.group())  # ("HireVue." at the sentence's end, "KLA's")
                        if name and _group_firm(name, gl, nw):
                            yield n.start(), n.start() + len(name), name
        if cfg.company_labels and "**" in summary:
            # a list item whose bold label names a group of firms ("**Competition:** Abridge, Suki
            # and Commure."): the names that open the parts of its list
            for label in _ITEM_LABEL.finditer(summary):
                if any(w in label.group(1).lower() for w in cfg.company_labels):
                    yield from _list_names(summary, label.end(), _item_end(summary, label.end()), gl, nw)
        for h, end in sections:
            for m in pat.finditer(summary, h.end(), end):
                yield m.start(), m.end(), m.group(0)
            # a paragraph of the section that is a list of names, no list item ("Datadog, Honeycomb
            # (Charity Majors), New Relic, Sumo Logic."): the names that open its parts
            for para in _LIST_PARAGRAPH.finditer(summary, h.end(), end):
                yield from _list_names(summary, para.start(), para.end(), gl, nw)
            items = list(_BOLD_ITEM.finditer(summary, h.end(), end))
            items += _PLAIN_ITEM.finditer(summary, h.end(), end)
            for m in items:
                whole = m.group(1).strip().rstrip(".")
                # a label of two or more names ("**Bill.com and Tipalti:**"): each its own
                parts = _LABEL_JOINS.split(whole)
                if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or gl.lookup(whole) is not None:
                    parts = [whole]
                at = m.start(1)
                # a label of names, one of them no ordinary word ("**Guidewire, Duck Creek:**"): its
                # ordinary-worded names are names too, no topic's words
                of_names = len(parts) > 1 and any(
                    not all(w.isascii() and w.isalpha() and wordlist.at_least(w.lower(), _ORDINARY_ZIPF) for w in p.split())
                    for p in parts)
                # a label that lists a name of no person's shape lists firms: a name shaped like a
                # person's beside it is another firm's ("**Guidewire, Duck Creek:**"), unless it
                # opens on a given name
                firms = of_names and any(not _looks_like_person(p) for p in parts)
                for name in parts:
                    start = summary.find(name, at)
                    at = start + len(name)
                    entry = gl.lookup(name)
                    if entry is not None and entry.kind not in ORG_KINDS and not _named_like_maker(entry, gl):
                        continue  # a person, product or model: not a company
                    if entry is None and ((_is_person_item(summary, m, name, role, nw)
                                           and not (firms and nw is not None and name.split()[0] not in nw.first_names))
                                          or (not of_names and _topic_label(summary, m, name, text, nw))
                                          or (_looks_like_person(name) and _featured(name, text))):
                        continue
                    yield start, start + len(name), name


# a list item's names said to be of a group of firms: "X and other <kind of firm>" ("Wiz and other
# cloud security platforms"), "X and Y were named as <a kind of rival>" ("Cortex and OpsLevel were
# named as commercial alternatives"); the names are the capitalised runs right before those words
_GROUP_NAME_RUN = r"(?-i:[A-Z])[\w&.'’-]*(?:[ \t]+(?-i:[A-Z])[\w&.'’-]*){0,2}"
_GROUP_TAIL = regexcache.compile(
    r"[ \t]+and[ \t]+other[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:vendors|platforms|companies|firms|startups|providers|players|"
    r"labs|clouds|competitors|rivals|incumbents)\b"
    r"|[ \t]+(?:was|were)[ \t]+(?:also[ \t]+)?(?:mentioned|named|cited|discussed|raised|brought[ \t]+up)[ \t]+as[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:alternatives?|competitors?|rivals?|vendors?|options?|providers?)\b")
# the names right before such words, joined by commas and "and", up to five
_GROUP_NAMES_BEFORE = regexcache.compile(
    rf"(?<![\w-]){_GROUP_NAME_RUN}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_GROUP_NAME_RUN}){{0,4}}\Z")
_GROUP_NAME = regexcache.compile(_GROUP_NAME_RUN)
_NAME_END = regexcache.compile(r"(?:['’]s|\.)+$")
# a kind of firm, plural, and the names that follow it, joined by commas and "and" ("HR vendors
# such as HireVue", "US toolmakers Applied Materials, Lam Research and KLA"): group 1 the names
_FIRM_KINDS = (r"vendors|companies|firms|startups|start-ups|providers|labs|competitors|rivals|incumbents|toolmakers"
               r"|chipmakers|automakers|carmakers|hyperscalers|insurers|lenders|retailers|suppliers|manufacturers"
               r"|foundries|publishers|broadcasters|studios|investors|backers|brokers|banks|airlines|utilities")
_KIND_BEFORE_NAMES = regexcache.compile(
    rf"\b(?:{_FIRM_KINDS})[ \t]+(?:(?:such[ \t]+as|like|including)[ \t]+)?"
    rf"({_GROUP_NAME_RUN}(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+){_GROUP_NAME_RUN}){{0,5}})")
# a list item's bold label ("*   **Competitors and partners:**"), its words the group
_ITEM_LABEL = regexcache.compile(r"^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+\*\*([^*\n]{2,60}?)(?::\*\*|\*\*:)[ \t]*", re.M)
# where a list item's text ends: a blank line, or the next line that opens an item or a heading
_ITEM_END = regexcache.compile(r"\n[ \t]*(?:\n|(?:[-*+•]|\d+[.)])[ \t]|#)")
# the parts of a list of names: commas, semicolons, "and", "or", "as well as"
_LIST_PARTS = regexcache.compile(r"\s*(?:[,;]\s*(?:and\s+|or\s+)?|\s(?:and|or|as\s+well\s+as|plus)\s)\s*")
# the words after a name in a list that describe it ("Browserbase in agent infrastructure", "Modal
# for bursty jobs", "CoreWeave as the largest"), and those of a maker after a product
_DESCRIBING_WORDS = frozenset({"in", "for", "as", "with", "on", "at", "via", "across", "among", "including", "plus",
                               "—", "–", "-", "etc", "too", "also"})
_MAKER_WORDS = frozenset({"from", "by"})
_BRACKETS = regexcache.compile(r"\([^()]*\)")
# the name that opens a part: capitalised words (an ampersand, a dot or digits inside), up to four
_PART_NAME = regexcache.compile(r"(?-i:[A-Z])[\w&.'’-]*(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z0-9])[\w&.'’-]*){0,3}")


def _group_firm(name: str, gl: Glossary, nw) -> bool:
    """Can a name said to be of a group of firms be a firm's: no product, model or person of the
    glossary, no ordinary word opening the item ("The team and other vendors"), no person's name
    (a given name first)?"""
    entry = gl.lookup(name)
    if entry is not None:
        return entry.kind in ORG_KINDS or _named_like_maker(entry, gl)
    return not ((" " not in name and name[1:].islower() and wordlist.at_least(name.lower(), _ORDINARY_ZIPF))
                or (nw is not None and name.split()[0] in nw.first_names and _looks_like_person(name)))


def _item_end(summary: str, at: int) -> int:
    m = _ITEM_END.search(summary, at)
    return m.start() if m is not None else len(summary)


def _list_names(summary: str, a: int, b: int, gl: Glossary, nw):
    """(i, j, name) for the names that open the parts of a list item's text `summary[a:b]`
    ("Abridge, Nuance DAX (Nuance Communications), Suki and Commure."; "Browserbase in agent
    infrastructure; MultiOn in consumer browsing"), when most of its parts open on one: a list,
    not a sentence. Brackets are left out; a possessive ends a name ("Aleph Alpha's pivot"); the
    first word of the text, capitalised as a sentence's is, names nothing when it is an ordinary
    word ("Insurance brokers and ..."); a person's name (a given name first) is no firm's."""
    text = summary[a:b]
    flat = _BRACKETS.sub(lambda m: " " * len(m.group()), text)  # (offsets kept)
    parts, at = [], 0
    for sep in _LIST_PARTS.finditer(flat):
        parts.append((at, flat[at:sep.start()]))
        at = sep.end()
    parts.append((at, flat[at:]))
    names = []
    for off, part in parts:
        m = _PART_NAME.match(part)
        if m is None:
            continue
        name = re.sub(r"['’]s$", "", m.group().rstrip(".,:;"))
        tokens = name.split()
        if not tokens:
            continue
        if (off == 0 and len(tokens) == 1 and tokens[0].isalpha() and tokens[0][1:].islower()
                and wordlist.at_least(tokens[0].lower(), _ORDINARY_ZIPF)):
            continue  # (the text's first word: "Insurance brokers ...", "Mostly incumbents ...")
        tail = part[m.end():].split(None, 1)
        if tail and not tail[0].startswith(("'", "’")):
            word = tail[0].lower().strip(".,;:")
            if word in _MAKER_WORDS:
                continue  # a product and its maker ("Prithvi from Zentrix"): the maker is the glossary's to name
            if word and word not in _DESCRIBING_WORDS:
                return  # a clause after the name ("Halcyon were run side by side", "Quillary and
                # Foldbright both moved ..."): prose that names firms in passing, not a list
        names.append((off, name))
    if len(names) < 2 or 2 * len(names) < len([p for _, p in parts if p.strip()]):
        return
    for off, name in names:
        entry = gl.lookup(name) or gl.lookup(name.split()[0])
        if entry is not None and entry.kind not in ORG_KINDS and not _named_like_maker(entry, gl):
            continue  # (a product or model of the glossary, with its tier: "Kimi K2")
        if entry is None and any(c.isdigit() for c in name):
            continue  # (a version or a model number: "GLM-4.5", "Gemma 3"; a product, not a firm)
        if entry is None and nw is not None and name.split()[0] in nw.first_names and _looks_like_person(name):
            continue
        yield a + off, a + off + len(name), name


# what joins the names of one list label ("**Bill.com and Tipalti:**", "**Visa, Mastercard & Amex:**")
_LABEL_JOINS = regexcache.compile(r"\s+(?:and|&)\s+|,\s+(?:and\s+)?")


def _topic_label(summary: str, m: re.Match, name: str, text: str, nw) -> bool:
    """Is the list item `m` (its name `name`) a place ("**Taiwan:**") or a topic's label made of
    ordinary words ("**Competition:** SentinelOne's Purple AI ...", "**Open models:** Prithvi from
    IBM ...") whose description tells of other names (capitalised words past its first) and
    calls it no firm ("**Clever:** Rostering provider ..." is about Clever), and that the file never
    writes as a name, capitalised after a lowercase word or a comma ("... partnered with Runway")?
    A company word after another capitalised word makes a firm's name ("Duke Energy", "Habitat
    Group"; not "Medical writing")."""
    low = name.lower()
    if nw is not None and (low in nw.countries or low in nw.cities):
        return True
    parts = name.split()
    if not all(p.isascii() and p.isalpha() and wordlist.at_least(p.lower(), _ORDINARY_ZIPF) for p in parts):
        return False
    if (nw is not None and len(parts) > 1 and all(p[0].isupper() for p in parts)
            and any(p in nw.company_words for p in parts)):
        return False
    end = summary.find("\n", m.end())
    rest = summary[m.end():end if end != -1 else len(summary)].lstrip("*: \t—–-")
    if _NAME_PAST_FIRST_WORD.search(rest) is None or (nw is not None and _described_as_firm(rest, nw)):
        return False  # the item tells of no other name: about the item's own ("**Macmillan:** Another group ...")
    return re.search(rf"(?<![\w-])(?:[a-z]+,?|,)\s+{re.escape(name)}(?![\w-])", text) is None


def _featured(name: str, text: str) -> bool:
    """Does the file feature the person-shaped `name` as its guest: in its title, or after "features",
    "with guest", "joined by", "conversation with" ("This episode features Gwen Abernathy of ...")?
    A guest's item may then read like a firm's ("**Callum Fraser:** Toy retailer.")."""
    if name not in text:
        return False
    return re.search(rf"(?m:^title:.*(?<![\w-]){re.escape(name)}(?![\w-]))|"
                     rf"{_FEATURING}\s+(?:(?:[\w'’-]+\s+){{0,3}}?){re.escape(name)}(?![\w-])", text) is not None


_FEATURING = (r"(?i:features|featuring|guest|guests|joined\s+by|interview\s+with|interviews|conversation\s+with|"
              r"speaks?\s+(?:with|to)|talks?\s+(?:with|to)|sits\s+down\s+with|welcomes?|hosts?)")
_NAME_PAST_FIRST_WORD = regexcache.compile(r"\s(?-i:[A-Z])")
_ORDINARY_ZIPF = 3.0  # a word of English this common ("alliances" 3.2) is an ordinary word


def _possessed_listed(summary: str, at: int, names: set[str]) -> bool:
    """Do the one to four words at `at` (after a possessive) make a listed name (`words` forms)?"""
    following = words(summary[at:at + 80]).split()
    return any(" " + " ".join(following[:n]) + " " in names for n in range(1, min(4, len(following)) + 1))


def _misspelt_twin(form: str, names: set[str]) -> bool:
    """Is one of the listed names (`words` forms) `form` with a letter or two dropped, doubled or
    swapped ("stabilaty ai" for "stability ai")? One first letter, lengths one apart at most,
    fuzz.ratio 88 or more, seven letters or more ("Groq" and "Grok", "Cohere" and "Coherent" are two)."""
    form = form.strip()
    if len(form) < 7:
        return False
    near = [n for n in (h.strip() for h in names) if n[:1] == form[:1] and abs(len(n) - len(form)) <= 1]
    return bool(near) and process.extractOne(form, near, scorer=fuzz.ratio, score_cutoff=88) is not None


def _named_like_maker(entry, gl: Glossary) -> bool:
    """Is `entry` a product or model named like its maker ("Perplexity" of Perplexity AI,
    "Midjourney" of Midjourney)? Listed under a heading about companies, the name stands for
    the maker."""
    maker = gl.by_name.get(entry.maker) if entry.kind in MADE_KINDS and entry.maker else None
    return maker is not None and maker.is_org and words(maker.name).startswith(words(entry.name))


_COMPANY_WORDS = frozenset({"ai", "labs", "lab", "inc", "inc.", "corp", "group", "technologies", "systems",
                            "capital", "ventures", "research", "cloud", "data", "robotics", "software"})


def _is_person_item(summary: str, m: re.Match, name: str, role: re.Pattern | None, nw=None) -> bool:
    """Is the list item `m` (its name `name`) about a person: a name shaped like a person's, or a
    description that opens on a person's role (entity-noise's `person_roles`: "**Björk:**
    Icelandic musician ...", "**Dana Ruiz:** Mentioned as the co-founder of ...")?"""
    end = summary.find("\n", m.end())
    rest = summary[m.end():end if end != -1 else len(summary)].lstrip("*: \t—–-")
    said = _SAID_AS.match(rest)
    told = rest[said.end():] if said else rest
    a_role = role is not None and (_GUEST.match(told) is not None or role.match(told) is not None)
    if _looks_like_person(name) and not (nw is not None and _firm_named(name, nw)):
        # (unless its description calls it a firm and no person's role: "**Duke Energy:** Named as
        # the other utility racing ...", not "**Rhiannon Pryce:** solo developer")
        return nw is None or a_role or not _described_as_firm(rest, nw)
    return a_role  # (role's pattern is anchored: "^")


# the episode's guest ("**Dana Ruiz:** The guest, ..."; "guest" is no role of entity-noise's: "Code
# editor some guests use" describes a product)
_GUEST = regexcache.compile(r"(?:(?i:the|our|this\s+week's|today's)\s+guest|(?-i:Guest))\b")  # ("Guest, speaking for ...")
_SAID_AS = regexcache.compile(r"(?i:mentioned|discussed|cited|quoted|referenced|featured|named|described|introduced)\s+(?:as|for)\s+")


def _firm_named(name: str, nw) -> bool:
    """Is a name shaped like a person's a firm's by its words: a company word of entity-noise's
    after its first ("Harland Ro-Ro Services", "Paper Moon Comics")? (Ordinary English words say
    nothing: given names and surnames are words too, "Claude Bernard".)"""
    return any(p in nw.company_words for p in name.split()[1:])


def _looks_like_person(name: str) -> bool:
    """Two to four capitalised words without company words, lowercase name particles between them
    ("Zoë van der Berg"), each word capitalised in its hyphenated parts ("Wei-Ting Chen", "Noor
    Al-Hashimi") or after an apostrophe ("Aoife O'Neill"): probably a person's name."""
    parts = name.split()
    inner = parts[1:-1]
    names = [p for p in parts if not (p in NAME_PARTICLES and p in inner)]
    return (2 <= len(names) <= 4 and len(parts) <= 6 and all(_capitalised(p) for p in names)
            and not any(p.lower() in _COMPANY_WORDS for p in names))


def _capitalised(word: str) -> bool:
    """'Chen', 'Wei-Ting', "O'Neill", 'Núñez': every hyphen-separated part a capital and small letters
    (a Korean given name's short second part may be small: 'Jun-seo')."""
    pieces = word.split("-")
    if len(pieces) == 2 and pieces[1].isalpha() and pieces[1].islower() and max(map(len, pieces)) <= 4:
        pieces = [pieces[0], pieces[1].capitalize()]
    for piece in pieces:
        head, _, tail = piece.partition("'") if "'" in piece else piece.partition("’")
        for part in (head, tail) if tail else (head,):
            if not (part[:1].isupper() and (part[1:].islower() or (len(part) == 1 and tail))):
                return False
    return True


# --- C1011 ------------------------------------------------------------------------------------

# the episode's own length as its summary or title states it: "This 52-minute episode", "In this
# 1.5-hour conversation", "the 75-minute podcast", "The episode runs 48 minutes"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_EPISODE_NOUNS = (r"(?:episodes?|conversations?|interviews?|discussions?|shows?|podcasts?|recordings?|panels?|sessions?|"
                  r"chats?|broadcasts?|instal(?:l)?ments?|editions?|deep[- ]dives?|roundtables?|specials?)")
_STATED_LENGTH = regexcache.compile(
    r"\b(?:(?:in\s+)?this|the)\s+(?P<n>\d{1,3}(?:\.\d+)?|one|two|three|four|five)[- ](?P<unit>minute|min|hour|hr)s?"
    r"(?:[- ]long)?\s+(?:[\w-]+\s+){0,2}?" + _EPISODE_NOUNS + r"\b"
    r"|\b(?:the|this)\s+" + _EPISODE_NOUNS + r"\s+(?:runs|lasts|clocks\s+in\s+at|is)\s+(?:about\s+|roughly\s+|around\s+|"
    r"nearly\s+|almost\s+|just\s+(?:over|under)\s+)?(?P<n2>\d{1,3}(?:\.\d+)?)\s+(?P<unit2>minute|min|hour|hr)s?\b",
    re.I)
_LENGTH_SLACK = 5  # minutes; and a fifth of the duration: "This 60-minute episode" of 52 minutes is rounding


class SummaryDurationMismatch(Rule):
    """## What it does
    Flags an episode length that the summary or the title states ("This 52-minute episode", "In
    this 2-hour conversation", "The episode runs 48 minutes") far from the `duration` field: more
    than five minutes and more than a fifth of the duration apart. A `duration` in seconds that
    matches the stated minutes is consistent; lengths of parts of the episode ("a 10-minute
    demo") are not read.

    ## Why it matters
    One of the two is wrong: a summary written for another episode, a duration of another file,
    and every statistic of listening time built on them.

    ## Example
    ```yaml
    duration: 38
    summary: This 52-minute episode features Maya Okafor ...   # flagged: 52 against 38
    ```

    ## Fix safety
    Unsafe: the stated length is replaced with the `duration`, which may itself be the wrong one.
    """

    code = "C1011"
    name = "summary-duration-mismatch"
    family = "consistency"
    severity = Severity.WARNING
    summary = "Summary or title states an episode length far from its duration"
    fixable = "unsafe"

    def check(self, batch):
        for ep in batch.episodes:
            duration = _minutes((ep.data or {}).get("duration"))
            if duration is None:
                continue
            for path in ("title", "summary"):
                text = ep.data.get(path)
                if not isinstance(text, str) or ("minute" not in text and "hour" not in text and " min" not in text
                                                 and " hr" not in text) or path not in ep.scalars:
                    continue
                for m in _STATED_LENGTH.finditer(text):
                    group = "n" if m.group("n") else "n2"
                    said = m.group(group).lower()
                    value = float(_NUMBER_WORDS.get(said, 0) or said)
                    unit = (m.group("unit") or m.group("unit2")).lower()
                    stated = value * 60 if unit in ("hour", "hr") else value
                    slack = max(_LENGTH_SLACK, duration / 5)
                    if abs(stated - duration) <= slack or abs(stated - duration / 60) <= slack:
                        continue  # (the same, or a duration in seconds)
                    a, b = m.span(group)
                    right = _num(round(duration)) if unit.startswith("min") and said[0].isdigit() else None
                    yield text_finding(
                        self, ep, path, a, b,
                        f"The {path} states a {_num(stated)}-minute episode, but its duration is {_num(duration)} minutes",
                        replacement=right, applicability="unsafe", description=f"Replace with the duration, {right}")


# --- C1012 ------------------------------------------------------------------------------------

class ScoreContradictsReason(Rule):
    """## What it does
    Flags a quote whose `relevance_score` its own `impact_reason` contradicts: a reason that calls
    the quote the episode's central point ("The single most important data point of the episode",
    "One of the sharpest observations") beside a score of 3 or less, or one that calls it of no
    weight ("Repeats a point already made", "included mainly for colour", "Not especially
    insightful") beside a score of 8 or more. The phrases and the bounds are in
    `rules/consistency.yaml` (`reason_high`, `reason_low`, `low_score_at_most`, `high_score_at_least`).

    ## Why it matters
    The score ranks the quotes a reader sees first; the reason is the LLM's own account of it.
    When they disagree, one of them was written for another quote, or the score was filled in
    without reading the reason.

    ## Example
    ```yaml
    quotes:
    - relevance_score: 2            # flagged
      impact_reason: The single most important data point of the episode.
      text: The capacity auction clearing at the cap is the clearest price signal in years.
    ```

    ## Fix safety
    No fix: which of the two is wrong is for a reviewer to say.
    """

    code = "C1012"
    name = "score-contradicts-reason"
    family = "consistency"
    severity = Severity.WARNING
    summary = "A quote's relevance_score contradicts its own impact_reason"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        if cfg.reason_high is None and cfg.reason_low is None:
            return
        for ep in batch.episodes:
            quotes = (ep.data or {}).get("quotes")
            if not isinstance(quotes, list):
                continue
            for i, q in enumerate(quotes):
                if not isinstance(q, dict):
                    continue
                score, reason = q.get("relevance_score"), q.get("impact_reason")
                if isinstance(score, bool) or not isinstance(score, int) or not isinstance(reason, str):
                    continue
                if score <= cfg.low_score_at_most and cfg.reason_high is not None:
                    m, said = cfg.reason_high.search(reason), "central"
                elif score >= cfg.high_score_at_least and cfg.reason_low is not None:
                    m, said = cfg.reason_low.search(reason), "of little weight"
                else:
                    continue
                path = f"quotes[{i}].relevance_score"
                if m is None or path not in ep.scalars:
                    continue
                yield _whole(self, ep, path, f"relevance_score {score}, but the impact_reason calls the quote "
                                             f"{said}: {m.group(0)!r}")


# --- C1013 ------------------------------------------------------------------------------------

class ConfidenceContradictsContext(Rule):
    """## What it does
    Flags an LLM entity (`source: llm_enhanced`) with `confidence: low` whose own context calls it
    central to the episode ("Central to the episode: discussed at length", "Named repeatedly as
    ...", "the main subject"). The phrases are `central_context` in `rules/consistency.yaml`.

    ## Why it matters
    A low confidence says the entity may not be in the episode at all (not-mentioned findings and
    filters key on it); a context that says it was discussed at length says the opposite. One of
    the two was written for another entity or left at a default.

    ## Example
    ```yaml
    companies:
    - name: Crane Clean Energy Center
      confidence: low               # flagged
      context: Central to the episode, discussed at length as the template deal.
      source: llm_enhanced
    ```

    ## Fix safety
    No fix: the confidence may be right and the context wrong.
    """

    code = "C1013"
    name = "confidence-contradicts-context"
    family = "consistency"
    severity = Severity.WARNING
    summary = "A low-confidence entity whose context calls it central to the episode"

    def check(self, batch):
        cfg = consistency(batch.knowledge)
        if cfg.central_context is None:
            return
        for n, fld, confidence, context, source in batch.rows("entities", "ep", "field", "confidence", "context", "source"):
            if source != "llm_enhanced" or confidence != "low" or not isinstance(context, str):
                continue
            m = cfg.central_context.search(context)
            ep = batch.episodes[n]
            path = f"{fld}.confidence"
            if m is None or path not in ep.scalars:
                continue
            yield _whole(self, ep, path, f"confidence low, but the context calls the entity central: {m.group(0)!r}")
