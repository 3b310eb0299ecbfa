#!/usr/bin/env bash
# Installs the example plugin (features/org.playbook.examples.feature) from the update site
# into a copy of the materialized product with the product's own p2 director, as an agency
# installs its plugins, then checks that the installed product runs the example's audit rule
# and offers nothing it did not offer before. Run after ./mvnw -B verify; CI runs it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/find-jdk.sh"
product="$root/releng/org.playbook.product/target/products/org.playbook.product/linux/gtk/x86_64"
site="$root/releng/org.playbook.updatesite/target/repository"
[ -d "$product/plugins" ] && [ -f "$site/content.jar" -o -f "$site/content.xml" ] \
  || { echo "test-install-example: build first: ./mvnw -B verify" >&2; exit 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$product" "$work/playbook"
cp -r "$root/bundles/org.playbook.workspace/sample" "$work/agency"
cd "$work/playbook"
launcher=$(ls plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
audit_rules() {
  # the audit's JSON report lists the rules that ran; exit code 1 only says errors were found
  "$JAVA_HOME/bin/java" -Djava.awt.headless=true -jar "$launcher" -nosplash -application org.playbook.cli.app \
    -data "$work/agency" audit "$work/agency" --format json > "$work/audit.json" || [ $? -eq 1 ]
  grep -c '"examples.unused-pillar"' "$work/audit.json" || true
}

[ "$(audit_rules)" = "0" ] || { echo "test-install-example: the example rule runs before it is installed" >&2; exit 1; }

# the product installs into itself (its running p2 profile), as Help > Install New Software does
"$JAVA_HOME/bin/java" -jar "$launcher" -nosplash -consoleLog -application org.eclipse.equinox.p2.director \
  -repository "file:$site" -installIU org.playbook.examples.feature.feature.group > "$work/director.log" 2>&1 \
  || { cat "$work/director.log" configuration/*.log >&2 2>/dev/null; echo "test-install-example: the p2 director could not install the example feature" >&2; exit 1; }
ls plugins | grep -q '^org.playbook.examples_' || { cat "$work/director.log" >&2; echo "test-install-example: the example bundle is not in the product" >&2; exit 1; }

[ "$(audit_rules)" -ge 1 ] || { cat "$work/audit.json" >&2; echo "test-install-example: the installed example rule did not run" >&2; exit 1; }
echo "test-install-example: installed org.playbook.examples.feature with the product's p2 director; its audit rule runs"
