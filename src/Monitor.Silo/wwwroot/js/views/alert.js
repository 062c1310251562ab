// Alert: the two statements side by side with the conflicting words marked, what the detector
// found, every source, and the lifecycle buttons (acknowledge, resolve, dismiss with a reason).

import { get, send, canWrite, ApiError } from '../api.js';
import { remember } from '../alerts.js';
import { el, replace, time, badge, sourceLinks } from '../dom.js';
import { highlightConflict } from '../highlight.js';
import { topicNames, topicName, kindLabel, actorHref, statementHref, exampleBadge } from './shared.js';

export async function render(main, [alertId], _query, context) {
  const path = `/alerts/${encodeURIComponent(alertId)}`;
  const [answer, topics, actorsAnswer, writable] = await Promise.all([get(path), topicNames(), get('/actors'), canWrite()]);
  let alert = answer.data;
  remember(alert);
  const actorNames = new Map(actorsAnswer.data.map(actor => [actor.id, actor.name]));
  const actorName = id => (id ? actorNames.get(id) ?? id : 'unattributed');

  const facts = el('dl', { class: 'facts' });
  const summary = el('p', { class: 'alert-summary' });
  const message = el('p', { class: 'action-message', role: 'status', tabindex: '-1' });
  const acknowledge = el('button', { type: 'button' }, 'Acknowledge');
  const resolve = el('button', { type: 'button' }, 'Resolve');
  const dismiss = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'dismiss-form' }, 'Dismiss…');
  const reason = el('textarea', { id: 'dismiss-reason', name: 'reason', rows: 2, maxlength: 500, required: true });
  const dismissForm = el('form', { id: 'dismiss-form', class: 'dismiss-form', hidden: true },
    el('label', { for: 'dismiss-reason' }, 'Why is this not a contradiction worth keeping?'),
    reason,
    el('div', { class: 'row' },
      el('button', { type: 'submit' }, 'Dismiss alert'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { toggleDismiss(false); dismiss.focus(); } }, 'Cancel')));

  const drawFacts = () => {
    // The verdict in one line under the title, so a phone shows it without scrolling.
    replace(summary, badge('status', alert.status), ' ', badge('severity', alert.severity, `${alert.severity} severity`),
      el('span', { class: 'muted' }, ` score ${alert.score.toFixed(2)} · later said `), time(alert.later.saidAt));
    replace(facts,
      el('dt', {}, 'Status'), el('dd', {}, el('span', { id: 'alert-status' }, badge('status', alert.status)),
        alert.statusChangedAt ? [' since ', time(alert.statusChangedAt)] : null),
      alert.statusReason ? [el('dt', {}, 'Reason'), el('dd', { id: 'alert-status-reason' }, alert.statusReason)] : null,
      el('dt', {}, 'Kind'), el('dd', {}, kindLabel(alert.kind)),
      el('dt', {}, 'Severity'), el('dd', {}, badge('severity', alert.severity)),
      el('dt', {}, 'Score'), el('dd', {}, alert.score.toFixed(2)),
      el('dt', {}, 'Actor'), el('dd', {}, alert.actor ? el('a', { href: actorHref(alert.actor) }, actorName(alert.actor)) : 'unattributed'),
      el('dt', {}, 'Topic'), el('dd', {}, topicName(topics, alert.topic)),
      el('dt', {}, 'Raised'), el('dd', {}, time(alert.raisedAt)),
      el('dt', {}, 'Detector'), el('dd', {}, alert.detector));
    const live = alert.status === 'open' || alert.status === 'acknowledged';
    acknowledge.disabled = !writable || alert.status !== 'open';
    resolve.disabled = !writable || !live;
    dismiss.disabled = !writable || !live;
    if (!live) toggleDismiss(false);
  };

  function toggleDismiss(open) {
    dismissForm.hidden = !open;
    dismiss.setAttribute('aria-expanded', String(open));
    if (open) reason.focus();
  }

  async function transition(action, body) {
    message.textContent = '';
    message.classList.remove('error');
    try {
      alert = await send('POST', `${path}/${action}`, body);
      remember(alert);
      drawFacts();
      message.textContent = `The alert is now ${alert.status}.`;
      // The button just pressed is usually disabled now; keep the keyboard user next to the outcome.
      message.focus();
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 401) return context.fail(error);
      message.classList.add('error');
      message.textContent = error.status === 403 ? 'This API key may only read; acting on alerts needs the write role.' : error.message;
    }
  }

  acknowledge.addEventListener('click', () => transition('acknowledge'));
  resolve.addEventListener('click', () => transition('resolve'));
  dismiss.addEventListener('click', () => toggleDismiss(dismissForm.hidden));
  dismissForm.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    toggleDismiss(false);
    dismiss.focus();
  });
  dismissForm.addEventListener('submit', async event => {
    event.preventDefault();
    if (!reason.value.trim()) { reason.focus(); return; }
    await transition('dismiss', { reason: reason.value.trim() });
  });

  const marked = highlightConflict(alert.earlier.text, alert.later.text);
  replace(main,
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Overview'), ' › ',
      alert.actor ? [el('a', { href: actorHref(alert.actor) }, actorName(alert.actor)), ' › '] : null, 'Alert'),
    el('h1', {}, `${kindLabel(alert.kind)}: ${actorName(alert.actor)}`),
    summary,
    el('p', { class: 'explanation' }, alert.explanation),
    el('p', { class: 'legend small' },
      el('mark', { class: 'conflict differs' }, 'words that differ'), ' between the two statements; ',
      el('mark', { class: 'conflict stance' }, 'negation and stance words'), '.'),
    el('div', { class: 'comparison' },
      side('Earlier', 'earlier', alert.earlier, marked.earlier, alert.actor, actorName),
      side('Later', 'later', alert.later, marked.later, alert.actor, actorName)),
    el('div', { class: 'alert-layout' },
      el('section', { class: 'panel', 'aria-label': 'About this alert' }, facts),
      el('section', { class: 'panel actions', 'aria-label': 'Act on this alert' },
        el('div', { class: 'row' }, acknowledge, resolve, dismiss),
        writable ? null : el('p', { class: 'muted small' }, 'This API key may only read: acting on alerts needs the write role.'),
        dismissForm, message)));
  drawFacts();

  context.every(context.pollMs, async () => {
    const now = await get(path);
    if (now.changed) {
      alert = now.data;
      remember(alert);
      drawFacts();
    }
  });
}

function side(title, className, statement, textNodes, alertActor, actorName) {
  const actorId = statement.actor ?? alertActor;
  return el('section', { class: `card side ${className}`, 'aria-label': `${title} statement` },
    el('h2', {}, title),
    el('p', { class: 'statement-head' },
      time(statement.saidAt),
      el('span', { class: 'speaker' }, statement.speaker ?? 'unnamed speaker'),
      el('span', { class: 'muted' }, `for ${actorName(actorId)}`),
      exampleBadge(statement)),
    el('blockquote', { class: 'text' }, textNodes),
    el('div', { class: 'small' }, el('span', { class: 'muted' }, 'Reported by '), sourceLinks(statement.sources)),
    actorId ? el('p', { class: 'small' }, el('a', { href: statementHref(actorId, statement.statementId) }, 'In the actor’s statements')) : null);
}
