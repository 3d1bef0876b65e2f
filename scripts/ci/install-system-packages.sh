#!/usr/bin/env bash
# Debian packages the tests and the book need: Chromium (Playwright drives the system browser, since
# `npx playwright install` cannot download here; it also prints the book's PDF), poppler-utils
# (pdfinfo, pdftotext and pdftohtml check the PDFs), a JRE and epubcheck (EPUB checks), and a font
# for text rendering (the book's own font comes from npm). Skips apt when everything is present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ command -v pdfinfo && command -v pdftotext && command -v pdftohtml; } >/dev/null 2>&1 || need+=(poppler-utils)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  echo "all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Missing packages (${need[*]}) and no root or sudo to install them." >&2
    exit 1
  fi
fi
echo "installing: ${need[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "installed"
