/**
 * Adds the bridge script ahead of the renderer's own scripts, so `window.gioia` exists before the
 * app's module code runs (classic scripts run before deferred module scripts). The page carries
 * no secret: access comes from the launch token in the address's fragment (see security.ts).
 */
export function injectBridge(html: string): string {
  const tag = '<script src="/gioia-bridge.js"></script>\n    ';
  const at = html.search(/<script/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const head = html.search(/<\/head>/i);
  if (head >= 0) return html.slice(0, head) + tag + html.slice(head);
  return tag + html;
}
