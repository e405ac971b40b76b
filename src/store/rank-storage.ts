/**
 * Keeps the ranking's saved scenarios in this browser (issue 23), in the scenario file's own format
 * (lib/ranking/scenarios.ts), so what is stored is checked like an imported file. Started when the ranking first
 * opens, not at start-up. Stored scenarios that cannot be read are kept aside under another key, with a notice, and
 * never overwritten.
 */
import { useAppStore } from './index.ts';
import { localStorageOrNull } from './browser-storage.ts';
import { mergeScenarios, scenariosFromFile, scenariosToFile, type Scenario } from '../lib/ranking/scenarios.ts';

export const RANK_SCENARIOS_KEY = 'haidian-rank-scenarios-v1';

let started = false;

/** Saves the current choices under a name (replacing a scenario of that name). */
export function saveRankScenario(name: string): void {
  const { rankScenarios, rankPrefs } = useAppStore.getState();
  const rest = rankScenarios.filter((x) => x.name !== name);
  useAppStore.setState({ rankScenarios: mergeScenarios(rest, [{ name, prefs: rankPrefs }]).list });
}

export function removeRankScenario(name: string): void {
  useAppStore.setState({ rankScenarios: useAppStore.getState().rankScenarios.filter((x) => x.name !== name) });
}

/** Adds scenarios (an imported file); a taken name gets a number. Returns how many did not fit. */
export function addRankScenarios(scenarios: readonly Scenario[]): number {
  const { list, dropped } = mergeScenarios(useAppStore.getState().rankScenarios, scenarios);
  useAppStore.setState({ rankScenarios: list });
  return dropped;
}

/** Reads the stored scenarios into the store once, then writes every change back. */
export function startRankStorage(storage: Storage | null = localStorageOrNull(), now = () => new Date()): void {
  if (started) return;
  started = true;
  let text: string | null;
  try {
    text = storage?.getItem(RANK_SCENARIOS_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text) {
    const r = scenariosFromFile(text);
    if (r.ok) addRankScenarios(r.scenarios);
    else {
      try {
        storage?.setItem(`${RANK_SCENARIOS_KEY}.unreadable-${now().getTime()}`, text);
      } catch {
        // Nothing more can be done; the original stays until the next save.
      }
      useAppStore.getState().addNotice('ranking.scenarios.unreadable');
    }
  }
  useAppStore.subscribe(
    (s) => s.rankScenarios,
    (list) => {
      try {
        if (!storage) throw new Error('no storage');
        if (list.length) storage.setItem(RANK_SCENARIOS_KEY, scenariosToFile(list, now().toISOString()));
        else storage.removeItem(RANK_SCENARIOS_KEY);
      } catch {
        useAppStore.getState().addNotice('ranking.scenarios.storageFailed');
      }
    },
  );
}

/** For tests: forget that storage was started. */
export function resetRankStorage(): void {
  started = false;
}
