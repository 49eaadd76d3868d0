// Builds the add-in into dist/: the task pane and the ribbon commands page, the icons, and the
// manifest with the deployed origin written in place of the development one.
//
//   npm run build                       → production bundle, manifest for https://localhost:3000/
//   ADDIN_URL=https://host/ npm run build → manifest and pages for that origin
//   webpack serve --mode development    → https://localhost:3000/ with Office's dev certificate
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
// The documented, store-compatible way to load Office.js (docs/decisions.md).
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const root = __dirname;
const entries = {
  taskpane: { entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', page: 'taskpane.html' },
  commands: { entry: './src/commands/commands.ts', template: './src/commands/commands.html', page: 'commands.html' },
};

/** The origin the manifest should name: ADDIN_URL when set (https, with a trailing slash), else the dev server. */
function addinUrl(value) {
  if (!value) return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must use https (Office loads add-ins over https only): ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function manifestFor(content, url) {
  return content.toString('utf8').split(DEV_URL).join(url);
}

/**
 * Puts the Office.js script tag first in each page's head, unless the page template already
 * has one, so the pages never load it twice. It is a plain blocking script: the bundles are
 * deferred and run after it, and when it cannot load (a plain browser offline) `Office` is
 * simply undefined and the pane starts in browser mode.
 */
class OfficeScriptTag {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeScriptTag', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('OfficeScriptTag', (data) => {
        const template = data.plugin.userOptions.template;
        const source = template ? fs.readFileSync(path.resolve(root, template), 'utf8') : '';
        if (!source.includes('appsforoffice.microsoft.com')) {
          data.headTags.unshift({ tagName: 'script', voidTag: false, meta: { plugin: 'OfficeScriptTag' }, attributes: { src: OFFICE_JS } });
        }
        return data;
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = serving ? DEV_URL : addinUrl(process.env.ADDIN_URL);
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(root, 'dist');

  const config = {
    mode,
    context: root,
    devtool: 'source-map',
    entry: Object.fromEntries(Object.entries(entries).map(([name, spec]) => [name, spec.entry])),
    output: {
      path: outDir,
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      // The workbook worker (browser mode only) and anything else loaded apart land in their own files.
      chunkFilename: mode === 'production' ? '[name].[contenthash:8].chunk.js' : '[name].chunk.js',
      publicPath: 'auto',
      // dist/cli and dist/bench hold the command line and the benchmark, built separately
      // (scripts/build-cli.js, scripts/build-bench.js); a benchmark run must survive a rebuild.
      clean: { keep: /^(cli|bench)[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(root, 'tsconfig.json'),
              // ES modules, so that webpack sees import() and splits it into its own chunk.
              compilerOptions: { module: 'es2020', noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...Object.values(entries).map(
        (spec) =>
          new HtmlWebpackPlugin({
            filename: spec.page,
            template: spec.template,
            chunks: [path.basename(spec.page, '.html')],
            scriptLoading: 'defer',
          }),
      ),
      new OfficeScriptTag(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, url) },
        ],
      }),
    ],
  };

  if (serving) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};

module.exports.addinUrl = addinUrl;
module.exports.manifestFor = manifestFor;
module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_JS = OFFICE_JS;
