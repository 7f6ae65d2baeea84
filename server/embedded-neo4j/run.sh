#!/usr/bin/env bash
# Builds (first time, or after the pom or sources change) and runs the embedded Neo4j.
#   run.sh --home DIR --port N [--watch-stdin] [--page-cache 512m] [--tx-timeout-seconds 120]
#   run.sh --build-only          fetch and build, then exit (CI does this before the tests)
# Maven output goes to stderr: stdout carries only the protocol lines STARTING, then READY or ERROR.
# ATLAS_NEO4J_HEAP sets the JVM heap (default 2g); ATLAS_NEO4J_PAGE_CACHE the page cache (default 512m),
# which should hold the store (about 2.2 GB at national scale) for fast loads and queries;
# ATLAS_NEO4J_TX_TIMEOUT the longest a transaction may run, in seconds (default 120).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/target/.built"

needs_build() {
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit)" ]
}

if needs_build; then
  command -v mvn >/dev/null || { echo "ATLAS_NEO4J_ERROR no_maven Maven (mvn) is needed to fetch the embedded Neo4j; install it, or set NEO4J_URI to use an external Neo4j."; exit 6; }
  command -v java >/dev/null || { echo "ATLAS_NEO4J_ERROR no_java Java 17 is needed for the embedded Neo4j; install it, or set NEO4J_URI to use an external Neo4j."; exit 6; }
  # Two starts at once (a test run beside a server) must not build over each other.
  exec 9>"$here/.build.lock"
  flock 9
  if needs_build; then
    echo "atlas-neo4j: building the embedded Neo4j launcher (the first build downloads Neo4j's jars)…" >&2
    rm -rf "$here/target/lib" "$here/target/plugins"
    mvn -q -B -f "$here/pom.xml" package 1>&2 || { echo "ATLAS_NEO4J_ERROR build_failed mvn package failed in $here (see the output above)"; exit 6; }
    touch "$stamp"
  fi
  flock -u 9
fi

[ "${1:-}" = "--build-only" ] && exit 0

# plugins/ is on the classpath as well as the plugin dir, as the Neo4j server script does: APOC
# registers its config component through ServiceLoader, and procedures are scanned from the dir.
# The flags Neo4j 5 sets for itself in neo4j.conf when it runs as a server; embedded, we must.
jvm_flags=(
  "-Xmx${ATLAS_NEO4J_HEAP:-2g}"
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-exports=java.base/sun.nio.ch=ALL-UNNAMED
)

echo "ATLAS_NEO4J_STARTING"
sizing=()
[ -n "${ATLAS_NEO4J_PAGE_CACHE:-}" ] && sizing+=(--page-cache "$ATLAS_NEO4J_PAGE_CACHE")
[ -n "${ATLAS_NEO4J_TX_TIMEOUT:-}" ] && sizing+=(--tx-timeout-seconds "$ATLAS_NEO4J_TX_TIMEOUT")
exec java "${jvm_flags[@]}" -cp "$here/target/classes:$here/target/lib/*:$here/target/plugins/*" atlas.neo4j.EmbeddedNeo4j \
  --plugins "$here/target/plugins" "${sizing[@]}" "$@"
