"""Pricing benchmark: 100,000 and 1,000,000 pasted recipients and a 3-part message, against
phonenumbers alone.

Run: .venv/bin/python tests/perf/pricing.py [--runs 5] [--sizes 100000,1000000]
Prints the set-up figures, each run, the medians per size (Credit Desk and phonenumbers
alternating on the same numbers), the numbers whose E.164 form or refusal differs from
phonenumbers' (checked after the timed runs), and as its last line the ratios (phonenumbers
parse+validate+E.164 per number) / (Credit Desk normalise+validate+price) and the verdict;
targets: 100k ≤ 0.3 s, 1M ≤ 2.5 s, ratio ≥ 10, no disagreement.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import phonenumbers  # noqa: E402

from models.common.database import open_database  # noqa: E402
from models.pricing import campaign_estimate, recipients, sms  # noqa: E402
from models.pricing.phone_numbers import Normalizer  # noqa: E402

MESSAGE = "Dear customer, " + "our spring sale starts tomorrow at 9:00 in every shop. " * 7


def make_numbers(count: int, seed: int = 1) -> str:
    """Pasted text: mostly Czech mobiles written in several ways, some foreign numbers,
    about 3 % repeats and 2 % mistakes."""
    rng = random.Random(seed)
    czech = ["601", "602", "603", "604", "605", "606", "607", "608", "702", "720", "721"]
    czech += ["730", "731", "736", "737", "739", "773", "774", "775", "776", "777", "792"]
    lines: list[str] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.03 and lines:
            lines.append(rng.choice(lines))
        elif roll < 0.05:
            lines.append(rng.choice(["12345", "+420 123 456 789", "call me", "6011234567890"]))
        elif roll < 0.20:
            sk = rng.choice(["901", "903", "905", "910", "915", "940", "944", "948", "950"])
            lines.append(f"+421 {sk} {rng.randrange(10**5, 10**6)}")
        elif roll < 0.25:
            lines.append(f"+49 17{rng.randrange(10)} {rng.randrange(10**7, 10**8)}")
        else:
            prefix, rest = rng.choice(czech), rng.randrange(100000, 999999)
            style = rng.randrange(3)
            if style == 0:
                lines.append(f"{prefix} {str(rest)[:3]} {str(rest)[3:]}")
            elif style == 1:
                lines.append(f"+420 {prefix} {rest}")
            else:
                lines.append(f"00420{prefix}{rest}")
    return "\n".join(lines)


def credit_desk(pasted: str, index: campaign_estimate.PrefixIndex) -> tuple[int, int, int, int]:
    analysis = sms.analyze(MESSAGE)
    found = recipients.normalize_entries(recipients.split_pasted(pasted), "CZ")
    priced = campaign_estimate.price_recipients(found, index)
    cost = campaign_estimate.estimate(priced, analysis.parts)
    return len(found.valid), len(found.invalid), len(found.duplicates), cost.total


def phonenumbers_alone(pasted: str) -> int:
    valid = 0
    for line in pasted.splitlines():
        try:
            number = phonenumbers.parse(line, "CZ")
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            valid += 1
    return valid


def disagreements(pasted: str) -> int:
    """Texts whose E.164 form (or refusal) Credit Desk's bulk path gives otherwise than
    phonenumbers does (untimed)."""
    texts = recipients.split_pasted(pasted).texts
    ours = Normalizer("CZ").normalize_many(texts)
    differ = 0
    for text, found in zip(texts, ours, strict=True):
        try:
            number = phonenumbers.parse(text, "CZ")
            valid = phonenumbers.is_valid_number(number)
        except phonenumbers.NumberParseException:
            valid = False
        expected = (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if valid
            else None
        )
        differ += (found[0] if len(found) == 2 else None) != expected
    return differ


TARGETS = {100_000: 0.3, 1_000_000: 2.5}


def measure(size: int, runs: int, index: campaign_estimate.PrefixIndex) -> tuple[float, float, int]:
    """Medians (Credit Desk, phonenumbers) for `size` recipients, the two alternating, and
    the disagreements."""
    pasted = make_numbers(size)
    ours, theirs = [], []
    for run in range(runs):
        started = time.perf_counter()
        valid, invalid, duplicates, total = credit_desk(pasted, index)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        reference_valid = phonenumbers_alone(pasted)
        theirs.append(time.perf_counter() - started)
        print(
            f"{size}: run {run + 1}: Credit Desk {ours[-1]:.3f} s, phonenumbers {theirs[-1]:.3f} s"
        )
    print(
        f"{size}: valid {valid}, invalid {invalid}, duplicates {duplicates}; phonenumbers finds "
        f"{reference_valid} valid (repeats counted); total {total / 1_000_000:.4f} credits"
    )
    counter = Normalizer("CZ")
    counter.normalize_many(recipients.split_pasted(pasted).texts)
    print(
        f"{size}: decided by the fast path: {counter.fast_count}; by phonenumbers: "
        f"{counter.slow_count} (text it cannot read as digits)"
    )
    differ = disagreements(pasted)
    print(f"{size}: numbers read otherwise than phonenumbers reads them: {differ}")
    ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
    target = TARGETS.get(size)
    print(
        f"{size}: median Credit Desk normalise+validate+price {ours_median:.3f} s"
        + (f" (target <= {target} s)" if target else "")
        + f"; phonenumbers {theirs_median:.3f} s"
    )
    return ours_median, theirs_median, differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()

    analysis = sms.analyze(MESSAGE)
    assert analysis.parts == 3, analysis
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "perf.sqlite3")
        started = time.perf_counter()
        campaign_estimate.load_index()  # first use: loads the bundled sample into the database
        print(f"sample price list loaded and indexed: {time.perf_counter() - started:.2f} s")
        started = time.perf_counter()
        campaign_estimate._index_cache.clear()
        index = campaign_estimate.load_index()
        print(
            f"prefix index built from the database: {time.perf_counter() - started:.3f} s "
            f"({len(index)} prices)"
        )
        print(
            f"message: {analysis.encoding}, {analysis.characters} characters, {analysis.parts} parts"
        )
        ratios, met = [], True
        for size in (int(text) for text in args.sizes.split(",")):
            ours, theirs, differ = measure(size, args.runs, index)
            ratios.append(f"{size}: {theirs / ours:.1f}")
            met &= theirs / ours >= 10 and ours <= TARGETS.get(size, ours) and differ == 0
    verdict = "OK" if met else "MISSED"
    print(
        f"ratio phonenumbers / Credit Desk: {', '.join(ratios)} (target >= 10; times and "
        f"disagreements above): {verdict}"
    )


if __name__ == "__main__":
    main()
