#!/bin/sh
# Renders the PNG sizes of the icon from the SVG (rsvg-convert, Debian's librsvg2-bin). The PNGs are kept
# in the repository, so building and packaging do not need it.
set -e
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" cryptocheckout.svg -o "cryptocheckout-$size.png"
done
