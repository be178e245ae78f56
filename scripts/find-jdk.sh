# Sourced by ./build, ./hyperseed and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Looks at $JAVA_HOME, then `java` on the PATH, then the system JVM folders. Never a fixed machine path.
hyperseed_java_major() {
  local v=""
  # the JDK's release file answers without starting a JVM; fall back to asking java itself
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1)
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)
  fi
  [ "$v" = "1" ] && v=8
  echo "$v"
}
hyperseed_find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(hyperseed_java_major "$c")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c"
      return 0
    fi
  done
  echo "hyperseed: no JDK 21 or newer found (looked at JAVA_HOME, the PATH and the system JVM folders); install JDK 21+ (e.g. Temurin 21) and set JAVA_HOME to it" >&2
  return 1
}
