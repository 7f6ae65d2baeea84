// The organisations in the regions $regionCodes (a province with its prefectures and counties):
// from each region by its code (unique index), down PART_OF to the organisations LOCATED_IN it.
MATCH (r:Region)
WHERE r.code IN $regionCodes
MATCH (r)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
RETURN DISTINCT o.id AS id
ORDER BY id
