// How two entities connect: shortest paths through people, organisations and events (facts),
// up to eight hops, shown as alternating names and relationship types.
// Parameters: $a  name or alias of the first entity (case-insensitive)
//             $b  name or alias of the second entity (case-insensitive)
// Example: kg query connection-paths --param a="Qu Heng" --param b="Xiaomi Corporation"
MATCH (x:Entity) WHERE toLower(x.name) = toLower($a) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($a))
MATCH (y:Entity) WHERE toLower(y.name) = toLower($b) OR any(al IN coalesce(y.aliases, []) WHERE toLower(al) = toLower($b))
WITH x, y WHERE x <> y
MATCH path = allShortestPaths((x)-[:HOLDS|PERSON|ORGANIZATION|INSTITUTION|TRANSFEROR|TRANSFEREE|TARGET|ISSUER|SUBSCRIBER|PLACING_AGENT|ACQUIRER|SELLER|PARENT|CHILD|AUDITOR|EXCHANGE*..8]-(y))
WITH path LIMIT 10
RETURN [n IN nodes(path) | coalesce(n.name, n.type + ' ' + coalesce(n.role, n.title, n.kind, ''))] AS nodes,
       [r IN relationships(path) | type(r)] AS relationships, length(path) AS hops
