// A form that starts long work (a settlement run) says it is working and is not sent twice.
// Without JavaScript the form still works; it only lacks this notice.
for (const form of document.querySelectorAll("form[data-busy-text]")) {
  form.addEventListener("submit", (event) => {
    if (form.getAttribute("aria-busy") === "true") {
      event.preventDefault();
      return;
    }
    form.setAttribute("aria-busy", "true");
    const button = form.querySelector("button[type=submit]");
    if (button) button.setAttribute("aria-disabled", "true");
    const status = form.querySelector("[role=status]");
    if (status) status.textContent = form.dataset.busyText;
  });
}
