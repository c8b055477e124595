// Runs graphql-http's auditServer against the URL given as the first argument and prints the counts.
// Every request carries the API token given as the second argument (or NIS2_AUDIT_TOKEN, NIS2_BOOTSTRAP_TOKEN):
// the service answers requests without credentials with 401.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const token = process.argv[3] || process.env.NIS2_AUDIT_TOKEN || process.env.NIS2_BOOTSTRAP_TOKEN || '';
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers || {});
  if (token) headers.set('Authorization', 'Bearer ' + token);
  return fetch(input, { ...init, headers });
};
const results = await auditServer({ url, fetchFn });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status] += 1;
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${result.response ? ' [HTTP ' + result.response.status + ']' : ''}`);
  }
}
console.log(`graphql-http audit of ${url}${token ? ' (with an API token)' : ' (without credentials)'}: ok ${counts.ok}, notices ${counts.notice}, warnings ${counts.warn}, errors ${counts.error} (${results.length} checks)`);
process.exit(counts.error === 0 ? 0 : 1);
