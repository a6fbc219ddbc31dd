#!/usr/bin/env bash
# Installs the real editors the end-to-end suites drive (see /work/shared/docs/real-editors.md):
#   - Debian: chromium, neovim, ripgrep, a CJK font and the toolchain code-server's native modules need;
#   - code-server@4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) in its own prefix,
#     outside the repository: $HEDUI_E2E_HOME/code-server (default ~/.cache/hedui-e2e);
#   - playwright-core, a devDependency of the project (no browser download: Debian's chromium is used).
# Idempotent and non-interactive (CI=true, no stdin, root); seconds when everything is already there.
set -euo pipefail

CS_VERSION=4.100.3
E2E_HOME="${HEDUI_E2E_HOME:-$HOME/.cache/hedui-e2e}"
CS_PREFIX="$E2E_HOME/code-server"
CS_MARKER="$CS_PREFIX/.installed-$CS_VERSION"
CS_BIN="$CS_PREFIX/node_modules/.bin/code-server"
# @vscode/ripgrep (pulled in by code-server) downloads rg unless this tarball is already in its cache.
RG_CACHE_DIR="vscode-ripgrep-cache-1.15.11"
RG_TARBALL="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
# fonts-wqy-microhei (1.6 MB): without a CJK font the screenshots of Chinese drafts show only boxes.
APT_PACKAGES=(chromium neovim ripgrep build-essential python3 pkg-config libkrb5-dev fonts-wqy-microhei)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
T0=$SECONDS
step_start=$SECONDS
step() { echo "[install-editors] $*"; step_start=$SECONDS; }
done_step() { echo "[install-editors]   done in $((SECONDS - step_start)) s"; }

# code-server writes a default config.yaml and a log dir even for --version: keep them out of $HOME.
cs_version() {
  local d; d="$(mktemp -d)"
  XDG_CONFIG_HOME="$d/config" XDG_DATA_HOME="$d/data" "$CS_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -1 || true
  rm -rf "$d"
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

# 1. Debian packages: only the missing ones, apt-get update only if something is missing.
step "Debian packages: ${APT_PACKAGES[*]}"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[install-editors]   missing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q </dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
else
  echo "[install-editors]   all present"
fi
for exe in chromium nvim rg; do
  command -v "$exe" >/dev/null || { echo "[install-editors] ERROR: $exe not on PATH after apt-get install" >&2; exit 1; }
done
done_step

# 2. code-server in its own prefix.
step "code-server@$CS_VERSION in $CS_PREFIX (npm, ~2 min the first time)"
if [ -f "$CS_MARKER" ] && [ -x "$CS_BIN" ]; then
  echo "[install-editors]   already installed"
else
  rm -rf "$CS_PREFIX"
  mkdir -p "$CS_PREFIX"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/$RG_CACHE_DIR"
  (cd "$(dirname "$(command -v rg)")" && tar -czf "$tmp/$RG_CACHE_DIR/$RG_TARBALL" rg)
  # - unsafe-perm: code-server's postinstall refuses to run as root otherwise;
  # - yes: a nested `npx node-gyp` would be cancelled waiting for a prompt;
  # - dangerously-allow-all-scripts: npm >= 11.19 skips dependency install scripts by default, and
  #   code-server's postinstall (which installs VS Code's own modules and builds native ones) is the
  #   install. This is a one-off tool install in its own prefix, not the project's dependency tree.
  # - TMPDIR: where @vscode/ripgrep finds the rg tarball instead of downloading it.
  # A plain local install in a private package (not `-g`, not `--prefix`): npm exports its non-default
  # config to lifecycle scripts, and code-server's postinstall runs a nested `npm install` in
  # lib/vscode, which would inherit `global`/`prefix` and install into the wrong place.
  printf '{ "name": "hedui-e2e-code-server", "private": true }\n' > "$CS_PREFIX/package.json"
  (
    cd "$CS_PREFIX"
    TMPDIR="$tmp" \
    npm_config_unsafe_perm=true \
    npm_config_yes=true \
    npm_config_dangerously_allow_all_scripts=true \
    npm_config_audit=false \
    npm_config_fund=false \
    npm_config_update_notifier=false \
      npm install --no-save --no-package-lock "code-server@$CS_VERSION" </dev/null
  )
  v="$(cs_version)"
  case "$v" in
    "$CS_VERSION"*) ;;
    *) echo "[install-editors] ERROR: code-server --version says '$v', expected $CS_VERSION" >&2; exit 1 ;;
  esac
  touch "$CS_MARKER"
  rm -rf "$tmp"; trap - EXIT
fi
done_step

# 3. playwright-core, from the project's devDependencies.
step "playwright-core (project devDependency)"
if (cd "$ROOT" && node -e "require.resolve('playwright-core')" 2>/dev/null); then
  echo "[install-editors]   present: $(cd "$ROOT" && node -p "require('playwright-core/package.json').version")"
else
  (cd "$ROOT" && npm install --no-audit --no-fund </dev/null)
fi
done_step

echo "[install-editors] chromium: $(chromium --version 2>/dev/null | head -1)"
echo "[install-editors] nvim: $(nvim --version | head -1)"
echo "[install-editors] code-server: $(cs_version)"
echo "[install-editors] total $((SECONDS - T0)) s"
