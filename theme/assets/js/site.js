// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Sortable tables: header cells become buttons; aria-sort tells assistive technology the order.
  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    if (!cell) return numeric ? 0 : "";
    var raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent.trim();
    if (numeric) {
      var n = parseFloat(raw.replace(/[^0-9.+-]/g, ""));
      return isNaN(n) ? -Infinity : n;
    }
    return raw;
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    var lang = document.documentElement.lang || "en";
    var collator = new Intl.Collator(lang, { numeric: true });
    headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "number";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          var order = numeric ? x - y : collator.compare(x, y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // On phones the filter panel starts folded, so the results are above the fold.
  function foldFiltersOnPhones(container) {
    if (!window.matchMedia("(max-width: 40rem)").matches) return;
    var observer = new MutationObserver(function () {
      container.querySelectorAll("details.pagefind-ui__filter-block:not([data-folded])").forEach(function (block) {
        block.setAttribute("data-folded", "");
        block.open = false;
      });
    });
    observer.observe(container, { childList: true, subtree: true });
  }

  // Filter names come from the index ("district"); readers see them in the page's language.
  function nameFilters(container) {
    var label = container.getAttribute("data-filter-label");
    var observer = new MutationObserver(function () {
      container.querySelectorAll(".pagefind-ui__filter-name, .pagefind-ui__filter-group-label").forEach(function (el) {
        if (el.textContent.trim().toLowerCase() === "district" && el.textContent !== label) el.textContent = label;
      });
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
  }

  // Search: Pagefind's UI, loaded from /pagefind/ when the build produced an index.
  function startSearch(container) {
    var script = document.createElement("script");
    script.src = "/pagefind/pagefind-ui.js";
    script.onload = function () {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/pagefind/pagefind-ui.css";
      document.head.appendChild(css);
      /* global PagefindUI */
      var translations = {};
      try { translations = JSON.parse(container.getAttribute("data-translations") || "{}"); } catch (e) { translations = {}; }
      var labels = { date: container.getAttribute("data-label-published"), district: container.getAttribute("data-label-district") };
      new PagefindUI({
        element: "#search", showSubResults: true, showImages: false, resetStyles: false,
        translations: translations,
        showEmptyFilters: false,
        // Result metadata as labelled tags in the page's language ("Published: July 7, 2025"), not run into the text.
        processResult: function (result) {
          var meta = {};
          Object.keys(result.meta || {}).forEach(function (key) {
            if (key === "title" || key === "image" || key === "image_alt") meta[key] = result.meta[key];
            else if (labels[key]) meta[labels[key]] = result.meta[key];
          });
          result.meta = meta;
          return result;
        }
      });
      foldFiltersOnPhones(container);
      nameFilters(container);
      var input = container.querySelector("input");
      if (input && translations.search_label) input.setAttribute("aria-label", translations.search_label);
      var query = new URLSearchParams(window.location.search).get("q");
      if (input && query) {
        input.value = query;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    };
    script.onerror = function () {
      var note = container.querySelector(".search-unavailable");
      if (note) note.hidden = false;
    };
    document.head.appendChild(script);
  }

  // Wide tables say that they scroll only while they do: "fits" hides the hint when all columns show.
  function watchScroll(box) {
    function update() {
      var fits = box.scrollWidth <= box.clientWidth + 1;
      box.classList.toggle("fits", fits);
      box.classList.toggle("overflows", !fits);
    }
    update();
    window.addEventListener("resize", update);
  }

  // The table of contents starts open on wide screens and folded on phones, at the top of the article.
  function openContents() {
    var toc = document.querySelector(".toc-details");
    if (toc && window.matchMedia("(min-width: 60rem)").matches) toc.open = true;
    document.querySelectorAll('.back-to-contents a').forEach(function (a) {
      a.addEventListener("click", function () { if (toc) toc.open = true; });
    });
  }

  function init() {
    document.querySelectorAll("table.sortable").forEach(makeSortable);
    document.querySelectorAll(".table-scroll.wide").forEach(watchScroll);
    openContents();
    var search = document.getElementById("search");
    if (search) startSearch(search);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
