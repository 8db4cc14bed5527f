// The search box (sites built with `--search`): Pagefind's own search library over the bundle the build wrote at
// pagefind/ (the versions in force and upcoming) and, when the site has one, pagefind-archive/ (every version), which
// the reader opts into with "Include archived versions". The box stays hidden until the library has loaded, so a page
// without JavaScript, or opened from disk (where browsers refuse to load modules), shows no box that cannot work.
// Keys: "/" focuses the box, Escape closes the results, the arrow keys move through them.
(function () {
  "use strict";
  var box = document.querySelector(".site-search");
  if (!box) return;
  var input = box.querySelector("input[type=search]");
  var panel = box.querySelector(".site-search-panel");
  var status = box.querySelector(".site-search-status");
  var list = box.querySelector(".site-search-results");
  var archive = box.querySelector("#site-search-archive");
  var root = new URL(box.getAttribute("data-root") || "./", document.baseURI);
  var bundles = {};
  var timer = 0, generation = 0;

  // One Pagefind instance per bundle: each bundle's pagefind.js is its own module.
  function bundle(path) {
    if (!bundles[path]) {
      bundles[path] = import(new URL(path + "pagefind.js", root).href).then(function (pagefind) {
        return Promise.resolve(pagefind.options({ baseUrl: root.pathname, excerptLength: 24 })).then(function () {
          return pagefind;
        });
      });
    }
    return bundles[path];
  }

  function current() {
    return archive && archive.checked ? box.getAttribute("data-archive-bundle") : box.getAttribute("data-bundle");
  }

  // An excerpt as text with Pagefind's <mark>s, built as nodes (never parsed into this page as HTML).
  function excerpt(html) {
    var out = document.createElement("p");
    out.className = "site-search-excerpt";
    var parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function badge(data) {
    var state = (data.filters && data.filters.status && data.filters.status[0]) || "current";
    var span = document.createElement("span");
    span.className = "badge site-search-badge badge-" + state;
    var meta = data.meta || {};
    if (state === "upcoming") span.textContent = "Upcoming, from " + (meta.effective || "");
    else if (state === "archived") span.textContent = "Archived, " + (meta.updated || "");
    else span.textContent = "Current";
    return span;
  }

  function entry(data) {
    var item = document.createElement("li");
    item.className = "site-search-result";
    var head = document.createElement("p");
    head.className = "site-search-title";
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    head.appendChild(link);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(badge(data));
    item.appendChild(head);
    var sections = (data.sub_results || []).filter(function (s) { return s.anchor && s.anchor.id; }).slice(0, 3);
    if (!sections.length) {
      item.appendChild(excerpt(data.excerpt || ""));
      return item;
    }
    sections.forEach(function (section) {
      var heading = document.createElement("a");
      heading.className = "site-search-section";
      heading.href = section.url;
      heading.textContent = section.title;
      item.appendChild(heading);
      item.appendChild(excerpt(section.excerpt || ""));
    });
    return item;
  }

  function show(open) { panel.hidden = !open; }

  function run() {
    var query = input.value.trim();
    var mine = ++generation;
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      show(false);
      return;
    }
    show(true);
    var path = current();
    bundle(path).then(function (pagefind) {
      return pagefind.search(query);
    }).then(function (search) {
      return Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); })).then(function (data) {
        return { total: search.results.length, data: data };
      });
    }).then(function (found) {
      if (mine !== generation) return;
      list.textContent = "";
      found.data.forEach(function (data) { list.appendChild(entry(data)); });
      // Which query and bundle the panel shows (what a test waits for).
      panel.setAttribute("data-shown", path + " " + query);
      status.textContent = found.total === 0 ? "No results for “" + query + "”"
        : found.total + (found.total === 1 ? " result" : " results") + (found.total > 10 ? ", the first 10 shown" : "");
    }).catch(function () {
      if (mine === generation) status.textContent = "Search is not available right now.";
    });
  }

  function links() { return Array.prototype.slice.call(panel.querySelectorAll("a, input")); }

  function move(step) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0 && step < 0) return;
    var next = at + step;
    if (next < 0) input.focus();
    else if (next < all.length) all[next].focus();
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener("focus", function () { if (input.value.trim()) show(true); });
  if (archive) archive.addEventListener("change", run);

  box.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      if (!panel.hidden) {
        show(false);
        input.focus();
        e.preventDefault();
      }
    } else if (e.key === "ArrowDown") {
      if (panel.hidden && input.value.trim()) show(true);
      if (!panel.hidden) { move(1); e.preventDefault(); }
    } else if (e.key === "ArrowUp") {
      if (!panel.hidden && document.activeElement !== input) { move(-1); e.preventDefault(); }
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var target = e.target;
    var tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });

  document.addEventListener("click", function (e) { if (!box.contains(e.target)) show(false); });

  // The box appears once the default bundle has loaded.
  bundle(box.getAttribute("data-bundle")).then(function () { box.hidden = false; }, function () {});
})();
