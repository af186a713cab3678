// Suggests municipalities as the reader types in the finder. The server does the matching (æ/ø/å,
// Cyrillic, typos) through the API, so this only fetches and lists links.
// Progressive enhancement: without JavaScript the form sends the name and the server lists the matches.
(function () {
  var form = document.querySelector("form[data-suggest-from]");
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[name="sok"]');
  var list = form.querySelector(".municipality-suggestions");
  var lang = document.documentElement.lang;
  var timer;
  var latest = 0;

  function show(municipalities) {
    list.textContent = "";
    municipalities.slice(0, 8).forEach(function (municipality) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/" + lang + "/kommune/" + municipality.number;
      link.textContent = municipality.name;
      link.lang = "nb";
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = list.children.length === 0;
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query === "") return show([]);
    timer = setTimeout(function () {
      var asked = ++latest;
      fetch(form.getAttribute("data-suggest-from") + "?q=" + encodeURIComponent(query), { headers: { accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .then(function (municipalities) {
          // An older answer arriving late must not replace a newer one.
          if (asked === latest) show(municipalities);
        })
        .catch(function () {
          show([]);
        });
    }, 150);
  });
})();
