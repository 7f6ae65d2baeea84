// Which of $ids already name a node that records may point to, and under which label.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organization {id: id}) RETURN 'Organization' AS label
  UNION
  MATCH (n:Source {id: id}) RETURN 'Source' AS label
  UNION
  MATCH (n:IndustryChain {id: id}) RETURN 'IndustryChain' AS label
  UNION
  MATCH (n:ChainSegment {id: id}) RETURN 'ChainSegment' AS label
}
RETURN label, id
