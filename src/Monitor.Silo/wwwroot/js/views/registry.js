// Registry: actors with their aliases and speakers (roles and dates), editable through
// PUT /api/actors/{id} when the key may write, and the queue of unknown speakers where the service has one.

import { get, send, canWrite, ApiError } from '../api.js';
import { el, replace, day } from '../dom.js';
import { actorHref } from './shared.js';

export async function render(main, _params, _query, context) {
  const [actorsAnswer, writable, unknown] = await Promise.all([get('/actors'), canWrite(), unknownSpeakerQueue()]);
  let actors = actorsAnswer.data;
  let editing = null;

  const list = el('div', { class: 'registry' });
  const addButton = el('button', { type: 'button' }, 'Add an actor');
  const adder = el('div', {});

  const draw = () => replace(list, actors.map(actor => editing === actor.id
    ? actorEditor(actor, { onSaved: saved, onCancel: () => { editing = null; draw(); focusEdit(actor.id); }, fail: context.fail })
    : actorCard(actor, writable, () => { editing = actor.id; draw(); list.querySelector('form input')?.focus(); })));

  const saved = async savedActor => {
    editing = null;
    replace(adder);
    actors = (await get('/actors')).data;
    draw();
    focusEdit(savedActor.id);
    context.announce(`Saved ${savedActor.name}.`);
  };

  addButton.addEventListener('click', () => {
    replace(adder, actorEditor(null, { onSaved: saved, onCancel: () => { replace(adder); addButton.focus(); }, fail: context.fail }));
    adder.querySelector('input')?.focus();
  });

  replace(main,
    el('h1', {}, 'Registry'),
    el('p', { class: 'muted' }, 'The actors Monitor tracks, the names that mean them in text, and the people who speak for them.'),
    writable
      ? el('div', { class: 'row' }, addButton)
      : el('p', { class: 'muted small' }, 'This API key may only read: editing the registry needs the write role.'),
    adder,
    list,
    unknown ? unknownSpeakers(unknown.data) : null);
  draw();

  context.every(context.pollMs * 2, async () => {
    const now = await get('/actors');
    // An open editor keeps what the user typed; the list catches up when it closes.
    if (now.changed && editing === null) {
      actors = now.data;
      draw();
    }
  });
}

/** Back on the actor's card after editing: its Edit button, or its name where the key cannot write. */
function focusEdit(actorId) {
  const card = document.querySelector(`[data-registry-actor="${CSS.escape(actorId)}"]`);
  (card?.querySelector('button') ?? card?.querySelector('a'))?.focus();
}

function actorCard(actor, writable, onEdit) {
  return el('article', { class: 'card registry-actor', dataset: { registryActor: actor.id } },
    el('div', { class: 'card-head' },
      el('h2', {}, el('a', { href: actorHref(actor.id) }, actor.name), ' ', el('code', {}, actor.id)),
      writable ? el('button', { type: 'button', class: 'secondary', onclick: onEdit, 'aria-label': `Edit ${actor.name}` }, 'Edit') : null),
    el('h3', {}, 'Aliases'),
    actor.aliases?.length ? el('ul', { class: 'chips' }, actor.aliases.map(alias => el('li', {}, alias))) : el('p', { class: 'muted' }, 'none'),
    el('h3', {}, 'Speakers'),
    actor.speakers?.length
      ? el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Role'), el('th', { scope: 'col' }, 'From'), el('th', { scope: 'col' }, 'To'))),
        el('tbody', {}, actor.speakers.map(speaker => el('tr', {},
          el('td', {}, speaker.name), el('td', {}, speaker.role ?? '—'),
          el('td', {}, speaker.from ? day(speaker.from) : '—'),
          el('td', {}, speaker.to ? day(speaker.to) : 'now'))))))
      : el('p', { class: 'muted' }, 'none'));
}

let editorCount = 0;

/** A form for one actor; with no actor, for a new one (its id asked too). */
function actorEditor(actor, { onSaved, onCancel, fail }) {
  const prefix = `edit-${++editorCount}`;
  const id = el('input', { id: `${prefix}-id`, required: true, pattern: '[a-z0-9\\-]{1,64}', maxlength: 64, autocomplete: 'off' });
  const name = el('input', { id: `${prefix}-name`, required: true, maxlength: 200, value: actor?.name ?? '' });
  const aliases = el('textarea', { id: `${prefix}-aliases`, rows: 4 });
  aliases.value = (actor?.aliases ?? []).join('\n');
  const speakerRows = el('tbody', {});
  const error = el('p', { class: 'error', role: 'alert', hidden: true });
  let row = 0;

  const addSpeaker = speaker => {
    const n = `${prefix}-s${++row}`;
    const cell = (label, input) => el('td', {}, el('label', { class: 'visually-hidden', for: input.id }, label), input);
    const tr = el('tr', { class: 'speaker-row' },
      cell('Speaker name', el('input', { id: `${n}-name`, name: 'name', maxlength: 200, value: speaker?.name ?? '' })),
      cell('Role', el('input', { id: `${n}-role`, name: 'role', maxlength: 200, value: speaker?.role ?? '' })),
      cell('From', el('input', { id: `${n}-from`, name: 'from', type: 'date', value: speaker?.from ?? '' })),
      cell('To', el('input', { id: `${n}-to`, name: 'to', type: 'date', value: speaker?.to ?? '' })),
      el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => tr.remove() }, 'Remove')));
    speakerRows.append(tr);
    return tr;
  };
  (actor?.speakers ?? []).forEach(addSpeaker);

  const field = (label, input, hint) => el('div', { class: 'field' }, el('label', { for: input.id }, label), input, hint ? el('p', { class: 'muted small' }, hint) : null);
  const form = el('form', { class: 'card editor', 'aria-label': actor ? `Edit ${actor.name}` : 'New actor' },
    el('h2', {}, actor ? `Edit ${actor.name}` : 'New actor'),
    actor ? null : field('Id', id, 'Lower-case letters, digits and hyphens, e.g. france.'),
    field('Name', name),
    field('Aliases', aliases, 'One a line: names that mean this actor in text.'),
    el('h3', {}, 'Speakers'),
    el('div', { class: 'table-wrap' }, el('table', {},
      el('thead', {}, el('tr', {}, ['Name', 'Role', 'From', 'To', ''].map(h => el('th', { scope: 'col' }, h)))),
      speakerRows)),
    el('div', { class: 'row' },
      el('button', { type: 'button', class: 'secondary', onclick: () => addSpeaker(null).querySelector('input').focus() }, 'Add speaker')),
    error,
    el('div', { class: 'row' },
      el('button', { type: 'submit' }, 'Save'),
      el('button', { type: 'button', class: 'secondary', onclick: onCancel }, 'Cancel')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const actorId = actor?.id ?? id.value.trim();
    const body = {
      name: name.value.trim(),
      aliases: aliases.value.split('\n').map(alias => alias.trim()).filter(Boolean),
      speakers: [...speakerRows.querySelectorAll('tr')].map(tr => {
        const value = field => tr.querySelector(`[name="${field}"]`).value.trim();
        const speaker = { name: value('name') };
        for (const optional of ['role', 'from', 'to']) if (value(optional)) speaker[optional] = value(optional);
        return speaker;
      }).filter(speaker => speaker.name),
    };
    error.hidden = true;
    try {
      onSaved(await send('PUT', `/actors/${encodeURIComponent(actorId)}`, body));
    } catch (problem) {
      if (!(problem instanceof ApiError) || problem.status === 401) return fail(problem);
      const details = Object.entries(problem.problem?.errors ?? {}).map(([key, messages]) => `${key}: ${messages.join(' ')}`);
      error.textContent = problem.status === 403
        ? 'This API key may only read; editing needs the write role.'
        : [problem.message, ...details].join(' ');
      error.hidden = false;
    }
  });
  return form;
}

/** The unknown-speaker queue where this service has one: anything but a 200 leaves the section out. */
async function unknownSpeakerQueue() {
  try {
    return await get('/speakers/unknown');
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}

/** Outlets and people no actor claims (GET /api/speakers/unknown), most statements first, as text. */
function unknownSpeakers(data) {
  const items = Array.isArray(data) ? data : [];
  const describe = item => {
    const count = `${item.statements} ${item.statements === 1 ? 'statement' : 'statements'}`;
    return `${item.speaker} (${item.kind}, ${count})`;
  };
  return el('section', { class: 'panel', 'aria-labelledby': 'unknown-title' },
    el('h2', { id: 'unknown-title' }, 'Unknown speakers'),
    items.length === 0
      ? el('p', { class: 'muted' }, 'No unknown speakers waiting.')
      : el('ul', { class: 'unknown-speakers' }, items.map(item => el('li', {}, describe(item)))));
}
