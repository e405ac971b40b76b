/**
 * Saved ranking scenarios (issue 23): a name and the ranking's choices written as the link writes them
 * (`w=transit:3,size:2&target=100000`), so a scenario reads through the link's own parser and is checked the same
 * way. The file of exported scenarios is JSON with a format marker; a malformed or foreign file is refused whole with
 * the reason, and nothing stored changes.
 */
import { DEFAULT_SHARE_STATE, parseUrlState, serializeUrlState, type UrlVocabulary } from '../url-state.ts';
import type { RankPrefs } from './types.ts';

export const SCENARIO_FORMAT = 'haidian-site-finder/rank-scenarios';
export const SCENARIO_VERSION = 1;
/** Names are 1–60 characters; a file or a browser holds at most this many scenarios. */
export const MAX_SCENARIOS = 50;
const MAX_NAME = 60;
/** The only link keys a scenario may hold. */
const RANK_KEYS = new Set(['w', 'inf', 'lim', 'target', 'ckm', 'akm']);

export type Scenario = { name: string; prefs: RankPrefs };

/** Why a scenario file is refused (the UI words it): what is wrong, and where. */
export type ScenarioFileProblem =
  | { code: 'json' | 'format' | 'empty' }
  | { code: 'version'; version: string }
  | { code: 'tooMany'; max: number }
  | { code: 'name'; index: number }
  | { code: 'settings'; index: number; name: string; detail: string };

const NO_VOCAB: UrlVocabulary = {
  parkIds: new Set(),
  industryIds: new Set(),
  townSlugs: new Set(),
  bbox: [0, 0, 0, 0],
};

/** A scenario's choices as link text: `w=…&target=…` (the keys the ranking writes with its view open). */
export function prefsToText(prefs: RankPrefs): string {
  const search = serializeUrlState({ ...DEFAULT_SHARE_STATE, rankOpen: true, rank: prefs });
  return search
    .replace(/^\?/, '')
    .replace(/(^|&)view=rank(&|$)/, '$1')
    .replace(/^&|&$/, '');
}

/** Reads a scenario's link text: the choices, or what in it cannot be read (a key that is not the ranking's too). */
export function prefsFromText(text: string): { ok: true; prefs: RankPrefs } | { ok: false; detail: string } {
  if (typeof text !== 'string' || text.length > 1000) return { ok: false, detail: 'not a short text' };
  const params = new URLSearchParams(text);
  for (const key of params.keys()) if (!RANK_KEYS.has(key)) return { ok: false, detail: `${key}=` };
  const { state, warnings } = parseUrlState(text, NO_VOCAB);
  if (warnings.length) return { ok: false, detail: warnings.map((w) => `${w.param}=${w.value}`).join(', ') };
  return { ok: true, prefs: state.rank };
}

/** A name as kept: trimmed, at most 60 characters; null when empty. */
export function scenarioName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw.trim();
  return name.length >= 1 && name.length <= MAX_NAME ? name : null;
}

/** The JSON of a scenario file (`exportedAt`: an ISO time the caller gives). */
export function scenariosToFile(scenarios: readonly Scenario[], exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      exportedAt,
      scenarios: scenarios.map((s) => ({ name: s.name, settings: prefsToText(s.prefs) })),
    },
    null,
    2,
  )}\n`;
}

/** Reads a scenario file: every scenario, or the first problem (the whole file is refused). */
export function scenariosFromFile(
  text: string,
): { ok: true; scenarios: Scenario[] } | { ok: false; problem: ScenarioFileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { code: 'json' } };
  }
  const d = data as { format?: unknown; version?: unknown; scenarios?: unknown } | null;
  if (!d || typeof d !== 'object' || d.format !== SCENARIO_FORMAT) return { ok: false, problem: { code: 'format' } };
  if (d.version !== SCENARIO_VERSION)
    return { ok: false, problem: { code: 'version', version: String(d.version).slice(0, 20) } };
  if (!Array.isArray(d.scenarios) || d.scenarios.length === 0) return { ok: false, problem: { code: 'empty' } };
  if (d.scenarios.length > MAX_SCENARIOS) return { ok: false, problem: { code: 'tooMany', max: MAX_SCENARIOS } };
  const out: Scenario[] = [];
  for (const [i, raw] of (d.scenarios as unknown[]).entries()) {
    const item = (raw ?? {}) as { name?: unknown; settings?: unknown };
    const name = scenarioName(item.name);
    if (name === null) return { ok: false, problem: { code: 'name', index: i + 1 } };
    const r = prefsFromText(item.settings as string);
    if (!r.ok) return { ok: false, problem: { code: 'settings', index: i + 1, name, detail: r.detail } };
    out.push({ name, prefs: r.prefs });
  }
  return { ok: true, scenarios: out };
}

/**
 * Adds scenarios to a list: a scenario whose name is taken gets " (2)", " (3)"… so nothing is overwritten; at most
 * MAX_SCENARIOS are kept (the rest are left out and counted).
 */
export function mergeScenarios(
  list: readonly Scenario[],
  added: readonly Scenario[],
): { list: Scenario[]; dropped: number } {
  const out = [...list];
  let dropped = 0;
  for (const s of added) {
    if (out.length >= MAX_SCENARIOS) {
      dropped++;
      continue;
    }
    let name = s.name;
    for (let n = 2; out.some((x) => x.name === name); n++) name = `${s.name.slice(0, MAX_NAME - 5)} (${n})`;
    out.push({ name, prefs: s.prefs });
  }
  return { list: out, dropped };
}
