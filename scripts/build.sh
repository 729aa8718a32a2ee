# shellcheck shell=bash
# Builds the release bundle into dist/. Sourced by ./x after scripts/setup.sh.
#
#   cargo (wasm32, release) -> wasm-bindgen -> wasm-opt -Oz   into target/web/  (skipped when current)
#   tools/bundle.mjs: target/web + index.html + static/ + style/  ->  dist/ and dist/luoshi.html
#   tools/sizes.mjs:  the transfer sizes, raw / gzip / brotli

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
WEB_STAGE="$TARGET_DIR/web"
APP_WASM="$TARGET_DIR/$WASM_TARGET/release/luoshi-web.wasm"
WASM_OPT_FLAGS=(-Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

build_release_wasm() {
  say "compiling the app for $WASM_TARGET (release)"
  cargo build --release --target "$WASM_TARGET" --bin luoshi-web
}

# The stage is current when it is newer than cargo's output and made by the same wasm-bindgen.
stage_is_current() {
  [[ -f "$WEB_STAGE/luoshi_bg.wasm" && "$WEB_STAGE/luoshi_bg.wasm" -nt "$APP_WASM" ]] &&
    [[ "$(cat "$WEB_STAGE/.made-by" 2>/dev/null)" == "$(wasm-bindgen --version)" ]]
}

bindgen_and_optimise() {
  if stage_is_current; then
    say "wasm-bindgen and wasm-opt: up to date"
    return
  fi
  local tmp="$WEB_STAGE.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp/raw"
  say "wasm-bindgen"
  wasm-bindgen --target web --no-typescript --out-dir "$tmp/raw" --out-name luoshi "$APP_WASM"
  say "wasm-opt -Oz"
  node_modules/.bin/wasm-opt "${WASM_OPT_FLAGS[@]}" "$tmp/raw/luoshi_bg.wasm" -o "$tmp/luoshi_bg.wasm"
  cp "$tmp/raw/luoshi.js" "$tmp/"
  [[ -d "$tmp/raw/snippets" ]] && cp -r "$tmp/raw/snippets" "$tmp/"
  rm -rf "$tmp/raw"
  wasm-bindgen --version >"$tmp/.made-by"
  rm -rf "$WEB_STAGE"
  mv "$tmp" "$WEB_STAGE"
}

# build_bundle [--no-sizes]: the sizes take a few seconds of compression, which serve skips.
build_bundle() {
  ensure_build_tools
  build_release_wasm
  bindgen_and_optimise
  say "assembling dist/"
  node tools/bundle.mjs --stage "$WEB_STAGE" --out dist
  if [[ "${1:-}" != --no-sizes ]]; then
    say "transfer sizes"
    node tools/sizes.mjs dist
  fi
}
