#!/usr/bin/env bash
# tools/deps.sh PROFILE — makes sure the Debian packages a make target needs are installed.
# Profiles: build, test, fuzz, bench. Silent when nothing is missing; as root it installs
# what is missing with apt-get, otherwise it prints the command to run and exits 1.
set -eu

case "${1:-}" in
    build) pkgs="build-essential pkg-config libjson-c-dev libutf8proc-dev libstemmer-dev zlib1g-dev libsqlite3-dev libxxhash-dev libmicrohttpd-dev libgumbo-dev libxml2-dev libexttextcat-dev libcurl4-openssl-dev liblbfgs-dev" ;;   # liblbfgs: train-ner --learner crf
    test)  pkgs="python3 wget nodejs chromium" ;;   # chromium: the browser tests (tests/cli_web.sh)
    fuzz)  pkgs="clang libclang-rt-14-dev" ;;
    bench) pkgs="g++ liblucene++-dev libboost-dev libxapian-dev libstemmer-dev libutf8proc-dev libjson-c-dev python3 valgrind python3-readability wrk nginx-light curl nodejs liblinear-dev" ;;   # liblinear: the NER anchor only
    *) echo "usage: $0 build|test|fuzz|bench" >&2; exit 2 ;;
esac

missing=""
for p in $pkgs; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done
# npm: Debian packages it apart from nodejs, while a NodeSource nodejs holds it; asking
# apt for Debian's npm beside that would replace the node installed.
case " $pkgs " in
    *" nodejs "*) command -v npm >/dev/null 2>&1 || missing="$missing npm" ;;
esac
missing="${missing# }"
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "tools/deps.sh $1: missing packages; run: sudo apt-get install -y $missing" >&2
    exit 1
fi
echo "tools/deps.sh $1: installing $missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get install -y -qq $missing >/dev/null
