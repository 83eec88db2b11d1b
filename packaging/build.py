"""Build Credit Desk's installers for this platform into dist/: one command, the version from pyproject.toml.

Linux: the PyInstaller folder, a .deb and a portable .tar.gz. Windows: the folder and, with Inno
Setup installed, the per-user setup .exe. macOS: Credit Desk.app in a .dmg.
Run it with the Python that has the app's packages (./packaging/build.sh does on Linux), or pass
--install to pip-install them, and PyInstaller, into the running Python first (the CI workflow).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "credit_desk.spec"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def run(*command: str | Path, **options: object) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, **options)


def install() -> None:
    """The app's packages and the build extra's, into the running Python."""
    meta = project()
    wanted = [*meta["dependencies"], *meta["optional-dependencies"]["build"]]
    run(sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", *wanted)


def tool(name: str) -> str:
    """A console script installed beside the running Python (bin/ or Scripts/)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed")
    return found


def compile_translations() -> None:
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(tool("pyside6-lrelease"), "-silent", source, "-qm", source.with_suffix(".qm"))


def build_folder() -> Path:
    """The one-folder app (on macOS also Credit Desk.app), from the spec."""
    run(sys.executable, ROOT / "packaging" / "render_icons.py", BUILD / "icons")
    run(
        sys.executable, "-m", "PyInstaller", SPEC, "--noconfirm", "--clean",
        "--log-level", "ERROR", "--distpath", BUILD / "pyinstaller", "--workpath", BUILD / "work",
    )  # fmt: skip
    return BUILD / "pyinstaller" / "credit-desk"


def package_windows(folder: Path, version: str) -> None:
    shutil.make_archive(
        str(DIST / f"credit-desk-{version}-windows"), "zip", folder.parent, folder.name
    )
    iscc = os.environ.get("ISCC") or shutil.which("iscc")
    default = (
        Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)"))
        / "Inno Setup 6"
        / "ISCC.exe"
    )
    if iscc is None and default.exists():
        iscc = str(default)
    if iscc is None:
        print("Inno Setup (ISCC) not found: the setup .exe is not built")
        return
    run(
        iscc, f"/DAppVersion={version}", f"/DSourceDir={folder}", f"/DIconFile={BUILD / 'icons' / 'credit-desk.ico'}",
        f"/O{DIST}", ROOT / "packaging" / "windows" / "credit-desk.iss",
    )  # fmt: skip


def package_macos(version: str) -> None:
    app = BUILD / "pyinstaller" / "Credit Desk.app"
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    run("ditto", app, staging / "Credit Desk.app")  # ditto keeps the bundle's symlinks
    os.symlink("/Applications", staging / "Applications")  # drag the app onto it to install
    run(
        "hdiutil", "create", "-volname", f"Credit Desk {version}", "-srcfolder", staging,
        "-fs", "HFS+", "-format", "UDZO", "-ov", DIST / f"credit-desk-{version}-macos.dmg",
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--install", action="store_true", help="pip-install what the build needs first"
    )
    args = parser.parse_args()
    if args.install:
        install()
    version = project()["version"]
    DIST.mkdir(exist_ok=True)
    compile_translations()
    folder = build_folder()
    if sys.platform.startswith("linux"):
        from linux_packages import build_deb, build_tarball

        build_deb(folder, version, DIST, BUILD)
        build_tarball(folder, version, DIST)
    elif sys.platform == "win32":
        package_windows(folder, version)
    elif sys.platform == "darwin":
        package_macos(version)
    for artefact in sorted(DIST.iterdir()):
        print(f"{artefact.stat().st_size / 1_048_576:8.1f} MB  {artefact}")


if __name__ == "__main__":
    main()
