#!/usr/bin/env bash
# Tunnel benchmarks, each against a baseline in the same run:
#   scp of a 1 GiB file to a real sshd: direct (baseline) vs through
#   `keyport-cli forward` over a knot WebSocket tunnel (tests/peers/knotpeer)
#   and through `keyport-cli proxy` (targets: at least 0.9x direct);
#   the proxy as a relay vs socat on the same path (target: at least 1.0x);
#   for reference: forward over TCP (no peer), the proxy copying instead of
#   splicing (KEYPORT_RELAY_SPLICE=0), and socat STDIO into the socat relay
#   (the tunnel's hops and processes without WebSocket, generic relays).
#   scp runs in rounds of one run per path (KEYPORT_BENCH_ROUNDS, 5).
#   `ssh <alias> true` through the forwarder vs direct (target: at most
#   30 ms extra, median); the forwarder's peak memory during 1 GiB.
#   KEYPORT_BENCH_ONLY=scp|latency|memory runs one part;
#   KEYPORT_BENCH_PATHS="direct viaproxy viaproxycopy" times only those ssh
#   aliases (direct bench.dev viaforwardtcp viaproxy viasocat viaproxycopy
#   viasocat2), each against the first;
#   KEYPORT_BENCH_ONLY=cpu: CPU seconds each process spends per scp, by path
#   (not run by default: it explains the ratios, it is no target).
# Usage: bench/transfer.sh BUILD_DIR [SIZE_MB]   (runs itself in a private D-Bus session)
set -euo pipefail
build=$(cd "${1:?usage: bench/transfer.sh BUILD_DIR [SIZE_MB]}" && pwd)
size_mb=${2:-1024}
if [ -z "${KEYPORT_BENCH_IN_SESSION:-}" ]; then
  export KEYPORT_BENCH_IN_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
printf keyport-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null

cli="$build/app/keyport-cli"
peer="$build/tests/peers/knotpeer"
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share XDG_RUNTIME_DIR=$tmp/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset SSH_AUTH_SOCK
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; return 1; }

"$cli" keys generate id_ed25519 --no-passphrase >/dev/null
ssh-keygen -q -t ed25519 -N '' -f "$tmp/hostkey"
cp "$HOME/.ssh/id_ed25519.pub" "$tmp/authorized_keys"
[ "$(id -u)" = 0 ] && mkdir -p /run/sshd
sshd_port=$(free_port)
cat > "$tmp/sshd_config" <<CONF
Port $sshd_port
ListenAddress 127.0.0.1
HostKey $tmp/hostkey
AuthorizedKeysFile $tmp/authorized_keys
PidFile $tmp/sshd.pid
StrictModes no
UsePAM no
PasswordAuthentication no
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp
MaxStartups 100
CONF
/usr/sbin/sshd -D -e -f "$tmp/sshd_config" 2>/dev/null & pids+=($!); sshd_pid=$!
wait_port "$sshd_port"

"$peer" --token bench-token --sshd-port "$sshd_port" --authorized-keys "$tmp/peer_keys" > "$tmp/peer.out" & pids+=($!); peer_pid=$!
for _ in $(seq 100); do grep -q LISTENING "$tmp/peer.out" 2>/dev/null && break; sleep 0.05; done
peer_port=$(cut -d' ' -f2 "$tmp/peer.out")
echo bench-token | "$cli" sources add knot bench --url "http://127.0.0.1:$peer_port" --token-stdin >/dev/null
"$cli" keys register id_ed25519 --source bench >/dev/null  # the source's key
"$cli" ssh-config >/dev/null 2>&1
"$cli" trust bench.dev --yes >/dev/null 2>&1

proxy_port=$(free_port)
proxy_copy_port=$(free_port)
socat_port=$(free_port)
socat "TCP-LISTEN:$socat_port,bind=127.0.0.1,fork,reuseaddr" "TCP:127.0.0.1:$sshd_port" & pids+=($!); socat_pid=$!
wait_port "$socat_port"

# One alias per path, all with the same key, host key pin and cipher defaults.
common="User $(id -un)
    IdentityFile $HOME/.ssh/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $HOME/.ssh/keyport/known_hosts
    HostKeyAlias bench.dev
    StrictHostKeyChecking yes
    BatchMode yes"
cat >> "$HOME/.ssh/config" <<CONF

Host direct
    HostName 127.0.0.1
    Port $sshd_port
    $common
Host viaproxy
    HostName 127.0.0.1
    Port $proxy_port
    $common
Host viasocat
    HostName 127.0.0.1
    Port $socat_port
    $common
Host viaforwardtcp
    ProxyCommand "$cli" forward ssh.direct
    $common
Host viaproxycopy
    HostName 127.0.0.1
    Port $proxy_copy_port
    $common
Host viasocat2
    ProxyCommand socat STDIO TCP:127.0.0.1:$socat_port
    $common
Host cpuforwardws
    ProxyCommand sh -c 'trap "" HUP; exec /usr/bin/time -f "%%U %%S" -o $tmp/forward.time $cli forward bench.dev'
    $common
Host cpuforwardtcp
    ProxyCommand sh -c 'trap "" HUP; exec /usr/bin/time -f "%%U %%S" -o $tmp/forward.time $cli forward ssh.direct'
    $common
Host cpusocat2
    ProxyCommand sh -c 'trap "" HUP; exec /usr/bin/time -f "%%U %%S" -o $tmp/forward.time socat STDIO TCP:127.0.0.1:$socat_port'
    $common
CONF
"$cli" workspaces list >/dev/null 2>&1 || true  # caches ssh.direct for the forwarder
# The proxy relays to the same sshd over TCP, like socat: same path, two relays.
"$cli" proxy ssh.direct --port "$proxy_port" >/dev/null & pids+=($!); proxy_pid=$!
# The same proxy copying through user space, for comparison with splice(2).
KEYPORT_RELAY_SPLICE=0 "$cli" proxy ssh.direct --port "$proxy_copy_port" >/dev/null & pids+=($!); proxy_copy_pid=$!
wait_port "$proxy_port"
wait_port "$proxy_copy_port"
cfg="$HOME/.ssh/config"
paths="direct bench.dev viaforwardtcp viaproxy viasocat viaproxycopy viasocat2"
for h in $paths; do ssh -F "$cfg" "$h" true; done
# A focused comparison: only these paths, each against the first.
paths=${KEYPORT_BENCH_PATHS:-$paths}

head -c "$((size_mb * 1024 * 1024))" /dev/urandom > "$tmp/blob"
only=${KEYPORT_BENCH_ONLY:-}
# Each path once, checked, before timing anything.
for h in $paths; do
  scp -q -F "$cfg" "$tmp/blob" "$h:$tmp/copy-$h" || { echo "scp via $h FAILED" >&2; exit 1; }
  cmp -s "$tmp/blob" "$tmp/copy-$h" || { echo "scp via $h CORRUPTED the file" >&2; exit 1; }
  rm -f "$tmp/copy-$h"
done
median() { grep -o '"median": *[0-9.e+-]*' "$1" | sed -n "${2}p" | sed 's/.*: *//'; }

if [ -z "$only" ] || [ "$only" = scp ]; then
rounds=${KEYPORT_BENCH_ROUNDS:-5}
echo "## scp of ${size_mb} MiB (hyperfine; a warm-up round, then $rounds rounds of one run per path; medians)"
# Rounds rather than all runs of one path in a row: load that comes and goes
# on a shared machine then hits every path alike.
cmds=()
for h in $paths; do cmds+=("scp -q -F $cfg $tmp/blob $h:/dev/null"); done
for r in $(seq 0 "$rounds"); do
  hyperfine -N --runs 1 --export-json "$tmp/scp-$r.json" "${cmds[@]}" >/dev/null 2>&1
done
# Median over the timed rounds (round 0 is the warm-up) of path number $1.
scp_median() {
  for r in $(seq 1 "$rounds"); do grep -o '"mean": *[0-9.e+-]*' "$tmp/scp-$r.json" | sed -n "${1}p" | sed 's/.*: *//'; done \
    | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
if [ -n "${KEYPORT_BENCH_PATHS:-}" ]; then
  i=0
  for h in $paths; do
    i=$((i + 1)); t=$(scp_median $i); [ $i = 1 ] && first=$t
    awk -v h="$h" -v t="$t" -v d="$first" -v mb="$size_mb" 'BEGIN { printf "%-16s %6.2f s  %6.0f MB/s  %.2fx\n", h, t, mb / t, d / t }'
  done
else
d=$(scp_median 1); w=$(scp_median 2); f=$(scp_median 3); p=$(scp_median 4); s=$(scp_median 5); c=$(scp_median 6); s2=$(scp_median 7)
awk -v d="$d" -v w="$w" -v p="$p" -v s="$s" -v f="$f" -v c="$c" -v s2="$s2" -v mb="$size_mb" 'BEGIN {
  printf "direct to sshd (baseline)        %6.2f s  %6.0f MB/s\n", d, mb / d
  printf "forward over WebSocket tunnel    %6.2f s  %6.0f MB/s  %.2fx direct (target >= 0.9): %s\n", w, mb / w, d / w, (d / w >= 0.9 ? "MET" : "MISSED")
  printf "socat stdio + socat relay        %6.2f s  %6.0f MB/s  %.2fx direct (the tunnel'"'"'s hops and processes, no WebSocket)\n", s2, mb / s2, d / s2
  printf "forward over TCP (no peer)       %6.2f s  %6.0f MB/s  %.2fx direct\n", f, mb / f, d / f
  printf "keyport-cli proxy port           %6.2f s  %6.0f MB/s  %.2fx direct (target >= 0.9): %s\n", p, mb / p, d / p, (d / p >= 0.9 ? "MET" : "MISSED")
  printf "proxy copying (no splice)        %6.2f s  %6.0f MB/s  %.2fx direct\n", c, mb / c, d / c
  printf "socat relay (baseline for proxy) %6.2f s  %6.0f MB/s  %.2fx direct\n", s, mb / s, d / s
  printf "proxy vs socat as relay          %.2fx (target >= 1.0): %s\n", s / p, (s / p >= 1.0 ? "MET" : "MISSED")
}'
fi

fi
if [ -z "$only" ] || [ "$only" = latency ]; then
echo "## ssh ALIAS true (hyperfine, 3 warm-ups, 20 runs each)"
hyperfine -N --warmup 3 --runs 20 --export-json "$tmp/true.json" \
  "ssh -F $cfg direct true" "ssh -F $cfg viaforwardtcp true" "ssh -F $cfg bench.dev true" >/dev/null 2>&1
d=$(median "$tmp/true.json" 1); t=$(median "$tmp/true.json" 2); w=$(median "$tmp/true.json" 3)
awk -v d="$d" -v t="$t" -v w="$w" 'BEGIN {
  printf "direct                          %6.1f ms\n", d * 1000
  printf "through forward (TCP)           %6.1f ms  +%.1f ms (target <= 30): %s\n", t * 1000, (t - d) * 1000, ((t - d) * 1000 <= 30 ? "MET" : "MISSED")
  printf "through forward (WebSocket)     %6.1f ms  +%.1f ms (target <= 30): %s\n", w * 1000, (w - d) * 1000, ((w - d) * 1000 <= 30 ? "MET" : "MISSED")
}'

fi
if [ -z "$only" ] || [ "$only" = memory ]; then
echo "## forwarder memory during one ${size_mb} MiB scp over the WebSocket tunnel"
scp -q -F "$cfg" "$tmp/blob" "bench.dev:$tmp/copy-measured" &
scp_pid=$!
peak=0
while kill -0 "$scp_pid" 2>/dev/null; do
  pid=$(pgrep -f "keyport-cli forward bench.dev" | head -n1 || true)
  # VmHWM is the peak resident set size so far, in kB.
  [ -n "$pid" ] && hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null) && [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
  sleep 0.05
done
wait "$scp_pid"
echo "peak RSS of keyport-cli forward: $((peak / 1024)) MiB (for ${size_mb} MiB moved)"
fi
if [ "$only" = cpu ]; then
echo "## CPU seconds (user+system) per ${size_mb} MiB scp, by process; median of 3 runs each"
hz=$(getconf CLK_TCK)
# Own and reaped children's CPU time, in seconds (sshd and socat fork per connection).
cpu_of() { awk -v hz="$hz" '{printf "%.2f", ($14 + $15 + $16 + $17) / hz}' "/proc/$1/stat"; }
printf "%-28s %8s %8s %8s %8s %8s %8s\n" path wall scp+ssh forward relay sshd total
# forward: the ProxyCommand (keyport-cli forward, or socat STDIO); relay: the
# knot peer, the proxy or the socat relay.
for h in direct cpuforwardtcp cpuforwardws cpusocat2 viaproxy viaproxycopy viasocat; do
  case $h in
    cpuforwardws) relay_pid=$peer_pid ;; cpusocat2 | viasocat) relay_pid=$socat_pid ;;
    viaproxy) relay_pid=$proxy_pid ;; viaproxycopy) relay_pid=$proxy_copy_pid ;; *) relay_pid= ;;
  esac
  for run in 1 2 3; do
    rm -f "$tmp/forward.time"
    s0=$(cpu_of "$sshd_pid"); r0=0; [ -n "$relay_pid" ] && r0=$(cpu_of "$relay_pid")
    t0=$(date +%s.%N)
    # ssh never reaps its ProxyCommand: the forwarder's time is not in scp's.
    /usr/bin/time -f "%U %S" -o "$tmp/scp.time" scp -q -F "$cfg" "$tmp/blob" "$h:/dev/null" 2>"$tmp/scp.err" || { cat "$tmp/scp.err" "$tmp/forward.time" >&2; exit 1; }
    t1=$(date +%s.%N)
    sleep 0.3  # sshd reaps its session process; ssh's ProxyCommand ends on its own (HUP is ignored)
    case $h in cpu*) for _ in $(seq 50); do [ -s "$tmp/forward.time" ] && break; sleep 0.1; done ;; esac
    s1=$(cpu_of "$sshd_pid"); r1=0; [ -n "$relay_pid" ] && r1=$(cpu_of "$relay_pid")
    f=0; [ -f "$tmp/forward.time" ] && f=$(awk '{print $1 + $2}' "$tmp/forward.time")
    awk -v w="$(echo "$t1 - $t0" | bc)" -v c="$(awk '{print $1 + $2}' "$tmp/scp.time")" -v f="$f" \
        -v r="$(echo "$r1 - $r0" | bc)" -v s="$(echo "$s1 - $s0" | bc)" \
        'BEGIN { printf "%.2f %.2f %.2f %.2f %.2f %.2f\n", w, c, f, r, s, c + f + r + s }'
  done | sort -n -k6 | sed -n 2p | awk -v h="$h" '{ printf "%-28s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f\n", h, $1, $2, $3, $4, $5, $6 }'
done
fi
