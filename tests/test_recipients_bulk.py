"""Recipients sorted by list-wide steps: the same lists as entry by entry, repeats and all."""

from __future__ import annotations

import random
from dataclasses import replace

from models.pricing.recipients import normalize_entries, split_pasted


def _pasted(count: int, seed: int) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.1 and lines:
            lines.append(rng.choice(lines))  # a repeat
        elif roll < 0.15:
            lines.append(rng.choice(["12345", "call me", "+420 123 456 789", "+800 1234 5678"]))
        elif roll < 0.17:
            lines.append(
                f"{rng.choice(['800', '221'])}{rng.randrange(10**5, 10**6)}"
            )  # fixed line, toll-free
        elif roll < 0.2:
            lines.append(f"00420 60{rng.randrange(1, 9)} {rng.randrange(10**5, 10**6)}")
        elif roll < 0.3:
            lines.append(f"+421 905 {rng.randrange(10**5, 10**6)}")
        else:
            lines.append(
                f"60{rng.randrange(1, 9)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
            )
    return "\n".join(lines)


def test_list_wide_sorting_gives_the_lists_entry_by_entry_sorting_gives() -> None:
    entries = split_pasted(_pasted(12_000, seed=3))
    assert entries.one_a_line
    at_once = normalize_entries(entries, "CZ")
    one_by_one = normalize_entries(replace(entries, one_a_line=False), "CZ")
    assert at_once == one_by_one
    assert len(at_once.duplicates) > 1_000 and len(at_once.invalid) > 400
    assert len(at_once.own_row_types or {}) > 100


def test_numbers_sharing_a_line_are_sorted_entry_by_entry() -> None:
    entries = split_pasted("601 123 456, 601 123 456\n+420 601 123 456; 12345")
    assert not entries.one_a_line
    found = normalize_entries(entries, "CZ")
    assert [(d.line, d.first_line) for d in found.duplicates] == [(1, 1), (2, 1)]
    assert [i.line for i in found.invalid] == [2]
