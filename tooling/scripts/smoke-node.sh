#!/usr/bin/env bash
# Smoke test on other Node majors (CI: 22 and 24; the full suite runs on 20):
#   tooling/scripts/smoke-node.sh 22 24
# For each major: a clean clone of the committed HEAD, `pnpm install` (whose postinstall builds the CLI)
# and `pnpm build` of the API run by that Node (the `node` package from the npm registry, through
# npx), then the compiled CLI scores the demo and the compiled server starts on the embedded database
# and answers /api/health and /api/ready, and stops on SIGTERM with exit 0.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
majors=("$@")
[ "$#" -gt 0 ] || majors=(22 24)

export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
for major in "${majors[@]}"; do
  started=$(date +%s)
  work="$(mktemp -d "/tmp/dti-smoke-node$major-XXXX")"
  trap 'rm -rf "$work"' EXIT
  git clone --quiet "$root" "$work/repo"
  cd "$work/repo"
  # node@<major> and pnpm side by side on PATH: pnpm, turbo, esbuild and the scripts all run on that Node.
  run() { npx -y -p "node@$major" -p pnpm@10.34.9 "$@"; }
  version="$(run node --version)"
  echo "== Node $version: install ($(( $(date +%s) - started )) s)"
  run pnpm install --frozen-lockfile --prefer-offline --reporter=silent
  echo "== Node $version: build ($(( $(date +%s) - started )) s)"
  run pnpm exec turbo run build --filter=@dti/api --filter=@dti/cli --output-logs=errors-only --force
  echo "== Node $version: dti ($(( $(date +%s) - started )) s)"
  [ "$(run node packages/cli/dist/bin.js --version)" = "0.1.0" ]
  run node packages/cli/dist/bin.js score --input indicator-packs/dti-province-2022/demo/demo-2022.json --json |
    run node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const n=JSON.parse(s).units.length;if(n!==3)process.exit(1);console.log(`scored ${n} demo units`)})'
  echo "== Node $version: start ($(( $(date +%s) - started )) s)"
  port=$((20000 + RANDOM % 20000))
  node_bin="$(run node -p process.execPath)"
  PORT=$port DTI_DATA_DIR="$work/data" LOG_LEVEL=warn "$node_bin" apps/api/dist/server.js &
  pid=$!
  ok=""
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then ok=1; break; fi
    kill -0 $pid 2>/dev/null || break
    sleep 1
  done
  [ -n "$ok" ] || { echo "Node $version: the server did not answer /api/health"; kill $pid 2>/dev/null || true; exit 1; }
  curl -fsS "http://127.0.0.1:$port/api/health"; echo
  curl -fsS "http://127.0.0.1:$port/api/ready"; echo
  kill -TERM $pid
  code=0; wait $pid || code=$?
  [ "$code" = 0 ] || { echo "Node $version: exit $code after SIGTERM"; exit 1; }
  cd "$root"
  rm -rf "$work"
  trap - EXIT
  echo "== Node $version: ok in $(( $(date +%s) - started )) s"
done
