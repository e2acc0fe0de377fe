#!/usr/bin/env bash
# Durable creates per second (POST /api/v1/checkout_sessions with wrk on loopback) with 1, 2 and 3
# instances of the program on one PostgreSQL, one instance on its SQLite file, and, as the baseline, a bare
# INSERT … COMMIT loop (bench_bare_insert, one connection) on the same PostgreSQL; each printed as a ratio
# to that baseline measured in the same round. The connections are the same in total for every
# configuration, split evenly over the instances (one wrk per instance). Rounds repeat the whole set, and
# the spread over rounds is printed.
#
# The PostgreSQL server is Debian's (postgresql-15), started here in a temporary directory on loopback with
# its default durability (fsync on, synchronous_commit on), as root under the user nobody, and stopped by
# PID on exit with everything else this starts; its files are removed.
#
# Environment: BENCH_SECONDS (10) per measurement, BENCH_CONNECTIONS (16) in total, BENCH_ROUNDS (2),
# BENCH_BUILD_DIR (build-bench), BENCH_BUILD_JOBS (nproc), TMPDIR.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_name=run-scaleout-bench
source "$root/bench/bench-lib.sh"
connections=${BENCH_CONNECTIONS:-16}
rounds=${BENCH_ROUNDS:-2}

as_server_user() {
    if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}
free_port() {
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
build_release cryptocheckout bench_bare_insert
bin=$build/bin
need_wrk
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$pg_bin/postgres" ]] || die "no PostgreSQL server: apt install postgresql-15"

work=$(mktemp -d "${TMPDIR:-/tmp}/cryptocheckout-scaleout.XXXXXX")
chmod 755 "$work"
mkdir "$work/pg"
password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "$password" >"$work/pg/password"
[[ $(id -u) != 0 ]] || chown -R nobody "$work/pg"
as_server_user "$pg_bin/initdb" -D "$work/pg/data" -U bench --pwfile="$work/pg/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; die "initdb failed"; }
pg_port=$(free_port) || die "no free port"
as_server_user "$pg_bin/postgres" -D "$work/pg/data" -h 127.0.0.1 -p "$pg_port" -k "$work/pg" \
    -c max_connections=200 >"$work/postgres.log" 2>&1 &
pids+=("$!")
for _ in $(seq 100); do
    "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break
    sleep 0.1
done
"$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" || { cat "$work/postgres.log" >&2; die "postgres did not start"; }
databases=0
db_url=""
new_database() { # sets db_url to a new, empty database
    databases=$((databases + 1))
    PGPASSWORD=$password "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U bench -d postgres \
        -c "CREATE DATABASE bench_$databases" >&2 || die "CREATE DATABASE failed"
    db_url="postgresql://bench:$password@127.0.0.1:$pg_port/bench_$databases"
}

# measure INSTANCES DATABASE-URL (empty: SQLite): prints the summed requests/s of one wrk per instance.
measure() {
    local count=$1 url=$2 i dir key port per total=0 line wrk_pids=() started=()
    for ((i = 0; i < count; i++)); do
        dir=$work/instance-$databases-$i-$RANDOM
        mkdir "$dir"
        { echo "[test]"; echo "builtinChain=false"; [[ -z "$url" ]] || { echo "[database]"; echo "url=$url"; }; } >"$dir/config.ini"
        if [[ $i == 0 ]]; then
            key=$("$bin/cryptocheckout" keys create --mode test --data-dir "$dir" 2>/dev/null)
            [[ $key == ck_test_* ]] || die "keys create printed no key"
        fi
        "$bin/cryptocheckout" --headless --data-dir "$dir" --listen 127.0.0.1:0 2>"$dir/server.log" &
        started+=("$!")
        pids+=("$!")
        port=$(wait_for_port "$dir/server.log" "$!") || die "cryptocheckout did not start"
        echo "$port" >"$dir/port"
        dirs[i]=$dir
    done
    for ((i = 0; i < count; i++)); do
        per=$((connections / count + (i < connections % count ? 1 : 0)))
        CK_KEY=$key wrk -t1 -c"$per" -d"${seconds}s" -s "$wrk_dir/post_session.lua" \
            "http://127.0.0.1:$(cat "${dirs[i]}/port")/api/v1/checkout_sessions" >"${dirs[i]}/wrk.out" 2>&1 &
        wrk_pids+=("$!")
    done
    for pid in "${wrk_pids[@]}"; do wait "$pid" || die "wrk failed"; done
    for ((i = 0; i < count; i++)); do
        line=$(grep '^WRK_RESULT ' "${dirs[i]}/wrk.out") || die "no WRK_RESULT: $(cat "${dirs[i]}/wrk.out")"
        [[ $(field "$line" non2xx) == 0 ]] || echo "run-scaleout-bench: warning: errors: $line" >&2
        total=$(awk -v a="$total" -v b="$(field "$line" requests_per_sec)" 'BEGIN { printf "%.1f", a + b }')
    done
    for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    echo "$total"
}

names=("SQLite, 1 instance" "PostgreSQL, 1 instance" "PostgreSQL, 2 instances" "PostgreSQL, 3 instances"
       "bare INSERT+COMMIT loop on PostgreSQL")
declare -A results
for ((round = 1; round <= rounds; round++)); do
    echo "== round $round of $rounds: $seconds s each, $connections connections in total" >&2
    results[0,$round]=$(measure 1 "")
    new_database
    results[1,$round]=$(measure 1 "$db_url")
    new_database
    results[2,$round]=$(measure 2 "$db_url")
    new_database
    results[3,$round]=$(measure 3 "$db_url")
    new_database
    bare=$("$bin/bench_bare_insert" "$db_url" --seconds "$seconds") || die "bench_bare_insert failed"
    echo "$bare" >&2
    results[4,$round]=$(field "$bare" rows_per_sec)
    for n in 0 1 2 3 4; do
        echo "   ${names[n]}: ${results[$n,$round]}/s" >&2
    done
done

echo
printf '%-40s %-28s %s\n' "durable creates (${seconds} s, c=$connections)" "per second, each round" \
    "ratio to the bare loop (min-max)"
for n in 0 1 2 3 4; do
    values="" ratios=""
    for ((round = 1; round <= rounds; round++)); do
        values+="${results[$n,$round]} "
        ratios+="$(awk -v a="${results[$n,$round]}" -v b="${results[4,$round]}" 'BEGIN { printf "%.2f", a / b }') "
    done
    spread=$(tr ' ' '\n' <<<"$ratios" | sed '/^$/d' | sort -n | sed -n '1p;$p' | paste -sd- -)
    printf '%-40s %-28s %s\n' "${names[n]}" "$values" "$spread"
done
echo "(PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') with fsync and synchronous_commit on," \
    "on this machine; $(nproc) cores shared by wrk, the instances and the server)"
