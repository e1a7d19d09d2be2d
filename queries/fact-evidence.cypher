// The evidence of a fact: each quoted span with its offsets, the paragraph, the announcement
// and the file it sits in, and the extractor version that read it. (The program reads every
// fact's evidence through this query, with a list of ids.)
// Parameters: $fact  fact: a fact id, from the `fact` column of other queries (or a list of them)
// Example: kg query fact-evidence --param fact="<the fact column of a row of equity-transfers>"
UNWIND CASE WHEN $fact IS :: LIST<ANY> THEN $fact ELSE [$fact] END AS id
MATCH (f:Fact {id: id})-[s:STATED_IN]->(p:Paragraph)
MATCH (sec:Section)-[:HAS_PARAGRAPH]->(p)
MATCH (a:Announcement)-[:HAS_SECTION]->(sec)
MATCH (d:Document)-[:HAS_ANNOUNCEMENT]->(a)
RETURN f.id AS fact, f.type AS type, s.quote AS quote, s.start AS start, s.end AS end, p.id AS paragraphId, p.ordinal AS paragraph, p.page AS page,
       sec.heading AS section, a.title AS announcement, a.date AS announced, d.name AS file, d.path AS path, f.extractorVersion AS extractor
ORDER BY fact, start
