// The dashboard's shell: hash routes to views, polling that stops when a view is left or the tab is
// hidden, and the API-key form when the service answers 401.

import { KeyRequired, apiKey, setApiKey } from './api.js';
import { forgetAlerts } from './alerts.js';
import { el, replace, formatClock } from './dom.js';
import * as overview from './views/overview.js';
import * as actor from './views/actor.js';
import * as alert from './views/alert.js';
import * as registry from './views/registry.js';
import * as sources from './views/sources.js';

// New alerts show within this; unchanged data costs one 304 per poll.
const POLL_MS = 3000;

const routes = [
  { name: 'overview', pattern: /^\/?$/, view: overview },
  { name: 'actor', pattern: /^\/actor\/([^/]+)$/, view: actor },
  { name: 'alert', pattern: /^\/alert\/([^/]+)$/, view: alert },
  { name: 'registry', pattern: /^\/registry$/, view: registry },
  { name: 'sources', pattern: /^\/sources$/, view: sources },
];

const main = document.getElementById('view');
const sync = document.getElementById('sync');
let current = null;

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const split = raw.indexOf('?');
  const path = split < 0 ? raw : raw.slice(0, split);
  const query = new URLSearchParams(split < 0 ? '' : raw.slice(split + 1));
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1).map(decodeURIComponent), query, path };
  }
  return { route: null, params: [], query, path };
}

/** What a view gets: polling tied to its lifetime, and the shared ways to report. */
function viewContext(controller) {
  return {
    signal: controller.signal,
    pollMs: POLL_MS,
    every(ms, task) {
      let timer = 0;
      const tick = async () => {
        if (controller.signal.aborted) return;
        if (!document.hidden) {
          try {
            await task();
            showSync(`Live · updated ${formatClock(new Date())}`);
          } catch (error) {
            // A view left while its request was out has nothing left to report.
            if (controller.signal.aborted || !handleError(error)) return;
          }
        }
        if (!controller.signal.aborted) timer = setTimeout(tick, ms);
      };
      timer = setTimeout(tick, ms);
      controller.signal.addEventListener('abort', () => clearTimeout(timer));
    },
    announce,
    fail: handleError,
  };
}

function showSync(text, problem = false) {
  sync.textContent = text;
  sync.classList.toggle('problem', problem);
}

/** Live-region message for screen readers, e.g. that new alerts came in. */
function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  // A fresh text node after clearing makes the same message be read again.
  setTimeout(() => { region.textContent = text; }, 50);
}

/** Returns whether polling should go on. */
function handleError(error) {
  if (error instanceof KeyRequired) {
    showKeyForm(apiKey() ? 'That key was not accepted. Enter another.' : null);
    return false;
  }
  console.error(error);
  showSync(`Cannot reach the service: ${error.message} Retrying…`, true);
  return true;
}

const forgetKey = document.getElementById('forget-key');
forgetKey.addEventListener('click', () => {
  setApiKey(null);
  forgetAlerts();
  route();
});

function showKeyForm(message) {
  current?.controller.abort();
  current = null;
  showSync('');
  const input = el('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const form = el('form', { class: 'key-form', 'aria-labelledby': 'key-title' },
    el('h1', { id: 'key-title' }, 'API key needed'),
    el('p', {}, 'This Monitor service has API keys configured. Enter a key with the read role; one with the write role also lets you act on alerts and edit the registry. The key is kept for this browser tab only.'),
    message ? el('p', { class: 'error', role: 'alert' }, message) : null,
    el('label', { for: 'api-key' }, 'API key'),
    el('div', { class: 'row' }, input, el('button', { type: 'submit' }, 'Use key')));
  form.addEventListener('submit', event => {
    // Never let the browser submit the form: the key must not end up in a URL.
    event.preventDefault();
    setApiKey(input.value.trim());
    forgetAlerts();
    route();
  });
  replace(main, form);
  input.focus();
}

async function route({ moveFocus = false } = {}) {
  forgetKey.hidden = !apiKey();
  const { route: matched, params, query, path } = parseHash();
  for (const link of document.querySelectorAll('[data-nav]')) {
    const active = matched && (link.dataset.nav === matched.name || (matched.name === 'actor' && link.dataset.nav === 'overview'));
    if (active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }

  // Same view and same subject: let the view follow the new query (a filter, a selected statement).
  if (current && matched && current.route === matched && current.params.join('/') === params.join('/') && current.instance?.update) {
    current.instance.update(query);
    return;
  }

  current?.controller.abort();
  const controller = new AbortController();
  current = { route: matched, params, controller, instance: null };
  if (!matched) {
    replace(main, el('section', {}, el('h1', {}, 'Not found'), el('p', {}, `Nothing at #${path}. `, el('a', { href: '#/' }, 'Back to the overview'))));
    return;
  }

  const context = viewContext(controller);
  try {
    const instance = await matched.view.render(main, params, query, context);
    if (controller.signal.aborted) return;
    current.instance = instance ?? null;
    // After following a link, keyboard and screen-reader users start at the new page's content.
    if (moveFocus && !main.contains(document.activeElement)) {
      main.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
    showSync(`Live · updated ${formatClock(new Date())}`);
  } catch (error) {
    if (controller.signal.aborted) return;
    if (handleError(error)) replace(main, el('section', {}, el('h1', {}, 'Could not load this page'), el('p', { class: 'error' }, error.message)));
  }
}

document.body.append(el('div', { id: 'announce', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }));
window.addEventListener('hashchange', () => route({ moveFocus: true }));
route();
