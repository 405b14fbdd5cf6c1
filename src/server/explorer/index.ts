export { buildExplorer, EXPLORER_BUNDLE_DIR } from './build';
export { explorerAssets, explorerRouter, ExplorerOptions } from './explorer.router';
export { EXPLORER_CSP } from './page';
