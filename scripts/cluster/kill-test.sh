#!/usr/bin/env bash
# The province kill test: starts the province (start.sh) with the load-test filing endpoint on, then residents file
# dossiers and pay fees through the proxy while one Galera node and then one app node are killed (SIGKILL) and
# brought back; then every DB node is checked (kill_test.py). Prints dossiers filed, errors seen, time to recover.
#   scripts/cluster/kill-test.sh [--residents 6] [--phase 30]      (about 5 x phase seconds + start-up)
# Leaves the province running for a look; scripts/cluster/stop.sh stops it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
if alive "$(app_dir 1)/app.pid" && ! grep -q "LOAD TEST ENDPOINT ON" "$(app_dir 1)/app.log"; then
  echo "!! the province runs without the load-test endpoint: scripts/cluster/stop.sh first" >&2; exit 1
fi
# exported: the test restarts an app node itself (start.sh app N), which must have the endpoint too
export KIOSK_LOAD_TEST_ENABLED=true
"$(dirname "$0")/start.sh"
exec python3 "$(dirname "$0")/kill_test.py" --proxy "http://127.0.0.1:$PROXY_PORT" --cluster-dir "$CLUSTER_DIR" \
  --db "$DB_NAME" --db-proxy-port "$DB_PROXY_PORT" --db-user "$DB_USER" --db-password "$DB_PASSWORD" --tmn-code "$VNPAY_TMN_CODE" --secret "$VNPAY_HASH_SECRET" "$@"
