// Validates manifest.xml. Offline against the Office add-in manifest schemas when they are at
// hand (MANIFEST_XSD_DIR, or the shared schemas folder next to the repository), with xmllint;
// otherwise with Microsoft's online validator (office-addin-manifest validate).
//   npm run validate:manifest [-- path/to/manifest.xml]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const manifest = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
const candidates = [process.env.MANIFEST_XSD_DIR, path.join(root, '..', 'shared', 'schemas', 'office-manifest')].filter(Boolean);
const schemaDir = candidates.find((dir) => fs.existsSync(path.join(dir, 'OfficeAppManifestV1_1.xsd')));

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 2;
  }
  return result.status ?? 2;
}

const status = schemaDir
  ? run('xmllint', ['--noout', '--schema', path.join(schemaDir, 'OfficeAppManifestV1_1.xsd'), manifest])
  : run(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', manifest]);
process.exitCode = status;
