#!/usr/bin/env python3
"""Where an episode's time goes: the parse floor, the loader, and each rule, per episode.

    python bench/profile_rules.py            # 40 generated episodes, best of 3 rounds
    python bench/profile_rules.py 100 5      # 100 episodes, best of 5
    python bench/profile_rules.py 0 3 DIR    # the episodes in DIR (e.g. copies of the seed)

Shared work (the misspelling scan, schema validation, tables) is charged to the first rule that
asks for it, in the order the auditor runs them. The machine may be busy: compare ratios to the
floor measured in the same round, and take the best of several rounds.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import generate  # noqa: E402

from audit.config import Settings  # noqa: E402
from audit.engine import Auditor, discover  # noqa: E402
from audit.episode import load_episode  # noqa: E402
from audit.tables import Batch  # noqa: E402


def floor(files) -> float:
    t = time.perf_counter()
    for p, _ in files:
        text = p.read_text(encoding="utf-8")
        s = text.index("\n") + 1
        e = text.index("\n---", s)
        yaml.constructor.SafeConstructor().construct_document(yaml.compose(text[s:e], Loader=yaml.CSafeLoader))
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("episodes", nargs="?", type=int, default=40, help="episodes to generate (default 40)")
    parser.add_argument("rounds", nargs="?", type=int, default=3, help="rounds; the best is kept (default 3)")
    parser.add_argument("corpus", nargs="?", type=Path, help="profile the episodes in this folder instead")
    args = parser.parse_args()
    n, rounds = args.episodes, args.rounds
    if args.corpus is not None:
        corpus = args.corpus
    else:
        corpus = Path(tempfile.mkdtemp(prefix="audit-prof-"))
        generate(n, corpus)
    files = discover([corpus], ["*.md"], [])
    auditor = Auditor(Settings())
    list(auditor.run(files[:2]))  # warm: rule sets, glossary, word lists
    size = max(1, auditor.settings.batch_size)
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, seconds), seconds)

    for _ in range(rounds):
        gc.disable()  # this process holds the auditor's heap: a collector pass would not be the floor's
        keep("floor", floor(files))
        gc.enable()
        t = time.perf_counter()
        list(auditor.run(files, jobs=1))
        keep("audit", time.perf_counter() - t)
        gc.disable()  # as the auditor runs a batch
        t = time.perf_counter()
        episodes = [load_episode(p, d) for p, d in files]
        keep("loader", time.perf_counter() - t)
        per_rule: dict[str, float] = {}
        for i in range(0, len(episodes), size):
            batch = Batch(episodes[i:i + size], auditor.knowledge)
            for rule in auditor.rules:
                t = time.perf_counter()
                list(rule.check(batch))
                per_rule[rule.code] = per_rule.get(rule.code, 0.0) + time.perf_counter() - t
        gc.enable()
        del episodes
        for code, seconds in per_rule.items():
            keep(code, seconds)

    ms = {k: v / len(files) * 1000 for k, v in best.items()}
    print(f"{len(files)} episodes, best of {rounds} rounds, ms per episode")
    print(f"floor {ms['floor']:.2f}  audit {ms['audit']:.2f}  ratio {ms['audit'] / ms['floor']:.2f}x")
    print(f"loader {ms['loader']:.2f} ({ms['loader'] / ms['floor']:.2f}x floor)")
    rules = sorted((k for k in ms if k not in ("floor", "audit", "loader")), key=lambda k: -ms[k])
    print(f"rules total {sum(ms[k] for k in rules):.2f}")
    for code in rules:
        if ms[code] >= 0.05:
            print(f"  {code:<6} {ms[code]:6.2f}  ({ms[code] / ms['floor']:.2f}x floor)")


if __name__ == "__main__":
    main()
