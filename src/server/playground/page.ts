import { type PlaygroundExample } from './examples';

export interface PlaygroundPageOptions {
  /** Where GraphiQL sends operations (same origin). */
  endpoint: string;
  /** Where the bundled assets are served. */
  assetsPath: string;
  examples: readonly PlaygroundExample[];
  title?: string;
}

/**
 * Only same-origin scripts, styles, fonts and connections. GraphiQL sets inline styles (layout
 * sizes) and its CSS embeds fonts and icons as data: URIs; nothing else is allowed, so the browser
 * itself guarantees that no request leaves for another host.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON that is safe inside a <script> data block (no `</script>`, no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The playground page: no inline script, its configuration in a JSON data block. */
export function playgroundPage(options: PlaygroundPageOptions): string {
  const a = options.assetsPath;
  const config = { endpoint: options.endpoint, examples: options.examples };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'North American Industrial Graph: GraphQL playground')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${a}/graphiql.min.css">
<link rel="stylesheet" href="${a}/playground.css">
<script id="playground-config" type="application/json">${scriptJson(config)}</script>
</head>
<body>
<div id="graphiql"><p class="playground-loading">Loading the playground…</p></div>
<noscript>The playground needs JavaScript. The API itself answers POST requests at ${escapeHtml(options.endpoint)}.</noscript>
<script src="${a}/react.production.min.js"></script>
<script src="${a}/react-dom.production.min.js"></script>
<script src="${a}/graphiql.min.js"></script>
<script src="${a}/playground.js"></script>
</body>
</html>
`;
}
