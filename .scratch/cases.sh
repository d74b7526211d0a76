for f in "$@"; do echo "== $(basename $f)"; timeout 300 node bin/carteggio.js extract "$f" --json 2>/dev/null | cut -c1-900; done
