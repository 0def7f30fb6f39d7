"""Session 22's fast paths of the sponsor rules agree with the plain definitions they replace, on
real episode-shaped inputs: the segment of an NER row read from its position, the strong markers
tried only where their literals stand, and the shingles of the episode's quotes made once for
`_bridged`."""

from __future__ import annotations

import random

import yaml

from audit.checks.entity_noise import is_ner, window_offset
from audit.checks.sponsor import (
    Segment, Window, _bridged, _grams, _shingle_words, _Shingled, entity_rows_by_episode, episode_ads,
    in_segment, parse_sponsor, strong_gates, strong_marker,
)
from tests.conftest import ROOT, generated_corpus
from tests.test_speed_sponsor import WORDS, _texts as speed_sponsor_texts

DATA = yaml.safe_load((ROOT / "rules" / "sponsor.yaml").read_text(encoding="utf-8"))
KNOWLEDGE = parse_sponsor(DATA, "sponsor.yaml")
INSERTS = ["brought to you by WorkOS", "go to workos.com/radar", "use code RADAR20", "a promo code",
           "Quick break.", "our sponsor", "free trial today", "twenty percent off your first box",
           "neon dot tech slash pod", "thanks to Vanta for sponsoring the show", "link in the show notes",
           "And now a word from Deel, the HR platform.", "Ever wish your inbox sorted itself? Mailwise does that.",
           "Mid-roll.", "İ", "ſponsor", "! \n"]


def _texts(rng, n, length=40):
    return speed_sponsor_texts(rng, n, length, INSERTS)


def _batch(folder, patterns=("*.md", "*.txt"), limit=None):
    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.episode import load_episode
    from audit.tables import Batch

    files = discover([folder], list(patterns), [])[:limit]
    auditor = Auditor(Settings())
    return Batch([load_episode(p, d) for p, d in files], auditor.knowledge)


def _plain_in_segment(r, ads):
    """in_segment as a walk over the segments, the name placed in its window by window_offset."""
    for seg in ads.segments:
        hit = next((w for w in seg.windows if w.row.index == r.index), None)
        if hit is not None:
            at = window_offset(hit.text, r.name)
            pos = hit.start + (at if at != -1 else 50)
            return seg if seg.start <= pos < seg.stop else None
    return None


def _ner_rows_with_ads():
    """(NER row, its episode's ads) for every NER row of an episode with ads, in examples/ and 60
    generated episodes."""
    for batch in (_batch(ROOT / "examples"), _batch(generated_corpus(60, 22, "audit-s22-"), ("*.md",))):
        ads_of = episode_ads(batch)
        for n, rows in entity_rows_by_episode(batch).items():
            if (ads := ads_of.get(n)) is not None:
                yield from ((r, ads) for r in rows if is_ner(r))


def test_the_segment_of_a_row_read_from_its_position_is_the_walk():
    checked = inside = 0
    for r, ads in _ner_rows_with_ads():
        expected = _plain_in_segment(r, ads)
        assert in_segment(r, ads) is expected
        # a row equal to the window's but not that object takes the plain path
        assert in_segment(r._replace(), ads) is expected
        checked += 1
        inside += expected is not None
    assert checked > 100 and inside > 10


def test_strong_markers_tried_only_where_their_literals_stand():
    rng = random.Random(22)
    texts = list(_texts(rng, 600))
    lows = [t.lower() for t in texts]
    found = 0
    for text, gates in zip(texts, strong_gates(lows, KNOWLEDGE)):
        plain = strong_marker(text, KNOWLEDGE, triggered=True)  # every marker behind its own gate
        fast = strong_marker(text, KNOWLEDGE, triggered=True, gates=gates)
        assert (plain and (plain.span(), plain.re.pattern)) == (fast and (fast.span(), fast.re.pattern)), text
        found += plain is not None
    assert found > 100


def _plain_bridged(w, seg, windows, texts):
    names = {windows[j].row.name.strip() for j in seg.windows if windows[j].sponsors}
    texts = [t for t in texts if any(n in t for n in names)] if names else ()
    mine = set(_grams(_shingle_words(w.text)))
    return any(len(mine.intersection(_grams(_shingle_words(t)))) >= 2 for t in texts)


class _Row:
    def __init__(self, name):
        self.name = name


class _Episode:
    def __init__(self, quotes):
        self.data = {"quotes": [{"text": q} for q in quotes], "insights": [{"text": "x"}, "not an item"]}


def test_bridged_with_the_shingles_kept_is_the_plain_test():
    rng = random.Random(23)
    quotes = list(_texts(rng, 40, length=30))
    quotes.append("Quillmark turns a contract into a link your counterparty can sign from their phone in under a minute.")
    windows = [Window(_Row("Quillmark"), 0, "Quillmark, the e-signature platform.", sponsors={"quillmark"}),
               Window(_Row("Ferrow Health"), 900, "their phone in under a minute. Teams at Ferrow Health used to")]
    windows += [Window(_Row(rng.choice(WORDS)), 2000 + 100 * i, t, sponsors={"x"} if i % 3 == 0 else set())
                for i, t in enumerate(_texts(rng, 30, length=25))]
    quotes += [" ".join([w.row.name] + t.split()[:12]) for w, t in zip(windows[2:], _texts(rng, 30, length=20))]
    quoted = _Shingled(_Episode(quotes))
    assert quoted.texts == quotes + ["x"]
    seen = set()
    for first in range(len(windows)):
        seg = Segment(0, 1, [first, *rng.sample(range(len(windows)), 2)], set())
        for w in windows:
            expected = _plain_bridged(w, seg, windows, quoted.texts)
            assert _bridged(w, seg, windows, quoted) is expected
            seen.add(expected)
    assert _bridged(windows[1], Segment(0, 1, [0], set()), windows, quoted)
    assert seen == {True, False}
    assert all(quoted.shingles(t) == set(_grams(_shingle_words(t))) for t in quoted.of)


def test_the_trigger_test_with_the_rare_triggers_as_one_regex_is_a_test_per_trigger():
    from audit.checks.sponsor import has_trigger

    assert KNOWLEDGE.trigger_rare is not None and KNOWLEDGE.trigger_rest
    assert set(KNOWLEDGE.trigger_rest) | {t for t in KNOWLEDGE.triggers if KNOWLEDGE.trigger_rare.fullmatch(t)} \
        == set(KNOWLEDGE.triggers)
    rng = random.Random(24)
    lows = [t.lower() for t in _texts(rng, 500, length=12)]
    # a trigger at the very start or end of a text, next to the line break that joins the texts
    lows += [t for t in KNOWLEDGE.triggers] + ["x" + t for t in KNOWLEDGE.triggers] + ["", "a", "com", "brought"]
    rng.shuffle(lows)
    expected = [any(t in low for t in KNOWLEDGE.triggers) for low in lows]
    assert has_trigger(lows, KNOWLEDGE) == expected
    assert 50 < sum(expected) < len(lows) - 50
    for k in range(1, 6):  # few texts: the plain test
        assert has_trigger(lows[:k], KNOWLEDGE) == expected[:k]
    # texts holding only triggers that start with a rare character, one per text
    rare = [t for t in KNOWLEDGE.triggers if t not in KNOWLEDGE.trigger_rest]
    only = [f"and so {t} and so" for t in rare] + ["and so"] * 5
    assert has_trigger(only, KNOWLEDGE) == [True] * len(rare) + [False] * 5


def _plain_ad_sentence_sponsors(text, pattern, kn, whole):
    from audit.checks.sponsor import _sentences
    from audit.glossary import norm_key

    out = set()
    for sentence in _sentences(text):
        if pattern.search(sentence) is not None and kn.ad_words.search(sentence):
            if whole:
                if kn.ad_words.search(text) is None:
                    return set()
                whole = False
            out.update(norm_key(m.group(0)) for m in pattern.finditer(sentence))
    return out


def test_the_whole_text_test_tried_where_the_sentence_holds_ad_words_first():
    from audit.checks.sponsor import _ad_sentence_sponsors, _name_pattern

    pattern = _name_pattern(KNOWLEDGE.sponsors)
    rng = random.Random(25)
    pieces = ["Scale AI sponsored this episode.", "It was an ad read for Vanta.", "Notion is great.",
              "Our research team\nsponsored by Scale AI was a hit.", "team\nsponsored by Ramp", "The team sponsored by Brex won.",
              "Sponsored by WorkOS.", "an ad break", "Mercury, the sponsor of the conference, spoke.", "We use Linear daily."]
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(400)]
    texts += ["Our research team\nsponsored by Scale AI was a hit.", "Our research team\nsponsored by Scale AI. An ad read."]
    results = set()
    for text in texts:
        for whole in (True, False):
            expected = _plain_ad_sentence_sponsors(text, pattern, KNOWLEDGE, whole)
            assert _ad_sentence_sponsors(text, pattern, KNOWLEDGE, whole) == expected, (text, whole)
            results.add((whole, bool(expected)))
    assert results == {(True, True), (True, False), (False, True), (False, False)}
    # a sentence whose ad words are no match in the whole text ("team" before them there)
    assert _ad_sentence_sponsors(texts[-2], pattern, KNOWLEDGE, True) == set()
    assert _ad_sentence_sponsors(texts[-1], pattern, KNOWLEDGE, True) == {"scaleai"}


def test_word_stems_from_each_word_once_are_the_plain_stems():
    from audit.checks.sponsor import _STOP, _word_stems

    rng = random.Random(26)
    for text in _texts(rng, 300, length=60):
        words = _shingle_words(text)
        assert _word_stems(words) == {w[:5] for w in words if len(w) >= 4 and w not in _STOP}
    # a stop word and a content word of the same stem: the content word keeps it
    assert _word_stems(["other", "others", "their", "theirs", "about"]) == {"other", "their"}


def test_the_outside_part_of_a_window_placed_by_find_ads_is_the_plain_one():
    from audit.checks.sponsor import _outside_part

    def plain(r, ads):
        text = r.context
        at = window_offset(text, r.name)
        start = r.position - (at if at != -1 else 50)
        for seg in ads.segments:
            if seg.start < start + len(text) and seg.stop > start:
                return text[:max(0, seg.start - start)] + "\n" + text[max(0, seg.stop - start):]
        return text

    cut = checked = 0
    for r, ads in _ner_rows_with_ads():
        if isinstance(r.name, str):
            expected = plain(r, ads)
            assert _outside_part(r, ads) == expected == _outside_part(r._replace(), ads)
            checked += 1
            cut += expected != r.context
    assert checked > 100 and cut > 0
