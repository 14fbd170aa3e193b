// ui.js — what every view of the page shares: building elements (every string from the server
// goes in as a text node, bidi controls made visible), the JSON API, the digits setting, dates,
// links, filter forms, tables and pagers.

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown as
// [U+XXXX]: a title cannot reorder what follows it (each element with text is isolated by
// dir="auto" too).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
export function safe(s) {
  return String(s ?? '').replace(BIDI, c => '[U+' + c.codePointAt(0).toString(16).toUpperCase() + ']');
}

export function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    e.append(k instanceof Node ? k : document.createTextNode(safe(k)));
  }
  return e;
}

// A view's content: replaced (fill) or added to (add); null, undefined and false are
// left out (the DOM's own replaceChildren and append would write them as text).
const kept = kids => kids.flat(Infinity).filter(k => k !== null && k !== undefined && k !== false);
export function fill(v, ...kids) { v.replaceChildren(...kept(kids)); }
export function add(v, ...kids) { v.append(...kept(kids)); }

export function svg(tag, attrs, ...kids) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids.flat(Infinity)) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : safe(k));
  return e;
}

export async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const j = await r.json();
  if (!r.ok) throw new Error(j.detail || j.error || String(r.status));
  return j;
}

// ------------------------------------------------------------------ digits, dates

// Western digits by default (as the Gulf press writes them); Arabic-Indic as a setting, kept
// in localStorage.
export const settings = {
  get digits() { try { return localStorage.getItem('rasd.digits') || 'latn'; } catch { return 'latn'; } },
  set digits(v) { try { localStorage.setItem('rasd.digits', v); } catch { /* private mode */ } },
};

export function digits(s) {
  s = String(s ?? '');
  return settings.digits === 'arab' ? s.replace(/[0-9]/g, d => '٠١٢٣٤٥٦٧٨٩'[d]) : s;
}

export function num(n) {
  return digits(Number(n).toLocaleString('en-US'));
}

export function pct(x) {
  return digits((x * 100).toFixed(x < 0.1 ? 1 : 0)) + '٪';
}

// A date in the chosen digits, the ISO date in its tooltip.
export function dateEl(iso) {
  if (!iso) return el('span', { class: 'nodate' }, '—');
  return el('time', { datetime: iso.slice(0, 10), title: iso }, digits(iso.slice(0, 10)));
}

// ------------------------------------------------------------------------ links

export function link(hash, text, attrs) {
  return el('a', { href: hash, dir: 'auto', ...attrs }, text);
}
export const enc = encodeURIComponent;
export const articleLink = (id, title) => link('#/article/' + enc(id), title || id);
export const entityLink = (id, name) => link('#/entity/' + enc(id), name || id);

export const TYPES = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى' };

// The event types of docs/EVENTS.md, in Arabic; the type itself in the tooltip.
export const EVENT_TYPES = { meet: 'لقاء', visit: 'زيارة', host: 'استقبال', agree: 'اتفاق', sign: 'توقيع',
  appeal: 'دعوة', criticize: 'انتقاد', accuse: 'اتهام', threaten: 'تهديد', assault: 'هجوم', fight: 'قتال' };
export function eventType(t) {
  return el('span', { title: t }, EVENT_TYPES[t] || t);
}

// -------------------------------------------------------------- forms, pages

// A filter form: fields [{name, label, type, options}] filled from params; submitting sets
// location.hash to base?the filled fields.
export function filterForm(base, params, fields, submitText = 'عرض') {
  const form = el('form', { class: 'filters', role: 'search' });
  for (const f of fields) {
    const id = 'f-' + f.name + (f.n || '');
    let input;
    if (f.options) {
      input = el('select', { id, name: f.name });
      for (const [v, t] of f.options) {
        const o = el('option', { value: v }, t);
        if ((f.value ?? params.get(f.name) ?? f.options[0][0]) === v) o.selected = true;
        input.append(o);
      }
    } else {
      input = el('input', { id, name: f.name, type: f.type || 'text', dir: 'auto' });
      input.value = f.value ?? params.get(f.name) ?? '';
    }
    form.append(el('label', { for: id }, f.label), input);
  }
  form.append(el('button', { type: 'submit' }, submitText));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.append(k, String(v).trim());
    location.hash = base + '?' + p;
  });
  return form;
}

// The API's parameters from the view's: only those named.
export function pick(params, names, extra) {
  const p = new URLSearchParams(extra || {});
  for (const k of names) for (const v of params.getAll(k)) if (v) p.append(k, v);
  return p;
}

// "More" for a list with a next cursor.
export function pager(base, params, next) {
  if (!next) return null;
  const p = new URLSearchParams(params);
  p.set('cursor', next);
  return el('nav', { class: 'pager' }, link(base + '?' + p, 'الصفحة التالية ←'));
}

// A table that scrolls sideways on a narrow screen.
export function table(caption, heads, rows) {
  const t = el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, heads.map(h => el('th', { scope: 'col' }, h)))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, r.map(c => el('td', { dir: 'auto' }, c))));
  t.append(body);
  return el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': caption }, t);
}

export function section(title, ...kids) {
  return el('section', {}, el('h2', {}, title), ...kids);
}

export function list(items, fn) {
  return el('ul', {}, items.map(x => el('li', {}, fn(x))));
}
