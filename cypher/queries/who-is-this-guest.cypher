// Who is this guest: where they work, and every episode they appeared on, with the role they had.
MATCH (person:Person {key: 'aimee-smith'})
RETURN person.name AS name,
       COLLECT { MATCH (person)-[w:WORKS_AT]->(o:Organisation) RETURN w.title + ' at ' + o.name } AS worksAt,
       COLLECT { MATCH (person)-[a:APPEARED_ON]->(e:Episode)-[:PART_OF]->(p:Podcast)
                 RETURN a.role + ' on ' + p.title + ': ' + e.title } AS appearances;
