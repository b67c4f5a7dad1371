// Follows a running import: polls its status every two seconds and updates the progress bar and the
// text in the aria-live region; when the import ends, loads the page again to show the report. Without
// JavaScript the page has a link to refresh it instead (no <meta refresh>, WCAG 2.2.1).
(function () {
  var region = document.getElementById('import-progress');
  if (!region || region.getAttribute('data-running') !== 'true' || !window.fetch) {
    return;
  }
  var bar = document.getElementById('import-bar');
  var processed = document.getElementById('import-processed');
  var total = document.getElementById('import-total');
  var state = document.getElementById('import-state');
  var refresh = document.getElementById('import-refresh');
  var announced = -1;
  if (refresh) {
    refresh.hidden = true;
  }
  function poll() {
    fetch(region.getAttribute('data-status-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        bar.max = Math.max(status.total, 1);
        bar.value = status.processed;
        bar.textContent = status.percent + '%';
        // The text is read out by screen readers (aria-live): only every tenth of the way, not every poll.
        if (status.finished || Math.floor(status.percent / 10) !== announced) {
          announced = Math.floor(status.percent / 10);
          processed.textContent = status.processed;
          total.textContent = status.total;
          state.textContent = region.getAttribute('data-text-' + status.status) || status.status;
        }
        if (status.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        if (refresh) {
          refresh.hidden = false;
        }
      });
  }
  window.setTimeout(poll, 1000);
})();
