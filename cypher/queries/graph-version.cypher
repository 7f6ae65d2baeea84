// The graph's change counter (analytics cached at one version are stale at the next), and the
// stored metrics: which run of the recompute is current, and the graph version it was computed
// from. answersVersion moves with either, so cached answers built on stored metrics go too when a
// recompute publishes.
OPTIONAL MATCH (m:AtlasMeta {id: 'graph'})
OPTIONAL MATCH (k:AtlasMeta {id: 'metrics'})
RETURN coalesce(m.version, 0) AS version,
       coalesce(m.version, 0) + coalesce(k.runs, 0) AS answersVersion,
       k.run AS metricsRun,
       k.graphVersion AS metricsGraphVersion,
       toString(k.computedAt) AS metricsComputedAt,
       k.coverageFor AS coverageFor
