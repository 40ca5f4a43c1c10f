// Writing a fixed file without ever leaving it half-written: write a temporary file beside it,
// flush it to disk, check the original did not change meanwhile, then rename over it. The file
// stays what it was to the file system: a symbolic link stays a link (its target is written), a
// hard link is not split, the owner, group and mode are kept.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Writes `bytes` over `file` if it still holds `expectedOriginal` (the bytes that were linted). */
export function writeAtomically(file: string, bytes: Buffer, expectedOriginal: Buffer): void {
  // Through a symbolic link, the file to write is its target; the link itself is left alone.
  const target = fs.realpathSync(file);
  const st = fs.statSync(target);
  // A file nobody may write is read-only on purpose, even for root: leave it alone.
  if ((st.mode & 0o222) === 0) throw new Error('the file is read-only');
  if (st.nlink > 1) { writeInPlace(target, bytes, expectedOriginal); return; }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.policylint-${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', st.mode & 0o7777);
    try {
      fs.writeSync(fd, bytes);
      // The same owner and group as the original (possible as root, or for a group one belongs to).
      try { fs.fchownSync(fd, st.uid, st.gid); } catch { /* not allowed: the writer's own */ }
      fs.fchmodSync(fd, st.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!fs.readFileSync(target).equals(expectedOriginal)) throw new Error('the file changed while it was being linted; not written');
    fs.accessSync(target, fs.constants.W_OK);
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never created, or already renamed */ }
    throw e;
  }
  syncDirectory(path.dirname(target));
}

/**
 * A file with several hard links is rewritten where it is (a rename would give this name a new
 * file and leave the other names on the old one): checked, then truncated, written and flushed.
 */
function writeInPlace(target: string, bytes: Buffer, expectedOriginal: Buffer): void {
  const fd = fs.openSync(target, 'r+');
  try {
    const current = Buffer.alloc(expectedOriginal.length + 1);
    const n = fs.readSync(fd, current, 0, current.length, 0);
    if (n !== expectedOriginal.length || !current.subarray(0, n).equals(expectedOriginal)) throw new Error('the file changed while it was being linted; not written');
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes the rename itself durable; some file systems do not allow it, which changes nothing else. */
function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  } catch { /* not supported here */ }
}
