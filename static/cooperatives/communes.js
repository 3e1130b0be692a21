// Narrows a commune select to the communes of the chosen province.
// The province select carries data-communes-url (with 0 for the province code) and
// data-communes-target (the id of the commune select).
(function () {
  "use strict";

  function narrow(province) {
    var target = document.getElementById(province.dataset.communesTarget);
    if (!target || !province.value) {
      return;
    }
    var url = province.dataset.communesUrl.replace("/0/", "/" + province.value + "/");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(function (data) {
        var chosen = target.value;
        var first = target.querySelector("option[value='']");
        target.replaceChildren();
        if (first) {
          target.appendChild(first);
        }
        data.communes.forEach(function (commune) {
          var option = document.createElement("option");
          option.value = String(commune.code);
          option.textContent = commune.name;
          option.selected = option.value === chosen;
          target.appendChild(option);
        });
      })
      .catch(function () {
        // Keep the full list: the server checks the commune against the province anyway.
      });
  }

  document.querySelectorAll("select[data-communes-url]").forEach(function (province) {
    province.addEventListener("change", function () {
      narrow(province);
    });
  });
})();
