#!/usr/bin/env bash
# Sets up what is missing, then runs every test: formatting and lints, the native model tests
# (unit, plan files, property tests), the release build, and the end-to-end tests in headless
# Chromium against that build. Screenshots and other artefacts land in tests/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --all-targets --quiet -- -D warnings

step "native tests (the library's unit tests and tests/suite)"
cargo test --quiet

step "release build (trunk)"
trunk build --release

step "single-file offline build"
python3 tools/single_file.py dist dist-single/health-plan-simulator.html

step "end-to-end tests (headless Chromium)"
rm -rf tests/artifacts
npx playwright test

echo
echo "All tests passed. Screenshots: tests/artifacts/"
