// The graph's change counter: analytics cached at one version are stale at the next.
OPTIONAL MATCH (m:AtlasMeta {id: 'graph'})
RETURN coalesce(m.version, 0) AS version
