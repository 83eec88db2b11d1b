#!/usr/bin/env bash
# Re-extract the GUI's strings into the .ts files (keeps existing translations), then fill in the
# Czech translations kept in translate.py (it lists what it could not translate). setup.sh and
# ui/translations.py compile the .ts files into .qm.
#   resources/translations/update.sh           extract and translate
#   resources/translations/update.sh --check   also fail when a message has no translation
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin=$(dirname "$(command -v pyside6-lupdate)")
sources=$(find ui -name '*.py' | sort)
"$bin/pyside6-lupdate" launch.py $sources -ts resources/translations/credit_desk_cs.ts -no-obsolete -locations none
# English: only the counted messages, for their singular ("1 entry", not "1 entries")
"$bin/pyside6-lupdate" launch.py $sources -ts resources/translations/credit_desk_en.ts -no-obsolete -locations none -pluralonly
python="$bin/python"
[ -x "$python" ] || python=python3
"$python" resources/translations/translate.py "$@"
