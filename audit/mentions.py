"""The free texts of a batch grouped by episode, shared by the rules that look for names in them.

The misspelling and attribution rules both walk every free text of every episode; they take the
texts from here, grouped once per batch, so that per-episode checks (does any text of this
episode contain a rare name at all?) cost one search over the episode instead of one per text.
"""

from __future__ import annotations

from .episode import Episode


def episode_texts(batch) -> list[tuple[Episode, list[tuple[str, str, str]]]]:
    """[(episode, [(field path, text, kind), ...]), ...] in `batch.texts()` order, once per batch."""
    def compute():
        grouped: list[tuple[Episode, list[tuple[str, str, str]]]] = []
        for ep, path, text, kind in batch.texts():
            if not grouped or grouped[-1][0] is not ep:
                grouped.append((ep, []))
            grouped[-1][1].append((path, text, kind))
        return grouped
    return batch.shared("episode-texts", compute)


def present(forms, texts: list[str]) -> list[str]:
    """The forms that occur as a substring of any of the texts (one search per form, not per text)."""
    if not forms:
        return []
    joined = "\n".join(texts)
    return [f for f in forms if f in joined]
