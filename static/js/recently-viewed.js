// The products a shopper viewed last, kept in this browser (localStorage) instead of a cookie, so
// that a product page is the same for every visitor and caches may share it. On a product page
// ([data-recently-viewed]): shows the cards of the last ones viewed before it (asked from
// data-url), then puts this one first.
(function () {
    "use strict";
    var box = document.querySelector("[data-recently-viewed]");
    if (!box) {
        return;
    }
    var key = "recentlyViewed";
    var kept = 20;
    var shown = 5;
    var current = Number(box.dataset.product);
    var ids = [];
    try {
        ids = JSON.parse(window.localStorage.getItem(key)) || [];
    } catch (error) {
        ids = [];
    }
    if (!Array.isArray(ids)) {
        ids = [];
    }
    ids = ids.filter(function (id) {
        return Number.isInteger(id) && id > 0 && id !== current;
    });
    try {
        window.localStorage.setItem(key, JSON.stringify([current].concat(ids).slice(0, kept)));
    } catch (error) {
        // Storage full or switched off: nothing is remembered.
    }
    if (!ids.length) {
        return;
    }
    fetch(box.dataset.url + "?ids=" + ids.slice(0, shown).join(","), { credentials: "same-origin" })
        .then(function (response) {
            return response.ok ? response.text() : "";
        })
        .then(function (html) {
            box.innerHTML = html;
        });
})();
