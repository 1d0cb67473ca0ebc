#!/usr/bin/env bash
# Rebuilds src/main/bundles/dev.bundle after a change in frontend/ (our web components and theme), so that
# `mvn spring-boot:run` and the tests need no Node on a fresh machine. Commit the new bundle with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
node_folder="$(scripts/node24.sh)"
rm -rf ~/.vaadin/node-v24* 2>/dev/null || true   # a failed Node download leaves a broken folder behind
data="$(mktemp -d)"
port="${PORT:-18080}"
log="target/rebuild-dev-bundle.log"
mkdir -p target
before="$(stat -c %Y src/main/bundles/dev.bundle 2>/dev/null || echo 0)"
mvn -B -q spring-boot:run \
  -Dspring-boot.run.jvmArguments="-Dvaadin.node.folder=$node_folder -Dserver.port=$port -Dkiosk.database.embedded.data-dir=$data/db -Dkiosk.catalog.import-on-startup=false" \
  > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://localhost:$port/"; then break; fi
  sleep 2
done
# the bundle is written while the dev server starts; wait until it is newer than before and settled
for _ in $(seq 1 90); do
  now="$(stat -c %Y src/main/bundles/dev.bundle 2>/dev/null || echo 0)"
  if [ "$now" -gt "$before" ] && ! grep -q "Building" <(tail -n 3 "$log"); then break; fi
  sleep 2
done
ls -la src/main/bundles/dev.bundle
