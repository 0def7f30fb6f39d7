"""Session 20, mis22: a listed or miscased name of any shape glued to its number ("Chat-GPT4",
"ChatGpt4") is the name misspelled, found on its own; and the names added to the glossary in
session 20 (agents and their benchmarks: OpenHands, OSWorld, WebArena, Terminal-Bench,
MLE-bench; Genspark) are found split or miscased."""

from __future__ import annotations

import pytest

from tests.conftest import assert_one_misspelling, misspellings, quote_episode, summary_episode


@pytest.mark.parametrize("episode, text, rule, evidence, replacement", [
    (quote_episode, "Honestly we used Chat-GPT4 for the whole first draft.", "M301", "Chat-GPT", "ChatGPT"),
    (quote_episode, "My students all use ChatGpt4 for homework now.", "M301", "ChatGpt", "ChatGPT"),
    (summary_episode, "The agent scored well on OS World with screenshots alone.", "M301", "OS World", "OSWorld"),
    (quote_episode, "It failed most of the Web Arena tasks last year.", "M301", "Web Arena", "WebArena"),
    (summary_episode, "The team built its coding agent on Open Hands.", "M301", "Open Hands", "OpenHands"),
    (quote_episode, "Gen Spark launched a browser with agents built in.", "M301", "Gen Spark", "Genspark"),
    (summary_episode, "Results on MLE bench improved with longer runs.", "M301", "MLE bench", "MLE-bench"),
])
def test_found(episode, text, rule, evidence, replacement):
    assert_one_misspelling(episode, text, rule, evidence, replacement)


@pytest.mark.parametrize("text", [
    "Upgrade to Windows11 first, then install the RTX4090 driver.",
    "An open hands approach to teaching kids about AI.",
    "Artificial analysis of the data shows a clear trend.",
])
def test_quiet(text):
    assert misspellings(text, quote_episode) == []
