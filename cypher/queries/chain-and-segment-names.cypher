// The names records may use for chains and segments, so a file can say 海绵钛 or
// 钛及钛合金产业链 instead of an id. A segment carries its chain, to tell apart segments of one name.
MATCH (c:IndustryChain)
RETURN 'IndustryChain' AS label, c.id AS id, c.name AS name, c.nameZh AS nameZh, null AS chain
UNION ALL
MATCH (c:IndustryChain)-[:HAS_SEGMENT]->(s:ChainSegment)
RETURN 'ChainSegment' AS label, s.id AS id, s.name AS name, s.nameZh AS nameZh, c.id AS chain
