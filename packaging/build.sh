#!/usr/bin/env bash
# Builds Credit Desk's installers for this platform into dist/ (Linux: .deb and .tar.gz), the
# version taken from pyproject.toml. Sets up the virtual environment first, as ./setup.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
./setup.sh
packages=(binutils)  # PyInstaller reads the libraries it bundles with objdump
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || {
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get install -y -qq "$package" >/dev/null
  }
done
.venv/bin/python packaging/build.py --install
