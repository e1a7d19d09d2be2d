// The board of a company on a date: everyone holding a board seat (director roles, chairman,
// vice chairman) that day, with their roles. Seats come from HOLDS, derived from appointment
// and resignation events, composition statements and biographies; [from, to) intervals.
// Parameters: $company  name or alias of the company (case-insensitive)
//             $date     ISO date, e.g. "2026-03-26"
// Example: kg query board-of-company --param company="Kingsoft Cloud Holdings Limited" --param date=2026-03-26
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (p:Person)-[h:HOLDS]->(o)
WHERE h.committee IS NULL
  AND h.role IN ['director', 'executive director', 'non-executive director', 'independent non-executive director', 'chairman', 'vice chairman']
  AND (h.from IS NULL OR h.from <= $date)
  AND (h.to IS NULL OR h.to > $date)
RETURN p.name AS person, collect(DISTINCT h.role) AS roles, o.name AS company
ORDER BY person
