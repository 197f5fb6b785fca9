#!/usr/bin/env bash
# DESIGN §10 on the real engine: two Syncthing instances on the loopback interface sync two
# Dunbar data folders ("two laptops"). Writing commands run on both sides, some with pauses
# (clean syncs) and some at the same moment (Syncthing then leaves
# network.sync-conflict-….ron files). At the end both folders hold the same network with
# every change. Bounded in time; stops its Syncthing processes whatever happens.
#
# Usage: syncthing_two_laptops.sh PATH/TO/dunbar
set -euo pipefail
dunbar=${1:?usage: $0 PATH/TO/dunbar}
deadline=$((SECONDS + ${SYNC_TEST_SECONDS:-240}))
work=$(mktemp -d -t dunbar-syncthing-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${KEEP_SYNC_WORK:-}" ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
export STNOUPGRADE=1 STNODEFAULTFOLDER=1 HOME="$work/home"
mkdir -p "$HOME"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for side in a b; do
  mkdir -p "$work/$side/data" "$work/$side/device"
  syncthing generate --home="$work/$side/st" --no-default-folder >/dev/null
  # Lock and backups stay on each laptop (README: "Several laptops and your phone").
  printf 'dunbar.lock\nbackups\n.dunbar-tmp-*\n' >"$work/$side/data/.stignore"
done
id_a=$(syncthing serve --home="$work/a/st" --device-id)
id_b=$(syncthing serve --home="$work/b/st" --device-id)
port_a=$(free_port); port_b=$(free_port); gui_a=$(free_port); gui_b=$(free_port)

# One folder shared by the two devices, everything on 127.0.0.1, no discovery or relays.
configure() { # side own_id own_port gui_port peer_id peer_port
  python3 - "$work/$1/st/config.xml" "$work/$1/data" "$2" "$3" "$4" "$5" "$6" <<'PY'
import sys, xml.etree.ElementTree as ET
path, data, me, port, gui, peer, peer_port = sys.argv[1:]
tree = ET.parse(path); root = tree.getroot()
for f in root.findall("folder"): root.remove(f)
for d in root.findall("device"): root.remove(d)
folder = ET.SubElement(root, "folder", id="dunbar", label="dunbar", path=data,
    type="sendreceive", rescanIntervalS="1", fsWatcherEnabled="false", ignorePerms="false")
for device in (me, peer):
    ET.SubElement(folder, "device", id=device)
ET.SubElement(folder, "minDiskFree", unit="%").text = "0"
# Conflicting versions are kept as conflict files (a missing element would mean none).
ET.SubElement(folder, "maxConflicts").text = "10"
for device, address in ((me, "dynamic"), (peer, "tcp://127.0.0.1:" + peer_port)):
    d = ET.SubElement(root, "device", id=device, name=device[:7], compression="metadata")
    ET.SubElement(d, "address").text = address
gui_el = root.find("gui")
gui_el.set("tls", "false")
gui_el.find("address").text = "127.0.0.1:" + gui
options = root.find("options")
def opt(name, value):
    el = options.find(name)
    if el is None: el = ET.SubElement(options, name)
    el.text = value
for el in options.findall("listenAddress"): options.remove(el)
ET.SubElement(options, "listenAddress").text = "tcp://127.0.0.1:" + port
opt("globalAnnounceEnabled", "false"); opt("localAnnounceEnabled", "false")
opt("relaysEnabled", "false"); opt("natEnabled", "false"); opt("urAccepted", "-1")
opt("autoUpgradeIntervalH", "0"); opt("crashReportingEnabled", "false")
opt("startBrowser", "false")
m = options.find("minHomeDiskFree")
if m is not None: m.text = "0"
tree.write(path)
PY
}
configure a "$id_a" "$port_a" "$gui_a" "$id_b" "$port_b"
configure b "$id_b" "$port_b" "$gui_b" "$id_a" "$port_a"
for side in a b; do
  syncthing serve --home="$work/$side/st" --no-browser --no-restart \
    --logfile="$work/$side/syncthing.log" >/dev/null 2>&1 &
  pids+=($!)
done

run() { # side args...
  local side=$1; shift
  "$dunbar" --data-dir "$work/$side/data" --device-dir "$work/$side/device" \
    --cache-dir "$work/$side/cache" --today 2026-12-02 "$@"
}
digest() { sha256sum "$work/$1/data/network.ron" 2>/dev/null | cut -d' ' -f1; }
conflicts() { find "$work/a/data" "$work/b/data" -maxdepth 1 -name 'network*.ron' ! -name network.ron | wc -l; }
in_sync() { [ -n "$(digest a)" ] && [ "$(digest a)" = "$(digest b)" ] && [ "$(conflicts)" -eq 0 ]; }
wait_sync() { # seconds
  local until=$((SECONDS + $1))
  while [ $SECONDS -lt $until ] && [ $SECONDS -lt $deadline ]; do
    in_sync && return 0
    sleep 0.5
  done
  return 1
}
show() { # what each folder holds (SYNC_TEST_DEBUG=1)
  [ -n "${SYNC_TEST_DEBUG:-}" ] || return 0
  for side in a b; do
    echo "  $side: $(grep -o 'display_name: "[^"]*"' "$work/$side/data/network.ron" | cut -d'"' -f2 | tr '\n' ',') | $(ls "$work/$side/data" | grep -c conflict) conflict files" >&2
  done
}
stop_if_late() { if [ $SECONDS -ge $deadline ]; then echo "FAIL: out of time" >&2; exit 1; fi; }

run a device --name laptop-a >/dev/null
run b device --name laptop-b >/dev/null
expected=()
add() { run "$1" add "$2" >/dev/null 2>"$work/$1-add.err" || { echo "add $2 on $1 failed: $(cat "$work/$1-add.err")" >&2; }; expected+=("$2"); }

# With pauses: each change reaches the other laptop before the next.
add a "Ann Berg"
wait_sync 60 || { echo "FAIL: the first change never reached laptop b" >&2; exit 1; }
add b "Bo Lund"
wait_sync 60 || { echo "FAIL: a change on laptop b never reached laptop a" >&2; exit 1; }
run a set "Bo Lund" --circle support >/dev/null
wait_sync 30 || true
stop_if_late

# Without pauses: both laptops write at the same moment, several times.
for round in 1 2 3 4; do
  add a "Alma $round" & first=$!
  add b "Bruno $round" & second=$!
  wait "$first" "$second"
  expected+=("Alma $round" "Bruno $round")
  for _ in 1 2 3 4; do sleep 0.3; show; done
  sleep 1.2
  stop_if_late
done
echo "conflict files seen after the simultaneous writes: $(conflicts)"

# Until both folders agree: each laptop's next writing command merges what came.
settled=0
while [ $SECONDS -lt $deadline ]; do
  run a merge "$work/a/data/network.ron" >/dev/null 2>&1 || true
  run b merge "$work/b/data/network.ron" >/dev/null 2>&1 || true
  if wait_sync 6; then
    sleep 3
    if in_sync; then settled=1; break; fi
  fi
done
[ $settled -eq 1 ] || { echo "FAIL: the folders never agreed" >&2; ls -la "$work/a/data" "$work/b/data" >&2; exit 1; }

for side in a b; do
  names=$(run "$side" stats --json >/dev/null && python3 - "$work/$side/data/network.ron" <<'PY'
import re, sys
print("\n".join(re.findall(r'display_name: "([^"]*)"', open(sys.argv[1]).read())))
PY
)
  for name in "Ann Berg" "Bo Lund" "Alma 1" "Alma 2" "Alma 3" "Alma 4" "Bruno 1" "Bruno 2" "Bruno 3" "Bruno 4"; do
    grep -qx "$name" <<<"$names" || { echo "FAIL: $name missing on laptop $side" >&2; exit 1; }
  done
  count=$(grep -c . <<<"$names")
  [ "$count" -eq 10 ] || { echo "FAIL: $count contacts on laptop $side, expected 10" >&2; exit 1; }
done
for side in a b; do
  run "$side" show "Bo Lund" --json | grep -q '"circle": "support"' \
    || { echo "FAIL: the circle set on laptop a is not on laptop $side" >&2; exit 1; }
done
echo "OK: both laptops hold the same network with every change ($(digest a | cut -c1-12))"
