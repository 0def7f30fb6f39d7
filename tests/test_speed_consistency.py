"""The consistency rules' fast paths give exactly what the plain definitions give: C1007's keys of
all quotes at once, C1008's words of all names at once, its organisation trie and its test of a
form against the listed names; and the rules' findings equal those of the plain loops they
replace, on real, generated and edited episodes."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import consistency as cons
from audit.checks.consistency import (_listed, _org_pattern, org_forms, _quote_key, _squeezed_keys, _whole, _words_of,
                                      consistency, text_finding)
from audit.checks.grounding import words
from audit.engine import discover
from audit.episode import load_episode
from audit.checks.entity_noise import noise_words
from audit.checks.misspelling import matcher_for
from audit.glossary import MADE_KINDS, ORG_KINDS, glossary
from rapidfuzz import fuzz
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT, generated_corpus

CHARS = list("aZ09 ,.-_'’—\0\t\néÉΣσςİ\u212a") + ["\ud800", "x"]
texts_strategy = st.lists(st.text(alphabet=st.sampled_from(CHARS), max_size=30), max_size=8)


@given(texts_strategy)
@settings(max_examples=500, deadline=None)
def test_squeezed_keys_are_quote_keys_without_spaces(texts):
    assert _squeezed_keys(texts) == [_quote_key(t).replace(" ", "") for t in texts]


@given(texts_strategy)
@settings(max_examples=500, deadline=None)
def test_words_of_names_are_words(names):
    assert _words_of(names) == [words(n) for n in names]


def test_words_of_long_and_sigma_names():
    names = ["ΣΟΦΙΑ ΑΣ", "AΣ", "Σ", "x" * 300 + " Σ Y", "OpenAI's", "", "  ", "a\0b", "Meta-AI (Llama)"]
    for k in range(len(names)):
        rotated = names[k:] + names[:k]
        assert _words_of(rotated) == [words(n) for n in rotated]


@given(st.lists(st.lists(st.sampled_from(["a", "b", "ab", "c"]), max_size=4), max_size=6),
       st.lists(st.sampled_from(["a", "b", "ab", "c"]), max_size=4))
@settings(max_examples=500, deadline=None)
def test_listed_is_the_pairwise_substring_test(names, form):
    have = [" " + " ".join(w) + " " for w in names]
    f = " " + " ".join(form) + " "
    plain = [h for h in have if h.strip()]
    assert _listed(f, ("\0".join(plain), set(plain))) == any(f in h or h in f for h in have if h.strip())


def _old_org_pattern(gl) -> re.Pattern:
    forms = org_forms(gl)
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def _corpus_batch(n: int = 30) -> Batch:
    corpus = generated_corpus(n, random.Random(23).randint(0, 10**6))
    files = discover([ROOT / "examples", corpus], ["*.md", "*.txt"], [])
    return Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))


@pytest.fixture(scope="module")
def batch() -> Batch:
    return _corpus_batch()


def test_org_trie_finds_what_the_alternation_finds(batch):
    gl = glossary(batch.knowledge)
    new, old = _org_pattern(id(gl), gl), _old_org_pattern(gl)
    forms = sorted(org_forms(gl))
    rng = random.Random(1)
    texts = [ep.data.get("summary") or "" for ep in batch.episodes]
    for _ in range(300):  # forms glued to each other, to words, hyphens and line breaks
        texts.append("".join(rng.choice(forms + ["x", "-", " ", "\n", "_", "é", ".", "AI", "s"])
                             for _ in range(rng.randint(1, 30))))
    found = 0
    for t in texts:
        for pos in (0, 1, len(t) // 2):
            assert ([m.span() for m in new.finditer(t, pos)] == [m.span() for m in old.finditer(t, pos)])
        found += len(list(old.finditer(t)))
    assert found > 300


def _findings(rule, batch):
    return [(f.file, f.field, f.line, f.column, f.message) for f in rule.check(batch)]


def _c1007_plain(rule, batch):
    """C1007 as it was: a key per quote, the first of each key per episode remembered (a score
    written as a quoted number is that number); then, as the rule has it since session 34, the
    quotes inside others scored otherwise (`_inside_scored`, which reads D602's shared pairs)."""
    yield from _c1007_same_plain(rule, batch)
    yield from rule._inside_scored(batch)


def _c1007_same_plain(rule, batch):
    first = {}
    for n, fld, text, shown in batch.rows("quotes", "ep", "field", "text", "relevance_score"):
        score = shown
        if isinstance(shown, str):
            try:
                score = float(shown)
            except ValueError:
                score = None
        if not isinstance(text, str) or isinstance(score, bool) or not isinstance(score, (int, float)):
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
            yield _whole(rule, ep, path, f"this quote is also {head[0]} (line {line}) with relevance_score "
                                         f"{head[2]}, here {shown}")


def _c1008_plain(rule, batch):
    """C1008 as it was: words per name, every listed name tested against every form."""
    cfg, gl = consistency(batch.knowledge), glossary(batch.knowledge)
    pat = _old_org_pattern(gl)
    names = {}
    for n, name in batch.rows("entities", "ep", "name"):
        if isinstance(name, str):
            names.setdefault(n, []).append(words(name))
    for n, ep in enumerate(batch.episodes):
        summary = ep.data.get("summary")
        if not isinstance(summary, str) or "summary" not in ep.scalars:
            continue
        have = names.get(n, [])
        have_entries = set()
        for v in have:
            e = gl.by_key.get(v.replace(" ", ""))
            if e is not None and e.kind in ORG_KINDS:  # a listed person or model lists no company
                have_entries.update(id(x) for x in [e, *gl.chain(e)])
        seen = set()
        nw = noise_words(batch.knowledge)
        for i, j, name in rule._mentions(summary, pat, gl, cfg, nw.person_role, nw, ep.text):
            paren = re.match(r"[ \t]*\(([^()\n]{1,80})\)", summary[j:])
            if paren and words(paren.group(1)).strip() and any(
                    words(paren.group(1)) in h or h in words(paren.group(1)) for h in have if h.strip()):
                continue  # "**Meta (Llama 3.1):**" with Llama 3.1 listed: the item is the product's
            entry = gl.lookup(name)
            if entry is None:
                verdict = matcher_for(gl).classify(name, len(name.split()))
                entry = verdict.entry if verdict is not None else None
            key = entry.name if entry is not None else name
            if key in seen:
                continue
            seen.add(key)
            if entry is not None and (entry.kind == "person" or id(entry) in have_entries
                                      or any(id(x) in have_entries for x in gl.chain(entry))):
                continue
            if entry is not None:
                line = summary[j:].split("\n", 1)[0]
                products = [v for v in have if (e := gl.by_key.get(v.replace(" ", ""))) is not None
                            and e.kind in MADE_KINDS and entry in gl.chain(e)]
                if any(v in words(line) for v in products):
                    continue  # "**OpenAI:** Operator." with Operator listed
            w = words(name)
            forms = [w] + ([words(f) for f in entry.accepted + entry.misspellings] if entry else [])
            if any(f in h or h in f for f in forms for h in have if h.strip()):
                continue
            if any(h.strip() and h.strip()[:1] == w.strip()[:1] and abs(len(h.strip()) - len(w.strip())) <= 1
                   and len(w.strip()) >= 7 and fuzz.ratio(h.strip(), w.strip()) >= 88 for h in have):
                continue  # listed with a letter or two wrong ("Stabilaty AI")
            yield text_finding(rule, ep, "summary", i, j, f"the summary names {name!r}, but no entity of the file does")


def _edited(batch: Batch, rng: random.Random) -> Batch:
    """The batch's episodes with quotes copied (re-punctuated, re-cased, rescored) and entities
    dropped: more C1007 and C1008 findings than the pipeline's files hold."""
    out = []
    for ep in sorted(batch.episodes, key=lambda e: Path(e.path).name):  # (not by folder: /tmp may sort either side)
        data = ep.data
        quotes, companies = data.get("quotes"), data.get("companies")
        if isinstance(quotes, list) and quotes:
            for _ in range(rng.randint(0, 6)):
                q = dict(rng.choice(quotes))
                if isinstance(q.get("text"), str):
                    q["text"] = rng.choice((str.upper, str.lower, lambda t: t + "!", lambda t: "— " + t + "’"))(q["text"])
                q["relevance_score"] = rng.choice((1, 5, 9, 5.0, True, "7", None))
                quotes.insert(rng.randint(0, len(quotes)), q)
        if isinstance(companies, list):
            data["companies"] = [c for c in companies if rng.random() < 0.3]
        out.append(ep)
    return Batch(out, batch.knowledge)


@pytest.mark.parametrize("code, plain", [("C1007", _c1007_plain), ("C1008", _c1008_plain)])
def test_rules_equal_their_plain_loops(batch, code, plain):
    rule = {"C1007": cons.DuplicateQuoteScores, "C1008": cons.SummaryEntityMissing}[code]()
    expected = [(f.file, f.field, f.line, f.column, f.message) for f in plain(rule, batch)]
    assert _findings(rule, batch) == expected
    assert expected  # the corpus holds such findings
    fresh = _corpus_batch(12)
    edited = _edited(fresh, random.Random(code))
    expected = [(f.file, f.field, f.line, f.column, f.message) for f in plain(rule, edited)]
    assert _findings(rule, edited) == expected
    assert len(expected) > 5


def _entry_for_plain(name, gl):
    """C1001's glossary entry of a name, as it was written first."""
    entry = gl.lookup(name.strip())
    if entry is None:
        w = words(name).split()
        while len(w) > 1 and w[-1] in cons.GENERIC_WORDS:
            w = w[:-1]
        if len(w) < len(words(name).split()):
            entry = gl.by_key.get("".join(w))
    if entry is None:
        base = cons._VERSION_TAIL.sub("", name.strip())
        if base != name.strip() and base:
            found = gl.lookup(base)
            if found is not None and found.kind in cons.MADE_KINDS:
                entry = found
    if entry is None and any(c.isdigit() for c in name):
        parts = name.split()
        for k in range(len(parts) - 1, 0, -1):
            found = gl.lookup(" ".join(parts[:k]))
            if found is not None:
                entry = found if found.kind in ("model", "model_family") else None
                break
    return entry


def test_entry_for_equals_the_plain_lookup(batch):
    gl = glossary(batch.knowledge)
    names = [n for _, n in batch.rows("entities", "ep", "name") if isinstance(n, str)]
    rng = random.Random(3)
    forms = [f for e in gl.entries for f in e.accepted + e.misspellings]
    for _ in range(2000):
        names.append(" ".join([rng.choice(forms)] + rng.sample(["models", "model", "2", "v3.5", "²", "AI", "x"],
                                                                 rng.randint(0, 3))))
    found = 0
    for name in names:
        assert cons._entry_for(name, gl) is _entry_for_plain(name, gl)
        found += _entry_for_plain(name, gl) is not None
    assert found > 1000


def _c1003_plain(rule, batch):
    """C1003 as it was: each out-of-order entry's neighbours searched for from it."""
    cfg = consistency(batch.knowledge)
    limits = cons._position_limits(batch, cfg)
    by_ep = {}
    for n, fld, pos in cons._positions(batch):
        if 0 <= pos <= limits[n]:
            by_ep.setdefault(n, []).append((fld, float(pos)))
    for n, rows in by_ep.items():
        values = [v for _, v in rows]
        bad = cons._out_of_order(values)
        ep = batch.episodes[n]
        for i in sorted(bad):
            path = f"{rows[i][0]}.position"
            if path in ep.scalars:
                before = next((values[j] for j in range(i - 1, -1, -1) if j not in bad), None)
                after = next((values[j] for j in range(i + 1, len(values)) if j not in bad), None)
                around = " and ".join(cons._num(v) for v in (before, after) if v is not None)
                yield _whole(rule, ep, path, f"position {cons._num(values[i])} is out of order (neighbours: {around})")


def test_position_order_equals_the_plain_loop(batch):
    rule = cons.PositionOrder()
    expected = [(f.file, f.field, f.line, f.column, f.message) for f in _c1003_plain(rule, batch)]
    assert _findings(rule, batch) == expected
    assert len(expected) > 50


@st.composite
def _date_source(draw) -> str:
    n = lambda lo, hi, w: str(draw(st.integers(lo, hi))).zfill(w)  # noqa: E731
    s = f"{n(1, 9999, 4)}-{n(0, 13, 2)}-{n(0, 32, 2)}"
    if draw(st.booleans()):
        s += draw(st.sampled_from(["T", " "])) + f"{n(0, 25, 2)}:{n(0, 60, 2)}:{n(0, 61, 2)}"
        if draw(st.booleans()):
            s += "." + str(draw(st.integers(0, 999999))).zfill(draw(st.integers(1, 6)))[:6]
        zone = draw(st.sampled_from(["", "Z", "+", "-"]))
        if zone in "+-" and zone:
            zone += n(0, 25, 2) + draw(st.sampled_from([":", ""])) + n(0, 59, 2)
        s += draw(st.sampled_from(["", " "])) + zone if zone else ""
    return draw(st.sampled_from(["", " "])) + s + draw(st.sampled_from(["", " ", "\n"]))


@settings(max_examples=500, deadline=None)
@given(_date_source())
def test_dates_read_directly_are_the_instants_pandas_reads(source):
    direct, slow = cons._when(source, source), cons._when_pandas(source)
    assert type(direct) is type(slow)
    assert direct == slow


@pytest.mark.parametrize("source", ["2025-04-29 15:46:54 +0000", "2025-10-05", "2025-10-05T21:17:57Z",
                                    "2025-10-05 21:17:57.5 -05:30", "2025-02-30", "05/10/2025", "soon"])
def test_dates_of_the_examples_and_odd_ones(source):
    assert cons._when(source, source) == cons._when_pandas(source)
