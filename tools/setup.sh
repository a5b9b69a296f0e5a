#!/usr/bin/env bash
# Installs whatever this project needs and is missing; a second run installs nothing.
# Everything comes from the package registries (Debian apt, crates.io, npm): no other download.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine has
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# System packages: a real headless browser for the e2e tests, CJK fonts so screenshots show
# Chinese, brotli to precompress the build.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v brotli >/dev/null 2>&1 || missing+=(brotli)
if ((${#missing[@]})); then
  say "apt: ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup: wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk@$TRUNK_VERSION (about 7 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock (pinned with = in Cargo.toml).
# Not --locked: its own lockfile pins a crate version the registry lacks.
wbg=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg" ]; then
  say "cargo install wasm-bindgen-cli@$wbg (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$wbg"
fi

# Node tools (wasm-opt from binaryen, Playwright without its browser download, axe-core).
stamp=node_modules/.setup-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  say "npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

# trunk builds offline, so the crates must be in the local registry first.
cargo fetch --quiet
