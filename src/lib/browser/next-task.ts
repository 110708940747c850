/**
 * Resolves in a task of its own, after what is already queued (input, rendering): long work split
 * into pieces awaits it between them, so that no piece holds the main thread long. A MessageChannel
 * message rather than a timer: browsers wait up to a second before a timer of a hidden tab.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
