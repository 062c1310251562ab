// A position timeline drawn as inline SVG: stance (support, neutral, oppose) over the time said,
// a step line because a stance holds until the next statement, and each point a link to its statement.

import { svg, formatDate } from './dom.js';

// Drawn at the width it is shown at, so its labels stay readable from phones to wide screens.
const MIN_WIDTH = 280;
const HEIGHT = 150;
const LEFT = 78;
const RIGHT = 18;
const TOP = 16;
const BOTTOM = 30;
const LEVELS = ['support', 'neutral', 'oppose'];

const levelY = stance => TOP + (LEVELS.indexOf(LEVELS.includes(stance) ? stance : 'neutral') * (HEIGHT - TOP - BOTTOM)) / 2;

/** The time range every timeline of one actor shares, so charts of different topics line up. */
export function timeRange(positions) {
  const times = positions.flatMap(p => p.timeline.map(point => Date.parse(point.saidAt)));
  if (times.length === 0) return null;
  let start = Math.min(...times);
  let end = Math.max(...times);
  // A single day still needs width; a margin keeps the first and last points off the edges.
  const margin = Math.max((end - start) * 0.04, 86_400_000);
  return { start: start - margin, end: end + margin };
}

function ticks(range, count) {
  const step = (range.end - range.start) / (count - 1);
  return Array.from({ length: count }, (_, i) => range.start + i * step);
}

/**
 * One topic's timeline, `width` pixels wide. describe(point) gives a point's accessible label;
 * link(point) its href.
 */
export function timelineChart(position, range, { describe, link, title, width }) {
  const WIDTH = Math.max(MIN_WIDTH, Math.round(width));
  const x = time => LEFT + ((time - range.start) / (range.end - range.start)) * (WIDTH - LEFT - RIGHT);
  const points = position.timeline
    .map(point => ({ ...point, time: Date.parse(point.saidAt) }))
    .sort((a, b) => a.time - b.time);

  const grid = LEVELS.map(level => [
    svg('line', { class: 'grid', x1: LEFT, x2: WIDTH - RIGHT, y1: levelY(level), y2: levelY(level) }),
    svg('text', { class: `level ${level}`, x: LEFT - 10, y: levelY(level) + 4, 'text-anchor': 'end' }, level),
  ]);
  const axis = ticks(range, WIDTH < 400 ? 2 : WIDTH < 520 ? 3 : 4).map((time, i, all) =>
    svg('text', {
      class: 'tick', x: x(time), y: HEIGHT - 8,
      'text-anchor': i === 0 ? 'start' : i === all.length - 1 ? 'end' : 'middle',
    }, formatDate(new Date(time))));

  let path = '';
  points.forEach((point, i) => {
    const px = x(point.time).toFixed(1);
    const py = levelY(point.stance).toFixed(1);
    path += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  });
  if (points.length > 0) path += `H${(WIDTH - RIGHT).toFixed(1)}`;

  const marks = points.map(point => {
    const label = describe(point);
    return svg('a', { href: link(point), 'aria-label': label, class: 'point' },
      svg('title', {}, label),
      svg('circle', { class: `stance-${point.stance ?? 'neutral'}`, cx: x(point.time).toFixed(1), cy: levelY(point.stance).toFixed(1), r: 7 }));
  });

  return svg('svg', {
    class: 'timeline', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'group', 'aria-label': title,
    preserveAspectRatio: 'xMidYMid meet',
  },
  grid, axis, svg('path', { class: 'step', d: path }), marks);
}
