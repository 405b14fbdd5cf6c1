// After `tsc`: copies every `assets/` folder under src/ to the same place under dist/src/, so files
// served at run time (the playground's own script and stylesheet) sit beside the compiled code that
// serves them. The Docker image ships dist/ without src/.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src');
const copied = [];

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const from = path.join(dir, entry.name);
    if (entry.name === 'assets') {
      const to = path.join(root, 'dist', path.relative(root, from));
      fs.rmSync(to, { recursive: true, force: true });
      fs.cpSync(from, to, { recursive: true });
      copied.push(path.relative(root, to));
    } else {
      walk(from);
    }
  }
}

walk(src);
if (copied.length === 0) throw new Error('no assets/ folder under src/: nothing to copy');
