// Province → commune narrowing on address forms. Without JavaScript the form's
// "show communes" button reloads the page with the province's communes instead.
(function () {
  "use strict";
  document.querySelectorAll("[data-province-commune]").forEach(function (box) {
    var province = box.querySelector("select[name$='province']");
    var commune = box.querySelector("select[name$='commune']");
    var refresh = box.querySelector("[data-communes-refresh]");
    if (!province || !commune) return;
    if (refresh) refresh.closest("p").hidden = true;
    var urlTemplate = commune.getAttribute("data-communes-url");
    var placeholder = document.createElement("option");
    placeholder.value = "";
    placeholder.textContent = commune.getAttribute("data-placeholder");

    province.addEventListener("change", function () {
      commune.length = 0;
      commune.appendChild(placeholder.cloneNode(true));
      if (!province.value) return;
      commune.disabled = true;
      fetch(urlTemplate.replace("/0/", "/" + encodeURIComponent(province.value) + "/"))
        .then(function (response) { return response.json(); })
        .then(function (data) {
          data.communes.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.code;
            option.textContent = item.name;
            commune.appendChild(option);
          });
        })
        .finally(function () { commune.disabled = false; });
    });
  });
})();
