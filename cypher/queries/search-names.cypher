// Search over names, Chinese names, aliases and codes (searchText, see fill-search-text.cypher),
// each label through its text index (CONTAINS, by trigrams). $text: the whole typed text as one
// key; $terms: its words' keys (those long enough to narrow), all of which a match holds, and
// $seek the longest of them. Each lookup takes at most $cap nodes, so a text that half the country
// matches ("公司") costs no more than one that few do: keys that start with the text are looked up
// on their own first, so those are never crowded out by the ones that only hold it.
// Best first: a key equal to the text, then a key starting with it, then a key holding it, then the
// words found apart; within each, the best connected (partners, or an alliance's members), then by name.
CALL () {
  MATCH (n:Organization) WHERE n.searchText CONTAINS '|' + $text RETURN n LIMIT $cap
  UNION
  MATCH (n:Organization) WHERE n.searchText CONTAINS $text RETURN n LIMIT $cap
  UNION
  MATCH (n:Organization) WHERE n.searchText CONTAINS $seek AND all(term IN $terms WHERE n.searchText CONTAINS term) RETURN n LIMIT $cap
  UNION
  MATCH (n:Alliance) WHERE n.searchText CONTAINS $seek AND all(term IN $terms WHERE n.searchText CONTAINS term) RETURN n LIMIT $cap
  UNION
  MATCH (n:IndustryChain) WHERE n.searchText CONTAINS $seek AND all(term IN $terms WHERE n.searchText CONTAINS term) RETURN n LIMIT $cap
}
WITH n,
     CASE WHEN n.searchText CONTAINS '|' + $text + '|' THEN 4
          WHEN n.searchText CONTAINS '|' + $text THEN 3
          WHEN n.searchText CONTAINS $text THEN 2
          ELSE 1 END AS rank,
     COUNT { (n)-[:COLLABORATES_WITH]-() } + COUNT { (n)<-[:MEMBER_OF]-() } AS degree
ORDER BY rank DESC, degree DESC, n.name, n.id
LIMIT $limit
RETURN n.id AS id,
       head([l IN labels(n) WHERE l IN ['Institution', 'Enterprise', 'Government', 'Alliance', 'IndustryChain']]) AS kind,
       n.name AS name, n.nameZh AS nameZh, n.regionCode AS regionCode,
       // In [rank, rank + 1): the order's first two keys as one number.
       rank + 1.0 - 1.0 / (1 + degree) AS score
