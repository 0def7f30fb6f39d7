"""The loader's and tables' fast paths give exactly what the plain definitions they replace give."""

from __future__ import annotations

import math
import random

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks.base import _last_descendant_end
from audit.checks.consistency import _QUOTE_KEY, _quote_key
from audit.episode import FENCE, Episode, LineIndex, _align, _align_lines, _Loader, closing_fence, parse_episode
from audit.tables import LIST_TABLES, Batch

from tests.conftest import SEED


def _parse(front_matter: str) -> Episode:
    return parse_episode(("---\n" + front_matter + "---\n").encode(), Episode(path="t.md"))


def _align_by_characters(text: str, start: int, end: int, style, value: str):
    """`_align` one character at a time: the definition its runs and ranges must agree with."""
    s = start + 1 if style in ("'", '"') else start
    if style in ("|", ">"):
        nl = text.find("\n", s, end)
        if nl == -1:
            return None
        s = nl + 1
    out, vi = [], 0
    while vi < len(value):
        if s >= end:
            return None
        c, sc = value[vi], text[s]
        if style == "'" and c == "'" and text.startswith("''", s):
            out.append(s)
            vi, s = vi + 1, s + 2
        elif style == '"' and sc == "\\":
            nxt = text[s + 1] if s + 1 < end else ""
            if nxt in "\r\n":
                s += 2
                while s < end and text[s] in " \t\r\n":
                    s += 1
                continue
            out.append(s)
            vi, s = vi + 1, s + {"x": 4, "u": 6, "U": 10}.get(nxt, 2)
        elif sc == c:
            out.append(s)
            vi, s = vi + 1, s + 1
        elif sc in " \t\r\n":
            s += 1
        elif c in " \n":
            out.append(s)
            vi += 1
        else:
            return None
    return out


_TEXT = st.text(alphabet=st.sampled_from(list("ab c'\"\\\n\t:#-é’\u2028 ,")), max_size=90)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from([None, "'", '"', "|", ">"]), st.integers(8, 60))
def test_align_agrees_with_the_character_walk(value, style, width):
    ep = _parse(yaml.dump({"k": value, "l": [value]}, default_style=style, width=width, allow_unicode=True))
    for sc in ep.scalars.values():
        if isinstance(sc.value, str):
            args = (ep.text, sc.start, sc.end, sc.style, sc.value)
            fast, slow = _align(*args), _align_by_characters(*args)
            assert (None if fast is None else list(fast)) == slow


_WORD = st.text(alphabet=st.sampled_from(list("ab'’é#:-,")), min_size=1, max_size=6)
_BREAK = st.sampled_from(["\n", "\n", " \n", "\t\n", "  \n", "\r\n", "\n\n", " \n \n", "\n\t\n", "\r\n\r\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORD, min_size=1, max_size=4), _BREAK, st.sampled_from(["", " ", "\t", "   "])),
                min_size=2, max_size=5),
       st.sampled_from(["", "'"]), st.sampled_from(["k: ", "- ", "k: [", "k:\n  "]))
def test_align_by_lines_is_the_character_walk(lines, quote, lead):
    """Plain and single-quoted scalars over several lines (trailing white space, tabs, CRLF, blank
    lines, '' in quotes): the line-at-a-time alignment is the character walk wherever it answers."""
    source = ""
    for i, (words, brk, indent) in enumerate(lines):
        line = " ".join(words).replace("'", "''") if quote else " ".join(words)
        margin = "" if lead.endswith("[") and indent == "" else "  "  # a flow list's lines may start at the margin
        source += line if i == len(lines) - 1 else line + brk + margin + indent
    body = f"{lead}{quote}{source}{quote}" + ("]" if lead.endswith("[") else "")
    ep = _parse(body + "\n")
    for sc in ep.scalars.values():
        if isinstance(sc.value, str) and sc.style in ("", None, "'"):
            args = (ep.text, sc.start, sc.end, sc.style, sc.value)
            fast, slow = _align(*args), _align_by_characters(*args)
            assert (None if fast is None else list(fast)) == slow
            if fast is not None:
                assert [fast[i] for i in range(len(fast))] == slow


def test_align_by_lines_answers_for_folded_quotes():
    """The seed's multi-line quotes and its single-quoted summary take the line-at-a-time way."""
    ep = parse_episode(SEED.read_bytes(), Episode(path=str(SEED)))
    answered = 0
    for sc in ep.scalars.values():
        if isinstance(sc.value, str) and sc.style in ("", "'") and "\n" in ep.text[sc.start:sc.end]:
            s = sc.start + (sc.style == "'")
            lines = _align_lines(ep.text, s, sc.end, sc.value, sc.style or "")
            args = (ep.text, sc.start, sc.end, sc.style, sc.value)
            assert lines is None or list(lines) == _align_by_characters(*args)
            answered += lines is not None
    assert answered > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["---", "...", "\n", "\r\n", " ", "\t", "a", "--", "---x"]), max_size=12),
       st.integers(0, 40))
def test_closing_fence_is_the_multiline_search(pieces, pos):
    text = "".join(pieces)
    pos = min(pos, len(text))
    expected, found = FENCE.search(text, pos), closing_fence(text, pos)
    assert (expected and expected.span()) == (found and found.span())


@given(st.text(alphabet=st.sampled_from(list("\n\ra é\U0001F600\u2028")), max_size=40))
def test_line_starts_follow_every_line_feed(text):
    assert LineIndex(text).starts == [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


@given(st.text(max_size=40) | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_quote_key_is_the_substitution(text):
    assert _quote_key(text) == _QUOTE_KEY.sub(" ", text.lower()).strip()


def test_int_fast_path_and_edge_integers_read_as_safe_load():
    values = ["0", "7", "012", "-3", "+4", "1_000", "0x1f", "1:30", "123456789012345678", "1234567890123456789"]
    source = "".join(f"k{n}: {v}\n" for n, v in enumerate(values)) + "9: nine\n"
    assert _parse(source).data == yaml.safe_load(source)


def test_item_descendants_end_at_their_last_scalar():
    ep = _parse("a:\n- x: 1\n  y: [2, 3]   # note\n- &i {z: 4}\n- q: *i\n  r: s\n")
    text = ep.text
    assert text[:_last_descendant_end(ep, "a[0]")].endswith("[2, 3]")
    assert text[:_last_descendant_end(ep, "a[1]")].endswith("{z: 4")
    assert text[:_last_descendant_end(ep, "a[2]")].endswith("r: s")  # the alias sits at its anchor


def test_rows_are_the_table_values():
    ep = parse_episode(SEED.read_bytes(), Episode(path=str(SEED)))
    batch = Batch([ep, _parse("companies:\n- plain\n- name: X\n")], knowledge=None)
    for name, (_, columns) in LIST_TABLES.items():
        frame = batch.table(name)
        for column in ("file", "ep", "index", "field", *columns):
            rows = [r[0] for r in batch.rows(name, column, column)]
            assert len(rows) == len(frame)
            for a, b in zip(frame[column].tolist(), rows):
                assert a is b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


def test_texts_are_gathered_once_and_read_again():
    batch = Batch([_parse("title: T\nsummary: S\nquotes:\n- text: Q\n")], knowledge=None)
    first = list(batch.texts())
    assert [(p, t) for _, p, t, _ in first] == [("title", "T"), ("summary", "S"), ("quotes[0].text", "Q")]
    assert list(batch.texts()) == first


def test_the_loaders_resolve_gives_pyyamls_tags():
    # the long-plain-scalar shortcut (`_Loader._longest`) included: every value PyYAML's safe
    # loader tags other than str, and strings of their characters, long and short
    ours, ref = _Loader("a: 1"), yaml.SafeLoader("a: 1")
    values = ["yes", "Yes", "NO", "on", "OFF", "true", "False", "null", "Null", "~", "", "1", "1.5",
              "-1e+3", ".inf", "-.Inf", ".NaN", "0x1F", "0o17", "0b101", "1_000", "190:20:30",
              "12345678901234567890", "2025-03-11", "2025-03-11 09:00:00 +0000",
              "2001-12-14t21:59:43.10-05:00", "2001-12-14   21:59:43.10 -5", "<<", "=", "!", "&", "*",
              "text", "truest", "nully", "yes no", "the end", "Falsey"]
    rng = random.Random(7)
    values += ["".join(rng.choice("yYnNtTfFlLsuaO019.-+:_ eE<=~x") for _ in range(rng.randint(0, 40)))
               for _ in range(20000)]
    assert sum(ref.resolve(ScalarNode, v, (True, False)) != "tag:yaml.org,2002:str" for v in values) > 500
    for v in values:
        for implicit in ((True, False), (False, True)):
            assert ours.resolve(ScalarNode, v, implicit) == ref.resolve(ScalarNode, v, implicit), (v, implicit)
    assert ours.resolve(SequenceNode, None, True) == ref.resolve(SequenceNode, None, True)
    assert ours.resolve(MappingNode, None, True) == ref.resolve(MappingNode, None, True)
