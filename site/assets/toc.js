// Statement pages: keeps the "On this page" list open beside the text on wide screens and highlights the
// section being read (aria-current="location"); closes the version picker on Escape or a click elsewhere.
// Everything works without this script: the TOC is plain links in a <details>, opened by CSS on wide screens.
(function () {
  "use strict";
  var toc = document.querySelector("nav.toc");
  var details = toc && toc.querySelector("details");
  var summary = details && details.querySelector("summary");
  var wide = window.matchMedia("(min-width: 64rem)");

  function layout() {
    if (!details) return;
    details.open = wide.matches;
    summary.tabIndex = wide.matches ? -1 : 0;
  }
  if (details) {
    layout();
    if (wide.addEventListener) wide.addEventListener("change", layout);
    summary.addEventListener("click", function (e) { if (wide.matches) e.preventDefault(); });
  }

  // Scroll-spy: the active entry is the last heading at or above a line near the top of the window.
  var links = [], targets = [];
  (toc ? toc.querySelectorAll('a[href^="#"]') : []).forEach(function (a) {
    var id;
    try { id = decodeURIComponent(a.getAttribute("href").slice(1)); } catch (e) { return; }
    var target = document.getElementById(id);
    if (target) { links.push(a); targets.push(target); }
  });
  var pinned = -1, active = -1, scheduled = false;

  function line() { return Math.min(window.innerHeight * 0.25, 160); }

  function compute() {
    scheduled = false;
    var index = 0, y = line(), height = window.innerHeight;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i].getBoundingClientRect().top <= y) index = i; else break;
    }
    var doc = document.documentElement;
    if (window.innerHeight + window.scrollY >= doc.scrollHeight - 2) {
      // At the very bottom the last headings can never reach the line: take the last one in view.
      for (var j = targets.length - 1; j > index; j--) {
        if (targets[j].getBoundingClientRect().top < height) { index = j; break; }
      }
    }
    if (pinned >= 0) {
      // Right after following a link, its heading wins while it is still near the top.
      var top = targets[pinned].getBoundingClientRect().top;
      if (top > -2 && top < height / 2) index = pinned; else pinned = -1;
    }
    highlight(index);
  }

  function highlight(index) {
    if (index === active) return;
    if (active >= 0) links[active].removeAttribute("aria-current");
    active = index;
    var link = links[index];
    link.setAttribute("aria-current", "location");
    // Keep the entry visible inside the sidebar when the sidebar scrolls (without scrolling the page).
    if (wide.matches && toc.scrollHeight > toc.clientHeight) {
      var l = link.getBoundingClientRect(), t = toc.getBoundingClientRect(), margin = 24;
      if (l.top < t.top + margin) toc.scrollTop -= t.top + margin - l.top;
      else if (l.bottom > t.bottom - margin) toc.scrollTop += l.bottom - t.bottom + margin;
    }
  }

  function schedule() {
    if (!scheduled) { scheduled = true; window.requestAnimationFrame(compute); }
  }

  function pinHash() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    pinned = target ? targets.indexOf(target) : -1;
    schedule();
  }

  if (targets.length && "IntersectionObserver" in window) {
    // Sections tile the text, so one always crosses the band at the top of the window; a sentinel notices the bottom.
    var band = new IntersectionObserver(schedule, { rootMargin: "0px 0px -75% 0px" });
    targets.forEach(function (t) { band.observe(t.closest("section") || t); });
    var body = document.querySelector(".statement-body");
    if (body && body.lastElementChild) new IntersectionObserver(schedule).observe(body.lastElementChild);
    window.addEventListener("hashchange", pinHash);
    window.addEventListener("resize", schedule);
    links.forEach(function (a, i) {
      a.addEventListener("click", function () { pinned = i; schedule(); });
    });
    pinHash();
  }

  // The version picker: a <details> of links; close it on Escape or a click outside it.
  document.querySelectorAll("details.version-picker").forEach(function (picker) {
    document.addEventListener("click", function (e) {
      if (picker.open && !picker.contains(e.target)) picker.open = false;
    });
    picker.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && picker.open) { picker.open = false; picker.querySelector("summary").focus(); }
    });
  });
})();
