#!/bin/sh
# Builds the import fuzz targets with clang, libFuzzer, ASan and UBSan in
# _build-fuzz/ and runs each for SECONDS (default 60), starting from the seed
# corpus. Usage: tests/fuzz/run-fuzz.sh [SECONDS]
set -eu
seconds=${1:-60}
top=$(cd "$(dirname "$0")/../.." && pwd)
build="${FUZZ_BUILD:-$top/_build-fuzz}"
if [ ! -d "$build" ]; then
  CC=clang meson setup "$build" "$top" -Dfuzzing=true -Dui_tests=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link
fi
ninja -C "$build" tests/fuzz/fuzz-csv tests/fuzz/fuzz-xlsx-cell
for target in csv xlsx-cell; do
  work="$build/fuzz-corpus-$target"
  mkdir -p "$work"
  "$build/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$build/crash-$target-" "$work" "$top/tests/fuzz/corpus/$target"
done
