// Board interlocks: people who hold a role in, or work for, two or more organisations,
// with the organisations. Optionally limited to people linked to one organisation.
// Parameters: $company  company: an organisation to start from, as `kg lookup` takes its name, or "" for all
// Example: kg query board-interlocks --param company="Harbourview Logistics Holdings Limited"
MATCH (p:Person)
MATCH (o:Organization)
WHERE (p)-[:HOLDS]->(o) OR EXISTS { MATCH (f:Fact)-[:PERSON]->(p) WHERE f.type IN ['position', 'board_member', 'appointment', 'committee_member'] AND (f)-[:ORGANIZATION]->(o) }
WITH p, o.name AS organization ORDER BY organization
WITH p, collect(DISTINCT organization) AS organizations
WHERE size(organizations) >= 2
  AND ($company = '' OR any(n IN organizations WHERE toLower(n) = toLower($company))
       OR EXISTS { MATCH (x:Organization) WHERE x.name IN organizations AND any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($company)) })
RETURN p.name AS person, organizations, size(organizations) AS count
ORDER BY count DESC, person
