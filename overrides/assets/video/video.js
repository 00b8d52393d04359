/* Videos (hooks/video.py): nothing from the provider is loaded until the reader presses play.
 *
 * Without this script the page shows the video's title, description and a plain "Watch on YouTube"
 * link. The script shows the local placeholder and its play button (a real <button> named
 * "Play video: <title>"); pressing it puts the privacy-enhanced player (the figure's data-ic-video-embed,
 * written and checked at build time: youtube-nocookie, captions on) in the placeholder's place, with a
 * title naming the video, and moves focus into it so the keyboard reader lands on the player.
 */
(function () {
  "use strict";

  var EMBED = "https://www.youtube-nocookie.com/embed/";

  ic.modules("video", function (root, strings) {
    var stage = root.querySelector(".ic-video__stage");
    var button = root.querySelector(".ic-video__play");
    var embed = root.getAttribute("data-ic-video-embed") || "";
    if (!stage || !button || embed.indexOf(EMBED) !== 0) return;
    stage.hidden = false;
    button.addEventListener("click", function () {
      var title = root.querySelector(".ic-video__title");
      var frame = document.createElement("iframe");
      frame.className = "ic-video__frame";
      frame.title = ic.format(strings.frameTitle, { title: title ? title.textContent.trim() : "" });
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.setAttribute("allowfullscreen", "");
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.src = embed;
      stage.replaceChild(frame, button);
      frame.focus();
    });
  });
})();
