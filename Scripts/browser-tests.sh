#!/usr/bin/env bash
# Tests the default theme in a real browser: headless Chromium driven by Selenium, axe-core and the Nu HTML checker.
#
# Installs what is missing (Debian's chromium, chromium-driver and a Java runtime; a venv of the pinned Python
# packages in Tests/Browser/requirements.txt), builds the example site and the fixture sites in
# Tests/Browser/fixtures/ (the ledger site written by fixtures/make-ledger.py; the search fixture twice, with search and
# with the archive index, which needs Pagefind: Scripts/setup.sh installs it) with the templates/ folder into a temporary folder, serves each over
# `python3 -m http.server` on 127.0.0.1 with an ephemeral port, and runs pytest on Tests/Browser/.
# Extra arguments go to pytest (e.g. `-k toc`). Screenshots land in $TRUSTSITE_SCREENSHOTS (default
# /tmp/trustsite-screenshots).
#
# Environment: TRUSTSITE_BIN (a trustsite binary; default: `swift build` then .build/debug/trustsite),
# TRUSTSITE_BROWSER_VENV (default ~/.cache/trustsite/browser-venv), TRUSTSITE_AS_OF (default 2026-11-30).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# 1. System packages.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
command -v java >/dev/null || need+=(default-jre-headless)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
# Pagefind, for the search fixture (`build --search`).
command -v pagefind >/dev/null || python3 -m pagefind --version >/dev/null 2>&1 || ./Scripts/setup.sh
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "browser-tests: installing ${need[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# 2. Python packages, pinned, in a venv that is rebuilt when the pins change.
venv=${TRUSTSITE_BROWSER_VENV:-${HOME:-/tmp}/.cache/trustsite/browser-venv}
requirements=Tests/Browser/requirements.txt
# Only the pins count (comments are ignored), so editing a comment does not reinstall every engineer's venv.
pins() { grep -v '^[[:space:]]*\(#\|$\)' "$1" 2>/dev/null; }
if [ "$(pins "$requirements")" != "$(pins "$venv/.trustsite-requirements")" ] || [ ! -x "$venv/bin/python" ]; then
  echo "browser-tests: installing Python packages into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$requirements"
  cp "$requirements" "$venv/.trustsite-requirements"
fi
python=$venv/bin/python

# 3. The binary and the sites.
if [ -n "${TRUSTSITE_BIN:-}" ]; then
  bin=$TRUSTSITE_BIN
else
  swift build --product trustsite >&2
  bin=$root/.build/debug/trustsite
fi
as_of=${TRUSTSITE_AS_OF:-2026-11-30}
work=$(mktemp -d "${TMPDIR:-/tmp}/trustsite-browser.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The ledger fixture (a long history and a wide table) is generated: 60 versions are too many files to commit.
python3 Tests/Browser/fixtures/make-ledger.py "$work/ledger-content"
declare -A contents=([example]=content [acme]=Tests/Browser/fixtures/acme [minimal]=Tests/Browser/fixtures/minimal
                     [ledger]=$work/ledger-content [search]=Tests/Browser/fixtures/search
                     [search-archive]=Tests/Browser/fixtures/search)
# The search fixture's site.yml turns search on; the second build adds the archive index.
declare -A flags=([search-archive]=--search-archive)
sites_json="{"
for name in example acme minimal ledger search search-archive; do
  "$bin" build --content "${contents[$name]}" --templates templates --output "$work/$name" --as-of "$as_of" --quiet ${flags[$name]:-}
  # 4. Serve it on an ephemeral port; http.server prints the port it got.
  log=$work/$name.server.log
  python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/$name" >"$log" 2>&1 &
  pids+=($!)
  port=""
  for _ in $(seq 100); do
    port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "browser-tests: the server for $name did not start:" >&2; cat "$log" >&2; exit 1; }
  [ "$sites_json" = "{" ] || sites_json+=","
  sites_json+="\"$name\": {\"url\": \"http://127.0.0.1:$port/\", \"dir\": \"$work/$name\"}"
done
sites_json+="}"

# 5. The tests.
export TRUSTSITE_SITES=$sites_json
export TRUSTSITE_SCREENSHOTS=${TRUSTSITE_SCREENSHOTS:-/tmp/trustsite-screenshots}
export SE_OFFLINE=true PYTHONDONTWRITEBYTECODE=1
rm -rf "$TRUSTSITE_SCREENSHOTS"
status=0
args=("$@")
case " $* " in *" Tests/"*) ;; *) args=(Tests/Browser "$@") ;; esac
"$python" -m pytest -p no:cacheprovider "${args[@]}" || status=$?
exit $status
