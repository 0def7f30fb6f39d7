"""Episodes flattened into pandas tables, one batch at a time.

One row per entity, quote, insight and topic (and one per episode), each with `file` (the
episode's path), `ep` (its index in the batch), `index` (0-based position in its list) and
`field` (the field path of the row, `companies[3]`), so vectorised checks find their way back to
a position. Tables are built on first use: a run that selects no check of a table never pays for it.
Checks that only loop over rows read `Batch.rows(name, *columns)`: the same values as plain
tuples, with no DataFrame built unless some check asks for one.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Iterator

from .episode import Episode
from .ruleset import Knowledge

if TYPE_CHECKING:
    import pandas as pd

# Lists of the front matter and the columns their rows get (missing keys become NA).
LIST_TABLES = {
    "entities": ("companies", ("name", "category", "confidence", "context", "position", "source")),
    "quotes": ("quotes", ("text", "length", "relevance_score", "topics", "impact_reason", "source",
                          "topic")),
    "insights": ("insights", ("text", "extracted", "type", "actionable", "confidence")),
    "topics": ("topics", ("topic", "mentions", "prominence", "keywords")),
}
EPISODE_COLUMNS = ("title", "summary", "date", "processing_date", "duration", "has_transcript",
                   "layout", "llm_enhanced", "original_url", "source")

# Free text a person or the LLM wrote: where names, attributions and phrasing are checked.
# (list key, item key) or (top-level key, None).
TEXT_FIELDS = (
    ("title", None), ("summary", None),
    ("companies", "name"), ("companies", "context"),
    ("quotes", "text"), ("quotes", "impact_reason"),
    ("insights", "text"), ("insights", "extracted"),
)


_FIELD_PATHS: dict[tuple[str, str], list[str]] = {}


def field_paths(before: str, after: str, n: int) -> list[str]:
    """[f"{before}{i}{after}" for i in range(n)]: the paths of a list's items, each string built once."""
    known = _FIELD_PATHS.setdefault((before, after), [])
    if len(known) < n:
        known.extend(f"{before}{i}{after}" for i in range(len(known), n))
    return known


class Batch:
    """A batch of parsed episodes and the tables built from them."""

    def __init__(self, episodes: list[Episode], knowledge: Knowledge):
        self.episodes = [ep for ep in episodes if ep.ok]
        self.knowledge = knowledge
        self._shared: dict = {}
        self._row_lists: dict[str, list[tuple]] = {}  # list table name -> its rows
        self._column_lists: dict[str, dict[str, tuple]] = {}  # list table name -> column -> values
        self._texts: list[tuple[Episode, str, str, str]] | None = None

    def shared(self, key, compute):
        """A result several rules of one family need, computed once per batch."""
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]

    def __len__(self) -> int:
        return len(self.episodes)

    # --- plain iteration (for checks that walk text with regexes) -------------------------------

    def texts(self) -> Iterator[tuple[Episode, str, str, str]]:
        """(episode, field path, text, kind) for every free-text string; kind is the item key.

        Gathered on the first call; the rules that scan text all read the same list.
        """
        if self._texts is None:
            self._texts = list(self._free_texts())
        return iter(self._texts)

    def _free_texts(self) -> Iterator[tuple[Episode, str, str, str]]:
        for ep in self.episodes:
            data = ep.data
            for key, sub in TEXT_FIELDS:
                value = data.get(key)
                if sub is None:
                    if isinstance(value, str):
                        yield ep, key, value, key
                elif isinstance(value, list):
                    paths = field_paths(f"{key}[", f"].{sub}", len(value))
                    for i, item in enumerate(value):
                        if isinstance(item, dict):
                            text = item.get(sub)
                            if isinstance(text, str):
                                yield ep, paths[i], text, sub

    def strings(self) -> Iterator[tuple[Episode, str, str]]:
        """(episode, field path, value) for every string scalar of every front matter."""
        for ep in self.episodes:
            for path, sc in ep.scalars.items():
                if isinstance(sc.value, str) and path:
                    yield ep, path, sc.value

    # --- tables -------------------------------------------------------------------------------

    def _list_rows(self, name: str) -> list[tuple]:
        # rows as tuples (a dict per row costs more to build and for pandas to read); an item that
        # is not a mapping has NaN in every item column, as a frame of dict rows would give
        rows = self._row_lists.get(name)
        if rows is not None:
            return rows
        key, columns = LIST_TABLES[name]
        rows = self._row_lists[name] = []
        missing = (float("nan"),) * len(columns)
        for n, ep in enumerate(self.episodes):
            items = ep.data.get(key)
            if not isinstance(items, list):
                continue
            path = ep.path
            fields = field_paths(f"{key}[", "]", len(items))
            for i, item in enumerate(items):
                values = map(item.get, columns) if isinstance(item, dict) else missing
                rows.append((path, n, i, fields[i], *values))
        return rows

    def rows(self, name: str, *columns: str) -> list[tuple]:
        """The list table `name` as plain tuples of `columns`, the values its DataFrame holds.

        For a few hundred rows per episode, a loop over tuples is several times cheaper than
        pandas' per-call overhead (groupby, .loc, .str), and needs no DataFrame at all.
        """
        by_column = self._column_lists.get(name)
        if by_column is None:
            names = ("file", "ep", "index", "field", *LIST_TABLES[name][1])
            rows = self._list_rows(name)
            by_column = dict(zip(names, zip(*rows))) if rows else dict.fromkeys(names, ())
            self._column_lists[name] = by_column
        return list(zip(*(by_column[c] for c in columns)))

    def _list_table(self, name: str) -> pd.DataFrame:
        import pandas as pd  # imported by the first check that asks for a table (none of the built-in ones)

        columns = LIST_TABLES[name][1]
        return pd.DataFrame(self._list_rows(name), columns=["file", "ep", "index", "field", *columns],
                            dtype=object)

    @cached_property
    def entities(self) -> pd.DataFrame:
        return self._list_table("entities")

    @cached_property
    def quotes(self) -> pd.DataFrame:
        return self._list_table("quotes")

    @cached_property
    def insights(self) -> pd.DataFrame:
        return self._list_table("insights")

    @cached_property
    def topics(self) -> pd.DataFrame:
        return self._list_table("topics")

    @cached_property
    def episodes_table(self) -> pd.DataFrame:
        import pandas as pd

        rows = [(ep.path, n, 0, "", *[ep.data.get(c) for c in EPISODE_COLUMNS])
                for n, ep in enumerate(self.episodes)]
        return pd.DataFrame(rows, columns=["file", "ep", "index", "field", *EPISODE_COLUMNS], dtype=object)

    def table(self, name: str) -> pd.DataFrame:
        return self.episodes_table if name == "episodes" else getattr(self, name)
