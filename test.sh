#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs the servers the tests start privately when they are missing
# (Debian's postgresql and rabbitmq-server, as root), then runs `dotnet test EventStore.sln`.
# POSTGRES_CONNECTION / RABBITMQ_URI, or a Docker engine, make the installs unnecessary; see README.md.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
if [ -z "${POSTGRES_CONNECTION:-}" ] && ! command -v initdb >/dev/null 2>&1 \
   && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  missing+=(postgresql)
fi
if [ -z "${RABBITMQ_URI:-}" ] && ! compgen -G "/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin/rabbitmq-server" >/dev/null; then
  missing+=(rabbitmq-server)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing what the tests need: ${missing[*]}"
    apt-get update -qq
    # The packages' own services are not wanted: the tests start private servers on free ports.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need ${missing[*]} (Debian: sudo apt-get install ${missing[*]}), or POSTGRES_CONNECTION / RABBITMQ_URI." >&2
  fi
fi

exec dotnet test EventStore.sln "$@"
