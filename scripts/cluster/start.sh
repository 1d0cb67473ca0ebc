#!/usr/bin/env bash
# Starts, on this one machine, a province for testing: a 3-node MariaDB Galera cluster on 127.0.0.1 (ports 3311-3313),
# two app nodes from the same jar (8091, 8092) pointed at it, and HAProxy in front with sticky sessions (8090); the
# app nodes reach the cluster through HAProxy too (3310: one writing node at a time, see common.sh).
#   scripts/cluster/start.sh            # everything (builds the jar first if target/ has none)
#   scripts/cluster/start.sh db N       # (re)start Galera node N (1-3), joining the running cluster
#   scripts/cluster/start.sh app N      # (re)start app node N (1-2)
# Data, configs and logs: target/cluster/ (CLUSTER_DIR). Stop everything with scripts/cluster/stop.sh.
# Needs root or sudo once for the Debian packages (installed when missing).
set -euo pipefail
source "$(dirname "$0")/common.sh"

install_packages() {
  local missing=()
  command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
  [[ -f /usr/lib/galera/libgalera_smm.so ]] || missing+=(galera-4)
  command -v mariabackup >/dev/null || missing+=(mariadb-backup)
  command -v haproxy >/dev/null || [[ -x /usr/sbin/haproxy ]] || missing+=(haproxy)
  command -v socat >/dev/null || missing+=(socat)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    echo "== installing ${missing[*]}"
    # the packages must not start Debian's own MariaDB or HAProxy service: this cluster runs its own processes
    local sudo=; [[ $EUID -ne 0 ]] && sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y "${missing[@]}"
  fi
}

write_db_config() {
  local n=$1 i=$(($1 - 1)) dir
  dir="$(db_dir "$n")"
  mkdir -p "$dir/data" "$dir/tmp"
  cat > "$dir/my.cnf" <<CNF
[mariadbd]
user = $(id -un)
datadir = $dir/data
tmpdir = $dir/tmp
socket = $dir/mysqld.sock
pid-file = $dir/mysqld.pid
log-error = $dir/error.log
port = ${DB_PORTS[$i]}
bind-address = 127.0.0.1
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_uca1400_vietnamese_as_ci
innodb_buffer_pool_size = 128M
innodb_log_file_size = 64M
max_connections = 200
# Galera
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
wsrep_on = ON
wsrep_provider = /usr/lib/galera/libgalera_smm.so
wsrep_cluster_name = dvc-province-test
wsrep_cluster_address = $(gcomm)
wsrep_node_name = db$n
wsrep_node_address = 127.0.0.1:${GALERA_PORTS[$i]}
wsrep_provider_options = "base_port=${GALERA_PORTS[$i]};ist.recv_addr=127.0.0.1:${IST_PORTS[$i]};gcache.size=128M"
wsrep_sst_method = mariabackup
wsrep_sst_receive_address = 127.0.0.1:${SST_PORTS[$i]}
# the donor's mariabackup signs in as root through the socket (unix_socket authentication)
wsrep_sst_auth = root:
[sst]
sockopt = ",reuseaddr"
[mariadb-backup]
socket = $dir/mysqld.sock
CNF
}

start_db() { # n [bootstrap]
  local n=$1 bootstrap=${2:-} dir
  dir="$(db_dir "$n")"
  if alive "$dir/mysqld.pid"; then echo "== db$n already running"; return; fi
  write_db_config "$n"
  local args=(--defaults-file="$dir/my.cnf")
  if [[ -n $bootstrap ]]; then
    if [[ ! -d "$dir/data/mysql" ]]; then
      echo "== db$n: new data directory"
      mariadb-install-db --defaults-file="$dir/my.cnf" --auth-root-authentication-method=socket \
        --skip-test-db > "$dir/install.log" 2>&1
    fi
    # a cleanly stopped node may bootstrap again
    [[ -f "$dir/data/grastate.dat" ]] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/data/grastate.dat"
    args+=(--wsrep-new-cluster)
  fi
  echo "== db$n: starting on port ${DB_PORTS[$((n - 1))]}${bootstrap:+ (bootstrapping the cluster)}"
  nohup mariadbd "${args[@]}" > "$dir/console.log" 2>&1 &
  wait_for "db$n synced (log: $dir/error.log)" 180 db_synced "$n"
  echo "   db$n synced, cluster size $(db "$n" -N -e "show status like 'wsrep_cluster_size'" | awk '{print $2}')"
}

create_database() {
  db 1 -e "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
    -- HAProxy's health check signs in as this user (no password, no privileges)
    CREATE USER IF NOT EXISTS 'haproxy_check'@'127.0.0.1';"
}

start_app() {
  local n=$1 dir port
  dir="$(app_dir "$n")"
  port=${APP_PORTS[$((n - 1))]}
  mkdir -p "$dir"
  if alive "$dir/app.pid"; then echo "== app$n already running"; return; fi
  [[ -n "$JAR" && -f "$JAR" ]] || { echo "!! no jar: build it (README, Production jar)" >&2; exit 1; }
  # `mvn verify` leaves a development-mode jar at the same path, which cannot start without the sources' frontend
  unzip -p "$JAR" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true' || {
    echo "!! $JAR is not a production build: JAVA_HOME=<JDK 21+> mvn -Pproduction package -DskipTests" >&2; exit 1; }
  echo "== app$n: starting on port $port ($(jdbc_url "$n"))"
  (
    cd "$dir"
    SERVER_PORT=$port \
    SPRING_DATASOURCE_URL="$(jdbc_url "$n")" \
    SPRING_DATASOURCE_USERNAME="$DB_USER" \
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    KIOSK_PAYMENT_SANDBOX_ENABLED=false \
    KIOSK_VNPAY_TMN_CODE="$VNPAY_TMN_CODE" \
    KIOSK_VNPAY_HASH_SECRET="$VNPAY_HASH_SECRET" \
    KIOSK_VNPAY_API_URL="${KIOSK_VNPAY_API_URL:-http://127.0.0.1:9/merchant_webapi/api/transaction}" \
    KIOSK_VNPAY_RETURN_URL="http://127.0.0.1:$PROXY_PORT/thanh-toan/ket-qua" \
    KIOSK_LOAD_TEST_ENABLED="${KIOSK_LOAD_TEST_ENABLED:-false}" \
    nohup nice -n 5 "$JAVA" -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" > "$dir/app.log" 2>&1 &
    echo $! > "$dir/app.pid"
  )
  wait_for "app$n up (log: $dir/app.log)" 240 app_up "$n"
  echo "   app$n up"
}

write_proxy_config() {
  mkdir -p "$CLUSTER_DIR/proxy"
  {
    cat <<CFG
global
    maxconn 2000
    pidfile $CLUSTER_DIR/proxy/haproxy.pid

defaults
    mode http
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    # Vaadin's push channel (a WebSocket) stays open
    timeout tunnel 1h
    # a request to a node that just died goes to the other one
    option redispatch
    retries 2

frontend residents
    bind 127.0.0.1:$PROXY_PORT
    default_backend app_nodes

backend app_nodes
    balance roundrobin
    # sticky: a resident's Vaadin session lives in one app node's memory
    cookie DVCNODE insert indirect nocache httponly
    option httpchk GET /actuator/health
    http-check expect status 200
CFG
    local i
    for i in "${!APP_PORTS[@]}"; do
      echo "    server app$((i + 1)) 127.0.0.1:${APP_PORTS[$i]} check inter 1s fall 2 rise 2 cookie app$((i + 1))"
    done
    cat <<CFG

# the app nodes' way to the database: one writer at a time. Every connection goes to the node the one-entry stick
# table names (db1 at first); only when that node fails is another chosen (the first one up) and remembered. A node
# that comes back takes no connections until the writer fails in turn: no failback, so never two writers and no
# connections cut when a node returns.
listen galera_writer
    bind 127.0.0.1:$DB_PROXY_PORT
    mode tcp
    option tcpka
    timeout client 1h
    timeout server 1h
    balance first
    stick-table type integer size 1
    stick on int(1)
    option mysql-check user haproxy_check post-41
CFG
    for i in "${!DB_PORTS[@]}"; do
      echo "    server db$((i + 1)) 127.0.0.1:${DB_PORTS[$i]} check inter 1s fall 2 rise 3 on-marked-down shutdown-sessions"
    done
  } > "$CLUSTER_DIR/proxy/haproxy.cfg"
}

start_proxy() {
  if alive "$CLUSTER_DIR/proxy/haproxy.pid"; then echo "== proxy already running"; return; fi
  write_proxy_config
  haproxy -c -q -f "$CLUSTER_DIR/proxy/haproxy.cfg"
  echo "== proxy: http://127.0.0.1:$PROXY_PORT/ (sticky cookie DVCNODE)"
  haproxy -D -f "$CLUSTER_DIR/proxy/haproxy.cfg" > "$CLUSTER_DIR/proxy/haproxy.log" 2>&1
}

case "${1:-all}" in
  db) start_db "$2" ;;
  app) start_app "$2" ;;
  proxy) start_proxy ;;
  all)
    install_packages
    mkdir -p "$CLUSTER_DIR"
    if [[ -z "$JAR" ]]; then
      echo "== building the jar"
      (cd "$REPO" && JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} mvn -q -Pproduction package -DskipTests)
      JAR="$(ls "$REPO"/target/dvc-kiosk-*.jar | grep -v original | head -1)"
    fi
    start=$SECONDS
    start_db 1 bootstrap
    create_database
    start_db 2
    start_db 3
    echo "   Galera cluster of 3 in $((SECONDS - start)) s"
    start_proxy
    # one app node first: Flyway's migration lock (GET_LOCK) is per DB node, not cluster-wide
    start_app 1
    start_app 2
    echo "== province up in $((SECONDS - start)) s: http://127.0.0.1:$PROXY_PORT/"
    ;;
  *) echo "usage: $0 [all|db N|app N|proxy]" >&2; exit 2 ;;
esac
