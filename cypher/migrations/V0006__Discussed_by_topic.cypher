// "Which guests talked about X?" reads a topic's strongest evidence first, without reading every episode that ever
// named it: each DISCUSSED relationship carries its topic's key and its number of evidence lines, and this index
// hands them out by topic, most lines first, so a query reads a bounded number of them on any catalogue size.
CREATE RANGE INDEX discussed_topic_lines IF NOT EXISTS FOR ()-[d:DISCUSSED]-() ON (d.topic, d.lines);
