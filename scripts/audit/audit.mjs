// Runs graphql-http's auditServer against the URL given as the first argument and prints the counts.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url, fetchFn: fetch });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${result.response ? ' [HTTP ' + result.response.status + ']' : ''}`);
  }
}
console.log(`graphql-http audit of ${url}: ok ${counts.ok}, notices ${counts.notice}, warnings ${counts.warn}, errors ${counts.error} (${results.length} checks)`);
process.exit(counts.error === 0 ? 0 : 1);
