// One organisation: its own facts, region, sources, alliances, segments it operates in, and the
// chains it is tied to (through its segments or the agreements it is party to).
MATCH (o:Organization {id: $id})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(r:Region)
RETURN o {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS organization,
       coalesce(o.aliases, []) AS aliases,
       r {.code, .name, .nameZh, .level, .lat, .lon} AS region,
       COLLECT {
         MATCH (o)-[e:EVIDENCED_BY]->(s:Source)
         RETURN {source: s {.id, .kind, .url, .title, .publisher, publishedOn: toString(s.publishedOn)}, quote: e.quote, offset: e.offset, confidence: e.confidence}
       } AS sources,
       COLLECT {
         MATCH (o)-[m:MEMBER_OF]->(l:Alliance)
         RETURN l {.id, .name, .nameZh, foundedOn: toString(l.foundedOn), role: m.role}
         ORDER BY l.name
       } AS alliances,
       COLLECT {
         MATCH (o)-[:OPERATES_IN]->(s:ChainSegment)
         RETURN s {.id, .name, .nameZh, .stage, .order}
         ORDER BY s.order, s.id
       } AS segments,
       COLLECT {
         MATCH (c:IndustryChain)
         WHERE EXISTS { (o)-[:OPERATES_IN]->(:ChainSegment)<-[:HAS_SEGMENT]-(c) }
            OR EXISTS { (o)-[:PARTY_TO]->(a:Agreement)-[:SERVES]->(c) WHERE coalesce(a.reviewStatus, '') <> 'rejected' }
            OR EXISTS { (o)-[:PARTY_TO]->(a:Agreement)-[:SERVES]->(:ChainSegment)<-[:HAS_SEGMENT]-(c) WHERE coalesce(a.reviewStatus, '') <> 'rejected' }
         RETURN c {.id, .name, .nameZh, .scope, .regionCode}
         ORDER BY c.id
       } AS chains
