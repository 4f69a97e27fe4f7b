#!/bin/sh
# Builds the fuzz targets with clang, libFuzzer, ASan and UBSan in
# _build-fuzz/ and runs each for SECONDS (default 60), starting from its
# seed corpus (every folder of tests/fuzz/corpus is a target). Exits non-zero
# on the first crash, leak or sanitizer report, leaving the input beside
# the build as crash-<target>-*. Usage: tests/fuzz/run-fuzz.sh [SECONDS]
set -eu
seconds=${1:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
build="${FUZZ_BUILD:-$top/_build-fuzz}"
if [ ! -f "$build/build.ninja" ]; then
  rm -rf "$build"
  CC=clang meson setup "$build" "$top" -Dfuzzing=true -Dui_tests=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link
fi
targets=$(cd "$top/tests/fuzz/corpus" && ls)
ninja -C "$build" $(for t in $targets; do echo "tests/fuzz/fuzz-$t"; done)
for target in $targets; do
  work="$build/fuzz-corpus-$target"
  mkdir -p "$work"
  echo "run-fuzz: fuzz-$target for $seconds s" >&2
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
  "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=65536 \
    -print_final_stats=0 -artifact_prefix="$build/crash-$target-" \
    "$work" "$top/tests/fuzz/corpus/$target" 2>"$build/fuzz-$target.log" || {
      tail -n 40 "$build/fuzz-$target.log" >&2
      echo "run-fuzz: fuzz-$target failed; input saved as $build/crash-$target-*" >&2
      exit 1
    }
done
