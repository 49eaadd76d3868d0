#!/usr/bin/env bash
# Debian packages the tests use: Chromium (browser tests), LibreOffice and poppler (the
# rendered-workbook check and the reader of what we write), openpyxl with Pillow (workbooks
# written by another program), xmllint (manifest schema), libsecret (keytar, for the sideloading
# tools). Installs only what is missing; run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import PIL' >/dev/null 2>&1 || need+=(python3-pil)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libsecret-1 2>/dev/null || need+=(libsecret-1-dev)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "System packages ready."
