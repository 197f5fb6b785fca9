#!/usr/bin/env bash
# Feeds 100,000+ random and damaged files (from tests/fixtures) to the importers in a
# release build; each input must finish within 5 seconds and nothing may panic.
#   tests/scripts/fuzz_importers.sh              100,000 cases, seed 1
#   FUZZ_CASES=1000000 FUZZ_SEED=7 tests/scripts/fuzz_importers.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export FUZZ_CASES="${FUZZ_CASES:-100000}"
export FUZZ_SEED="${FUZZ_SEED:-1}"
exec cargo test --release --locked --test interchange_fuzz -- --ignored --nocapture fuzz_importers_long
