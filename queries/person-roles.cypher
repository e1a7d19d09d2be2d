// A person's roles over time, everywhere: seats and offices (HOLDS, derived from events,
// composition statements and biographies) and the positions their biographies state.
// Parameters: $person  person: the person, as `kg lookup` takes the name (honorifics, aliases)
// Example: kg query person-roles --param person="Chan Wing Yee"
MATCH (p:Person)
WHERE toLower(p.name) = toLower($person) OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($person))
CALL (p) {
  MATCH (p)-[h:HOLDS]->(o:Organization)
  RETURN o.name AS organization, h.role AS role, h.committee AS committee, h.from AS from, h.to AS to, 'tenure' AS basis
  UNION
  MATCH (f:Position)-[:PERSON]->(p)
  MATCH (f)-[:ORGANIZATION]->(o:Organization)
  RETURN o.name AS organization, f.title AS role, null AS committee, f.startDate AS from, f.endDate AS to, 'position' AS basis
}
RETURN p.name AS person, organization, role, committee, from, to, basis
ORDER BY coalesce(from, ''), organization, role
