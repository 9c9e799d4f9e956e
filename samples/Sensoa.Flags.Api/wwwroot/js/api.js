// Calls to the API that serves this page (same origin only; the content security policy allows nothing else).
// Options go in the request's query, never in the page's address; the incident goes in the body.
async function call(method, path, query, body) {
  const url = `${path}?${new URLSearchParams(query)}`;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return { ok: false, status: 0, data: null };
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  return { ok: response.ok, status: response.status, data };
}

export const assess = (incident, lang) => call('POST', '/assessments', { lang, at: 'now' }, incident);
export const closestExamples = (incident, lang) => call('POST', '/examples', { lang, count: '3' }, incident);
export const criteriaGuide = lang => call('GET', '/criteria', { lang });
export const pitfallGuide = lang => call('GET', '/pitfalls', { lang });
export const ruleSet = lang => call('GET', '/rules', { lang });
