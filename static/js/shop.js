/* What Bootstrap's bundle and Oscar's ui.js did on storefront pages, without jQuery. Every page
   works without it: menus then show their items inline, forms post as usual.
   - dropdown menus ([data-toggle="dropdown"], Oscar's wish-list and address-book menus);
   - dialogs ([data-toggle="modal"]: the checkout's flat pages) and dismissible alerts;
   - buttons with data-loading-text show it and lock once their form is sent, so an order or a
     payment is not sent twice; forms with data-behaviours="lock" are sent once;
   - Oscar's stock pages: the notification inbox's archive/delete links, the checkout gateway's
     password field, star ratings on the review form and copying a shared wish list's link. */
(function () {
    "use strict";

    function on(type, selector, handler) {
        document.addEventListener(type, function (event) {
            var target = event.target.closest && event.target.closest(selector);
            if (target) {
                handler(event, target);
            }
        });
    }

    function menuOf(toggle) {
        return toggle.parentElement.querySelector(".dropdown-menu");
    }

    function closeMenus(except) {
        document.querySelectorAll("[data-toggle='dropdown'][aria-expanded='true']").forEach(function (toggle) {
            if (toggle !== except) {
                toggle.setAttribute("aria-expanded", "false");
                menuOf(toggle).classList.remove("show");
            }
        });
    }

    document.querySelectorAll("[data-toggle='dropdown']").forEach(function (toggle) {
        toggle.setAttribute("aria-haspopup", "true");
        toggle.setAttribute("aria-expanded", "false");
    });
    on("click", "[data-toggle='dropdown']", function (event, toggle) {
        event.preventDefault();
        var open = toggle.getAttribute("aria-expanded") !== "true";
        closeMenus(toggle);
        toggle.setAttribute("aria-expanded", String(open));
        menuOf(toggle).classList.toggle("show", open);
    });
    document.addEventListener("click", function (event) {
        if (!event.target.closest(".dropdown-menu, [data-toggle='dropdown']")) {
            closeMenus(null);
        }
    });

    function modalClose(modal) {
        modal.classList.remove("show");
        modal.setAttribute("aria-hidden", "true");
        if (modal.opener) {
            modal.opener.focus();
        }
    }
    on("click", "[data-toggle='modal']", function (event, link) {
        var modal = document.querySelector(link.getAttribute("data-target") || link.getAttribute("href"));
        if (modal) {
            event.preventDefault();
            modal.opener = link;
            modal.classList.add("show");
            modal.setAttribute("aria-hidden", "false");
            modal.setAttribute("role", "dialog");
            modal.setAttribute("aria-modal", "true");
            modal.focus();
        }
    });
    on("click", ".modal", function (event, modal) {
        if (event.target === modal || event.target.closest("[data-dismiss='modal']")) {
            modalClose(modal);
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            closeMenus(null);
            document.querySelectorAll(".modal.show").forEach(modalClose);
        }
    });

    on("click", "[data-dismiss='alert']", function (event, button) {
        event.preventDefault();
        button.closest(".alert").remove();
    });

    on("click", "[data-loading-text]", function (event, button) {
        var form = button.form || button.closest("form");
        if (form && !form.checkValidity()) {
            return;
        }
        // After this turn of the event loop, so the click still sends the button's name and value.
        window.setTimeout(function () {
            button.textContent = button.getAttribute("data-loading-text");
            button.disabled = true;
            button.classList.add("disabled");
        });
    });
    on("submit", "form[data-behaviours~='lock']", function (event, form) {
        if (form.dataset.locked) {
            event.preventDefault();
        }
        form.dataset.locked = "true";
    });

    on("click", "a[data-behaviours~='archive'], a[data-behaviours~='delete']", function (event, link) {
        event.preventDefault();
        var action = link.getAttribute("data-behaviours").indexOf("archive") > -1 ? "archive" : "delete";
        link.closest("tr").querySelector("input[type='checkbox']").checked = true;
        link.closest("form").querySelector("button[value='" + action + "']").click();
    });

    var password = document.getElementById("id_password");
    function gatewayChoice() {
        var chosen = document.querySelector("form input[name='options']:checked");
        password.disabled = chosen !== null && (chosen.value === "anonymous" || chosen.value === "new");
    }
    if (password && document.querySelector("form input[name='options']")) {
        gatewayChoice();
        on("change", "form input[name='options']", gatewayChoice);
    }

    var ratings = ["One", "Two", "Three", "Four", "Five"];
    on("click", ".reviewrating .star-rating i", function (event, star) {
        var stars = star.parentElement;
        var index = Array.prototype.indexOf.call(stars.children, star);
        stars.classList.remove.apply(stars.classList, ratings);
        stars.classList.add(ratings[index]);
        star.closest(".reviewrating").querySelector("select").value = String(index + 1);
    });

    on("click", ".clipboard-item", function (event, link) {
        event.preventDefault();
        navigator.clipboard.writeText(link.href);
    });
})();
