#!/usr/bin/env bash
# GUI responsiveness while files move (issue 9: no event-loop stall over 50 ms
# while 2 GiB move). keyport_guistallbench (bench/files/guistallbench.cpp)
# copies a SIZE_MB file (2048) down and up through an SftpWorker, as the Files
# window does, and again with the session on the GUI thread, while a 5 ms
# timer on the GUI thread records the gaps between its ticks; the baseline is
# the same timer on an idle event loop in the same run. Same sandbox sshd as
# bench/sftp.sh; a real window under Xvfb when it is installed (else offscreen).
# Usage: bench/guistall.sh BUILD_DIR [SIZE_MB]   (KEYPORT_BENCH_ROUNDS, default 3)
set -euo pipefail
build=$(cd "${1:?usage: bench/guistall.sh BUILD_DIR [SIZE_MB]}" && pwd)
size_mb=${2:-2048}
cli="$build/app/keyport-cli"
bench="$build/bench/keyport_guistallbench"
tmp=$(mktemp -d)
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
export XDG_RUNTIME_DIR=$tmp/run
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/keyport-bench
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset SSH_AUTH_SOCK
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  "$cli" sandbox stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"$cli" sandbox start >/dev/null
"$cli" trust local.sandbox --yes >/dev/null 2>&1
remote=$tmp/remote local=$tmp/local out=$tmp/out
mkdir -p "$remote" "$local" "$out"
head -c $((size_mb << 20)) /dev/urandom >"$local/big.bin"
cp "$local/big.bin" "$remote/big.bin"

if command -v Xvfb >/dev/null && command -v xdpyinfo >/dev/null; then
  display=:$((300 + RANDOM % 100))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  pids+=($!)
  export DISPLAY=$display QT_QPA_PLATFORM=xcb
  for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
else
  export QT_QPA_PLATFORM=offscreen
fi

echo "## GUI responsiveness: a 5 ms timer on the GUI thread while ${size_mb} MiB move ($QT_QPA_PLATFORM)"
# The machine's load says how much of a gap is waiting for a CPU.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
sync # the sources are on the disk: no phase pays for writing them
"$bench" "$cli" local.sandbox "$remote/big.bin" "$local/big.bin" "$out" "${KEYPORT_BENCH_ROUNDS:-3}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
