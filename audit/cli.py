"""The command line: `audit check`, `audit rules` (and the commands later modules add).

Exit codes (DESIGN.md): 0 no finding at or above --fail-on; 1 such findings; 2 usage, config or
rule-set error, printed on one line without a traceback.
"""

from __future__ import annotations

import atexit
import functools
import itertools
import os
import sys
import threading
from pathlib import Path

import click

from . import __version__
from .config import FAIL_ON, Settings
from .ruleset import RuleSetError


def _split(values) -> list[str]:
    """`--select M3,N201 --select U` -> ['M3', 'N201', 'U']."""
    out = []
    for v in values or ():
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return out


def rule_options(fn):
    """Options shared by every command that runs the rules (check, report, fix, baseline)."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path(path_type=str)),
        click.option("--select", multiple=True, help="Rules to run: codes, prefixes, names or families (comma-separated)."),
        click.option("--ignore", multiple=True, help="Rules to skip: codes, prefixes, names or families."),
        click.option("--extend-select", multiple=True, help="Rules to add to the selection."),
        click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
                     help="Lowest severity that makes the exit code 1 (default: error)."),
        click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="Worker processes."),
        click.option("--executor", type=click.Choice(["local", "dask"]), default=None,
                     help="Where the workers run: local processes (default) or a Dask cluster."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="Dask scheduler address (e.g. tcp://host:8786); implies --executor dask. "
                          "Default with --executor dask: a LocalCluster of -j workers."),
        click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
                     help="Extra rule-set folder (glossary, phrases, your own YAML rules)."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Config file (audit.toml or pyproject.toml) instead of the one found above the paths."),
        click.option("--isolated", is_flag=True, help="Ignore every config file."),
        click.option("--report-unused-suppressions", is_flag=True, default=None,
                     help="Report `# audit: ignore[...]` comments that silence nothing (S201)."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def build_settings(select=(), ignore=(), extend_select=(), fail_on=None, jobs=None, rules_dirs=(),
                   config_file=None, isolated=False, report_unused_suppressions=None, paths=None,
                   executor=None, scheduler=None, **_) -> Settings:
    """Defaults, then the config file found above the paths (or --config), then the CLI flags.

    `paths` defaults to the `paths` argument of the running click command, so every command
    that uses `rule_options` gets the user's config by calling `build_settings(**opts)`.
    """
    from .config import find_config, load_config, merge_cli

    if paths is None:
        ctx = click.get_current_context(silent=True)
        paths = (ctx.params.get("paths") if ctx is not None else None) or ()
    settings = Settings()
    if config_file is not None:
        if not config_file.is_file():
            raise RuleSetError(f"--config: {config_file}: no such file")
        load_config(config_file, settings)
    elif not isolated:
        found = find_config(paths or ["."])
        if found is not None:
            load_config(found, settings)
    merge_cli(settings, select=_split(select), ignore=_split(ignore), extend_select=_split(extend_select),
              fail_on=fail_on, jobs=jobs, rules_dirs=list(rules_dirs))
    if report_unused_suppressions:
        settings.report_unused_suppressions = True
    if scheduler:
        settings.executor, settings.scheduler = "dask", scheduler
    elif executor:
        settings.executor = executor
    return settings


def handle_errors(fn):
    """Turn expected failures into one-line messages and exit codes; never a traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RuleSetError as exc:
            click.echo(f"audit: error: {exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("audit: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(1)
    return wrapper


def run() -> None:
    """The `audit` console script and `python -m audit`: `main`, then a quick exit.

    A run leaves large structures behind (the glossary's tables, word lists, compiled patterns,
    memos); freeing them one by one as the interpreter shuts down took 0.15-0.25 s, a fifth of a
    one-file check. Once `main` has ended and no other thread runs, the exit handlers run (the
    caches are saved), the standard streams are flushed and the process ends without that
    teardown. An exception other than SystemExit takes Python's usual way out.
    """
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    if threading.active_count() > 1:
        sys.exit(code)  # a thread still running gets Python's orderly shutdown
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            pass
    os._exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
def main():
    """Audit LLM-enriched episode metadata (YAML front matter) for quiet errors."""


def make_auditor(settings: Settings, cache: bool = True):
    """An Auditor, with the result cache in `.audit_cache/` (next to the config) unless disabled."""
    from .engine import Auditor

    if not (cache and settings.cache):
        return Auditor(settings)
    from .cache import CACHE_DIR, Cache, load_rule_index, save_rule_index

    folder = settings.project_root() / CACHE_DIR
    # With the rules' descriptions cached too, a run whose files all hit never imports the rule
    # modules (nor pandas behind them): that is most of a warm run's time.
    index = load_rule_index(folder, settings.rules_dirs)
    auditor = Auditor(settings, rule_index=index)
    if index is None:
        save_rule_index(folder, settings.rules_dirs, auditor.rule_classes)
    auditor.cache = Cache(folder, auditor.cache_context())
    return auditor


def episode_files(paths, settings: Settings, changed_since: str | None = None):
    """The files to audit: discovered under the paths, only those changed since a git ref if asked."""
    from .engine import discover

    files = discover(paths or ["."], settings.include, settings.exclude, settings.project_root())
    if changed_since:
        from .gitfiles import only_changed

        files = only_changed(files, changed_since, Path(paths[0]) if paths else None)
    return files


def stdin_episode(name: str):
    """The episode piped to `audit check -`, read as bytes (decoded strictly by the loader, as a file is)."""
    from .episode import Episode, parse_episode

    return parse_episode(sys.stdin.buffer.read(), Episode(path=name))


def stream_with_progress(auditor, files):
    """The results of `auditor` over `files` as they come, with a progress bar on a terminal."""
    from .output.progress import progress_bar

    with progress_bar(len(files)) as advance:
        yield from auditor.run(files, progress=advance)


class _Stdout:
    """Writes to whatever `sys.stdout` is at the time (a progress bar may be redirecting it)."""

    def write(self, text: str) -> None:
        sys.stdout.write(text)


@main.command()
@rule_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit", "github"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file; the terminal keeps the summary.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Report and gate only findings not in this baseline (`audit baseline`).")
@click.option("--changed-since", metavar="REF", default=None,
              help="Only files added or modified since this git ref (plus untracked ones).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache (.audit_cache/).")
@click.option("--corpus", is_flag=True,
              help="Also check the corpus figures of rules/corpus.yaml over all the files.")
@click.option("--against", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Flag corpus figures that drifted from this profile (`audit profile save`); implies --corpus.")
@click.option("--stdin-filename", metavar="NAME", default=None,
              help="With the path `-` (an episode read from stdin): the name to report it under.")
@handle_errors
def check(paths, fmt, output, baseline_file, changed_since, no_cache, corpus, against, stdin_filename, **opts):
    """Check episode files and folders (recursively: *.md, *.txt), or `-`: one episode from stdin."""
    from .atomic import atomic_text_file
    from .output import writer
    from .output.tally import Tally
    from .output.text import summary_line

    settings = build_settings(**opts)
    baseline = None
    if baseline_file is not None:
        from .baseline import Baseline

        baseline = Baseline.load(baseline_file)
    from_stdin = "-" in paths
    if from_stdin and (len(paths) > 1 or changed_since or corpus or against):
        raise RuleSetError("`-` (stdin) is the only path, without --changed-since or --corpus")
    if stdin_filename is not None and not from_stdin:
        raise RuleSetError("--stdin-filename names the episode read from `-`; no path is `-`")
    auditor = make_auditor(settings, cache=not (no_cache or from_stdin))
    # Results stream from the workers through the baseline into the output and are then dropped:
    # memory does not grow with the number of files.
    tally = Tally()
    if from_stdin:
        files = []
        results = iter(auditor.audit_episodes([stdin_episode(stdin_filename or "-")]))
    else:
        files = episode_files(paths, settings, changed_since)
        results = stream_with_progress(auditor, files)
    if baseline is not None:
        results = baseline.filter(results, tally)
    if corpus or against:
        results = itertools.chain(results, _corpus_results(files, auditor, paths, against))
    write = writer(fmt)
    if output is not None:
        try:
            with atomic_text_file(output) as fh:
                write(results, fh, auditor.rules, {}, tally)
        except OSError as exc:
            raise RuleSetError(f"--output: cannot write {output}: {exc.strerror or exc}") from None
        click.echo(f"{summary_line(tally)} Report ({fmt}): {output}")
    else:
        write(results, _Stdout(), auditor.rules, {}, tally, color=sys.stdout.isatty())
    sys.exit(int(tally.fails(auditor.fail_threshold)))


def _corpus_results(files, auditor, paths, against):
    """The corpus-level findings as one more result (computed after the files' results)."""
    from .corpus import corpus_findings, corpus_result, corpus_root

    root = corpus_root(paths or ["."])
    extra = corpus_result(corpus_findings(files, auditor.knowledge, against=against, root=root), root)
    if extra is not None:
        yield extra


@main.command()
@rule_options
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path(".audit-baseline.json"), show_default=True, help="Baseline file to write.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache (.audit_cache/).")
@handle_errors
def baseline(paths, output, no_cache, **opts):
    """Record today's findings so `audit check --baseline FILE` reports only new ones."""
    from .baseline import write

    settings = build_settings(**opts)
    auditor = make_auditor(settings, cache=not no_cache)
    files = episode_files(paths, settings)
    try:
        n = write(stream_with_progress(auditor, files), output)
    except OSError as exc:
        raise RuleSetError(f"--output: cannot write {output}: {exc.strerror or exc}") from None
    click.echo(f"Baseline of {n} finding{'s' * (n != 1)} in {len(files)} file{'s' * (len(files) != 1)}: {output}")


@main.command()
@click.argument("code", required=False)
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra rule-set folder.")
@handle_errors
def rules(code, rules_dirs):
    """List every rule, or explain one (by code or name)."""
    from .checks import all_rules
    from .ruleset import Knowledge

    classes = all_rules(Knowledge.load(list(rules_dirs)))
    if code:
        cls = classes.get(code.upper()) or next((c for c in classes.values() if c.name == code), None)
        if cls is None:
            raise RuleSetError(f"unknown rule {code!r} (see `audit rules`)")
        fix = cls.fixable or "none"
        click.echo(f"{cls.code} {cls.name}  (family: {cls.family}, default severity: {cls.severity}, fix: {fix})\n")
        click.echo(cls.doc())
        return
    width = max(len(c.name) for c in classes.values())
    for cls in classes.values():
        fix = {"safe": "fix", "unsafe": "fix*", "sometimes": "fix?"}.get(cls.fixable or "", "")
        click.echo(f"{cls.code:<6} {cls.name:<{width}}  {cls.family:<14} {str(cls.severity):<8} {fix:<5} {cls.summary}")


@main.command()
@rule_options
@click.option("--write", is_flag=True, help="Apply the fixes to the files (default: print them as a diff).")
@click.option("--unsafe", is_flag=True, help="Also apply unsafe fixes (they may change meaning).")
@click.option("-i", "--interactive", is_flag=True,
              help="Ask before each fix: y(es), n(o), a(ll of this rule), q(uit); implies --write.")
@handle_errors
def fix(paths, write, unsafe, interactive, **opts):
    """Fix findings: print the fixes as a unified diff, or apply them with --write.

    Exit 0 when there is nothing (left) to fix, 1 when fixes are available or not all could be
    applied or written, 2 on a usage error. Only safe fixes apply unless --unsafe is given.
    """
    from .engine import Auditor
    from .fix import run_fix

    settings = build_settings(**opts)
    auditor = Auditor(settings)
    files = episode_files(paths, settings)
    sys.exit(run_fix(files, auditor, write=write or interactive, unsafe=unsafe, interactive=interactive))


@main.command()
@rule_options
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports"), show_default=True, help="Folder the HTML report is written to.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache (.audit_cache/).")
@handle_errors
def report(paths, out_dir, no_cache, **opts):
    """Write an HTML report (index.html plus a page per episode) that opens from disk.

    Exit codes as `check`: 0 no finding at or above --fail-on, 1 such findings, 2 usage error.
    """
    from .output.html import write_site
    from .output.tally import Tally
    from .output.text import summary_line

    settings = build_settings(**opts)
    auditor = make_auditor(settings, cache=not no_cache)
    files = episode_files(paths, settings)
    meta = report_meta(paths or ["."], settings, auditor, len(files))
    tally = Tally()
    try:
        index, _ = write_site(tally.track(auditor.run(files)), files, out_dir, meta)
    except OSError as exc:
        click.echo(f"audit: error: cannot write the report to {out_dir}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"{summary_line(tally)} Report: {index}", err=True)
    sys.exit(int(tally.fails(auditor.fail_threshold)))


def report_meta(paths, settings, auditor, nfiles: int) -> dict:
    """What the report footer says: tool and rule-set versions, when and on what it ran."""
    from datetime import datetime, timezone

    selection = []
    if settings.select != ["ALL"]:
        selection.append("select " + ",".join(settings.select))
    if settings.extend_select:
        selection.append("extend-select " + ",".join(settings.extend_select))
    if settings.ignore:
        selection.append("ignore " + ",".join(settings.ignore))
    return {
        "version": __version__,
        "ruleset": auditor.knowledge.version(),
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "inputs": " ".join(str(p) for p in paths),
        "files": nfiles,
        "selection": "; ".join(selection),
        "rules": len(auditor.rules),
    }


# --- Great Expectations and corpus profiles (GX is imported only inside these commands) ----------

from .output import FORMATS as OUTPUT_FORMATS  # noqa: E402  (the renderer registry; imports no renderer)


@main.group("gx")
def gx_group():
    """Great Expectations: the schema and corpus rules as GX suites, GX validation, Data Docs."""


@gx_group.command("suite")
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("gx/expectations"), show_default=True,
              help="Folder the suites are written to, one <table>.json each (a GX project's expectations folder).")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra rule-set folder.")
@handle_errors
def gx_suite(out_dir, rules_dirs):
    """Write the Expectation Suites compiled from rules/schema.yaml and rules/corpus.yaml."""
    from .gx import write_suites
    from .ruleset import Knowledge

    try:
        written = write_suites(Knowledge.load(list(rules_dirs)), out_dir)
    except OSError as exc:
        click.echo(f"audit: error: cannot write suites to {out_dir}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    for path in written:
        click.echo(str(path))


@gx_group.command("run")
@rule_options
@click.option("--format", "fmt", type=click.Choice(list(OUTPUT_FORMATS)), default="text", show_default=True,
              help="Output format (as `check`).")
@click.option("--docs", "docs_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Build GX Data Docs into this folder (open its index.html).")
@click.option("--against", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Flag corpus figures that drifted from this profile (`audit profile save`).")
@handle_errors
def gx_run(paths, fmt, docs_dir, against, **opts):
    """Validate episode files with Great Expectations; findings and exit codes as `check`."""
    from .corpus import corpus_root
    from .engine import Auditor, exit_code
    from .gx import audit_with_gx
    from .output import renderer

    settings = build_settings(**opts)
    auditor = Auditor(settings)
    files = episode_files(paths, settings)
    results, gx_run_ = audit_with_gx(auditor, files, docs_dir, against, corpus_root(paths or ["."]))
    render = renderer(fmt)
    meta: dict = {}
    out = (render(results, auditor.rules, meta, color=sys.stdout.isatty()) if fmt == "text"
           else render(results, auditor.rules, meta))
    click.echo(out, nl=False)
    if gx_run_.docs_index is not None:
        click.echo(f"Data Docs: {gx_run_.docs_index}", err=True)
    sys.exit(exit_code(results, auditor))


@main.group("profile")
def profile_group():
    """Corpus profiles: the figures of rules/corpus.yaml, recorded to check drift against."""


@profile_group.command("save")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("audit-profile.json"), show_default=True, help="Profile file to write (JSON).")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(path_type=Path),
              help="Extra rule-set folder.")
@handle_errors
def profile_save(paths, out, rules_dirs):
    """Record a corpus's figures (shares, per-episode counts, score distribution) as a profile."""
    import json

    from .corpus import corpus_root, corpus_spec, figures, load_episodes, metric_frames, profile_document
    from .ruleset import Knowledge

    settings = build_settings(rules_dirs=rules_dirs)
    knowledge = Knowledge.load(settings.rules_dirs)
    files = episode_files(paths, settings)
    episodes = load_episodes(files)
    figs = figures(metric_frames(episodes, knowledge), corpus_spec(knowledge))
    doc = profile_document(figs, len(episodes), corpus_root(paths or ["."]))
    try:
        out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        click.echo(f"audit: error: cannot write {out}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"Profile of {len(episodes)} episodes ({len(figs)} figures): {out}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
