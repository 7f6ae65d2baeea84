// An organisation's partners in the COLLABORATES_WITH projection, strongest first.
MATCH (o:Organization {id: $id})-[c:COLLABORATES_WITH]-(p:Organization)
RETURN p {.id, .name, .nameZh, .kind, .regionCode, label: head([l IN labels(p) WHERE l IN ['Institution', 'Enterprise', 'Government']])} AS organization,
       c.agreements AS agreements, toString(c.firstOn) AS firstOn, toString(c.lastOn) AS lastOn
ORDER BY agreements DESC, organization.id
LIMIT $limit
