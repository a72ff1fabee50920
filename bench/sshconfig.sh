#!/usr/bin/env bash
# The ssh config at the size of real setups, 1,000 and 10,000 Host blocks (a
# few Includes, wildcard and negated blocks), against a baseline in the same
# run: `ssh -G <one host>` on the same file, which is OpenSSH parsing it once.
#   list:  SshConfigReader::read + hosts() (what the ssh config source does)
#   write: ManagedSshConfig::planWrite + apply for that many workspaces, half pinned
#   diff:  ManagedSshConfig::diff against the previous managed config (1 % of the
#          ports changed, keyport-cli moved, so every tunnel's ProxyCommand changes)
#   diff, reversed: the same workspaces in reverse order, the diff's worst case
# Each is timed twice: in process (bench/sshconfig/sshconfigbench.cpp, median of
# 10 runs) and as a whole process like ssh -G (hyperfine, 3 warm-ups, 20 runs;
# the process also starts Qt and, for diff, makes the plan). Ratios are process
# against process. Peak RSS: getrusage() in the bench, /usr/bin/time for ssh.
# Target (the issue): each operation under 1 s at 10,000 hosts, memory linear.
# Usage: bench/sshconfig.sh BUILD_DIR [HOSTS...]   (default: 1000 10000)
set -euo pipefail
build=$(cd "${1:?usage: bench/sshconfig.sh BUILD_DIR [HOSTS...]}" && pwd)
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
bench="$build/bench/keyport_sshconfigbench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" # the bench keeps its own HOME inside each data dir; nothing touches yours
mkdir -p "$HOME"

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
median() { jq -r ".results[$2].median" "$1"; }

echo "## ssh config at scale: listing, writing and diffing vs ssh -G on the same file"
printf '%-6s  %-15s  %11s  %11s  %9s  %9s\n' hosts what "in process" process "vs ssh -G" "peak RSS"
for n in "${sizes[@]}"; do
  dir="$work/$n"
  mkdir -p "$dir"
  "$bench" generate "$dir" "$n"
  host="host$((n - 1)).corp"
  hyperfine -N --warmup 3 --runs 20 --export-json "$dir/times.json" \
    "ssh -F $dir/list/config -G $host" \
    "$bench list $dir" "$bench write $dir" "$bench diff $dir" "$bench diff-reversed $dir" >/dev/null 2>&1
  base=$(median "$dir/times.json" 0)
  ssh_rss=$(/usr/bin/time -f '%M' ssh -F "$dir/list/config" -G "$host" 2>&1 >/dev/null | tail -n1)
  idle_rss=$("$bench" idle "$dir" | field maxrss_kib)
  awk -v n="$n" -v t="$base" -v r="$ssh_rss" 'BEGIN {
    printf "%-6d  %-15s  %11s  %8.1f ms  %8.2fx  %6.1f MB\n", n, "ssh -G (base)", "-", t * 1000, 1, r / 1024 }'
  i=1
  slowest=0
  for op in list write diff diff-reversed; do
    line=$("$bench" "$op" "$dir" 10)
    ms=$(field median_ms <<<"$line")
    t=$(median "$dir/times.json" $i)
    awk -v n="$n" -v op="${op/diff-reversed/diff, reversed}" -v ms="$ms" -v t="$t" -v b="$base" \
      -v r="$(field maxrss_kib <<<"$line")" 'BEGIN {
      printf "%-6d  %-15s  %8.1f ms  %8.1f ms  %8.2fx  %6.1f MB\n", n, op, ms, t * 1000, t / b, r / 1024 }'
    slowest=$(awk -v a="$slowest" -v b="$ms" -v c="$t" 'BEGIN { m = a; if (b / 1000 > m) m = b / 1000; if (c > m) m = c; print m }')
    i=$((i + 1))
  done
  awk -v n="$n" -v r="$idle_rss" 'BEGIN {
    printf "%-6d  %-15s  %11s  %11s  %9s  %6.1f MB\n", n, "(bench, idle)", "-", "-", "-", r / 1024 }'
done
awk -v n="$n" -v t="$slowest" 'BEGIN {
  printf "slowest at %d hosts: %.0f ms (target: each under 1 s): %s\n", n, t * 1000, (t < 1 ? "MET" : "MISSED") }'

