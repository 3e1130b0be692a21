/* Suggestions as you type for the header's search box (form.site-search[data-suggest-url]).

   An ARIA 1.2 combobox with a listbox popup: the text stays in the input while the arrow keys move
   through the suggestions (aria-activedescendant), Enter opens the active one, Escape closes the
   list (a second Escape clears the box), and a live region says how many suggestions there are.
   Requests are debounced, stale ones cancelled, answers cached. The server sends the labels
   already translated. Without JavaScript, or while the server has no suggestions, the form is a
   plain search. */
(function () {
    "use strict";

    var DELAY = 150;
    var MIN_LENGTH = 2;
    var STYLE = [
        ".suggest-list{position:absolute;z-index:50;top:100%;left:0;right:0;margin:4px 0 0;padding:6px 0;",
        "list-style:none;background:#fff;border:1px solid var(--line,#dde3df);border-radius:var(--radius-small,8px);",
        "box-shadow:0 8px 24px rgb(28 38 33/16%);max-height:70vh;overflow-y:auto}",
        ".suggest-list[hidden]{display:none}",
        ".suggest-list ul{list-style:none;margin:0;padding:0}",
        ".suggest-group{display:block;padding:8px 14px 2px;font-size:.75rem;font-weight:700;letter-spacing:.04em;",
        "text-transform:uppercase;color:var(--ink-muted,#5b6660)}",
        ".suggest-option{display:flex;flex-direction:column;padding:8px 14px;cursor:pointer;color:var(--ink,#1c2621)}",
        ".suggest-option__detail{font-size:.8125rem;color:var(--ink-muted,#5b6660)}",
        ".suggest-option[aria-selected=true],.suggest-option:hover{background:var(--accent-soft,#e7f2ec)}",
        ".suggest-option[aria-selected=true]{box-shadow:inset 3px 0 0 var(--accent,#0b6b47)}",
        ".suggest-option--search{font-weight:600;color:var(--accent,#0b6b47)}"
    ].join("");

    function addStyle() {
        var style = document.createElement("style");
        style.textContent = STYLE;
        document.head.appendChild(style);
    }

    function Suggest(form) {
        this.form = form;
        this.input = form.querySelector("input[name=q]");
        this.url = form.getAttribute("data-suggest-url");
        this.cache = new Map();
        this.options = [];
        this.active = -1;
        this.timer = null;
        this.request = null;
        this.build();
        this.listen();
    }

    Suggest.prototype.build = function () {
        var id = (this.input.id || "site-search-q") + "-suggestions";
        this.list = document.createElement("ul");
        this.list.id = id;
        this.list.className = "suggest-list";
        this.list.setAttribute("role", "listbox");
        if (this.input.labels && this.input.labels.length) {
            this.list.setAttribute("aria-label", this.input.labels[0].textContent.trim());
        }
        this.list.hidden = true;
        this.status = document.createElement("div");
        this.status.className = "visually-hidden";
        this.status.setAttribute("role", "status");
        this.form.appendChild(this.list);
        this.form.appendChild(this.status);
        this.input.setAttribute("role", "combobox");
        this.input.setAttribute("aria-autocomplete", "list");
        this.input.setAttribute("aria-expanded", "false");
        this.input.setAttribute("aria-controls", id);
        this.input.setAttribute("autocomplete", "off");
    };

    Suggest.prototype.listen = function () {
        var self = this;
        this.input.addEventListener("input", function () {
            clearTimeout(self.timer);
            self.timer = setTimeout(function () { self.fetch(); }, DELAY);
        });
        this.input.addEventListener("keydown", function (event) { self.keydown(event); });
        this.list.addEventListener("mousedown", function (event) {
            // Keep the focus in the input; follow the option on click.
            event.preventDefault();
        });
        this.list.addEventListener("click", function (event) {
            var option = event.target.closest("[role=option]");
            if (option) {
                self.follow(self.options.indexOf(option));
            }
        });
        this.form.addEventListener("focusout", function (event) {
            if (!self.form.contains(event.relatedTarget)) {
                self.close();
            }
        });
    };

    Suggest.prototype.fetch = function () {
        var self = this;
        var text = this.input.value.trim();
        if (text.length < MIN_LENGTH) {
            this.close();
            return;
        }
        if (this.cache.has(text)) {
            this.render(this.cache.get(text));
            return;
        }
        if (this.request) {
            this.request.abort();
        }
        this.request = new AbortController();
        fetch(this.url + "?" + new URLSearchParams({ q: text }), {
            headers: { Accept: "application/json" },
            signal: this.request.signal
        })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (data) {
                self.cache.set(text, data);
                if (self.input.value.trim() === text) {
                    self.render(data);
                }
            })
            .catch(function () {
                // Offline, aborted or failed: the form still searches on Enter.
            });
    };

    Suggest.prototype.render = function (data) {
        var self = this;
        this.list.textContent = "";
        this.options = [];
        this.highlight(-1);
        if (!data.groups.length) {
            this.close();
            this.status.textContent = data.status;
            return;
        }
        data.groups.forEach(function (group, groupIndex) {
            var item = document.createElement("li");
            item.setAttribute("role", "presentation");
            var heading = document.createElement("span");
            heading.className = "suggest-group";
            heading.id = self.list.id + "-g" + groupIndex;
            heading.setAttribute("role", "presentation");
            heading.textContent = group.label;
            var options = document.createElement("ul");
            options.setAttribute("role", "group");
            options.setAttribute("aria-labelledby", heading.id);
            group.items.forEach(function (suggestion) {
                options.appendChild(self.option(suggestion));
            });
            item.appendChild(heading);
            item.appendChild(options);
            self.list.appendChild(item);
        });
        var search = this.option(data.search);
        search.classList.add("suggest-option--search");
        this.list.appendChild(search);
        this.status.textContent = data.status;
        this.open();
    };

    Suggest.prototype.option = function (suggestion) {
        var option = document.createElement("li");
        option.id = this.list.id + "-o" + this.options.length;
        option.className = "suggest-option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", suggestion.url);
        var label = document.createElement("span");
        label.textContent = suggestion.label;
        option.appendChild(label);
        if (suggestion.detail) {
            var detail = document.createElement("span");
            detail.className = "suggest-option__detail";
            detail.textContent = suggestion.detail;
            option.appendChild(detail);
        }
        this.options.push(option);
        return option;
    };

    Suggest.prototype.open = function () {
        this.list.hidden = false;
        this.input.setAttribute("aria-expanded", "true");
    };

    Suggest.prototype.close = function () {
        this.list.hidden = true;
        this.input.setAttribute("aria-expanded", "false");
        this.highlight(-1);
    };

    Suggest.prototype.isOpen = function () {
        return !this.list.hidden;
    };

    Suggest.prototype.highlight = function (index) {
        if (this.active >= 0 && this.options[this.active]) {
            this.options[this.active].setAttribute("aria-selected", "false");
        }
        this.active = index;
        if (index < 0) {
            this.input.removeAttribute("aria-activedescendant");
            return;
        }
        var option = this.options[index];
        option.setAttribute("aria-selected", "true");
        option.scrollIntoView({ block: "nearest" });
        this.input.setAttribute("aria-activedescendant", option.id);
    };

    Suggest.prototype.move = function (step) {
        var count = this.options.length;
        if (!count) {
            return;
        }
        if (!this.isOpen()) {
            this.open();
        }
        var next = this.active + step;
        if (next < -1) {
            next = count - 1;
        } else if (next >= count) {
            next = -1;
        }
        this.highlight(next);
    };

    Suggest.prototype.follow = function (index) {
        var option = this.options[index];
        if (option) {
            window.location.assign(option.getAttribute("data-url"));
        }
    };

    Suggest.prototype.keydown = function (event) {
        switch (event.key) {
            case "ArrowDown":
                event.preventDefault();
                this.move(1);
                break;
            case "ArrowUp":
                event.preventDefault();
                this.move(-1);
                break;
            case "Enter":
                if (this.isOpen() && this.active >= 0) {
                    event.preventDefault();
                    this.follow(this.active);
                }
                break;
            case "Escape":
                if (this.isOpen()) {
                    event.preventDefault();
                    this.close();
                } else if (this.input.value) {
                    event.preventDefault();
                    this.input.value = "";
                }
                break;
            case "Tab":
                this.close();
                break;
        }
    };

    var forms = document.querySelectorAll("form.site-search[data-suggest-url]");
    if (!forms.length || !window.fetch || !window.AbortController) {
        return;
    }
    addStyle();
    Array.prototype.forEach.call(forms, function (form) {
        if (form.getAttribute("data-suggest-url") && form.querySelector("input[name=q]")) {
            new Suggest(form);
        }
    });
})();
