// Bumped by every transaction that changes the graph (ingest, review), so every server's cached
// analytics see the change, whichever process made it.
MERGE (m:AtlasMeta {id: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changedAt = datetime()
