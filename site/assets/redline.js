// Next/previous change navigation for redline pages: buttons and the n/p keys move focus through the changes.
// The page is complete without it; the change list links to every changed section.
(function () {
  "use strict";
  var marks = Array.prototype.slice.call(document.querySelectorAll(".redline[data-change]:not([data-change=unchanged]) :is(ins, del), .redline[data-change=added], .redline[data-change=removed]"));
  // A mark inside an added or removed section is covered by the section itself.
  marks = marks.filter(function (el) {
    var section = el.closest(".redline");
    return el === section || ["added", "removed"].indexOf(section.getAttribute("data-change")) < 0;
  });
  if (!marks.length) return;
  var current = -1;
  function go(step) {
    current = (current + step + marks.length) % marks.length;
    var el = marks[current];
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus();
    el.scrollIntoView({ block: "center" });
    var status = document.getElementById("change-status");
    if (status) status.textContent = "Change " + (current + 1) + " of " + marks.length;
  }
  document.querySelectorAll("[data-change-nav]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { go(parseInt(button.getAttribute("data-change-nav"), 10)); });
  });
  var nav = document.querySelector(".change-nav");
  if (nav) {
    var status = document.createElement("span");
    status.id = "change-status";
    status.setAttribute("role", "status");
    status.className = "change-status";
    nav.appendChild(status);
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || /input|textarea|select/i.test(e.target.tagName)) return;
    if (e.key === "n" || e.key === "j") go(1);
    if (e.key === "p" || e.key === "k") go(-1);
  });
})();
