#!/usr/bin/env bash
# Setup — installs the Debian packages py2cpp needs, only those that are missing (quiet and quick when all are
# there). Run as root, or with sudo available.
set -euo pipefail

packages=(
  antlr4 libantlr4-runtime-dev default-jre-headless   # the grammar tool (4.7.2) and its C++ runtime (4.9)
  libfmt-dev libcli11-dev libgmp-dev libgtest-dev      # libraries
  libjemalloc-dev
  cmake ninja-build make g++ ccache python3            # build tools (make: the CMake test builds with Makefiles too);
                                                       # python3 is the reference we compare with
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "py2cpp: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
