#!/usr/bin/env bash
# Coverage of cited policies by level and legal force, as queries/policies.rq gives them.
# Usage: scripts/policy-coverage.sh DB [JAR]     (DB: a store made by `gazette-kg load --db DB CORPUS`)
#        scripts/policy-coverage.sh --corpus DIR [JAR]   (loads DIR into a fresh temporary store first)
# Prints: rows, rows with a level, rows with a legal force, rows with a status (counts and percentages).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if [[ "${1:-}" == "--corpus" ]]; then
  corpus="$2"; jar="${3:-$here/target/gazette-kg.jar}"
  db="$(mktemp -d)/db"; trap 'rm -rf "$(dirname "$db")"' EXIT
  java -jar "$jar" load --db "$db" "$corpus" >/dev/null
else
  db="$1"; jar="${2:-$here/target/gazette-kg.jar}"
fi
java -jar "$jar" query --db "$db" --format csv "$here/queries/policies.rq" | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
n = len(rows)
def pct(k): return sum(1 for r in rows if r.get(k)) 
print(f"rows {n}")
for k in ("issuer", "level", "legal_force", "status"):
    c = pct(k)
    print(f"{k:12s} {c:5d}  {100.0*c/n if n else 0:5.1f} %")
'
