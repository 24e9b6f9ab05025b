// The search page: Pagefind's UI, started with the query from ?q= so that the
// search box on every page lands on results. The site's base URL comes from a
// data attribute (Pagefind finds its bundle next to its own script), so the
// site works under a sub-path.
(function () {
  "use strict";
  var container = document.getElementById("search");
  if (!container) {
    return;
  }
  if (typeof PagefindUI === "undefined") {
    // The site was built without its search index (or it failed to load).
    container.textContent = "Search is not available on this copy of the archive.";
    return;
  }
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: container.dataset.baseUrl || "/",
    showSubResults: false,
    showImages: false,
    pageSize: 10,
    autofocus: true,
    processTerm: function (term) {
      var params = new URLSearchParams(window.location.search);
      if (term) {
        params.set("q", term);
      } else {
        params.delete("q");
      }
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      return term;
    },
  });
  // Pagefind labels its box with a title only; give it a name screen readers announce.
  var input = container.querySelector("input");
  if (input) {
    input.setAttribute("aria-label", "Search the archive's articles");
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
  var headerBox = document.getElementById("site-search");
  if (headerBox && query) {
    headerBox.value = query;
  }
})();
