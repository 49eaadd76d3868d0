import { initialScriptSources } from './bundle-bench';

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
