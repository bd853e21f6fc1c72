#!/usr/bin/env bash
# The Debian package in a fresh Debian 12: install it with apt-get, start RefDesk under Xvfb,
# take a screenshot, remove it with apt-get, and show the user's data folder untouched.
#
#   make deb && sudo bash tests/e2e/deb_fresh.sh [dist/refdesk_VERSION_amd64.deb]
#
# Not part of the test run (it needs root, debootstrap and Debian's mirror, and takes minutes).
# Writes build/e2e/deb_fresh.log and build/e2e/deb_fresh.png; exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=${1:-$(ls -t dist/refdesk_*_amd64.deb 2>/dev/null | head -1)}
[ -f "$DEB" ] || { echo "no package: run make deb first" >&2; exit 2; }
OUT=build/e2e
mkdir -p "$OUT"
exec > >(tee "$OUT/deb_fresh.log") 2>&1
# shellcheck source=tests/e2e/fresh_root.sh
source tests/e2e/fresh_root.sh

step() { echo; echo "== $*"; }
as_owner() { in_root runuser -u owner -- /usr/bin/env HOME=/home/owner LANG=C.UTF-8 "$@"; }
data_listing() { in_root sh -c 'cd /home/owner/.local/share/RefDesk && find . -type f | sort | xargs sha256sum'; }

step "a fresh Debian 12 root (debootstrap, minbase)"
fresh_root
in_root cat /etc/debian_version
in_root useradd -m owner

step "apt-get install ./$(basename "$DEB")"
cp "$DEB" "$ROOTFS/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$DEB")" >"$OUT/apt-install.log"
tail -3 "$OUT/apt-install.log"
in_root dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KB\n' refdesk
in_root sh -c 'command -v refdesk; refdesk --version'
in_root ls /usr/share/applications/refdesk.desktop /usr/share/icons/hicolor/256x256/apps/refdesk.png \
    /usr/share/icons/hicolor/scalable/apps/refdesk.svg /usr/share/man/man1/refdesk.1.gz
in_root grep -E '^(Exec|TryExec|Icon)=' /usr/share/applications/refdesk.desktop
# As the bundle's loader sees them (it puts /opt/refdesk/_internal on the library path).
missing=$(in_root sh -c "find /opt/refdesk -name '*.so*' -type f -exec env LD_LIBRARY_PATH=/opt/refdesk/_internal ldd {} + 2>/dev/null | grep 'not found' | sort -u" || true)
echo "libraries not found: ${missing:-none}"
[ -z "$missing" ]

step "the owner's data: demo partners and referrals in ~/.local/share/RefDesk"
as_owner refdesk demo --partners 40 --referrals 200
as_owner refdesk info | head -4

step "RefDesk starts under Xvfb; a screenshot"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth x11-apps x11-utils xdotool >/dev/null
as_owner sh -c '
    Xvfb :7 -screen 0 1280x800x24 -nolisten tcp >/tmp/xvfb.log 2>&1 & xvfb=$!
    sleep 1
    export DISPLAY=:7
    refdesk >/tmp/refdesk.log 2>&1 & app=$!
    timeout 60 xdotool search --sync --onlyvisible --name "^RefDesk\$" >/tmp/window
    sleep 4   # the first page paints, the Today lists fill, the first start offers its tour
    xwd -root -silent >/tmp/shot.xwd
    # Without a window manager the root image shows other windows (the tour) black: take each
    # on its own, with its position, to lay over the screen.
    for id in $(xdotool search --onlyvisible --name "^RefDesk"); do
        [ "$id" = "$(head -1 /tmp/window)" ] && continue
        at=$(xwininfo -id "$id" | awk "/Absolute upper-left X/{x=\$4} /Absolute upper-left Y/{y=\$4} END{print \"+\" x \"+\" y}")
        xwd -id "$id" -silent >"/tmp/over$at.xwd"
        echo "also on screen: $(xdotool getwindowname "$id") at $at"
    done
    xdotool mousemove 20 8 click 1 sleep 1 key q   # File → Quit, as a user would
    for i in $(seq 1 50); do kill -0 $app 2>/dev/null || break; sleep 0.2; done
    kill -0 $app 2>/dev/null && { echo "RefDesk did not quit from File → Quit"; kill $app; }
    wait $app; echo "RefDesk exited with $?"
    kill $xvfb
'
layers=()
for over in "$ROOTFS"/tmp/over+*.xwd; do
    [ -e "$over" ] || continue
    at=${over##*/over}; at=${at%.xwd}
    layers+=("$over" -geometry "$at" -composite)
done
convert "$ROOTFS/tmp/shot.xwd" "${layers[@]}" "$OUT/deb_fresh.png"
echo "screenshot: $OUT/deb_fresh.png"
before=$(data_listing)
echo "$before" | sed 's/^\(.\{16\}\)[0-9a-f]*/\1…/'

step "apt-get remove refdesk"
in_root apt-get remove -y -qq refdesk >/dev/null
in_root sh -c '! dpkg-query -W -f="\${Status}\n" refdesk 2>/dev/null | grep -q "install ok installed"'
for gone in /opt/refdesk /usr/bin/refdesk /usr/share/applications/refdesk.desktop /usr/share/man/man1/refdesk.1.gz; do
    if in_root test -e "$gone"; then echo "still there: $gone"; exit 1; fi
done
echo "removed: /opt/refdesk, /usr/bin/refdesk, the menu entry, the icons, the man page"

step "the owner's data folder is untouched"
after=$(data_listing)
[ "$before" = "$after" ] && echo "same $(echo "$after" | wc -l) files, same contents (sha256)"
[ "$before" = "$after" ]
echo; echo "deb_fresh: all passed"
