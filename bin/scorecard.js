#!/usr/bin/env node
// The `scorecard` command. Runs the bundled CLI, building it first when the checkout has not
// been built yet (a fresh `npm install` builds it in `prepare`).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'scorecard.js');
if (!fs.existsSync(bundle)) {
  require('../scripts/build-cli.js').buildCli();
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
