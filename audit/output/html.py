"""HTML report: a self-contained site (index.html, one page per episode, local CSS/JS).

`write_site(results, files, out_dir, meta)` renders each episode page as its result arrives (the
file's text is read again here; its findings come from the audit), then the index. Templates are
compiled once per process; the source listing of a page is built by `audit.report.source_lines`
in one pass, not by a template loop. Static files are copied with content-hashed names, so a
browser never shows a stale stylesheet next to a new page. Nothing is fetched from the network.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..atomic import write_text_atomic
from ..episode import read_file_bytes
from ..report import SEVERITIES, EpisodeView, FindingView, decode, episode_view, index_view, page_name

STATIC = ("report.css", "index.js", "episode.js")
PAGES_DIR = "episodes"
STATIC_DIR = "static"
MANIFEST = ".pages.json"  # page name -> digest of what it was rendered from


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("audit", "templates"),
        autoescape=True,  # every template, whatever its name: episode content is untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json_script"] = json_script
    return env


def json_script(value) -> Markup:
    """JSON safe inside <script type="application/json">: no '<', '>', '&' or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                 ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(a, b)
    return Markup(text)


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def copy_static(out_dir: Path) -> dict[str, str]:
    """Copy the assets under content-hashed names; returns {name: relative url from out_dir}."""
    src = Path(__file__).resolve().parent.parent / "templates"
    dest = out_dir / STATIC_DIR
    dest.mkdir(parents=True, exist_ok=True)
    urls = {}
    for name in STATIC:
        data = (src / name).read_bytes()
        stem, ext = os.path.splitext(name)
        hashed = f"{stem}-{hashlib.sha256(data).hexdigest()[:10]}{ext}"
        target = dest / hashed
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
        urls[name] = f"{STATIC_DIR}/{hashed}"
    return urls


def write_site(results: Iterable, files: list[tuple[Path, str]], out_dir: str | Path,
               meta: dict) -> tuple[Path, list[EpisodeView]]:
    """Write the report; returns (path of index.html, the episode views)."""
    out = Path(out_dir)
    pages = out / PAGES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    gitignore = out / ".gitignore"
    if not gitignore.exists():
        _write(gitignore, "# Created by `audit report`; the report is generated.\n*\n")
    static = copy_static(out)
    env = environment()
    episode_tpl = env.get_template("episode.html")
    paths = {display: path for path, display in files}
    taken: set[str] = set()
    views: list[EpisodeView] = []
    page_static = {k: f"../{v}" for k, v in static.items()}
    # Episode pages carry no run-specific data (no date, no inputs), so a page whose file, findings,
    # templates and rule set are unchanged is left as it is: a re-run after a warm `check` costs
    # little more than the index.
    page_meta = {"version": meta.get("version"), "ruleset": meta.get("ruleset")}
    render_key = _render_key(page_meta, static)
    manifest_path = pages / MANIFEST
    old_manifest = _load_manifest(manifest_path)
    manifest: dict[str, str] = {}
    for result in results:
        page = page_name(result.file, taken)
        raw = _read_bytes(paths.get(result.file, result.file))
        text = decode(raw)
        digest = _page_digest(render_key, raw, result)
        manifest[page] = digest
        if old_manifest.get(page) == digest and (pages / page).is_file():
            views.append(episode_view(result, text, page, full=False))
            continue
        view = episode_view(result, text, page)
        html = episode_tpl.render(ep=view, source=Markup(view.source_html), static=page_static,
                                  findings_html=Markup(findings_html(view.findings)),
                                  meta=page_meta, severities=SEVERITIES, index_url="../index.html")
        _write(pages / page, html)
        view.source_html = ""  # not needed any more; keeps memory flat on big corpora
        for f in view.findings:
            f.fix = None
        views.append(view)
    write_text_atomic(manifest_path, json.dumps(manifest, sort_keys=True))
    index = index_view(views, meta)
    rows = [[v.title or v.file, v.file, v.date, v.by_severity["error"], v.by_severity["warning"],
             v.by_severity["info"], len(v.findings), list(v.by_family), 1 if v.error else 0]
            for v in views]
    html = env.get_template("index.html").render(
        ix=index, rows=rows, static=static, meta=meta, severities=SEVERITIES, pages_dir=PAGES_DIR)
    index_path = out / "index.html"
    write_text_atomic(index_path, html)
    return index_path, views


def _read_bytes(path) -> bytes:
    try:
        return read_file_bytes(path)
    except OSError:
        return b""


def _render_key(page_meta: dict, static: dict) -> bytes:
    """Everything besides the file and its findings that shapes an episode page."""
    h = hashlib.sha256(json.dumps([page_meta, static], sort_keys=True).encode())
    folder = Path(__file__).resolve().parent.parent / "templates"
    for name in sorted(p.name for p in folder.glob("*.html")):
        h.update(name.encode())
        h.update((folder / name).read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).resolve().parent.parent / "report.py").read_bytes())
    return h.digest()


def _page_digest(render_key: bytes, raw: bytes, result) -> str:
    h = hashlib.sha256(render_key)
    h.update(hashlib.sha256(raw).digest())
    h.update(repr((result.file, result.error, [_finding_tuple(f) for f in result.findings])).encode())
    return h.hexdigest()


def _finding_tuple(f) -> tuple:
    return (f.rule, f.name, f.family, str(f.severity), f.field, f.line, f.column, f.end_line,
            f.end_column, f.message, f.evidence, f.start, f.end,
            None if f.fix is None else (f.fix.applicability, f.fix.description, f.fix.edits))


def _load_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def findings_html(findings: list[FindingView]) -> str:
    """The findings list items. Built here rather than by a template loop because a page can hold
    hundreds of findings and a template pays for every `{{ }}`; every value from the episode or the
    finding goes through `e` (html.escape with quotes), exactly what autoescape does."""
    e = _html.escape
    out = []
    for f in findings:
        sev, line = e(f.severity), f.line
        parts = [
            f'<li class="finding s-{sev}" id="f{f.id}" tabindex="-1" data-f="{f.id}" data-sev="{sev}"'
            f' data-fam="{e(f.family)}" data-line="{line}" data-rule="{e(f.rule)}" data-start="{f.start}"'
            f' data-end="{f.end}" data-evidence="{e(f.evidence)}">'
            f'<div class="fhead"><a class="loc" href="#L{line}">L{line}:{f.column}</a> <span class="sev">{sev}</span>'
            f' <code class="rule">{e(f.rule)}</code> <span class="rname">{e(f.name)}</span>'
            f' <span class="chip">{e(f.family)}</span></div>'
            f'<p class="msg">{e(f.message)}</p>'
        ]
        if f.field:
            parts.append(f'<p class="meta">field <code>{e(f.field)}</code></p>')
        if f.evidence:
            parts.append(f'<p class="meta">evidence <code class="ev">{e(f.evidence)}</code></p>')
        fix = f.fix
        if fix is not None:
            parts.append(f'<div class="fix"><p class="meta">fix ({e(fix.applicability)}): {e(fix.description)}</p>')
            if fix.before or fix.after:
                parts.append('<pre class="diff">')
                parts.extend(f'<span class="del"><b>{n}</b>- {e(s, False)}</span>' for n, s in fix.before)
                parts.extend(f'<span class="add"><b></b>+ {e(s, False)}</span>' for s in fix.after)
                if not fix.after:
                    parts.append('<span class="add"><b></b>+ (removed)</span>')
                if fix.cut:
                    parts.append(f'<span class="cut">… {fix.cut} more line{"s" if fix.cut != 1 else ""}</span>')
                parts.append("</pre>")
            parts.append("</div>")
        parts.append("</li>")
        out.append("".join(parts))
    return "\n".join(out)
