#!/usr/bin/env bash
# Installs what the product needs on a fresh Debian machine, then only what changed since the last run:
# Debian packages (apt-get, as root or with sudo), the virtualenv in .venv with the project and its
# dependencies, and the compiled translation catalogs. Usage: scripts/bootstrap.sh [run|test|bench]
# (bench: what run needs plus the extra CJK fonts the OCR benchmark's two splits render with)
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-run}"

packages=(libzbar0 fonts-noto-cjk)
# the faces the OCR dev split sets cards in besides Noto (ocr/synthetic/fonts.py OTHER_FACES)
dev_faces=(fonts-lxgw-wenkai fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-smiley-sans)
if [ "$purpose" = "test" ]; then
  packages+=(postgresql chromium fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei fonts-wqy-microhei "${dev_faces[@]}")
fi
if [ "$purpose" = "bench" ]; then
  packages+=(fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei fonts-wqy-microhei "${dev_faces[@]}")
fi

missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
    echo "need root to install: ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extras=""
[ "$purpose" = "test" ] && extras="[test]"
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)${extras:+-test}"
if [ ! -f "$stamp" ]; then
  echo "installing Python dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
  touch "$stamp"
fi

.venv/bin/pybabel -q compile -d locales -D messages
