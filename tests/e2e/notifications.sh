#!/usr/bin/env bash
# The day's reminder reaches a real desktop notification server (not in the default run).
#
#   bash tests/e2e/notifications.sh [PNG_FOLDER]
#
# Starts a session bus of its own (dbus-daemon --session), a virtual X server (Xvfb), Debian's
# notification server dunst and a tray (trayer) on it, and dbus-monitor watching the bus; fills a
# new data folder with the demo data (`refdesk --data-dir DIR demo`), then opens the window with the
# reminders' clock at 9:00 today (REFDESK_NOW).  It checks that exactly one Notify call reached the
# server, that its summary counts what is due today (counted here from the due lists themselves),
# that a check a few seconds later and a restart of the window notify nothing more, and that
# choosing the notification's action (dunstctl) brings the window to Today.  With PNG_FOLDER, a
# screenshot of the screen with the notification on it is saved there (ImageMagick's `import`).
#
# Needs Debian's dbus-daemon, dbus-monitor, xvfb, dunst, trayer and imagemagick (installed here with
# apt-get when missing and run as root) and the checkout's .venv (`make setup`).  Everything it makes
# is in one temporary folder, removed at the end; the last line says PASS or FAIL (exit 0 or 1).
set -euo pipefail
CHECKOUT=$(cd "$(dirname "$0")/../.." && pwd)
PY="$CHECKOUT/.venv/bin/python"
PNG=${1:-}
say() { echo "notifications: $*"; }

need=()
for tool in dbus-daemon:dbus dbus-monitor:dbus-bin Xvfb:xvfb dunst:dunst dunstctl:dunst trayer:trayer import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { say "missing: ${need[*]} (apt-get install them, or run this as root)" >&2; exit 2; }
    say "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "$PY" ] || { say "no $PY: run make setup first" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/refdesk-notify.XXXXXX")
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export REFDESK_LANG=en REFDESK_LOCALE=en_US QT_QPA_PLATFORM=xcb MPLCONFIGDIR="$WORK/mpl"
unset REFDESK_DATA_DIR REFDESK_DATABASE_URL

# --- a session bus, a screen, a notification server, a tray, a monitor -----------------------------
dbus-daemon --session --fork --address="unix:path=$WORK/bus" --print-pid=1 >"$WORK/bus.pid"
pids+=("$(cat "$WORK/bus.pid")")
export DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/bus"
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1024x640x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$WORK/display")"
say "session bus $DBUS_SESSION_BUS_ADDRESS, display $DISPLAY"
mkdir -p "$XDG_CONFIG_HOME/dunst"
printf '[global]\n    geometry = "520x6-12+12"\n    font = DejaVu Sans 10\n    word_wrap = yes\n[urgency_normal]\n    timeout = 0\n' \
    >"$XDG_CONFIG_HOME/dunst/dunstrc"
dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >"$WORK/dunst.log" 2>&1 &
pids+=($!)
trayer --edge top --align left --widthtype pixel --width 120 --height 28 >"$WORK/trayer.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.Notifications 2>/dev/null | grep -q "true" && break
    sleep 0.1
done
say "notification server: $(dbus-send --session --print-reply --dest=org.freedesktop.Notifications \
    /org/freedesktop/Notifications org.freedesktop.Notifications.GetServerInformation | grep string | tr -s ' \n' ' ')"
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
    >"$WORK/monitor.log" 2>&1 &
pids+=($!)
sleep 0.5

# --- the demo data, and what is due today counted from the due lists --------------------------------
DATA="$WORK/data"
"$PY" -m refdesk --data-dir "$DATA" demo >"$WORK/demo.log"
TODAY=$(date +%F)
export REFDESK_NOW="${TODAY}T09:00"
EXPECTED=$(cd "$CHECKOUT" && "$PY" - "$DATA" "$TODAY" <<'EOF'
import datetime as dt, sys
from refdesk import paths
from refdesk.db.database import open_database
from refdesk.services import due
folder, today = paths.data_dir(sys.argv[1]), dt.date.fromisoformat(sys.argv[2])
handle = open_database(paths.database_url(folder))
counts = {
    "follow_ups": due.follow_ups_due(today).total,
    "thank_yous": sum(1 for t in due.thanks_owed(today, limit=None).items if t.due_date <= today),
    "check_ins": due.check_ins_due(today).total,
    "next_steps": due.next_steps_due(today).total,
    "cadences": sum(1 for s in due.cadence_state(today).values() if s.due_date <= today),
}
handle.close()
print(sum(counts.values()), " ".join(f"{k}={v}" for k, v in counts.items()))
EOF
)
COUNT=${EXPECTED%% *}
say "due today ($TODAY): $EXPECTED"

notify_calls() { grep -c "member=Notify" "$WORK/monitor.log" || true; }
run_window() {  # the window on the demo data, until it has checked (or 40 s)
    (cd "$WORK" && exec "$PY" -m refdesk --data-dir "$DATA") >"$WORK/window.log" 2>&1 &
    WINDOW=$!
    pids+=("$WINDOW")
    for _ in $(seq 400); do
        grep -q "notified: \|reminders are shown in the window only" "$DATA/logs/refdesk.log" 2>/dev/null && break
        [ "$(grep -c 'reminders checked' "$DATA/logs/refdesk.log" 2>/dev/null || true)" -gt "${1:-0}" ] && break
        sleep 0.1
    done
}

# --- 9:00: one digest ---------------------------------------------------------------------------------
run_window 0
sleep 3  # a second check may come: none must notify
FIRST=$(notify_calls)
SUMMARY=$(grep -A5 "member=Notify" "$WORK/monitor.log" | sed -n 5p | sed 's/^ *string "\(.*\)"$/\1/')
say "Notify calls: $FIRST; summary: \"$SUMMARY\""
grep -A14 "member=Notify" "$WORK/monitor.log" | sed 's/^/    /' | head -n 24
if [ -n "$PNG" ]; then
    mkdir -p "$PNG"
    import -window root "$PNG/notification.png" && say "screenshot: $PNG/notification.png"
fi

# --- choosing the notification's action brings the window to Today ----------------------------------
dunstctl action 0 >/dev/null 2>&1 || true
for _ in $(seq 50); do grep -q "notification action" "$DATA/logs/refdesk.log" && break; sleep 0.1; done
ACTION=$(grep -o "notification action .*" "$DATA/logs/refdesk.log" | tail -n1 || true)
say "after dunstctl action: ${ACTION:-nothing}"

# --- a restart the same morning: nothing more -----------------------------------------------------
kill -TERM "$WINDOW"
wait "$WINDOW" 2>/dev/null || true
CHECKS=$(grep -c "reminders checked" "$DATA/logs/refdesk.log" || true)
run_window "$CHECKS"
sleep 3
AFTER=$(notify_calls)
kill -TERM "$WINDOW"
wait "$WINDOW" 2>/dev/null || true
say "Notify calls after a restart: $AFTER"

status=PASS
[ "$FIRST" = 1 ] || { say "expected exactly one Notify call, saw $FIRST"; status=FAIL; }
[ "$AFTER" = 1 ] || { say "the restart notified again ($AFTER calls in all)"; status=FAIL; }
case "$SUMMARY" in
    "$COUNT thing due today" | "$COUNT things due today") ;;
    *) say "expected the summary to count $COUNT things due today"; status=FAIL ;;
esac
case "$ACTION" in *today*) ;; *) say "the notification's action did not open Today"; status=FAIL ;; esac
echo "notifications: $status (one digest of $COUNT due today; Notify calls: $FIRST, after a restart: $AFTER)"
[ "$status" = PASS ]
