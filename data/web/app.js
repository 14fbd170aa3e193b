// app.js — the web page of rasd serve: search, article, entity, stories and story views over
// the JSON API. No inline script, no innerHTML of server text: every string goes in as a text node, and
// snippets are rebuilt from their <b> marks only.
'use strict';

const view = () => document.getElementById('view');

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k ?? '')));
  return e;
}

// Western digits by default; the ISO date in the tooltip.
function dateEl(iso) {
  return el('time', { datetime: iso || '', title: iso || '' }, iso ? iso.slice(0, 10) : '');
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const j = await r.json();
  if (!r.ok) throw new Error(j.detail || j.error || r.status);
  return j;
}

// The library's snippet: HTML-escaped text with <b>…</b> around matches.
function snippet(html) {
  const out = el('p', { class: 'snippet', dir: 'auto' });
  const dec = document.createElement('textarea');
  html.split(/(<\/?b>)/).reduce((bold, part) => {
    if (part === '<b>') return true;
    if (part === '</b>') return false;
    dec.innerHTML = part;            // a textarea only decodes entities, never runs markup
    out.append(bold ? el('b', {}, dec.value) : document.createTextNode(dec.value));
    return bold;
  }, false);
  return out;
}

async function showSearch(params) {
  const v = view();
  v.replaceChildren(el('p', {}, '…'));
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const url = new URLSearchParams({ q, limit: '20' });
  for (const k of ['since', 'until', 'source', 'cursor']) if (params.get(k)) url.set(k, params.get(k));
  const j = await api('/api/search?' + url);
  v.replaceChildren(el('h1', { class: 'hidden' }, 'نتائج البحث'));
  if (!j.items.length) v.append(el('p', {}, 'لا نتائج.'));
  for (const h of j.items) {
    const link = el('a', { href: '#/article/' + encodeURIComponent(h.id), dir: 'auto' }, h.title || h.id);
    const meta = el('div', { class: 'meta' }, dateEl(h.published), ' ', el('span', { dir: 'auto' }, h.source || ''),
                    h.copies ? ` · ${h.copies} نسخ` : '');
    v.append(el('article', { class: 'hit' }, el('h2', {}, link), meta, snippet(h.snippet || '')));
  }
  if (j.next) {
    const p = new URLSearchParams(params); p.set('cursor', j.next);
    v.append(el('a', { href: '#/search?' + p }, 'المزيد'));
  }
}

// The text with entity mentions marked; offsets are bytes of UTF-8.
function markedText(text, ents) {
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  const out = el('div', { class: 'text', dir: 'auto' });
  let at = 0;
  for (const e of [...ents].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out.append(dec.decode(bytes.subarray(at, e.start)));
    const link = el('a', { href: '#/entity/' + encodeURIComponent(e.id) },
                    dec.decode(bytes.subarray(e.start, e.end)));
    out.append(el('mark', { class: 'ent ' + e.type, title: e.name + ' (' + e.type + ')', dir: 'auto' }, link));
    at = e.end;
  }
  out.append(dec.decode(bytes.subarray(at)));
  return out;
}

async function showArticle(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const v = view();
  v.replaceChildren(el('h1', { dir: 'auto' }, a.title || a.id),
    el('div', { class: 'meta' }, dateEl(a.published), ' ', el('span', { dir: 'auto' }, a.source || '')),
    markedText(a.text, a.entities || []));
  if (a.story)
    v.append(el('p', {}, 'القصة: ', el('a', { href: '#/story/' + a.story.id, dir: 'auto' }, a.story.title || ('#' + a.story.id))));
  if (a.quotes && a.quotes.length) {
    v.append(el('h2', {}, 'اقتباسات'));
    const ul = el('ul');
    for (const q of a.quotes)
      ul.append(el('li', { dir: 'auto' }, (q.speaker ? q.speaker.name + ': ' : ''), '«', q.text, '»'));
    v.append(ul);
  }
  if (a.copies && a.copies.length) {
    v.append(el('h2', {}, 'نسخ'));
    const ul = el('ul');
    for (const c of a.copies)
      ul.append(el('li', {}, el('a', { href: '#/article/' + encodeURIComponent(c.id), dir: 'auto' }, c.id),
                   ` (${c.kind}، ${Math.round(c.similarity * 100)}%)`));
    v.append(ul);
  }
}

async function showEntity(id) {
  const j = await api('/api/entities/' + encodeURIComponent(id));
  const v = view();
  v.replaceChildren(el('h1', { dir: 'auto' }, j.entity.name),
    el('p', { class: 'meta' }, `${j.entity.type} · ${j.entity.mentions} إشارة في ${j.entity.articles} مقال`),
    el('p', { dir: 'auto' }, j.variants.map(x => x.text).join('، ')));
  const ul = el('ul');
  for (const a of j.articles)
    ul.append(el('li', {}, el('a', { href: '#/article/' + encodeURIComponent(a.id), dir: 'auto' }, a.title || a.id)));
  v.append(el('h2', {}, 'مقالات'), ul);
}

function articleLink(id, title) {
  return el('a', { href: '#/article/' + encodeURIComponent(id), dir: 'auto' }, title || id);
}

// One story in a list: title (or its first article), size, dates, sources, top names.
function storyItem(st) {
  const link = el('a', { href: '#/story/' + st.id, dir: 'auto' },
                  st.title || (st.summary[0] && st.summary[0].text) || st.articles[0] || ('#' + st.id));
  const meta = el('div', { class: 'meta' }, `${st.size} مقال · `, dateEl(st.first), ' – ', dateEl(st.last),
                  st.sources.length ? ' · ' : '', el('span', { dir: 'auto' }, st.sources.join('، ')));
  const names = el('p', { class: 'names', dir: 'auto' }, st.entities.slice(0, 5).map(e => e.name).join('، '));
  return el('article', { class: 'hit' }, el('h2', {}, link), meta, names);
}

async function showStories(params) {
  const v = view();
  v.replaceChildren(el('p', {}, '…'));
  const url = new URLSearchParams({ limit: '20' });
  for (const k of ['from', 'to', 'entity', 'min_size', 'cursor']) if (params.get(k)) url.set(k, params.get(k));
  const j = await api('/api/stories?' + url);
  v.replaceChildren(el('h1', {}, 'القصص'));
  if (params.get('entity')) v.append(el('p', { class: 'meta', dir: 'auto' }, 'عن: ' + params.get('entity')));
  if (!j.items.length) v.append(el('p', {}, 'لا قصص.'));
  for (const st of j.items) v.append(storyItem(st));
  if (j.next) {
    const p = new URLSearchParams(params); p.set('cursor', j.next);
    v.append(el('a', { href: '#/stories?' + p }, 'المزيد'));
  }
}

function spanList(spans, dated) {
  const ul = el('ul');
  for (const sp of spans)
    ul.append(el('li', { dir: 'auto' }, dated ? dateEl(sp.date) : '', dated ? ' ' : '', sp.text, ' (',
                 articleLink(sp.article), ')'));
  return ul;
}

async function showStory(id) {
  const st = await api('/api/stories/' + encodeURIComponent(id));
  const v = view();
  v.replaceChildren(el('h1', { dir: 'auto' }, st.title || ('قصة ' + st.id)),
    el('div', { class: 'meta' }, `${st.size} مقال · `, dateEl(st.first), ' – ', dateEl(st.last)));
  if (st.summary.length) v.append(el('h2', {}, 'الملخص'), spanList(st.summary, false));
  if (st.timeline.length) v.append(el('h2', {}, 'التسلسل الزمني'), spanList(st.timeline, true));
  const arts = el('ul');
  for (const a of st.articles) arts.append(el('li', {}, articleLink(a)));
  v.append(el('h2', {}, 'المقالات'), arts);
  if (st.outlets.length) {
    const ul = el('ul');
    for (const o of st.outlets)
      ul.append(el('li', {}, el('span', { dir: 'auto' }, o.source), ' ', dateEl(o.first), ' (', articleLink(o.article), ')'));
    v.append(el('h2', {}, 'المصادر'), ul);
  }
  const names = el('ul');
  for (const e of st.entities)
    names.append(el('li', {}, el('a', { href: '#/entity/' + encodeURIComponent(e.id), dir: 'auto' }, e.name), ` (${e.mentions})`));
  if (st.entities.length) v.append(el('h2', {}, 'الأسماء'), names);
}

async function route() {
  const hash = location.hash.slice(1) || '/';
  const [path, query] = hash.split('?');
  try {
    if (path.startsWith('/article/')) await showArticle(decodeURIComponent(path.slice(9)));
    else if (path.startsWith('/entity/')) await showEntity(decodeURIComponent(path.slice(8)));
    else if (path === '/search') await showSearch(new URLSearchParams(query));
    else if (path === '/stories') await showStories(new URLSearchParams(query));
    else if (path.startsWith('/story/')) await showStory(decodeURIComponent(path.slice(7)));
    else view().replaceChildren(el('p', {}, 'ابحث عن خبر أو اسم.'));
  } catch (e) {
    view().replaceChildren(el('p', { class: 'error', dir: 'auto' }, 'خطأ: ' + e.message));
  }
  view().focus();
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams({ q: document.getElementById('q').value });
    for (const k of ['since', 'until']) if (document.getElementById(k).value) p.set(k, document.getElementById(k).value);
    location.hash = '#/search?' + p;
  });
  window.addEventListener('hashchange', route);
  api('/api/stats').then(s => {
    document.getElementById('stats').textContent = `${s.articles} مقال`;
  }).catch(() => {});
  route();
});
