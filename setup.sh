#!/usr/bin/env bash
# Sets Credit Desk up on a fresh Debian/Ubuntu machine: system libraries Qt needs, a virtual
# environment with the project's packages, and the compiled translations. Safe to run again.
#   ./setup.sh         what the app needs
#   ./setup.sh --dev   also the test tools, Xvfb and poppler (screenshots, PDF checks), and
#                      PostgreSQL's programs (the tests start a throwaway server of their own)
set -euo pipefail
cd "$(dirname "$0")"

dev=0
[ "${1:-}" = "--dev" ] && dev=1

# Qt's xcb platform plugin and its dependencies; fonts for the window and PDFs.
packages=(python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
[ "$dev" = 1 ] && packages+=(xvfb xauth xdotool poppler-utils zbar-tools postgresql)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
extras="dependencies"
[ "$dev" = 1 ] && extras="dependencies dev"
mapfile -t requirements < <(.venv/bin/python - "$extras" <<'PY'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
wanted = list(project["dependencies"])
if "dev" in sys.argv[1]:
    wanted += project["optional-dependencies"]["dev"]
print("\n".join(wanted))
PY
)
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check "${requirements[@]}"

for source in resources/translations/*.ts; do
  [ -e "$source" ] || continue
  .venv/bin/pyside6-lrelease -silent "$source" -qm "${source%.ts}.qm"
done
# The project's own modules compiled now (their .pyc beside them), so that no start compiles
# them: without this, a read-only install or PYTHONDONTWRITEBYTECODE compiles ~60 on every start.
.venv/bin/python -m compileall -q main.py launch.py cli models ui >/dev/null
echo "Credit Desk is set up in $(pwd)/.venv"
