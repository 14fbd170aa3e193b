// article.js — the article view: its text with the passages it shares with copies, its
// quotes, its entity mentions and its dates marked (byte offsets of UTF-8 into the text),
// then the lists: quotes, entities, dates, events, copies with their shared passages.
import { el, fill, add, api, safe, dateEl, num, link, articleLink, entityLink, enc, section, list, table, TYPES, eventType } from './ui.js';

// Spans of one layer, sorted, overlaps dropped (the first, then the longer, is kept).
function layer(spans) {
  const out = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.end <= s.start) continue;
    if (out.length && s.start < out[out.length - 1].end) continue;
    out.push(s);
  }
  return out;
}

// A piece of text as nodes: a word of more than 64 characters gets a <wbr> every 64, so a
// long run (1 MB of one word) breaks into lines without the browser searching every
// character for a break (overflow-wrap: anywhere over 1 MB takes minutes); the text stays
// the same (textContent).
function breakable(s) {
  s = safe(s);
  if (!/\S{65}/.test(s)) return [document.createTextNode(s)];
  const out = [];
  for (const [k, part] of s.split(/(\S{65,})/).entries()) {
    if (k % 2 === 0) { if (part) out.push(document.createTextNode(part)); continue; }   // between the long words
    for (let i = 0; i < part.length; i += 64) {
      if (i) out.push(document.createElement('wbr'));
      out.push(document.createTextNode(part.slice(i, i + 64)));
    }
  }
  return out;
}

// The text bytes [start, end) with the layers nested: each span of the first layer wraps
// what the other layers make of its bytes (an inner span crossing an outer edge is cut).
function render(bytes, dec, start, end, layers) {
  if (!layers.length) return breakable(dec.decode(bytes.subarray(start, end)));
  const [first, ...rest] = layers, out = [];
  let at = start;
  for (const s of first) {
    const a = Math.max(s.start, start), b = Math.min(s.end, end);
    if (b <= a || a < at) continue;
    if (a > at) out.push(...render(bytes, dec, at, a, rest));
    out.push(s.wrap(render(bytes, dec, a, b, rest)));
    at = b;
  }
  if (at < end) out.push(...render(bytes, dec, at, end, rest));
  return out;
}

function sharedSpans(copies) {
  const spans = [];
  for (const c of copies || []) for (const sp of c.spans || []) spans.push({ start: sp.here[0], end: sp.here[1], copy: c.id });
  // Their union: overlapping passages shared with several copies become one.
  spans.sort((a, b) => a.start - b.start);
  const u = [];
  for (const s of spans) {
    const last = u[u.length - 1];
    if (last && s.start <= last.end) { last.end = Math.max(last.end, s.end); last.copies.add(s.copy); }
    else u.push({ start: s.start, end: s.end, copies: new Set([s.copy]) });
  }
  return u.map(s => ({ ...s, wrap: kids => el('span', { class: 'shared', title: 'مقطع مشترك مع: ' + [...s.copies].join('، ') }, kids) }));
}

export function markedText(a) {
  const bytes = new TextEncoder().encode(a.text), dec = new TextDecoder();
  const quotes = layer((a.quotes || []).map(q => ({ start: q.start, end: q.end,
    wrap: kids => el('span', { class: 'quote', title: 'اقتباس' + (q.speaker ? ': ' + q.speaker.name : '') }, kids) })));
  const inner = layer([
    ...(a.entities || []).map(e => ({ start: e.start, end: e.end,
      wrap: kids => el('mark', { class: 'ent ' + e.type, title: e.name + ' (' + (TYPES[e.type] || e.type) + ')', dir: 'auto' },
        el('a', { href: '#/entity/' + enc(e.id) }, kids)) })),
    ...(a.dates || []).map(d => ({ start: d.start, end: d.end,
      wrap: kids => el('mark', { class: 'date', title: d.value || 'تاريخ غير محدد' },
        d.value ? el('time', { datetime: d.value }, kids) : kids) })),
  ]);
  // dir="auto" is set once the nodes are in: Chromium works out the direction again at
  // each node added to such an element (30,000 nodes took seconds).
  const out = el('div', { class: 'text', id: 'article-text' });
  out.append(...render(bytes, dec, 0, bytes.length, [layer(sharedSpans(a.copies)), quotes, inner]));
  out.setAttribute('dir', 'auto');
  return out;
}

function excerpt(a, s, e) {
  const bytes = new TextEncoder().encode(a.text), t = new TextDecoder().decode(bytes.subarray(s, e));
  return t.length > 280 ? t.slice(0, 140) + ' … ' + t.slice(-120) : t;
}

function legend() {
  return el('p', { class: 'legend-text' }, 'المفتاح: ',
    ...Object.entries(TYPES).map(([k, v]) => [el('mark', { class: 'ent ' + k }, v), ' ']),
    el('span', { class: 'quote' }, 'اقتباس'), ' ', el('mark', { class: 'date' }, 'تاريخ'), ' ',
    el('span', { class: 'shared' }, 'مقطع مشترك مع نسخة'));
}

function safeUrl(u) {
  return /^https?:\/\//i.test(u || '') ? u : null;
}

function entityCounts(ents) {
  const m = new Map();
  for (const e of ents) {
    const x = m.get(e.id) || { id: e.id, name: e.name, type: e.type, n: 0 };
    x.n++;
    m.set(e.id, x);
  }
  return [...m.values()].sort((a, b) => b.n - a.n);
}

export async function showArticle(v, id) {
  const a = await api('/api/articles/' + enc(id));
  const url = safeUrl(a.url);
  // No title: the text's first line (a lead) stands for it; the id is in the meta line.
  const lead = a.text.trim().split('\n')[0];
  const head = a.title || (lead.length > 120 ? lead.slice(0, 110) + '…' : lead) || a.id;
  fill(v, el('h1', { dir: 'auto' }, head),
    el('p', { class: 'meta' }, el('span', { dir: 'auto' }, a.id), ' · ', dateEl(a.published), ' · ',
      a.source ? link('#/search?source=' + enc(a.source), a.source) : 'مصدر غير معروف',
      a.author ? [' · ', el('span', { dir: 'auto' }, a.author)] : null,
      url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer', dir: 'auto' }, 'الأصل')] : null,
      ` · ${num(a.tokens)} كلمة`),
    a.story ? el('p', {}, 'القصة: ', link('#/story/' + a.story.id, a.story.title || ('قصة ' + a.story.id))) : null,
    legend(), markedText(a));
  const q = a.quotes || [];
  if (q.length)
    add(v, section('الاقتباسات', list(q, x => [x.speaker ? entityLink(x.speaker.id, x.speaker.name) : el('span', {}, 'مصدر غير مسمى'),
      ' (', el('span', { dir: 'auto' }, x.cue), '): ', el('q', { dir: 'auto' }, x.text)])));
  const ents = entityCounts(a.entities || []);
  if (ents.length)
    add(v, section('الأسماء', list(ents, e => [entityLink(e.id, e.name), ` (${TYPES[e.type] || e.type}، ${num(e.n)})`])));
  if ((a.dates || []).length)
    add(v, section('التواريخ', list(a.dates, d => [el('span', { dir: 'auto' }, d.text), ' ← ', dateEl(d.value)])));
  if ((a.events || []).length)
    add(v, section('الأحداث', table('أحداث المقال', ['النوع', 'الأطراف', 'المكان', 'التاريخ'],
      a.events.map(e => [eventType(e.type), e.actors.map((x, i) => [i ? '، ' : '', entityLink(x.id, x.name)]),
        e.place ? entityLink(e.place.id, e.place.name) : '—', dateEl(e.date)]))));
  if ((a.copies || []).length)
    add(v, section('النسخ', el('ul', { class: 'copies' }, a.copies.map(c => el('li', {},
      articleLink(c.id), ` (${c.kind}، ${num(Math.round(c.similarity * 100))}٪، ${c.relation || ''})`,
      el('ul', {}, (c.spans || []).map(sp => el('li', {}, el('mark', { class: 'shared', dir: 'auto' }, excerpt(a, sp.here[0], sp.here[1]))))))))));
}
