// Equity transfers involving a company as transferor, transferee or target: who moved what
// share of which company to whom, for how much, and when the agreement was made.
// Parameters: $company  company: the company, as `kg lookup` takes its name (aliases, short names)
// Example: kg query equity-transfers --param company="Northgate Metals"
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (t:EquityTransfer)-[:TRANSFEROR|TRANSFEREE|TARGET]->(o)
MATCH (t)-[:TRANSFEROR]->(from:Organization)
MATCH (t)-[:TRANSFEREE]->(to:Organization)
MATCH (t)-[:TARGET]->(target:Organization)
RETURN DISTINCT from.name AS transferor, to.name AS transferee, target.name AS target, t.percentage AS percentage,
       t.considerationAmount AS consideration, t.considerationCurrency AS currency, t.agreementDate AS agreementDate, t.id AS fact
ORDER BY percentage, transferee
