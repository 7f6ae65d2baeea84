// Agreements by id with their parties, what they serve, and the sources that state them.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})
RETURN a {.id, .type, .title, .status, .reviewStatus, .students, .positions, .enterprises,
          signedOn: toString(a.signedOn), endsOn: toString(a.endsOn),
          live: coalesce(a.status, '') <> 'ended' AND (a.endsOn IS NULL OR a.endsOn >= date($today)) AND coalesce(a.reviewStatus, '') <> 'rejected'} AS agreement,
       COLLECT {
         MATCH (o:Organization)-[:PARTY_TO]->(a)
         RETURN o {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']])}
         ORDER BY o.name, o.id
       } AS parties,
       COLLECT {
         MATCH (a)-[:SERVES]->(t:IndustryChain|ChainSegment)
         RETURN {id: t.id, name: t.name, nameZh: t.nameZh,
                 kind: CASE WHEN t:IndustryChain THEN 'IndustryChain' ELSE 'ChainSegment' END,
                 chainId: CASE WHEN t:IndustryChain THEN t.id ELSE head(COLLECT { MATCH (c:IndustryChain)-[:HAS_SEGMENT]->(t) RETURN c.id }) END}
         ORDER BY t.id
       } AS serves,
       COLLECT {
         MATCH (a)-[e:EVIDENCED_BY]->(s:Source)
         RETURN {source: s {.id, .kind, .url, .title, .publisher, publishedOn: toString(s.publishedOn)}, quote: e.quote, offset: e.offset, confidence: e.confidence}
         ORDER BY s.publishedOn DESC, s.id
       } AS sources
