/* Search, browse and category pages, improved when JavaScript runs (they work without it):
   - choosing a sort order applies it at once (the "Sort" button is for pages without JS);
   - on a phone the filters start folded, so the products come first. */
(function () {
    "use strict";

    document.documentElement.classList.add("js-search");

    var sort = document.getElementById("search-sort");
    if (sort && sort.form) {
        sort.addEventListener("change", function () {
            sort.form.submit();
        });
    }

    var filters = document.querySelector(".search-filters");
    if (filters && window.matchMedia("(max-width: 767px)").matches) {
        filters.open = false;
    }
})();
