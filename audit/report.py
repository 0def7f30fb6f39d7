"""View models of the HTML report (coverage.py's habit: build plain data first, then render).

`episode_view(result, text)` turns one `FileResult` plus the file's text into an `EpisodeView`
(header, findings with their fix as before/after, the source as escaped HTML lines with the
flagged spans marked); `index_view(episodes, meta)` sums them up for `index.html`.

Everything taken from an episode is untrusted: the source HTML is built here with `html.escape`
on every piece of file text (the only HTML not produced by autoescaping templates), and links
are kept only for http/https URLs.
"""

from __future__ import annotations

import hashlib
import os
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .episode import FENCE, closing_fence
from .findings import FAMILIES, Finding
from . import regexcache

SEVERITIES = ("error", "warning", "info")
_SEV_RANK = {"error": 3, "warning": 2, "info": 1}
MAX_FIX_LINES = 12  # before/after longer than this is cut, with a note
MAX_FIX_WIDTH = 240  # a longer line of a fix's before/after is cut to its change ...
FIX_CONTEXT = 80  # ... with this many characters around it

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


# --- page names ----------------------------------------------------------------------------------

_UNSAFE = regexcache.compile(r"[^A-Za-z0-9._-]+")


def page_name(display: str, taken: set[str] | None = None) -> str:
    """Safe, stable, unique page file name for an episode's display path.

    Readable stem (only [A-Za-z0-9._-], no leading dot, so no traversal and no hidden files) plus a
    hash of the whole path, so `a/x.md` and `b/x.md` never collide. `taken` guards against the
    (astronomically unlikely) hash collision by lengthening the hash.
    """
    stem = _UNSAFE.sub("_", Path(display).name).strip("._-")[:60] or "episode"
    digest = hashlib.sha1(display.encode("utf-8", "surrogatepass")).hexdigest()
    for n in (10, 16, 40):
        name = f"{stem}-{digest[:n]}.html"
        if taken is None or name not in taken:
            break
    if taken is not None:
        taken.add(name)
    return name


# --- reading the file again --------------------------------------------------------------------------

def decode(raw: bytes) -> str:
    """The file's text exactly as the loader decoded it (offsets of findings point into it)."""
    if not raw.strip() or b"\x00" in raw[:8192]:
        return ""  # empty or binary: the loader kept no text either
    return raw.decode("utf-8", "replace")


_TOP_KEY = regexcache.compile(r"^(title|date|duration|original_url)[ \t]*:", re.M)
_NEXT_TOP = regexcache.compile(r"^[^\s#-]", re.M)


def header_fields(text: str) -> dict:
    """title, date, duration, original_url of the front matter without parsing all of it.

    Parsing the whole front matter again costs as much as the audit's own parse; these keys are
    top-level, so each one's block (its line plus indented continuation lines) is parsed alone.
    The last occurrence wins, as in YAML.
    """
    out: dict = {}
    begin = 1 if text.startswith("\ufeff") else 0
    if not text.startswith("---", begin):
        return out
    first = FENCE.match(text, begin)
    if not first:
        return out
    fm_start = text.find("\n", first.end()) + 1
    closing = closing_fence(text, fm_start) if fm_start else None
    if not closing:
        return out
    fm = text[fm_start:closing.start()]
    for m in _TOP_KEY.finditer(fm):
        eol = fm.find("\n", m.end())
        nxt = _NEXT_TOP.search(fm, eol + 1) if eol != -1 else None
        block = fm[m.start(): nxt.start() if nxt else len(fm)]
        try:
            value = yaml.load(block, Loader=_Loader)
        except (ValueError, OverflowError):  # a date that is no date ("2024-02-30"): shown as written
            raw = block[m.end() - m.start():].strip()
            if raw and "\n" not in raw:
                out[m.group(1)] = raw
            continue
        except (yaml.YAMLError, TypeError, RecursionError):
            continue
        if isinstance(value, dict) and m.group(1) in value:
            out[m.group(1)] = value[m.group(1)]
    return out


def safe_url(value) -> str | None:
    """The URL when it is a plain http(s) link; None for javascript:, data:, relative or odd ones."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def repaired_title(title) -> tuple[str, str | None]:
    """(title to show, original when mojibake was repaired else None)."""
    if title is None:
        return "", None
    title = str(title)
    try:
        import ftfy
        fixed = ftfy.fix_encoding(title)
    except Exception:  # noqa: BLE001 - a display nicety must not break the report
        fixed = title
    return (fixed, title) if fixed != title else (title, None)


def format_duration(value) -> str:
    """75 -> '75 min' (the pipeline writes minutes); strings are shown as they are."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        minutes = int(value)
        return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"
    return str(value)


# --- view models -------------------------------------------------------------------------------

@dataclass
class FixView:
    applicability: str
    description: str
    before: list[tuple[int, str]]  # (line number, text)
    after: list[str]
    cut: int = 0  # lines left out of the longer side


@dataclass
class FindingView:
    id: int  # index on its page
    rule: str
    name: str
    family: str
    severity: str
    field: str | None
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    evidence: str
    start: int
    end: int
    fix: FixView | None = None


@dataclass
class EpisodeView:
    file: str
    page: str
    title: str
    title_original: str | None
    date: str
    duration: str
    source_url: str | None
    error: str | None
    findings: list[FindingView]
    by_severity: dict[str, int]
    by_family: dict[str, int]
    worst_families: list[str]
    source_html: str = ""  # escaped HTML lines (built in `source_lines`)
    line_count: int = 0


@dataclass
class Bar:
    label: str
    count: int
    title: str = ""
    by_severity: dict[str, int] = field(default_factory=dict)


@dataclass
class IndexView:
    episodes: list[EpisodeView]
    files: int
    findings: int
    clean: int
    by_severity: dict[str, int]
    by_family: list[Bar]
    by_rule: list[Bar]
    families: list[str]
    meta: dict


def _fix_view(f: Finding, text: str, starts: list[int]) -> FixView | None:
    fix = f.fix
    if fix is None or not text:
        return None
    n = len(text)
    edits = fix.edits
    if len(edits) == 1:  # nearly every fix: nothing to sort
        e = edits[0]
        if not 0 <= e.start <= e.end <= n:
            edits = ()
    else:
        edits = sorted((e for e in edits if 0 <= e.start <= e.end <= n), key=_edit_order)
    if not edits:
        return FixView(fix.applicability, fix.description, [], [])
    first = edits[0]
    lo = min(f.start, first.start) if f.end > f.start else first.start
    hi = first.end if len(edits) == 1 else max(e.end for e in edits)
    first_line = bisect_right(starts, lo)
    ls = starts[first_line - 1]
    le = text.find("\n", max(hi - 1, ls) if hi > ls else ls)
    le = n if le == -1 else le
    if hi > le:  # an edit eating the newline (an item removal)
        le = hi
    before = text[ls:le]
    # Apply front to back on the region, skipping overlaps (as fix.py does).
    out, pos = [], ls
    for e in edits:
        if e.start < pos:
            continue
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:le])
    after = "".join(out)
    if "\r" in before or "\r" in after:
        b_lines = [s.rstrip("\r") for s in before.split("\n")]
        a_lines = [s.rstrip("\r") for s in after.split("\n")] if after else []
    else:
        b_lines = before.split("\n")
        a_lines = after.split("\n") if after else []
    if b_lines and b_lines[-1] == "" and len(b_lines) > 1:
        b_lines.pop()
    if a_lines and a_lines[-1] == "":
        a_lines.pop()
    # Drop identical leading/trailing lines so a long region shows what changes.
    while len(b_lines) > 1 and a_lines and b_lines[0] == a_lines[0]:
        b_lines.pop(0)
        a_lines.pop(0)
        first_line += 1
    while len(b_lines) > 1 and a_lines and b_lines[-1] == a_lines[-1]:
        b_lines.pop()
        a_lines.pop()
    cut = max(0, len(b_lines) - MAX_FIX_LINES) + max(0, len(a_lines) - MAX_FIX_LINES)
    b_lines, a_lines = b_lines[:MAX_FIX_LINES], a_lines[:MAX_FIX_LINES]
    if len(b_lines) == len(a_lines):
        b_lines, a_lines = map(list, zip(*map(_clip_pair, b_lines, a_lines))) if b_lines else ([], [])
    else:
        b_lines, a_lines = [_clip(s, 0, len(s)) for s in b_lines], [_clip(s, 0, len(s)) for s in a_lines]
    before_view = [(first_line + i, s) for i, s in enumerate(b_lines)]
    return FixView(fix.applicability, fix.description, before_view, a_lines, cut)


def _clip(line: str, a: int, b: int) -> str:
    """`line` cut to its change line[a:b] with FIX_CONTEXT characters around it, at most
    MAX_FIX_WIDTH in all, an ellipsis where something is left out; short lines as they are."""
    if len(line) <= MAX_FIX_WIDTH:
        return line
    lo = max(0, a - FIX_CONTEXT)
    hi = min(len(line), b + FIX_CONTEXT, lo + MAX_FIX_WIDTH)
    return ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")


def _clip_pair(before: str, after: str) -> tuple[str, str]:
    """A changed line and its new text, each cut to where they differ (see `_clip`). A page shows
    a fix per finding: a one-line summary of 8 KB fixed a thousand times made the page 2,000 times
    that summary, 16 MB."""
    if len(before) <= MAX_FIX_WIDTH and len(after) <= MAX_FIX_WIDTH:
        return before, after
    p = len(os.path.commonprefix([before, after]))
    s = len(os.path.commonprefix([before[p:][::-1], after[p:][::-1]]))
    return _clip(before, p, len(before) - s), _clip(after, p, len(after) - s)


def _edit_order(e) -> tuple[int, int]:
    return e.start, e.end


def _worst_families(findings: list[FindingView], n: int = 3) -> list[str]:
    score: Counter = Counter()
    for f in findings:
        score[f.family] += 1000 ** (_SEV_RANK.get(f.severity, 1) - 1)
    return [fam for fam, _ in score.most_common(n)]


def episode_view(result, text: str, page: str, full: bool = True) -> EpisodeView:
    """View of one audited file; `text` is the file's text (`decode` of its bytes).

    `full=False` leaves out what only the episode page needs (fix before/after, the source
    lines): enough for the index when the page itself is already up to date.
    """
    head = header_fields(text) if text else {}
    title, original = repaired_title(head.get("title"))
    date = head.get("date")
    starts = line_starts(text) if text and full else [0]
    findings = []
    for i, f in enumerate(result.findings):
        start = max(0, min(f.start, len(text)))
        end = max(start, min(f.end, len(text)))
        findings.append(FindingView(
            id=i, rule=f.rule, name=f.name, family=f.family, severity=str(f.severity), field=f.field,
            line=f.line, column=f.column, end_line=f.end_line, end_column=f.end_column,
            message=f.message, evidence=f.evidence, start=start, end=end,
            fix=_fix_view(f, text, starts) if full else None))
    sev = Counter(f.severity for f in findings)
    fam = Counter(f.family for f in findings)
    view = EpisodeView(
        file=result.file, page=page, title=title, title_original=original,
        date="" if date is None else str(date), duration=format_duration(head.get("duration")),
        source_url=safe_url(head.get("original_url")), error=result.error, findings=findings,
        by_severity={s: sev[s] for s in SEVERITIES}, by_family=dict(fam.most_common()),
        worst_families=_worst_families(findings))
    if full:
        view.source_html, view.line_count = source_lines(text, findings, starts)
    return view


# --- the source with line numbers and marks ----------------------------------------------------------

def source_lines(text: str, findings: list[FindingView], starts: list[int] | None = None) -> tuple[str, int]:
    """The file as HTML lines: `<div id="L12">` per line, `<mark data-f="3 7">` per flagged span.

    Built with plain string operations, not a template call per line: the whole text is escaped
    at once and split, unflagged lines come from one list comprehension, and only flagged lines
    are cut into pieces. Spans of several findings may overlap; such a line is cut at every span
    boundary and each piece lists the findings covering it, so no mark nests in another.
    """
    if not text:
        return "", 0
    lines = text.split("\n")
    if starts is None:
        starts = line_starts(text)
    nlines = len(lines)
    flagged: dict[int, list[FindingView]] = {}  # 0-based line -> findings flagged on it
    spans: dict[int, list[tuple[int, int, int]]] = {}  # line -> (start, end, finding id), line coords
    for f in findings:
        if f.end > f.start:  # the offsets are the truth for the marks
            first = bisect_right(starts, f.start) - 1
            last = bisect_right(starts, f.end - 1) - 1
            for ln in range(first, last + 1):
                line = lines[ln]
                a = max(f.start - starts[ln], 0)
                b = min(f.end - starts[ln], len(line) - line.endswith("\r"))
                if b > a:
                    spans.setdefault(ln, []).append((a, b, f.id))
        else:
            first = max(0, min(f.line, nlines) - 1)
            last = max(first, min(f.end_line, nlines) - 1)
        for ln in range(first, last + 1):
            flagged.setdefault(ln, []).append(f)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    escaped = escape(text, False).split("\n")
    out = [f'<div id="L{n}"><a href="#L{n}">{n}</a>{s}</div>' for n, s in enumerate(escaped, 1)]
    for i, fs in flagged.items():
        n = i + 1
        worst = max(fs, key=_rank).severity
        ids = " ".join(str(f.id) for f in fs)
        line = lines[i].rstrip("\r")
        body = _marked(line, spans[i], fs) if i in spans else escaped[i]
        tip = escape("; ".join(f"{f.rule} {f.message}" for f in fs[:5]))
        out[i] = (f'<div id="L{n}" class="fl s-{worst}" data-f="{ids}"><a href="#L{n}">{n}</a>'
                  f'<i class="mk" title="{tip}"></i>{body}</div>')
    if len(out) > 1 and lines[-1] == "":
        out.pop()  # the file's final newline is not a line of its own
    return "\n".join(out), len(out)


def line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def _rank(f: FindingView) -> int:
    return _SEV_RANK.get(f.severity, 0)


def _marked(line: str, spans, fs: list[FindingView]) -> str:
    if len(spans) == 1:  # most flagged lines: one span, the pieces before, in and after it
        a, b, fid = spans[0]
        sev = next(f.severity for f in fs if f.id == fid)
        return (f'{escape(line[:a], False)}<mark class="s-{sev}" data-f="{fid}">{escape(line[a:b], False)}</mark>'
                f'{escape(line[b:], False)}')
    sev = {f.id: f.severity for f in fs}
    cuts = sorted({0, len(line), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(line[a:b], False)
        cover = [fid for s, e, fid in spans if s <= a and b <= e]
        if cover:
            worst = max((sev.get(fid, "info") for fid in cover), key=lambda s: _SEV_RANK.get(s, 0))
            ids = " ".join(map(str, cover))
            parts.append(f'<mark class="s-{worst}" data-f="{ids}">{piece}</mark>')
        else:
            parts.append(piece)
    return "".join(parts)


# --- the index ------------------------------------------------------------------------------------

def index_view(episodes: list[EpisodeView], meta: dict) -> IndexView:
    sev: Counter = Counter()
    fam: dict[str, Counter] = {}
    rule: dict[str, Counter] = {}
    names: dict[str, str] = {}
    for ep in episodes:
        for f in ep.findings:
            sev[f.severity] += 1
            fam.setdefault(f.family, Counter())[f.severity] += 1
            rule.setdefault(f.rule, Counter())[f.severity] += 1
            names[f.rule] = f"{f.name} ({f.family})"
    family_bars = sorted((Bar(k, sum(c.values()), k, dict(c)) for k, c in fam.items()),
                         key=lambda b: (-b.count, b.label))
    rule_bars = sorted((Bar(k, sum(c.values()), names[k], dict(c)) for k, c in rule.items()),
                       key=lambda b: (-b.count, b.label))
    families = [f for f in FAMILIES if f in fam] + sorted(f for f in fam if f not in FAMILIES)
    return IndexView(
        episodes=episodes, files=len(episodes), findings=sum(sev.values()),
        clean=sum(1 for e in episodes if not e.findings and not e.error),
        by_severity={s: sev[s] for s in SEVERITIES}, by_family=family_bars, by_rule=rule_bars,
        families=families, meta=meta)
