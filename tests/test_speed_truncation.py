"""T701 and T702 give exactly the findings of the plain loops they replace: T701 reads the texts
from the batch's tables and looks only at those not ending complete; T702 counts a text's
words only when the extraction has two or fewer. On real, generated and edited episodes."""

from __future__ import annotations

import random

import pytest
import yaml

from audit.checks import clause_end, truncation as tr
from audit.checks.truncation import _done, _last_word, cut_before_adverb, cut_ending, is_prose, truncation_words
from audit.engine import discover
from audit.episode import Episode, load_episode, parse_episode
from audit.glossary import glossary
from audit.ruleset import Knowledge
from audit.tables import Batch

from tests.conftest import ROOT, episode_text, generated_corpus


def _checked_texts_plain(data):
    for key, sub in tr._FIELDS:
        items = data.get(key)
        if not isinstance(items, list):
            continue
        measured = key == "quotes" and sub == "text"
        for i, item in enumerate(items):
            if not isinstance(item, dict) or (key == "companies" and "position" in item):
                continue
            text = item.get(sub)
            if isinstance(text, str):
                length = item.get("length") if measured else None
                yield f"{key}[{i}].{sub}", text, (length if isinstance(length, int) else None)
    summary = data.get("summary")
    if isinstance(summary, str):
        yield "summary", summary, None


def _t701_plain(rule, batch):
    words, gl = truncation_words(batch.knowledge), glossary(batch.knowledge)
    joined: dict[int, str] = {}
    for ep in batch.episodes:
        for path, text, length in _checked_texts_plain(ep.data):
            stripped = text.rstrip()
            if stripped.endswith(("...", "…")):  # a trail-off: judged on the whole word before the dots
                body = stripped.rstrip(".…").rstrip()
                cut = cut_ending(body, words, gl, prose=True, trailed=True) if body[-1:].isascii() and body[-1:].isalpha() else None
                cut = cut and (cut[0], len(stripped), cut[2] + ", and trails off")
            else:
                cut = cut_ending(text, words, gl, prose=is_prose(path))
            if cut is None and stripped[-1:].isalpha():
                cut = cut_before_adverb(text, words, gl, prose=is_prose(path))
            if cut is None and not _done(stripped):
                cut = tr._unbalanced(stripped)
            if cut is None and not _done(stripped):
                cut = tr._continued_elsewhere(batch, ep, stripped, joined)
            if cut is None and length is not None and length - len(text) >= 3 and not _done(text.rstrip()):
                found = _last_word(text.rstrip())
                if found is not None:
                    cut = (found[0], found[1], f"it is {length - len(text)} characters shorter than its "
                                                 f"length ({length}), and ends without a period")
            if cut is None and path == "summary" and stripped[-1:].islower():
                cut = tr._unended_summary(stripped)
            if cut is None or path not in ep.scalars or tr._ends_elsewhere(batch, ep, stripped, joined):
                continue
            a, b, why = cut
            start, end, _ = ep.locate(path, a, b)
            yield ep.finding(rule, path=path, start=start, end=end, evidence=text[a:b],
                             message=f"{path.split('.')[-1].replace('_', ' ').capitalize()} is cut: {why}")


def _corpus(n: int) -> Batch:
    corpus = generated_corpus(n, random.Random(31).randint(0, 10**6))
    files = discover([ROOT / "examples", corpus], ["*.md", "*.txt"], [])
    return Batch([load_episode(p, d) for p, d in files], Knowledge.load([]))


def _cut(text, rng):
    if not isinstance(text, str) or not text:
        return text
    return rng.choice((lambda t: t[:rng.randint(0, len(t))], lambda t: t.rstrip(".!?") + rng.choice(("", " ", ",", "  \n")),
                       lambda t: t + " and the", lambda t: t, lambda t: " " * rng.randint(0, 2)))(text)


def _edited(batch: Batch, rng: random.Random) -> Batch:
    """Texts cut, periods dropped, blanks, length fields, NER positions removed and added."""
    for ep in batch.episodes:
        data = ep.data
        for key, subs in (("quotes", ("text", "impact_reason")), ("insights", ("text", "extracted")),
                          ("companies", ("context",))):
            items = data.get(key)
            if not isinstance(items, list):
                continue
            for k, item in enumerate(items):
                if not isinstance(item, dict) or rng.random() < 0.5:
                    continue
                for sub in subs:
                    item[sub] = _cut(item.get(sub), rng)
                if key == "quotes" and isinstance(item.get("text"), str):
                    item["length"] = rng.choice((len(item["text"]) + rng.randint(-2, 8), True, "9", None))
                if key == "companies":
                    if rng.random() < 0.3:
                        item.pop("position", None)
                    elif rng.random() < 0.1:
                        item["position"] = None
            if rng.random() < 0.1:
                items.append(rng.choice(("plain string", None, 3)))
        data["summary"] = _cut(data.get("summary"), rng)
    # written back as files and read again: spans and scalars that match the edited texts
    eps = [parse_episode(episode_text(yaml.safe_dump(ep.data, allow_unicode=True, sort_keys=False)).encode(),
                         Episode(path=ep.path)) for ep in batch.episodes]
    return Batch(eps, batch.knowledge)


def _rows(findings):
    return [(f.file, f.field, f.line, f.column, f.end_column, f.message) for f in findings]


@pytest.fixture(scope="module")
def batches():
    return [_corpus(20), _edited(_corpus(12), random.Random(5)), _edited(_corpus(12), random.Random(6))]


def test_t701_equals_the_plain_loop(batches):
    rule = tr.TruncatedText()
    total = 0
    for batch in batches:
        expected = _rows(_t701_plain(rule, batch))
        assert _rows(rule.check(batch)) == expected
        total += len(expected)
    assert total > 100


def test_t702_fragment_equals_the_plain_test(batches):
    rule = tr.FragmentaryExtraction()
    words, gl = truncation_words(batches[0].knowledge), glossary(batches[0].knowledge)
    seen = set()
    for batch in batches:
        for _, text, extracted in batch.rows("insights", "ep", "text", "extracted"):
            if not (isinstance(extracted, str) and isinstance(text, str)):
                continue
            for ex in (extracted, extracted.split(" ")[0], " ".join(text.split()[:2]), text[:-3]):
                got = rule.fragment(ex.strip(), text.strip(), words, gl)
                n_ex, n_text = len(tr._WORD.findall(ex.strip())), len(tr._WORD.findall(text.strip()))
                if ex.strip() and ex.strip() != text.strip() and n_ex <= 2 and n_text >= 8:
                    assert got == f"{n_ex} word{'s' if n_ex > 1 else ''} of a {n_text}-word text"
                    seen.add("count")
                elif got is not None:
                    assert "word text" not in got
                    seen.add("other")
    assert seen == {"count", "other"}


def test_is_word_start_is_membership_in_the_set_of_prefixes():
    """`is_word_start` bisects the sorted common words; its definition is membership in the set of
    every prefix of 4 to len-2 letters of those words (what the rule built before)."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", 40000) if w.isalpha()]
    prefixes = {w[:k] for w in words for k in range(4, len(w) - 1)}
    rng = random.Random(7)
    probes = set(rng.sample(sorted(prefixes), 3000))
    probes |= {w for w in rng.sample(words, 3000) if len(w) >= 4}  # whole words: most are no prefix
    probes |= {w[:-1] for w in rng.sample(words, 3000) if len(w) >= 5}  # one letter short: not enough
    probes |= {"".join(rng.choice("abcdeilmnorst") for _ in range(rng.randint(4, 8))) for _ in range(3000)}
    probes |= {"alignm", "zzzz", "aaaa", "intellig", "intelligen"}
    assert any(p in prefixes for p in probes) and any(p not in prefixes for p in probes)
    for p in sorted(probes):
        assert clause_end.is_word_start(p) == (p in prefixes), p
