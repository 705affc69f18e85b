#!/usr/bin/env bash
# The ingest benchmark: bench/run.sh [--sizes 1000,10000,100000] [--threads 2] [--no-bulk] [--no-queries] [--dir DIR] [--query-cap SECONDS]
# or the bundled queries alone on an existing store: bench/run.sh --queries-only STORE [--query-cap SECONDS]
# (a query still running after --query-cap seconds, default 120, is cancelled and reported so)
# Compiles bench/java with the project (Maven profile 'bench') and runs org.newskg.bench.Bench.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -Pbench -DskipTests compile exec:exec -Dbench.args="$*"
