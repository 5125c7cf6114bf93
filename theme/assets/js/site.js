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

  // Chinese is indexed character by character (each Han character a word at its own position), so a
  // Chinese query is searched as a phrase of its characters: it finds the pages that contain it as
  // written, not those that merely contain its characters somewhere. Pagefind searches one phrase and
  // gives punctuation a position of its own, so of a query in several parts (spaces, punctuation) the
  // longest part is searched.
  var HAN = /\p{Script=Han}/u;
  function chinesePhrase(term) {
    if (!HAN.test(term)) return term;
    var longest = term.split(/[\s\p{P}\p{S}]+/u).reduce(function (a, b) { return b.length > a.length ? b : a; }, "");
    return "\"" + longest.replace(/\p{Script=Han}/gu, " $& ").replace(/\s+/g, " ").trim() + "\"";
  }

  // Pagefind marks Chinese word boundaries with zero-width spaces; titles and headings are shown without them.
  function withoutBoundaries(text) { return typeof text === "string" ? text.replace(/\u200b/g, "") : text; }

  // Search: Pagefind's UI, loaded from /pagefind/ when the build produced an index. The index is split
  // into shards (pagefind/shards.json names each language's): Pagefind searches the first and merges
  // the others (mergeIndex), so one box searches them all with one ranked list. The merges are started
  // together, before the UI asks for its first search, rather than one after another by the UI.
  function startSearch(container) {
    var lang = container.getAttribute("data-search-lang");
    // Excerpts of about a line: twelve words, or in Chinese (a word per character) thirty characters.
    var excerptLength = lang === "zh" ? 30 : 12;
    function unavailable() {
      var note = container.querySelector(".search-unavailable");
      if (note) note.hidden = false;
    }
    var shards = fetch("/pagefind/shards.json", { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (manifest) { return manifest[lang] || []; });
    var script = document.createElement("script");
    script.src = "/pagefind/pagefind-ui.js";
    var loaded = new Promise(function (resolve, reject) { script.onload = resolve; script.onerror = reject; });
    document.head.appendChild(script);
    Promise.all([shards, loaded]).then(function (done) {
      var names = done[0];
      if (!names.length) { unavailable(); return; }
      return import("/pagefind/pagefind.js").then(function (pagefind) {
        // init() makes the instance with these options now: the UI's own options() would otherwise replace them.
        return pagefind.options({ basePath: "/pagefind/" + names[0] + "/", excerptLength: excerptLength }).then(pagefind.init).then(function () {
          names.slice(1).forEach(function (name) {
            pagefind.mergeIndex("/pagefind/" + name + "/", { excerptLength: excerptLength }).catch(function (e) { console.error(e); });
          });
          show(lang);
        });
      });
    }).catch(unavailable);

    function show(lang) {
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
        excerptLength: excerptLength,
        translations: translations,
        showEmptyFilters: false,
        processTerm: lang === "zh" ? chinesePhrase : undefined,
        // Pagefind gives every page that contains a phrase the same score: Chinese results come newest first.
        sort: lang === "zh" ? { date: "desc" } : null,
        // Result metadata as labelled tags in the page's language ("Published: July 7, 2025"), not run into the text.
        processResult: function (result) {
          var meta = {};
          Object.keys(result.meta || {}).forEach(function (key) {
            var value = withoutBoundaries(result.meta[key]);
            if (key === "title" || key === "image" || key === "image_alt") meta[key] = value;
            else if (labels[key]) meta[labels[key]] = value;
          });
          result.meta = meta;
          (result.sub_results || []).forEach(function (sub) { sub.title = withoutBoundaries(sub.title); });
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
    }
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
