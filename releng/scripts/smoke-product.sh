#!/usr/bin/env bash
# Smoke test of the built product as a user starts it: ./playbook on a fresh workspace
# must open a window titled "Playbook" within the time limit. Saves a screenshot to
# releng/org.playbook.product/target/test-output/. Run it under a display (xvfb-run -a).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="$root/releng/org.playbook.product/target/test-output"
mkdir -p "$out"
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT

"$root/playbook" -data "$workspace" > "$out/playbook.log" 2>&1 &
pid=$!
found=false
for _ in $(seq 1 90); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Playbook"'; then found=true; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if $found; then
  sleep 3   # let the Clients view fill in before the picture is taken
  command -v import >/dev/null && import -window root "$out/playbook-window.png"
  clients=$(ls "$workspace" | grep -vc '^\.')
fi
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null

if $found && [ "${clients:-0}" -ge 3 ]; then
  echo "smoke: ./playbook opened the Playbook window on a new workspace holding $clients sample clients"
  echo "smoke: 1 passed, 0 failed"
else
  echo "smoke: ./playbook did not open a Playbook window with the sample agency; its output:" >&2
  cat "$out/playbook.log" >&2
  echo "smoke: 0 passed, 1 failed"
  exit 1
fi
