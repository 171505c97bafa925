#!/usr/bin/env bash
# Install the web front-end's libraries and font from the npm registry (pinned by web/package-lock.json)
# and copy the files khabar serves into src/khabar/web/static/vendor/ (git-ignored; never committed).
# Scripts are not run (--ignore-scripts): swagger-ui-dist would otherwise phone home on install.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/src/khabar/web/static/vendor"
modules="$root/web/node_modules"

if ! command -v npm >/dev/null 2>&1; then
    echo "web-assets: npm not found; the server will run without its font, charts and graph" >&2
    exit 1
fi
(cd "$root/web" && npm ci --ignore-scripts --no-audit --no-fund --silent)

rm -rf "$vendor"
mkdir -p "$vendor/fonts" "$vendor/swagger-ui"
cp "$modules/cytoscape/dist/cytoscape.min.js" "$vendor/"
cp "$modules/chart.js/dist/chart.umd.min.js" "$vendor/"
for weight in Regular Bold; do
    cp "$modules/vazirmatn/fonts/webfonts/Vazirmatn-$weight.woff2" "$vendor/fonts/"
done
cp "$modules/vazirmatn/OFL.txt" "$vendor/fonts/"
for file in swagger-ui-bundle.js swagger-ui.css; do
    cp "$modules/swagger-ui-dist/$file" "$vendor/swagger-ui/"
done
echo "web-assets: copied into $vendor"
