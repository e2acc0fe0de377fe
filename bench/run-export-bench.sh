#!/usr/bin/env bash
# The books' export of BENCH_PAYMENTS payments (100,000, the most one report holds) from a real SQLite file:
# `cryptocheckout export --format csv` against, as the baseline, the same join read with Python's sqlite3
# and written with its csv module (no fiat conversion, no formula guard). Each round times both, alternating;
# the ratio (baseline time / ours, so above 1 means ours is faster) and the spread over rounds are printed.
#
# Environment: BENCH_PAYMENTS (100000), BENCH_ROUNDS (3), BENCH_BUILD_DIR (build-bench), BENCH_BUILD_JOBS
# (nproc), TMPDIR.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_name=run-export-bench
source "$root/bench/bench-lib.sh"
payments=${BENCH_PAYMENTS:-100000}
rounds=${BENCH_ROUNDS:-3}
command -v python3 >/dev/null || die "needs python3 (./dev test installs it)"

build_release cryptocheckout
work=$(mktemp -d)
program="$build/bin/cryptocheckout"
"$program" keys list --data-dir "$work" >/dev/null # creates the database at the current schema

echo "== $payments paid test sessions with one payment each" >&2
python3 - "$work/cryptocheckout.db" "$payments" <<'PY'
import sqlite3, sys, time
db, count = sys.argv[1], int(sys.argv[2])
now = int(time.time() * 1000)
connection = sqlite3.connect(db)
sessions, rows = [], []
for i in range(count):
    sid = "cs_bench%016d" % i
    created = now - (count - i) * 1000
    sessions.append((sid, 0, "paid", 31337, "0x%040x" % (i + 1), i, "10000000000000000", 3000, "USD", "3000",
                     "ETH-USD", "3000", 0, "fixed", created, created + 1800000, created,
                     '{"orderId":"A-%d"}' % i, "http://127.0.0.1:8420/checkout/" + sid, created, created,
                     "10000000000000000"))
    rows.append((sid, 31337, "0x%064x" % i, i + 1, "0x%064x" % (i + 7), created, "10000000000000000",
                 "0x%040x" % 7, created, "ETH"))
connection.executemany(
    "INSERT INTO sessions (id, livemode, status, chain_id, address, address_index, amount_wei, fiat_minor, "
    "fiat_currency, eth_price_usd, rate_pair, rate_value, rate_decimals, rate_source, rate_fetched_at, "
    "expires_at, paid_at, metadata, checkout_url, created_at, updated_at, amount_received_wei) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", sessions)
connection.executemany(
    "INSERT INTO payments (session_id, chain_id, tx_hash, block_number, block_hash, block_timestamp, amount, "
    "from_address, seen_at, asset) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
connection.commit()
PY

baseline() {
    python3 - "$work/cryptocheckout.db" <<'PY'
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
out = csv.writer(open("/dev/null", "w", newline="", encoding="utf-8"))
for row in connection.execute(
        "SELECT p.block_timestamp, s.id, s.status, s.livemode, s.fiat_minor, s.fiat_currency, p.amount, p.asset, "
        "s.rate_value, s.rate_source, p.chain_id, p.tx_hash, p.block_number, p.from_address, s.metadata "
        "FROM payments p JOIN sessions s ON s.id = p.session_id WHERE s.livemode = 0 ORDER BY p.block_timestamp, p.id"):
    out.writerow(row)
PY
}
ours() {
    "$program" export --mode test --from 2000-01-01 --to 2100-01-01 --data-dir "$work" >"$work/out.csv" 2>/dev/null
}
seconds_of() {
    local start end
    start=$(date +%s%N)
    run_job "$@"
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}

ratios=()
for round in $(seq "$rounds"); do
    ours_s=$(seconds_of ours)
    base_s=$(seconds_of baseline)
    lines=$(($(wc -l <"$work/out.csv") - 1))
    [[ "$lines" == "$payments" ]] || die "the export has $lines rows, not $payments"
    ratio=$(awk -v b="$base_s" -v o="$ours_s" 'BEGIN { printf "%.3f", b / o }')
    ratios+=("$ratio")
    printf 'round %d: export %s s (%d rows, %s rows/s), baseline %s s, ratio %s\n' "$round" "$ours_s" "$lines" \
        "$(awk -v n="$lines" -v o="$ours_s" 'BEGIN { printf "%.0f", n / o }')" "$base_s" "$ratio"
done
printf 'ratio over %d rounds: %s\n' "$rounds" "$(printf '%s\n' "${ratios[@]}" | sort -g | awk 'NR==1{min=$1} {max=$1} END{printf "%.2f–%.2f", min, max}')"
