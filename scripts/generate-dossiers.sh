#!/usr/bin/env bash
# Writes N synthetic dossiers (default 5,000,000; codes GEN-1 … GEN-N) over the 34 provinces' communes, every catalog
# procedure and three years, with their dashboard aggregates (DossierGenerator, bulk SQL).
#   scripts/generate-dossiers.sh [N]
# Into SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME / _PASSWORD) when set, else into the demo's own
# embedded database in ./data (stop `mvn spring-boot:run` first). Running it again with the same N does nothing.
# Needs about 1.5 GB of disk per million dossiers.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5000000}"
embedded=()
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  embedded=(-Dkiosk.database.embedded.data-dir=./data/mariadb -Dkiosk.database.embedded.base-dir=./data/mariadb-server)
fi
mvn -B test -Dgroups=generator -Dexcluded.groups=none -Dtest=GenerateDossiers \
  -Dsurefire.failIfNoSpecifiedTests=false -Ddashboard.dossiers="$n" "${embedded[@]}"
