// What entity resolution compares for every organisation in the graph: ids, names, label, region, code.
MATCH (o:Organization)
RETURN o.id AS id,
       [label IN labels(o) WHERE label IN ['Institution', 'Enterprise', 'Government']][0] AS label,
       o.name AS name, o.nameZh AS nameZh, o.aliases AS aliases, o.regionCode AS regionCode, o.code AS code
