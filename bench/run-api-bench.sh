#!/usr/bin/env bash
# Benchmarks the merchant API on loopback with wrk and prints throughput and p50/p99 latency of
#   GET  /api/v1/checkout_sessions/{id}  against two bare QHttpServer routes (bench_bare_http): the very same
#                                         bytes from memory, and a session-like JSON built per request, each sent
#                                         the very same request (path length and Authorization header);
#   POST /api/v1/checkout_sessions       (durable), with BENCH_POST_CONNECTIONS and with
#                                         BENCH_POST_FEW_CONNECTIONS, against a bare SQLite insert-and-commit
#                                         loop with the Store's durability settings (bench_bare_insert);
# in BENCH_ROUNDS rounds, each taking every measurement in BENCH_SLICES slices that alternate ours and the
# baselines, with each round's ratios and their spread, and what a GET costs in CPU (the server's and wrk's)
# for ours and for the same-bytes route.
# Prints figures only; exits non-zero only when something fails to build or start. Everything it starts is
# stopped, and its temporary files removed, on exit.
#
# Environment: BENCH_SECONDS (10) per measurement and round, BENCH_SLICES (10) it is taken in (whole seconds
# each: BENCH_SECONDS / BENCH_SLICES, at least 1), BENCH_ROUNDS (3),
# BENCH_THREADS (2),
# BENCH_GET_CONNECTIONS (16), BENCH_POST_CONNECTIONS (16), BENCH_POST_FEW_CONNECTIONS (4),
# BENCH_BUILD_DIR (build-bench), BENCH_BUILD_JOBS
# (nproc), TMPDIR.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_name=run-api-bench
source "$root/bench/bench-lib.sh"
threads=${BENCH_THREADS:-2}
get_connections=${BENCH_GET_CONNECTIONS:-16}
post_connections=${BENCH_POST_CONNECTIONS:-16}
post_few_connections=${BENCH_POST_FEW_CONNECTIONS:-4}
rounds=${BENCH_ROUNDS:-3}
slices=${BENCH_SLICES:-10}
slice_seconds=$((seconds / slices)) # wrk takes whole seconds
((slice_seconds >= 1)) || slice_seconds=1
if ((slice_seconds * slices != seconds)); then
    echo "run-api-bench: warning: BENCH_SECONDS=$seconds is not a multiple of BENCH_SLICES=$slices;" \
        "each measurement runs $slices × $slice_seconds s" >&2
fi

# Each round measures every kind in slices that alternate (ours, the baselines, ours, ...), so that a change
# in the shared machine's speed during the round falls on ours and the baselines alike. A kind's figures are
# summed over its slices: requests/s is all requests over all seconds, p50 the median of the slices' p50,
# p99 the highest slice's p99.
declare -A total_requests total_seconds p50s p99_max server_us client_us
reset_kinds() { total_requests=() total_seconds=() p50s=() p99_max=() server_us=() client_us=(); }
# add_slice KIND WRK_RESULT-or-BARE_SQLITE line: adds one slice's figures to KIND.
add_slice() {
    local kind=$1 line=$2 count
    count=$(field "$line" requests)
    [[ -n $count ]] || count=$(field "$line" rows)
    total_requests[$kind]=$((${total_requests[$kind]:-0} + count))
    total_seconds[$kind]=$(awk -v a="${total_seconds[$kind]:-0}" -v b="$(field "$line" seconds)" \
        'BEGIN { printf "%.3f", a + b }')
    p50s[$kind]+="$(field "$line" p50_ms) "
    p99_max[$kind]=$(awk -v a="${p99_max[$kind]:-0}" -v b="$(field "$line" p99_ms)" \
        'BEGIN { print (b > a ? b : a) }')
}
rate() { awk -v n="${total_requests[$1]}" -v s="${total_seconds[$1]}" 'BEGIN { printf "%.1f", n / s }'; }
median_p50() {
    printf '%s\n' ${p50s[$1]} | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# CPU time in microseconds: a process's (user and system, from /proc), and what `times` wrote to a file
# for this shell's children (wrk, once waited for). `times` runs in this shell: in a subshell it would count
# the subshell's children only.
clock_ticks=$(getconf CLK_TCK)
process_us() { awk -v hz="$clock_ticks" '{ printf "%.0f", ($14 + $15) * 1e6 / hz }' "/proc/$1/stat"; }
children_us() {
    awk 'NR == 2 { n = split($1 " " $2, t, " "); for (i = 1; i <= n; ++i) { split(t[i], p, "m");
        sub("s", "", p[2]); us += (p[1] * 60 + p[2]) * 1e6 } printf "%.0f", us }' "$1"
}
# cpu_per_request KIND: the server's and wrk's CPU per request, in microseconds.
cpu_per_request() {
    awk -v s="${server_us[$1]}" -v c="${client_us[$1]}" -v n="${total_requests[$1]}" \
        'BEGIN { printf "%.1f %.1f", s / n, c / n }'
}

# slice_wrk KIND SERVER_PID wrk-arguments...: runs wrk for one slice (full output to stderr) and adds it to
# KIND, with the CPU time the server and wrk spent on it.
slice_wrk() {
    local kind=$1 pid=$2 out=$work/$1.wrk line server0
    shift 2
    server0=$(process_us "$pid")
    LC_ALL=C times >"$work/times0"
    run_job wrk --latency -d"${slice_seconds}s" "$@" >"$out" || die "wrk failed: wrk $*"
    LC_ALL=C times >"$work/times1"
    server_us[$kind]=$((${server_us[$kind]:-0} + $(process_us "$pid") - server0))
    client_us[$kind]=$((${client_us[$kind]:-0} + $(children_us "$work/times1") - $(children_us "$work/times0")))
    cat "$out" >&2
    line=$(grep '^WRK_RESULT ' "$out") || die "no WRK_RESULT line from wrk $*"
    if [[ $(field "$line" non2xx) != 0 || $(field "$line" socket_errors) != 0 ]]; then
        echo "run-api-bench: warning: errors during wrk $*: $line" >&2
    fi
    add_slice "$kind" "$line"
}

build_release cryptocheckout bench_bare_http bench_bare_insert
bin=$build/bin
need_wrk

work=$(mktemp -d "${TMPDIR:-/tmp}/cryptocheckout-bench.XXXXXX")
mkdir "$work/data"
# The server under test has no node (and starts no built-in chain): a run creates some hundred thousand open
# sessions in minutes, which a chain watcher would read back on every block and reconcile every 15 s. That
# is the watcher's cost, not the API's (README: Benchmarks), and it lands as stalls in the API's latency.
printf '[test]\nbuiltinChain=false\n\n[chain.31337]\nrpcUrl=http://127.0.0.1:9\n' >"$work/data/config.ini"
key=$("$bin/cryptocheckout" keys create --mode test --data-dir "$work/data" 2>/dev/null)
[[ $key == ck_test_* ]] || die "keys create printed no key"

"$bin/cryptocheckout" --headless --data-dir "$work/data" --listen 127.0.0.1:0 2>"$work/server.log" &
server_pid=$!
pids+=("$server_pid")
port=$(wait_for_port "$work/server.log" "$server_pid") || die "cryptocheckout did not start"

api=http://127.0.0.1:$port/api/v1
created=$(curl -sS --fail --noproxy '*' -X POST "$api/checkout_sessions" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/json' -d '{"amount":{"value":"12.34","currency":"USD"}}') ||
    die "creating a session failed: $created"
session_id=$(grep -o '"id": *"cs_[A-Za-z0-9]*"' <<<"$created" | head -n 1 | grep -o 'cs_[A-Za-z0-9]*') ||
    die "no session id in: $created"
# The bytes our route answers for that session, for the same-bytes baseline.
curl -sS --fail --noproxy '*' "$api/checkout_sessions/$session_id" -H "Authorization: Bearer $key" \
    -o "$work/session.json" || die "reading the session failed"

"$bin/bench_bare_http" 0 "$work/session.json" 2>"$work/bare.log" &
bare_pid=$!
pids+=("$bare_pid")
bare_port=$(wait_for_port "$work/bare.log" "$bare_pid") || die "bench_bare_http did not start"

echo "== $rounds rounds of $slices × $slice_seconds s per measurement; GET: $threads threads, $get_connections connections;" \
    "POST: $threads threads, $post_connections and $post_few_connections connections" >&2
export CK_KEY=$key
row() { # name, kind
    printf '%-48s %12.1f %10.3f %10.3f\n' "$1" "$(rate "$2")" "$(median_p50 "$2")" "${p99_max[$2]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
spread() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { min = $1 } { max = $1 } END { printf "%.2f–%.2f", min, max }'; }
bytes_ratios=() built_ratios=() post_ratios=() post_few_ratios=() cpu_ratios=()
for round in $(seq "$rounds"); do
    reset_kinds
    # The bare loop starts each round on a fresh file, which grows over the round's slices.
    rm -f "$work/bare.db"*
    for slice in $(seq "$slices"); do
        slice_wrk get_ours "$server_pid" -t"$threads" -c"$get_connections" -s "$wrk_dir/get.lua" \
            "$api/checkout_sessions/$session_id"
        slice_wrk get_bytes "$bare_pid" -t"$threads" -c"$get_connections" -s "$wrk_dir/get.lua" \
            "http://127.0.0.1:$bare_port/api/v1/checkout_sessions/$session_id"
        slice_wrk get_built "$bare_pid" -t"$threads" -c"$get_connections" -s "$wrk_dir/get.lua" \
            "http://127.0.0.1:$bare_port/api/v1/built_per_request/$session_id"
    done
    few_threads=$((threads < post_few_connections ? threads : post_few_connections))
    for slice in $(seq "$slices"); do
        slice_wrk post_ours "$server_pid" -t"$threads" -c"$post_connections" -s "$wrk_dir/post_session.lua" \
            "$api/checkout_sessions"
        slice_wrk post_few "$server_pid" -t"$few_threads" -c"$post_few_connections" -s "$wrk_dir/post_session.lua" \
            "$api/checkout_sessions"
        # Same file system as the server's database; the servers sit idle meanwhile.
        run_job "$bin/bench_bare_insert" "$work/bare.db" --append --seconds "$slice_seconds" \
            >"$work/bare-sqlite.out" || die "bench_bare_insert failed"
        post_bare=$(grep '^BARE_SQLITE ' "$work/bare-sqlite.out") || die "no BARE_SQLITE line"
        echo "$post_bare" >&2
        add_slice post_bare "$post_bare"
    done

    echo
    printf '%-48s %12s %10s %10s\n' "round $round ($slices × ${slice_seconds} s each)" "requests/s" "p50 ms" \
        "p99 ms"
    row "GET  /checkout_sessions/{id} (ours, c=$get_connections)" get_ours
    row "GET  the same bytes from memory (bare)" get_bytes
    row "GET  JSON built per request (bare)" get_built
    row "POST /checkout_sessions (ours, c=$post_connections)" post_ours
    row "POST /checkout_sessions (ours, c=$post_few_connections)" post_few
    row "bare SQLite insert+commit (1 writer)" post_bare
    bytes_ratios+=("$(ratio "$(rate get_ours)" "$(rate get_bytes)")")
    built_ratios+=("$(ratio "$(rate get_ours)" "$(rate get_built)")")
    post_ratios+=("$(ratio "$(rate post_ours)" "$(rate post_bare)")")
    post_few_ratios+=("$(ratio "$(rate post_few)" "$(rate post_bare)")")
    echo "ratios: GET/same bytes ${bytes_ratios[-1]}, GET/built JSON ${built_ratios[-1]}," \
        "POST/bare loop ${post_ratios[-1]} (c=$post_connections), ${post_few_ratios[-1]} (c=$post_few_connections)"
    # What a GET costs the machine, the server's CPU and wrk's together: the two share its cores, so this is
    # what throughput comes from, and it varies less than throughput with the machine's other load.
    read -r ours_server ours_client <<<"$(cpu_per_request get_ours)"
    read -r bytes_server bytes_client <<<"$(cpu_per_request get_bytes)"
    cpu_ratios+=("$(awk -v a="$ours_server" -v b="$ours_client" -v c="$bytes_server" -v d="$bytes_client" \
        'BEGIN { printf "%.2f", (c + d) / (a + b) }')")
    echo "CPU per GET (server + wrk): ours $ours_server + $ours_client µs, same bytes $bytes_server +" \
        "$bytes_client µs; same bytes/ours ${cpu_ratios[-1]}"
done
echo
echo "over $rounds rounds: GET/same bytes $(spread "${bytes_ratios[@]}") (target >= 0.8)," \
    "GET/built JSON $(spread "${built_ratios[@]}"), POST/bare loop $(spread "${post_ratios[@]}") with" \
    "c=$post_connections (target >= 1.0) and $(spread "${post_few_ratios[@]}") with c=$post_few_connections" \
    "(target >= 0.8); CPU per GET, same bytes/ours $(spread "${cpu_ratios[@]}")"
echo "(durability: $(field "$post_bare" journal_mode) journal, synchronous=$(field "$post_bare" synchronous);" \
    "database under ${TMPDIR:-/tmp}; $(nproc) cores shared by wrk and the server)"
