#!/usr/bin/env bash
# Dunbar never talks to a network: fail if an HTTP client or async networking stack enters
# the dependency tree of the app (dev-dependencies excluded).
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=$(cargo tree --locked --edges normal,build --prefix none --format '{p}' | sort -u)
forbidden='^(reqwest|hyper|ureq|curl|isahc|surf|attohttpc|tokio|async-std|h2|rustls|native-tls|openssl|tungstenite|mio) '
if echo "$tree" | grep -E "$forbidden"; then
  echo "network code found in the dependency tree (above); Dunbar must stay offline" >&2
  exit 1
fi
echo "no network crates among $(echo "$tree" | wc -l) dependencies"
