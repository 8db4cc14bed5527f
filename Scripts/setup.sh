#!/usr/bin/env bash
# Installs what trustsite needs on Debian/Ubuntu (libcmark-dev; Pagefind, for `build --search`), only when it is missing;
# with --tests, also what its tests need (cmark-gfm: GitHub's own Markdown, which the real-corpus tests compare every
# version page with).
set -euo pipefail
need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev pkg-config)
# Pagefind: its executable on PATH, or PyPI's package for python3 (installed below with pip, which needs python3-pip).
has_pagefind() { command -v pagefind >/dev/null || python3 -m pagefind --version >/dev/null 2>&1; }
if ! has_pagefind; then
  command -v python3 >/dev/null || need+=(python3)
  python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
fi
if [ "${1:-}" = "--tests" ]; then
  [ -x /usr/bin/cmark-gfm ] || need+=(cmark-gfm)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "setup: installing ${need[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! has_pagefind; then
  echo "setup: installing Pagefind (pip install --user 'pagefind[bin]')" >&2
  # In a virtual environment, into it; else into the user's site-packages, which Debian's python3 also reads (its pip
  # refuses --user without --break-system-packages, which then touches only ~/.local).
  user=(--user)
  [ -n "${VIRTUAL_ENV:-}" ] && user=()
  spec='pagefind[bin]>=1.5,<2'
  export PIP_ROOT_USER_ACTION=ignore
  python3 -m pip install -q --disable-pip-version-check "${user[@]}" "$spec" 2>/dev/null \
    || python3 -m pip install -q --disable-pip-version-check "${user[@]}" --break-system-packages "$spec"
  has_pagefind || { echo "setup: Pagefind did not install; try: python3 -m pip install 'pagefind[bin]'" >&2; exit 1; }
fi
command -v swift >/dev/null || { echo "setup: Swift 6 is required (https://www.swift.org/install/linux/)" >&2; exit 1; }
