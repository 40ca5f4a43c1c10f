// Writing a fixed file without ever leaving it half-written: write a temporary
// file beside it, check the original did not change meanwhile, then rename.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `bytes` over `file` if it still holds `expectedOriginal` (the bytes that were linted). */
export function writeAtomically(file: string, bytes: Buffer, expectedOriginal: Buffer): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.policylint-${process.pid}.tmp`);
  const mode = fs.statSync(file).mode;
  // A file nobody may write is read-only on purpose, even for root: leave it alone.
  if ((mode & 0o222) === 0) throw new Error('the file is read-only');
  fs.writeFileSync(tmp, bytes, { mode });
  try {
    if (!fs.readFileSync(file).equals(expectedOriginal)) throw new Error('the file changed while it was being linted; not written');
    fs.accessSync(file, fs.constants.W_OK);
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}
