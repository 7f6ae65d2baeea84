// Full-text search over names and aliases (the name_search index, CJK analyzer). $query is a
// Lucene query built from the user's text with every special character escaped.
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit})
YIELD node, score
RETURN node.id AS id,
       head([l IN labels(node) WHERE l IN ['Institution', 'Enterprise', 'Government', 'Alliance', 'IndustryChain']]) AS kind,
       node.name AS name, node.nameZh AS nameZh, node.regionCode AS regionCode, score
ORDER BY score DESC, id
