// `npm start`: builds and opens the desktop app. Where Electron's binary is missing and cannot
// be fetched (an offline machine), it says so in one line and opens the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = process.argv.slice(2);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

let binary = electronBinary();
if (!binary) {
  // npm does not run Electron's download on install (see allowScripts): fetch it on first start.
  spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', timeout: 300_000 });
  binary = electronBinary();
}

if (binary) {
  const build = spawnSync(npm, ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  run(binary, ['.', ...args]);
} else {
  console.log(
    'Electron binary unavailable on this machine (it cannot be downloaded here); opening the browser host instead.',
  );
  run(npm, ['run', 'web', '--silent', '--', '--open', ...args]);
}
