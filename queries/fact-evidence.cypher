// The evidence of a fact: each quoted span with its offsets, the paragraph, the announcement
// and the file it sits in, and the extractor version that read it.
// Parameters: $fact  fact: a fact id, from the `fact` column of other queries
// Example: kg query fact-evidence --param fact="<the fact column of a row of equity-transfers>"
MATCH (f:Fact {id: $fact})-[s:STATED_IN]->(p:Paragraph)
MATCH (sec:Section)-[:HAS_PARAGRAPH]->(p)
MATCH (a:Announcement)-[:HAS_SECTION]->(sec)
MATCH (d:Document)-[:HAS_ANNOUNCEMENT]->(a)
RETURN f.type AS type, s.quote AS quote, s.start AS start, s.end AS end, p.ordinal AS paragraph, p.page AS page,
       sec.heading AS section, a.title AS announcement, a.date AS announced, d.name AS file, d.path AS path, f.extractorVersion AS extractor
ORDER BY start
