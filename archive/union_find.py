"""Union-find over string keys: which keys are joined, directly or through others.

The corpus stage groups with it: the reports of one story (links.py), the
variants of one person's name (links_variants.py).
"""

from __future__ import annotations

from collections import defaultdict


class UnionFind:
    def __init__(self, keys: list[str]) -> None:
        self._parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self._parent[key] != key:
            self._parent[key] = self._parent[self._parent[key]]
            key = self._parent[key]
        return key

    def union(self, first: str, second: str) -> str:
        """Join the groups of two keys; return the joined group's root."""
        low, high = sorted((self.find(first), self.find(second)))
        # The smaller key becomes the root so groups never depend on pair order.
        self._parent[high] = low
        return low

    def groups(self) -> list[list[str]]:
        """Every group, its keys sorted, in the order of their roots."""
        members: dict[str, list[str]] = defaultdict(list)
        for key in self._parent:
            members[self.find(key)].append(key)
        return [sorted(group) for _, group in sorted(members.items())]
