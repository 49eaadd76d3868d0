// Jest cannot import office-addin-manifest (an ESM-only dependency); tests that need manifest
// facts read manifest.xml directly.
module.exports = {};
