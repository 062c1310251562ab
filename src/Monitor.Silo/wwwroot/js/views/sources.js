// Sources: every news feed the service polls, with its status, last error and the items each recent poll
// brought; a key that may write also gets a "Poll now" button per source.

import { get, send, canWrite } from '../api.js';
import { el, svg, replace, time, badge, safeUrl } from '../dom.js';

export async function render(main, _params, _query, context) {
  const [{ data }, writable] = await Promise.all([get('/sources'), canWrite()]);
  let sources = data;
  const list = el('div', { class: 'source-list' });
  const draw = () => replace(list, sources.length === 0
    ? el('p', { class: 'muted' }, 'No sources yet. Add one with PUT /api/sources/{id} or `monitor sources add`.')
    : sources.map(source => sourceCard(source, writable, pollNow)));

  async function pollNow(source, button, result) {
    button.disabled = true;
    result.textContent = 'Polling…';
    try {
      const { poll } = await send('POST', `/sources/${encodeURIComponent(source.id)}/poll`);
      result.textContent = poll.succeeded
        ? (poll.notModified ? 'Not modified since the last poll.' : `${poll.newItems} new items, ${poll.statementsRecorded} statements.`)
        : `Failed: ${poll.error}`;
      context.announce(result.textContent);
      const fresh = await get('/sources');
      sources = fresh.data;
      draw();
    } catch (error) {
      result.textContent = `Could not poll: ${error.message}`;
      button.disabled = false;
      if (!context.fail(error)) return;
    }
  }

  replace(main,
    el('section', { class: 'panel', 'aria-labelledby': 'sources-title' },
      el('h1', { id: 'sources-title' }, 'Sources'),
      el('p', { class: 'muted' }, writable ? 'News feeds polled on their schedule.' : 'News feeds polled on their schedule. This key may only read.'),
      list));
  draw();

  context.every(context.pollMs, async () => {
    const fresh = await get('/sources');
    if (fresh.changed) {
      sources = fresh.data;
      draw();
    }
  });
}

function sourceCard(source, writable, pollNow) {
  const status = source.status;
  const href = safeUrl(source.url);
  const result = el('span', { class: 'poll-result small', role: 'status' });
  const button = writable ? el('button', { type: 'button' }, 'Poll now') : null;
  button?.addEventListener('click', () => pollNow(source, button, result));
  const health = status.consecutiveFailures > 0 ? 'failing' : status.lastSuccessAt ? 'ok' : 'new';
  return el('article', { class: 'panel source-card', dataset: { source: source.id } },
    el('h2', {}, source.name, ' ', badge('source', health, health === 'failing' ? `${status.consecutiveFailures} failures` : health)),
    el('p', { class: 'small' }, href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, source.url) : source.url,
      ` · every ${source.interval}`, source.fetchArticles ? ' · articles fetched' : ''),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Last polled'), el('dd', {}, time(status.lastPolledAt)),
      el('dt', {}, 'Last success'), el('dd', {}, time(status.lastSuccessAt)),
      el('dt', {}, 'Next poll'), el('dd', {}, time(status.nextPollAt)),
      el('dt', {}, 'Items read'), el('dd', { class: 'items-seen' }, String(status.itemsSeen)),
      el('dt', {}, 'Documents'), el('dd', {}, String(status.documentsIngested)),
      el('dt', {}, 'Last error'), el('dd', { class: 'last-error' }, status.lastError
        ? [status.lastError, ' ', el('span', { class: 'muted' }, '(', time(status.lastErrorAt), ')')]
        : el('span', { class: 'muted' }, 'none'))),
    itemsChart(status.recentPolls ?? []),
    button ? el('p', {}, button, ' ', result) : null);
}

/** New items per recent poll, oldest left; a failed poll is a red tick at the bottom. */
function itemsChart(polls) {
  if (polls.length === 0) return el('p', { class: 'muted small' }, 'Not polled yet.');
  const width = 240, height = 48, gap = 2;
  const bar = Math.max(2, Math.floor(width / 48) - gap);
  const most = Math.max(1, ...polls.map(p => p.newItems));
  return el('figure', { class: 'items-chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `New items in the last ${polls.length} polls` },
      polls.map((poll, i) => {
        const h = poll.succeeded ? Math.max(1, Math.round((poll.newItems / most) * (height - 4))) : 3;
        return svg('rect', { x: i * (bar + gap), y: height - h, width: bar, height: h, class: poll.succeeded ? 'ok' : 'failed' },
          svg('title', {}, `${new Date(poll.at).toLocaleString()}: ${poll.succeeded ? `${poll.newItems} new items` : poll.error}`));
      })),
    el('figcaption', { class: 'muted small' }, 'New items per poll'));
}
