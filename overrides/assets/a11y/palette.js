/*
 * The colour-scheme switch: keyboard focus lands on the icon that is shown (issue 5; WCAG 2.4.7).
 */
(function () {
  "use strict";

  // Material follows the reader's system setting without checking the matching radio button, so Tab lands
  // on the first radio, whose icon is the hidden one in the dark scheme. Checking the radio of the scheme
  // on screen (no change event: nothing else happens) puts focus on the visible icon.
  var options = document.querySelectorAll('[data-md-component="palette"] .md-option');
  var shown = document.body.getAttribute("data-md-color-scheme");
  var anyChecked = Array.prototype.some.call(options, function (option) { return option.checked; });
  if (!anyChecked) {
    Array.prototype.forEach.call(options, function (option) {
      if (option.getAttribute("data-md-color-scheme") === shown) {
        option.checked = true;
      }
    });
  }
})();
