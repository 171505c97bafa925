"""Half-space (ZWNJ) restoration. Placeholder until the trained model lands: proposes no edit."""

from __future__ import annotations

from functools import lru_cache

from khabar.text.offsets import Edit


class HalfspaceModel:
    def edits(self, text: str) -> list[Edit]:
        return []


@lru_cache(maxsize=1)
def default_model() -> HalfspaceModel:
    return HalfspaceModel()
