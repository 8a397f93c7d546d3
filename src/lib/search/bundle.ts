/**
 * Files of Pagefind's bundle (dist/pagefind/) that the search page preloads
 * before its script asks for them. Pagefind names its WebAssembly after the
 * index's stemming language; Vietnamese has none, so it is "unknown"
 * (pagefind-entry.json: "wasm": null). tests/e2e/search.test.ts checks that
 * this is the file the built index names.
 */
export const PAGEFIND_WASM = 'wasm.unknown.pagefind';
