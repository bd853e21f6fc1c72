#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the team-mode tests.
#
#   .ci/postgres.sh start   install Debian's postgresql if missing, initdb a cluster in a temp
#                           folder, start it on 127.0.0.1 on a free high port, create the role
#                           and database; prints the URL (postgresql://refdesk:…@127.0.0.1:PORT/refdesk_test)
#   .ci/postgres.sh stop    stop that server and delete its folder
#   .ci/postgres.sh url     print the URL of the running server
#
# The state (folder, port) lives in a file keyed by this checkout's path, so two
# checkouts on one machine get two servers.  Settings favour speed over durability
# (fsync off): the data is thrown away.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
KEY=$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
STATE="${REFDESK_PG_STATE:-${TMPDIR:-/tmp}/refdesk-postgres-$KEY.state}"
ROLE=refdesk
PASSWORD=refdesk-test
DBNAME=refdesk_test

log() { echo "postgres.sh: $*" >&2; }

install_if_missing() {
    if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        return
    fi
    if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
        if [ "$(id -u)" != 0 ]; then
            log "PostgreSQL is not installed; run as root, or: apt-get install postgresql"
            exit 1
        fi
        log "installing Debian's postgresql package"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        # Debian's postinst creates and starts a default cluster on port 5432; we do not use it.
        apt-get install -y -qq --no-install-recommends postgresql >&2
    fi
}

bindir() {
    ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
}

# Run a command as the cluster's owner (initdb and postgres refuse to run as root).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

start() {
    if [ -f "$STATE" ]; then
        # shellcheck disable=SC1090
        . "$STATE"
        if [ -d "${PGDIR:-}" ] && as_owner "$(bindir)/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
            echo "$URL"
            return
        fi
        rm -rf "${PGDIR:-/nonexistent}"
    fi
    install_if_missing
    local bin dir port
    bin=$(bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/refdesk-pg.XXXXXX")
    chmod 755 "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$dir"
    fi
    printf '%s\n' "$PASSWORD" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
    # Superuser "postgres" over the socket (trust); everyone else over TCP with a password.
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    local psql=("$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q)
    # CREATEDB: the test fixtures make a fresh database per test from a template.
    as_owner "${psql[@]}" -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
    as_owner "${psql[@]}" -c "CREATE DATABASE $DBNAME OWNER $ROLE" >&2
    URL="postgresql://$ROLE:$PASSWORD@127.0.0.1:$port/$DBNAME"
    printf 'PGDIR=%q\nPORT=%q\nURL=%q\n' "$dir" "$port" "$URL" > "$STATE"
    log "server running on 127.0.0.1:$port (folder $dir)"
    echo "$URL"
}

stop() {
    if [ ! -f "$STATE" ]; then
        log "no server to stop"
        return
    fi
    # shellcheck disable=SC1090
    . "$STATE"
    if [ -d "${PGDIR:-}/data" ]; then
        as_owner "$(bindir)/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "${PGDIR:-/nonexistent}" "$STATE"
    log "server stopped and removed"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) [ -f "$STATE" ] && { . "$STATE"; echo "$URL"; } ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
