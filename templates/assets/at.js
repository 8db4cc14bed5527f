// The point-in-time page: picks the version in force on a date and goes to it. Without this script the form stays
// hidden and the list of in-force periods below it is the answer.
(function () {
  "use strict";
  var form = document.querySelector("form.at-form");
  if (!form) return;
  var input = form.querySelector("input[type=date]");
  var result = form.querySelector(".at-result");
  var periods = Array.prototype.slice.call(document.querySelectorAll(".in-force-periods li[data-from]"));
  form.hidden = false;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var day = input.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) { result.textContent = "Enter a date."; return; }
    if (day < form.getAttribute("data-first")) {
      result.textContent = "No version was in force on " + day + ": the first took effect on " + form.getAttribute("data-first-long") + ".";
      return;
    }
    for (var i = 0; i < periods.length; i++) {
      var from = periods[i].getAttribute("data-from"), until = periods[i].getAttribute("data-until");
      if (from && from <= day && (!until || day < until)) { window.location.href = periods[i].getAttribute("data-href"); return; }
    }
    result.textContent = "No version is in force on " + day + " yet.";
  });
})();
