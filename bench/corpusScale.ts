// The CLI over a folder of many policy files (generated from the corpus), with one
// job and with one per core: files per second. Part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function corpusScaleBench(count = 10000): Array<{ jobs: number; files: number; seconds: number; filesPerSecond: number; maxRssMb: number }> {
  const root = path.join(__dirname, '..');
  const corpus = path.join(root, 'test', 'fixtures', 'corpus');
  const sources = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-scale-'));
  try {
    for (let i = 0; i < count; i++) {
      const sub = path.join(dir, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) fs.mkdirSync(sub);
      // Vary each copy a little so no two files are the same text.
      fs.writeFileSync(path.join(sub, `policy-${i}.txt`), sources[i % sources.length].replace('Privacy Policy', `Privacy Policy ${i}`));
    }
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const out = [];
    for (const jobs of [...new Set([1, cores])]) {
      const t0 = performance.now();
      // /usr/bin/time reports the peak memory (Debian package "time"); without it, memory is not measured.
      const timed = fs.existsSync('/usr/bin/time');
      const cmd = [process.execPath, path.join(root, 'dist', 'cli.js'), '--no-config', '--format', 'json', '--jobs', String(jobs), dir];
      const r = timed ? spawnSync('/usr/bin/time', ['-f', '%M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 30 }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30 });
      const seconds = (performance.now() - t0) / 1000;
      const maxRssKb = timed ? Number(r.stderr.trim().split('\n').pop()) : NaN;
      out.push({ jobs, files: count, seconds, filesPerSecond: count / seconds, maxRssMb: maxRssKb / 1024 });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) console.log(corpusScaleBench(Number(process.argv[2] ?? 10000)));
