// The board of a company on a date: everyone holding a board seat (director roles, chairman,
// vice chairman) that day, with their roles. Seats come from HOLDS, derived from appointment
// and resignation events, composition statements and biographies; [from, to) intervals.
// A seat whose start no text states (a composition statement, a resignation alone) counts as
// held before its first known date: the query answers "not known to have left", where the
// browser's date view, stricter, shows a role only from the first date the text shows it held.
// Roles in a cell run from the chair down: chairman, vice chairman, executive, non-executive,
// independent non-executive director, director.
// Parameters: $company  company: the company, as `kg lookup` takes its name (aliases, short names)
//             $date     date: ISO date, e.g. "2026-07-02"
// Example: kg query board-of-company --param company="Harbourview Logistics Holdings Limited" --param date=2026-07-02
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($company) OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($company))
MATCH (p:Person)-[h:HOLDS]->(o)
WHERE h.committee IS NULL
  AND h.role IN ['director', 'executive director', 'non-executive director', 'independent non-executive director', 'chairman', 'vice chairman']
  AND (h.from IS NULL OR h.from <= $date)
  AND (h.to IS NULL OR h.to > $date)
WITH p, o, h.role AS role,
     ['chairman', 'vice chairman', 'executive director', 'non-executive director', 'independent non-executive director', 'director'] AS rank
ORDER BY [i IN range(0, size(rank) - 1) WHERE rank[i] = role][0]
RETURN p.name AS person, collect(DISTINCT role) AS roles, o.name AS company
ORDER BY person
