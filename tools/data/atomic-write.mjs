// Replaces a file atomically: the new text goes to a temporary file in the same folder (same file system), which is
// then renamed over the target. A reader sees the old file or the new one, never half of one; if anything fails, the
// temporary file is removed and the target is left as it was.
import nodeFs from 'node:fs';
import path from 'node:path';

/** Writes `text` to `target` atomically; throws (target unchanged) on failure. `fs` is replaceable for tests. */
export function writeFileAtomic(target, text, fs = nodeFs) {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // Keep the target's permissions (a new file gets the process's default).
    const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o777 : 0o644;
    const fd = fs.openSync(tmp, 'wx', mode);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the target is untouched either way.
    }
    throw e;
  }
}
