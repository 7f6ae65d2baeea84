// The organisations of a network, by id.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o.id AS id, o.name AS name, o.nameZh AS nameZh, o.kind AS kind, o.regionCode AS regionCode,
       head([l IN labels(o) WHERE l IN ['Institution', 'Enterprise', 'Government']]) AS label
