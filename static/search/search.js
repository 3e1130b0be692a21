/* Search, browse and category pages, improved when JavaScript runs (they work without it):
   choosing a sort order applies it at once (the "Sort" button is for pages without JS). The
   filters fold on a phone in oscar/search/partials/facets.html, as the page is parsed. */
(function () {
    "use strict";

    document.documentElement.classList.add("js-search");

    var sort = document.getElementById("search-sort");
    if (sort && sort.form) {
        sort.addEventListener("change", function () {
            sort.form.submit();
        });
    }
})();
