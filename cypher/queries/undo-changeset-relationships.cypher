// Undo, relationships: every relationship of the types a load writes that a node changed by
// changeset $id had before it, put back with its properties (after undo-changeset-nodes). A
// relationship between two such nodes was noted from both ends: it comes back once.
MATCH (e:ChangesetEntry {_changeset: $id, _kind: 'relationship'})
WITH e._type AS type, e._from AS fromId, e._fromLabel AS fromLabel, e._to AS toId, e._toLabel AS toLabel, collect(e)[0] AS e
CALL (fromId, fromLabel) {
  MATCH (n:Organization {id: fromId}) WHERE fromLabel = 'Organization' RETURN n
  UNION
  MATCH (n:IndustryChain {id: fromId}) WHERE fromLabel = 'IndustryChain' RETURN n
  UNION
  MATCH (n:ChainSegment {id: fromId}) WHERE fromLabel = 'ChainSegment' RETURN n
  UNION
  MATCH (n:Agreement {id: fromId}) WHERE fromLabel = 'Agreement' RETURN n
  UNION
  MATCH (n:Alliance {id: fromId}) WHERE fromLabel = 'Alliance' RETURN n
}
WITH type, toId, toLabel, e, n AS a
CALL (toId, toLabel) {
  MATCH (n:Region {code: toId}) WHERE toLabel = 'Region' RETURN n
  UNION
  MATCH (n:Organization {id: toId}) WHERE toLabel = 'Organization' RETURN n
  UNION
  MATCH (n:Source {id: toId}) WHERE toLabel = 'Source' RETURN n
  UNION
  MATCH (n:IndustryChain {id: toId}) WHERE toLabel = 'IndustryChain' RETURN n
  UNION
  MATCH (n:ChainSegment {id: toId}) WHERE toLabel = 'ChainSegment' RETURN n
  UNION
  MATCH (n:Agreement {id: toId}) WHERE toLabel = 'Agreement' RETURN n
  UNION
  MATCH (n:Alliance {id: toId}) WHERE toLabel = 'Alliance' RETURN n
}
WITH type, e, a, n AS b
CREATE (a)-[r:$(type)]->(b)
SET r = apoc.map.fromPairs([key IN keys(e) WHERE NOT key STARTS WITH '_' | [key, e[key]]])
RETURN count(r) AS restored
