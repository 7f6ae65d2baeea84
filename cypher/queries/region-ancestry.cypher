// The prefecture and the province that region $code lies in (itself when it is one).
MATCH (r:Region {code: $code})
RETURN COLLECT { MATCH (r)-[:PART_OF*0..2]->(p:Region {level: 'prefecture'}) RETURN p.code }[0] AS prefectureCode,
       COLLECT { MATCH (r)-[:PART_OF*0..3]->(p:Region {level: 'province'}) RETURN p.code }[0] AS provinceCode
