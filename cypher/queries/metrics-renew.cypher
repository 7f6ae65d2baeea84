// Extends $runner's claim on the recompute while it works; no row when the claim was lost.
MATCH (k:AtlasMeta {id: 'metrics'})
WHERE k.runner = $runner
SET k.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
RETURN k.runner AS runner
