/**
 * Runs `fn` once the next frame has been rendered (or after `fallbackMs` when no frame comes, as in
 * a hidden tab). Work that depends on a change but is not the change itself — counts, lists,
 * headers — goes here, so the frame that shows the change renders only the change. It waits one
 * more task after the frame, behind whatever that frame's own callbacks queued for after it.
 */
export function afterNextFrame(fn: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => {
    // A message posted from an animation-frame callback is delivered after that frame's rendering.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setTimeout(run, 0);
    channel.port2.postMessage(null);
  });
}
