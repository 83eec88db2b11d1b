#!/usr/bin/env bash
# Smoke test of the built .deb, run by .ci/run: install it, use the installed `credit-desk` alone
# (CLI, invoice PDF, the window under Xvfb), remove it, and check the user's database survived.
# Needs root or sudo (apt install), the source .venv (for the checks), Xvfb, xdotool, poppler.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
deb=$(ls dist/credit-desk_"$version"_*.deb)
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
cd "$work"  # nothing of the source tree on hand: only the installed app

echo "== install $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$OLDPWD/$deb" >/dev/null
[ "$(command -v credit-desk)" = /usr/bin/credit-desk ] || fail "credit-desk is not on the PATH"
[ -f /usr/share/applications/credit-desk.desktop ] || fail "no menu entry"
[ -f /usr/share/icons/hicolor/256x256/apps/credit-desk.png ] || fail "no icon"

echo "== --version"
[ "$(credit-desk --version)" = "Credit Desk $version" ] || fail "--version says $(credit-desk --version)"

echo "== balance, billing information, a manual top-up, invoices"
db="$work/cli.sqlite3"
[ "$(credit-desk --database "$db" balance | head -1)" = "0 credits" ] || fail "balance of a new database"
credit-desk --database "$db" settings seller.name "Zkušební dodavatel s.r.o." >/dev/null
credit-desk --database "$db" settings seller.iban CZ6508000000192000145399 >/dev/null
# VAT IDs are checked offline by python-stdnum, whose modules the bundle must carry
credit-desk --database "$db" settings seller.vat_id CZ25596641 >/dev/null || fail "a valid VAT ID refused"
if credit-desk --database "$db" settings seller.vat_id CZ25596642 >/dev/null 2>&1; then
  fail "an invalid VAT ID accepted"
fi
credit-desk --database "$db" settings seller.invoice_language cs >/dev/null  # Babel's Czech data
credit-desk --database "$db" billing set name "Odběratel a.s." street "Dlouhá 1" city Praha \
  postal_code "110 00" country CZ company_id 27082440 vat_id CZ27082440 >/dev/null
credit-desk --database "$db" top-up 1000 CZK --method manual --note "smoke test" >/dev/null
[ "$(credit-desk --database "$db" balance | head -1)" = "40 credits" ] || fail "balance after the top-up"
# A bank transfer's proforma: a PDF with the QR code, in the seller's Czech name
credit-desk --database "$db" top-up 500 CZK --method bank-transfer >/dev/null
credit-desk --database "$db" export-invoices "$work/invoices" >/dev/null
pdfs=("$work"/invoices/*.pdf)
[ ${#pdfs[@]} = 2 ] || fail "export-invoices wrote ${#pdfs[@]} PDFs, not 2 (the manual top-up's tax invoice, the transfer's proforma)"
for pdf in "${pdfs[@]}"; do
  pdftotext "$pdf" - | grep -q "Zkušební dodavatel" || fail "$pdf lacks the seller's name"
  pdftotext "$pdf" - | grep -q -e "Zálohová faktura" -e "Faktura – daňový doklad" ||
    fail "$pdf is neither a Czech proforma nor a Czech tax invoice"
  # pdffonts: a header of two lines, then one line per font whose "emb" column must say yes
  pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' ||
    fail "$pdf has a font that is not embedded: $(pdffonts "$pdf")"
done

echo "== e-invoices: Factur-X (its schema data is bundled) and ISDOC"
credit-desk --database "$db" export-invoices --format facturx "$work/facturx" >/dev/null
invoice=$(ls "$work"/facturx/*.pdf | grep -v proforma | head -1)
[ -n "$invoice" ] || fail "no tax invoice was exported"
pdfdetach -list "$invoice" | grep -q "factur-x.xml" || fail "$invoice carries no factur-x.xml"
credit-desk --database "$db" export-invoices --format isdoc "$work/isdoc" >/dev/null
grep -q "http://isdoc.cz/namespace/2013" "$work"/isdoc/*.isdoc || fail "no ISDOC file was exported"

# Team mode's driver is in the installer: a server that is not there is a connection error,
# not "team mode needs the psycopg package".
refused=$(credit-desk --database postgresql://smoke@127.0.0.1:1/none balance 2>&1 || true)
case "$refused" in
  *"connection failed"*) ;;
  *) fail "a server address: $refused" ;;
esac

echo "== the window under Xvfb (default database in the XDG data folder)"
data="$XDG_DATA_HOME/Credit Desk/credit-desk.sqlite3"
cat >"$work/window.sh" <<SCRIPT
set -eu
credit-desk &
app=\$!
xdotool search --sync --onlyvisible --name "^Credit Desk" >/dev/null
sleep 2  # the pages after the first are built once the window is on screen
"$OLDPWD/.venv/bin/python" "$OLDPWD/packaging/screenshot_check.py" "$work/screenshot.png"
kill -TERM \$app
status=0; wait \$app || status=\$?
echo "window exited with status \$status"
exit \$status
SCRIPT
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/window.sh" || fail "the window did not start, show and close cleanly"
mkdir -p "$OLDPWD/build/smoke" && cp "$work/screenshot.png" "$OLDPWD/build/smoke/"
[ -f "$data" ] || fail "the window made no database at $data"

echo "== remove the package: the user's database stays"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq --purge credit-desk >/dev/null
[ ! -e /opt/credit-desk ] || fail "/opt/credit-desk is still there"
[ -f "$data" ] || fail "removing the package removed the user's database"
"$OLDPWD/.venv/bin/python" "$OLDPWD/main.py" --database "$data" verify || fail "verify on the kept database"
"$OLDPWD/.venv/bin/python" "$OLDPWD/main.py" --database "$db" verify || fail "verify on the CLI database"
echo "smoke test passed"
