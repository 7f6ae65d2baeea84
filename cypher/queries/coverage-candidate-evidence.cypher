// The evidence shown for candidates: agreements and alliances by id with their names and sources,
// institutions (for tier 4) with their sources, and the enterprises the agreements were made with.
CALL {
  UNWIND $agreementIds AS id
  MATCH (x:Agreement {id: id})
  RETURN 'agreement' AS kind, x.id AS id, coalesce(x.title, x.type) AS name, null AS org,
         COLLECT { MATCH (x)-[:EVIDENCED_BY]->(src:Source) RETURN src {.id, .kind, .url, .title, .publisher, .publishedOn} ORDER BY src.id } AS sources
  UNION ALL
  UNWIND $allianceIds AS id
  MATCH (x:Alliance {id: id})
  RETURN 'alliance' AS kind, x.id AS id, x.name AS name, null AS org,
         COLLECT { MATCH (x)-[:EVIDENCED_BY]->(src:Source) RETURN src {.id, .kind, .url, .title, .publisher, .publishedOn} ORDER BY src.id } AS sources
  UNION ALL
  UNWIND $organizationIds AS id
  MATCH (x:Organization {id: id})
  RETURN 'organization' AS kind, x.id AS id, x.name AS name,
         x {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(x) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS org,
         COLLECT { MATCH (x)-[:EVIDENCED_BY]->(src:Source) RETURN src {.id, .kind, .url, .title, .publisher, .publishedOn} ORDER BY src.id } AS sources
}
RETURN kind, id, name, org, sources
