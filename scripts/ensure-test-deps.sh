#!/usr/bin/env bash
# Installs the Debian packages the test suites need when they are missing (CI runs as root on Debian 12).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/obs ] || missing+=(obs-studio)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
[ -x /usr/bin/ffmpeg ] || missing+=(ffmpeg)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
[ -x /usr/bin/espeak-ng ] || missing+=(espeak-ng)
[ -x /usr/bin/sox ] || missing+=(sox)
{ [ -x /usr/bin/g++ ] && [ -x /usr/bin/make ]; } || missing+=(build-essential)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "test dependencies missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "run as root, or install them yourself: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "installed: ${missing[*]}"
