#!/usr/bin/env python3
"""Recall and precision of `audit check` per family, against a corpus's answer key.

    python bench/score.py bench/corpora/blind151                 # the four core families
    python bench/score.py bench/corpora/blind151 all -v          # every keyed family, misses listed
    python bench/score.py bench/corpora/blind151 attribution -v  # one family

A corpus is a folder of episode files and a `keys.jsonl` written by whoever planted the defects,
one object per defect: {"file": "ep03.md", "family": "misspelling", "field": "quotes[4].text",
"evidence": "Antrhopic", "right": "Anthropic"}. For `not-mentioned` the key's field names the
entity (`companies[7].context`) and its evidence is the entity's name.

A finding matches a key when file and family are the same, the fields are the same, and one
evidence holds the other (case folded). For the families whose defect is a whole item
(not-mentioned, entity-noise, duplicate, truncation, sponsor, grounding) the same item suffices
(`companies[7]`, `quotes[3]`), and for a duplicate either item of the pair: the key's `field` is the
later one, its `other` the earlier. Recall counts
the keys some finding matches; precision counts the findings that match some key, so two findings
on one planted error both count as right, and a finding on an error the key lacks counts as wrong
(read the `-v` list before trusting a precision figure).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

CORE = ("not-mentioned", "misspelling", "attribution", "mojibake")
_ENTITY = re.compile(r"^(\w+\[\d+\])")


def _entity(field: str | None) -> str:
    m = _ENTITY.match(field or "")
    return m.group(1) if m else (field or "")


# families whose defect is a whole item (an entity, a quote, an insight): a finding on any field of
# the item matches, and a duplicate's finding on either item of its pair (the key's `other`)
ITEM_FAMILIES = ("not-mentioned", "entity-noise", "duplicate", "truncation", "sponsor", "grounding")


def matches(key: dict, finding: dict) -> bool:
    if finding["family"] != key["family"] or Path(finding["file"]).name != key["file"]:
        return False
    if key["family"] in ITEM_FAMILIES:
        items = {_entity(key["field"])} | ({_entity(key["other"])} if key.get("other") else set())
        return _entity(finding["field"]) in items
    if finding["field"] != key["field"]:
        return False
    a, b = (finding.get("evidence") or "").casefold(), key["evidence"].casefold()
    return bool(a) and (a in b or b in a)


def findings_of(corpus: Path, audit: str) -> list[dict]:
    out = subprocess.run([audit, "check", str(corpus.resolve()), "--format", "json", "--fail-on", "never"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"audit check failed ({out.returncode}): {out.stderr.strip()[:500]}")
    return json.loads(out.stdout)["findings"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("families", nargs="?", default="core",
                        help="core (default), all, or a comma-separated list")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--audit", default=str(Path(sys.executable).with_name("audit")),
                        help="the audit command to run (default: beside this Python)")
    args = parser.parse_args()
    keys = [json.loads(line) for line in (args.corpus / "keys.jsonl").read_text().splitlines()
            if line.strip()]
    if args.families == "core":
        families = CORE
    elif args.families == "all":
        families = tuple(sorted({k["family"] for k in keys}))
    else:
        families = tuple(args.families.split(","))
    findings = findings_of(args.corpus, args.audit)
    by_family: dict[str, list[dict]] = defaultdict(list)
    for f in findings:
        by_family[f["family"]].append(f)
    print(f"{args.corpus}: {len(keys)} keys, {len(findings)} findings")
    for family in families:
        fam_keys = [k for k in keys if k["family"] == family]
        fam_findings = by_family.get(family, [])
        found = [k for k in fam_keys if any(matches(k, f) for f in fam_findings)]
        right = [f for f in fam_findings if any(matches(k, f) for k in fam_keys)]
        recall = len(found) / len(fam_keys) if fam_keys else float("nan")
        precision = len(right) / len(fam_findings) if fam_findings else float("nan")
        print(f"  {family:14} recall {recall:.2f} ({len(found)}/{len(fam_keys)})"
              f"  precision {precision:.2f} ({len(right)}/{len(fam_findings)})")
        if args.verbose:
            for k in fam_keys:
                if k not in found:
                    print(f"    miss  {k['file']} {k['field']}: {k['evidence']!r}"
                          f" -> {k.get('right', '')!r}")
            for f in fam_findings:
                if f not in right:
                    print(f"    false {Path(f['file']).name} {f['field']} {f['rule']}:"
                          f" {f['evidence']!r} ({f['message'][:90]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
