#!/usr/bin/env bash
# Benchmarks, each a ratio against a named baseline measured in the same run.
# Usage: bench/run.sh BUILD_DIR   (tools/dev bench runs it on the CI build)
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR}
cli="$build/app/keyport-cli"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { grep -o '"median": *[0-9.e+-]*' "$1" | head -n"$2" | tail -n1 | sed 's/.*: *//'; }

echo "## CLI start-up: keyport-cli --version vs ssh -V (target: at most 2.0x)"
hyperfine -N --warmup 30 --runs 500 --export-json "$out/startup.json" \
  "$cli --version" "ssh -V" >/dev/null 2>&1
ours=$(median "$out/startup.json" 1)
base=$(median "$out/startup.json" 2)
awk -v o="$ours" -v b="$base" 'BEGIN {
  r = o / b
  printf "keyport-cli --version  median %.2f ms\nssh -V                 median %.2f ms\nratio %.2fx (target <= 2.0x): %s\n",
         o * 1000, b * 1000, r, (r <= 2.0 ? "MET" : "MISSED")
}'

echo
"$(dirname "$0")/gui.sh" "$build"

echo
"$(dirname "$0")/sshconfig.sh" "$build"

echo
"$(dirname "$0")/transfer.sh" "$build" "${KEYPORT_BENCH_SIZE_MB:-1024}"

echo
"$(dirname "$0")/sftp.sh" "$build" "${KEYPORT_BENCH_SIZE_MB:-1024}"

echo
"$(dirname "$0")/guistall.sh" "$build" "${KEYPORT_BENCH_GUI_SIZE_MB:-2048}"
