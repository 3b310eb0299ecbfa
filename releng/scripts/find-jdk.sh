# Sourced by ./mvnw and ./playbook: sets JAVA_HOME to a JDK 21 or newer.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest under /usr/lib/jvm.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/{print $2}' | cut -d. -f1
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  JAVA_HOME=""
  best=0
  for jdk in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$jdk/bin/javac" ] || continue
    v=$(java_major "$jdk"); v=${v:-0}
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best" ]; then JAVA_HOME=$jdk; best=$v; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "playbook: no JDK 21 or newer was found; install one (e.g. openjdk-21-jdk) or set JAVA_HOME to it" >&2
    exit 1
  fi
fi
export JAVA_HOME
