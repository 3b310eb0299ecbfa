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
# TeamBenchmark --http starts a git server on loopback: the tests' server bundle and the jars
# it needs beyond the product (JGit's HTTP server, Jetty's servlet layer), at the target's
# versions, from the local Maven repository the build filled
servers="$root/bundles/org.playbook.tests.gitservers/target/classes"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
for jar in "$m2/org/eclipse/jgit/org.eclipse.jgit.http.server/7.5.0.202512021534-r/org.eclipse.jgit.http.server-7.5.0.202512021534-r.jar" \
           "$m2/org/eclipse/jetty/ee10/jetty-ee10-servlet/12.1.4/jetty-ee10-servlet-12.1.4.jar" \
           "$m2/jakarta/servlet/jakarta.servlet-api/6.0.0/jakarta.servlet-api-6.0.0.jar"; do
  [ -f "$jar" ] && servers="$servers:$jar"
done
cp="$cp:$servers"
name=${1:?usage: run.sh BenchmarkClass [args]}; shift
# the product's workbench's own JVM settings (see ./playbook), its vector module included;
# BENCH_JVM replaces them, e.g. BENCH_JVM="-Xmx2g -XX:+UseG1GC" (Lucene's vectors in plain Java)
# a harness of another package (one that measures a package's own widget) is named in full
class=$name; [[ $name == *.* ]] || class="org.playbook.benchmarks.$name"
exec "$JAVA_HOME/bin/java" ${BENCH_JVM:--Xmx2g -XX:+UseParallelGC --add-modules jdk.incubator.vector} --enable-native-access=ALL-UNNAMED -cp "$cp" "$class" "$@"
