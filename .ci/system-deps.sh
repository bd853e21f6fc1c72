#!/usr/bin/env bash
# Install the Debian/Ubuntu packages RefDesk needs, and only those that are missing.
#   venv       python3-venv (Debian's python3 cannot make a venv without it)
#   offscreen  the libraries Qt needs to run without a screen (tests)
#   desktop    offscreen + the X11/xcb libraries for a real window
# On other systems (macOS, Windows, other Linux) it does nothing: see README.
set -euo pipefail
what=${1:-offscreen}

command -v dpkg-query >/dev/null 2>&1 || exit 0
command -v apt-get >/dev/null 2>&1 || exit 0

want=()
case "$what" in
  venv)
    python3 -c 'import ensurepip' >/dev/null 2>&1 || want+=(python3-venv)
    ;;
  offscreen|desktop)
    want+=(libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libx11-6 fonts-dejavu-core)
    if [ "$what" = desktop ]; then
      want+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render0 libxcb-render-util0
             libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0)
    fi
    ;;
  *) echo "usage: $0 venv|offscreen|desktop" >&2; exit 2 ;;
esac

missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "RefDesk needs these system packages: ${missing[*]}" >&2
    echo "Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
