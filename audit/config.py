"""Settings of a run and rule selection (by code, prefix, name or family).

Layered like yamllint's: defaults, then `[tool.audit]` in pyproject.toml or `audit.toml`, then CLI
flags (which win). Unknown keys and selectors that match no rule are errors (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .findings import FAMILIES, Severity
from .ruleset import RuleSetError

FAIL_ON = ("error", "warning", "info", "never")


@dataclass
class Settings:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule code/name -> severity override
    options: dict[str, dict] = field(default_factory=dict)  # rule code -> option overrides
    fail_on: str = "error"
    rules_dirs: list[Path] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: ["*.md", "*.txt"])
    exclude: list[str] = field(default_factory=list)
    jobs: int = 1
    batch_size: int = 16

    def fail_threshold(self) -> Severity | None:
        if self.fail_on not in FAIL_ON:
            raise RuleSetError(f"--fail-on: {self.fail_on!r} is not one of {', '.join(FAIL_ON)}")
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)


def matches(selector: str, rule) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    return rule.code.startswith(s.upper()) or s == rule.name or s == rule.family


def select_rules(rule_classes: dict, settings: Settings) -> list:
    """Rule classes enabled by select/extend-select minus ignore; unknown selectors are errors."""
    classes = list(rule_classes.values())
    for where, selectors in (("select", settings.select), ("extend-select", settings.extend_select),
                             ("ignore", settings.ignore)):
        for s in selectors:
            if not any(matches(s, r) for r in classes) and s not in FAMILIES:
                raise RuleSetError(f"{where}: {s!r} matches no rule (see `audit rules`)")
    chosen = [r for r in classes
              if any(matches(s, r) for s in [*settings.select, *settings.extend_select])
              and not any(matches(s, r) for s in settings.ignore)]
    for key in settings.severity:
        if not any(matches(key, r) for r in classes):
            raise RuleSetError(f"severity: {key!r} matches no rule")
    return chosen


def severity_for(rule_cls, settings: Settings) -> Severity | None:
    for key in (rule_cls.code, rule_cls.name, rule_cls.family):
        if key in settings.severity:
            try:
                return Severity.parse(settings.severity[key])
            except ValueError as exc:
                raise RuleSetError(f"severity.{key}: {exc}") from None
    return None
