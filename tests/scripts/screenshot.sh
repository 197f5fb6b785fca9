#!/usr/bin/env bash
# Sees the window as a user does: builds the release binary, runs it with --demo under a
# virtual X display (software OpenGL), waits for the window and saves a screenshot.
#
#   bash tests/scripts/screenshot.sh [OUT.png]      (default tests/out/contacts.png)
#   SCREEN=circles bash tests/scripts/screenshot.sh OUT.png   (the Circles screen instead)
#   SCREEN=review bash tests/scripts/screenshot.sh OUT.png    (the weekly Review)
#   SCREEN=gifts | insights | composer                       (the gift library with its
#                                       first item, Insights, the composer for a contact)
#
# Needs: xvfb xauth imagemagick xdotool libgl1-mesa-dri libegl-mesa0 libegl1
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-tests/out/contacts.png}"
# The key pressed once the window has settled: Down opens the first contact; Ctrl+5 shows
# the Circles screen.
case "${SCREEN:-contacts}" in
  contacts) key=Down ;;
  circles) key=ctrl+5 ;;
  review) key=ctrl+3 ;;
  gifts) key=ctrl+6 ;;
  insights) key=ctrl+7 ;;
  composer) key="Down ctrl+m" ;;
  *) echo "screenshot: SCREEN must be contacts, circles, review, gifts, insights or composer" >&2; exit 1 ;;
esac
mkdir -p "$(dirname "$out")"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || {
    echo "screenshot: $tool is missing; apt-get install -y xvfb xauth imagemagick xdotool libgl1-mesa-dri libegl-mesa0 libegl1" >&2
    exit 1
  }
done
cargo build --release --locked --bin dunbar
out_abs="$(realpath -m "$out")"
export LIBGL_ALWAYS_SOFTWARE=1
# The inner script runs inside the virtual display.
xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" bash -c '
  set -euo pipefail
  out="$1"
  key="$2"
  ./target/release/dunbar --demo &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  for _ in $(seq 1 100); do
    if xdotool search --name "Dunbar" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "screenshot: the app exited" >&2; exit 1; fi
    sleep 0.2
  done
  window=$(xdotool search --name "Dunbar" | head -n 1)
  [ -n "$window" ] || { echo "screenshot: no window appeared" >&2; exit 1; }
  xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0 || true
  # Let the first frames settle (fonts, layout), then press the key (Down opens the first
  # contact so the picture shows the contact page beside the table; Ctrl+5 the Circles).
  sleep 2
  xdotool mousemove 1 1
  # shellcheck disable=SC2086 # several keys, one after the other
  xdotool windowfocus --sync "$window" key $key || xdotool key $key
  sleep 1
  # On the Gifts screen, open the newest item of the library (the first in the list).
  if [ -n "${CLICK_AT:-}" ]; then
    # shellcheck disable=SC2086
    xdotool mousemove $CLICK_AT click 1
    sleep 1
  fi
  import -window root "$out"
' bash "$out_abs" "$key"
echo "screenshot saved to $out"
