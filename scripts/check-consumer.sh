#!/usr/bin/env bash
# Checks that a library user's Maven build works with the published artifacts alone (issue 16; docs/maven.md):
# installs hyperseed-bom, -parent, -core, -neural and -timefold into a throw-away local repository, then builds and
# tests examples/consumer-check (not a reactor module) against that repository.
#   scripts/check-consumer.sh [MAVEN_ARGS...]     e.g. -o to stay offline when everything is downloaded
# The throw-away repository is the head of a chained local repository whose read-only tail is the user's
# ~/.m2/repository (Maven 3.9's aether.chainedLocalRepository): third-party jars come from there or from Maven
# Central, Hyperseed's own only from the fresh install, never from an older one left in ~/.m2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# The BOM does not inherit the parent: its versions are written twice, and must agree.
for property in version.timefold version.optaplanner version.djl version.pytorch; do
  parent=$(sed -n "s:.*<$property>\(.*\)</$property>.*:\1:p" pom.xml | head -n 1)
  bom=$(sed -n "s:.*<$property>\(.*\)</$property>.*:\1:p" plugin/hyperseed-bom/pom.xml | head -n 1)
  if [ "$parent" != "$bom" ]; then
    echo "check-consumer: $property is $parent in pom.xml but $bom in plugin/hyperseed-bom/pom.xml; make them equal" >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/hyperseed-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
tail_repo="${HYPERSEED_M2_REPOSITORY:-$HOME/.m2/repository}"
repo=(-Dmaven.repo.local="$work/repository")
[ -d "$tail_repo" ] && repo+=(-Daether.chainedLocalRepository.paths="$tail_repo")

echo "check-consumer: installing Hyperseed into $work/repository ..."
./build -q "${repo[@]}" "$@" -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Dhyperseed.startup.archive.skip=true -pl plugin/hyperseed-bom,plugin/hyperseed-timefold -am install

echo "check-consumer: building and testing examples/consumer-check against it ..."
DJL_CACHE_DIR="${DJL_CACHE_DIR:-$root/.djl-cache}" \
  ./build "${repo[@]}" "$@" -f examples/consumer-check/pom.xml verify
echo "check-consumer: OK"
