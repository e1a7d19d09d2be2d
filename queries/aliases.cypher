// Aliases of a name: every entity whose name or alias matches, with all its other names,
// stock codes, and the documents that mention it.
// Parameters: $name  text: a name or alias as written (case-insensitive), e.g. "the Target Company"
// Example: kg query aliases --param name="the Target Company"
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($name) OR toLower('the ' + a) = toLower($name))
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(p:Paragraph)
OPTIONAL MATCH (d:Document {id: p.documentId})
WITH e, d.name AS document ORDER BY document
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.aliases AS aliases, e.codes AS codes,
       collect(DISTINCT document) AS documents
ORDER BY name
