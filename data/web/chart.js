// chart.js — plain SVG charts of our own (no library, no network): lines over periods for
// attention over time, bars over days for an entity's mentions. Time runs left to right, as
// in the Arabic press's charts; every point has a <title> tooltip, and a table of the same
// numbers goes beside each chart.
import { el, svg, digits, num } from './ui.js';

export const COLORS = ['#0b5cad', '#c0392b', '#2e7d32', '#8e44ad', '#d35400'];
const H = 240, L = 48, R = 12, T = 12, B = 36;
// The drawing's width: that of the window, up to 640, so that labels keep their size on a
// phone (a 640-wide drawing shrunk to 360 px has 6 px labels).
const chartWidth = () => Math.max(300, Math.min(640, (window.innerWidth || 640) - 24));

// Grid lines with the values at their side; ticks: [{x, text}] under the plot.
function axes(W, max, fmt, ticks) {
  const g = svg('g', { class: 'axes' });
  for (let i = 0; i <= 4; i++) {
    const y = T + (H - T - B) * (1 - i / 4);
    g.append(svg('line', { x1: L, x2: W - R, y1: y, y2: y, stroke: '#e0e0e0' }),
      svg('text', { x: L - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5f6368' }, fmt(max * i / 4)));
  }
  for (const t of ticks) {
    const anchor = t.x < L + 30 ? 'start' : t.x > W - R - 30 ? 'end' : 'middle';
    g.append(svg('text', { x: t.x, y: H - B + 16, 'text-anchor': anchor, 'font-size': 11, fill: '#5f6368' }, digits(t.text)));
  }
  return g;
}

function xAt(W, i, n) {
  return n <= 1 ? (L + W - R) / 2 : L + (W - L - R) * i / (n - 1);
}

function frame(W, label) {
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': label, class: 'chart', dir: 'ltr' });
}

// series: [{name, values: [number per label]}]; fmt formats a value.
export function lineChart(label, labels, series, fmt, cap = Infinity) {
  const W = chartWidth(), s = frame(W, label);
  const max = Math.min(cap, Math.max(1e-9, ...series.flatMap(x => x.values)) * 1.05);
  const yAt = v => T + (H - T - B) * (1 - v / max);
  const step = Math.max(1, Math.ceil(labels.length / Math.floor(W / 110))), ticks = [];
  for (let i = 0; i < labels.length; i += step) ticks.push({ x: xAt(W, i, labels.length), text: labels[i] });
  s.append(axes(W, max, fmt, ticks));
  series.forEach((ser, k) => {
    const pts = ser.values.map((v, i) => `${xAt(W, i, labels.length)},${yAt(v)}`).join(' ');
    s.append(svg('polyline', { points: pts, fill: 'none', stroke: COLORS[k % 5], 'stroke-width': 2 }));
    ser.values.forEach((v, i) => s.append(svg('circle', { cx: xAt(W, i, labels.length), cy: yAt(v), r: 3, fill: COLORS[k % 5] },
      svg('title', {}, `${ser.name} — ${digits(labels[i])}: ${fmt(v)}`))));
  });
  return s;
}

export function legend(names) {
  return el('ul', { class: 'legend' }, names.map((n, k) =>
    el('li', {}, svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' }, svg('rect', { width: 12, height: 12, fill: COLORS[k % 5] })),
      ' ', el('span', { dir: 'auto' }, n))));
}

const DAY = 86400000;
const dayNum = d => Date.parse(d + 'T00:00:00Z') / DAY;

// days: [{day: YYYY-MM-DD, value}], oldest first: one bar per day, placed by date (days
// without a value are gaps).
export function dayBars(label, days) {
  const W = chartWidth(), s = frame(W, label);
  if (!days.length) return s;
  const first = dayNum(days[0].day), last = dayNum(days[days.length - 1].day), span = last - first + 1;
  const max = Math.max(1, ...days.map(d => d.value)) * 1.05;
  const bw = Math.max(1.5, (W - L - R) / span - 1);
  const xDay = i => span > 1 ? L + (W - L - R - bw) * i / (span - 1) : (L + W - R - bw) / 2;
  const ticks = [];
  const nt = W < 500 ? 3 : 5;
  for (let k = 0, prev = -1; k < nt; k++) {
    const i = Math.round((span - 1) * k / (nt - 1));
    if (i === prev) continue;
    prev = i;
    ticks.push({ x: xDay(i) + bw / 2, text: new Date((first + i) * DAY).toISOString().slice(0, 10) });
  }
  s.append(axes(W, max, v => num(Math.round(v)), ticks));
  for (const d of days) {
    const x = xDay(dayNum(d.day) - first), h = (H - T - B) * d.value / max;
    s.append(svg('rect', { x, y: H - B - h, width: bw, height: h, fill: COLORS[0] },
      svg('title', {}, `${digits(d.day)}: ${num(d.value)}`)));
  }
  return s;
}
