// Runs before first paint (a blocking same-origin script, so the CSP needs no inline allowance):
// applies the reader's saved theme; with none saved, CSS follows the system's light/dark setting.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('lt-theme'); } catch (e) { /* storage blocked: follow the system */ }
  if (saved === 'light' || saved === 'dark' || saved === 'projector') {
    document.documentElement.setAttribute('data-theme', saved);
  }
})();
