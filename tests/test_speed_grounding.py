"""G901's fast paths give exactly what the plain definitions give.

- `word_list` of a long text (one bytes translation that also lowercases, a bytes.replace per
  distinct non-ASCII character, a regex when there are many) is the regex's words of `lower()`,
  for every code point, capital sigmas and NULs included;
- `_text_words` (all grounding texts in one translation and one split, a NUL word between two)
  and `_context_words` (the LLM-pass contexts so, as one string) hold each text's words;
- `Corpus.contains` on that one string, with own seats left out, is a search of each context;
- `is_grounded` (all exact lookups first, a word-set prefilter, fuzzy candidates by a regex over
  the distinct words) agrees with a plain search of the texts, form by form, on the examples,
  on generated episodes and on names of the whole glossary.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from audit.checks import grounding as G
from audit.checks.misspelling import is_common_word
from audit.textmatch import NO_SPACES_SCRIPT
from audit.engine import discover
from audit.episode import load_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge

from tests.conftest import ROOT, episode_text, generated_corpus

GL = glossary(Knowledge.load([]))
_WORDS = re.compile(r"[\W_]+")


def _ref_word_list(text: str) -> list[str]:
    """The definition: lowercase, accents dropped (NFKD without combining marks), lowercase again
    (a modifier letter decomposes to a capital; character by character, as a mathematical capital
    sigma decomposes to one), split at non-word runs; kana, CJK ideographs and Hangul syllables are
    words of their own."""
    # (a letter of a script written without spaces is a word of its own: "MetaのLlama" is three)
    text = NO_SPACES_SCRIPT.sub(lambda m: f" {m.group(0)} ", text)
    folded = "".join(c.lower() for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return _WORDS.sub(" ", folded).split()


def _ref_words(text: str) -> str:
    return " " + " ".join(_ref_word_list(text)) + " "


# --- word forms -----------------------------------------------------------------------------------

@pytest.mark.parametrize("plane", [0, 1, 2, 14, 16])
def test_word_list_of_every_code_point(plane):
    # 24 characters a text (fewer than the limit of bytes.replace passes), each between letters
    # and twice, so lowercasing and blanking are seen inside words and at their edges
    lo, hi = max(0x80, plane << 16), (plane + 1) << 16
    for start in range(lo, hi, 24):
        text = "".join(f"x{chr(c)}Y{chr(c)} " for c in range(start, min(start + 24, hi))) * 3
        while len(text) < 256:
            text += text
        assert G.word_list(text) == _ref_word_list(text), hex(start)


@pytest.mark.parametrize("text", [
    "ΑΣ ΣΑ Σ aΣ. ΟΔΥΣΣΕΥΣ Σ'Α x" * 20,  # a capital sigma is lowercased by its neighbours
    "İstanbul \u212aelvin ǅ ß ﬁ ŉ Ⅻ ①" * 30,  # lowercase to ASCII, to two characters, digits
    "".join(chr(c) for c in range(0x370, 0x3FF)) * 4,  # many distinct characters: the regex path
    "a\0b\ud800c\udfffd café " * 30,
])
def test_word_list_of_odd_texts(text):
    assert len(text) >= 256
    assert G.word_list(text) == _ref_word_list(text)
    assert G.words(text) == _ref_words(text)


ODD = list("aZ09 ,.-'_\0\t\nİΣσς\u212aé—’") + ["\ud800", "Llama", "OPENAI", "ΟΔΥΣΣΕΥΣ"]


def odd_text(min_size: int = 0, max_size: int = 60):
    return st.lists(st.sampled_from(ODD), min_size=min_size, max_size=max_size).map("".join)


@given(st.lists(odd_text(), max_size=8))
@settings(max_examples=300, deadline=None)
def test_context_words_are_each_contexts_words(contexts):
    joined = G._context_words(contexts)
    if not contexts:
        assert joined == ""
        return
    parts = joined.split("\0")
    assert len(parts) == len(contexts)
    assert [p.split() for p in parts] == [_ref_word_list(c) for c in contexts]
    assert all(p.startswith(" ") and p.endswith(" ") for p in parts)


@given(st.lists(odd_text(), max_size=8))
@settings(max_examples=300, deadline=None)
def test_text_words_are_each_texts_words_between_nul_words(texts):
    # the episode's grounding texts, split once: each text's words, a "\0" word between two texts
    expected = []
    for k, text in enumerate(texts):
        expected += (["\0"] if k else []) + _ref_word_list(text)
    assert G._text_words(texts) == expected


@given(odd_text(max_size=300) | st.sampled_from(["", "—", "a"]),
       st.lists(odd_text(), max_size=5),
       st.lists(odd_text(1, 12), min_size=1, max_size=4),
       st.frozensets(st.integers(0, 4)))
@settings(max_examples=300, deadline=None)
def test_corpus_of_joined_contexts_is_a_search_of_each(base, contexts, phrases, own):
    corpus = G.Corpus(G.word_list(base), ctx=G._context_words(contexts))
    # as `_corpus` builds it: the contexts' words handed over, not split again
    given_words = G.Corpus(G.word_list(base), ctx=G._context_words(contexts), ctx_words=G._text_words(contexts))
    assert given_words.tokens == corpus.tokens
    ref_base, ref_ctx = _ref_words(base), [_ref_words(c) for c in contexts]
    for phrase in [*phrases, *(w for p in phrases for w in _ref_word_list(p))]:
        phrase = " ".join(_ref_word_list(phrase))  # "" too: found only in a text without words
        needle = f" {phrase} "
        expected = needle in ref_base or any(needle in c for k, c in enumerate(ref_ctx) if k not in own)
        assert corpus.contains(phrase, own) == expected, phrase
        assert given_words.contains(phrase, own) == expected, phrase


# --- grounding ------------------------------------------------------------------------------------

def _ref_grounded(name: str, base_text: str, contexts: list[str], own: frozenset[int], parts=None) -> bool:
    """The rule's definition, written plainly: every form searched in every text, fuzzy against
    every word of the texts."""
    base = _ref_words(base_text)
    ctx = [_ref_words(c) for c in contexts]
    tokens = set(base.split()).union(*(c.split() for c in ctx))

    def contains(phrase: str) -> bool:
        needle = f" {phrase} "
        return needle in base or any(needle in c for k, c in enumerate(ctx) if k not in own)

    for form in G._forms(id(GL), GL, name):
        if contains(form.phrase) or any(contains(v) for v in form.variants):
            return True
        w = form.joined
        if w and (any(contains(f"{w[:k]} {w[k:]}") for k in range(2, len(w) - 1)) if form.one_word
                  else contains(w)):
            return True
        if form.surname is not None and contains(form.surname):
            return True
        if form.fuzzy_limit and any(
                t[0] == form.phrase[0] and OSA.distance(form.phrase, t) <= form.fuzzy_limit
                and not is_common_word(t) for t in tokens):
            return True
    letters = name.strip()
    if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper():
        texts = (parts if parts is not None else base_text.split("\n")) + [c for k, c in enumerate(contexts) if k not in own]
        return any(_ref_spelled_out(letters, t) for t in texts)
    return False


def _ref_spelled_out(letters: str, text: str) -> bool:
    """Words of three letters or more, in a row, whose first letters are `letters`, with commas or
    one lowercase filler word between them ("Massachusetts Institute of Technology": "MIT")."""
    tokens = re.findall(r"[\w'’-]+|[^\w\s'’-]", text)  # (a mark other than a comma breaks the row)
    for start in range(len(tokens)):
        k, ok = start, True
        for n, c in enumerate(letters):
            if n:
                while k < len(tokens) and tokens[k] == ",":
                    k += 1
                if k < len(tokens) and tokens[k] in G._FILLERS and not tokens[k].startswith(c):
                    k += 1
            if k >= len(tokens) or tokens[k][0] != c or len(tokens[k]) < 3:
                ok = False
                break
            k += 1
        if ok:
            return True
    return False


def _texts(ep, llm_rows: list[int]) -> tuple[str, list[str]]:
    """The grounding texts in the rule's order, and the LLM rows' contexts."""
    parts, contexts = _parts(ep, llm_rows)
    return "\n".join(parts), contexts


def _parts(ep, llm_rows: list[int]) -> tuple[list[str], list[str]]:
    """The grounding texts in the rule's order, one by one, and the LLM rows' contexts."""
    data = ep.data

    def s(v):
        return v if isinstance(v, str) else ""
    companies = data.get("companies") if isinstance(data.get("companies"), list) else []
    parts = [s(data.get("title")), s(data.get("summary"))]
    for i, item in enumerate(companies):
        if i not in llm_rows and isinstance(item, dict):
            parts += [s(item.get("name")), s(item.get("context"))]
    for key, subs in (("quotes", ("text", "impact_reason")), ("insights", ("text", "extracted"))):
        for item in data.get(key) if isinstance(data.get(key), list) else []:
            if isinstance(item, dict):
                parts += [s(item.get(k)) for k in subs]
    return parts, [s(companies[i].get("context")) for i in llm_rows]


def _episodes() -> list:
    dest = generated_corpus(8, 11)
    # LLM-pass entities named nowhere, whose contexts admit it in the middle, at the start, or not
    # (all ungrounded since session 34); the last three admit it only by N201's `leading` phrases
    (dest / "admits.md").write_text(episode_text("""title: Vector stores
summary: Pinecone and Chroma compared; Claude 3 Opus writes the glue code.
companies:
- name: Weaviate
  source: llm_enhanced
  context: A vector database; the hosts never explicitly mentioned it by name.
- name: Milvus
  source: llm_enhanced
  context: Not mentioned in the episode.
- name: Qdrant Cloud
  source: llm_enhanced
  context: A managed vector store with no direct mention in the transcript.
- name: Claude 3 Sonnet
  source: llm_enhanced
  context: Anthropic's mid-size model.
- name: Faiss
  source: llm_enhanced
  context: A similarity search library from Meta.
- name: Pinecone
  source: llm_enhanced
  context: A managed vector database.
- name: LanceDB
  source: llm_enhanced
  context: N/A
- name: Vespa Cloud
  source: llm_enhanced
  context: Implied by the talk on vector stores.
- name: Marqo
  source: llm_enhanced
  context: Alluded to when comparing managed databases.
"""), encoding="utf-8")
    files = discover([ROOT / "examples", dest], ["*.md"], [])
    return [ep for ep in (load_episode(p, d) for p, d in files) if ep.ok and isinstance(ep.data, dict)]


EPISODES = _episodes()
GLOSSARY_NAMES = sorted({f for e in GL.entries for f in e.accepted + e.misspellings})


@pytest.mark.parametrize("k", range(len(EPISODES)))
def test_is_grounded_is_a_plain_search(k):
    ep = EPISODES[k]
    companies = ep.data.get("companies") if isinstance(ep.data.get("companies"), list) else []
    llm_rows = [i for i, c in enumerate(companies)
                if isinstance(c, dict) and (c.get("source") == "llm_enhanced" or c.get("position") is None)]
    base_text, contexts = _texts(ep, llm_rows)
    corpus = G._corpus(ep, llm_rows)
    rng = random.Random(k)
    names = [c.get("name") for c in companies if isinstance(c, dict) and isinstance(c.get("name"), str)]
    # the entities' names and their prefixes (the finding's hint), glossary names (fuzzy matches,
    # misspellings), and ordinary words
    names += [" ".join(n.split()[:j]) for n in names for j in range(1, len(n.split()))]
    names += rng.sample(GLOSSARY_NAMES, 60) + ["the", "AI models", "Pinecon", "Databrick", "Lambda Labs"]
    seats = range(len(llm_rows))
    checked = 0
    for name in dict.fromkeys(n for n in names if n.strip()):
        own = frozenset(rng.sample(seats, min(len(seats), rng.choice([0, 1, 1, 2])))) if seats else frozenset()
        expected = _ref_grounded(name, base_text, contexts, own, _parts(ep, llm_rows)[0])
        assert G.is_grounded(name, corpus, own, GL) == expected, (name, own)
        checked += 1
    assert checked > 50


def _edits(word: str, rng: random.Random, n: int) -> str:
    for _ in range(n):
        i = rng.randrange(1, len(word))
        op = rng.choice("idst")
        c = rng.choice("aeiouxyz")
        word = {"i": word[:i] + c + word[i:], "d": word[:i] + word[i + 1:], "s": word[:i] + c + word[i + 1:],
                "t": word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]}[op]
    return word


def test_is_grounded_by_near_misses():
    # typos of long one-word names (inserted, deleted, replaced and swapped letters, one or two),
    # the words around them in the texts or in a context
    rng = random.Random(3)
    long_names = [n for n in GLOSSARY_NAMES if n.isalpha() and len(n) >= 6]
    found = missed = 0
    for name in rng.sample(long_names, 120):
        typo = _edits(name.lower(), rng, rng.choice([1, 1, 2, 3]))
        filler = " ".join(rng.sample(["the", "model", "pine", "data", "quickly", typo[:-1], typo + "s"], 4))
        base = f"Talking about {typo} and {filler}." if rng.random() < 0.7 else f"Nothing of {filler}."
        contexts = [f"A context on {typo}.", "Another one."] if rng.random() < 0.5 else ["Plain."]
        own = frozenset(rng.sample(range(len(contexts)), rng.choice([0, 1])))
        corpus = G.Corpus(G.word_list(base), ctx=G._context_words(contexts))
        expected = _ref_grounded(name, base, contexts, own)
        assert G.is_grounded(name, corpus, own, GL) == expected, (name, typo, base, contexts, own)
        found, missed = found + expected, missed + (not expected)
    assert found > 20 and missed > 20


def _plain_check(batch) -> list[tuple[str, str]]:
    """G901's loop as first written: each candidate in turn, the hint from the shorter names (since
    session 34 a context admitting the entity was not mentioned no longer spares it: its name found
    in no text is ungrounded too)."""
    rows = batch.rows("entities", "ep", "index", "field", "name", "context", "position", "source")
    llm: dict[int, list[int]] = {}
    candidates, same = [], {}
    for n, index, fld, name, context, position, source in rows:
        if not (source == "llm_enhanced" or position is None or position != position):
            continue
        llm.setdefault(n, []).append(index)
        if isinstance(name, str) and name.strip():
            same.setdefault((n, G.words(name)), set()).add(len(llm[n]) - 1)
            candidates.append((n, fld, name, context if isinstance(context, str) else "", (n, G.words(name))))
    out = []
    for n, fld, name, context, key in candidates:
        ep, seat = batch.episodes[n], frozenset(same[key])
        corpus = G._corpus(ep, llm[n])
        if G.is_grounded(name, corpus, seat, GL):
            continue
        if f"{fld}.name" not in ep.scalars:
            continue
        parts = name.split()
        shorter = next((" ".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)
                        if len(" ".join(parts[:k])) > 2 and G.is_grounded(" ".join(parts[:k]), corpus, seat, GL)), None)
        out.append((f"{fld}.name", f"{name!r} {shorter!r}"))
    return out


def test_check_is_the_plain_loop():
    # candidates judged one episode at a time, the hints
    from audit.tables import Batch
    batch = Batch(EPISODES, Knowledge.load([]))
    got = [(f.field, f"{f.evidence!r} {m.group(1) if (m := re.search(r', only (.*) does', f.message)) else None!s}")
           for f in G.UngroundedEntity().check(batch)]
    expected = [(path, text.replace(" None", " None")) for path, text in _plain_check(Batch(EPISODES, Knowledge.load([])))]
    assert [p for p, _ in got] == [p for p, _ in expected] and len(got) > 10
    assert got == expected
