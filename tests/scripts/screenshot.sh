#!/usr/bin/env bash
# Sees the window as a user does: builds the release binary, runs it with --demo under a
# virtual X display (software OpenGL), waits for the window, goes to a screen with the keys
# a user would press, and saves a screenshot of the whole display.
#
#   bash tests/scripts/screenshot.sh [OUT.png]            (default tests/out/contacts.png)
#   SCREEN=contacts|contact|edit|circles|review|gifts|insights|trash|import|settings|composer|brief|start
#   SIZE=1024x640 | 1366x768 | 1280x800 (default)        the window (and display) size
#   THEME=dark                                            the dark theme (Ctrl+Shift+T)
#   DUNBAR_LANG=da                                        the window in Danish (or en)
#   KEYS="ctrl+3 j b"                                     other keys than the screen's
#
# Needs: xvfb xauth imagemagick xdotool libgl1-mesa-dri libegl-mesa0 libegl1
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-tests/out/contacts.png}"
size="${SIZE:-1280x800}"
width="${size%x*}"
height="${size#*x}"
demo="--demo"
# The keys pressed once the window has settled (tab n is Ctrl+n, in tab order).
case "${SCREEN:-contacts}" in
  contacts) key="" ;;
  contact) key=Down ;;
  edit) key="Down F2" ;;
  circles) key=ctrl+2 ;;
  review) key=ctrl+3 ;;
  gifts) key=ctrl+4 ;;
  insights) key=ctrl+5 ;;
  trash) key=ctrl+6 ;;
  import) key=ctrl+7 ;;
  settings) key=ctrl+8 ;;
  composer) key="Down ctrl+m" ;;
  brief) key="ctrl+3 b" ;;
  start) key=""; demo="" ;;
  *) echo "screenshot: unknown SCREEN ${SCREEN}" >&2; exit 1 ;;
esac
if [ -n "${KEYS:-}" ]; then key="$KEYS"; fi
if [ "${THEME:-light}" = dark ]; then key="ctrl+shift+t $key"; fi
mkdir -p "$(dirname "$out")"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || {
    echo "screenshot: $tool is missing; apt-get install -y xvfb xauth imagemagick xdotool libgl1-mesa-dri libegl-mesa0 libegl1" >&2
    exit 1
  }
done
cargo build --release --locked --bin dunbar
binary="${CARGO_TARGET_DIR:-target}/release/dunbar"
out_abs="$(realpath -m "$out")"
# A fresh place for eframe's view state and for the start page's empty data folder, so
# one picture never inherits the theme or screen of the one before.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export DUNBAR_DATA_DIR="$scratch/network"
export LIBGL_ALWAYS_SOFTWARE=1
# The inner script runs inside the virtual display.
xvfb-run --auto-servernum --server-args="-screen 0 ${width}x${height}x24" bash -c '
  set -euo pipefail
  out="$1"; key="$2"; binary="$3"; width="$4"; height="$5"; demo="$6"
  "$binary" $demo &
  app=$!
  trap "kill $app 2>/dev/null || true" EXIT
  for _ in $(seq 1 100); do
    if xdotool search --name "Dunbar" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "screenshot: the app exited" >&2; exit 1; fi
    sleep 0.2
  done
  window=$(xdotool search --name "Dunbar" | head -n 1)
  [ -n "$window" ] || { echo "screenshot: no window appeared" >&2; exit 1; }
  xdotool windowsize "$window" "$width" "$height" windowmove "$window" 0 0 || true
  # Let the first frames settle (fonts, layout), then press the keys.
  sleep 2
  xdotool mousemove 1 1
  if [ -n "$key" ]; then
    for k in $key; do
      xdotool windowfocus --sync "$window" key "$k" || xdotool key "$k"
      sleep 0.5
    done
  fi
  sleep 1
  if [ -n "${CLICK_AT:-}" ]; then
    # shellcheck disable=SC2086
    xdotool mousemove $CLICK_AT click 1
    sleep 1
  fi
  import -window root "$out"
' bash "$out_abs" "$key" "$binary" "$width" "$height" "$demo"
echo "screenshot saved to $out"
