// Progressive enhancement only: every page works without this file. It
// shows the few toggle buttons and flips a class when they are pressed.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  function toggle(selector, target, cls, onLabel, offLabel) {
    var btn = document.querySelector(selector);
    var el = document.getElementById(target);
    if (!btn || !el) return;
    btn.hidden = false;
    btn.addEventListener("click", function () {
      var on = el.classList.toggle(cls);
      btn.setAttribute("aria-pressed", String(on));
      btn.textContent = on ? onLabel : offLabel;
    });
  }
  // The order switch applies at once; without JS it waits for Apply.
  document.querySelectorAll("form.filters input[name=order]").forEach(function (r) {
    r.addEventListener("change", function () { r.form.submit(); });
  });
  toggle("[data-toggle-facts]", "matrix", "facts-only", "Show all rows", "Show facts only");
  toggle("[data-toggle-highlights]", "article-text", "plain", "Show highlights", "Hide highlights");
});
