// How two entities connect: shortest paths through people, organisations and events (facts),
// up to eight hops, shown as alternating names and relationship types; each distinct route once,
// shortest first, at most ten.
// Parameters: $a  entity: the first person or organisation, as `kg lookup` takes its name
//             $b  entity: the second one
// Example: kg query connection-paths --param a="Margaret Osei" --param b="Chan Wing Yee"
MATCH (x:Entity) WHERE toLower(x.name) = toLower($a) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($a))
MATCH (y:Entity) WHERE toLower(y.name) = toLower($b) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower($b))
WITH x, y WHERE x <> y
MATCH path = allShortestPaths((x)-[:HOLDS|PERSON|ORGANIZATION|INSTITUTION|TRANSFEROR|TRANSFEREE|TARGET|ISSUER|SUBSCRIBER|PLACING_AGENT|ACQUIRER|SELLER|PARENT|CHILD|AUDITOR|EXCHANGE*..8]-(y))
WITH [n IN nodes(path) | coalesce(n.name, trim(n.type + ' ' + coalesce(n.role, n.title, n.kind, '')))] AS nodes,
     [r IN relationships(path) | type(r)] AS relationships, length(path) AS hops
RETURN DISTINCT nodes, relationships, hops
ORDER BY hops, nodes, relationships
LIMIT 10
