// Claims the recompute for $runner for $leaseSeconds, unless another server holds an unexpired
// claim: with several servers on one database, one computes and the others read what it stores.
// Returns the run to write, the graph version to compute from and the run published now (null
// before the first publication); no row when claimed elsewhere.
MERGE (k:AtlasMeta {id: 'metrics'})
WITH k
WHERE k.runner IS NULL OR k.runner = $runner OR k.leaseUntil < datetime()
SET k.runner = $runner, k.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
WITH k
OPTIONAL MATCH (m:AtlasMeta {id: 'graph'})
RETURN coalesce(k.lastRun, 0) + 1 AS run, coalesce(m.version, 0) AS graphVersion,
       k.run AS publishedRun
