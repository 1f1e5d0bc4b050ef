#!/usr/bin/env bash
# Every test of the course, in the order a failure is cheapest to find:
# types → unit tests → build (and again under a sub-path, for sub-path.spec.ts) → page weight →
# browser tests on the built site → frame time (alone).
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1

CHROMIUM_PATH=$(bash scripts/ensure-chromium.sh)
export CHROMIUM_PATH
echo "Chromium: $CHROMIUM_PATH"

[ -d node_modules ] || npm ci

npx astro check --minimumSeverity warning
npx vitest run
npm run build
BASE_PATH=/learning-techniques/ npx astro build --outDir dist-sub
npm run weight
npx playwright test
npm run frames
