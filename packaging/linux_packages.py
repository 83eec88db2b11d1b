"""The Linux packages made from the PyInstaller folder: a .deb (dpkg-deb) and a portable .tar.gz."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What Qt's xcb platform plugin and the bundled Qt libraries load from the system.
DEPENDS = (
    "libc6 (>= 2.34)", "libegl1", "libgl1", "libdrm2", "libfontconfig1", "libfreetype6",
    "libdbus-1-3", "libglib2.0-0", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb1",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1",
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
)  # fmt: skip


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _installed_size_kib(folder: Path) -> int:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
        + 1
    )


def build_deb(folder: Path, version: str, dist: Path, build: Path) -> Path:
    """credit-desk_VERSION_ARCH.deb: the app in /opt/credit-desk, `credit-desk` on the PATH, a
    menu entry with its icons. The user's data (XDG data folder) is never part of the package, so
    removing or upgrading it leaves the database alone."""
    arch = architecture()
    root = build / "deb" / f"credit-desk_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / "credit-desk", symlinks=True)
    _write(
        root / "usr/bin/credit-desk", '#!/bin/sh\nexec /opt/credit-desk/credit-desk "$@"\n', 0o755
    )
    menu_entry = root / "usr/share/applications/credit-desk.desktop"
    menu_entry.parent.mkdir(parents=True)
    shutil.copy(HERE / "linux" / "credit-desk.desktop", menu_entry)
    icons = root / "usr/share/icons/hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps" / "credit-desk.png"
        target.parent.mkdir(parents=True)
        shutil.copy(build / "icons" / f"credit-desk-{size}.png", target)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", icons / "scalable/apps/credit-desk.svg")
    docs = root / "usr/share/doc/credit-desk"
    docs.mkdir(parents=True)
    shutil.copy(HERE / "linux" / "copyright", docs / "copyright")
    control = (
        (HERE / "linux" / "control")
        .read_text(encoding="utf-8")
        .format(
            version=version,
            arch=arch,
            depends=", ".join(DEPENDS),
            size=_installed_size_kib(root),
        )
    )
    _write(root / "DEBIAN" / "control", control)
    for script in ("postinst", "postrm"):
        shutil.copy(HERE / "linux" / script, root / "DEBIAN" / script)
        (root / "DEBIAN" / script).chmod(0o755)
    target = dist / f"credit-desk_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--build", str(root), str(target)],
        check=True,
    )
    return target


def build_tarball(folder: Path, version: str, dist: Path) -> Path:
    """credit-desk-VERSION-linux-ARCH.tar.gz: the same folder; unpack anywhere, run credit-desk."""
    target = dist / f"credit-desk-{version}-linux-{architecture()}.tar.gz"
    subprocess.run(["tar", "-czf", str(target), "-C", str(folder.parent), folder.name], check=True)
    return target
