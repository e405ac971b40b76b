#!/usr/bin/env node
// Applies a reviewed park patch (the site editor's export, or `npm run geocode`'s output) to data/parks.geojson.
//
//   npm run data:apply -- <patch.geojson> [--check] [--data <parks.geojson>]
//
// The patch is read and checked by src/lib/patch.ts with the build's schemas (src/lib/patch-validate.ts): only a
// park's geometry and properties.geocode may change. On success the data file is replaced atomically (temporary file,
// then rename) in its stable formatting (JSON.stringify(x, null, 2) + '\n'), and the summary and the line diff are
// printed. On any refusal every problem is printed (file › feature › field: message) and the file is left as it was.
//   --check        check and print the summary and the diff; write nothing
//   --data <path>  the data file to patch (default: data/parks.geojson)
// Exit status: 0 applied (or checked), 1 refused (or the write failed), 2 usage (a missing argument or file).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.mjs';
import { loadTs, ROOT } from './load-ts.mjs';

const USAGE = 'usage: npm run data:apply -- <patch.geojson> [--check] [--data <parks.geojson>]';
function usage(message) {
  console.error(`data:apply: ${message}\n${USAGE}`);
  process.exit(2);
}
// Under `npm run`, the working directory is the repository root; paths typed by the user are relative to theirs.
const base =
  process.env.npm_lifecycle_event === 'data:apply' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const resolve = (p) => path.resolve(base, p);
const shown = (p) => path.relative(process.cwd(), p) || p;

let patchPath;
let dataPath = path.join(ROOT, 'data/parks.geojson');
let checkOnly = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--check') checkOnly = true;
  else if (a === '--data') {
    if (!args[i + 1]) usage('--data needs a path');
    dataPath = resolve(args[++i]);
  } else if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (patchPath) usage(`one patch at a time (got ${args.find((x) => !x.startsWith('-'))} and ${a})`);
  else patchPath = resolve(a);
}
if (!patchPath) usage('no patch file given');
for (const [what, file] of [
  ['patch', patchPath],
  ['data file', dataPath],
]) {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) usage(`${what} not found: ${shown(file)}`);
}

const patchName = shown(patchPath);
const dataName = shown(dataPath);
const patchText = fs.readFileSync(patchPath, 'utf8');
const dataText = fs.readFileSync(dataPath, 'utf8');
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

function refuse(lines) {
  for (const line of lines) console.error(line);
  console.error(`refused: ${lines.length} problem${lines.length === 1 ? '' : 's'}; ${dataName} left unchanged.`);
  process.exit(1);
}

const [lib, schemas] = await loadTs('src/lib/patch.ts', 'src/lib/patch-validate.ts');
const industryIds = new Set(readJson('data/industries.json').map((x) => x.id));

const parsed = lib.parsePatch(patchText);
if (!parsed.ok) refuse(parsed.errors.map((e) => `${patchName} › ${e}`));
const patch = parsed.value;

const dataErrors = schemas.validateParksText(dataText, industryIds);
if (dataErrors.length) refuse(dataErrors.map((e) => `${dataName} (the file to patch is itself invalid): ${e}`));
const current = JSON.parse(dataText.charCodeAt(0) === 0xfeff ? dataText.slice(1) : dataText);

const ctx = {
  district: readJson('geo/boundary.geojson').features[0].geometry,
  towns: readJson('geo/towns.geojson').features,
  validate: schemas.validateParkFeature,
};
const { errors, warnings } = lib.checkPatch(patch, current.features, ctx);
if (errors.length) refuse(errors.map((e) => `${patchName} › ${e}`));

const nextText = lib.serializeDataFile(lib.applyPatch(current, patch));
// The whole file as the build will read it: schema, unique ids, known industries.
const afterErrors = schemas.validateParksText(nextText, industryIds);
if (afterErrors.length) refuse(afterErrors.map((e) => `${patchName} (once applied): ${e}`));

for (const w of warnings) console.error(`warning: ${patchName} › ${w}`);
if (dataText !== lib.serializeDataFile(current))
  console.error(`warning: ${dataName} was not in the stable formatting; it is rewritten in it (see the diff).`);
const changes = lib.summarizePatch(patch, current.features).sort((a, b) => a.seq - b.seq);
console.log(`${patchName}: ${changes.length} park${changes.length === 1 ? '' : 's'}`);
for (const c of changes) console.log(`  ${lib.formatChange(c)}`);
const diff = lib.diffLines(dataText, nextText, { a: dataName, b: `${dataName} (patched)` });
process.stdout.write(diff ? `\n${diff}` : `\n(no change to ${dataName})\n`);

if (checkOnly) {
  console.log(`\n--check: the patch applies cleanly; nothing written.`);
  process.exit(0);
}
try {
  writeFileAtomic(dataPath, nextText);
} catch (e) {
  console.error(`data:apply: could not write ${dataName}: ${e.message}; it is left unchanged.`);
  process.exit(1);
}
console.log(`\nwrote ${dataName}`);
