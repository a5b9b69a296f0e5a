#!/usr/bin/env bash
# Sets up what is missing, then serves the app at http://127.0.0.1:8080 (release build, rebuilt on change).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --release
