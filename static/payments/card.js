/* The card page: Stripe's card Element, paid with stripe.confirmCardPayment.
   Data comes from data-* attributes of #card-pay-form; the server decides what the result
   means (the page reloads to show "paid" or a message the shopper can act on). */
(function () {
  "use strict";
  var form = document.getElementById("card-pay-form");
  if (!form) {
    return;
  }
  var errors = document.getElementById("card-errors");
  if (typeof window.Stripe !== "function") {
    errors.textContent = form.dataset.unavailableText;
    return;
  }
  var stripe = window.Stripe(form.dataset.publishableKey, { locale: form.dataset.locale || "vi" });
  var card = stripe.elements({ locale: form.dataset.locale || "vi" }).create("card", { hidePostalCode: true });
  var button = form.querySelector("button[type=submit]");
  var label = button.textContent;

  card.mount("#card-element");
  button.disabled = false;

  function busy(on) {
    button.disabled = on;
    button.textContent = on ? button.dataset.busyText : label;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    errors.textContent = "";
    busy(true);
    stripe
      .confirmCardPayment(form.dataset.clientSecret, { payment_method: { card: card } })
      .then(function (result) {
        if (result.error && result.error.type === "validation_error") {
          errors.textContent = result.error.message;
          busy(false);
          return;
        }
        window.location.assign(form.dataset.returnUrl);
      });
  });
})();
