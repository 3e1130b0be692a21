// Oscar's dashboard image inputs: once the chosen picture shows, its "Upload Image" button hides;
// a file that is no image brings the button back, with a message. (Loaded by every empty image
// input: the listeners are set once.)
(function () {
  if (window.choHtxImageInput) {
    return;
  }
  window.choHtxImageInput = true;

  function uploadButton(image) {
    var container = image.closest(".image-input");
    return container && container.querySelector("button");
  }

  document.addEventListener(
    "load",
    function (event) {
      var image = event.target;
      if (image.matches && image.matches(".image-input img[data-error-message]")) {
        var button = uploadButton(image);
        if (button) {
          button.hidden = true;
        }
      }
    },
    true
  );
  document.addEventListener(
    "error",
    function (event) {
      var image = event.target;
      if (image.matches && image.matches(".image-input img[data-error-message]")) {
        var button = uploadButton(image);
        if (button) {
          button.hidden = false;
        }
        window.alert(image.dataset.errorMessage);
      }
    },
    true
  );
})();
