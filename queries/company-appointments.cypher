// Appointments and resignations at a company in a period, oldest first.
// Parameters: $company  company: the company, as `kg lookup` takes its name (aliases, short names)
//             $from     date: start of the period (inclusive), ISO, e.g. "2026-01-01"
//             $to       date: end of the period (inclusive), ISO, e.g. "2026-12-31"
// Example: kg query company-appointments --param company="Harbourview Logistics Holdings Limited" --param from=2026-01-01 --param to=2026-12-31
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (f:Fact)-[:ORGANIZATION]->(o)
WHERE f.type IN ['appointment', 'resignation']
  AND f.effectiveDate IS NOT NULL AND f.effectiveDate >= $from AND f.effectiveDate <= $to
MATCH (f)-[:PERSON]->(p:Person)
RETURN f.effectiveDate AS date, f.type AS event, p.name AS person, f.role AS role, f.committee AS committee, f.reason AS reason, f.id AS fact
ORDER BY date, person, event, role
