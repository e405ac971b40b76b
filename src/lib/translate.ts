/**
 * The app's translator: nested string tables per language, `{{name}}` placeholders, plural forms by
 * Intl.PluralRules (`key_one` / `key_other`, falling back to `key`) and a fallback language. It replaced i18next and
 * react-i18next (17.5 KiB gzip at start-up, issue 24): the app used only these four things of them. Plain TypeScript,
 * no DOM; src/i18n/index.ts makes the app's one instance and src/i18n/react.ts its hook.
 */

/** A string table: strings, or tables of them. */
export type Table = { readonly [key: string]: string | Table };

/** The CLDR plural categories that Intl.PluralRules names. */
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A key without its plural suffix: `open_other` → `open`. */
type PluralBase<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;

/**
 * Every key path of a table whose value is a string, dotted, plural forms by their base key:
 * `{ a: { b: 'x', n_one: '…', n_other: '…' } }` → `'a.b' | 'a.n'`.
 */
export type KeyPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${PluralBase<K>}` : KeyPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A lookup's options: values for the placeholders (or `replace` holding them); a number `count` also picks the plural form (a string one, a
 * figure already formatted, does not); `lng` translates into that language instead of the current one (as i18next
 * did, so no placeholder may be named `lng`).
 */
export type TOptions = {
  readonly count?: number | string;
  readonly lng?: string;
  /** The placeholders' values apart from the options (a value may then be named `count` or `lng`). */
  readonly replace?: Readonly<Record<string, unknown>>;
  readonly [name: string]: unknown;
};

/** A translation function over the keys `K`. */
export type Translate<K extends string> = (key: K, options?: TOptions) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The value at a dotted path of a table, or undefined. */
function lookup(table: Table | undefined, path: string): string | undefined {
  let at: string | Table | undefined = table;
  for (const part of path.split('.')) {
    if (at === undefined || typeof at === 'string') return undefined;
    at = at[part];
  }
  return typeof at === 'string' ? at : undefined;
}

/** `target` with `source` merged in, deeply; strings of `source` win. */
function merge(target: Table, source: Table): Table {
  const out: Record<string, string | Table> = { ...target };
  for (const [k, v] of Object.entries(source)) {
    const old = out[k];
    out[k] = typeof v === 'string' || old === undefined || typeof old === 'string' ? v : merge(old, v);
  }
  return out;
}

export interface Translator<K extends string> {
  /** The current language. */
  readonly language: string;
  /** Sets the current language and tells the subscribers (if it changed). */
  changeLanguage(lang: string): void;
  /** Called after each language change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Translates into the current language (or `options.lng`). */
  t: Translate<K>;
  /** A translate function fixed to one language whatever the current one. */
  getFixedT(lang: string): Translate<K>;
  /** Adds strings to a language's table (e.g. a feature's, when its code loads); a key already there is replaced. */
  addTables(lang: string, table: Table): void;
}

/**
 * A translator over `tables` (language → table), starting in `language`. A key missing in a language is looked up in
 * `fallback`; a key missing in both is returned as it is (so a missing string shows, never a blank).
 */
export function createTranslator<K extends string>(options: {
  tables: Record<string, Table>;
  language: string;
  fallback: string;
}): Translator<K> {
  const tables: Record<string, Table> = { ...options.tables };
  const plurals = new Map<string, Intl.PluralRules>();
  const listeners = new Set<() => void>();
  let language = options.language;

  const pluralForm = (lang: string, count: number) => {
    let rules = plurals.get(lang);
    if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
    return rules.select(count);
  };

  const translate = (lang: string, key: string, opts: TOptions = {}): string => {
    let found: string | undefined;
    for (const l of lang === options.fallback ? [lang] : [lang, options.fallback]) {
      const table = tables[l];
      if (typeof opts.count === 'number') found = lookup(table, `${key}_${pluralForm(l, opts.count)}`);
      found ??= lookup(table, key);
      if (found !== undefined) break;
    }
    if (found === undefined) return key;
    const values = opts.replace ?? opts;
    return found.replace(PLACEHOLDER, (_, name: string) => {
      const v = values[name];
      return v === undefined || v === null ? '' : String(v as string | number);
    });
  };

  return {
    get language() {
      return language;
    },
    changeLanguage(lang) {
      if (lang === language) return;
      language = lang;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    t: (key, opts) => translate(opts?.lng ?? language, key, opts),
    getFixedT: (lang) => (key, opts) => translate(opts?.lng ?? lang, key, opts),
    addTables(lang, table) {
      tables[lang] = merge(tables[lang] ?? {}, table);
    },
  };
}
