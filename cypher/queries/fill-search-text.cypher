// The searchText of up to $batch searchable nodes that have none: nodes written before search keys
// existed, or by Neo4j's offline importer. applySchema runs it until it returns 0.
// searchText: every name, Chinese name, alias and code as a key (lower case, letters and digits
// only) between "|" marks, so a CONTAINS on it finds any part of one and "|key|" an exact one.
// Every query that writes a name writes searchText with this same expression (a test holds them to it).
CALL () {
  MATCH (n:Organization) WHERE n.searchText IS NULL RETURN n
  UNION ALL
  MATCH (n:Alliance) WHERE n.searchText IS NULL RETURN n
  UNION ALL
  MATCH (n:IndustryChain) WHERE n.searchText IS NULL RETURN n
}
WITH n LIMIT toInteger($batch)
SET n.searchText = '|' + apoc.text.join([key IN [n.name, n.nameZh, n.code] + coalesce(n.aliases, []) WHERE key IS NOT NULL | apoc.text.regreplace(toLower(key), '[^\\p{L}\\p{N}]+', '')], '|') + '|'
RETURN count(n) AS filled
