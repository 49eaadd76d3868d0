import { chunkGroupFiles, initialScriptSources } from './bundle-bench';

describe('initialScriptSources', () => {
  it("lists the page's own scripts in the order the page loads them", () => {
    const html = '<head><script defer="defer" src="taskpane.1a2b3c4d.js"></script><script src="vendor.js"></script></head>';
    expect(initialScriptSources(html)).toEqual(['taskpane.1a2b3c4d.js', 'vendor.js']);
  });

  it('leaves out Office.js and anything else loaded from another origin', () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      '<script src="//cdn.example.com/x.js"></script><script defer src="taskpane.js"></script>';
    expect(initialScriptSources(html)).toEqual(['taskpane.js']);
  });

  it('reads the unquoted attributes of a minified page', () => {
    const html = '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=taskpane.4c4f7ca5.js></script>';
    expect(initialScriptSources(html)).toEqual(['taskpane.4c4f7ca5.js']);
  });

  it('ignores inline scripts, which have no file', () => {
    expect(initialScriptSources('<script>window.x = 1;</script>')).toEqual([]);
  });
});

describe('chunkGroupFiles', () => {
  const manifest = JSON.stringify({ 'excel-host': ['389.js', 'excel-host.js'], 'workbook-worker': ['861.js', '389.js', 'workbook-worker.js'] });

  it('lists the script files of a chunk group, a chunk shared with another group included', () => {
    expect(chunkGroupFiles(manifest, 'workbook-worker')).toEqual(['861.js', '389.js', 'workbook-worker.js']);
    expect(chunkGroupFiles(manifest, 'excel-host')).toEqual(['389.js', 'excel-host.js']);
  });

  it('lists nothing for a group the build does not have', () => {
    expect(chunkGroupFiles(manifest, 'commands')).toEqual([]);
  });
});
