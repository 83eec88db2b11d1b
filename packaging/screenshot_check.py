"""Grab the X screen ($DISPLAY) into a PNG and fail when it is blank (one colour or nearly so)."""

from __future__ import annotations

import os
import sys

from PIL import ImageGrab


def main(target: str) -> int:
    image = ImageGrab.grab(xdisplay=os.environ["DISPLAY"]).convert("RGB")
    image.save(target)
    colours = image.getcolors(maxcolors=1_000_000) or []
    dominant = max(count for count, _ in colours) / (image.width * image.height) if colours else 0
    print(
        f"screenshot {image.width}×{image.height}: {len(colours)} colours, the commonest covers {dominant:.0%}"
    )
    if len(colours) < 16 or dominant > 0.98:
        print("the screen is blank", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
