#!/usr/bin/env bash
# The benchmark harness (issue 7): builds the corpus, times atlas-sunset against ripgrep and a
# read-and-rewrite floor, side by side, and writes BENCHMARKS.md.
#
#   bench/run.sh CORPUS     the full scan of a real corpus (a folder of repositories; or set
#                           ATLAS_SUNSET_CORPUS) beside ripgrep, plus the generated dense --fix,
#                           one-file and one-line cases; release build; writes BENCHMARKS.md
#   bench/run.sh --quick    a small generated corpus under bench/corpus-quick (or $BENCH_DIR),
#                           writes the report there: what CI runs (tests/bench_smoke.rs); no real
#                           corpus needed
#
# Environment: ATLAS_SUNSET_BIN uses that binary instead of building the release one; BENCH_DIR
# puts the corpus elsewhere; BENCH_NO_INSTALL=1 fails on a missing tool instead of installing it;
# BENCH_RUNS sets hyperfine's runs per command (at least 5); RG names the ripgrep to compare with
# (default: rg on PATH; the report says which version).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
corpus="${ATLAS_SUNSET_CORPUS:-}"
for arg in "$@"; do
  case "$arg" in
    --quick) mode=quick ;;
    -*) echo "usage: bench/run.sh [--quick] [CORPUS]" >&2; exit 2 ;;
    *) corpus="$arg" ;;
  esac
done
if [ "$mode" = full ]; then
  if [ -z "$corpus" ]; then
    echo "bench: no real corpus: give its folder (bench/run.sh DIR) or set ATLAS_SUNSET_CORPUS; bench/run.sh --quick needs none" >&2
    exit 2
  fi
  if [ ! -d "$corpus" ]; then
    echo "bench: the corpus folder $corpus does not exist" >&2
    exit 2
  fi
fi

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
[ "$mode" = full ] && runs+=(--corpus "$corpus")
exec python3 bench/bench.py --mode "$mode" --dir "$dir" --bin "$bin" --floor "$floor" --out "$out" "${runs[@]}"
