#!/usr/bin/env bash
# Runs a benchmark harness as a plain Java program on the built product's bundles.
#   releng/org.playbook.benchmarks/run.sh ModelBenchmark [args]
#   xvfb-run -a releng/org.playbook.benchmarks/run.sh org.playbook.calendar.ui.CalendarBenchmark (a display for SWT)
# Build first: ./mvnw -B -DskipTests verify
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/find-jdk.sh"
plugins="$root/releng/org.playbook.product/target/products/org.playbook.product/linux/gtk/x86_64/plugins"
[ -d "$plugins" ] && [ -d "$here/target/classes" ] || { echo "run.sh: build first: ./mvnw -B -DskipTests verify" >&2; exit 1; }
cp="$here/target/classes:$(find "$plugins" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')"
name=${1:?usage: run.sh BenchmarkClass [args]}; shift
# the product's own JVM settings (see ./playbook); BENCH_JVM replaces them, e.g. BENCH_JVM="-Xmx2g -XX:+UseG1GC"
# a harness of another package (one that measures a package's own widget) is named in full
class=$name; [[ $name == *.* ]] || class="org.playbook.benchmarks.$name"
exec "$JAVA_HOME/bin/java" ${BENCH_JVM:--Xmx2g -XX:+UseParallelGC} --enable-native-access=ALL-UNNAMED -cp "$cp" "$class" "$@"
