# Shared by the benchmark scripts; sourced after setting root (the repository) and bench_name.
# Gives: the common settings (build, seconds, jobs, wrk_dir), cleanup on exit of everything started
# (pids, the job in progress, the work folder), die, build_release, need_wrk, run_job, wait_for_port,
# field.
set -euo pipefail

build=${BENCH_BUILD_DIR:-$root/build-bench}
seconds=${BENCH_SECONDS:-10}
jobs=${BENCH_BUILD_JOBS:-$(nproc)}
wrk_dir=$root/bench/wrk

pids=() # servers to stop on exit
job=""  # the measurement in progress (run_job)
work="" # the temporary folder, removed on exit
cleanup() {
    local pid
    if [[ -n "$job" ]]; then
        kill "$job" 2>/dev/null || true
        wait "$job" 2>/dev/null || true
    fi
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    [[ -z "$work" ]] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

die() {
    echo "$bench_name: $*" >&2
    exit 1
}

# build_release TARGET...: a Release build of the targets in $build.
build_release() {
    echo "== build ($build, Release)" >&2
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRYPTOCHECKOUT_BUILD_BENCHMARKS=ON >/dev/null
    cmake --build "$build" -j"$jobs" --target "$@" >&2
}

# Installs wrk from Debian's packages when it is missing.
need_wrk() {
    command -v wrk >/dev/null && return 0
    echo "== installing wrk" >&2
    if [[ $(id -u) == 0 ]]; then
        apt-get install -y wrk >&2
    else
        sudo apt-get install -y wrk >&2
    fi
}

# Runs a command in the background and waits for it, so that a signal interrupts the wait at once.
run_job() {
    local status=0
    "$@" &
    job=$!
    wait "$job" || status=$?
    job=""
    return "$status"
}

# Waits (up to 20 s) for "listening on http://127.0.0.1:PORT" in a log and prints PORT.
wait_for_port() {
    local log=$1 pid=$2 port=""
    for _ in $(seq 200); do
        port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9][0-9]*\).*|\1|p' "$log" | head -n 1)
        if [[ -n "$port" ]]; then
            echo "$port"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    return 1
}

# Reads key=value from a WRK_RESULT / BARE_SQLITE / BARE_POSTGRESQL line.
field() {
    sed -n "s/.*[[:space:]]$2=\([^[:space:]]*\).*/\1/p" <<<"$1"
}
