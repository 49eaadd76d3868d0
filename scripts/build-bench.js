// Bundles the benchmark into dist/bench/ with esbuild, after the command line it measures
// (dist/cli/scorecard.js, which the compute child loads as a user's `npx scorecard` would).
const path = require('path');
const { buildCli, nodeBundle } = require('./build-cli');

const root = path.join(__dirname, '..');
const entries = {
  main: 'bench/main.ts',
  'compute-child': 'bench/children/compute-child.ts',
  'engine-child': 'bench/children/engine-child.ts',
  'floor-child': 'bench/children/floor-child.ts',
  'phases-child': 'bench/children/phases-child.ts',
  'profile-top': 'bench/profile-top.ts',
};

function buildBench() {
  buildCli();
  const esbuild = require('esbuild');
  esbuild.buildSync({
    ...nodeBundle,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
    outdir: path.join(root, 'dist', 'bench'),
  });
}

module.exports = { buildBench };
if (require.main === module) buildBench();
