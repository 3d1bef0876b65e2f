#!/usr/bin/env bash
# Sourced by .ci/run: puts Node.js >= 22.12 first on PATH. When the machine's Node is older, the
# `node@22` package from the npm registry (it ships the real binary) goes into a cache folder.
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_ok; then
  cache="${NODE22_CACHE:-$HOME/.cache/node22}"
  if [ ! -x "$cache/node_modules/.bin/node" ]; then
    echo "installing node@22 into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-save --no-audit --no-fund node@22 >/dev/null
  fi
  export PATH="$cache/node_modules/.bin:$PATH"
  node_ok || { echo "Could not provide Node.js >= 22.12" >&2; return 1; }
fi
