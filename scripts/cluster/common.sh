# Shared settings of the province test cluster (sourced by start.sh, stop.sh, kill-test.sh). Every value can be set
# in the environment. Everything the scripts start lives under $CLUSTER_DIR (data, configs, logs, pid files).
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER_DIR="${CLUSTER_DIR:-$REPO/target/cluster}"
DB_PORTS=(${DB_PORTS:-3311 3312 3313})          # MariaDB clients
GALERA_PORTS=(${GALERA_PORTS:-4567 4577 4587})  # group communication
IST_PORTS=(${IST_PORTS:-4568 4578 4588})        # incremental state transfer
SST_PORTS=(${SST_PORTS:-4444 4454 4464})        # full state transfer (mariabackup)
APP_PORTS=(${APP_PORTS:-8091 8092})
PROXY_PORT="${PROXY_PORT:-8090}"
DB_PROXY_PORT="${DB_PROXY_PORT:-3310}"          # HAProxy's single-writer entrance to the cluster
DB_NAME="${DB_NAME:-dvc_kiosk}"
DB_USER="${DB_USER:-dvc}"
DB_PASSWORD="${DB_PASSWORD:-dvc-cluster-test}"
# the test terminal's VNPay secret: the kill test signs its IPNs with it (a test value, not a real terminal's)
VNPAY_TMN_CODE="${VNPAY_TMN_CODE:-DVCLOAD1}"
VNPAY_HASH_SECRET="${VNPAY_HASH_SECRET:-province-kill-test-secret}"
# empty when there is no jar yet (a fresh clone): start.sh builds one; `|| true` because pipefail would end the script
JAR="${JAR:-$(ls "$REPO"/target/dvc-kiosk-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
JAVA="${JAVA:-$( [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}"

gcomm() {
  local IFS=,
  local addresses=()
  for p in "${GALERA_PORTS[@]}"; do addresses+=("127.0.0.1:$p"); done
  echo "gcomm://${addresses[*]}"
}

db_dir() { echo "$CLUSTER_DIR/db$1"; }
app_dir() { echo "$CLUSTER_DIR/app$1"; }

# mariadb client on node n (1-based) as root through its socket
db() { local n=$1; shift; mariadb --socket="$(db_dir "$n")/mysqld.sock" -uroot "$@"; }

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# WRITERS=single (default): every app node goes through HAProxy's database entrance (port 3310), which sends all
# connections to one node (db1 at first) and moves them to the next node up only when that one fails, with no
# failback (start.sh, listen galera_writer): the cluster never has two writers, so the hot row (the day's dossier
# code counter) does not conflict between nodes. WRITERS=multi: app node n connects to db n directly (then the
# others, JDBC "sequential"), so two DB nodes take writes at once (certification conflicts, retried).
WRITERS="${WRITERS:-single}"
jdbc_url() {
  local n=$1 i hosts=()
  local count=${#DB_PORTS[@]}
  if [[ $WRITERS != multi ]]; then
    echo "jdbc:mariadb://127.0.0.1:$DB_PROXY_PORT/$DB_NAME?connectTimeout=3000&socketTimeout=30000"
    return
  fi
  for ((i = 0; i < count; i++)); do
    hosts+=("127.0.0.1:${DB_PORTS[$(( (n - 1 + i) % count ))]}")
  done
  local IFS=,
  echo "jdbc:mariadb:sequential://${hosts[*]}/$DB_NAME?connectTimeout=3000&socketTimeout=30000"
}

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2; shift 2
  local until=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= until)); then echo "!! $what: not after ${seconds}s" >&2; return 1; fi
    sleep 1
  done
}

db_synced() { [[ "$(db "$1" -N -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')" == Synced ]]; }
app_up() { curl -fsS "http://127.0.0.1:${APP_PORTS[$(($1 - 1))]}/actuator/health" | grep -q '"UP"'; }
