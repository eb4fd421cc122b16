#!/bin/sh
# Render the first printed page of some sheets of a workbook as PNGs, with LibreOffice.
#   scripts/render_workbook.sh WORKBOOK.xlsx OUTDIR [SHEET ...]
#   DPI=160 CROP=1100x520 scripts/render_workbook.sh ...   # zoomed on the top left corner
# Needs soffice (libreoffice-calc-nogui) and pdftoppm / pdftotext (poppler-utils). Each sheet
# prints with its footer "<sheet> — page P of N": the first page with it is the sheet's first.
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
        if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "^$sheet — page "; then
            name=$(echo "$sheet" | tr 'A-Z ' 'a-z-')
            crop=""
            if [ -n "${CROP:-}" ]; then
                crop="-x 0 -y 0 -W ${CROP%x*} -H ${CROP#*x}"
            fi
            # shellcheck disable=SC2086
            pdftoppm -png -r "${DPI:-80}" $crop -f "$p" -l "$p" -singlefile "$pdf" "$out/$name"
            echo "$out/$name.png"
            break
        fi
        p=$((p + 1))
    done
done
rm -rf "$tmp"
