#!/bin/sh
# Prints sources/p*.html to documents/p*.pdf with headless Chromium (check the text with pdftotext).
set -e
cd "$(dirname "$0")/.."
for f in sources/p*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="documents/$(basename "$f" .html).pdf" "file://$PWD/$f" 2>/dev/null
done
