# shellcheck shell=bash
# Installs what the build and the tests need, only when it is missing or out of date.
# Sourced by ./x; every function is idempotent and quick when all is present.

WASM_TARGET=wasm32-unknown-unknown
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

say() {
  if [[ -t 2 ]]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi
}
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
is_root() { [[ "$(id -u)" == 0 ]]; }

ensure_cargo_path() {
  case ":$PATH:" in *":$HOME/.cargo/bin:"*) ;; *) export PATH="$HOME/.cargo/bin:$PATH" ;; esac
  command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs)"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the Rust target $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
}

# The version of the wasm-bindgen crate the app links, as Cargo.lock pins it.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# wasm-bindgen-cli must match the crate exactly; it also brings wasm-bindgen-test-runner.
ensure_wasm_bindgen() {
  local want have
  want="$(locked_wasm_bindgen_version)"
  [[ -n "$want" ]] || die "Cargo.lock names no wasm-bindgen version"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
  if [[ "$have" != "$want" ]]; then
    say "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes once"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# wasm-split splits the linked app at its split points. It is wasm_split_cli_support 0.2.4
# (the version whose format matches the wasm_split_helpers crate Leptos links) with one change,
# kept in vendor/wasm_split_cli_support (its LUOSHI.md says what and why): shared chunks below
# a size go into the main module. Cargo builds it into target/tools on first use and again only
# when its sources change; its dependencies come from its own Cargo.lock.
WASM_SPLIT_VERSION="0.2.4, vendored"
WASM_SPLIT_DIR=vendor/wasm_split_cli_support
WASM_SPLIT="${CARGO_TARGET_DIR:-target}/tools/release/wasm-split-cli"
ensure_wasm_split() {
  if [[ ! -x "$WASM_SPLIT" ]]; then
    say "compiling wasm-split ($WASM_SPLIT_DIR); this takes a minute once"
  fi
  cargo build --quiet --release --locked --features build-binary \
    --manifest-path "$WASM_SPLIT_DIR/Cargo.toml" --target-dir "${CARGO_TARGET_DIR:-target}/tools"
}

# node_modules follows package-lock.json: reinstall when the lock file is newer.
ensure_node_modules() {
  command -v npm >/dev/null || die "node and npm are missing: apt-get install -y nodejs npm"
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

apt_install() {
  if is_root; then
    say "installing $* with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" </dev/null
  else
    die "missing: $*. Install them with: sudo apt-get install -y $*"
  fi
}

ensure_chromium() {
  if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
    apt_install chromium chromium-driver
  fi
  # The app is Chinese first: its pages, screenshots and timings are taken with
  # the glyphs an office's computer has, not with fallback boxes.
  if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    if is_root; then
      apt_install fonts-noto-cjk
    else
      say "fonts-noto-cjk is missing: Chinese text shows as boxes in screenshots (sudo apt-get install -y fonts-noto-cjk)"
    fi
  fi
}

ensure_build_tools() {
  ensure_cargo_path
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_node_modules
}
