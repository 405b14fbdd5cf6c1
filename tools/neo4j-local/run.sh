#!/usr/bin/env bash
# Starts a local Neo4j 5.26 Community DBMS (Bolt only, 127.0.0.1, no auth) in the foreground.
# Builds the launcher on first use (needs Maven Central once; works offline afterwards).
# All arguments go to the launcher: see README.md or `run.sh --help`.
#
# Environment:
#   NEO4J_LOCAL_HEAP       heap size, used for -Xms and -Xmx (default 1g)
#   NEO4J_LOCAL_JAVA_OPTS  extra JVM options, appended last (word-split)
#   NEO4J_LOCAL_CDS        0 = never use the class-data-sharing archive from train-cds.sh
#   JAVA                   java binary (default: $JAVA_HOME/bin/java, else java on PATH)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
CLASSPATH_FILE="$HERE/target/classpath.txt"
LAUNCHER_JAR="$HERE/target/neo4j-local.jar"
CDS_ARCHIVE="$HERE/target/cds/neo4j-local.jsa"

if [[ -n "${JAVA:-}" ]]; then
  JAVA_BIN="$JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA_BIN="$JAVA_HOME/bin/java"
else
  JAVA_BIN="java"
fi

# (Re)build when the outputs are missing, or the sources/pom are newer than the last build.
needs_build() {
  [[ -s "$CLASSPATH_FILE" && -f "$LAUNCHER_JAR" ]] || return 0
  [[ -z "$(find "$HERE/pom.xml" "$HERE/src" -newer "$CLASSPATH_FILE" -type f -print -quit)" ]] || return 0
  # A jar listed in the classpath vanished (e.g. a fresh ~/.m2): resolve again.
  local jars jar
  IFS=':' read -r -a jars < "$CLASSPATH_FILE" || true  # the file has no trailing newline
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 0
  done
  return 1
}
if needs_build; then
  # Several instances may start at once (parallel tests): build under a lock, then re-check.
  mkdir -p "$HERE/target"
  exec 9>"$HERE/target/.build.lock"
  flock 9
  if needs_build; then
    echo "neo4j-local: building launcher (mvn package)..." >&2
    mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" package 1>&2
    # build-classpath leaves an unchanged file untouched; refresh its mtime so needs_build is false next time.
    touch "$CLASSPATH_FILE"
  fi
  exec 9>&-
fi

HEAP="${NEO4J_LOCAL_HEAP:-1g}"
JVM_OPTS=(
  -Xms"$HEAP" -Xmx"$HEAP"
  -XX:+UseG1GC
  -XX:+ExitOnOutOfMemoryError
  -XX:-OmitStackTraceInFastThrow
  -XX:+DisableExplicitGC
  # Stdout is reserved for NEO4J_READY / NEO4J_STOPPED: send JVM warnings and unified logging to stderr.
  -XX:+DisplayVMOutputToStderr
  -Xlog:disable -Xlog:all=warning:stderr
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  # Neo4j 5 needs these on JDK 17+: without java.nio the page cache falls back to a slower mode,
  # without java.io / sun.nio.ch the native fadvise calls on transaction logs fail (WARNs in debug.log).
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  -Dnaig.repo.root="$REPO_ROOT"
)

# Class-data sharing (see train-cds.sh): recorded while starting the DB once; cuts start-up CPU by about a third.
# Only used while newer than the build it was recorded from (the JVM would ignore a stale one anyway).
if [[ -n "${NEO4J_LOCAL_CDS_DUMP:-}" ]]; then
  JVM_OPTS+=(-XX:ArchiveClassesAtExit="$NEO4J_LOCAL_CDS_DUMP")
elif [[ "${NEO4J_LOCAL_CDS:-1}" != 0 && -s "$CDS_ARCHIVE" \
      && "$CDS_ARCHIVE" -nt "$LAUNCHER_JAR" && "$CDS_ARCHIVE" -nt "$CLASSPATH_FILE" ]]; then
  JVM_OPTS+=(-XX:SharedArchiveFile="$CDS_ARCHIVE")
fi

# shellcheck disable=SC2206
EXTRA_OPTS=(${NEO4J_LOCAL_JAVA_OPTS:-})

# The launcher jar (not target/classes): CDS refuses non-empty directories on the class path.
exec "$JAVA_BIN" "${JVM_OPTS[@]}" "${EXTRA_OPTS[@]}" \
  -cp "$LAUNCHER_JAR:$(cat "$CLASSPATH_FILE")" \
  io.naig.neo4jlocal.Launcher "$@"
