# shellcheck shell=bash
# Shell functions shared by scripts/run, scripts/test and scripts/elasticsearch.sh.
# Source it (`. scripts/lib.sh`); it does nothing by itself.
#
# Installs are quiet; when one fails, its whole output is printed and the script stops.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1

if [ -t 2 ]; then BOLD=$'\033[1m' RED=$'\033[1;31m' YELLOW=$'\033[1;33m' RESET=$'\033[0m'; else
  BOLD="" RED="" YELLOW="" RESET=""; fi

# step MESSAGE: a heading, with the seconds since the script started.
step() { printf '%s==> %s%s (%ds)\n' "$BOLD" "$*" "$RESET" "$SECONDS" >&2; }
warn() { echo "${YELLOW}WARNING: $*${RESET}" >&2; }
die() {
  echo "${RED}ERROR: $*${RESET}" >&2
  exit 1
}

# quietly CMD...: runs CMD with its output in a log; prints the log only when CMD fails.
quietly() {
  local log status=0
  log="$(mktemp)"
  "$@" >"$log" 2>&1 || status=$?
  if [ "$status" != 0 ]; then
    cat "$log" >&2
    echo "${RED}FAILED (exit $status): $*${RESET}" >&2
  fi
  rm -f "$log"
  return "$status"
}

# as_root CMD...: runs CMD as root (directly, or through sudo without a password prompt).
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n -E "$@"
  else
    echo "root is needed for: $*" >&2
    return 1
  fi
}

apt_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

APT_UPDATED=""
# ensure_apt_packages PKG...: installs the Debian packages that are missing, and only those.
ensure_apt_packages() {
  local missing=() package
  for package in "$@"; do
    apt_installed "$package" || missing+=("$package")
  done
  [ "${#missing[@]}" = 0 ] && return 0
  step "Installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then
    quietly as_root apt-get update -q || return 1
    APT_UPDATED=1
  fi
  quietly as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

# ensure_venv base|test: .venv with the project installed in editable mode at the versions of
# constraints.txt, with the optional dependencies "test" if asked. Skipped while pyproject.toml
# and constraints.txt are unchanged since the last install.
ensure_venv() {
  local flavour="$1" stamp_dir="$VENV/.cho-htx" want target="$ROOT"
  want="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp_dir/$flavour" 2>/dev/null)" = "$want" ] && "$PY" -c "" 2>/dev/null; then
    return 0
  fi
  if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    ensure_apt_packages python3-venv || die "python3-venv is needed to create .venv"
  fi
  if ! "$PY" -c "" 2>/dev/null; then
    step "Creating .venv"
    rm -rf "$VENV"
    quietly python3 -m venv "$VENV" || die "could not create $VENV"
  fi
  [ "$flavour" = base ] || target="${ROOT}[$flavour]"
  step "Installing the project and its dependencies into .venv ($flavour)"
  quietly "$PY" -m pip install -c "$ROOT/constraints.txt" -e "$target" || die "pip install failed"
  mkdir -p "$stamp_dir"
  echo "$want" >"$stamp_dir/$flavour"
  # The test flavour includes the base one.
  echo "$want" >"$stamp_dir/base"
}

manage() { "$PY" "$ROOT/manage.py" "$@"; }

# compile_messages: compiles the translations whose .po is newer than its .mo.
compile_messages() {
  local po stale=""
  while IFS= read -r po; do
    if [ "$po" -nt "${po%.po}.mo" ]; then stale=1; fi
  done < <(find "$ROOT" -path "$VENV" -prune -o -path "$ROOT/node_modules" -prune -o \
    -path "*/LC_MESSAGES/*.po" -print)
  [ -z "$stale" ] && return 0
  ensure_apt_packages gettext || die "gettext is needed to compile translations"
  step "Compiling translations"
  quietly manage compilemessages -l vi --ignore='.venv/*' --ignore='node_modules/*' ||
    die "compilemessages failed"
}

# start_elasticsearch: the local server of scripts/elasticsearch.sh (installed on first use).
start_elasticsearch() {
  step "Starting Elasticsearch"
  "$ROOT/scripts/elasticsearch.sh" start
}

# ensure_postgres: a running PostgreSQL on 127.0.0.1:5432 with the role and database chohtx
# (password chohtx, LOGIN CREATEDB) that the test settings use.
ensure_postgres() {
  local version
  ensure_apt_packages postgresql || die "could not install PostgreSQL"
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    version="$(pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print $1; exit }')"
    if [ -z "$version" ]; then
      version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n1)"
      step "Creating the PostgreSQL $version cluster"
      quietly as_root pg_createcluster "$version" main || die "pg_createcluster failed"
    fi
    step "Starting PostgreSQL $version"
    quietly as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
      die "PostgreSQL $version did not start"
    for _ in $(seq 1 60); do
      pg_isready -q -h 127.0.0.1 -p 5432 && break
      sleep 0.5
    done
    pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
  fi
  if ! PGPASSWORD=chohtx psql -h 127.0.0.1 -U chohtx -d chohtx -tAc "SELECT 1" >/dev/null 2>&1; then
    step "Creating the PostgreSQL role and database chohtx"
    postgres_sql "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chohtx') THEN
          CREATE ROLE chohtx LOGIN CREATEDB PASSWORD 'chohtx';
        END IF;
      END \$\$;" || die "could not create the role chohtx"
    if [ -z "$(postgres_sql "SELECT 1 FROM pg_database WHERE datname = 'chohtx'")" ]; then
      postgres_sql "CREATE DATABASE chohtx OWNER chohtx" >/dev/null ||
        die "could not create the database chohtx"
    fi
  fi
}

# postgres_sql SQL: runs SQL as the postgres superuser through the local socket.
postgres_sql() {
  as_root su postgres -c "cd / && psql -X -q -v ON_ERROR_STOP=1 -tA -d postgres" <<<"$1"
}

# ensure_redis: a Redis server answering on 127.0.0.1:6379 (Debian's redis-server, installed if
# missing). Started by hand, not as a service, with its data in the cache folder; the tests use
# database numbers of their own and prefixed keys, so an already running server is fine too.
ensure_redis() {
  local dir
  redis_answers && return 0
  ensure_apt_packages redis-server || die "could not install redis-server"
  if [ "$(id -u)" = 0 ]; then dir=/var/cache/cho-htx; else dir="${XDG_CACHE_HOME:-$HOME/.cache}/cho-htx"; fi
  dir="${CHOHTX_CACHE_DIR:-$dir}/redis"
  mkdir -p "$dir"
  step "Starting Redis"
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --dir "$dir" \
    --logfile "$dir/redis.log" --pidfile "$dir/redis.pid" --save "" --appendonly no ||
    die "redis-server did not start"
  for _ in $(seq 1 50); do
    redis_answers && return 0
    sleep 0.1
  done
  die "Redis does not answer on 127.0.0.1:6379 (see $dir/redis.log)"
}

redis_answers() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
