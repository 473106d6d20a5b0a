# Sourced by the other scripts: Debian packages and the project's virtual environment. Never touches the system
# Python: Debian and Ubuntu refuse `pip install` outside a virtual environment (PEP 668).

VENV="${EDGE_VENV:-$PWD/.venv}"

# Installs the Debian packages given that are missing (with sudo unless root).
need_debian_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "edge: needs the Debian/Ubuntu packages ${missing[*]} (or your system's equivalent); install them and rerun" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "edge: installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

_venv_healthy() {
  [ -x "$VENV/bin/python" ] &&
    "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null &&
    "$VENV/bin/python" -m pip --version >/dev/null 2>&1
}

# Makes $VENV (reused when healthy) and installs edge into it, editable, with the extras given in $1 (e.g. dev).
# Reinstalls only when pyproject.toml or setup.py changed since the last install of those extras.
ensure_venv() {
  local extras="${1:-}" python="${PYTHON:-python3}"
  if ! _venv_healthy; then
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
      echo "edge: needs Python >= 3.10 as '$python'; install it (Debian/Ubuntu: apt-get install python3) or set PYTHON" >&2
      return 1
    fi
    echo "edge: creating the virtual environment $VENV" >&2
    if ! "$python" -m venv --clear "$VENV" >/dev/null 2>&1; then
      need_debian_packages python3-venv # Debian ships venv's pip bootstrap separately
      "$python" -m venv --clear "$VENV"
    fi
  fi
  local stamp="$VENV/.edge-installed${extras:+-$extras}" want
  want="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || [ ! -x "$VENV/bin/edge" ]; then
    echo "edge: installing edge${extras:+[$extras]} into $VENV" >&2
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".${extras:+[$extras]}"
    echo "$want" >"$stamp"
  fi
}
