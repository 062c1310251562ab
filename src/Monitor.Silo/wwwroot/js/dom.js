// Builds the page from data with DOM calls and text nodes only: no string from the service ever
// passes through an HTML parser, so a statement that contains markup shows that markup as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** el('a', { href: '#/' }, 'text', otherNode): an HTML element whose string children are text. */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  return appendChildren(node, children);
}

/** The same for SVG elements, which need their namespace. */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  return appendChildren(node, children);
}

export function replace(node, ...children) {
  node.replaceChildren();
  return appendChildren(node, children);
}

/** Only web links become hrefs: a source URL of javascript: or data: is shown as text instead. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function sourceLinks(sources) {
  if (!sources?.length) return el('span', { class: 'muted' }, 'no source');
  return el('ul', { class: 'sources' }, sources.map(source => {
    const href = source.url ? safeUrl(source.url) : null;
    return el('li', {},
      href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, source.name || href) : source.name,
      source.url && !href ? el('span', { class: 'muted' }, ` (${source.url})`) : null);
  }));
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** A time in the viewer's time zone, with the service's original ISO text on hover. */
export function time(iso, { dateOnly = false } = {}) {
  if (!iso) return el('span', { class: 'muted' }, '—');
  const date = new Date(iso);
  return el('time', { datetime: date.toISOString(), title: iso }, (dateOnly ? dateFormat : dateTimeFormat).format(date));
}

/** A calendar day (YYYY-MM-DD, no time zone) such as a speaker's first day in a role: shown as that day everywhere. */
export function day(isoDay) {
  const [year, month, date] = isoDay.split('-').map(Number);
  return el('time', { datetime: isoDay, title: isoDay }, dateFormat.format(new Date(year, month - 1, date)));
}

export const formatDate = date => dateFormat.format(date);
export const formatClock = date => clockFormat.format(date);

/** The viewer's local calendar day of an ISO time, as YYYY-MM-DD: what date inputs compare with. */
export function localDay(iso) {
  const date = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function badge(kind, value, label = value) {
  return el('span', { class: `badge ${kind}-${value ?? 'none'}` }, label ?? '—');
}

export function percent(value) {
  return `${Math.round((value ?? 0) * 100)}%`;
}
