// The alert log as this tab knows it: read once from the start, then only what came after the
// last sequence seen, so a poll with nothing new is one 304.

import { getAll } from './api.js';

const PAGE_SIZE = 1000;
// Statuses change in place (acknowledged elsewhere, say); the whole log is revalidated this often,
// which costs 304s while nothing changed.
const REVALIDATE_MS = 30_000;

const alertsById = new Map();
let next = null;
let revalidatedAt = 0;

/** Reads what is new. Returns the alerts first seen now (none on the first load) and whether anything changed. */
export async function refreshAlerts() {
  if (next === null || Date.now() - revalidatedAt > REVALIDATE_MS) {
    const firstLoad = next === null;
    const all = await getAll('/alerts', 0, PAGE_SIZE);
    const fresh = firstLoad ? [] : all.items.filter(alert => !alertsById.has(alert.id));
    if (all.changed || firstLoad) all.items.forEach(remember);
    next = Math.max(next ?? 0, all.next);
    revalidatedAt = Date.now();
    return { fresh, changed: all.changed || firstLoad };
  }
  const page = await getAll('/alerts', next, PAGE_SIZE);
  const fresh = page.items.filter(alert => !alertsById.has(alert.id));
  page.items.forEach(remember);
  next = Math.max(next, page.next);
  return { fresh, changed: page.items.length > 0 };
}

/** Keeps an alert this tab changed or read on its own, so lists show its status at once. */
export function remember(alert) {
  alertsById.set(alert.id, alert);
}

/** The newest alerts first. */
export function latestAlerts(count) {
  return [...alertsById.values()].sort((a, b) => b.sequence - a.sequence).slice(0, count);
}

export function alertCounts() {
  let open = 0;
  for (const alert of alertsById.values()) if (alert.status === 'open') open++;
  return { total: alertsById.size, open };
}

export function forgetAlerts() {
  alertsById.clear();
  next = null;
  revalidatedAt = 0;
}
