"""S201: suppression comments that silence nothing (the engine finds them; see audit/suppress.py)."""

from __future__ import annotations

from ..findings import Severity
from .base import Rule


class UnusedSuppression(Rule):
    """Flags `# audit: ignore[...]` comments that silence no finding.

    ## What it does
    Reports a suppression comment in the front matter (`# audit: ignore[CODE]` at the end of a
    line, or `# audit: ignore-file[CODE]`) when a code it names silenced nothing in this run, or
    names no rule at all. Off by default: turn it on with `report-unused-suppressions = true` in
    the config, `--report-unused-suppressions`, or by selecting `S201` by its code.

    ## Why it matters
    A suppression outlives the defect it was written for: once the value is fixed, the comment
    stays and would silently hide the next real defect on that line.

    ## Example
    ```yaml
    title: Llama 4 is out  # audit: ignore[M301]
    ```
    Nothing on this line is a misspelling any more. Use instead:
    ```yaml
    title: Llama 4 is out
    ```

    ## Fix safety
    Safe: the fix removes the comment (or only its stale codes); no value changes.
    """

    code = "S201"
    name = "unused-suppression"
    family = "schema"
    severity = Severity.WARNING
    summary = "Suppression comment that silences nothing (off by default)"
    fixable = "safe"
    opt_in = True
    opt_in_setting = "report_unused_suppressions"

    def check(self, batch):
        # The engine reports these after applying suppressions: it alone knows what was silenced.
        return ()
