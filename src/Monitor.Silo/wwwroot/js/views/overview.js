// Overview: every tracked actor with its statement count and current position per topic, and the
// latest alerts; new alerts slide in from polling without a reload.

import { get } from '../api.js';
import { refreshAlerts, latestAlerts, alertCounts } from '../alerts.js';
import { el, replace, time, badge, percent } from '../dom.js';
import { topicNames, topicName, kindLabel, actorHref, alertHref, exampleBadge } from './shared.js';

const SHOWN_ALERTS = 25;
let renderedOnce = false;

export async function render(main, _params, _query, context) {
  const [actorsAnswer, topics] = await Promise.all([get('/actors'), topicNames(), refreshAlerts()]);
  let actors = actorsAnswer.data;
  let positions = await positionsOf(actors);

  const actorList = el('div', { class: 'actor-grid' });
  const alertList = el('ol', { class: 'alert-list', 'aria-label': 'Latest alerts, newest first' });
  const alertSummary = el('p', { class: 'muted' });
  const highlighted = new Set();

  const drawActors = () => keepingFocus(actorList, 'actor', () => replace(actorList, actors.length === 0
    ? el('p', { class: 'muted' }, 'No actors are configured.')
    : actors.map(actor => actorCard(actor, positions.get(actor.id) ?? [], topics))));
  const drawAlerts = () => keepingFocus(alertList, 'alert', () => {
    const alerts = latestAlerts(SHOWN_ALERTS);
    const { total, open } = alertCounts();
    alertSummary.textContent = total === 0
      ? 'No alerts yet: nobody has contradicted themselves.'
      : `${total} ${total === 1 ? 'alert' : 'alerts'}, ${open} open${total > alerts.length ? `; the latest ${alerts.length} below` : ''}.`;
    replace(alertList, alerts.map(alert => alertItem(alert, actors, topics, highlighted.has(alert.id))));
  });

  replace(main,
    el('h1', { class: 'visually-hidden' }, 'Overview'),
    el('div', { class: 'overview' },
      el('section', { class: 'panel', 'aria-labelledby': 'actors-title' },
        el('h2', { id: 'actors-title' }, 'Actors and their positions'),
        actorList),
      el('section', { class: 'panel', 'aria-labelledby': 'alerts-title' },
        el('h2', { id: 'alerts-title' }, 'Latest alerts'),
        alertSummary,
        alertList)));
  drawActors();
  drawAlerts();
  if (!renderedOnce) {
    // How long the first overview took from navigation start: the dashboard's speed budget is one second.
    performance.mark('monitor-overview-rendered');
    renderedOnce = true;
  }

  context.every(context.pollMs, async () => {
    const { fresh, changed } = await refreshAlerts();
    if (fresh.length > 0) {
      fresh.forEach(alert => highlighted.add(alert.id));
      context.announce(fresh.length === 1 ? 'One new alert.' : `${fresh.length} new alerts.`);
    }
    const actorsNow = await get('/actors');
    if (actorsNow.changed) {
      actors = actorsNow.data;
      positions = await positionsOf(actors);
      drawActors();
    }
    if (changed || actorsNow.changed) drawAlerts();
  });
}

/** Redraws a list without losing the keyboard user's place: the link that had focus gets it back. */
function keepingFocus(container, key, redraw) {
  const focused = container.contains(document.activeElement) ? document.activeElement.closest(`[data-${key}]`)?.dataset[key] : null;
  redraw();
  if (focused) container.querySelector(`[data-${key}="${CSS.escape(focused)}"] a`)?.focus();
}

async function positionsOf(actors) {
  const answers = await Promise.all(actors.map(actor => get(`/actors/${encodeURIComponent(actor.id)}/positions`)));
  return new Map(actors.map((actor, i) => [actor.id, answers[i].data]));
}

function actorCard(actor, positions, topics) {
  const stanceBearing = positions.filter(position => position.timeline.length > 0);
  return el('article', { class: 'card actor-card', dataset: { actor: actor.id } },
    el('h3', {}, el('a', { href: actorHref(actor.id) }, actor.name)),
    el('p', { class: 'muted' }, `${actor.statementCount} ${actor.statementCount === 1 ? 'statement' : 'statements'}`),
    stanceBearing.length === 0
      ? el('p', { class: 'muted' }, 'No positions yet.')
      : el('dl', { class: 'positions' }, stanceBearing.map(position => [
        el('dt', {}, topicName(topics, position.topic)),
        el('dd', {},
          badge('stance', position.stance),
          el('span', { class: 'muted' }, ` ${percent(position.confidence)} sure · since `),
          time(position.since, { dateOnly: true })),
      ])));
}

function alertItem(alert, actors, topics, isNew) {
  const actorName = actors.find(actor => actor.id === alert.actor)?.name ?? alert.actor ?? 'unattributed';
  return el('li', { class: `alert-item severity-${alert.severity}${isNew ? ' new' : ''}`, dataset: { alert: alert.id } },
    el('div', { class: 'alert-head' },
      badge('severity', alert.severity),
      el('a', { href: alertHref(alert.id) }, `${kindLabel(alert.kind)}: ${actorName}`),
      isNew ? el('span', { class: 'badge new-tag' }, 'new') : null,
      exampleBadge(alert.earlier, alert.later),
      badge('status', alert.status)),
    el('p', { class: 'alert-topic' }, alert.topic ? topicName(topics, alert.topic) : 'no topic'),
    el('p', { class: 'excerpt' }, '“', alert.later.text, '”'),
    el('p', { class: 'muted small' }, 'said ', time(alert.later.saidAt), ' · earlier ', time(alert.earlier.saidAt, { dateOnly: true }), ` · score ${alert.score.toFixed(2)}`));
}
