#!/usr/bin/env bash
# Installs the Debian package on this (pristine) system and checks it as a shop owner would use it:
# only runtime packages come with it, the program answers --version and --help, makes an API key, serves
# /healthz headless and as the service would run it, and leaving it (remove, then purge) keeps the data.
#   packaging/install-test.sh build-package/cryptocheckout_<version>_amd64.deb
# Meant for a throwaway root, e.g. (from the project's root, after ./dev package):
#   FRESH_ROOT=/tmp/fresh-install ../shared/tools/fresh-debian.sh init
#   cp build-package/cryptocheckout_*_amd64.deb /tmp/fresh-install/root/
#   FRESH_ROOT=/tmp/fresh-install ../shared/tools/fresh-debian.sh run 'packaging/install-test.sh /root/cryptocheckout_*_amd64.deb'
set -euo pipefail
deb=$(realpath "$1")
[ "$(id -u)" -eq 0 ] || { echo "run as root (it installs a package)"; exit 2; }
fail() { printf 'install test FAILED: %s\n' "$*" >&2; exit 1; }
step() { printf '==> %s\n' "$*" >&2; }
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# GET /healthz over bash's /dev/tcp (a pristine system has no curl): the status line and body. With a key
# as the second argument, the details.
healthz() {
  local port=$1 auth=""
  [ -z "${2:-}" ] || auth="Authorization: Bearer $2"$'\r\n'
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n%sConnection: close\r\n\r\n' "$auth" >&3
  timeout 5 cat <&3
  exec 3<&-
}
# Waits up to 20 s for the server on port to answer /healthz with 200 (with the details for a key).
wait_healthy() {
  local port=$1 key=${2:-} answer
  for _ in $(seq 1 40); do
    answer=$(healthz "$port" "$key" 2>/dev/null || true)
    if [[ $answer == "HTTP/1.1 200"* ]]; then
      printf '%s\n' "${answer##*$'\r\n\r\n'}"
      return 0
    fi
    sleep 0.5
  done
  return 1
}

step "Installing $(basename "$deb")"
dpkg-query -W -f='${Package}\n' | sort >/tmp/before.txt
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt.log
dpkg-query -W -f='${Package}\n' | sort >/tmp/after.txt
added=$(comm -13 /tmp/before.txt /tmp/after.txt)
printf '%s packages installed with it\n' "$(wc -l <<<"$added")" >&2
build_only=$(grep -E -- '-dev$|^(gcc|g\+\+|clang|cmake|ninja-build|make|nodejs|npm|build-essential)(-[0-9]+)?$' <<<"$added" || true)
[ -z "$build_only" ] || fail "build tools came with the package: $build_only"

step "cryptocheckout --version and --help"
version=$(cryptocheckout --version)
[[ $version == *"$(dpkg-query -W -f='${Version}' cryptocheckout)"* ]] || fail "--version said '$version'"
cryptocheckout --help | grep -q -- '--data-dir' || fail "--help does not describe --data-dir"
man -w cryptocheckout >/dev/null 2>&1 || [ -f /usr/share/man/man1/cryptocheckout.1.gz ] || fail "no manual page"

step "A key, and the headless server in a data directory of our own"
data=$(mktemp -d)/shop
key=$(cryptocheckout keys create --mode test --data-dir "$data")
[[ $key == ck_test_* ]] || fail "keys create printed '$key'"
cryptocheckout --headless --data-dir "$data" --listen 127.0.0.1:18420 2>"$data.log" &
servers+=($!)
[ -x /usr/lib/cryptocheckout/anvil ] || fail "the package lacks the built-in test chain"
# Healthy means the test chain answers: the program started the Anvil the package carries.
body=$(wait_healthy 18420 "$key") || { cat "$data.log" >&2; fail "no healthy /healthz from the headless server"; }
[[ $body == *'"testChain":{'*'"state":"running"'* ]] || fail "the built-in test chain is not running: $body"
printf 'built-in test chain running; /healthz without a key: %s\n' "$(healthz 18420 | tail -n 1)" >&2

step "As the service runs it: its user, /etc/cryptocheckout/config.ini, /var/lib/cryptocheckout"
getent passwd cryptocheckout >/dev/null || fail "no cryptocheckout system user"
[ -f /usr/lib/systemd/system/cryptocheckout.service ] || fail "no systemd unit"
grep -q '^listen=127.0.0.1:' /etc/cryptocheckout/config.ini || fail "the shipped config does not listen on loopback"
install -d -o cryptocheckout -g cryptocheckout -m 0700 /var/lib/cryptocheckout # systemd's StateDirectory=
runuser -u cryptocheckout -- cryptocheckout --headless --data-dir /var/lib/cryptocheckout \
  --config /etc/cryptocheckout/config.ini 2>/tmp/service.log &
servers+=($!)
wait_healthy 8420 >/dev/null || { cat /tmp/service.log >&2; fail "the service's command does not serve /healthz"; }
[ "$(stat -c %U /var/lib/cryptocheckout/cryptocheckout.db)" = cryptocheckout ] || fail "the database is not the service user's"
cleanup
servers=()
sleep 1

step "Removing and purging the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq cryptocheckout >/dev/null
[ ! -e /usr/bin/cryptocheckout ] || fail "the program is still there after remove"
[ -f "$data/cryptocheckout.db" ] || fail "remove deleted the user's data directory"
[ -f /var/lib/cryptocheckout/cryptocheckout.db ] || fail "remove deleted the service's data"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq cryptocheckout >/dev/null
[ -f /var/lib/cryptocheckout/cryptocheckout.db ] || fail "purge deleted the service's data"
step "install test passed"
