// Keeps the ticked steps of "Min plan". A plan saved on "Min side" sits in a form that saves the
// ticks on the server; this script sends that form as soon as a box changes. Any other plan keeps
// its ticks on this device (localStorage), per plan address.
// Progressive enhancement: without JavaScript the checklist still works (the form has a button).
(function () {
  var boxes = document.querySelectorAll('input[type="checkbox"][name="ferdig"]');
  var serverForm = document.getElementById("plan-progress-form");
  var count = document.getElementById("plan-progress-count");
  // "Done: 2 of 12 steps", in the page's language: the server gives the sentence with {done} to fill.
  function showCount() {
    if (!count) return;
    var done = 0;
    boxes.forEach(function (box) {
      if (box.checked) done++;
    });
    count.textContent = count.getAttribute("data-template").replace("{done}", String(done));
  }
  boxes.forEach(function (box) {
    box.addEventListener("change", showCount);
  });
  if (serverForm) {
    // Ticks not yet sent (no network): kept here, shown again, and sent once the phone is online.
    var pendingKey = "velkomst-plan-progress-pending:" + serverForm.action;
    var forget = function () {
      try {
        localStorage.removeItem(pendingKey);
      } catch (error) {
        // Nothing was kept.
      }
    };
    var send = function () {
      var body = new URLSearchParams(new FormData(serverForm));
      try {
        localStorage.setItem(pendingKey, body.toString());
      } catch (error) {
        // Private browsing or a full store: the button at the end of the list still sends them.
      }
      fetch(serverForm.action, { method: "POST", body: body, credentials: "same-origin", redirect: "manual" })
        .then(function (response) {
          // Saved (a redirect), or refused for good (an expired form): either way nothing to resend.
          if (response.status < 500) forget();
        })
        .catch(function () {
          // Offline: sent when the phone is online again, or on the next visit.
        });
    };
    var pending = null;
    try {
      pending = localStorage.getItem(pendingKey);
    } catch (error) {
      pending = null;
    }
    if (pending) {
      var ticked = new URLSearchParams(pending).getAll("ferdig");
      boxes.forEach(function (box) {
        box.checked = ticked.indexOf(box.value) !== -1;
      });
      showCount();
      if (navigator.onLine) send();
    }
    window.addEventListener("online", function () {
      if (localStorage.getItem(pendingKey)) send();
    });
    boxes.forEach(function (box) {
      box.addEventListener("change", send);
    });
    return;
  }
  var key = "velkomst-plan-progress:" + location.pathname.replace(/^\/[a-z]{2}\//, "/") + location.search;
  var done = [];
  try {
    done = JSON.parse(localStorage.getItem(key) || "[]");
  } catch (error) {
    done = [];
  }
  boxes.forEach(function (box) {
    box.checked = done.indexOf(box.value) !== -1;
  });
  showCount();
  boxes.forEach(function (box) {
    box.addEventListener("change", function () {
      var ticked = [];
      boxes.forEach(function (other) {
        if (other.checked) ticked.push(other.value);
      });
      try {
        localStorage.setItem(key, JSON.stringify(ticked));
      } catch (error) {
        // Private browsing or a full store: the ticks last until the page is left.
      }
    });
  });
})();
