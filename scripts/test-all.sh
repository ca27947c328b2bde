#!/usr/bin/env bash
# Every check and test of the repository (the README's test command and CI's `.ci/run`).
# Runs every step even when one fails, then prints the totals as `N passed, N failed` on the last line.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  DENO_NO_UPDATE_CHECK=1 WRANGLER_SEND_METRICS=false pnpm_config_manage_package_manager_versions=false
PNPM=(pnpm)
pnpm --version >/dev/null 2>&1 || PNPM=(npx --yes "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1]")")

find . -name .test-results -type d -prune -not -path './node_modules/*' -exec rm -rf {} +
mkdir -p .test-results
failed_steps=()
step() { # step NAME CMD... : runs a check; a failed check counts as one failed test
  local name=$1; shift
  echo "::: $name"
  if "$@"; then echo "ok $name" >> .test-results/steps.txt
  else echo "FAIL $name" >> .test-results/steps.txt; failed_steps+=("$name"); fi
}

step "spec lint (redocly, no errors or warnings)" "${PNPM[@]}" exec redocly lint --config spec/redocly.yaml --max-problems 50 spec/openapi.yaml
step "generated code is up to date" node scripts/generate.mjs --check
step "spec changes come with a changeset" node scripts/check-changeset.mjs
step "Node 22 and 24 for the runtime tests (npm node package, cached in the temp dir)" node runtime-tests/scripts/install-node.mjs
step "build and typecheck (turbo)" "${PNPM[@]}" exec turbo run build typecheck --output-logs=errors-only --continue
# Publishing checks, on the build above. The public API of each package export against api-report/ (update with
# `pnpm api:update`); the API reference, where a warning (an undocumented export, a broken link) fails; JSR.
step "API reports match the built exports (api-report/; pnpm api:update)" node scripts/api-report.mjs --check
step "API reference builds with no warnings (pnpm run docs: TypeDoc into docs/api/)" "${PNPM[@]}" exec typedoc --logLevel Warn
step "jsr.json name, version and license match package.json" node scripts/jsr-versions.mjs --check
for p in core client contract cli; do
  step "JSR: deno publish --dry-run in packages/$p" node scripts/jsr-publish.mjs --dry-run "$p"
done
# One package's tests at a time: the abort/timeout tests assert 50 ms bounds that a 2-core machine running
# several suites at once cannot honour (each suite still runs its files in parallel).
step "package tests (turbo, one package at a time)" "${PNPM[@]}" exec turbo run test --concurrency=1 --output-logs=errors-only --continue
step "repository tests" "${PNPM[@]}" exec vitest run --config scripts/vitest.config.ts
step "bench --quick (harness only, asserts nothing about speed)" "${PNPM[@]}" --filter @org/ecs-pipelines-bench run bench --quick
for f in scripts/test-*.d/*.sh; do [ -e "$f" ] && step "$(basename "$f" .sh)" bash "$f"; done

node scripts/test-summary.mjs
