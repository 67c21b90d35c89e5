/**
 * Resolves in a new task, so the page can paint and answer input in between. A message posted to
 * itself, unlike a timer, is not slowed down when tasks follow each other or the tab is in the background.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
