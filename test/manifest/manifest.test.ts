import { DOMParser } from '@xmldom/xmldom';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

interface WebpackConfigModule {
  readonly addinUrl: (value: string | undefined) => string;
  readonly manifestFor: (content: Buffer, url: string) => string;
  readonly DEV_URL: string;
  readonly OFFICE_JS: string;
}

const root = resolve(__dirname, '..', '..');
const webpackConfig = require(join(root, 'webpack.config.js')) as WebpackConfigModule;
const DEPLOYED = 'https://scorecards.example.com/';

function elements(xml: string): Element[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const all: Element[] = [];
  const visit = (node: Element) => {
    all.push(node);
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) visit(child as Element);
  };
  visit(document.documentElement as Element);
  return all;
}

const named = (all: Element[], localName: string) => all.filter((element) => element.localName === localName);
const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';

/** Every URL the manifest names: default values and overrides of URL-bearing elements. */
function urls(all: Element[]): string[] {
  const found: string[] = [];
  for (const element of all) {
    for (const attribute of ['DefaultValue', 'Value']) {
      const value = element.getAttribute(attribute);
      if (value && /^https?:/.test(value)) found.push(value);
    }
    if (element.localName === 'AppDomain') found.push(text(element));
  }
  return found;
}

const source = readFileSync(join(root, 'manifest.xml'), 'utf8');
const manifest = elements(source);

describe('the source manifest', () => {
  it('is a task pane add-in for workbooks with a GUID id and a four-part version', () => {
    expect(manifest[0].localName).toBe('OfficeApp');
    expect(manifest[0].getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(text(named(manifest, 'Id')[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(named(manifest, 'Version')[0])).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(named(manifest, 'Host').map((host) => host.getAttribute('Name') || host.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  });

  it('asks to read and write the document, and nothing more', () => {
    expect(text(named(manifest, 'Permissions')[0])).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.7 at least', () => {
    const sets = named(manifest, 'Set').map((set) => [set.getAttribute('Name'), set.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  it('puts a button that opens the task pane in a group on the Home tab', () => {
    const tab = named(manifest, 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const actions = named(elements(tab.toString()), 'Action').map((action) => action.getAttribute('xsi:type'));
    expect(actions).toContain('ShowTaskpane');
  });

  it('names the function of every ExecuteFunction button as the commands page registers it', () => {
    const functions = named(manifest, 'FunctionName').map(text);
    const commands = readFileSync(join(root, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const name of functions) expect(commands).toContain(`${name}: '${name}'`);
    expect(functions.length).toBeGreaterThan(0);
  });

  it('points every URL at the development server, over https', () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) expect(url.startsWith(webpackConfig.DEV_URL)).toBe(true);
  });

  it('resolves every resource id it uses', () => {
    const ids = new Set(['Image', 'Url', 'String'].flatMap((kind) => named(manifest, kind).map((element) => element.getAttribute('id'))));
    const used = manifest.map((element) => element.getAttribute('resid')).filter(Boolean);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(ids).toContain(resid);
  });

  it('says every string in Chinese too', () => {
    const strings = [...named(manifest, 'DisplayName'), ...named(manifest, 'Description'), ...named(manifest, 'String')].filter((element) =>
      element.hasAttribute('DefaultValue'),
    );
    expect(strings.length).toBeGreaterThan(8);
    for (const element of strings) {
      const overrides = named(elements(element.toString()), 'Override').map((override) => override.getAttribute('Locale'));
      expect(overrides).toEqual(['zh-CN']);
    }
  });
});

describe('ADDIN_URL', () => {
  it('defaults to the development server', () => {
    expect(webpackConfig.addinUrl(undefined)).toBe('https://localhost:3000/');
  });

  it('gains a trailing slash', () => {
    expect(webpackConfig.addinUrl('https://scorecards.example.com/hr')).toBe('https://scorecards.example.com/hr/');
  });

  it('must be https', () => {
    expect(() => webpackConfig.addinUrl('http://scorecards.example.com/')).toThrow(/https/);
    expect(() => webpackConfig.addinUrl('not a url')).toThrow(/not a URL/);
  });

  it('replaces the development origin everywhere in the manifest', () => {
    const built = webpackConfig.manifestFor(Buffer.from(source), DEPLOYED);
    expect(built).not.toContain('localhost');
    expect(urls(elements(built)).every((url) => url.startsWith(DEPLOYED))).toBe(true);
  });
});

describe('the build', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'scorecards-build-'));
    // Development mode: the same files as production, without the minutes of minifying.
    const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--env', `outDir=${out}`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ADDIN_URL: DEPLOYED },
    });
    if (result.status !== 0) throw new Error(`webpack failed:\n${result.stdout}\n${result.stderr}`);
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('emits a file for every page and icon the deployed manifest names', () => {
    const built = elements(readFileSync(join(out, 'manifest.xml'), 'utf8'));
    const all = urls(built);
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) {
      expect(url.startsWith(DEPLOYED)).toBe(true);
      expect(existsSync(join(out, new URL(url).pathname))).toBe(true);
    }
  });

  it('emits every icon size as a PNG of that size', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(out, 'assets', `icon-${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('loads Office.js from Microsoft’s CDN before the page’s own script, once', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      const office = html.indexOf(webpackConfig.OFFICE_JS);
      expect(office).toBeGreaterThan(0);
      expect(html.indexOf(webpackConfig.OFFICE_JS, office + 1)).toBe(-1);
      expect(html.indexOf(`${page.replace('.html', '')}.js`)).toBeGreaterThan(office);
    }
  });

  it('keeps the workbook package code out of the task pane’s first bundle, in the worker’s chunk', () => {
    const files = readdirSync(out);
    expect(files).toContain('workbook-worker.chunk.js');
    const marker = 'schemas.openxmlformats.org/spreadsheetml/2006/main';
    expect(readFileSync(join(out, 'workbook-worker.chunk.js'), 'utf8')).toContain(marker);
    expect(readFileSync(join(out, 'taskpane.js'), 'utf8')).not.toContain(marker);
    expect(files.some((file) => /exceljs/i.test(file))).toBe(false);
  });
});
