"""The editor's gold for the five seeds (tests/seed_gold.yaml), for the acceptance tests."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = yaml.safe_load((ROOT / "tests" / "seed_gold.yaml").read_text(encoding="utf-8"))
SEEDS = sorted(GOLD["seeds"])


def line_numbers(spec: list[int | str]) -> list[int]:
    """Line numbers from the gold file's notation: 7, or "59-65" for a range with both ends."""
    numbers = []
    for item in spec:
        if isinstance(item, str) and "-" in item:
            first, last = item.split("-")
            numbers.extend(range(int(first), int(last) + 1))
        else:
            numbers.append(int(item))
    return numbers


def roles_by_line(seed: str) -> dict[int, str]:
    """Every non-blank line of a seed and the role the editor gave it."""
    return {
        number: role
        for role, spec in GOLD["seeds"][seed]["roles"].items()
        for number in line_numbers(spec)
    }
