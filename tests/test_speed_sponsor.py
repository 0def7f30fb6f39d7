"""The sponsor rules' fast paths agree with the plain definitions they replace: `holding` (needle
groups as one regex, common needles tested text by text), the search from the places a match can
start, the sentence split, the name pattern that starts with its trie, the window scan of sponsor
names, and the lookup of an NER row's segment."""

from __future__ import annotations

import random
import re
from re import _parser

import yaml

from audit.checks.entity_noise import is_ner
from audit.checks.sponsor import (
    Window, _name_pattern, _sentences, _window_sponsors, entity_rows_by_episode, episode_ads, in_segment,
    parse_sponsor, window_offset,
)
from audit.prefilter import holding, match_prefixes, search_from_prefixes
from audit.glossary import norm_key
from audit.textmatch import trie_pattern
from tests.conftest import ROOT, SEED

DATA = yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8"))
KNOWLEDGE = parse_sponsor(DATA, "sponsor.yaml")
WORDS = re.findall(r"\S+", SEED.read_text(encoding="utf-8"))
INSERTS = ["brought to you by WorkOS", "go to workos.com/radar", "a promo code", "All right, back to Zuck",
           "an ad read", "Sponsored by Scale AI", "ScaleAI", "Lambda Labs", "x-Lambda", "Lambda-x", "1Password",
           "sponsorship", "ADVERTISEMENT", "İ", "ı", "\u0307", "ſponsor", "Monday.com", "! \n", "?  ", ".\n\n"]


def _texts(rng, n, length=40, inserts=INSERTS):
    """n random stretches of the seed's words, each with up to three of `inserts` put in."""
    for _ in range(n):
        at = rng.randrange(len(WORDS))
        text = " ".join(WORDS[at:at + rng.randint(1, length)])
        for _ in range(rng.randint(0, 3)):
            i = rng.randint(0, len(text))
            text = text[:i] + rng.choice(("", " ", ". ", "\n")) + rng.choice(inserts) + text[i:]
        yield text


def test_holding_is_a_test_per_text_and_needle():
    rng = random.Random(1)
    lows = [t.lower() for t in _texts(rng, 400)]
    sets = [KNOWLEDGE.triggers, (".com", ".co", ".ai", ".io", ".xyz"), ("the",), ("a", "the", "and"),
            ("sponsor", "sponsorship"), (".com", ".ai", ".io", "code"), ("zzz",)]
    for needles in sets:
        assert holding(lows, needles) == [any(n in low for n in needles) for low in lows], needles
        assert holding(lows[:3], needles) == [any(n in low for n in needles) for low in lows[:3]]


def test_search_from_the_places_a_match_can_start():
    rng = random.Random(2)
    gated = [KNOWLEDGE.end, KNOWLEDGE.ad_words, KNOWLEDGE.conversation, *KNOWLEDGE.strong_parts]
    with_prefixes = [g for g in gated if g.prefixes is not None]
    assert len(with_prefixes) >= 8
    found = 0
    for text in _texts(rng, 600, length=200):
        for g in with_prefixes:
            expected = g.pattern.search(text)
            got = search_from_prefixes(g.pattern, g.prefixes, text)
            assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0))), (
                g.pattern.pattern, text)
            gated = g.search(text)  # the needle gate, then (a long text) the search from the starts
            assert (gated and gated.span()) == (expected and expected.span()), (g.pattern.pattern, text)
            found += expected is not None
    assert found > 50


def test_prefixes_of_patterns():
    assert match_prefixes(_parser.parse(r"\b(?:ad|sponsor(?:ed)?)\b", re.I)) == frozenset({"ad", "sponsor"})
    assert match_prefixes(_parser.parse(r"\b(?:a\s+)?word", re.I)) is None  # may start at "word" or "a"
    assert match_prefixes(_parser.parse(r"(?:x|yz)", re.I)) is None  # a one-character start is no filter


def test_sentences_are_the_regex_split():
    rng = random.Random(3)
    alphabet = ["a", "b", ".", "!", "?", " ", "\n", "\t", "  ", "x.y"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert _sentences(text) == re.split(r"(?<=[.!?])\s+|\n+", text), repr(text)
    for text in _texts(rng, 200):
        assert _sentences(text) == re.split(r"(?<=[.!?])\s+|\n+", text)


def test_name_pattern_matches_as_the_lookbehind_form():
    rng = random.Random(4)
    names = set(KNOWLEDGE.sponsors)
    plain = re.compile(r"(?<![\w-])(?:" + trie_pattern(names) + r")(?![\w-])")
    fast = _name_pattern(names)
    for text in _texts(rng, 2000):
        assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == [
            (m.span(), m.group(0)) for m in plain.finditer(text)], text
        assert bool(fast.fullmatch(text[:8])) == bool(plain.fullmatch(text[:8]))


def test_window_sponsors_in_one_scan_are_those_of_each_window():
    rng = random.Random(5)
    pattern = _name_pattern(KNOWLEDGE.sponsors)
    texts = list(_texts(rng, 300, length=20))
    windows = [Window(None, 0, t) for t in texts]
    _window_sponsors(windows, pattern, KNOWLEDGE.sponsors)
    assert [w.sponsors for w in windows] == [{norm_key(m.group(0)) for m in pattern.finditer(t)} for t in texts]
    assert sum(bool(w.sponsors) for w in windows) > 30


def _batch():
    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.episode import load_episode
    from audit.tables import Batch

    files = discover([ROOT / "examples"], ["*.md", "*.txt"], [])
    auditor = Auditor(Settings())
    return Batch([load_episode(p, d) for p, d in files], auditor.knowledge)


def test_segment_lookup_is_the_walk_over_the_segments():
    seed_batch = _batch()
    ads_of = episode_ads(seed_batch)
    assert ads_of
    checked = 0
    for n, rows in entity_rows_by_episode(seed_batch).items():
        ads = ads_of.get(n)
        if ads is None:
            continue
        for r in rows:
            if not is_ner(r):
                continue
            expected = None
            for seg in ads.segments:
                hit = next((w for w in seg.windows if w.row.index == r.index), None)
                if hit is not None:
                    at = window_offset(hit.text, r.name)
                    pos = hit.start + (at if at != -1 else 50)
                    expected = seg if seg.start <= pos < seg.stop else None
                    break
            assert in_segment(r, ads) is expected
            checked += expected is not None
    assert checked > 0


def test_the_owner_pattern_matches_only_where_the_names_pattern_does():
    from audit.checks.sponsor import _owner_pattern

    rng = random.Random(6)
    names = frozenset(KNOWLEDGE.sponsors)
    owner, plain = _owner_pattern(names), _name_pattern(names)
    owned = 0
    for text in _texts(rng, 3000, length=12):
        text = rng.choice(("", "by ", "a tool from ", "of ")) + text
        if owner.search(text) is not None:
            owned += 1
            assert plain.search(text) is not None, text
    assert owned > 100


def test_a_name_pattern_matches_only_where_the_pattern_of_all_names_does():
    rng = random.Random(7)
    names = sorted(KNOWLEDGE.sponsors)
    every = _name_pattern(names)
    hits = 0
    for text in _texts(rng, 3000, length=4):
        for name in names:
            if _name_pattern([name]).search(text) is not None:
                hits += 1
                assert every.search(text) is not None, (name, text)
    assert hits > 100


def test_content_word_tokens_are_the_plain_pattern():
    from audit.checks.sponsor import _WORDS

    plain = re.compile(r"[a-z0-9]{3,}(?:['’][a-z]+)?|[a-z0-9]{1,2}['’][a-z]+")
    rng = random.Random(8)
    alphabet = ["a", "b", "1", "'", "’", " ", "-", "x", "é", "ab", "abc"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _WORDS.findall(text) == plain.findall(text), text
    for text in _texts(rng, 300):
        assert _WORDS.findall(text.lower()) == plain.findall(text.lower())


WEAK = ["learn more", "sign up", "get started", "check it out", "for startups", "ready to go", "is just an API call away",
        "free credits", "top AI labs like", "trusted by", "leaderboards", "LEARN\nMORE", "for\tteams", "ſign up"]


def test_weak_markers_one_by_one_behind_their_gates_match_as_the_joined_regex():
    from audit.checks.sponsor import weak_gates, weak_marker
    from audit.prefilter import fold

    assert KNOWLEDGE.weak_parts is not None
    rng = random.Random(9)
    texts = list(_texts(rng, 1500, length=25))
    for k in range(0, len(texts), 2):  # half the texts with a weak marker (or a near miss)
        at = rng.randint(0, len(texts[k]))
        texts[k] = texts[k][:at] + rng.choice(("", " ", ". ")) + rng.choice(WEAK) + rng.choice(("", " ", ".")) + texts[k][at:]
    for batch in (texts, texts[:3]):  # the joined scan, and the text-by-text test of a few texts
        gates = weak_gates([fold(t) for t in batch], KNOWLEDGE)
        expected = [KNOWLEDGE.weak.pattern.search(t) is not None for t in batch]
        assert [bool(g) and weak_marker(t, KNOWLEDGE, g) for t, g in zip(batch, gates)] == expected
    assert 250 < sum(KNOWLEDGE.weak.pattern.search(t) is not None for t in texts) < 1200


def test_holding_each_is_holding_per_set():
    from audit.prefilter import holding_each

    rng = random.Random(10)
    lows = [t.lower() for t in _texts(rng, 300)]
    sets = [KNOWLEDGE.triggers, None, ("the",), (".com", ".ai", ".io"), ("zzz",), ("a\nb",)]
    for group in (sets, sets[:-1]):
        for some in (lows, lows[:2]):
            assert holding_each(some, group) == [holding(some, n) for n in group]


def test_naming_sentences_hold_every_sentence_a_name_matches_in():
    from audit.checks.sponsor import _naming_sentences

    rng = random.Random(11)
    extra = ["Yahoo! Japan", "Japan", "Foo.\nBar", " Lead", "Lead", "Ex.ample", "Monday.com", "Hey. You"]
    name_sets = [KNOWLEDGE.sponsors, KNOWLEDGE.sponsors + extra[:2], KNOWLEDGE.sponsors + extra[2:4],
                 ["Ex.ample", "Monday.com", "Scale", "Scale AI"], extra[-1:] + ["You"]]
    alphabet = [". ", "! ", "? ", ".\n", "\n\n", " ", "x", "-", ".", "\t"]
    found = 0
    for names in name_sets:
        pattern = _name_pattern(names)
        for text in _texts(rng, 800, length=30):
            for _ in range(rng.randint(0, 4)):  # names next to sentence breaks
                at = rng.randint(0, len(text))
                text = text[:at] + rng.choice(alphabet) + rng.choice(names + extra) + rng.choice(alphabet) + text[at:]
            expected = [s for s in _sentences(text) if pattern.search(s)]
            assert [s for s in _naming_sentences(text, pattern, names) if pattern.search(s)] == expected, (names, text)
            found += len(expected)
    assert found > 2000


def test_ad_sentence_sponsors_are_those_of_every_sentence():
    from audit.checks.sponsor import _ad_sentence_sponsors

    rng = random.Random(12)
    pattern = _name_pattern(KNOWLEDGE.sponsors)
    ads = ["an advertisement", "sponsored", "the ad read", "sponsorship", "a promotional segment", "Ad-Reads"]
    found = 0
    for text in _texts(rng, 1500, length=40):
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice((". ", " ", "\n", "! ")) + rng.choice(ads) + rng.choice((". ", " ", "")) + text[at:]
        sentences = [s for s in _sentences(text) if pattern.search(s) and KNOWLEDGE.ad_words.search(s)]
        expected = {norm_key(m.group(0)) for s in sentences for m in pattern.finditer(s)}
        assert _ad_sentence_sponsors(text, pattern, KNOWLEDGE, whole=False) == expected, text
        whole = expected if KNOWLEDGE.ad_words.search(text) else set()
        assert _ad_sentence_sponsors(text, pattern, KNOWLEDGE, whole=True) == whole, text
        found += bool(expected)
    assert found > 50
    # ad words that a sentence can hold when its text does not (a match only at the start)
    anchored = parse_sponsor({**DATA, "ad_words": r"^(?:sponsored|an advertisement)\b"}, "sponsor.yaml")
    kept = dropped = 0
    for text in _texts(rng, 1500, length=40):
        at = 0 if rng.random() < 0.2 else rng.randint(1, len(text))
        text = text[:at] + (". " if at else "") + rng.choice(ads[:2]) + " by Scale AI. " + text[at:]
        sentences = [s for s in _sentences(text) if pattern.search(s) and anchored.ad_words.search(s)]
        expected = {norm_key(m.group(0)) for s in sentences for m in pattern.finditer(s)}
        whole = expected if anchored.ad_words.search(text) else set()
        assert _ad_sentence_sponsors(text, pattern, anchored, whole=True) == whole, text
        kept += bool(whole)
        dropped += bool(expected) and not whole
    assert kept > 100 and dropped > 500


def test_strong_markers_behind_their_batch_gates_match_as_the_joined_regex():
    from audit.checks.sponsor import _triggered_gates, strong_marker

    rng = random.Random(13)
    markers = ["brought to you by WorkOS", "go to workos.com/radar", "use code ABC123", "a promo code", "free trial",
               "thanks to Scale AI for sponsoring", "today's sponsor", "link in the description", "visit scale.com"]
    texts = list(_texts(rng, 1200, length=30))
    for k in range(0, len(texts), 3):
        at = rng.randint(0, len(texts[k]))
        texts[k] = texts[k][:at] + rng.choice((" ", "", ". ")) + rng.choice(markers) + rng.choice((" ", "")) + texts[k][at:]
    texts += [t * 12 for t in texts[:60]]  # long texts: searched from the places a match can start
    for batch in (texts, texts[:3]):
        lows = [t.lower() for t in batch]
        trig = holding(lows, KNOWLEDGE.triggers)
        gates = _triggered_gates(lows, trig, KNOWLEDGE)
        got = [strong_marker(t, KNOWLEDGE, low, tr, g) for t, low, tr, g in zip(batch, lows, trig, gates)]
        expected = [KNOWLEDGE.strong.search(t) for t in batch]
        assert [m and (m.span(), m.group(0)) for m in got] == [m and (m.span(), m.group(0)) for m in expected]
    assert sum(KNOWLEDGE.strong.search(t) is not None for t in texts) > 300


def test_the_name_set_is_what_the_name_pattern_matches_in_full():
    from audit.checks.sponsor import _name_set

    rng = random.Random(14)
    names = tuple(KNOWLEDGE.sponsors) + ("", "x", "Yahoo! Japan")
    pattern, listed = _name_pattern(names), _name_set(names)
    candidates = list(names) + [n.lower() for n in names] + [n + " " for n in names] + [" " + n for n in names]
    candidates += [rng.choice(names) + rng.choice(("", " ", "-", "s")) + rng.choice(names) for _ in range(2000)]
    candidates += [t[:rng.randint(0, 12)] for t in _texts(rng, 2000, length=3)]
    assert [bool(pattern.fullmatch(c)) for c in candidates] == [c in listed for c in candidates]
    assert sum(c in listed for c in candidates) > 80


def test_words_of_many_texts_at_once_are_those_of_each():
    from audit.checks.sponsor import _shingle_words, _words_each

    rng = random.Random(15)
    lows = [t.lower() for t in _texts(rng, 400)] + ["", " ", "—", "a’b", "x\ty", "é.ü"]
    rng.shuffle(lows)
    for some in (lows, lows[:1], lows[:2], lows[:5] + ["with\x00nul"]):
        assert _words_each(some) == [_shingle_words(low, low) for low in some]


def test_text_verdicts_are_the_reason_of_each_text_on_its_own(tmp_path):
    from audit.checks.sponsor import ad_text_reason, sponsor_knowledge, text_verdicts

    from audit.tables import Batch

    rng = random.Random(16)
    generated = _generated_batch(tmp_path)
    episodes = generated.episodes
    for ep in episodes:  # ad markers, sponsor names, new line breaks and NUL in some texts
        for name in ("quotes", "insights"):
            for item in ep.data.get(name) or []:
                if isinstance(item, dict) and isinstance(item.get("text"), str) and rng.random() < 0.3:
                    text = item["text"]
                    at = rng.randint(0, len(text))
                    item["text"] = text[:at] + rng.choice(INSERTS + ["use code RADAR", "\x00"]) + " " + text[at:]
    batch = Batch(episodes, generated.knowledge)
    kn, ads_of = sponsor_knowledge(batch.knowledge), episode_ads(batch)
    expected = {}
    for name in ("quotes", "insights"):
        for ep_i, index, text in batch.rows(name, "ep", "index", "text"):
            if isinstance(text, str) and (found := ad_text_reason(text, ads_of.get(ep_i), kn)) is not None:
                expected[(name, ep_i, index)] = found
    assert text_verdicts(batch) == expected
    reasons = {why.split(" ")[0] for _, _, why in expected.values()}
    assert reasons == {"carries", "its", "promotes"}, reasons  # each of the three ways


def _generated_batch(dest, n=12):
    """The examples and `n` generated episodes (bench/run.py: names and lists varied) as one batch."""
    import sys

    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.episode import load_episode
    from audit.tables import Batch

    sys.path.insert(0, str(ROOT / "bench"))
    from run import generate  # noqa: E402

    generate(n, dest, seed=random.Random(17).randint(0, 10**6))
    files = discover([ROOT / "examples", dest], ["*.md", "*.txt"], [])
    return Batch([load_episode(p, d) for p, d in files], Auditor(Settings()).knowledge)


def test_segment_shingles_and_words_are_the_union_of_their_windows(tmp_path):
    from audit.checks.sponsor import _content_words, _grams, _shingle_words

    def _shingles(text):  # the plain definition: a text's word shingles
        return set(_grams(_shingle_words(text)))

    checked = 0
    for ads in episode_ads(_generated_batch(tmp_path)).values():
        for seg in ads.segments:
            texts = [w.text[:max(0, seg.stop - w.start)] for w in seg.windows]
            assert seg.shingles == set().union(*map(_shingles, texts))
            assert seg.words == set().union(*map(_content_words, texts))
            checked += len(texts)
    assert checked > 60
