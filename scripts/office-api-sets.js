// Writes the fake Excel's requirement table (src/adapters/office/fake/requirement-sets/table.generated.ts)
// from the `[Api set: …]` annotations of the installed @types/office-js. The members are those
// already in the table plus any named on the command line:
//   node scripts/office-api-sets.js [Type.member …]
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const tableFile = path.join(root, 'src', 'adapters', 'office', 'fake', 'requirement-sets', 'table.generated.ts');
const typingsDirectory = path.join(root, 'node_modules', '@types', 'office-js');

/** The extractor is TypeScript (the tests use it too): bundled for node on the fly. */
function loadExtractor() {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'api-sets-')), 'extract.js');
  require('esbuild').buildSync({
    entryPoints: [path.join(root, 'src', 'adapters', 'office', 'fake', 'requirement-sets', 'extract.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  return require(outfile);
}

function main() {
  const { renderTable } = loadExtractor();
  const typings = fs.readFileSync(path.join(typingsDirectory, 'index.d.ts'), 'utf8');
  const { version } = JSON.parse(fs.readFileSync(path.join(typingsDirectory, 'package.json'), 'utf8'));
  const existing = fs.existsSync(tableFile) ? [...fs.readFileSync(tableFile, 'utf8').matchAll(/^ {2}'([\w$]+\.[\w$]+)':/gm)].map((m) => m[1]) : [];
  fs.writeFileSync(tableFile, renderTable(typings, version, [...existing, ...process.argv.slice(2)]));
  console.log(`${tableFile}: ${new Set([...existing, ...process.argv.slice(2)]).size} members`);
}

main();
