# shellcheck shell=bash
# Runs every test stage, adds up what each reports and ends with one line `N passed, M failed`.
# Sourced by ./x after scripts/setup.sh and scripts/build.sh.
#
# A stage that exits non-zero without reporting a failed test (a compile error, a crash)
# counts as one failure, so the total can never read clean when something broke.

TOTAL_PASSED=0
TOTAL_FAILED=0
STAGE_NOTES=()
LOG_DIR=""

count() {
  local kind="$1" passed="$2" failed="$3" status="$4" name="$5"
  local note="$name: $passed passed, $failed failed ($kind)"
  if [[ "$status" != 0 && "$failed" == 0 ]]; then
    failed=1
    note="$name: $passed passed, then exited with status $status (a build error or crash; counted as 1 failure)"
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  STAGE_NOTES+=("$note")
}

# The sum of the numbers in the lines of file $2 that match $1; 0 when none (or no file).
sum_matches() {
  { grep -oE "$1" "$2" 2>/dev/null || true; } | { grep -oE '[0-9]+' || true; } | awk '{ s += $1 } END { print s + 0 }'
}

# Runs a cargo test command; counts its "test result: ... N passed; M failed" lines.
cargo_stage() {
  local name="$1"; shift
  local log="$LOG_DIR/$name.log" status=0
  say "$name: $*"
  "$@" 2>&1 | tee "$log" || status=$?
  count cargo "$(sum_matches '[0-9]+ passed;' "$log")" "$(sum_matches '[0-9]+ failed;' "$log")" "$status" "$name"
}

# Runs node's test runner: spec output on the terminal, TAP into a file for the counts.
node_stage() {
  local name="$1"; shift
  local tap="$LOG_DIR/$name.tap" status=0
  say "$name: node --test $*"
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@" || status=$?
  local failed
  failed=$(( $(sum_matches '^# fail [0-9]+' "$tap") + $(sum_matches '^# cancelled [0-9]+' "$tap") ))
  count node "$(sum_matches '^# pass [0-9]+' "$tap")" "$failed" "$status" "$name"
}

crashed_stage() {
  local name="$1" why="$2"
  TOTAL_FAILED=$((TOTAL_FAILED + 1))
  STAGE_NOTES+=("$name: $why (counted as 1 failure)")
}

native_tests() {
  cargo_stage native cargo test --all-targets --no-fail-fast
  cargo_stage doctests cargo test --doc --no-fail-fast
}

component_tests() {
  if [[ ! -f tests/web.rs ]]; then
    say "component tests: skipped, tests/web.rs does not exist yet"
    STAGE_NOTES+=("component: skipped (no tests/web.rs)")
    return
  fi
  ensure_chromium
  # wasm-bindgen-test-runner (the cargo runner in .cargo/config.toml) drives Chromium through
  # chromedriver, with the capabilities in webdriver.json.
  export CHROMEDRIVER WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json"
  # Optimised a little: unoptimised, the app's largest views compile to wasm functions with
  # more locals than the test runner's wasm parser accepts ("too many locals").
  export CARGO_PROFILE_DEV_OPT_LEVEL=1
  cargo_stage component cargo test --target "$WASM_TARGET" --test web --no-fail-fast
  unset CARGO_PROFILE_DEV_OPT_LEVEL
}

e2e_tests() {
  ensure_chromium
  # A child process, so that `set -e` stops the build at its first error.
  if ! "$X" build; then
    crashed_stage e2e "the release bundle did not build"
    return
  fi
  mkdir -p tests/artifacts
  # Two files at a time: each starts its own server on a free port and its own browser with
  # a fresh profile, and on 2 cores the stage takes about 330 s instead of about 600 s.
  node_stage e2e --test-concurrency=2 tests/e2e/
}

run_all_tests() {
  LOG_DIR="$(mktemp -d)"
  ensure_build_tools
  native_tests
  component_tests
  e2e_tests
  rm -rf "$LOG_DIR"
  say "summary"
  printf '  %s\n' "${STAGE_NOTES[@]}"
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  [[ "$TOTAL_FAILED" == 0 ]]
}
