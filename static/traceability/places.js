// Province → commune: when the province changes, list only its communes.
(function () {
    "use strict";
    document.querySelectorAll("form[data-communes-url]").forEach(function (form) {
        var province = form.querySelector("select[name$='province']");
        var commune = form.querySelector("select[name$='commune']");
        if (!province || !commune) {
            return;
        }
        var template = form.getAttribute("data-communes-url");
        var narrow = function () {
            commune.length = 1;
            if (!province.value) {
                return;
            }
            fetch(template.replace("/0/", "/" + province.value + "/"))
                .then(function (response) { return response.json(); })
                .then(function (data) {
                    data.communes.forEach(function (item) {
                        commune.add(new Option(item.name, item.code));
                    });
                });
        };
        // The dashboard dresses selects with select2, which announces changes through jQuery.
        if (window.jQuery) {
            window.jQuery(province).on("change", narrow);
        } else {
            province.addEventListener("change", narrow);
        }
    });
})();
