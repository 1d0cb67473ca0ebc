#!/usr/bin/env bash
# Stops what scripts/cluster/start.sh started (proxy, app nodes, Galera nodes), by their pid files only.
#   scripts/cluster/stop.sh             # everything, data kept in target/cluster/
#   scripts/cluster/stop.sh --purge     # and deletes target/cluster/
#   scripts/cluster/stop.sh db N | app N   # one node (a clean stop; kill-test.sh kills with SIGKILL instead)
set -euo pipefail
source "$(dirname "$0")/common.sh"

stop_pid() { # name pidfile
  local name=$1 pidfile=$2 pid
  alive "$pidfile" || return 0
  pid=$(cat "$pidfile")
  echo "== stopping $name ($pid)"
  kill "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$pidfile"
}

case "${1:-all}" in
  db) stop_pid "db$2" "$(db_dir "$2")/mysqld.pid" ;;
  app) stop_pid "app$2" "$(app_dir "$2")/app.pid" ;;
  all|--purge)
    stop_pid proxy "$CLUSTER_DIR/proxy/haproxy.pid"
    for n in $(seq ${#APP_PORTS[@]}); do stop_pid "app$n" "$(app_dir "$n")/app.pid"; done
    # the last one stopped is the one to bootstrap from next time
    for n in 3 2 1; do stop_pid "db$n" "$(db_dir "$n")/mysqld.pid"; done
    if [[ "${1:-}" == --purge ]]; then rm -rf "$CLUSTER_DIR"; echo "== $CLUSTER_DIR deleted"; fi
    ;;
  *) echo "usage: $0 [all|--purge|db N|app N]" >&2; exit 2 ;;
esac
