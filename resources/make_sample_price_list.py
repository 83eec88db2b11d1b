"""Writes resources/sample_price_list.csv: every country with a dialling code and its operators.

Run once by hand (the CSV is committed): .venv/bin/python resources/make_sample_price_list.py
Operators and their number prefixes come from phonenumbers' carrier data; the prices are
illustrative, derived deterministically from the country code so that reruns give the same file.
"""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import phonenumbers  # noqa: E402
from phonenumbers.carrierdata import CARRIER_DATA  # noqa: E402

from models.common import countries  # noqa: E402
from models.pricing.price_list import PriceRow  # noqa: E402
from models.pricing.price_list_csv import write_price_list  # noqa: E402

TARGET = ROOT / "resources" / "sample_price_list.csv"
STEP = 100  # prices are multiples of 0.0001 credits


def _spread(key: str, low: int, high: int) -> int:
    """A stable pseudo-random number in [low, high] for `key`."""
    return low + zlib.crc32(key.encode("utf-8")) % (high - low + 1)


def country_price(country: str) -> int:
    """0.0100–0.1500 credits per part; a few neighbours of the Czech customer are cheaper."""
    if country in ("CZ", "SK"):
        return {"CZ": 32_000, "SK": 41_000}[country]
    return _spread(country, 100, 1500) * STEP


def region_of_prefix(prefix: str) -> str | None:
    """The country a carrier prefix belongs to. Where countries share a code (+1, +7, +44…),
    the prefix is completed into full numbers and phonenumbers says whose they are."""
    for length in (1, 2, 3):
        code = int(prefix[:length])
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
        if regions is None:
            continue
        regions = tuple(r for r in regions if r != "001")
        if len(regions) <= 1:
            return regions[0] if regions else None
        # A region whose leading digits (+1 684 American Samoa, +7 7 Kazakhstan, +44 7911
        # Guernsey) begin every number under the prefix owns it, as phonenumbers says.
        national = prefix[length:]
        for region in regions:
            leading = phonenumbers.PhoneMetadata.metadata_for_region(region).leading_digits
            if leading and all(re.match(leading, national.ljust(12, f)) for f in "0519"):
                return region
        for total in range(len(prefix), 16):
            for filler in "0512":
                try:
                    number = phonenumbers.parse("+" + prefix.ljust(total, filler))
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(number):
                    return phonenumbers.region_code_for_number(number)
        return regions[0]
    return None


def build_rows() -> list[PriceRow]:
    codes = countries.calling_codes()
    rows = [
        PriceRow(country, code, "", "", country_price(country)) for country, code in codes.items()
    ]
    for prefix, names in CARRIER_DATA.items():
        operator = names.get("en")
        region = region_of_prefix(prefix)
        if not operator or region is None or not prefix.startswith(codes[region]):
            continue
        base = country_price(region)
        factor = _spread(region + operator, 90, 125)  # operators vary by −10 … +25 %
        price = max(STEP, base * factor // 100 // STEP * STEP)
        rows.append(PriceRow(region, codes[region], operator, prefix, price))
    rows.sort(key=lambda row: (row.country, row.prefix))
    return rows


def main() -> None:
    rows = build_rows()
    TARGET.write_text(write_price_list(rows), encoding="utf-8", newline="")
    print(f"wrote {len(rows)} prices for {len({r.country for r in rows})} countries to {TARGET}")


if __name__ == "__main__":
    main()
