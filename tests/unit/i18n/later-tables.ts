/**
 * The string tables that join the translator with the code of a feature loaded on first use: every module in
 * src/i18n/later, named after its namespace, with its one exported table.
 */
type Tables = { zh: Record<string, unknown>; en: Record<string, unknown> };

const modules = import.meta.glob<Record<string, Tables>>('../../../src/i18n/later/*.ts', { eager: true });

/** Each module's file name in src/i18n/later (its namespace too) and its tables. */
export const LATER: { file: string; namespace: string; table: Tables }[] = Object.entries(modules).map(
  ([path, mod]) => {
    const file = path.replace(/^.*\/|\.ts$/g, '');
    const tables = Object.values(mod);
    if (tables.length !== 1) throw new Error(`src/i18n/later/${file}.ts should export one table, not ${tables.length}`);
    return { file, namespace: file, table: tables[0]! };
  },
);
