#!/usr/bin/env bash
# Runs the release binary on generated reference networks and reports wall time and peak
# memory (GNU time's "Maximum resident set size") for whole commands.
#   bash tests/scripts/bench_binary.sh            # typical (1,500) and heavy (30,000)
#   NETWORKS="1500" bash tests/scripts/bench_binary.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release --locked -q
bin=${CARGO_TARGET_DIR:-target}/release/dunbar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DUNBAR_TODAY=2026-11-22

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  read -r secs kb < "$work/time"
  awk -v n="$network" -v l="$label" -v s="$secs" -v k="$kb" \
    'BEGIN { printf "| %-8s | %-34s | %8.0f ms | %7.0f MB |\n", n, l, s * 1000, k / 1024 }'
}

echo "| network  | command                            |  wall time |  peak RSS |"
echo "|----------|------------------------------------|------------|-----------|"
for contacts in ${NETWORKS:-1500 30000}; do
  network=$contacts
  dir="$work/n$contacts"
  measure "generate --contacts $contacts" $bin --data-dir "$dir" generate --contacts "$contacts" --seed 1
  rm -f "$dir/.network.cache.json"
  measure "stats (first open: RON parse)" $bin --data-dir "$dir" stats
  measure "stats (open cache)" $bin --data-dir "$dir" stats
  measure "review --json" $bin --data-dir "$dir" review --json
  measure "remind --print (no lock, read-only)" $bin --data-dir "$dir" remind --print
  # A whole reminder, with no notification service: it prints and says so.
  measure "remind" env DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent DUNBAR_STATE_DIR="$work/state" $bin --data-dir "$dir" remind --wait 0
  measure "add (open, change, save)" $bin --data-dir "$dir" add "Benchmark Bodil" --circle sympathy
  measure "log (open, change, save)" $bin --data-dir "$dir" log "benchmark bodil" --channel call
  if $bin export --help >/dev/null 2>&1; then
    measure "export --format csv" $bin --data-dir "$dir" export --format csv -o "$work/out.csv"
    measure "export --format vcard" $bin --data-dir "$dir" export --format vcard -o "$work/out.vcf"
    measure "import (its own CSV, all merge)" $bin --data-dir "$dir" import "$work/out.csv"
  fi
done
