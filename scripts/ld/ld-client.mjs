// A Linked Data client from another ecosystem than the server's: Comunica (npm), used as any
// consumer would. Prints the query's solutions as a JSON array of {variable: value} objects.
//   node ld-client.mjs SOURCE_URL QUERY
// SOURCE_URL is either the SPARQL endpoint (Comunica reads its Service Description to learn that it
// is one) or a dereferenceable resource IRI's /id/ path (Comunica follows the 303 to an RDF document).
import { QueryEngine } from '@comunica/query-sparql';

const [source, query] = process.argv.slice(2);
if (!source || !query) {
  console.error('usage: node ld-client.mjs SOURCE_URL QUERY');
  process.exit(2);
}
const engine = new QueryEngine();
const log = [];
const bindings = await engine.queryBindings(query, {
  sources: [source],
  lenient: false,
  log: {
    trace() {}, debug() {}, info(message, data) { log.push(message + (data ? ' ' + JSON.stringify(data) : '')); },
    warn(message) { log.push('warn ' + message); }, error(message) { log.push('error ' + message); }, fatal(message) { log.push('fatal ' + message); },
  },
});
const rows = [];
for (const b of await bindings.toArray()) {
  const row = {};
  for (const [variable, term] of b) {
    row[variable.value] = term.value;
  }
  rows.push(row);
}
process.stdout.write(JSON.stringify(rows) + '\n');
process.stderr.write(log.join('\n')+ '\n');
