#!/usr/bin/env bash
# Re-extract the GUI's strings into the .ts files (keeps existing translations); then translate
# the new entries with pyside6-linguist. setup.sh compiles the .ts files into .qm.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=$(find ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate main.py $sources -ts resources/translations/credit_desk_cs.ts -no-obsolete -locations none
