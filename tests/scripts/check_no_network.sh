#!/usr/bin/env bash
# Dunbar never talks to a network: fail if an HTTP client, TLS or a network runtime enters
# the dependency tree of the app (dev-dependencies excluded), or if our own code opens a
# network connection. Local IPC is expected and allowed: the window talks to X11/Wayland,
# and the file dialog and screen readers to D-Bus (zbus), over Unix-domain sockets.
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=$(cargo tree --locked --edges normal,build --prefix none --format '{p}' | sort -u)
forbidden='^(reqwest|hyper|ureq|curl|curl-sys|isahc|surf|attohttpc|http|http-body|tokio|async-std|h2|h3|quinn|rustls|native-tls|openssl|openssl-sys|tungstenite|mio|socket2) '
if echo "$tree" | grep -E "$forbidden"; then
  echo "network code found in the dependency tree (above); Dunbar must stay offline" >&2
  exit 1
fi
if grep -rnE 'std::net|TcpStream|TcpListener|UdpSocket|ToSocketAddrs' src/; then
  echo "network code found in src/ (above); Dunbar must stay offline" >&2
  exit 1
fi
echo "no network crates among $(echo "$tree" | wc -l) dependencies, no network calls in src/"
