# A fresh Debian 12 root for end-to-end checks, made with debootstrap (sourced by tests/e2e/*.sh).
#
#   source tests/e2e/fresh_root.sh
#   fresh_root            # $ROOTFS: a minimal bookworm, /proc /sys /dev mounted, DNS copied in
#   in_root CMD...        # run a command inside it, as root
#   (removed with its mounts when the script exits)
#
# Needs root and debootstrap (apt-get install debootstrap).  REFDESK_DEBIAN_MIRROR picks the
# mirror; REFDESK_DEBOOTSTRAP_TARBALL, a tarball made once with `debootstrap --make-tarball`,
# saves the download (the root is still new each run).

ROOTFS=""

_fresh_root_cleanup() {
    [ -n "$ROOTFS" ] || return 0
    for m in dev/pts dev sys proc; do
        umount -l "$ROOTFS/$m" 2>/dev/null || true
    done
    rm -rf --one-file-system "$(dirname "$ROOTFS")"
}

fresh_root() {
    local work mirror=${REFDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    [ "$(id -u)" = 0 ] || { echo "needs root (debootstrap, chroot)" >&2; return 1; }
    command -v debootstrap >/dev/null || { echo "needs debootstrap: apt-get install debootstrap" >&2; return 1; }
    work=$(mktemp -d /var/tmp/refdesk-e2e.XXXXXX)
    ROOTFS="$work/root"
    trap _fresh_root_cleanup EXIT
    local extra=()
    if [ -n "${REFDESK_DEBOOTSTRAP_TARBALL:-}" ] && [ -f "$REFDESK_DEBOOTSTRAP_TARBALL" ]; then
        extra=(--unpack-tarball="$REFDESK_DEBOOTSTRAP_TARBALL")
    fi
    debootstrap --variant=minbase "${extra[@]}" bookworm "$ROOTFS" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; return 1; }
    mount -t proc proc "$ROOTFS/proc"
    mount -t sysfs sys "$ROOTFS/sys"
    mount --bind /dev "$ROOTFS/dev"
    mount --bind /dev/pts "$ROOTFS/dev/pts"
    cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
    echo "deb $mirror bookworm main" > "$ROOTFS/etc/apt/sources.list"
}

in_root() {
    chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
