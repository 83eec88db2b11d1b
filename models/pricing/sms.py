"""Message analysis: encoding, parts and characters of an SMS text (GSM 03.38 / UCS-2)."""

from __future__ import annotations

from dataclasses import dataclass

from models.pricing import graphemes
from models.pricing.gsm_charset import BASIC, EXTENSION, non_gsm_characters

GSM7 = "GSM-7"
UCS2 = "UCS-2"
# Units per part: a single message, and each part of a concatenated one (the rest is the UDH).
SINGLE_PART = {GSM7: 160, UCS2: 70}
MULTI_PART = {GSM7: 153, UCS2: 67}
MAX_PARTS = 255  # the concatenation header counts parts in one byte


@dataclass(frozen=True)
class MessageAnalysis:
    """What a message costs to send, and what the editor shows about it."""

    encoding: str  # GSM7 or UCS2
    characters: int  # characters a person sees (grapheme clusters; CR LF is one)
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int  # 0 for an empty message
    part_size: int  # units one part holds: 160/70 for one part, 153/67 when concatenated
    units_left: int  # units still free in the last part before another part is needed
    non_gsm: tuple[str, ...]  # distinct characters that force UCS-2
    part_starts: tuple[int, ...]  # index in the text where each part begins

    @property
    def is_unicode(self) -> bool:
        return self.encoding == UCS2


def _cost(cluster: str, gsm: bool) -> int:
    if gsm:
        return sum(2 if char in EXTENSION else 1 for char in cluster)
    return len(cluster.encode("utf-16-le")) // 2


def analyze(text: str) -> MessageAnalysis:
    """Encoding, parts and characters of `text`; characters are never split across parts."""
    gsm = all(char in BASIC or char in EXTENSION for char in text)
    encoding = GSM7 if gsm else UCS2
    pieces = list(graphemes.clusters(text))
    costs = [_cost(piece, gsm) for piece in pieces]
    units = sum(costs)
    if units == 0:
        return MessageAnalysis(
            encoding, 0, 0, 0, SINGLE_PART[encoding], SINGLE_PART[encoding], (), ()
        )
    if units <= SINGLE_PART[encoding]:
        return MessageAnalysis(
            encoding,
            len(pieces),
            units,
            1,
            SINGLE_PART[encoding],
            SINGLE_PART[encoding] - units,
            tuple(non_gsm_characters(text)),
            (0,),
        )
    size = MULTI_PART[encoding]
    starts = [0]
    used = 0
    position = 0
    for piece, cost in zip(pieces, costs, strict=True):
        if cost > size:
            # One enormous cluster (a letter with dozens of marks) is cut between code points;
            # an escape pair or a surrogate pair is one code point, so neither is ever cut.
            for atom in piece:
                atom_cost = _cost(atom, gsm)
                if used + atom_cost > size:
                    starts.append(position)
                    used = 0
                used += atom_cost
                position += len(atom)
            continue
        if used + cost > size:
            starts.append(position)
            used = 0
        used += cost
        position += len(piece)
    return MessageAnalysis(
        encoding,
        len(pieces),
        units,
        len(starts),
        size,
        size - used,
        tuple(non_gsm_characters(text)),
        tuple(starts),
    )
