// Industry chains from chains.csv. Chains and their segments go before the organisations, so an
// enterprise's OPERATES_IN links are made in the same pass that creates it (no second read of the file).
// Nodes: MERGE on the id, as the ingest does. EVIDENCED_BY: MERGE, as the ingest does; a node
// citing the same source twice gets one link, and a second run adds nothing.
// `region` is read as a GB/T 2260 code, which is what the generator writes (the ingest also
// resolves names; the baseline does not need to). A chain keeps it as regionCode, with no link.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (c:IndustryChain {id: trim(row.id)})
  SET c += {
    name: nullIf(trim(row.name), ''),
    nameZh: nullIf(trim(row.nameZh), ''),
    scope: nullIf(trim(row.scope), ''),
    regionCode: nullIf(trim(row.region), '')
  }
  // searchText as the ingest writes it (cypher/queries/fill-search-text.cypher).
  SET c.searchText = '|' + apoc.text.join([key IN [c.name, c.nameZh, c.code] + coalesce(c.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
  WITH c, row
  CALL (c, row) {
    UNWIND split(coalesce(row.source, ''), '|') AS cited
    WITH trim(cited) AS sourceId WHERE sourceId <> ''
    MATCH (s:Source {id: sourceId})
    MERGE (c)-[:EVIDENCED_BY]->(s)
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
