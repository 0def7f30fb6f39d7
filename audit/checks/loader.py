"""Rules raised while reading a file (encoding and structure), before any table is built.

The loader (`audit.episode`) produces these findings; the classes here give them an identity,
documentation and a place in selection, like every other rule.
"""

from __future__ import annotations

from ..episode import LOADER_RULES
from ..findings import Severity
from .base import Rule

_DOCS = {
    "E001": ("a byte sequence that is not UTF-8", "the pipeline writes UTF-8; anything else was "
             "damaged or written by another tool, and PyYAML would refuse the whole file",
             "a Windows-1252 byte 0x92 where ’ was meant", "none: the right character cannot be known"),
    "S001": ("a file that cannot be opened or read", "nothing in it can be audited",
             "a file without read permission", "none"),
    "S002": ("an empty file (or only white space)", "an episode without metadata is lost data",
             "a zero-byte `episode.md`", "none"),
    "S003": ("a binary file among the episodes (a NUL byte near its start)",
             "it is not an episode and would otherwise be reported as noise", "a PNG named `.md`", "none"),
    "S004": ("a file that does not start with a `---` front matter line",
             "without front matter there is no metadata to audit", "a Markdown file without `---`", "none"),
    "S005": ("a front matter that opens with `---` but never closes",
             "the YAML and the body cannot be told apart", "`---` and no second `---`", "none"),
    "S006": ("front matter that is not valid YAML", "PyYAML refuses it: nothing can be read. "
             "Two mistakes whose meaning is plain are the exception: control characters YAML does not "
             "allow (mostly C1, left by mojibake: `â\\x80\\x99` for ’; the first is reported, with how "
             "many there are) and a `: ` inside a plain value (`title: Episode 5: The Future`, each one "
             "reported). The file is read on with them as written, so its other findings (the mojibake "
             "itself) still come",
             "`title: [unclosed`", "none; repairing the mojibake (U101) removes such characters"),
    "S007": ("a key defined twice in one mapping", "PyYAML keeps the last value: the first is lost "
             "without a word", "two `title:` lines", "none: which value is right is a human decision"),
    "S008": ("a custom or language-specific tag (`!!python/object`, `!foo`)", "only safe types may load; "
             "such tags execute or smuggle data", "`x: !!python/object/apply:os.system [ls]`",
             "none; the value is read as plain data"),
    "S009": ("aliases that expand to a huge document, or refer to themselves",
             "an expansion bomb exhausts memory in every tool that reads the file",
             "nine anchors each repeating the previous nine times", "none"),
    "S010": ("a front matter that is a list or a scalar instead of a mapping",
             "every field is addressed by key", "`--- [a, b] ---`", "none"),
}


def _make(code: str) -> type[Rule]:
    name, family, summary = LOADER_RULES[code]
    what, why, example, fix = _DOCS[code]
    doc = (f"## What it does\nFlags {what}.\n\n## Why it matters\nBecause {why}.\n\n"
           f"## Example\n{example}\n\n## Fix safety\nNo automatic fix ({fix}).")

    def check(self, batch):  # the loader reports these; nothing to do per batch
        return ()

    return type(f"Rule{code}", (Rule,), {
        "code": code, "name": name, "family": family, "severity": Severity.ERROR,
        "summary": summary, "__doc__": doc, "check": check, "__module__": __name__,
    })


for _code in LOADER_RULES:
    globals()[f"Rule{_code}"] = _make(_code)
