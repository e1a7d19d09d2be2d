// Share issues of a company: placings, subscriptions, offerings and over-allotments, with
// quantity, price, subscriber or placing agent, dates and net proceeds.
// Parameters: $company  company: the issuer, as `kg lookup` takes its name (aliases, short names)
// Example: kg query share-issues --param company="Crestmoor Resources Group Limited"
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (s:ShareIssue)-[:ISSUER]->(o)
OPTIONAL MATCH (s)-[:SUBSCRIBER]->(sub:Entity)
OPTIONAL MATCH (s)-[:PLACING_AGENT]->(agent:Entity)
RETURN s.date AS date, s.kind AS kind, s.securityType AS security, s.quantity AS quantity,
       s.priceAmount AS price, s.priceCurrency AS currency, sub.name AS subscriber, agent.name AS placingAgent,
       s.agreementDate AS agreementDate, s.netProceedsAmount AS netProceeds, s.netProceedsCurrency AS proceedsCurrency, s.id AS fact
ORDER BY coalesce(date, agreementDate, ''), kind
