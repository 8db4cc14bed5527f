// Redline pages: "Previous change" / "Next change" buttons and the n / p keys (j / k too) move focus through the
// changes, in document order. A change is an insertion or deletion, or a whole added, removed or moved section.
// The page is complete without this script: the change list links to every changed section.
(function () {
  "use strict";
  var marks = [];
  document.querySelectorAll(".redline[data-change]").forEach(function (section) {
    var kind = section.getAttribute("data-change");
    if (kind === "unchanged") return;
    var inner = kind === "added" || kind === "removed" ? [] : section.querySelectorAll("ins, del");
    if (inner.length) marks.push.apply(marks, inner);
    else marks.push(section);
  });
  var nav = document.querySelector(".change-nav");
  if (!marks.length || !nav) return;
  var status = document.getElementById("change-status");
  var current = -1;

  function go(step) {
    current = current < 0 && step < 0 ? marks.length - 1 : (current + step + marks.length) % marks.length;
    var el = marks[current];
    var closed = el.closest("details:not([open])");
    if (closed) closed.open = true;
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    if (status) status.textContent = "Change " + (current + 1) + " of " + marks.length;
  }

  nav.hidden = false;
  var keys = document.querySelector(".legend-keys");
  if (keys) keys.hidden = false;
  nav.querySelectorAll("[data-change-nav]").forEach(function (button) {
    button.addEventListener("click", function () { go(parseInt(button.getAttribute("data-change-nav"), 10)); });
  });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName))) return;
    if (e.key === "n" || e.key === "j") { e.preventDefault(); go(1); }
    else if (e.key === "p" || e.key === "k") { e.preventDefault(); go(-1); }
  });
})();
