# Shared by the benchmark scripts (sourced, not run).

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
