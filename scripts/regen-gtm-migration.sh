#!/bin/sh
# Development only, while the go-to-market migration is unreleased: regenerates migrations/0001_go_to_market.sql
# from the schema files as they are now. Serialised with a lock so concurrent runs do not interleave.
set -e
cd "$(dirname "$0")/.."
exec flock /tmp/tandem-migrate.lock sh -c '
  rm -f migrations/0001_go_to_market.sql migrations/meta/0001_snapshot.json
  node -e "
    const fs = require(\"fs\");
    const p = \"migrations/meta/_journal.json\";
    const j = JSON.parse(fs.readFileSync(p, \"utf8\"));
    j.entries = j.entries.filter((e) => e.idx < 1);
    fs.writeFileSync(p, JSON.stringify(j, null, 2) + \"\\n\");
  "
  npx drizzle-kit generate --name go_to_market
  npx prettier --write migrations >/dev/null
'
