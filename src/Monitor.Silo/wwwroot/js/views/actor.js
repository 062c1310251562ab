// Actor: a stance-over-time chart per topic whose points link to their statements, and the
// statement list with search and filters kept in the address (#/actor/china?topic=…&mode=…).

import { get, getAll } from '../api.js';
import { el, replace, time, badge, percent, sourceLinks, localDay } from '../dom.js';
import { timeRange, timelineChart } from '../chart.js';
import { topicNames, topicName, actorHref, statementHref, exampleBadge } from './shared.js';

const MODES = ['assert', 'deny', 'hedge', 'decline', 'demand', 'warn'];
const FILTERS = ['q', 'topic', 'speaker', 'mode', 'from', 'to'];
// Statements drawn at a time: an actor with years of history must not become a page of thousands of cards.
const PAGE = 100;

export async function render(main, [actorId], query, context) {
  const base = `/actors/${encodeURIComponent(actorId)}`;
  const [actorAnswer, topics, positionsAnswer, log] = await Promise.all([
    get(base), topicNames(), get(`${base}/positions`), getAll(`${base}/statements`, 0),
  ]);
  const actor = actorAnswer.data;
  let positions = positionsAnswer.data;
  nameMatters(topics, positions);
  let statements = log.items;
  let next = log.next;
  let selected = query.get('statement');
  let visible = PAGE;

  const charts = el('div', { class: 'charts' });
  const list = el('ol', { class: 'statement-list', 'aria-label': 'Statements, newest first' });
  const count = el('p', { class: 'muted', 'aria-live': 'polite' });
  const more = el('button', { type: 'button', class: 'secondary', hidden: true }, 'Show more');
  const controls = filterControls();

  const drawCharts = () => {
    const withPoints = positions.filter(position => position.timeline.length > 0)
      .sort((a, b) => topicName(topics, a.topic).localeCompare(topicName(topics, b.topic)));
    const range = timeRange(withPoints);
    const byId = new Map(statements.map(statement => [statement.id, statement]));
    if (withPoints.length === 0) {
      replace(charts, el('p', { class: 'muted' }, 'No stance-bearing statements yet.'));
      return;
    }
    const figures = withPoints.map(position => el('figure', { class: 'card chart', dataset: { topic: position.topic } },
      el('figcaption', {},
        el('strong', {}, topicName(topics, position.topic)), ' ', badge('stance', position.stance),
        el('span', { class: 'muted' }, ` ${percent(position.confidence)} sure · since `), time(position.since, { dateOnly: true }))));
    replace(charts, figures);
    // The figures are laid out now: each chart is drawn at the width its card gives it.
    figures.forEach((figure, i) => {
      const position = withPoints[i];
      const name = topicName(topics, position.topic);
      const style = getComputedStyle(figure);
      const width = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      figure.append(timelineChart(position, range, {
        width,
        title: `${actor.name}'s stance on ${name} over time`,
        link: point => statementHref(actorId, point.statementId),
        describe: point => {
          const statement = byId.get(point.statementId);
          const when = new Date(point.saidAt).toLocaleString();
          return `${when}: ${point.stance}${statement ? ` — ${statement.speaker ?? 'unnamed'}: ${statement.text.slice(0, 160)}` : ''}`;
        },
      }));
    });
  };

  const drawList = () => {
    const filter = controls.read();
    let shown = statements.filter(statement => matches(statement, filter));
    if (selected && !shown.some(statement => statement.id === selected) && statements.some(statement => statement.id === selected)) {
      // A statement picked on the chart is always shown, even if the filters would hide it.
      controls.write(new URLSearchParams());
      shown = statements;
    }
    shown = [...shown].sort((a, b) => Date.parse(b.saidAt) - Date.parse(a.saidAt) || b.sequence - a.sequence);
    const selectedAt = shown.findIndex(statement => statement.id === selected);
    if (selectedAt >= visible) visible = Math.ceil((selectedAt + 1) / PAGE) * PAGE;
    count.textContent = `${shown.length} of ${statements.length} statements${shown.length > visible ? `, the newest ${visible} shown` : ''}`;
    replace(list, shown.slice(0, visible).map(statement => el('li', {}, statementCard(statement, actor, topics, statement.id === selected))));
    more.hidden = shown.length <= visible;
    more.textContent = `Show ${Math.min(PAGE, shown.length - visible)} more`;
  };

  const showSelected = () => {
    if (!selected) return;
    const card = document.getElementById(`statement-${selected}`);
    if (card) {
      card.scrollIntoView({ block: 'center' });
      card.focus({ preventScroll: true });
    }
  };

  more.addEventListener('click', () => {
    const firstNew = visible;
    visible += PAGE;
    drawList();
    // Keyboard users continue at the first statement that was added.
    list.children[firstNew]?.querySelector('article')?.focus();
  });
  controls.onChange(() => {
    selected = null;
    visible = PAGE;
    const state = controls.state();
    history.replaceState(null, '', actorHref(actorId, state.toString() ? state : null));
    drawList();
  });

  replace(main,
    el('p', { class: 'crumbs' }, el('a', { href: '#/' }, 'Overview'), ' › ', actor.name),
    el('h1', {}, actor.name),
    el('p', { class: 'muted' }, actor.aliases?.length ? `Also named ${actor.aliases.join(', ')}` : 'No aliases'),
    el('section', { 'aria-labelledby': 'timeline-title' },
      el('h2', { id: 'timeline-title' }, 'Positions over time'),
      el('p', { class: 'muted small' }, 'Each point is a statement; select it to see the statement below.'),
      charts),
    el('section', { 'aria-labelledby': 'statements-title' },
      el('h2', { id: 'statements-title' }, 'Statements'),
      controls.form, count, list, more));
  controls.refreshChoices(statements, topics);
  controls.write(query);
  drawCharts();
  drawList();
  showSelected();

  let resizing = 0;
  const redrawOnResize = () => {
    clearTimeout(resizing);
    resizing = setTimeout(drawCharts, 150);
  };
  window.addEventListener('resize', redrawOnResize);
  context.signal.addEventListener('abort', () => window.removeEventListener('resize', redrawOnResize));

  context.every(context.pollMs, async () => {
    const page = await getAll(`${base}/statements`, next);
    const positionsNow = await get(`${base}/positions`);
    if (page.items.length > 0) {
      const known = new Set(statements.map(statement => statement.id));
      statements = statements.concat(page.items.filter(statement => !known.has(statement.id)));
      next = page.next;
      controls.refreshChoices(statements, topics);
      drawList();
    }
    if (positionsNow.changed || page.items.length > 0) {
      positions = positionsNow.data;
      nameMatters(topics, positions);
      drawCharts();
    }
  });

  return {
    update(newQuery) {
      selected = newQuery.get('statement');
      controls.write(newQuery);
      drawList();
      showSelected();
    },
  };
}

function matches(statement, filter) {
  if (filter.topic && statement.topic !== filter.topic) return false;
  if (filter.speaker && statement.speaker !== filter.speaker) return false;
  if (filter.mode && statement.mode !== filter.mode) return false;
  const day = (filter.from || filter.to) ? localDay(statement.saidAt) : null;
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    const haystack = [statement.text, statement.speaker, ...(statement.sources ?? []).map(source => source.name)].join('\n').toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** The role a speaker held for the actor on the day said, from the registry. */
function roleOn(actor, speakerName, saidAt) {
  const day = saidAt.slice(0, 10);
  const entry = (actor.speakers ?? []).find(speaker =>
    speaker.name.toLowerCase() === (speakerName ?? '').toLowerCase()
    && (!speaker.from || speaker.from <= day) && (!speaker.to || day <= speaker.to));
  return entry?.role ?? null;
}

function statementCard(statement, actor, topics, isSelected) {
  const role = roleOn(actor, statement.speaker, statement.saidAt);
  return el('article', { class: `card statement${isSelected ? ' selected' : ''}`, id: `statement-${statement.id}`, tabindex: '-1', dataset: { statement: statement.id } },
    el('div', { class: 'statement-head' },
      time(statement.saidAt),
      el('span', { class: 'speaker' }, statement.speaker ?? 'unnamed speaker'),
      role ? el('span', { class: 'muted' }, role) : null,
      badge('mode', statement.mode),
      statement.stance ? badge('stance', statement.stance) : null,
      statement.direct === false ? el('span', { class: 'badge reported' }, 'reported') : null,
      exampleBadge(statement)),
    el('p', { class: 'statement-topic muted small' }, topicName(topics, statement.topic)),
    el('blockquote', { class: 'text' }, statement.text),
    el('div', { class: 'statement-sources small' }, el('span', { class: 'muted' }, 'Reported by '), sourceLinks(statement.sources)));
}

function filterControls() {
  const search = el('input', { id: 'filter-q', name: 'q', type: 'search', placeholder: 'words, speaker or source' });
  const topic = el('select', { id: 'filter-topic', name: 'topic' });
  const speaker = el('select', { id: 'filter-speaker', name: 'speaker' });
  const mode = el('select', { id: 'filter-mode', name: 'mode' }, el('option', { value: '' }, 'any mode'), MODES.map(m => el('option', { value: m }, m)));
  const from = el('input', { id: 'filter-from', name: 'from', type: 'date' });
  const to = el('input', { id: 'filter-to', name: 'to', type: 'date' });
  const fields = { q: search, topic, speaker, mode, from, to };
  const reset = el('button', { type: 'button', class: 'secondary' }, 'Clear filters');
  const field = (label, input) => el('div', { class: 'field' }, el('label', { for: input.id }, label), input);
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter statements' },
    field('Search', search), field('Topic', topic), field('Speaker', speaker), field('Mode', mode),
    field('From', from), field('To', to), el('div', { class: 'field actions' }, reset));
  form.addEventListener('submit', event => event.preventDefault());

  // Choices keep whatever is selected even when no statement has it (yet).
  const setChoices = (select, anyLabel, values) => {
    const keep = select.value;
    const all = [...new Set([...values.map(v => v.value), keep].filter(Boolean))];
    const labels = new Map(values.map(v => [v.value, v.label]));
    replace(select, el('option', { value: '' }, anyLabel), all.map(value => el('option', { value }, labels.get(value) ?? value)));
    select.value = keep;
  };

  return {
    form,
    read: () => Object.fromEntries(FILTERS.map(name => [name, fields[name].value.trim()])),
    state() {
      const state = new URLSearchParams();
      for (const name of FILTERS) if (fields[name].value.trim()) state.set(name, fields[name].value.trim());
      return state;
    },
    write(query) {
      for (const name of FILTERS) {
        const value = query.get(name) ?? '';
        if (fields[name].tagName === 'SELECT' && value && ![...fields[name].options].some(option => option.value === value))
          fields[name].append(el('option', { value }, value));
        fields[name].value = value;
      }
    },
    onChange(handler) {
      form.addEventListener('input', handler);
      reset.addEventListener('click', () => { for (const input of Object.values(fields)) input.value = ''; handler(); });
    },
    refreshChoices(statements, topics) {
      const topicIds = [...new Set([...topics.keys(), ...statements.map(s => s.topic).filter(Boolean)])];
      setChoices(topic, 'any topic', topicIds.map(id => ({ value: id, label: topicName(topics, id) })));
      const speakers = [...new Set(statements.map(s => s.speaker).filter(Boolean))].sort();
      setChoices(speaker, 'any speaker', speakers.map(name => ({ value: name, label: name })));
    },
  };
}

/** A matter found by meaning has no catalogue entry; its position carries the name its key words give it. */
function nameMatters(topics, positions) {
  for (const position of positions) if (position.name) topics.set(position.topic, position.name);
}
