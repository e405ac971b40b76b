// Loads the project's TypeScript modules (src/lib) from a Node script through Vite's module runner (`runnerImport`,
// Vite ≥ 6.1), so the command line runs the very code the app and the tests run. No config file is read: plain
// TypeScript only, no data plugin. Packages (turf, gcoord, zod) are loaded by Node itself.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The modules at these paths (from the repository root), in order. */
export async function loadTs(...files) {
  const modules = [];
  for (const file of files) {
    const { module } = await runnerImport(path.join(ROOT, file), { root: ROOT, logLevel: 'error' });
    modules.push(module);
  }
  return modules;
}
