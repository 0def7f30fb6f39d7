/* Episode page: filter findings by severity and family, click a finding to bring its line into
   view and highlight its spans, j/k to step through the shown findings, click a line marker to
   select that line's first finding. Works from file:// with no network. */
(function () {
  "use strict";
  var list = document.getElementById("flist");
  var code = document.getElementById("code");
  var help = document.getElementById("help");
  var items = list ? Array.prototype.slice.call(list.children) : [];
  var cur = -1;
  var KEY = "audit.episode.filters.v1";

  function visible() { return items.filter(function (li) { return !li.hidden; }); }

  function clearMarks() {
    if (!code) return;
    Array.prototype.forEach.call(code.querySelectorAll(".cur"), function (el) { el.classList.remove("cur"); });
    items.forEach(function (li) { li.classList.remove("cur"); });
  }

  function select(li, scrollList) {
    clearMarks();
    var id = li.getAttribute("data-f");
    cur = items.indexOf(li);
    li.classList.add("cur");
    if (scrollList) li.scrollIntoView({ block: "nearest" });
    var line = document.getElementById("L" + li.getAttribute("data-line"));
    if (code) {
      Array.prototype.forEach.call(code.querySelectorAll("mark[data-f]"), function (m) {
        if ((" " + m.getAttribute("data-f") + " ").indexOf(" " + id + " ") >= 0) m.classList.add("cur");
      });
    }
    if (line) {
      line.classList.add("cur");
      line.scrollIntoView({ block: "center" });
      if (history.replaceState) history.replaceState(null, "", "#L" + li.getAttribute("data-line"));
    }
  }

  function step(d) {
    var vis = visible();
    if (!vis.length) return;
    var at = vis.indexOf(items[cur]);
    var next = at < 0 ? (d > 0 ? 0 : vis.length - 1) : Math.min(vis.length - 1, Math.max(0, at + d));
    select(vis[next], true);
  }

  items.forEach(function (li) {
    li.addEventListener("click", function (e) {
      if (e.target.closest("a") && !e.target.closest("a.loc")) return;  // other links behave as links
      e.preventDefault();
      select(li, false);
    });
  });

  if (code) code.addEventListener("click", function (e) {
    var mk = e.target.closest(".mk, mark");
    if (!mk) return;
    var ids = (mk.getAttribute("data-f") || mk.parentNode.getAttribute("data-f") || "").split(" ");
    var li = document.getElementById("f" + ids[0]);
    if (li) select(li, true);
  });

  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[type=checkbox]"));
  function applyFilters() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.name + ":" + b.value] = true; });
    var n = 0;
    items.forEach(function (li) {
      var hide = !!(off["sev:" + li.getAttribute("data-sev")] || off["fam:" + li.getAttribute("data-fam")]);
      if (li.hidden !== hide) li.hidden = hide;
      if (!hide) n++;
    });
    var shown = document.getElementById("shown");
    if (shown) shown.textContent = n;
    try { localStorage.setItem(KEY, JSON.stringify(Object.keys(off))); } catch (e) { /* ignore */ }
  }
  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || "[]");
    boxes.forEach(function (b) { if (saved.indexOf(b.name + ":" + b.value) >= 0) b.checked = false; });
  } catch (e) { /* ignore */ }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });
  if (boxes.length) applyFilters();

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (e.key === "j") { step(1); e.preventDefault(); }
    else if (e.key === "k") { step(-1); e.preventDefault(); }
    else if (e.key === "?") { if (help) help.hidden = !help.hidden; }
    else if (e.key === "Escape") { clearMarks(); cur = -1; if (help) help.hidden = true; }
  });
})();
