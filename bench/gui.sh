#!/usr/bin/env bash
# Desktop app benchmarks, each against a baseline in the same run:
#   start to first painted window: `keyport --smoke` vs a minimal Qt Widgets
#     window (bench/gui/baselinewindow.cpp), under Xvfb (target: median < 400 ms);
#   idle memory with 1,000 workspaces listed vs that baseline window (target: RSS < 80 MB);
#   filtering 10,000 workspaces per keystroke vs QSortFilterProxyModel (target: < 16 ms).
# Usage: bench/gui.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: bench/gui.sh BUILD_DIR}" && pwd)
app="$build/app/keyport"
baseline="$build/bench/keyport_baseline_window"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset SSH_AUTH_SOCK

display=:$((200 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display QT_QPA_PLATFORM=xcb
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

echo "## Start to first painted window (hyperfine under Xvfb, 3 warm-ups, 30 runs; warm file cache)"
hyperfine -N --warmup 3 --runs 30 --export-json "$work/start.json" "$app --smoke" "$baseline --smoke" >/dev/null 2>&1
median() { grep -o '"median": *[0-9.e+-]*' "$1" | sed -n "${2}p" | sed 's/.*: *//'; }
k=$(median "$work/start.json" 1); b=$(median "$work/start.json" 2)
awk -v k="$k" -v b="$b" 'BEGIN {
  printf "keyport --smoke          median %6.1f ms (target < 400 ms): %s\n", k * 1000, (k < 0.4 ? "MET" : "MISSED")
  printf "baseline window --smoke  median %6.1f ms\n", b * 1000
  printf "ratio %.2fx of the baseline window\n", k / b
}'

if [ -w /proc/sys/vm/drop_caches ]; then
  echo "## Cold start: the same with the page cache dropped before every run (root only; 10 runs)"
  hyperfine -N --runs 10 --prepare "sh -c 'sync; echo 3 > /proc/sys/vm/drop_caches'" \
    --export-json "$work/cold.json" "$app --smoke" "$baseline --smoke" >/dev/null 2>&1
  k=$(median "$work/cold.json" 1); b=$(median "$work/cold.json" 2)
  awk -v k="$k" -v b="$b" 'BEGIN {
    printf "keyport --smoke          median %6.1f ms (target < 400 ms): %s\n", k * 1000, (k < 0.4 ? "MET" : "MISSED")
    printf "baseline window --smoke  median %6.1f ms\n", b * 1000
    printf "ratio %.2fx of the baseline window\n", k / b
  }'
fi

echo "## Idle memory with 1,000 workspaces listed (VmRSS after 6 s)"
# One host through the CLI shows where the file lives; then 1,000 of them.
"$build/app/keyport-cli" hosts add seed --host 10.255.0.1 >/dev/null
python3 - "$(find "$XDG_CONFIG_HOME" -name workspaces.json | head -n1)" <<'PY'
import json, os, sys
hosts = [{"name": f"host-{i:04d}", "host": f"10.{i // 250}.{i % 250}.1", "port": 22, "user": "dev",
          "identity_file": "", "project": f"project-{i % 20}", "tags": [f"t{i % 7}", f"zone-{i % 3}"]}
         for i in range(1000)]
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
json.dump({"hosts": hosts}, open(sys.argv[1], "w"))
PY
"$app" & app_pid=$!; pids+=($app_pid)
"$baseline" & base_pid=$!; pids+=($base_pid)
sleep 6
listed=$("$build/app/keyport-cli" hosts list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
ka=$(rss "$app_pid"); ba=$(rss "$base_pid")
awk -v k="$ka" -v b="$ba" -v n="$listed" 'BEGIN {
  printf "keyport with %d workspaces  %6.1f MB (target < 80 MB): %s\n", n, k / 1024, (k / 1024 < 80 ? "MET" : "MISSED")
  printf "baseline window            %6.1f MB\n", b / 1024
  printf "keyport uses %.1f MB more than the baseline window\n", (k - b) / 1024
}'
kill "$app_pid" "$base_pid" 2>/dev/null || true

echo "## Filtering 10,000 workspaces (one keystroke = filter + layout + paint)"
"$build/bench/keyport_filterbench" 10000
