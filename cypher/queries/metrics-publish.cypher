// Makes run $run the stored metrics readers use, computed from graph version $graphVersion with
// liveness as of $today, and releases $runner's claim. runs counts publications: answers cached
// on the previous run are dropped (graph-version's answersVersion).
MATCH (k:AtlasMeta {id: 'metrics'})
WHERE k.runner = $runner
SET k.run = $run, k.lastRun = $run, k.graphVersion = $graphVersion, k.coverageFor = $today,
    k.computedAt = datetime(), k.durationMs = $durationMs, k.runs = coalesce(k.runs, 0) + 1,
    k.runner = null, k.leaseUntil = null
RETURN k.run AS run
