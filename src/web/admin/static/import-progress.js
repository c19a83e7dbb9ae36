// The import progress page with JavaScript: asks the status endpoint every second and moves
// the progress bar and its text (an aria-live region), then loads the report when the import
// ends. Without JavaScript the page refreshes itself instead (a meta refresh in <noscript>).
const box = document.querySelector('[data-import-status]');

if (box) {
  const statusUrl = box.getAttribute('data-import-status');
  const bar = box.querySelector('progress');
  const text = box.querySelector('[data-import-text]');
  const poll = async () => {
    try {
      const response = await fetch(statusUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const status = await response.json();
        if (status.state !== 'running') {
          window.location.reload();
          return;
        }
        if (bar && status.totalBytes > 0) {
          bar.max = status.totalBytes;
          bar.value = status.bytesRead;
        }
        if (text && text.textContent !== status.text) text.textContent = status.text;
      }
    } catch {
      // A missed answer is not a problem: the next one comes in a second.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
}
