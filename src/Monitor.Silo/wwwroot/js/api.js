// The HTTP API client: sends the API key, remembers each answer's ETag so a poll of unchanged data
// costs a 304 and no body, and turns RFC 7807 problems into errors with a readable message.

const KEY_STORAGE = 'monitor.apiKey';

/** Answers by path: { etag, data }. */
const answers = new Map();
// Each new alert cursor is a new path; the answers used least recently go first, as they are polled no more.
const MAX_ANSWERS = 300;

/** Whether the current key may write: null until asked. */
let writeAccess = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** The service has API keys configured and this one (or none) was not accepted. */
export class KeyRequired extends ApiError {}

// sessionStorage: the key lives as long as the tab, never in a URL or on disk beyond the session.
export const apiKey = () => sessionStorage.getItem(KEY_STORAGE);

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
  answers.clear();
  writeAccess = null;
}

function headers(extra) {
  const result = { Accept: 'application/json', ...extra };
  const key = apiKey();
  if (key) result['X-Api-Key'] = key;
  return result;
}

async function failure(response) {
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON: keep the status alone */ }
  return response.status === 401 ? new KeyRequired(401, problem) : new ApiError(response.status, problem);
}

/**
 * GET a path under /api. Returns { data, changed }: changed is false when the service answered 304
 * to the stored ETag and data is the copy from the earlier answer.
 */
export async function get(path) {
  const known = answers.get(path);
  // no-store: the browser must not answer from its own cache or turn our 304 into a 200.
  const response = await fetch('/api' + path, {
    headers: headers(known ? { 'If-None-Match': known.etag } : {}),
    cache: 'no-store',
  });
  if (response.status === 304 && known) {
    answers.delete(path);
    answers.set(path, known);
    return { data: known.data, changed: false };
  }
  if (!response.ok) throw await failure(response);
  const data = await response.json();
  const etag = response.headers.get('ETag');
  if (etag) {
    answers.delete(path);
    answers.set(path, { etag, data });
    if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value);
  }
  return { data, changed: true };
}

/** Every item of a cursor-paged list ({items, next}) after `since`, page by page. */
export async function getAll(pathWithoutCursor, since = 0, pageSize = 1000) {
  const joiner = pathWithoutCursor.includes('?') ? '&' : '?';
  const items = [];
  let changed = false;
  for (;;) {
    const page = await get(`${pathWithoutCursor}${joiner}since=${since}&limit=${pageSize}`);
    changed ||= page.changed;
    items.push(...page.data.items);
    since = page.data.next;
    if (page.data.items.length < pageSize) return { items, next: since, changed };
  }
}

export async function send(method, path, body) {
  const response = await fetch('/api' + path, {
    method,
    headers: headers(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * Whether the current key may write, found without changing anything: a PUT to an actor id the API
 * refuses as malformed is checked for the key first (403 without the write role) and for the id
 * after (400), so no actor is ever touched.
 */
export async function canWrite() {
  if (writeAccess !== null) return writeAccess;
  const response = await fetch('/api/actors/_', { method: 'PUT', headers: headers(), cache: 'no-store' });
  if (response.status === 401) throw await failure(response);
  writeAccess = response.status !== 403;
  return writeAccess;
}
