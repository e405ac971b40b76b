/**
 * Named ranking scenarios (issue 23): save the current choices under a name, load or delete one, export them all as
 * JSON and import such a file. A malformed or foreign file is refused with the reason, and nothing stored changes.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { addRankScenarios, removeRankScenario, saveRankScenario } from '../../store/rank-storage.ts';
import { formatCount } from '../../lib/format.ts';
import {
  scenarioName,
  scenariosFromFile,
  scenariosToFile,
  type ScenarioFileProblem,
} from '../../lib/ranking/scenarios.ts';
import { exportFileName } from '../../lib/export.ts';
import { localIsoDate } from '../../lib/format.ts';
import { downloadText } from '../export/download.ts';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function RankScenarios() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenarios = useAppStore((s) => s.rankScenarios);
  const s = useAppStore.getState();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const nameId = useId();
  const loadId = useId();
  const fileRef = useRef<HTMLInputElement>(null);

  const problemText = (p: ScenarioFileProblem): string => {
    switch (p.code) {
      case 'version':
        return t('ranking.scenarios.problem.version', { version: p.version });
      case 'tooMany':
        return t('ranking.scenarios.problem.tooMany', { max: formatCount(p.max, lang) });
      case 'name':
        return t('ranking.scenarios.problem.name', { index: formatCount(p.index, lang) });
      case 'settings':
        return t('ranking.scenarios.problem.settings', {
          index: formatCount(p.index, lang),
          name: p.name,
          detail: p.detail,
        });
      default:
        return t(`ranking.scenarios.problem.${p.code}`);
    }
  };

  const save = () => {
    const n = scenarioName(name);
    if (!n) return;
    saveRankScenario(n);
    setChosen(n);
    setMessage({ kind: 'ok', text: t('ranking.scenarios.saved', { name: n }) });
  };
  const load = (n: string) => {
    setChosen(n);
    const found = useAppStore.getState().rankScenarios.find((x) => x.name === n);
    if (found) s.applyRankPrefs(found.prefs);
  };
  const importFile = async (file: File) => {
    const text = await file.text().catch(() => null);
    const r = text === null ? null : scenariosFromFile(text);
    if (!r || !r.ok) {
      setMessage({
        kind: 'error',
        text: t('ranking.scenarios.refused', {
          reason: r ? problemText(r.problem) : t('ranking.scenarios.problem.json'),
        }),
      });
      return;
    }
    addRankScenarios(r.scenarios);
    setMessage({ kind: 'ok', text: t('ranking.scenarios.imported', { count: formatCount(r.scenarios.length, lang) }) });
  };

  return (
    <details className="rank-scenarios">
      <summary>{t('ranking.scenarios.title')}</summary>
      <div className="rank-scenario-row">
        <label htmlFor={nameId}>{t('ranking.scenarios.name')}</label>
        <input id={nameId} type="text" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="button" disabled={!scenarioName(name)} onClick={save}>
          {t('ranking.scenarios.save')}
        </button>
      </div>
      {scenarios.length ? (
        <div className="rank-scenario-row">
          <label htmlFor={loadId}>{t('ranking.scenarios.load')}</label>
          <select id={loadId} value={chosen} onChange={(e) => load(e.target.value)}>
            <option value="">{t('ranking.scenarios.loadNone')}</option>
            {scenarios.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={!chosen}
            onClick={() => {
              removeRankScenario(chosen);
              setChosen('');
            }}
          >
            {t('ranking.scenarios.remove')}
          </button>
        </div>
      ) : null}
      <div className="rank-scenario-row">
        <button
          type="button"
          className="button"
          disabled={!scenarios.length}
          onClick={() =>
            downloadText(
              exportFileName('ranking-scenarios', localIsoDate(new Date()), 'json'),
              scenariosToFile(useAppStore.getState().rankScenarios, new Date().toISOString()),
              'application/json',
            )
          }
        >
          {t('ranking.scenarios.export')}
        </button>
        <button type="button" className="button" onClick={() => fileRef.current?.click()}>
          {t('ranking.scenarios.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('ranking.scenarios.import')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {message ? (
        <p
          className={message.kind === 'error' ? 'rank-message error' : 'rank-message'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </details>
  );
}
