/* Index of the audit report: sort by any column, filter by text, severity and family.
   Rows are server-rendered; their data is embedded once as JSON (#rows) in the same order.
   Sorting sorts an array of indexes and re-appends the rows in one DocumentFragment; filtering
   only toggles `hidden`; neither reads layout, so 1,000 rows take a few milliseconds.
   The state is kept in localStorage, as coverage.py does. */
(function () {
  "use strict";
  var KEY = "audit.index.v1";
  var data = JSON.parse(document.getElementById("rows").textContent);
  var table = document.getElementById("episodes");
  var tbody = table.tBodies[0];
  var trs = Array.prototype.slice.call(tbody.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var q = document.getElementById("q"), sev = document.getElementById("sev"), fam = document.getElementById("fam");
  var shown = document.getElementById("shown"), none = document.getElementById("none");
  var hay = data.map(function (r) { return (r[0] + "\n" + r[1] + "\n" + r[2] + "\n" + r[7].join(" ")).toLowerCase(); });
  var state = { q: "", sev: "", fam: "", col: -1, dir: 1 };
  try { Object.assign(state, JSON.parse(localStorage.getItem(KEY) || "{}")); } catch (e) { /* file:// without storage */ }

  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ } }

  function keep(i) {
    var r = data[i];
    if (state.q && hay[i].indexOf(state.q.toLowerCase()) < 0) return false;
    if (state.sev === "error" && !r[3]) return false;
    if (state.sev === "warning" && !r[4]) return false;
    if (state.sev === "info" && !r[5]) return false;
    if (state.sev === "clean" && (r[6] || r[8])) return false;
    if (state.fam && r[7].indexOf(state.fam) < 0) return false;
    return true;
  }

  function filter() {
    var n = 0;
    for (var i = 0; i < trs.length; i++) {
      var ok = keep(i);
      if (trs[i].hidden === ok) trs[i].hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = n + " of " + trs.length;
    none.hidden = n > 0;
  }

  function sort() {
    heads.forEach(function (th) { th.removeAttribute("aria-sort"); });
    var col = state.col, dir = state.dir;
    var order = data.map(function (_, i) { return i; });
    if (col >= 0 && col < heads.length) {
      heads[col].setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      var numeric = heads[col].getAttribute("data-type") === "n";
      var key = data.map(function (r) {
        var v = r[col];
        if (Array.isArray(v)) v = v.join(" ");
        return numeric ? Number(v) || 0 : String(v).toLowerCase();
      });
      order.sort(function (a, b) {
        var x = key[a], y = key[b];
        if (x < y) return -dir;
        if (x > y) return dir;
        return a - b;  // stable: file order
      });
    }
    var frag = document.createDocumentFragment();
    for (var i = 0; i < order.length; i++) frag.appendChild(trs[order[i]]);
    tbody.appendChild(frag);
  }

  heads.forEach(function (th, i) {
    th.tabIndex = 0;
    function go() {
      if (state.col === i) state.dir = -state.dir;
      else { state.col = i; state.dir = th.getAttribute("data-type") === "n" ? -1 : 1; }
      sort(); save();
    }
    th.addEventListener("click", go);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
  });
  q.addEventListener("input", function () { state.q = q.value; filter(); save(); });
  sev.addEventListener("change", function () { state.sev = sev.value; filter(); save(); });
  fam.addEventListener("change", function () { state.fam = fam.value; filter(); save(); });
  var familyChart = document.getElementById("chart-family");
  if (familyChart) familyChart.addEventListener("click", function (e) {
    var g = e.target.closest ? e.target.closest(".bar") : null;
    if (!g) return;
    var k = g.getAttribute("data-key");
    state.fam = state.fam === k ? "" : k;
    fam.value = state.fam; filter(); save();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== q) { e.preventDefault(); q.focus(); }
  });

  q.value = state.q;
  if (!Array.prototype.some.call(sev.options, function (o) { return o.value === state.sev; })) state.sev = "";
  if (!Array.prototype.some.call(fam.options, function (o) { return o.value === state.fam; })) state.fam = "";
  sev.value = state.sev; fam.value = state.fam;
  filter();
  if (state.col >= 0) sort();
})();
