// views.js — the list views: home, search (filters, highlighted snippets), attention over
// time (queries side by side, CSV), quotes by speaker, events (filters, CSV), stories and a
// story. Each view reads its parameters from the URL (#/VIEW?…), so it can be shared.
import { el, fill, add, api, safe, dateEl, num, pct, digits, link, articleLink, entityLink, enc, filterForm, pick, pager, table,
  section, list, EVENT_TYPES } from './ui.js';
import { lineChart, legend } from './chart.js';
import { eventRows } from './entity.js';

// The library's snippet: HTML-escaped text with <b>…</b> around matches, rebuilt as text
// nodes and <b> elements (no markup of the server is ever parsed).
const ENT = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescape(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e) =>
    e[0] !== '#' ? (ENT[e] ?? m) : String.fromCodePoint(parseInt(e[1] === 'x' ? e.slice(2) : e.slice(1), e[1] === 'x' ? 16 : 10)));
}
function snippet(html) {
  const out = el('p', { class: 'snippet', dir: 'auto' });
  let bold = false;
  for (const part of html.split(/(<\/?b>)/)) {
    if (part === '<b>') bold = true;
    else if (part === '</b>') bold = false;
    else if (part) out.append(bold ? el('b', {}, unescape(part)) : document.createTextNode(safe(unescape(part))));
  }
  return out;
}

export async function showHome(v) {
  const [s, people, stories] = await Promise.all([api('/api/stats'), api('/api/entities?type=PER&limit=12'),
    api('/api/stories?limit=5')]);
  fill(v, el('h1', {}, 'رصد الأخبار'),
    el('p', {}, `${num(s.articles)} مقال من ${num(s.sources)} مصدر`, s.first_published ? [' بين ', dateEl(s.first_published), ' و', dateEl(s.last_published)] : ''),
    section('أكثر الأشخاص ذكرًا', list(people.items, e => [entityLink(e.id, e.name), ` (${num(e.mentions)})`])),
    section('أحدث القصص', list(stories.items, st => link('#/story/' + st.id, storyTitle(st)))));
}

export async function showSearch(v, params) {
  const q = params.get('q') || '';
  fill(v, el('h1', {}, 'البحث'),
    filterForm('#/search', params, [{ name: 'q', label: 'الكلمات', type: 'search' }, { name: 'since', label: 'من', type: 'date' },
      { name: 'until', label: 'إلى', type: 'date' }, { name: 'source', label: 'المصدر' }], 'بحث'));
  if (!q) return;
  const j = await api('/api/search?' + pick(params, ['q', 'since', 'until', 'source', 'cursor'], { limit: '20' }));
  const res = el('div', { id: 'results' });
  res.append(el('p', { class: 'meta' }, link('#/attention?' + pick(params, ['q', 'source']), 'الاهتمام بهذا البحث عبر الزمن')));
  if (!j.items.length) res.append(el('p', {}, 'لا نتائج.'));
  for (const h of j.items)
    res.append(el('article', { class: 'hit' }, el('h2', {}, articleLink(h.id, h.title)),
      el('div', { class: 'meta' }, dateEl(h.published), ' · ', el('span', { dir: 'auto' }, h.source || 'مصدر غير معروف'),
        h.copies ? ` · ${num(h.copies)} نسخ` : ''),
      snippet(h.snippet || '')));
  add(v, res, pager('#/search', params, j.next));
  if (!params.get('cursor')) add(v, await topOf(q));
}

// The names and outlets of the query's best matches (GET /api/top).
async function topOf(q) {
  const [ents, srcs] = await Promise.all([api('/api/top?what=entities&q=' + enc(q)), api('/api/top?what=sources&q=' + enc(q))]);
  return el('aside', { id: 'top', 'aria-label': 'أبرز الأسماء والمصادر' },
    ents.items.length ? section('أبرز الأسماء في النتائج', list(ents.items.slice(0, 10), e => [entityLink(e.key, e.name), ` (${num(e.articles)})`])) : null,
    srcs.items.length ? section('المصادر', list(srcs.items.slice(0, 10), x => [link('#/search?' + new URLSearchParams({ q, source: x.key }), x.key),
      ` (${num(x.articles)})`])) : null);
}

const BY = [['day', 'يوم'], ['week', 'أسبوع'], ['month', 'شهر']];

export async function showAttention(v, params) {
  const qs = params.getAll('q').filter(Boolean).slice(0, 5);
  const fields = [0, 1, 2, 3, 4].map(i => ({ name: 'q', n: i, label: `بحث ${digits(i + 1)}`, type: 'search', value: qs[i] || '' }));
  fill(v, el('h1', {}, 'الاهتمام عبر الزمن'),
    filterForm('#/attention', params, [...fields, { name: 'by', label: 'لكل', options: BY }, { name: 'source', label: 'المصدر' },
      { name: 'measure', label: 'المقياس', options: [['share', 'النسبة من كل المقالات'], ['count', 'عدد المقالات']] }]));
  if (!qs.length) return;
  const p = pick(params, ['q', 'by', 'source']);
  const j = await api('/api/attention?' + p);
  const share = (params.get('measure') || 'share') === 'share';
  const labels = j.periods.map(x => x.period), names = j.queries.map(x => x.q);
  const series = names.map((n, k) => ({ name: n, values: j.periods.map(x => share ? x.shares[k] : x.counts[k]) }));
  p.set('format', 'csv');
  add(v, el('div', { id: 'attention' },
    labels.length ? [lineChart('الاهتمام عبر الزمن', labels, series, share ? pct : x => num(Math.round(x)), share ? 1 : Infinity), legend(names)] : el('p', {}, 'لا مقالات مؤرخة.'),
    el('p', {}, el('a', { href: '/api/attention?' + p, download: 'attention.csv', class: 'button' }, 'تنزيل CSV')),
    j.queries.some(x => x.truncated) ? el('p', { class: 'error' }, 'عُدّ أول ٢٠٠٬٠٠٠ مقال فقط لبعض الاستعلامات.') : null,
    table('المقالات في كل فترة', ['الفترة', 'كل المقالات', ...names.map(n => el('span', { dir: 'auto' }, n))],
      j.periods.map(x => [digits(x.period), num(x.total), ...x.counts.map((c, k) => `${num(c)} (${pct(x.shares[k])})`)]))));
}

export async function showQuotes(v, params) {
  fill(v, el('h1', {}, 'الاقتباسات'), filterForm('#/quotes', params, [{ name: 'speaker', label: 'المتحدث' }]));
  const j = await api('/api/quotes?' + pick(params, ['speaker', 'cursor'], { limit: '30' }));
  if (!j.items.length) add(v, el('p', {}, 'لا اقتباسات.'));
  add(v, el('ul', { class: 'quotes' }, j.items.map(q => el('li', {},
    q.speaker ? entityLink(q.speaker.id, q.speaker.name) : el('span', {}, 'مصدر غير مسمى'), ': ',
    el('q', { dir: 'auto' }, q.text), el('div', { class: 'meta' }, dateEl(q.published), ' · ', articleLink(q.article))))),
  pager('#/quotes', params, j.next));
}

const EVENT_FIELDS = [{ name: 'actor', label: 'طرف' },
  { name: 'type', label: 'النوع', options: [['', 'كل الأنواع'], ...Object.entries(EVENT_TYPES)] }, { name: 'place', label: 'المكان' },
  { name: 'from', label: 'من', type: 'text' }, { name: 'to', label: 'إلى', type: 'text' }];

export async function showEvents(v, params) {
  const p = pick(params, ['actor', 'type', 'place', 'from', 'to']);
  fill(v, el('h1', {}, 'الأحداث'), filterForm('#/events', params, EVENT_FIELDS));
  const j = await api('/api/events?' + pick(params, ['actor', 'type', 'place', 'from', 'to', 'cursor'], { limit: '50' }));
  p.set('format', 'csv');
  add(v, el('p', {}, el('a', { href: '/api/events?' + p, download: 'events.csv', class: 'button' }, 'تنزيل CSV')),
    j.items.length ? table('الأحداث', ['التاريخ', 'النوع', 'الأطراف', 'المكان', 'المقالات'], eventRows(j.items)) : el('p', {}, 'لا أحداث.'),
    pager('#/events', params, j.next));
}

function storyTitle(st) {
  return st.title || (st.summary[0] && st.summary[0].text) || st.articles[0] || ('قصة ' + st.id);
}

function storyItem(st) {
  return el('article', { class: 'hit' }, el('h2', {}, link('#/story/' + st.id, storyTitle(st))),
    el('div', { class: 'meta' }, `${num(st.size)} مقال · `, dateEl(st.first), ' – ', dateEl(st.last),
      st.sources.length ? ' · ' : '', el('span', { dir: 'auto' }, st.sources.join('، '))),
    el('p', { class: 'names', dir: 'auto' }, st.entities.slice(0, 5).map(e => e.name).join('، ')));
}

export async function showStories(v, params) {
  fill(v, el('h1', {}, 'القصص'), filterForm('#/stories', params, [{ name: 'entity', label: 'اسم' },
    { name: 'from', label: 'من' }, { name: 'to', label: 'إلى' }, { name: 'min_size', label: 'أقل عدد مقالات', type: 'number' }]));
  const j = await api('/api/stories?' + pick(params, ['from', 'to', 'entity', 'min_size', 'cursor'], { limit: '20' }));
  if (!j.items.length) add(v, el('p', {}, 'لا قصص.'));
  add(v, el('div', { id: 'stories' }, j.items.map(storyItem)), pager('#/stories', params, j.next));
}

function spanList(spans, dated) {
  return list(spans, sp => [dated ? [dateEl(sp.date), ' '] : null, el('span', { dir: 'auto' }, sp.text), ' (', articleLink(sp.article), ')']);
}

export async function showStory(v, id) {
  const st = await api('/api/stories/' + enc(id));
  fill(v, el('h1', { dir: 'auto' }, storyTitle(st)),
    el('p', { class: 'meta' }, `${num(st.size)} مقال · `, dateEl(st.first), ' – ', dateEl(st.last)));
  if (st.summary.length) add(v, section('الملخص', spanList(st.summary, false)));
  if (st.timeline.length) add(v, section('التسلسل الزمني', spanList(st.timeline, true)));
  add(v, section('المقالات', list(st.articles, a => articleLink(a))));
  if (st.outlets.length)
    add(v, section('المصادر', list(st.outlets, o => [el('span', { dir: 'auto' }, o.source), ' ', dateEl(o.first), ' (', articleLink(o.article), ')'])));
  if (st.entities.length)
    add(v, section('الأسماء', list(st.entities, e => [entityLink(e.id, e.name), ` (${num(e.mentions)})`])));
}
