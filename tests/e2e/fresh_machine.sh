#!/usr/bin/env bash
# The test suite on a fresh Debian 12, with only what the README asks for (not in the default run).
#
#   sudo bash tests/e2e/fresh_machine.sh [WORKDIR]
#
# Builds a minimal Debian 12 (bookworm) root with debootstrap in WORKDIR (default: a new folder
# under /var/tmp), installs the Debian packages the README's Quick start names, clones this checkout
# (its committed HEAD) and runs `make test` twice: as root in /root/refdesk, and as a new user in
# /home/alice/refdesk.  Then it checks that neither run left anything in the root's /tmp.  The last
# lines it prints are one summary line per run; it exits 0 only when both passed and /tmp stayed clean.
#
# Needs root (debootstrap, chroot, mount), Debian's mirror and the Python package index.
# DEBIAN_MIRROR overrides the mirror; KEEP=1 keeps WORKDIR afterwards (it holds two venvs, ~1.5 GB).
set -euo pipefail
CHECKOUT=$(cd "$(dirname "$0")/../.." && pwd)
[ "$(id -u)" = 0 ] || { echo "fresh_machine.sh: run it as root (debootstrap and chroot need it)" >&2; exit 2; }
WORK=${1:-$(mktemp -d /var/tmp/refdesk-fresh.XXXXXX)}
ROOTFS="$WORK/root"
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
LOG="$WORK/log"
mkdir -p "$WORK" "$LOG"
say() { echo "fresh_machine: $*" >&2; }

if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    if [ "${KEEP:-0}" != 1 ]; then rm -rf "$WORK"; else say "kept $WORK"; fi
}
trap cleanup EXIT

# --- a minimal Debian 12 ------------------------------------------------------------------------
start=$(date +%s)
if [ ! -x "$ROOTFS/usr/bin/apt-get" ]; then
    say "debootstrap bookworm into $ROOTFS (log: $LOG/debootstrap.log)"
    debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >"$LOG/debootstrap.log" 2>&1 \
        || { tail -20 "$LOG/debootstrap.log" >&2; exit 1; }
fi
say "root built in $(($(date +%s) - start)) s: $(du -sh "$ROOTFS" | cut -f1)"

for what in proc sys dev dev/pts; do
    mkdir -p "$ROOTFS/$what"
    case $what in
        proc) mount -t proc proc "$ROOTFS/proc" ;;
        sys) mount -t sysfs sysfs "$ROOTFS/sys" ;;
        dev) mount --bind /dev "$ROOTFS/dev" ;;
        dev/pts) mount -t devpts devpts "$ROOTFS/dev/pts" ;;
    esac
    mounted+=("$ROOTFS/$what")
done
# This machine's network settings (name server, and a certificate bundle when the network needs its
# own authority): configuration, not packages.
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
ca_env=()
for name in PIP_CERT SSL_CERT_FILE REQUESTS_CA_BUNDLE; do
    bundle=${!name:-}
    if [ -n "$bundle" ] && [ -f "$bundle" ]; then
        mkdir -p "$ROOTFS$(dirname "$bundle")"
        cp "$bundle" "$ROOTFS/refdesk-host-ca.crt"
        ca_env+=("$name=/refdesk-host-ca.crt")
    fi
done

in_root() { chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    "${ca_env[@]}" "$@"; }

# --- only the README's packages ------------------------------------------------------------------
packages=$(sed -n 's/.*\*\*Debian \/ Ubuntu\*\*: `\(sudo \)\{0,1\}apt-get install \([^`]*\)`.*/\2/p' "$CHECKOUT/README.md")
[ -n "$packages" ] || { say "the README names no Debian packages (line '**Debian / Ubuntu**: \`apt-get install …\`')"; exit 1; }
say "installing the README's packages: $packages"
in_root apt-get update -qq >"$LOG/apt.log" 2>&1
# shellcheck disable=SC2086
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >>"$LOG/apt.log" 2>&1 \
    || { tail -20 "$LOG/apt.log" >&2; exit 1; }

# --- the checkout, cloned as a user would ----------------------------------------------------------
rm -rf "$ROOTFS/root/refdesk" "$ROOTFS/home/alice"
git clone -q --no-hardlinks "$CHECKOUT" "$ROOTFS/root/refdesk"
in_root sh -c 'id alice >/dev/null 2>&1 || useradd -m -s /bin/bash alice'
git clone -q --no-hardlinks "$CHECKOUT" "$ROOTFS/home/alice/refdesk"
in_root chown -R alice:alice /home/alice/refdesk
rm -rf "${ROOTFS:?}"/tmp/* "$ROOTFS"/tmp/.[!.]* 2>/dev/null || true  # a fresh machine's /tmp is empty

run_make_test() {  # WHO DIR
    local who=$1 dir=$2 out="$LOG/make-test-$1.log" rc=0 started
    started=$(date +%s)
    say "make test as $who in $dir (log: $out)"
    if [ "$who" = root ]; then
        in_root sh -c "cd $dir && make test" >"$out" 2>&1 || rc=$?
    else
        in_root runuser -u "$who" -- env HOME="/home/$who" sh -c "cd $dir && make test" >"$out" 2>&1 || rc=$?
    fi
    summary=$(grep -E '^=+ .*(passed|failed|error).* =+$' "$out" | tail -n 1)
    [ -n "$summary" ] || summary="(no pytest summary) $(tail -n 1 "$out")"
    echo "$who in $dir: exit $rc, $(($(date +%s) - started)) s: $summary" >>"$LOG/summary"
    return "$rc"
}

: >"$LOG/summary"
status=0
run_make_test root /root/refdesk || status=1
run_make_test alice /home/alice/refdesk || status=1
# pytest keeps its own temporary folders (/tmp/pytest-of-USER, the last three runs); nothing else may stay.
left=$(ls -A "$ROOTFS/tmp" | grep -v '^pytest-of-' || true)
echo "left in /tmp by the two runs, besides pytest's own pytest-of-USER: $(printf '%s' "$left" | grep -c . || true) entries $(printf '%s' "$left" | head -5 | tr '\n' ' ')" >>"$LOG/summary"
[ -z "$left" ] || status=1
for who in root alice; do
    grep -E '^(FAILED|ERROR) ' "$LOG/make-test-$who.log" | head -20 | sed "s/^/$who: /" >&2 || true
done
cat "$LOG/summary"
exit "$status"
