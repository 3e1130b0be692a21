// Cached pages carry their forms' CSRF field empty (data-csrf): before such a form is sent, the
// token goes in, from the CSRF cookie, or asked from the site when the visitor has none yet.
(function () {
  "use strict";
  var script = document.currentScript;
  var cookieName = script.dataset.cookie;
  var tokenUrl = script.dataset.url;

  function cookieToken() {
    var prefix = cookieName + "=";
    var found = document.cookie.split("; ").filter(function (part) {
      return part.indexOf(prefix) === 0;
    })[0];
    return found ? decodeURIComponent(found.slice(prefix.length)) : "";
  }

  function fill(form, token) {
    form.querySelectorAll("input[data-csrf]").forEach(function (field) {
      field.value = token;
    });
  }

  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      var field = form.querySelector("input[data-csrf]");
      if (!field || field.value) {
        return;
      }
      var token = cookieToken();
      if (token) {
        fill(form, token);
        return;
      }
      event.preventDefault();
      var submitter = event.submitter;
      fetch(tokenUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          fill(form, data.token);
          if (form.requestSubmit) {
            form.requestSubmit(submitter);
          } else {
            form.submit();
          }
        });
    },
    true
  );
})();
