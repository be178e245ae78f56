# Sourced by ./build, ./hyperseed and .ci/run: exports JAVA_HOME pointing at a JDK >= 21 and
# HYPERSEED_JAVA_MAJOR (its feature version). Looks at $JAVA_HOME, then `javac` on the PATH, then the system JVM
# folders. Never a fixed machine path. Plain bash (no subprocess but one readlink): it runs on every ./hyperseed call.
# Sets hyperseed_major to the feature version of the JDK in folder $1 (empty when unknown).
hyperseed_java_major() {
  local v="" line
  # the JDK's release file answers without starting a JVM; fall back to asking java itself
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=*) v=${line#JAVA_VERSION=\"}; v=${v%%[!0-9]*}; break ;;
      esac
    done <"$1/release"
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)
  fi
  [ "$v" = "1" ] && v=8
  hyperseed_major=$v
}
hyperseed_find_jdk() {
  local candidates=() c major javac_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if javac_path=$(command -v javac 2>/dev/null); then
    javac_path=$(readlink -f "$javac_path")
    candidates+=("${javac_path%/bin/javac}")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    hyperseed_java_major "$c"
    major=$hyperseed_major
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$c" HYPERSEED_JAVA_MAJOR="$major"
      return 0
    fi
  done
  echo "hyperseed: no JDK 21 or newer found (looked at JAVA_HOME, the PATH and the system JVM folders); install JDK 21+ (e.g. Temurin 21) and set JAVA_HOME to it" >&2
  return 1
}
