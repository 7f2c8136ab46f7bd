// Makes sure the PyTorch reference exists for the tests that compare the app with it (weight
// import, exported code). Debian's python3-torch, python3-torchvision and python3-onnx for
// /usr/bin/python3; as root with apt-get, installs them (a few minutes); otherwise stops with
// a message that says how. PYTHON overrides the interpreter.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const python = process.env.PYTHON ?? '/usr/bin/python3';
const probe = 'import torch, torchvision, onnx';
const works = () => existsSync(python) && spawnSync(python, ['-c', probe], { stdio: 'ignore' }).status === 0;

if (works()) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("PyTorch reference missing: installing Debian's python3-torch, python3-torchvision, python3-onnx…");
  execSync(
    'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-torch python3-torchvision python3-onnx',
    { stdio: 'inherit' },
  );
  if (works()) process.exit(0);
}
console.error(
  [
    'The reference tests need PyTorch, torchvision and onnx for Python 3, and they were not found.',
    '  On Debian/Ubuntu, as root:   apt-get update && apt-get install -y python3-torch python3-torchvision python3-onnx',
    `  Or point PYTHON at an interpreter that has them (now: ${python}).`,
  ].join('\n'),
);
process.exit(1);
