"""Property tests of `audit fix` over generated episode files (hypothesis).

Each file mixes scalar styles (plain, plain folded across lines, single- and double-quoted, also
folded, with escapes, literal blocks), comments, CRLF, a BOM, non-ASCII text and a body, and
plants defects the fixers repair: mojibake (U101), "Lama 4" (M301) and not-mentioned entities
(N201, unsafe: the item is removed). The invariants: the fixed file re-parses, its data is exactly
the original data with the planted defects repaired (so no other field changed), everything
outside the front matter and every comment survive, line endings and the BOM stay, and a second
run has nothing to do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from audit.fix import fix_text

RULES = ["U101", "M301", "N201"]
AUDITOR = Auditor(Settings(select=RULES))

WORDS = ["the", "plan", "open", "model", "weights", "café", "naïve", "—", "“quoted”", "日本語",
         "€5", "it's", "Zürich", "and", "more", "release", "Llama", "ümlaut", "deep", "(note)"]
DEFECTS = {"Metaâ€™s": "Meta’s", "â€”": "—", "Lama 4": "Llama 4"}
STYLES = ["plain", "plain-folded", "single", "single-folded", "double", "double-folded", "literal"]


def _lines(words: list[str], indent: int, width: int) -> list[str]:
    lines, cur = [], []
    for w in words:
        cur.append(w)
        if len(cur) >= width:
            lines.append(" ".join(cur))
            cur = []
    if cur:
        lines.append(" ".join(cur))
    return lines


def render(words: list[str], style: str, indent: int, width: int, escape: bool) -> str:
    """YAML source (after `key: `) of the string " ".join(words) in `style`."""
    pad = "\n" + " " * (indent + 2)
    folded = style.endswith("-folded")
    lines = _lines(words, indent, width) if folded else [" ".join(words)]
    if style.startswith("plain"):
        return pad.join(lines)
    if style.startswith("single"):
        return "'" + pad.join(line.replace("'", "''") for line in lines) + "'"
    if style.startswith("double"):
        def esc(s: str) -> str:
            s = s.replace("\\", "\\\\").replace('"', '\\"')
            return s.replace("é", "\\u00e9") if escape else s
        return '"' + pad.join(esc(line) for line in lines) + '"'
    return "|-" + pad + " ".join(words)  # literal


@st.composite
def text_value(draw, defect_chance=True):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    if defect_chance:
        for defect in draw(st.lists(st.sampled_from(sorted(DEFECTS)), max_size=3)):
            words.insert(draw(st.integers(0, len(words))), defect)
    if words[0] in ("—", "â€”") or words[0].startswith(("“", "(")):
        words.insert(0, "so")  # keep plain scalars from starting oddly
    return words


def repaired(words: list[str]) -> str:
    return " ".join(DEFECTS.get(w, w) for w in words)


@st.composite
def episode(draw):
    crlf, bom = draw(st.booleans()), draw(st.booleans())
    lines: list[str] = []
    data: dict = {}
    comments: list[str] = []

    def comment(tag: str) -> str:
        if draw(st.booleans()):
            c = f"# {tag} ü"
            comments.append(c)
            return "  " + c
        return ""

    def scalar_line(key: str, indent: int, words: list[str]) -> str:
        style = draw(st.sampled_from(STYLES))
        src = render(words, style, indent, draw(st.integers(2, 5)), draw(st.booleans()))
        trail = comment(key) if style in ("plain", "single", "double") else ""
        return f"{key}: {src}{trail}"

    if draw(st.booleans()):
        lines.append("# leading comment")
        comments.append("# leading comment")
    title = draw(text_value())
    lines.append(scalar_line("title", 0, title))
    data["title"] = repaired(title)
    summary = draw(text_value())
    lines.append(scalar_line("summary", 0, summary))
    data["summary"] = repaired(summary)

    companies = []
    lines.append("companies:" + comment("companies"))
    for n in range(draw(st.integers(1, 5))):
        gone = draw(st.booleans())
        if gone:
            item = [f"- name: Company{n}", "  confidence: low", "  context: Not mentioned.",
                    "  source: llm_enhanced"]
        else:
            ctx = draw(text_value())
            item = [f"- name: Company{n}" + comment(f"item {n}"), "  confidence: high",
                    "  " + scalar_line("context", 2, ctx)]
            companies.append({"name": f"Company{n}", "confidence": "high", "context": repaired(ctx)})
        lines.extend(item)
        if not gone and draw(st.booleans()):
            lines.append(f"# after item {n}")
            comments.append(f"# after item {n}")
    data["companies"] = companies
    lines.append("tags: [ai, 'open source', \"Zürich\"]" + comment("tags"))
    data["tags"] = ["ai", "open source", "Zürich"]
    lines.append("date: 2025-04-29")
    body = draw(st.sampled_from(["\n<!-- body: Metaâ€™s Lama 4 — é -->\n", "\n", "\nno final newline"]))
    text = "---\n" + "\n".join(lines) + "\n---" + body
    if crlf:
        text = text.replace("\n", "\r\n")
    if bom:
        text = "\ufeff" + text
    return text, data, comments, crlf, bom, body.replace("\n", "\r\n") if crlf else body


def parse(text: str) -> Episode:
    return parse_episode(text, Episode(path="gen.md"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(episode())
def test_fix_invariants(case):
    text, expected, comments, crlf, bom, body = case
    ep = parse(text)
    assert ep.ok, ep.problems
    r = fix_text(AUDITOR, ep, unsafe=True)
    assert r.error is None and not r.rejected and r.note is None, [x.reason for x in r.rejected]

    after = parse(r.text)
    assert after.ok, after.problems
    data = dict(after.data)
    data.pop("date")
    # exactly the planted repairs: no other field changed
    assert data == expected
    assert not [f for f in r.remaining if f.fix is not None]

    # outside the edited spans: BOM, line endings, comments and the body survive
    assert r.text.startswith("\ufeff") == bom
    if crlf:
        assert r.text.count("\n") == r.text.count("\r\n")
    else:
        assert "\r" not in r.text
    assert r.text.endswith("---" + body)
    for c in comments:
        assert c in r.text

    # idempotent
    again = fix_text(AUDITOR, after, unsafe=True)
    assert again.text == r.text and not again.applied


@settings(max_examples=40, deadline=None)
@given(episode())
def test_safe_fixes_keep_every_entity(case):
    text, expected, *_ = case
    r = fix_text(AUDITOR, parse(text), unsafe=False)
    after = parse(r.text)
    assert after.ok
    assert len(after.data["companies"]) == text.count("- name: Company")
    assert after.data["title"] == expected["title"] and after.data["summary"] == expected["summary"]
    assert all(f.fix.is_safe for f in r.applied)
