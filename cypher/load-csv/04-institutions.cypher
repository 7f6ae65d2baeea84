// institutions.csv: every row becomes an :Organization:Institution, as merge-organizations.cypher makes it.
// Nodes: MERGE on the Organization id (the constraint the ingest merges on), then the kind label.
// Relationships: MERGE, as the ingest does, so a second run adds nothing; on an empty database
// CREATE would skip the existence check, but then a duplicated list entry or a rerun would add
// links the ingest never makes, and the two loads would no longer build the same graph.
// aliases: the |-separated list (trimmed, empty entries dropped, absent when empty), and
// aliasText the same list joined with " | " for the full-text index, exactly as the ingest writes it.
// `region` is read as a GB/T 2260 code (what the generator writes) and linked with LOCATED_IN.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  WITH row, [alias IN split(coalesce(row.aliases, ''), '|') WHERE trim(alias) <> '' | trim(alias)] AS aliases
  MERGE (o:Organization {id: trim(row.id)})
  SET o:Institution
  SET o += {
    name: nullIf(trim(row.name), ''),
    nameZh: nullIf(trim(row.nameZh), ''),
    kind: nullIf(trim(row.kind), ''),
    regionCode: nullIf(trim(row.region), ''),
    aliases: CASE WHEN size(aliases) > 0 THEN aliases END,
    aliasText: CASE WHEN size(aliases) > 0 THEN reduce(text = head(aliases), alias IN tail(aliases) | text + ' | ' + alias) END
  }
  // searchText as the ingest writes it (cypher/queries/fill-search-text.cypher).
  SET o.searchText = '|' + apoc.text.join([key IN [o.name, o.nameZh, o.code] + coalesce(o.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
  WITH o, row
  CALL (o, row) {
    MATCH (r:Region {code: trim(row.region)})
    MERGE (o)-[:LOCATED_IN]->(r)
  }
  CALL (o, row) {
    UNWIND split(coalesce(row.source, ''), '|') AS cited
    WITH trim(cited) AS sourceId WHERE sourceId <> ''
    MATCH (s:Source {id: sourceId})
    MERGE (o)-[:EVIDENCED_BY]->(s)
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
