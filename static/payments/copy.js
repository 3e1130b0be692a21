/* Copy buttons beside the bank transfer details (shown only when the clipboard can be used). */
(function () {
  "use strict";
  if (!navigator.clipboard) {
    return;
  }
  var status = document.querySelector(".vietqr__copied");
  document.querySelectorAll(".vietqr__copy").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        if (status) {
          status.textContent = status.dataset.copiedText + ": " + button.dataset.copy;
        }
      });
    });
  });
})();
