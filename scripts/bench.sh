#!/usr/bin/env sh
# The performance bench of issue 15 (docs/performance.md): ./scripts/bench.sh [operations] [extra Maven arguments]
# Prints the table and writes it to target/bench/report.md. Default: 1,000 operations.
set -eu
cd "$(dirname "$0")/.."
operations="${1:-1000}"
[ $# -gt 0 ] && shift
exec ./mvnw -B -Pbench verify -Dbench.operations="$operations" "$@"
