#!/usr/bin/env bash
# Runs the Oversight Portal on this machine: builds it, starts a demo Keycloak on
# http://localhost:8180 (unless QUARKUS_OIDC_AUTH_SERVER_URL points at another one),
# then runs the portal on http://localhost:8080 until Ctrl-C.
#
# Usage: deploy/run-local.sh [--no-build] [--reset-keycloak]
#   --no-build        reuse target/quarkus-app from an earlier build
#   --reset-keycloak  delete the local Keycloak database so deploy/keycloak/oversight-realm.json
#                     is imported again (an existing realm is never re-imported)
#
# Environment: JAVA_OPTS, PORTAL_DEMO_DATA (default true), QUARKUS_OIDC_AUTH_SERVER_URL,
#              KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD (default admin / admin).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PORTAL_URL="http://localhost:${QUARKUS_HTTP_PORT:-8080}"
KC_URL="http://localhost:8180"
REALM_URL="$KC_URL/realms/oversight"
APP_JAR="target/quarkus-app/quarkus-run.jar"
KC_LOG=".local/keycloak.log"
KC_WAIT_SECONDS=180

build=true
reset_keycloak=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --reset-keycloak) reset_keycloak=true ;;
    -h | --help)
      awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"
      exit 0
      ;;
    *)
      echo "Unknown option: $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

die() {
  echo "ERROR: $*" >&2
  exit 1
}

# --- Prerequisites ---------------------------------------------------------------------------

# mvnw and kc.sh prefer $JAVA_HOME over the java on PATH, so check the one they will use.
if [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]]; then
  JAVA_BIN="${JAVA_HOME}/bin/java"
else
  command -v java >/dev/null 2>&1 \
    || die "java not found on PATH. Install a JDK 17 or newer (e.g. https://adoptium.net) and retry."
  JAVA_BIN="java"
fi
java_version="$("$JAVA_BIN" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
java_major="${java_version#1.}"
java_major="${java_major%%[!0-9]*}"
if [[ -z "$java_major" ]] || ((java_major < 17)); then
  die "Java 17 or newer is required, but '$JAVA_BIN' is version '${java_version:-unknown}'."
fi

command -v curl >/dev/null 2>&1 || die "curl not found on PATH; it is needed to check that Keycloak is up."

if $build; then
  command -v node >/dev/null 2>&1 || die "node not found on PATH. The build needs Node.js 20 or newer (https://nodejs.org)."
  command -v npm >/dev/null 2>&1 || die "npm not found on PATH. The build needs npm (it ships with Node.js)."
  node_major="$(node --version | sed 's/^v//; s/[^0-9].*//')"
  if [[ -n "$node_major" ]] && ((node_major < 20)); then
    echo "WARNING: Node.js $(node --version) found; Node.js 20 or newer is expected." >&2
  fi
fi

# Prints the HTTP status for a URL, or 000 if nothing answers.
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true
}

if [[ "$(http_status "$PORTAL_URL/")" != "000" ]]; then
  die "Something is already answering on $PORTAL_URL; stop it first (the portal needs that port)."
fi

# --- Build ---------------------------------------------------------------------------------------

if $build; then
  echo "Building the portal (./mvnw package -DskipTests); the first build downloads dependencies..."
  ./mvnw -B -q package -DskipTests
fi
[[ -f "$APP_JAR" ]] || die "$APP_JAR not found. Run without --no-build to build it."

# --- Keycloak ------------------------------------------------------------------------------------

KC_PID=""
PORTAL_PID=""

# shellcheck disable=SC2317  # only called from the EXIT trap
stop_pid() {
  local pid="$1" name="$2"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "Stopping $name..."
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
}

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  # Ignore further Ctrl-C so Keycloak is not left running half-way through shutdown.
  trap '' INT TERM
  trap - EXIT
  stop_pid "$PORTAL_PID" "the portal"
  stop_pid "$KC_PID" "Keycloak"
}
trap cleanup EXIT
trap 'echo; exit 130' INT
trap 'exit 143' TERM

kc_admin_user="${KEYCLOAK_ADMIN_USER:-admin}"
kc_admin_password="${KEYCLOAK_ADMIN_PASSWORD:-admin}"

if [[ -n "${QUARKUS_OIDC_AUTH_SERVER_URL:-}" ]]; then
  kc_started=false
  echo "Using the external Keycloak/OIDC server at $QUARKUS_OIDC_AUTH_SERVER_URL (nothing started here)."
else
  kc_version="$(sed -n 's:.*<keycloak\.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</keycloak\.version>.*:\1:p' pom.xml | head -n 1)"
  [[ -n "$kc_version" ]] || die "Could not read <keycloak.version> from pom.xml."
  kc_home=".local/keycloak/keycloak-$kc_version"

  if [[ ! -f "$kc_home/bin/kc.sh" ]]; then
    echo "Fetching Keycloak $kc_version into .local/keycloak (once)..."
    mkdir -p .local/keycloak
    # dependency:copy, not unpack: unpack skips an artifact the test build already unpacked into target/.
    ./mvnw -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$kc_version:zip" \
      -DoutputDirectory=.local/keycloak
    (cd .local/keycloak && jar xf "keycloak-quarkus-dist-$kc_version.zip" && rm "keycloak-quarkus-dist-$kc_version.zip")
    [[ -f "$kc_home/bin/kc.sh" ]] || die "Keycloak was not unpacked to $kc_home."
  fi
  chmod +x "$kc_home"/bin/*.sh

  # The portal runs in production mode, which refuses the demo realm's committed client secret (security review
  # finding 7): this machine gets a random one, in .local/secrets.env, and the realm is imported with it.
  mkdir -p .local
  if ! grep -q '^PORTAL_OIDC_CLIENT_SECRET=' .local/secrets.env 2>/dev/null; then
    (umask 077; echo "PORTAL_OIDC_CLIENT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')" >> .local/secrets.env)
    if [[ -d "$kc_home/data/h2" ]]; then
      echo "A new client secret for this machine: the local Keycloak's realm is imported again."
      reset_keycloak=true
    fi
  fi
  local_client_secret="$(sed -n 's/^PORTAL_OIDC_CLIENT_SECRET=//p' .local/secrets.env | head -n 1)"
  if $reset_keycloak; then
    echo "Deleting the local Keycloak database ($kc_home/data/h2); the realm will be imported again."
    rm -rf "$kc_home/data/h2"
  fi
  mkdir -p "$kc_home/data/import"
  sed "s/\"secret\": \"portal-dev-secret\"/\"secret\": \"$local_client_secret\"/" deploy/keycloak/oversight-realm.json \
    > "$kc_home/data/import/oversight-realm.json"

  kc_status="$(http_status "$REALM_URL")"
  if [[ "$kc_status" == "200" ]]; then
    kc_started=false
    echo "A Keycloak with realm 'oversight' is already running at $KC_URL; using it."
  elif [[ "$kc_status" != "000" ]]; then
    die "Port 8180 answers (HTTP $kc_status) but not with realm 'oversight'. Stop whatever uses it, or set QUARKUS_OIDC_AUTH_SERVER_URL."
  else
    kc_started=true
    echo "Starting Keycloak $kc_version on $KC_URL (log: $KC_LOG)..."
    # Keycloak is a Quarkus application too: the portal's QUARKUS_* settings (e.g. a
    # QUARKUS_DATASOURCE_JDBC_URL) and JAVA_OPTS would be applied to it, so drop them there.
    (
      while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -E '^(QUARKUS_|JAVA_OPTS$)' || true)
      export KC_BOOTSTRAP_ADMIN_USERNAME="$kc_admin_user" KC_BOOTSTRAP_ADMIN_PASSWORD="$kc_admin_password"
      # Management port 9100: the portal uses 9000 for its own health and metrics.
      exec "$kc_home/bin/kc.sh" start-dev --http-port 8180 --http-management-port 9100 --import-realm
    ) >"$KC_LOG" 2>&1 &
    KC_PID=$!

    waited=0
    until [[ "$(http_status "$REALM_URL/.well-known/openid-configuration")" == "200" ]]; do
      if ! kill -0 "$KC_PID" 2>/dev/null; then
        echo "Keycloak exited during startup. Last lines of $KC_LOG:" >&2
        tail -n 40 "$KC_LOG" >&2
        die "Keycloak did not start (see the log lines above; is port 8180 in use?)."
      fi
      if ((waited >= KC_WAIT_SECONDS)); then
        echo "Keycloak did not become ready within ${KC_WAIT_SECONDS}s. Last lines of $KC_LOG:" >&2
        tail -n 40 "$KC_LOG" >&2
        die "Keycloak startup timed out."
      fi
      if ((waited > 0 && waited % 10 == 0)); then
        echo "  ...waiting for Keycloak (${waited}s)"
      fi
      sleep 2
      waited=$((waited + 2))
    done
    echo "Keycloak is ready (${waited}s)."
  fi
  export QUARKUS_OIDC_AUTH_SERVER_URL="$REALM_URL"
fi

# --- Portal --------------------------------------------------------------------------------------

export PORTAL_DEMO_DATA="${PORTAL_DEMO_DATA:-true}"
# Production requires these secrets; the demo uses the demo realm's client secret and makes the
# others once, random, in .local/secrets.env (never committed).
if ! grep -q '^PORTAL_SESSION_SECRET=' .local/secrets.env 2>/dev/null; then
  mkdir -p .local
  umask 077
  {
    echo "PORTAL_SESSION_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
    echo "PORTAL_CSRF_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
  } >> .local/secrets.env
fi
set -a
# shellcheck disable=SC1091
. .local/secrets.env
set +a
# PORTAL_OIDC_CLIENT_SECRET comes from .local/secrets.env too (random, and given to the local Keycloak's realm).
# The demo runs on plain http://localhost: session and CSRF cookies cannot be Secure-only there.
export PORTAL_SECURE_COOKIES="${PORTAL_SECURE_COOKIES:-false}"
# No mail server on a laptop: receipts and notices are written to the log instead.
export PORTAL_MAIL_MOCK="${PORTAL_MAIL_MOCK:-true}"

cat <<EOF

================================================================================
 Oversight Portal:         $PORTAL_URL   (ready when the log says "Listening on")
 Identity provider:        $QUARKUS_OIDC_AUTH_SERVER_URL
EOF
if [[ "$QUARKUS_OIDC_AUTH_SERVER_URL" == "$REALM_URL" ]]; then
  if $kc_started; then
    echo " Keycloak admin console: $KC_URL/admin/  (user '$kc_admin_user', password '$kc_admin_password')"
  else
    echo " Keycloak admin console: $KC_URL/admin/"
  fi
fi
cat <<'EOF'

 Demo logins (password demo1234 for all):
   user                   role             agency
   staff-washington       agency-staff     washington-county-sheriff
   staff-orlando          agency-staff     orlando-police
   staff-harbor-schools   agency-staff     harbor-county-schools
   board                  oversight-board  -
   moderator              moderator        -
   admin                  admin            -

 Press Ctrl-C to stop the portal (and the Keycloak this script started).
================================================================================

EOF

# Run in the background and wait, so INT/TERM reach the trap at once and are passed on.
# JAVA_OPTS is split on spaces on purpose, like other launch scripts do.
# shellcheck disable=SC2086
"$JAVA_BIN" ${JAVA_OPTS:-} -jar "$APP_JAR" &
PORTAL_PID=$!
status=0
wait "$PORTAL_PID" || status=$?
PORTAL_PID=""
exit "$status"
