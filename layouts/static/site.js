// Every page: "/" puts the cursor in the search box; a mention of a name shows
// its hover card (name, type, description) on mouse hover and on keyboard
// focus, and Escape hides it. The cards are in the page already (role=tooltip,
// pointed at by each mention's aria-describedby); this only shows and places them.
(function () {
  "use strict";

  function typing(element) {
    var tag = element && element.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (element && element.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(document.activeElement)) {
      return;
    }
    var box = document.getElementById("search-input") || document.getElementById("site-search");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  var shown = null;

  function hide() {
    if (shown) {
      shown.card.hidden = true;
      shown = null;
    }
  }

  function show(mention) {
    var card = document.getElementById(mention.getAttribute("aria-describedby"));
    if (!card) {
      return;
    }
    if (shown && shown.card === card && shown.mention === mention) {
      return;
    }
    hide();
    card.hidden = false;
    var box = mention.getBoundingClientRect();
    var width = card.offsetWidth;
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    card.style.left = left + "px";
    card.style.top = box.bottom + window.scrollY + 6 + "px";
    shown = { card: card, mention: mention };
  }

  function mentionOf(target) {
    return target && target.closest ? target.closest(".mention[aria-describedby]") : null;
  }

  // The pointer may cross the gap between a mention and its card (to read or
  // select the card's text) without the card going: it leaves after a moment.
  var leaving = null;
  var LEAVE_DELAY_MS = 300;

  document.addEventListener("mouseover", function (event) {
    var mention = mentionOf(event.target);
    var onCard = event.target.closest && event.target.closest(".hover-card");
    if (mention || onCard) {
      clearTimeout(leaving);
      leaving = null;
      if (mention) {
        show(mention);
      }
    } else if (shown && !leaving && !shown.mention.contains(document.activeElement)) {
      leaving = setTimeout(function () {
        leaving = null;
        hide();
      }, LEAVE_DELAY_MS);
    }
  });
  document.addEventListener("focusin", function (event) {
    var mention = mentionOf(event.target);
    if (mention) {
      show(mention);
    } else {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shown) {
      hide();
    }
  });
})();
