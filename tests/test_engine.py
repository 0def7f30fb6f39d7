"""The engine: a crashing rule is reported, not a traceback; workers share the work."""

from __future__ import annotations

from audit.config import Settings
from audit.engine import Auditor
from audit.episode import Episode, parse_episode
from tests.conftest import episode_text


def test_a_crashing_rule_becomes_an_error_finding_and_the_others_still_run(monkeypatch, capsys):
    auditor = Auditor(Settings(select=["U101", "M301"]))
    broken = auditor.by_code["U101"]

    def boom(batch):
        raise ValueError("planted bug")
        yield  # pragma: no cover

    monkeypatch.setattr(broken, "check", boom)
    ep = parse_episode(episode_text("title: Lama 4 is out").encode(), Episode(path="x.md"))
    findings = auditor.audit_episodes([ep])[0].findings
    assert [f.rule for f in findings] == ["U101", "M301"]
    assert "planted bug" in findings[0].message and findings[0].severity.name == "ERROR"
    assert "internal error: rule U101" in capsys.readouterr().err


def test_a_cold_check_of_the_seed_loads_no_heavy_module_it_does_not_need(tmp_path):
    """Start-up: pandas (0.4 s to import) loads only for work that needs it: the corpus figures, a
    schema failure. wordfreq (0.13 s, and 0.12 s for its word dict) is read through audit.wordlist;
    multiprocessing only for workers; regex only for users' patterns. A cold -j 1 check of the
    seed, every rule selected, needs none of them."""
    import subprocess
    import sys

    from tests.conftest import SEED

    code = ("import sys\nfrom audit.cli import main\ntry:\n"
            f"    main(['check', '--no-cache', '--format', 'json', '-j', '1', {str(SEED)!r}])\n"
            "except SystemExit as e:\n    print('exit', e.code, file=sys.stderr)\n"
            "print([m for m in ('pandas', 'wordfreq', 'multiprocessing', 'regex') if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.stderr.splitlines()[-2:] == ["exit 1", "[]"], out.stderr[-2000:]
