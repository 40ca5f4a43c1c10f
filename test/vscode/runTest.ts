// `npm run test:vscode`: the extension tests inside a real VS Code (@vscode/test-electron).
// That needs a VS Code download; where none can be made, this says so plainly and exits 1.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policylint-vscode-'));
  for (const f of ['jitops.txt', 'ubiops.txt']) fs.copyFileSync(path.join(root, 'test', 'fixtures', 'corpus', f), path.join(workspace, f));
  fs.writeFileSync(path.join(workspace, 'README.md'), '# Project\n\nWe keep logs indefinitely.\n');
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    console.error(`test:vscode: the extension tests did not run or did not pass: ${message}`);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo|fetch|network|socket/i.test(message)) {
      console.error('test:vscode: VS Code could not be downloaded on this machine (no access to update.code.visualstudio.com). Run it where VS Code can be downloaded; npm run test:e2e tests the packaged extension in code-server instead.');
    }
    process.exit(1);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
