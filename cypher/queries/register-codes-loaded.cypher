// How many of a reference dataset's codes are held by organisations that cite it: all of them once
// the dataset is loaded. $source: the dataset's Source id; $codes: the codes it gives.
MATCH (o:Organization)-[:EVIDENCED_BY]->(:Source {id: $source})
WHERE o.code IN $codes
RETURN count(DISTINCT o.code) AS loaded
