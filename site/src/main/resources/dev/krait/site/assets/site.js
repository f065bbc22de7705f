// Krait compatibility site: sorting and filtering of the tables, nothing else. No libraries.
"use strict";
(function () {
  function cellKey(row, index, numeric) {
    var cell = row.cells[index];
    if (!cell) return numeric ? -Infinity : "";
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
    if (!numeric) return raw.toLowerCase();
    var n = parseFloat(raw);
    return isNaN(n) ? -Infinity : n;
  }

  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "num";
    var descending = th.classList.contains("asc") ? true
        : th.classList.contains("desc") ? false : numeric;
    Array.prototype.forEach.call(th.parentNode.children, function (h) {
      h.classList.remove("asc", "desc");
    });
    th.classList.add(descending ? "desc" : "asc");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellKey(a, index, numeric), y = cellKey(b, index, numeric);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function applyFilters(table) {
    var text = document.querySelector('[data-filter="' + table.id + '"]');
    var needle = text ? text.value.trim().toLowerCase() : "";
    var columns = document.querySelectorAll('[data-filter-column="' + table.id + '"]');
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var ok = !needle || row.textContent.toLowerCase().indexOf(needle) >= 0;
      Array.prototype.forEach.call(columns, function (select) {
        var cell = row.cells[parseInt(select.getAttribute("data-column"), 10)];
        if (ok && select.value && (!cell || cell.textContent.trim() !== select.value)) ok = false;
      });
      row.hidden = !ok;
      if (ok) shown++;
    });
    var count = document.querySelector('[data-count-for="' + table.id + '"]');
    if (count) count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th) {
      th.addEventListener("click", function () { sortBy(table, th); });
    });
  });
  document.querySelectorAll("[data-filter], [data-filter-column]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter") || input.getAttribute("data-filter-column"));
    if (!table) return;
    input.addEventListener("input", function () { applyFilters(table); });
    input.addEventListener("change", function () { applyFilters(table); });
    applyFilters(table);
  });
})();
