#!/usr/bin/env bash
# Does all set-up, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./Scripts/setup.sh --tests
swift build --build-tests
swift test --skip-build
./Scripts/browser-tests.sh
