#!/usr/bin/env bash
# Files benchmarks against OpenSSH's own sftp (Debian 12: 9.2), same sshd (the
# sandbox's), same managed config, same run, in rounds of one run each:
#   a SIZE_MB file (1024) down and up: keyport-cli cp vs sftp get/put (target:
#   at least 1.0x, the ratio of sftp's time to ours); the download also against
#   sftp get followed by sync of that file (durable both, as keyport-cli is);
#   2,000 files of 4 KiB each way: cp -r vs sftp -r (target: at least 1.5x);
#   peak RSS of keyport-cli during the large transfer (target: under 100 MB),
#   and the CPU seconds each side spends per transfer (this machine has 2 cores:
#   the client, ssh and sshd share them, so CPU per unit of work is shown too).
# Usage: bench/sftp.sh BUILD_DIR [SIZE_MB]   (KEYPORT_BENCH_ROUNDS, default 3)
set -euo pipefail
build=$(cd "${1:?usage: bench/sftp.sh BUILD_DIR [SIZE_MB]}" && pwd)
size_mb=${2:-1024}
rounds=${KEYPORT_BENCH_ROUNDS:-3}
cli="$build/app/keyport-cli"
tmp=$(mktemp -d)
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/keyport-bench
mkdir -p "$HOME"
unset SSH_AUTH_SOCK
cleanup() { "$cli" sandbox stop >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

"$cli" sandbox start >/dev/null
"$cli" trust local.sandbox --yes >/dev/null
config=$HOME/.ssh/keyport/config
remote=$tmp/remote local=$tmp/local
mkdir -p "$remote" "$local"
head -c $((size_mb << 20)) /dev/urandom >"$local/big.bin"
cp "$local/big.bin" "$remote/big.bin"
mkdir -p "$local/small" "$remote/small"
for i in $(seq 2000); do head -c 4096 /dev/urandom >"$local/small/f$i"; done
cp -r "$local/small/." "$remote/small/"

# Seconds (wall), peak RSS (KiB) and CPU seconds (user + system) of one command.
measure() { /usr/bin/time -f '%e %M %U %S' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$tmp/time"; }
sftp_batch() { printf '%s\n' "$1" >"$tmp/batch"; measure sftp -F "$config" -q -b "$tmp/batch" local.sandbox; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

declare -A wall rss cpu
run() { # name command...
  local name=$1 r
  shift
  r=$("$@")
  wall[$name]+="${r%% *} "
  rss[$name]=$(echo "$r" | awk '{ print $2 }')
  cpu[$name]+="$(echo "$r" | awk '{ print $3 }') "
}
for round in $(seq "$rounds"); do
  rm -f "$local/down.bin" "$remote/up.bin"
  run ours_down measure "$cli" cp "local.sandbox:$remote/big.bin" "$local/down.bin"
  run sftp_down sftp_batch "get $remote/big.bin $local/down-sftp.bin"
  # sftp leaves the file to the page cache; keyport-cli has it on the disk
  # (fsync) before the rename: the same download made durable, for reference.
  printf 'get %s %s\n' "$remote/big.bin" "$local/down-durable.bin" >"$tmp/batch-durable"
  run sftp_down_durable measure sh -c "sftp -F '$config' -q -b '$tmp/batch-durable' local.sandbox && sync '$local/down-durable.bin'"
  run ours_up measure "$cli" cp "$local/big.bin" "local.sandbox:$remote/up.bin"
  run sftp_up sftp_batch "put $local/big.bin $remote/up-sftp.bin"
  # Each round copies into folders of its own, all removed at the end: ext4
  # does not reuse an inode freed in the last minute or so, and finds one by
  # scanning past them, so deleting 8,000 files between rounds made every
  # create of the next round slow, for both clients (perf: most of their CPU
  # in ext4's recently_deleted). No one copies into a disk they just emptied.
  down=$local/round$round remote_up=$remote/round$round
  mkdir -p "$down/ours" "$down/sftp" "$remote_up"
  run ours_many_down measure "$cli" cp -r "local.sandbox:$remote/small" "$down/ours"
  run sftp_many_down sftp_batch "get -r $remote/small $down/sftp"
  run ours_many_up measure "$cli" cp -r "$local/small" "local.sandbox:$remote_up/ours"
  run sftp_many_up sftp_batch "put -r $local/small $remote_up/sftp"
  cmp -s "$local/big.bin" "$local/down.bin" && cmp -s "$local/big.bin" "$remote/up.bin" ||
    { echo "FAILED: a copy differs" >&2; exit 1; }
done

med() { tr ' ' '\n' <<<"$1" | grep . | median; }
report() { # title ours sftp target
  local o s
  o=$(med "${wall[$2]}") s=$(med "${wall[$3]}")
  awk -v t="$1" -v o="$o" -v s="$s" -v co="$(med "${cpu[$2]}")" -v cs="$(med "${cpu[$3]}")" -v target="$4" 'BEGIN {
    r = s / o
    printf "%-28s keyport-cli %6.2f s (%5.2f CPU s)  sftp %6.2f s (%5.2f CPU s)  ratio %.2fx (target >= %.1fx): %s\n",
           t, o, co, s, cs, r, target, (r >= target ? "MET" : "MISSED")
  }'
}
echo "## Files: keyport-cli cp vs OpenSSH sftp, same sshd, $rounds rounds, medians"
report "${size_mb} MiB download" ours_down sftp_down 1.0
report "${size_mb} MiB down, sftp + sync" ours_down sftp_down_durable 1.0
report "${size_mb} MiB upload" ours_up sftp_up 1.0
report "2,000 x 4 KiB download" ours_many_down sftp_many_down 1.5
report "2,000 x 4 KiB upload" ours_many_up sftp_many_up 1.5
awk -v d="${rss[ours_down]}" -v u="${rss[ours_up]}" 'BEGIN {
  m = (d > u ? d : u) / 1024
  printf "keyport-cli peak RSS during %s: %.1f MB (target < 100 MB): %s\n", "the large transfers", m, (m < 100 ? "MET" : "MISSED")
}'
