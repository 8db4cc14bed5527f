#!/usr/bin/env bash
# Does all set-up, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/setup.sh --tests
# Formatting first (.swift-format), so unformatted code fails before the long build; fix with
# `swift format -i -r Sources Tests Package.swift`.
swift format lint --strict -r Sources Tests Package.swift
swift build --build-tests
swift test --skip-build
./Scripts/browser-tests.sh
