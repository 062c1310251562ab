// Marks where two statements conflict: the words one text has and the other lacks anywhere, and
// every negation or stance word, since a contradiction often hinges on one "not", "denies" or
// "opposes" in otherwise equal sentences. Word order is ignored on purpose: a claim restated in
// another order is the same claim, and marking its moved words would hide the real difference.

import { el } from './dom.js';

const STANCE_WORDS = new Set([
  'not', 'no', 'never', 'none', 'nor', 'neither', 'nothing', 'without', 'against', 'cannot',
  "don't", "doesn't", "didn't", "won't", "isn't", "aren't", "wasn't", "weren't", "can't", "shouldn't",
  'deny', 'denies', 'denied', 'denying', 'reject', 'rejects', 'rejected', 'rejecting',
  'refuse', 'refuses', 'refused', 'dismiss', 'dismisses', 'dismissed',
  'oppose', 'opposes', 'opposed', 'opposing', 'opposition', 'condemn', 'condemns', 'condemned',
  'support', 'supports', 'supported', 'supporting', 'welcome', 'welcomes', 'welcomed',
  'endorse', 'endorses', 'endorsed', 'back', 'backs', 'backed', 'favour', 'favours', 'favor', 'favors',
]);

// Words too common to be the point of a difference; they are marked only when they are stance words.
const FILLER_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as',
  'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'this', 'that', 'these', 'those', 'will',
  'would', 'has', 'have', 'had', 'which', 'who', 'we', 'our', 'they', 'their', 'any', 'all',
]);

// Letters, digits and the joiners inside words (apostrophes, hyphens, decimal points).
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

function words(text) {
  return [...text.matchAll(WORD)].map(match => ({
    start: match.index,
    end: match.index + match[0].length,
    key: match[0].toLowerCase().replaceAll('’', "'"),
  }));
}

function markKind(word, otherKeys) {
  if (STANCE_WORDS.has(word.key)) return 'stance';
  if (!otherKeys.has(word.key) && !FILLER_WORDS.has(word.key)) return 'differs';
  return null;
}

/**
 * The text as nodes: plain text, and <mark> around each run of conflicting words (neighbouring
 * marked words of one kind share a mark). Text goes in as text nodes only.
 */
function markedNodes(text, textWords, otherKeys) {
  const nodes = [];
  let position = 0;
  let run = null;
  const closeRun = () => {
    if (!run) return;
    const label = run.kind === 'stance' ? 'negation or stance word' : 'differs from the other statement';
    nodes.push(el('mark', { class: `conflict ${run.kind}`, title: label }, text.slice(run.start, run.end)));
    position = run.end;
    run = null;
  };
  for (const word of textWords) {
    const kind = markKind(word, otherKeys);
    if (run && (kind !== run.kind || text.slice(run.end, word.start).trim() !== '')) closeRun();
    if (!kind) continue;
    if (run) { run.end = word.end; continue; }
    if (word.start > position) nodes.push(text.slice(position, word.start));
    run = { kind, start: word.start, end: word.end };
  }
  closeRun();
  if (position < text.length) nodes.push(text.slice(position));
  return nodes;
}

/** Both texts as nodes with their conflicting words marked. */
export function highlightConflict(earlierText, laterText) {
  const earlierWords = words(earlierText);
  const laterWords = words(laterText);
  const keys = list => new Set(list.map(word => word.key));
  return {
    earlier: markedNodes(earlierText, earlierWords, keys(laterWords)),
    later: markedNodes(laterText, laterWords, keys(earlierWords)),
  };
}
