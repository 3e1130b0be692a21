/*
 * Starts what Wagtail's admin widgets and panels would start with an inline <script>, which the
 * Content-Security-Policy forbids: they render
 *   <span hidden data-controller="cms-init" data-cms-init-name-value="ImageChooser"
 *         data-cms-init-id-value="id_image" data-cms-init-options-value="{...}"></span>
 * instead, and this Stimulus controller (on Wagtail's own Stimulus application) calls
 * `new ImageChooser("id_image", {...})` once the element is in the page, then removes it, so a
 * widget moved in the page (a reordered inline form) is not started twice. Elements cloned later
 * from a <template> (a new inline form, a dialog) start the same way.
 */
(() => {
  // The initialisers a widget may name, and whether each is a class or a plain function.
  const INITIALISERS = {
    Chooser: "class",
    PageChooser: "class",
    ImageChooser: "class",
    DocumentChooser: "class",
    SnippetChooser: "class",
    InlinePanel: "class",
    MultipleChooserPanel: "class",
    initDateChooser: "function",
    initTimeChooser: "function",
    initDateTimeChooser: "function",
  };

  class InitController extends window.StimulusModule.Controller {
    static values = { name: String, id: String, options: Object };

    connect() {
      const kind = INITIALISERS[this.nameValue];
      if (!kind) {
        throw new Error(`cms-init: unknown initialiser "${this.nameValue}"`);
      }
      const initialiser = window[this.nameValue];
      const args = this.hasIdValue
        ? [this.idValue, this.optionsValue]
        : [this.optionsValue];
      this.element.remove();
      if (kind === "class") {
        new initialiser(...args);
      } else {
        initialiser(...args);
      }
    }
  }

  window.wagtail.app.register("cms-init", InitController);
})();
