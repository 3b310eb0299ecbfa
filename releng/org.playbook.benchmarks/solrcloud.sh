#!/usr/bin/env bash
# Starts a SolrCloud of two nodes on loopback for SolrBenchmark (the first on port 8983, or
# the one given), with the same Solr the tests use (solr-test-framework's MiniSolrCloudCluster).
#   releng/org.playbook.benchmarks/solrcloud.sh [port] &
# Build first: ./mvnw -B -DskipTests verify
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/find-jdk.sh"
tests="$root/releng/org.playbook.product.tests"
[ -d "$tests/target/test-classes" ] || { echo "solrcloud.sh: build first: ./mvnw -B -DskipTests verify" >&2; exit 1; }
(cd "$tests" && "$root/mvnw" -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/solr.classpath)
exec "$JAVA_HOME/bin/java" -Xmx6g -cp "$tests/target/test-classes:$(cat "$tests/target/solr.classpath")" \
  -Dplaybook.test.output="$tests/target/benchmark-output" org.playbook.product.tests.LibraryCluster "${1:-8983}"
