// Where the time goes in a V8 CPU profile (the DevTools protocol's Profiler.stop result), for scripts/bench-phone.mjs:
// self time by script and by function, idle left out, over the whole profile and over one interaction (event → next
// paint). The profile is lined up with the page's clock by a marker script (MARK_URL, run by bench-phone.mjs) that the
// page ran just before the profiler stopped and that reported its own start and end in the page's time.
import path from 'node:path';

const SPECIAL = new Set(['(program)', '(garbage collector)', '(root)']);
/** The marker script's name (its `//# sourceURL`). */
export const MARK_URL = 'bench-profile-mark.js';

/** Each sample's node and its time span in µs of the profile's clock. */
function spans(profile) {
  const { samples = [], timeDeltas = [] } = profile;
  const out = [];
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    out.push({ node: samples[i], at: t, dt: timeDeltas[i + 1] ?? 0 });
  }
  return out;
}

function selfTimes(nodes, samples) {
  const byScript = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const { node, dt } of samples) {
    const { callFrame: f } = nodes.get(node);
    if (f.functionName === '(idle)') continue;
    const t = dt / 1000;
    busy += t;
    const file = SPECIAL.has(f.functionName) ? f.functionName : f.url ? path.basename(f.url.split('?')[0]) : '(native)';
    byScript.set(file, (byScript.get(file) ?? 0) + t);
    const fn = SPECIAL.has(f.functionName)
      ? f.functionName
      : `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  return { busy, byScript, byFunction };
}

const list = (m, top) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, t]) => `      ${t.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');

/**
 * A few lines: main-thread busy time and self time by script file and by function, within `window` ({ from, to } in the
 * page's ms; needs `mark`, the marker's { start, end } in the page's time) and over the whole profile.
 */
export function profileSummary(profile, { mark = null, window = null, top = 8 } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const all = spans(profile);
  const parts = [];
  // The marker's samples: its script's nodes and everything they called (performance.now).
  const inMark = new Set();
  const add = (id) => {
    inMark.add(id);
    for (const c of nodes.get(id).children ?? []) add(c);
  };
  for (const n of profile.nodes) if (n.callFrame.url === MARK_URL && !inMark.has(n.id)) add(n.id);
  const marked = mark ? all.filter((s) => inMark.has(s.node)) : [];
  if (window && marked.length) {
    // Profile µs = page ms × 1000 + offset, from the middles of the marker's run in both clocks.
    const last = marked[marked.length - 1];
    const offset = (marked[0].at + last.at + last.dt) / 2 - ((mark.start + mark.end) / 2) * 1000;
    const from = window.from * 1000 + offset;
    const to = window.to * 1000 + offset;
    const inside = all.filter((s) => s.at >= from && s.at < to);
    const w = selfTimes(nodes, inside);
    const len = (to - from) / 1000;
    parts.push(
      `    within the slowest interaction (${len.toFixed(0)} ms, event → next paint): main thread busy ${w.busy.toFixed(0)} ms` +
        `, idle or waiting ${Math.max(0, len - w.busy).toFixed(0)} ms (raster, GPU, the frame); self time by script:`,
      list(w.byScript, top),
      '    by function:',
      list(w.byFunction, top),
    );
  } else if (window) parts.push('    (the profile could not be lined up with the page: whole profile only)');
  const whole = selfTimes(nodes, all);
  parts.push(
    `    whole profile (action, effect and settling, ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms): busy ${whole.busy.toFixed(0)} ms; by script:`,
    list(whole.byScript, 5),
  );
  return parts.join('\n');
}
