// The regions of one level (province or prefecture), optionally only those inside $withinRegion.
MATCH (r:Region {level: $regionLevel})
WHERE $withinRegion IS NULL OR EXISTS { (r)-[:PART_OF*0..3]->(:Region {code: $withinRegion}) }
RETURN r {.code, .name, .nameZh, .level, .lat, .lon} AS region
ORDER BY region.code
