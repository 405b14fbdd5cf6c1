/**
 * Everything from this origin and nothing inline: no inline script or style (the page's
 * configuration is a JSON data block, which is not executed), so a request to another host or an
 * injected script is refused by the browser itself. `img-src data:` is for nothing but the blank
 * favicon.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExplorerPageOptions {
  /** The GraphQL endpoint the explorer queries (same origin). */
  endpoint: string;
  /** Where its assets are served. */
  assetsPath: string;
  /** The playground, linked from the header (omitted when it is off). */
  playgroundPath?: string;
}

/** JSON that is safe inside a <script> data block. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The explorer page: a shell the bundled script fills in (web/explorer/main.ts). */
export function explorerPage(options: ExplorerPageOptions): string {
  const a = options.assetsPath;
  const config = {
    endpoint: options.endpoint,
    assetsPath: a,
    playgroundPath: options.playgroundPath ?? null,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>North American Industrial Graph: explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${a}/explorer.css">
<script id="explorer-config" type="application/json">${scriptJson(config)}</script>
</head>
<body>
<div id="explorer"><p class="loading">Loading the explorer…</p></div>
<noscript>The explorer needs JavaScript. The API itself answers POST requests at ${options.endpoint}.</noscript>
<script src="${a}/explorer.js"></script>
</body>
</html>
`;
}
