#!/usr/bin/env bash
# Starts a local Neo4j 5.26 Community DBMS (Bolt only, 127.0.0.1, no auth).
# Builds the launcher on first use (needs Maven Central once; offline afterwards).
# All arguments are passed to the launcher: see README.md or `run.sh --help`.
#
# Environment:
#   NEO4J_LOCAL_HEAP       max heap (default 1g)
#   NEO4J_LOCAL_JAVA_OPTS  extra JVM options, appended last
#   JAVA                   java binary (default: $JAVA_HOME/bin/java, else java on PATH)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
CLASSPATH_FILE="$HERE/target/classpath.txt"

if [[ -n "${JAVA:-}" ]]; then
  JAVA_BIN="$JAVA"
elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  JAVA_BIN="$JAVA_HOME/bin/java"
else
  JAVA_BIN="java"
fi

# (Re)build when the classpath or classes are missing, or the sources/pom are newer than the build.
needs_build=0
if [[ ! -s "$CLASSPATH_FILE" || ! -d "$HERE/target/classes/io" ]]; then
  needs_build=1
elif [[ -n "$(find "$HERE/pom.xml" "$HERE/src" -newer "$CLASSPATH_FILE" -type f -print -quit)" ]]; then
  needs_build=1
else
  # A jar listed in the classpath vanished (e.g. a fresh ~/.m2): resolve again.
  IFS=':' read -r -a jars < "$CLASSPATH_FILE" || true  # file has no trailing newline
  for jar in "${jars[@]}"; do
    if [[ ! -f "$jar" ]]; then needs_build=1; break; fi
  done
fi
if [[ "$needs_build" == 1 ]]; then
  echo "neo4j-local: building launcher (mvn package)..." >&2
  mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" package 1>&2
  # build-classpath leaves an unchanged file untouched; refresh its mtime so the check above passes next time.
  touch "$CLASSPATH_FILE"
fi

JVM_OPTS=(
  -Xms"${NEO4J_LOCAL_HEAP:-1g}" -Xmx"${NEO4J_LOCAL_HEAP:-1g}"
  -XX:+UseG1GC
  -XX:+ExitOnOutOfMemoryError
  -XX:-OmitStackTraceInFastThrow
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  # Neo4j 5 needs these on JDK 17+ (page cache buffers, native fadvise on tx logs, netty).
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  -Dnaig.repo.root="$REPO_ROOT"
)
# shellcheck disable=SC2206
EXTRA_OPTS=(${NEO4J_LOCAL_JAVA_OPTS:-})

exec "$JAVA_BIN" "${JVM_OPTS[@]}" "${EXTRA_OPTS[@]}" \
  -cp "$HERE/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.naig.neo4jlocal.Launcher "$@"
