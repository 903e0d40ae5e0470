#!/usr/bin/env bash
# Runs every cargo-fuzz (libFuzzer) target for a bounded time: FUZZ_SECONDS each (default 60).
# Seeds are in fuzz/seeds/<target>; new inputs go to fuzz/corpus/<target>; a crash stops the run
# with its input in fuzz/artifacts/<target> (turn it into a regression test).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-60}
command -v cargo-fuzz >/dev/null 2>&1 || cargo install --locked cargo-fuzz
# cargo-fuzz passes nightly-only flags; the machine's stable toolchain accepts them this way.
export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-address}
# Without `cfg(fuzzing)`: under it proc-macro2 keeps no source positions, so every `syn` span is
# 0..0 and the Rust detector would be fuzzed with its edits all at offset 0 (rejected by the
# invariants as breaking edits). Nothing of ours or of libfuzzer-sys needs the cfg.
flags=(--sanitizer "$sanitizer" --no-cfg-fuzzing)
cargo fuzz build "${flags[@]}"
for target in $(cargo fuzz list); do
  mkdir -p "fuzz/corpus/$target"
  echo "== fuzz $target (${secs}s)"
  log="fuzz/corpus/$target.log"
  if ! cargo fuzz run "${flags[@]}" "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz target $target failed: the input is in fuzz/artifacts/$target"
    exit 1
  fi
  grep -E '^Done|stat::number_of_executed_units' "$log" || true
done
echo "fuzzing passed: $(cargo fuzz list | wc -l) targets, ${secs}s each"
