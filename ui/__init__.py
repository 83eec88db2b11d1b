"""The Qt GUI of Credit Desk: widgets, pages, dialogs and item models. Holds no SQL and no rules."""

import sys

import PySide6.QtCore  # noqa: F401 (installs the import hook that answer_pyside_about_own_modules tunes)

OWN_PACKAGES = {"ui": True, "models": False, "cli": False}  # does the package use PySide6?


def answer_pyside_about_own_modules() -> None:
    """PySide6 reads the whole source of every module imported after it, looking for the word
    "PySide6" (for its `from __feature__ import` switching, which Credit Desk does not use): some
    0.1 ms a module, 5 ms of a start. For the app's own modules the answer is known from their
    package; other modules are still read. (A PySide6 without this private hook: nothing done.)"""
    features = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(features, "_mod_uses_pyside", None)
    if reads_source is None or getattr(reads_source, "knows_own_packages", False):
        return

    def uses_pyside(module: object) -> bool:
        package = getattr(module, "__name__", "").partition(".")[0]
        known = OWN_PACKAGES.get(package)
        return reads_source(module) if known is None else known

    uses_pyside.knows_own_packages = True  # type: ignore[attr-defined]
    features._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


answer_pyside_about_own_modules()
