// A hand-written SVG bar chart of req/s as a ratio to raw fetch (pure: results in, SVG text out).
import { FETCH } from './contenders/registry.mjs';

const escapeXml = (s) => String(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const SERIES = [
  { mode: 'seq', name: 'sequential', color: '#4e79a7' },
  { mode: 'c16', name: '16 in flight', color: '#f28e2b' },
];

/**
 * One row per contender, one bar per load, bar length = req/s ÷ raw fetch req/s (median of per-round
 * ratios), with a dashed line at 1×. Missing figures draw no bar and read "n/a".
 */
export function renderChart(results) {
  const rows = results.contenders.filter((c) => SERIES.some((s) => results.throughput[s.mode]?.[c.id]));
  const ratios = rows.flatMap((c) => SERIES.map((s) => results.throughput[s.mode]?.[c.id]?.vs?.[FETCH]?.reqPerSec));
  const max = Math.max(1.5, ...ratios.filter(Number.isFinite)) * 1.1;
  const W = 820;
  const left = 330;
  const right = 70;
  const top = 66;
  const bar = 14;
  const rowH = SERIES.length * bar + 14;
  const H = top + rows.length * rowH + 36;
  const plotW = W - left - right;
  const px = (r) => left + (r / max) * plotW;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">ECS DescribeImagePipelines: req/s relative to raw fetch (higher is better)</text>`,
    `<text x="12" y="42" fill="#555">${escapeXml(results.date)} · Node ${escapeXml(results.versions.node)}${results.quick ? ' · quick run, not meaningful' : ''}</text>`,
  ];
  SERIES.forEach((s, i) => {
    const lx = W - 250 + i * 120;
    out.push(`<rect x="${lx}" y="32" width="12" height="12" fill="${s.color}"/>`);
    out.push(`<text x="${lx + 18}" y="42">${escapeXml(s.name)}</text>`);
  });
  const one = px(1).toFixed(1);
  for (let t = 0; t <= max; t += 0.5) {
    const gx = px(t).toFixed(1);
    out.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${H - 30}" stroke="#eee"/>`);
    out.push(`<text x="${gx}" y="${H - 14}" text-anchor="middle" fill="#555">${t.toFixed(1)}×</text>`);
  }
  out.push(`<line x1="${one}" y1="${top - 6}" x2="${one}" y2="${H - 30}" stroke="#333" stroke-dasharray="4 3"/>`);
  rows.forEach((c, i) => {
    const y0 = top + i * rowH;
    out.push(`<text x="${left - 8}" y="${y0 + bar + 4}" text-anchor="end">${escapeXml(c.label)}</text>`);
    SERIES.forEach((s, j) => {
      const r = results.throughput[s.mode]?.[c.id]?.vs?.[FETCH]?.reqPerSec;
      const y = y0 + j * bar;
      if (Number.isFinite(r)) {
        out.push(`<rect x="${left}" y="${y}" width="${(px(r) - left).toFixed(1)}" height="${bar - 2}" fill="${s.color}"/>`);
        // A white halo keeps the label readable where it crosses the 1× line.
        out.push(`<text x="${(px(r) + 4).toFixed(1)}" y="${y + bar - 4}" stroke="#fff" stroke-width="3" paint-order="stroke">${r.toFixed(2)}×</text>`);
      } else {
        out.push(`<text x="${left + 4}" y="${y + bar - 4}" fill="#999">n/a</text>`);
      }
    });
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
