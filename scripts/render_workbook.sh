#!/bin/sh
# Render the first printed page of some sheets of a workbook as PNGs, with LibreOffice.
#   scripts/render_workbook.sh WORKBOOK.xlsx OUTDIR [SHEET ...]
# Needs soffice (libreoffice-calc-nogui) and pdftoppm / pdftotext (poppler-utils). Each sheet
# prints with its footer "<sheet> — page 1 of N", which finds the sheet's first page.
set -eu
book=$1; out=$2; shift 2
mkdir -p "$out"
tmp=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$tmp" "$book" >/dev/null 2>&1
pdf="$tmp/$(basename "${book%.*}").pdf"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
for sheet in "$@"; do
    p=1
    while [ "$p" -le "$pages" ]; do
        if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "^$sheet — page 1 of"; then
            name=$(echo "$sheet" | tr 'A-Z ' 'a-z-')
            pdftoppm -png -r 70 -f "$p" -l "$p" -singlefile "$pdf" "$out/$name"
            echo "$out/$name.png"
            break
        fi
        p=$((p + 1))
    done
done
rm -rf "$tmp"
