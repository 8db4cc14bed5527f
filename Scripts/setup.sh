#!/usr/bin/env bash
# Installs what trustsite needs on Debian/Ubuntu (libcmark-dev), only when it is missing; with --tests, also what its
# tests need (cmark-gfm: GitHub's own Markdown, which the real-corpus tests compare every version page with).
set -euo pipefail
need=()
pkg-config --exists libcmark 2>/dev/null || need+=(libcmark-dev pkg-config)
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
command -v swift >/dev/null || { echo "setup: Swift 6 is required (https://www.swift.org/install/linux/)" >&2; exit 1; }
