// entity.js — the entity page: spellings and titles, a chart of mentions per day, quotes,
// co-occurring people (then places, organisations), events and articles.
import { el, fill, add, api, dateEl, num, link, articleLink, entityLink, enc, section, list, table, TYPES, eventType } from './ui.js';
import { dayBars } from './chart.js';

function eventRows(events) {
  return events.map(e => [dateEl(e.date), eventType(e.type), e.actors.map((x, i) => [i ? '، ' : '', entityLink(x.id, x.name)]),
    e.place ? entityLink(e.place.id, e.place.name) : '—', e.articles.map((x, i) => [i ? ' ' : '', articleLink(x)])]);
}

function cooccurring(items) {
  const people = items.filter(x => x.type === 'PER'), others = items.filter(x => x.type !== 'PER');
  const item = x => [entityLink(x.id, x.name), ` — ${num(x.articles)} مقال مشترك`];
  return [
    section('أشخاص يرِدون معه', people.length ? el('ol', { class: 'cooccurring', id: 'cooccurring-people' },
      people.map(x => el('li', {}, item(x)))) : el('p', {}, 'لا أحد.')),
    others.length ? section('أماكن ومنظمات ترد معه', list(others, x => [...item(x), ` (${TYPES[x.type] || x.type})`])) : null,
  ];
}

export async function showEntity(v, id) {
  const j = await api('/api/entities/' + enc(id));
  const en = j.entity, names = j.variants.filter(x => !x.title), titles = j.variants.filter(x => x.title);
  const days = j.days.map(d => ({ day: d.day, value: d.mentions }));
  fill(v, el('h1', { dir: 'auto' }, en.name),
    el('p', { class: 'meta' }, `${TYPES[en.type] || en.type} · ${num(en.mentions)} إشارة في ${num(en.articles)} مقال`),
    el('p', { class: 'links' }, link('#/quotes?speaker=' + enc(en.id), 'كل اقتباساته'), ' · ',
      link('#/events?actor=' + enc(en.id), 'أحداثه'), ' · ', link('#/stories?entity=' + enc(en.id), 'قصص عنه'), ' · ',
      link('#/attention?q=' + enc(en.name), 'الاهتمام به عبر الزمن')),
    section('التهجئات', el('p', { class: 'variants' },
      names.map((x, i) => [i ? '، ' : '', el('span', { dir: 'auto' }, x.text), ` (${num(x.mentions)})`]))),
    titles.length ? section('الألقاب', el('p', { class: 'titles' },
      titles.map((x, i) => [i ? '، ' : '', el('span', { dir: 'auto' }, x.text), ` (${num(x.mentions)})`]))) : null,
    section('الإشارات يومًا بيوم', days.length
      ? [dayBars('الإشارات إلى ' + en.name + ' في كل يوم', days),
        el('details', {}, el('summary', {}, 'الأرقام'),
          table('الإشارات في كل يوم', ['اليوم', 'الإشارات', 'المقالات'], j.days.map(d => [dateEl(d.day), num(d.mentions), num(d.articles)])))]
      : el('p', {}, 'لا مقالات مؤرخة.')),
    ...cooccurring(j.cooccurring));
  if (j.quotes.length)
    add(v, section('اقتباسات', list(j.quotes, q => [el('q', { dir: 'auto' }, q.text), ' — ', dateEl(q.published), ' ', articleLink(q.article)])));
  if (j.events.length)
    add(v, section('أحداث', table('أحداث ' + en.name, ['التاريخ', 'النوع', 'الأطراف', 'المكان', 'المقالات'], eventRows(j.events))));
  add(v, section('مقالات', list(j.articles, a => [articleLink(a.id, a.title), ' ', dateEl(a.published), ` (${num(a.mentions)})`])));
}

export { eventRows };
