// Aliases of a name: every entity whose name or alias matches, with all its other names,
// stock codes, and the documents that mention it.
// Parameters: $name  a name or alias (case-insensitive), e.g. "Xunlei" or "the Target Company"
// Example: kg query aliases --param name="Xunlei"
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name) OR toLower('the ' + a) = toLower($name))
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p:Paragraph)
OPTIONAL MATCH (d:Document {id: p.documentId})
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.aliases AS aliases, e.codes AS codes,
       collect(DISTINCT d.name) AS documents
ORDER BY name
