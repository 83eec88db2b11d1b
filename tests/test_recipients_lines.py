"""Recipients one a line and several a line: the same valid numbers, refusals and repeats."""

from __future__ import annotations

import random

from models.pricing.recipients import normalize_entries, split_pasted


def test_one_a_line_and_several_a_line_sort_alike() -> None:
    rng = random.Random(11)
    numbers: list[str] = []
    for _ in range(3_000):
        if numbers and rng.random() < 0.1:
            numbers.append(rng.choice(numbers))  # a repeat
        elif rng.random() < 0.05:
            numbers.append(rng.choice(["12345", "call me", "+420 123 456 789"]))
        else:
            numbers.append(
                f"60{rng.randrange(1, 9)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
            )
    one_a_line = split_pasted("\n".join(numbers))
    several = split_pasted("\n".join(f"{number};" for number in numbers))  # “;” ends a number
    assert isinstance(one_a_line.lines, range) and isinstance(several.lines, list)
    assert list(one_a_line.lines) == several.lines
    found, expected = normalize_entries(one_a_line, "CZ"), normalize_entries(several, "CZ")
    assert found == expected
    assert len(found.duplicates) > 200 and len(found.invalid) > 100


def test_a_number_twice_on_one_line_is_a_repeat() -> None:
    found = normalize_entries(split_pasted("601 123 456, 601 123 456\n+420 601 123 456"), "CZ")
    assert [(d.line, d.first_line) for d in found.duplicates] == [(1, 1), (2, 1)]
