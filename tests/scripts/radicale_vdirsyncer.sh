#!/usr/bin/env bash
# DESIGN §10 on the real engines: Dunbar mirrors contacts to a vdir (`dunbar vdir`),
# vdirsyncer syncs it with a Radicale CardDAV server on the loopback interface, and a
# "phone" changes cards on the server with plain HTTP (PUT, DELETE). Checks: an edit in
# Dunbar reaches the server; a change and a new contact PUT to the server come back; a
# deletion on either side is honoured; ten rounds duplicate nothing; a PHOTO set on the
# server survives Dunbar's rounds. Bounded in time; stops Radicale whatever happens.
#
# Usage: radicale_vdirsyncer.sh PATH/TO/dunbar
set -euo pipefail
dunbar=${1:?usage: $0 PATH/TO/dunbar}
work=$(mktemp -d -t dunbar-carddav-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
export HOME="$work/home"
mkdir -p "$HOME" "$work/vdir" "$work/status"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
book="$work/radicale/collection-root/phone/contacts"
mkdir -p "$book"
printf '{"tag": "VADDRESSBOOK"}' >"$book/.Radicale.props"
timeout 300 radicale --server-hosts "127.0.0.1:$port" --storage-filesystem-folder "$work/radicale" \
  --auth-type none --rights-type owner_only --logging-level warning >"$work/radicale.log" 2>&1 &
pids+=($!)
url="http://127.0.0.1:$port/phone/contacts/"

cat >"$work/vdirsyncer.conf" <<CONF
[general]
status_path = "$work/status/"

[pair contacts]
a = "dunbar"
b = "server"
collections = null
conflict_resolution = "b wins"

[storage dunbar]
type = "filesystem"
path = "$work/vdir/"
fileext = ".vcf"

[storage server]
type = "carddav"
url = "$url"
username = "phone"
password = "phone"
CONF

http() { # method path [body-file] -> prints status, body to $work/response
  python3 - "$1" "$port" "$2" "${3:-}" <<'PY'
import http.client, sys
method, port, path, body = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
data = open(body, "rb").read() if body else None
headers = {"Content-Type": "text/vcard; charset=utf-8"} if data else {}
conn.request(method, path, body=data, headers=headers)
response = conn.getresponse()
print(response.status)
PY
}
for _ in $(seq 1 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done

run() { "$dunbar" --data-dir "$work/data" --device-dir "$work/device" --cache-dir "$work/cache" --today 2026-12-02 "$@"; }
sync() { timeout 60 vdirsyncer -c "$work/vdirsyncer.conf" sync >>"$work/vdirsyncer.log" 2>&1 \
  || { echo "FAIL: vdirsyncer sync" >&2; tail -20 "$work/vdirsyncer.log" >&2; exit 1; }; }
round() { run vdir "$work/vdir" >/dev/null; sync; run vdir "$work/vdir" >/dev/null; }
server_cards() { ls "$book" | grep -v '^\.' | grep -c . || true; }
server_has() { grep -l -- "$1" "$book"/*.vcf >/dev/null 2>&1 || grep -rl -- "$1" "$book" --include='*' >/dev/null 2>&1; }
fail() { echo "FAIL: $*" >&2; exit 1; }

timeout 60 vdirsyncer -c "$work/vdirsyncer.conf" discover </dev/null >>"$work/vdirsyncer.log" 2>&1 \
  || { tail -20 "$work/vdirsyncer.log" >&2; fail "vdirsyncer discover"; }

run add "Ann Berg" --email ann@example.com >/dev/null
run add "Bo Lund" >/dev/null
run add "Dag Holm" >/dev/null
round
[ "$(server_cards)" -eq 3 ] || fail "$(server_cards) cards on the server, expected 3"

# An edit in Dunbar reaches the server.
run set "Ann Berg" --circle support >/dev/null
round
server_has "Dunbar: support" || fail "the edit made in Dunbar did not reach the server"

# The phone changes Bo's card (a phone number and a photo) and adds a contact.
bo=$(grep -l "FN:Bo Lund" "$book"/* | head -1)
sed -e 's/\r$//' "$bo" | sed -e '/^END:VCARD/i TEL;TYPE=cell:+45 11 22 33 44' \
  -e '/^END:VCARD/i PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==' | sed -e 's/$/\r/' >"$work/bo.vcf"
[ "$(http PUT "/phone/contacts/$(basename "$bo")" "$work/bo.vcf")" -lt 300 ] || fail "PUT of Bo's card"
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-cleo-1\r\nFN:Cleo Dahl\r\nN:Dahl;Cleo;;;\r\nTEL:+45 99 88 77 66\r\nEND:VCARD\r\n' >"$work/cleo.vcf"
[ "$(http PUT /phone/contacts/phone-cleo-1.vcf "$work/cleo.vcf")" -lt 300 ] || fail "PUT of a new card"
sync
round
run show "Bo Lund" --json | grep -q '11 22 33 44' || fail "the phone's change to Bo did not come back"
run show "Cleo Dahl" --json >/dev/null 2>&1 || fail "the phone's new contact did not come back"

# Ten rounds duplicate nothing, and the photo survives them.
for _ in $(seq 1 10); do round; done
[ "$(server_cards)" -eq 4 ] || fail "$(server_cards) cards on the server after ten rounds, expected 4"
[ "$(ls "$work/vdir"/*.vcf | wc -l)" -eq 4 ] || fail "the vdir holds $(ls "$work/vdir"/*.vcf | wc -l) cards"
contacts=$(run stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["contacts"])')
[ "$contacts" -eq 4 ] || fail "$contacts contacts in Dunbar after ten rounds, expected 4"
server_has "PHOTO:data:image/png" || fail "the photo set on the server did not survive"

# A deletion on the server trashes the contact in Dunbar.
[ "$(http DELETE /phone/contacts/phone-cleo-1.vcf)" -lt 300 ] || fail "DELETE on the server"
sync
round
[ "$(run stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["contacts"])')" -eq 3 ] \
  || fail "a card deleted on the server did not trash its contact"
run show "Cleo Dahl" >/dev/null 2>&1 && fail "Cleo is still among the contacts"


# A contact trashed in Dunbar leaves the server.
run set "Dag Holm" --trash >/dev/null
round
sync
server_has "FN:Dag Holm" && fail "a contact trashed in Dunbar is still on the server"
[ "$(server_cards)" -eq 2 ] || fail "$(server_cards) cards on the server at the end, expected 2"
echo "OK: Radicale and vdirsyncer round trips keep every change, delete both ways, duplicate nothing"
