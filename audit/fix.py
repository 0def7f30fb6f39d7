"""Apply edits to source text, verify, write atomically, diff.

`audit fix` works on the file's text as read, never on a re-dumped YAML: every fix is a list of
`Edit(start, end, replacement)` (character offsets into `Episode.text`), so comments, quoting,
key order, CRLF, a BOM and the body survive byte for byte outside the edited spans.

The loop per file (`fix_text`): audit with the selected rules, take the fixes of the allowed
applicability, keep the first fix per span (overlapping ones wait for the next round), apply,
re-parse, and verify that the data differs only in the fields each fix names (`Fix.fields`).
A fix that breaks the file or changes other fields is dropped and reported; the rest are kept.
Repeat until no fix applies (at most `MAX_ROUNDS`). Writing (`write_file`) goes through a
temporary file in the same folder and `os.replace`, keeping the file's mode; the original is
untouched until that rename.
"""

from __future__ import annotations

import bisect
import difflib
import errno
import hashlib
import itertools
import math
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .episode import Episode, load_episode, parse_episode, read_file_bytes
from .findings import Edit, Finding
from . import regexcache

MAX_ROUNDS = 10


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """Apply non-overlapping edits back to front; returns (new text, edits skipped as overlapping)."""
    applied: list[Edit] = []
    skipped: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if applied and _overlaps(e, applied[-1]):
            skipped.append(e)
            continue
        applied.append(e)
    pieces, pos = [], 0  # joined once: an edit at a time copied the text once per edit
    for e in applied:
        pieces += (text[pos:e.start], e.replacement)
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces), skipped


class _Taken:
    """Edits that do not overlap one another (`_overlaps`), kept by start: whether a new edit
    overlaps one of them is asked of its neighbours only (testing every taken edit made a round
    over thousands of fixes quadratic)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def hits(self, e: Edit) -> bool:
        k = bisect.bisect_left(self.starts, e.start)
        # the one that starts before it (an earlier one ends before that one starts) and the one
        # that starts at or after it (a later one starts later still)
        return (k > 0 and _overlaps(e, self.edits[k - 1])) or (k < len(self.edits) and _overlaps(e, self.edits[k]))

    def add(self, e: Edit) -> None:
        k = bisect.bisect_left(self.starts, e.start)
        self.starts.insert(k, e.start)
        self.edits.insert(k, e)


def _overlaps(a: Edit, b: Edit) -> bool:
    """Two edits touch the same text: overlapping ranges, or two insertions at one offset
    (their order would be arbitrary), or an insertion inside the other's range."""
    if a.start == b.start:
        return True
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return hi.start < lo.end


# --- verification -----------------------------------------------------------------------------

_TOKEN = regexcache.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def parse_path(path: str) -> list[str | int]:
    """`companies[3].name` -> ['companies', 3, 'name']."""
    return [int(m.group(1)) if m.group(1) is not None else m.group(2) for m in _TOKEN.finditer(path)]


def _allowed_tree(fields) -> dict:
    """Nested dict of the named paths; a leaf is True (this node may change or, for a list item,
    be removed)."""
    tree: dict = {}
    for f in fields:
        parts = parse_path(f)
        if not parts:
            continue
        node = tree
        for p in parts[:-1]:
            nxt = node.get(p)
            if nxt is True:
                break
            node = node.setdefault(p, {})
        else:
            node[parts[-1]] = True
    return tree


def same(a: Any, b: Any) -> bool:
    """Strict equality of constructed YAML data: types count (1 is not True, '1' is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def differs_only_in(old: Any, new: Any, fields) -> bool:
    """True when `new` equals `old` except at the named field paths.

    A named list item (`companies[4]`) may change or be removed; removing items shifts later
    indices, so a list is compared with the removed items taken out.
    """
    return _compare(old, new, _allowed_tree(fields))


def _compare(old: Any, new: Any, tree) -> bool:
    if tree is True:
        return True
    if not tree:
        return same(old, new)
    if isinstance(old, dict) and isinstance(new, dict):
        for k in old.keys() | new.keys():
            sub = tree.get(k, {})
            if k not in old or k not in new:
                if sub is not True:
                    return False
                continue
            if not _compare(old[k], new[k], sub):
                return False
        return True
    if isinstance(old, list) and isinstance(new, list):
        removable = sorted(k for k, v in tree.items() if isinstance(k, int) and v is True and k < len(old))
        gone = len(old) - len(new)
        if gone < 0 or gone > len(removable):
            return False
        choices = itertools.combinations(removable, gone)
        for removed in itertools.islice(choices, 200):  # a bound on pathological cases
            keep = [i for i in range(len(old)) if i not in removed]
            if all(_compare(old[i], new[n], tree.get(i, {})) for n, i in enumerate(keep)):
                return True
        return False
    return False


def _loader_problems(ep: Episode) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in ep.problems:
        out[p.rule] = out.get(p.rule, 0) + 1
    return out


def verify(before: Episode, after: Episode, fields) -> str | None:
    """Why `after` is not an acceptable repair of `before` (None when it is)."""
    if not after.ok:
        return next((p.message for p in after.problems), "the file no longer parses")
    new_problems = _loader_problems(after)
    old_problems = _loader_problems(before)
    for code, n in new_problems.items():
        if n > old_problems.get(code, 0):
            msg = next(p.message for p in after.problems if p.rule == code)
            return f"the file would have a new problem: {msg}"
    if before.text[:before.fm_start] != after.text[:after.fm_start] or \
            before.text[before.fm_end:] != after.text[after.fm_end:]:
        return "the edit reaches outside the front matter"
    if not differs_only_in(before.data, after.data, fields):
        return "it would change fields it does not name"
    return None


# --- the fix loop -------------------------------------------------------------------------------

@dataclass
class Rejected:
    finding: Finding
    reason: str


@dataclass
class FileFix:
    """What fixing one file did: the text before and after, what was applied, what was not."""

    path: Path
    display: str
    original: str = ""
    text: str = ""
    raw: bytes = b""  # the bytes as read (the write checks they are still on disk)
    applied: list[Finding] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)  # findings of the fixed text
    error: str | None = None  # why the file cannot be fixed at all (parse error, not UTF-8)
    note: str | None = None  # e.g. the loop did not settle within MAX_ROUNDS
    quit: bool = False  # the user quit the interactive session here
    rounds: list[tuple[Episode, list[Finding]]] = field(default_factory=list)  # text before, fixes applied

    @property
    def changed(self) -> bool:
        return self.text != self.original


# decide(finding, episode) -> "y" apply, "n" skip, "q" stop asking (skip this and every later fix)
Decide = Callable[[Finding, Episode], str]


def _original_offset(x: int, history: list[list[Edit]]) -> int:
    """Map offset `x` of the current text back to the text as read, undoing each round's edits
    (an offset inside an edited span maps to the span's start)."""
    for edits in reversed(history):
        shift = 0
        for e in edits:  # sorted, non-overlapping, in the coordinates of the round's text
            new_start = e.start + shift
            if x < new_start:
                break
            if x < new_start + len(e.replacement):
                x = e.start - shift
                break
            shift += len(e.replacement) - (e.end - e.start)
        x -= shift
    return x


def fix_key(f: Finding, history: list[list[Edit]] | None = None) -> tuple:
    """Identity of a fix across rounds: rule, evidence, fix and where it sits in the text as read
    (offsets move as other edits land; field paths move when list items are removed)."""
    return (f.rule, f.evidence, f.fix.description if f.fix else "",
            _original_offset(f.start, history or []))


def fix_fields(f: Finding) -> tuple[str, ...]:
    """The fields a fix may change: `Fix.fields`, else the finding's own field."""
    if f.fix and f.fix.fields:
        return tuple(f.fix.fields)
    return (f.field,) if f.field else ()


def allowed(f: Finding, unsafe: bool) -> bool:
    return f.fix is not None and bool(f.fix.edits) and (f.fix.is_safe or unsafe)


def fix_text(auditor, ep: Episode, *, unsafe: bool = False, decide: Decide | None = None,
             max_rounds: int = MAX_ROUNDS) -> FileFix:
    """Fix the loaded episode `ep` in memory (nothing is written)."""
    result = FileFix(Path(ep.path), ep.path, original=ep.text, text=ep.text)
    if not ep.ok:
        result.error = next((p.message for p in ep.problems), "cannot be parsed")
        result.remaining = auditor.audit_episodes([ep])[0].findings
        return result
    if any(p.rule == "E001" for p in ep.problems):
        result.error = "not valid UTF-8; a rewrite would lose the undecodable bytes"
        result.remaining = auditor.audit_episodes([ep])[0].findings
        return result
    skip: set = set()  # fixes rejected by verification or declined by the user
    accepted: set = set()  # fixes the user said yes to (asked once, even when deferred)
    history: list[list[Edit]] = []  # each round's applied edits, to map offsets to the original
    seen_texts = {hashlib.sha1(ep.text.encode("utf-8", "surrogatepass")).digest()}
    findings = auditor.audit_episodes([ep])[0].findings
    for _ in range(max_rounds):
        chosen: list[Finding] = []
        taken = _Taken()
        for f in findings:
            key = fix_key(f, history)
            if not allowed(f, unsafe) or key in skip:
                continue
            if any(taken.hits(e) for e in f.fix.edits) or _self_overlapping(f.fix.edits):
                continue  # deferred: the next round re-checks it against the new text
            if decide is not None and not result.quit and key not in accepted:
                answer = decide(f, ep)
                if answer == "y":
                    accepted.add(key)
                if answer == "q":
                    result.quit = True
                if answer != "y":
                    skip.add(key)
                    continue
            elif result.quit:
                continue
            chosen.append(f)
            for e in f.fix.edits:
                taken.add(e)
        if not chosen:
            break
        done = len(result.applied)
        new_ep = _apply_verified(ep, chosen, result, skip, history)
        if new_ep is None:
            continue  # every chosen fix was rejected; the next round tries the deferred ones
        digest = hashlib.sha1(new_ep.text.encode("utf-8", "surrogatepass")).digest()
        if digest in seen_texts:
            del result.applied[done:]
            result.note = "the fixes do not settle (a later fix undoes an earlier one); stopped"
            break
        seen_texts.add(digest)
        applied = result.applied[done:]
        result.rounds.append((ep, applied))
        history.append(sorted((e for f in applied for e in f.fix.edits), key=lambda e: (e.start, e.end)))
        ep = new_ep
        findings = auditor.audit_episodes([ep])[0].findings
    else:
        if any(allowed(f, unsafe) and fix_key(f, history) not in skip for f in findings):
            result.note = f"stopped after {max_rounds} rounds; run `audit fix` again"
    result.text = ep.text
    result.remaining = findings
    return result


def _self_overlapping(edits) -> bool:
    s = sorted(edits, key=lambda e: (e.start, e.end))
    return any(_overlaps(a, b) for a, b in zip(s, s[1:]))


def _reparse(text: str, path: str) -> Episode:
    return parse_episode(text, Episode(path=path))


def _apply_verified(ep: Episode, chosen: list[Finding], result: FileFix, skip: set,
                    history: list[list[Edit]]) -> Episode | None:
    """Apply the chosen fixes together; when the result does not verify, find the culprits by
    adding the fixes one at a time: a fix that fails alone is dropped and reported, one that only
    fails with the others waits for the next round. Returns the new episode or None."""
    new_ep = _try(ep, chosen)
    if isinstance(new_ep, Episode):
        result.applied.extend(chosen)
        return new_ep
    kept: list[Finding] = []
    good: Episode | None = None
    for f in chosen:
        attempt = _try(ep, [*kept, f])
        if isinstance(attempt, Episode):
            kept.append(f)
            good = attempt
        elif kept and isinstance(_try(ep, [f]), Episode):
            continue  # fine alone, not with the others (two removals emptying a list): next round
        else:
            result.rejected.append(Rejected(f, attempt))
            skip.add(fix_key(f, history))
    result.applied.extend(kept)
    return good


def _try(ep: Episode, fixes: list[Finding]) -> Episode | str:
    """The re-parsed episode after applying `fixes`, or why it is not acceptable."""
    edits = [e for f in fixes for e in f.fix.edits]
    text, skipped = apply_edits(ep.text, edits)
    if skipped:
        return "its edits overlap"
    if text == ep.text:
        return "it changes nothing"
    new_ep = _reparse(text, ep.path)
    fields = [p for f in fixes for p in fix_fields(f)]
    why = verify(ep, new_ep, fields)
    return new_ep if why is None else why


def fix_file(auditor, path: Path, display: str, **kwargs) -> FileFix:
    """Load `path` and fix it in memory."""
    try:
        raw = read_file_bytes(path)
    except OSError:
        raw, ep = b"", load_episode(path, display)  # reports the unreadable file
    else:
        ep = parse_episode(raw, Episode(path=display))
    result = fix_text(auditor, ep, **kwargs)
    result.path, result.display, result.raw = Path(path), display, raw
    if result.error is None and ep.text.encode("utf-8") != raw:
        result.error = "its text does not round-trip to the same bytes; not rewritten"
        result.text = result.original
    return result


# --- writing ------------------------------------------------------------------------------------

class NotWritten(Exception):
    """A file could not be written; the original is intact. The message says why."""


def write_file(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file's content with `data` atomically, keeping its mode.

    Writes a temporary file in the same folder, fsyncs it and `os.replace`s the original, so an
    interruption at any point leaves either the old file or the new one, never a mix. A symlink
    is followed: its target is replaced and the link stays. Refuses a read-only file and a file
    that changed on disk since it was read (`expected`).
    """
    target = Path(os.path.realpath(path))
    try:
        st = os.stat(target)
    except OSError as exc:
        raise NotWritten(exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise NotWritten("not a regular file")
    if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise NotWritten("the file is read-only")
    if expected is not None:
        try:
            current = target.read_bytes()
        except OSError as exc:
            raise NotWritten(exc.strerror or str(exc)) from None
        if current != expected:
            raise NotWritten("the file changed on disk since it was read")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".audit-tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            _write_all(fh, data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise NotWritten("no space left on the device") from None
        raise NotWritten(exc.strerror or str(exc)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _write_all(fh, data: bytes) -> None:
    fh.write(data)


# --- diff ---------------------------------------------------------------------------------------

def _split_lines(text: str) -> list[str]:
    """Lines with their endings, split on '\\n' only (str.splitlines also splits on U+2028...)."""
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(display: str, before: str, after: str, context: int = 3) -> str:
    out = []
    for line in difflib.unified_diff(_split_lines(before), _split_lines(after),
                                     f"a/{display}", f"b/{display}", n=context):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def fix_diff(ep: Episode, f: Finding) -> str:
    """The lines one fix changes, as a small diff (for --interactive)."""
    new, _ = apply_edits(ep.text, list(f.fix.edits))
    body = unified_diff(ep.path, ep.text, new, context=1).splitlines(keepends=True)
    return "".join(body[2:])  # without the ---/+++ header


# --- the command --------------------------------------------------------------------------------

class Asker:
    """The --interactive decisions, as `git add -p` asks them: y, n, a (all of this rule), q."""

    HELP = ("y - apply this fix\nn - do not apply this fix\n"
            "a - apply this fix and every later fix of this rule\n"
            "q - quit; apply only the fixes already accepted\n")

    def __init__(self):
        import click
        self.click = click
        self.rules_all: set[str] = set()
        self.quit = False

    def __call__(self, f: Finding, ep: Episode) -> str:
        click = self.click
        if self.quit:
            return "q"
        if f.rule in self.rules_all:
            return "y"
        click.echo(f"{f.file}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}")
        click.echo(f"  fix ({f.fix.applicability}): {f.fix.description}")
        click.echo(fix_diff(ep, f), nl=False)
        while True:
            try:
                answer = click.prompt("Apply this fix [y,n,a,q,?]", default="", show_default=False,
                                      prompt_suffix="? ").strip().lower()[:1]
            except click.Abort:  # Ctrl-C or end of input at the prompt: abandon, write nothing
                click.echo("")
                raise KeyboardInterrupt from None
            if answer == "a":
                self.rules_all.add(f.rule)
                return "y"
            if answer in ("y", "n"):
                return answer
            if answer == "q":
                self.quit = True
                return "q"
            click.echo(self.HELP, nl=False)


def _by_rule(findings) -> str:
    counts: dict[tuple[str, str], int] = {}
    for f in findings:
        counts[(f.rule, f.name)] = counts.get((f.rule, f.name), 0) + 1
    return "\n".join(f"  {n:>4} × {code} {name}" for (code, name), n in sorted(counts.items()))


def _plural(n: int, word: str) -> str:
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word}es" if word.endswith(("x", "s")) else f"{n} {word}s"


def run_fix(files, auditor, *, write: bool, unsafe: bool, interactive: bool) -> int:
    """`audit fix`: the diff (or, with `write`, the files fixed in place), messages, exit code.

    Every file is fixed in memory first; only then are the changed files written, one by one and
    each atomically, so an interruption leaves every original intact and the report says which
    files were not written.
    """
    import click

    def err(msg: str) -> None:
        click.echo(msg, err=True)

    decide = Asker() if interactive else None
    results: list[FileFix] = []
    seen: dict[str, str] = {}
    todo = []
    for path, display in files:
        real = os.path.realpath(path)
        if real in seen:
            err(f"{display}: same file as {seen[real]}; fixed once")
            continue
        seen[real] = display
        todo.append((path, display))
    try:
        jobs = getattr(auditor.settings, "jobs", 1) or 1
        if jobs > 1 and not interactive and len(todo) > 1:
            from concurrent.futures import ProcessPoolExecutor
            with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                     initargs=(auditor.settings,)) as pool:
                results = list(pool.map(_fix_work, [(p, d, unsafe) for p, d in todo]))
        else:
            for path, display in todo:
                results.append(fix_file(auditor, path, display, unsafe=unsafe, decide=decide))
    except KeyboardInterrupt:
        err("audit: interrupted; no file was written")
        return 130

    failed = False  # anything that keeps the exit code at 1
    for r in results:
        if r.error is not None:
            failed = True
            err(f"{r.display}: not fixed: {r.error}")
        for rej in r.rejected:
            f = rej.finding
            failed = True
            err(f"{r.display}:{f.line}:{f.column}: {f.rule} fix dropped: {rej.reason} ({f.fix.description})")
        if r.note:
            err(f"{r.display}: {r.note}")
    changed = [r for r in results if r.changed]
    hidden = sum(1 for r in results for f in r.remaining
                 if f.fix is not None and f.fix.edits and not f.fix.is_safe and not unsafe)
    hint = f" ({_plural(hidden, 'more fix')} with --unsafe)" if hidden else ""

    if not write:
        for r in changed:
            click.echo(unified_diff(r.display, r.original, r.text), nl=False)
        n = sum(len(r.applied) for r in changed)
        if changed:
            err(f"Would fix {_plural(n, 'finding')} in {_plural(len(changed), 'file')}{hint}; "
                "nothing was changed (apply with --write).")
            err(_by_rule(f for r in changed for f in r.applied))
        else:
            err(f"No fixes available{hint}.")
        return 1 if changed or failed else 0

    written: list[FileFix] = []
    not_written: list[tuple[FileFix, str]] = []
    pending = list(changed)
    try:
        while pending:
            r = pending[0]
            try:
                write_file(r.path, r.text.encode("utf-8"), expected=r.raw)
                written.append(r)
            except NotWritten as exc:
                not_written.append((r, str(exc)))
            pending.pop(0)
    except KeyboardInterrupt:
        err("audit: interrupted")
        not_written.extend((r, "interrupted") for r in pending)
        _report_not_written(not_written, err)
        return 130
    fixed = [f for r in written for f in r.applied]
    if written:
        click.echo(f"Fixed {_plural(len(fixed), 'finding')} in {_plural(len(written), 'file')}:")
        click.echo(_by_rule(fixed))
    else:
        click.echo("Nothing fixed.")
    # what is left in the files as they now are on disk (files not written are listed below)
    unwritten = {id(r) for r, _ in not_written}
    remaining = [f for r in results if id(r) not in unwritten for f in r.remaining]
    if remaining:
        with_fix = sum(1 for f in remaining if f.fix is not None and f.fix.edits)
        click.echo(f"Remaining: {_plural(len(remaining), 'finding')}, {with_fix} with a fix not applied{hint}:")
        click.echo(_by_rule(remaining))
    else:
        click.echo("Remaining: none.")
    if not_written:
        failed = True
        _report_not_written(not_written, err)
    left = any(allowed(f, unsafe) for r in results for f in r.remaining)
    return 1 if failed or left else 0


_worker = None


def _init_worker(settings) -> None:
    global _worker
    from .engine import Auditor
    _worker = Auditor(settings)


def _fix_work(job) -> FileFix:
    path, display, unsafe = job
    result = fix_file(_worker, path, display, unsafe=unsafe)
    result.rounds = []  # the per-round episodes stay in the worker
    return result


def _report_not_written(not_written, err) -> None:
    err(f"Not written ({_plural(len(not_written), 'file')}; the originals are intact):")
    for r, why in not_written:
        err(f"  {r.display}: {why}")
