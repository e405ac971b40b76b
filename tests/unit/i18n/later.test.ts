/**
 * Strings loaded with their feature's code (src/i18n/later): a module that uses one of their keys imports the module
 * that adds them, or a start-up view would show the bare key (issue 24 moved them out of the start-up JavaScript).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import { LATER } from './later-tables.ts';

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// src/lib names some keys as codes (it translates nothing); src/i18n holds the tables, but format.ts translates.
const FILES = sources('src').filter(
  (f) => !/^src[\\/]lib[\\/]/.test(f) && (!/^src[\\/]i18n[\\/]/.test(f) || /format\.ts$/.test(f)),
);
const base = (k: string) => k.replace(/_(one|other|zero|few|many|two)$/, '');

describe('strings loaded with their feature (src/i18n/later)', () => {
  it('finds the source files and the eight modules', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(LATER.map((l) => l.file)).toHaveLength(8);
  });

  it.each(LATER)('later/$file.ts adds its table under its own name', ({ file, table }) => {
    expect(readFileSync(`src/i18n/later/${file}.ts`, 'utf8')).toMatch(new RegExp(`addStrings\\('${file}', \\w+\\);`));
    expect(Object.keys(table.zh).length).toBeGreaterThan(0);
  });

  it.each(LATER)('every file that uses a key of later/$file.ts imports it', ({ file, namespace, table }) => {
    const keys = [...new Set(Object.keys(table.zh).map(base))];
    const use = new RegExp(`[\`'"]${namespace}\\.(${keys.join('|')})([.\`'"_]|\\$)`);
    const users = FILES.filter((f) => use.test(readFileSync(f, 'utf8')));
    expect(users.length).toBeGreaterThan(0);
    const missing = users.filter((f) => !readFileSync(f, 'utf8').includes(`i18n/later/${file}.ts';`));
    expect(missing).toEqual([]);
  });

  it('the keys work once the module has loaded, in both languages', () => {
    const en = i18n.getFixedT('en');
    const zh = i18n.getFixedT('zh');
    expect(en('share.title')).not.toBe('share.title');
    expect(zh('present.exit')).not.toBe('present.exit');
    expect(en('editor.title')).toBe(LATER.find((l) => l.file === 'editor')!.table.en.title);
  });
});
