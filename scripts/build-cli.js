// Bundles the command line into dist/cli/scorecard.js with esbuild (fast start, no ts at run time).
const path = require('path');

function buildCli() {
  const esbuild = require('esbuild');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'cli', 'main.ts')],
    outfile: path.join(__dirname, '..', 'dist', 'cli', 'scorecard.js'),
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

module.exports = { buildCli };
if (require.main === module) buildCli();
