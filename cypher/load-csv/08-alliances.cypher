// Alliances from alliances.csv with their members (MEMBER_OF), what they serve (SERVES) and their
// sources (EVIDENCED_BY), as merge-alliances.cypher makes them.
// Nodes: MERGE on the id. Relationships: MERGE, as the ingest does, so a member listed twice gets
// one link and a second run adds nothing.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (l:Alliance {id: trim(row.id)})
  SET l += {
    name: nullIf(trim(row.name), ''),
    nameZh: nullIf(trim(row.nameZh), ''),
    foundedOn: date(nullIf(trim(row.foundedOn), ''))
  }
  // searchText as the ingest writes it (cypher/queries/fill-search-text.cypher).
  SET l.searchText = '|' + apoc.text.join([key IN [l.name, l.nameZh, l.code] + coalesce(l.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
  WITH l, row
  CALL (l, row) {
    UNWIND split(coalesce(row.members, ''), '|') AS listed
    WITH trim(listed) AS memberId WHERE memberId <> ''
    MATCH (o:Organization {id: memberId})
    MERGE (o)-[:MEMBER_OF]->(l)
  }
  CALL (l, row) {
    UNWIND split(coalesce(row.serves, ''), '|') AS listed
    WITH trim(listed) AS targetId WHERE targetId <> ''
    MATCH (t:IndustryChain|ChainSegment {id: targetId})
    MERGE (l)-[:SERVES]->(t)
  }
  CALL (l, row) {
    UNWIND split(coalesce(row.source, ''), '|') AS cited
    WITH trim(cited) AS sourceId WHERE sourceId <> ''
    MATCH (s:Source {id: sourceId})
    MERGE (l)-[:EVIDENCED_BY]->(s)
  }
} IN TRANSACTIONS OF $batchSize ROWS
RETURN count(*) AS rows
