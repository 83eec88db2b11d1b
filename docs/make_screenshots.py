"""Screenshots of every page and dialog, in English and Czech, at 1280×800 and 1024×640.

    .venv/bin/python docs/make_screenshots.py [--lang en cs] [--size 1280x800 1024x640]
        [--out docs/screenshots]

Builds the window the way `main.py --lang LANG` does (main.install_language, main.build_window)
on a sample database in a temporary folder (tests/helpers/sample_data.py), shows each page,
tab and dialog (tests/helpers/screen_tour.py) and saves it as OUT/<lang>-<size>/<name>.png,
reduced to a 256-colour palette. Without a display it runs itself under `xvfb-run`. QSettings
go to the temporary folder: your own settings and database are not touched.
tests/test_screenshots.py checks the same tour for clipped text and sideways scrolling.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ("1280x800", "1024x640")
LANGUAGES = ("en", "cs")
SCREEN = "1280x1024x24"


def optimise(path: Path) -> None:
    """A 256-colour palette PNG: a fraction of the size, and nothing a reader would notice."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def shoot(language: str, size: str, out: Path) -> list[Path]:
    """One language at one size, in this process (it needs a display)."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    folder = Path(tempfile.mkdtemp(prefix="credit-desk-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Credit Desk screenshots")
    app.setApplicationName("Credit Desk screenshots")

    import launch
    from tests.helpers import screen_tour

    language, translators = launch.install_language(app, language)  # noqa: F841
    width, height = (int(n) for n in size.split("x"))
    window, plan = screen_tour.open_window(folder, language, (width, height))
    target = out / f"{language}-{size}"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    saved = []
    for name, widget in screen_tour.tour(window, plan):
        path = target / f"{name}.png"
        widget.grab().save(str(path))
        optimise(path)
        saved.append(path)
    window.close()
    screen_tour.settle(window)
    shutil.rmtree(folder, ignore_errors=True)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--size", nargs="+", default=list(SIZES), help="WIDTHxHEIGHT")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:  # a child: one language, one size
        for path in shoot(args.lang[0], args.size[0], args.out.resolve()):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    prefix: list[str] = []
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("error: no display, and xvfb-run is not installed (apt install xvfb)")
            return 1
        prefix = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}"]
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb")
    for language in args.lang:
        for size in args.size:
            command = [sys.executable, __file__, "--one", "--lang", language, "--size", size]
            command += ["--out", str(args.out)]
            result = subprocess.run(prefix + command, env=environment, check=False)
            if result.returncode != 0:
                return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
