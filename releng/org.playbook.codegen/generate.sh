#!/usr/bin/env bash
# Regenerates the model code (bundles/org.playbook.model/src-gen) and the EMF.Edit item
# providers (bundles/org.playbook.model.edit/src-gen) from playbook.ecore + playbook.genmodel
# with EMF's own generator. Run it after changing the .ecore; commit what it changes.
#   releng/org.playbook.codegen/generate.sh           regenerate in place
#   releng/org.playbook.codegen/generate.sh --check   regenerate into a copy and fail on any difference
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/find-jdk.sh"

lib="$here/target/lib"
if [ ! -f "$lib/.complete" ]; then
  (cd "$here" && "$root/mvnw" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DoutputDirectory="$lib")
  touch "$lib/.complete"
fi
cp="$(ls "$lib"/*.jar | tr '\n' ':')"

if [ "${1:-}" = "--check" ]; then
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/bundles"
  cp -r "$root/bundles/org.playbook.model" "$root/bundles/org.playbook.model.edit" "$work/bundles/"
  # regenerate on top of the committed code, as a developer would: hand code marked
  # @generated NOT must survive, and everything else must come out the same
  "$JAVA_HOME/bin/java" -cp "$cp" "$here/GenerateModel.java" "$work" >/dev/null
  for b in org.playbook.model org.playbook.model.edit; do
    diff -r "$root/bundles/$b" "$work/bundles/$b" -x bin -x target \
      || { echo "generate.sh --check: $b/src-gen differs from what the generator makes" >&2; exit 1; }
  done
  echo "generate.sh --check: src-gen is exactly what EMF's generator makes"
else
  "$JAVA_HOME/bin/java" -cp "$cp" "$here/GenerateModel.java" "$root" "$@"
fi
