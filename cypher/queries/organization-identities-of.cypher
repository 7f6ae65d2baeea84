// organization-identities for the organisations $ids only: what resolution needs when a load
// names every organisation by an id the graph holds and brings none of its own.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id,
       [label IN labels(o) WHERE label IN ['Institution', 'Enterprise', 'Government']][0] AS label,
       o.name AS name, o.nameZh AS nameZh, o.aliases AS aliases, o.regionCode AS regionCode, o.code AS code
