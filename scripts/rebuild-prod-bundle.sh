#!/usr/bin/env bash
# Rebuilds src/main/bundles/prod.bundle after a change in frontend/, so that the production jar builds without Node.
# From nothing: the Vaadin plugin starts from the bundle it finds and adds the new hashed chunks beside the old ones,
# so a bundle rebuilt in place carries every earlier build (it had grown to 5.3 MB, 12 copies of the entry chunk;
# built from nothing it is 1.1 MB). Commit the new bundle with the change; package.json stays as committed.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
node_folder="$(scripts/node24.sh)"
rm -f src/main/bundles/prod.bundle
mvn -B -q clean -Pproduction package -DskipTests -Ddvc.node.folder="$node_folder"
git checkout -- package.json 2>/dev/null || true
ls -la src/main/bundles/prod.bundle
