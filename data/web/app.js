// app.js — the web page of rasd serve (docs/SERVER.md, "The web page"): the router over the
// views, each with its own URL (#/VIEW/ID or #/VIEW?PARAMS), the header's search and the
// digits setting. No inline script, no innerHTML of server text (ui.js).
import { el, fill, add, settings } from './ui.js';
import { showArticle } from './article.js';
import { showEntity } from './entity.js';
import { showHome, showSearch, showAttention, showQuotes, showEvents, showStories, showStory } from './views.js';

const ROUTES = [
  ['/article/', (v, rest) => showArticle(v, rest)],
  ['/entity/', (v, rest) => showEntity(v, rest)],
  ['/story/', (v, rest) => showStory(v, rest)],
  ['/search', (v, _, p) => showSearch(v, p)],
  ['/attention', (v, _, p) => showAttention(v, p)],
  ['/quotes', (v, _, p) => showQuotes(v, p)],
  ['/events', (v, _, p) => showEvents(v, p)],
  ['/stories', (v, _, p) => showStories(v, p)],
];

let seq = 0;
// ev: the hashchange that asked for it (then the focus goes to the view, for keyboards and
// screen readers); none on the first load, where Tab starts at the skip link.
async function route(ev) {
  const v = document.getElementById('view'), mine = ++seq;
  const hash = location.hash.slice(1) || '/';
  const cut = hash.indexOf('?');
  const path = cut < 0 ? hash : hash.slice(0, cut), params = new URLSearchParams(cut < 0 ? '' : hash.slice(cut + 1));
  const r = ROUTES.find(([p]) => p.endsWith('/') ? path.startsWith(p) : path === p);
  const name = r ? r[0].replace(/\//g, '') : 'home';
  v.setAttribute('aria-busy', 'true');
  v.dataset.view = name;
  document.querySelectorAll('header nav a').forEach(a => a.toggleAttribute('aria-current', a.dataset.view === name));
  try {
    if (!r) await showHome(v);
    else await r[1](v, decodeURIComponent(path.slice(r[0].length)), params);
  } catch (e) {
    if (mine === seq) fill(v, el('h1', {}, 'خطأ'), el('p', { class: 'error', dir: 'auto' }, e.message));
  }
  if (mine !== seq) return;
  v.removeAttribute('aria-busy');
  v.dataset.done = location.hash;      // the route shown (browser tests wait for it)
  const h1 = v.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' — ' : '') + 'رصد';
  if (ev && !v.contains(document.activeElement)) v.focus();
}

function setupDigits() {
  const sel = document.getElementById('digits');
  sel.value = settings.digits;
  sel.addEventListener('change', () => { settings.digits = sel.value; route(); });   // the focus stays on the setting
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = '#/search?' + new URLSearchParams({ q: document.getElementById('q').value });
  });
  // "/" puts the cursor in the search box, as on most news sites.
  document.addEventListener('keydown', ev => {
    if (ev.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      ev.preventDefault();
      document.getElementById('q').focus();
    }
  });
  document.getElementById('skip').addEventListener('click', ev => {
    ev.preventDefault();
    document.getElementById('view').focus();
  });
  setupDigits();
  window.addEventListener('hashchange', route);
  route();
});
