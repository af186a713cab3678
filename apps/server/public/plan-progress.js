// Keeps the ticked steps of "Min plan" on this device (localStorage), per plan address.
// Progressive enhancement: without JavaScript the checklist still works, it is just not remembered.
(function () {
  var key = "velkomst-plan-progress:" + location.pathname.replace(/^\/[a-z]{2}\//, "/") + location.search;
  var boxes = document.querySelectorAll('input[type="checkbox"][name="ferdig"]');
  var done = [];
  try {
    done = JSON.parse(localStorage.getItem(key) || "[]");
  } catch (error) {
    done = [];
  }
  boxes.forEach(function (box) {
    box.checked = done.indexOf(box.value) !== -1;
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
