/**
 * The renderer's Content-Security-Policy, shared by Electron and the browser mode: scripts only from the
 * app itself (no eval, no inline), no plugins, no framing, no form posts. `connectSources` adds the
 * browser mode's WebSocket endpoint.
 */
export function contentSecurityPolicy(connectSources: string[] = []): string {
  return [
    "default-src 'self'",
    // WebAssembly may compile (Chinese segmentation, the plugin sandbox); JavaScript eval stays forbidden.
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "media-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
