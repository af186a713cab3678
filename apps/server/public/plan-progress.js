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
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        fetch(serverForm.action, {
          method: "POST",
          body: new URLSearchParams(new FormData(serverForm)),
          credentials: "same-origin",
          redirect: "manual",
        }).catch(function () {
          // Offline: the button at the end of the list still sends the ticks later.
        });
      });
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
