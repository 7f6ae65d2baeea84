// Gives up $runner's claim after a failed recompute, recording run $run as used, so the next
// attempt writes under a new number and never mixes with the failed one's leftovers.
MATCH (k:AtlasMeta {id: 'metrics'})
WHERE k.runner = $runner
SET k.runner = null, k.leaseUntil = null, k.lastRun = $run
