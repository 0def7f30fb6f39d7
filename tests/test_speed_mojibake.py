"""U101's shortcuts agree with the plain definitions they replace: the word alignment of a repair
(split only between the first and the last change), the configuration of ftfy's step (transcoding
steps off only where their byte patterns cannot match), and the rule's walk over the scalars."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import ftfy
import pytest
from ftfy import chardata

from audit.checks import mojibake
from audit.checks.mojibake import _char_diff_spans, _step_config, _whole_string_spans, fix_encoding
from tests.conftest import TESTDATA

CASES = sorted((TESTDATA / "ftfy-cases").glob("*.json"))
EDGE = ",.;:!?\"'()[]{}"  # ASCII punctuation, never a byte of mojibake
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"  # all the sample episodes


def _plain_whole_string_spans(text, fixed):
    """The definition: split both texts into words and white space, compare word by word; a
    changed word's span leaves out the ASCII punctuation both spellings start or end with."""
    words, repaired = re.split(r"(\s+)", text), re.split(r"(\s+)", fixed)
    if len(words) == len(repaired) and words[1::2] == repaired[1::2]:
        out, pos = [], 0
        for w, r in zip(words, repaired):
            if w != r:
                lead = trail = 0
                while (len(w) - lead - trail > 1 and len(r) - lead - trail > 1
                       and w[-1 - trail] in EDGE and w[-1 - trail] == r[-1 - trail]):
                    trail += 1
                while (len(w) - lead - trail > 1 and len(r) - lead - trail > 1
                       and w[lead] in EDGE and w[lead] == r[lead]):
                    lead += 1
                out.append((pos + lead, pos + len(w) - trail, r[lead:len(r) - trail]))
            pos += len(w)
        return out
    return _char_diff_spans(text, fixed)


def _ftfy_texts():
    for path in CASES:
        for case in json.loads(path.read_text(encoding="utf-8")):
            for text in (case["original"], case["fixed"]):
                yield text
                yield "x " * 20 + text + " y" * 20


def test_whole_string_spans_on_ftfys_cases():
    n = 0
    for text in _ftfy_texts():
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            n += 1
            assert _whole_string_spans(text, fixed) == _plain_whole_string_spans(text, fixed), repr(text)
    assert n > 50


@pytest.mark.parametrize("seed", range(3))
def test_whole_string_spans_on_random_edits(seed):
    """Any two different texts, not only repairs: edits of words, of white space, at the ends."""
    rng = random.Random(seed)
    alphabet = ["a", "b", "é", "—", " ", "  ", "\n", "\t", "\xa0", "x", "â€", "™"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        fixed = list(text)
        for _ in range(rng.randint(1, 3)):
            k = rng.randint(0, len(fixed))
            op = rng.random()
            if op < 0.4 and k < len(fixed):
                fixed[k] = rng.choice(alphabet)
            elif op < 0.7:
                fixed.insert(k, rng.choice(alphabet))
            elif k < len(fixed):
                del fixed[k]
        fixed = "".join(fixed)
        if fixed != text:
            assert _whole_string_spans(text, fixed) == _plain_whole_string_spans(text, fixed), (text, fixed)


def _full_config_step(text):
    return ftfy._fix_encoding_one_step_and_explain(text, mojibake._STEP_CONFIG).text


def test_the_transcoding_shortcut_is_on_with_this_ftfy():
    assert mojibake._STEPS_KNOWN and mojibake._ALTERED_TEXT is not None


@pytest.mark.parametrize("seed", range(3))
def test_steps_left_out_could_not_have_matched(seed):
    """Where _step_config turns a transcoding step off, its byte pattern matches the text in none
    of ftfy's encodings, and ftfy's step gives the same text as with the step on."""
    rng = random.Random(seed)
    # bytes that make the patterns match, as text in the encodings, and ASCII around them
    specials = sorted({bytes([b]).decode(enc) for enc in chardata.CHARMAP_ENCODINGS for b in range(0x80, 0x100)
                       if _decodes(b, enc)} | {"\ufffd", "\x1a"})
    for _ in range(20000):
        text = "".join(rng.choice(specials) if rng.random() < 0.5 else rng.choice(" ?a.") for _ in range(rng.randint(1, 8)))
        config = _step_config(text)
        for enc in chardata.CHARMAP_ENCODINGS:
            if not chardata.possible_encoding(text, enc):
                continue
            data = text.encode(enc)
            if not config.restore_byte_a0:
                assert chardata.ALTERED_UTF8_RE.search(data) is None, (text, enc)
            if not config.replace_lossy_sequences and enc.startswith("sloppy"):
                assert chardata.LOSSY_UTF8_RE.search(data) is None, (text, enc)
        assert ftfy._fix_encoding_one_step_and_explain(text, config).text == _full_config_step(text)


def _decodes(b, enc):
    try:
        bytes([b]).decode(enc)
        return True
    except UnicodeDecodeError:
        return False


def test_steps_are_left_out_for_common_text():
    """The shortcut does something: text with curly quotes and dashes runs neither step."""
    config = _step_config("Meta’s model — “quoted” â€” here? yes")
    assert not config.restore_byte_a0 and not config.replace_lossy_sequences
    assert _step_config("Ã  la carte").restore_byte_a0  # "à" whose A0 byte became a space
    assert _step_config("broken â€? quote").replace_lossy_sequences


def test_fix_encoding_is_ftfys_on_its_cases_and_lossy_text():
    for text in _ftfy_texts():
        assert fix_encoding(text) == ftfy.fix_encoding(text), text
    for text in ("â€œ like this â€\ufffd", "quoted â€œtextâ€? and more", "Ã  la", "cafÃ\xa0 ok", "â€¦?"):
        assert fix_encoding(text) == ftfy.fix_encoding(text), text


def test_the_rule_reads_the_strings_batch_strings_gives():
    """Mojibake.check walks ep.scalars itself: the same strings, in the same order."""
    from audit.config import Settings
    from audit.engine import Auditor, discover
    from audit.episode import load_episode
    from audit.tables import Batch

    files = discover([EXAMPLES], ["*.md", "*.txt"], [])
    auditor = Auditor(Settings())
    batch = Batch([load_episode(p, d) for p, d in files], auditor.knowledge)
    seen = [(ep.path, path, value) for ep in batch.episodes for path, sc in ep.scalars.items()
            for value in [sc.value] if isinstance(value, str) and path and not value.isascii()]
    expected = [(ep.path, path, value) for ep, path, value in batch.strings() if not value.isascii()]
    assert seen == expected and seen
    rule = mojibake.Mojibake()
    found = [(f.file, f.field, f.column, f.evidence) for f in rule.check(batch)]
    plain = []
    for ep, path, value in batch.strings():
        for a, b, repaired in mojibake.mojibake_spans(value):
            plain.append((ep.path, path, value[a:b]))
    assert [(f, p, e) for f, p, _, e in found] == plain and plain


def test_an_ascii_file_is_skipped_only_without_escapes():
    """The rule skips a file that is ASCII and has no backslash: YAML makes a non-ASCII string from
    ASCII source only by escapes. Mojibake written with escapes is still found."""
    from tests.conftest import audit_text

    escaped = '---\ntitle: "Meta\\u00e2\\u0080\\u0099s model"\n---\nbody\n'
    assert escaped.isascii()
    assert [f.rule for f in audit_text(escaped, select=("U101",))] == ["U101"]
    assert audit_text("---\ntitle: Meta's model\n---\nbody\n", select=("U101",)) == []
