# shellcheck shell=bash
# Builds the release bundle into dist/. Sourced by ./x after scripts/setup.sh.
#
#   cargo (wasm32, release), two modules:
#     luoshi-first (src/first.rs, without the `app` feature): paints the first screen
#       -> wasm-bindgen -> first.js, first_bg.wasm
#     luoshi-web (src/main.rs, feature `split`, linked with --emit-relocs): the app
#       -> wasm-split: the app's main module, one split_<part>.wasm per split point
#          (src/app/lazy.rs), shared chunk_<n>.wasm, and __wasm_split.js that loads them
#       -> wasm-bindgen on the main module -> luoshi.js, luoshi_bg.wasm
#     -> wasm-opt on every module   into target/web/  (skipped when current)
#   tools/bundle.mjs: target/web + index.html + static/ + style/  ->  dist/ and dist/luoshi.html,
#                     with a .br and a .gz beside every file
#   tools/sizes.mjs:  the transfer sizes of each file, raw / gzip / brotli, and the critical path

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
WEB_STAGE="$TARGET_DIR/web"
APP_WASM="$TARGET_DIR/$WASM_TARGET/release/luoshi-web.wasm"
FIRST_WASM="$TARGET_DIR/$WASM_TARGET/release/luoshi-first.wasm"
# Shared chunks with less code than this go into the app's main module (docs/PERFORMANCE.md,
# "Fewer, larger chunks"): each chunk is a request and a module to instantiate when a part loads.
WASM_SPLIT_MERGE_BELOW=4096
# The smallest critical path by brotli size of those measured (docs/PERFORMANCE.md).
WASM_OPT_LEVEL="${LUOSHI_WASM_OPT:--Oz}"
WASM_OPT_FLAGS=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)

# `cargo rustc` puts --emit-relocs on the final link only: wasm-split needs the relocations to
# move code between modules, and the dependencies are built exactly as for `cargo build`.
build_release_wasm() {
  say "compiling the first module for $WASM_TARGET (release, without the app)"
  cargo build --release --target "$WASM_TARGET" --bin luoshi-first --no-default-features
  say "compiling the app for $WASM_TARGET (release, split points on)"
  cargo rustc --release --target "$WASM_TARGET" --bin luoshi-web --features split \
    -- -Clink-args=--emit-relocs
}

made_by() {
  printf '%s; %s; wasm-opt %s\n' "$(wasm-bindgen --version)" \
    "wasm-split $WASM_SPLIT_VERSION, chunks below $WASM_SPLIT_MERGE_BELOW merged" "$WASM_OPT_LEVEL"
}

# The stage is current when it is newer than cargo's output and made by the same tools.
stage_is_current() {
  [[ -f "$WEB_STAGE/luoshi_bg.wasm" && "$WEB_STAGE/luoshi_bg.wasm" -nt "$APP_WASM" ]] &&
    [[ "$WEB_STAGE/luoshi_bg.wasm" -nt "$WASM_SPLIT" ]] &&
    [[ -f "$WEB_STAGE/first_bg.wasm" && "$WEB_STAGE/first_bg.wasm" -nt "$FIRST_WASM" ]] &&
    [[ "$(cat "$WEB_STAGE/.made-by" 2>/dev/null)" == "$(made_by)" ]]
}

# wasm-opt at the chosen level; its notes on name subsections it does not know (wasm-split
# keeps the linker's) are left out.
wasm_opt() {
  node_modules/.bin/wasm-opt "$WASM_OPT_LEVEL" "${WASM_OPT_FLAGS[@]}" "$@" 2>&1 | { grep -v 'unknown name subsection' || true; } >&2
  return "${PIPESTATUS[0]}"
}

bindgen_and_optimise() {
  if stage_is_current; then
    say "wasm-bindgen and wasm-opt: up to date"
    return
  fi
  local tmp="$WEB_STAGE.tmp" f
  rm -rf "$tmp"
  mkdir -p "$tmp/split" "$tmp/raw"
  say "wasm-split"
  "$WASM_SPLIT" --target web --out-name luoshi --merge-chunks-below "$WASM_SPLIT_MERGE_BELOW" \
    "$APP_WASM" "$tmp/split"
  # The main module keeps the exports the parts link against (--keep-lld-exports), under
  # their linker names (--no-demangle), as cargo-leptos runs it.
  say "wasm-bindgen"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
    --out-dir "$tmp/raw" --out-name luoshi "$tmp/split/luoshi.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$tmp/raw" --out-name first "$FIRST_WASM"
  say "wasm-opt $WASM_OPT_LEVEL, every module, $(nproc) at a time"
  local running=0 failed=0
  for f in "$tmp/raw/first_bg.wasm" "$tmp/raw/luoshi_bg.wasm" "$tmp"/split/*.wasm; do
    [[ "$(basename "$f")" == luoshi.wasm ]] && continue
    wasm_opt "$f" -o "$tmp/$(basename "$f")" &
    if ((++running >= $(nproc))); then
      wait -n || failed=1
      ((running--))
    fi
  done
  while ((running > 0)); do
    wait -n || failed=1
    ((running--))
  done
  ((failed == 0)) || die "wasm-opt failed on a module (its message is above)"
  cp "$tmp/raw/first.js" "$tmp/raw/luoshi.js" "$tmp/split/__wasm_split.js" "$tmp/"
  # The first module with its function names, for tools/breakdown.mjs.
  cp "$FIRST_WASM" "$TARGET_DIR/web-first.wasm"
  [[ -d "$tmp/raw/snippets" ]] && cp -r "$tmp/raw/snippets" "$tmp/"
  rm -rf "$tmp/raw" "$tmp/split"
  made_by >"$tmp/.made-by"
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
