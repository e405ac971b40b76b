/**
 * The "底图 / Basemap" group of the Layers panel (issue 21): the embedded map, the online presets (and a custom style
 * from the link or the build), as radio buttons — keyboard and touch alike. A Tianditu preset asks for a key when it
 * has none; a typed key is kept in this browser only, shown masked, and can be cleared. A preset the app fell back
 * from says why; choosing it again retries it.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { BUILD_TIANDITU_KEY, selectBasemapView, type BasemapChoice } from '../../store/basemap-slice.ts';
import {
  ONLINE_PRESETS,
  OFFLINE_NAME,
  PROVIDERS,
  checkTiandituKey,
  maskKey,
  onlinePreset,
  type KeyCheck,
} from '../../lib/basemaps.ts';
import '../../i18n/later/basemap.ts';

type Problem = Extract<KeyCheck, { ok: false }>['problem'];

/** The host of a custom style's URL, as the chooser names it. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 40);
  }
}

/** The key part: shown while a Tianditu preset is chosen, or a typed key is stored (so it can be cleared). */
function TiandituKey() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const typed = useAppStore((s) => s.tiandituKey);
  const refused = useAppStore((s) => s.tiandituKeyRefused);
  const sessionOnly = useAppStore((s) => s.tiandituKeySessionOnly);
  const waiting = useAppStore((s) => {
    const v = selectBasemapView(s);
    return v.kind === 'needsKey' ? v.preset : null;
  });
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const inputId = useId();
  const errorId = useId();

  const save = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkTiandituKey(text);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    setText('');
    useAppStore.getState().setTiandituKey(checked.key);
  };

  return (
    <form className="basemap-key" onSubmit={save} noValidate>
      {waiting ? <p className="basemap-key-prompt">{t('basemap.key.prompt', { name: waiting.name[lang] })}</p> : null}
      {typed ? (
        <p className="basemap-key-status">
          {t(sessionOnly ? 'basemap.key.session' : 'basemap.key.stored', { masked: maskKey(typed) })}{' '}
          <button type="button" className="link-button" onClick={() => useAppStore.getState().clearTiandituKey()}>
            {t('basemap.key.clear')}
          </button>
        </p>
      ) : BUILD_TIANDITU_KEY ? (
        <p className="basemap-key-status">{t('basemap.key.build')}</p>
      ) : null}
      {refused ? (
        <p className="basemap-key-refused" role="status">
          {t('basemap.key.refused', { what: t(`basemap.what.${refused}`) })}
        </p>
      ) : null}
      <label htmlFor={inputId}>{t('basemap.key.label')}</label>
      <div className="basemap-key-row">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={text}
          placeholder={t('basemap.key.placeholder')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button">
          {t('basemap.key.save')}
        </button>
      </div>
      {problem ? (
        <p id={errorId} className="basemap-key-problem" role="alert">
          {t(`basemap.key.problem.${problem}`)}
        </p>
      ) : null}
      <a href={PROVIDERS.tianditu.consoleUrl ?? undefined} target="_blank" rel="noopener noreferrer">
        {t('basemap.key.how')}
      </a>
    </form>
  );
}

export function BasemapChooser() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const choice = useAppStore((s) => s.basemap);
  const customUrl = useAppStore((s) => s.basemapUrl);
  const failures = useAppStore((s) => s.basemapFailures);
  const hasKey = useAppStore((s) => (s.tiandituKey ?? BUILD_TIANDITU_KEY) !== null);
  const typedKey = useAppStore((s) => s.tiandituKey !== null);
  const choose = (c: BasemapChoice) => useAppStore.getState().chooseBasemap(c);
  const name = useId();
  const chosen = onlinePreset(choice);

  const option = (value: BasemapChoice, label: string, notes: (string | null)[]) => (
    <li key={value}>
      <label>
        <input type="radio" name={name} value={value} checked={choice === value} onChange={() => choose(value)} />
        <span>
          {label}
          {notes.filter(Boolean).map((n) => (
            <small key={n} className="basemap-note">
              {n}
            </small>
          ))}
        </span>
      </label>
    </li>
  );

  return (
    <fieldset className="basemap-chooser">
      <legend>{t('basemap.group')}</legend>
      <ul>
        {option('offline', OFFLINE_NAME[lang], [])}
        {ONLINE_PRESETS.map((p) => {
          const failed = failures[p.id];
          return option(p.id, p.name[lang], [
            p.needsKey && !hasKey ? t('basemap.needsKey') : null,
            p.datum === 'gcj02' && choice === p.id ? t('basemap.datum.gcj02') : null,
            failed ? `${t('basemap.lastFailed', { what: t(`basemap.what.${failed}`) })} ${t('basemap.retry')}` : null,
          ]);
        })}
        {customUrl ? option('custom', t('basemap.custom', { host: hostOf(customUrl) }), []) : null}
      </ul>
      {chosen?.provider === 'tianditu' || typedKey ? <TiandituKey /> : null}
    </fieldset>
  );
}
