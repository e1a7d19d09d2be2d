// Subsidiaries and parents of a company, as the announcements state them.
// Parameters: $company  company: the company, as `kg lookup` takes its name (aliases, short names)
// Example: kg query subsidiaries --param company="Crestmoor Resources Group Limited"
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (s:Subsidiary)-[:PARENT|CHILD]->(o)
MATCH (s)-[:PARENT]->(parent:Organization)
MATCH (s)-[:CHILD]->(child:Organization)
RETURN CASE WHEN parent = o THEN 'subsidiary' ELSE 'parent' END AS relation,
       CASE WHEN parent = o THEN child.name ELSE parent.name END AS organization,
       s.percentage AS percentage, s.id AS fact
ORDER BY relation, organization
