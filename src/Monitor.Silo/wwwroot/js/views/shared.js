// Names and links every view uses.

import { get } from '../api.js';
import { el } from '../dom.js';

/** Topic id → display name, from /api/topics (a 304 after the first read). */
export async function topicNames() {
  const { data } = await get('/topics');
  return new Map(data.map(topic => [topic.id, topic.name || topic.id]));
}

export const topicName = (names, id) => (id ? names.get(id) ?? id : 'no topic');

/** stance-reversal → Stance reversal */
export function kindLabel(kind) {
  const words = (kind ?? 'contradiction').replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const actorHref = (actorId, query) =>
  `#/actor/${encodeURIComponent(actorId)}${query ? `?${new URLSearchParams(query)}` : ''}`;

export const statementHref = (actorId, statementId) => actorHref(actorId, { statement: statementId });

export const alertHref = alertId => `#/alert/${encodeURIComponent(alertId)}`;

/** "example" on anything made up to illustrate (a statement sent with "example": true), so it is never read as news. */
export function exampleBadge(...statements) {
  return statements.some(statement => statement?.example)
    ? el('span', { class: 'badge example', title: 'An illustration, not a report of what was said' }, 'example')
    : null;
}
