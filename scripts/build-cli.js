// Bundles the command line into dist/cli/scorecard.js with esbuild (fast start, no ts at run time).
const path = require('path');

/** How every node program of the project is bundled: one CommonJS file, packages left to node_modules. */
const nodeBundle = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

function buildCli() {
  const esbuild = require('esbuild');
  esbuild.buildSync({
    ...nodeBundle,
    entryPoints: [path.join(__dirname, '..', 'src', 'cli', 'main.ts')],
    outfile: path.join(__dirname, '..', 'dist', 'cli', 'scorecard.js'),
  });
}

module.exports = { buildCli, nodeBundle };
if (require.main === module) buildCli();
