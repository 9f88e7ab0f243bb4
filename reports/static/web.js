// innopath's pages work without this script; with it, answers save as they are given, what-if updates in
// place and the sensitivity analysis loads after the page. No words here: they come from the pages.
"use strict";
(function () {
  const csrf = () => document.querySelector('meta[name="csrf-token"]').content;
  const post = (url, data) =>
    fetch(url, {method: "POST", body: data, headers: {"X-CSRF-Token": csrf(), "X-Requested-With": "fetch"},
                credentials: "same-origin"});

  function interview(form) {
    const id = form.dataset.assessment;
    const base = form.querySelector('input[name="base"]');
    async function send(field, value) {
      const data = new FormData();
      data.append("field", field);
      data.append("value", value);
      data.append("base", base.value);
      const response = await post(`/a/${id}/answer`, data);
      const reply = await response.json();
      const error = document.getElementById(`err-${field}`);
      const note = document.getElementById(`note-${field}`);
      const box = document.getElementById(`q-${field}`);
      error.hidden = reply.ok;
      error.textContent = reply.ok ? "" : reply.error;
      box.classList.toggle("invalid", !reply.ok);
      box.classList.toggle("saved", reply.ok);
      if (!reply.ok) return;
      note.hidden = !reply.note;
      note.textContent = reply.note || "";
      base.value = reply.version;
      const stale = document.getElementById("stale");
      if (reply.stale) { stale.hidden = false; stale.textContent = reply.stale; }
      const bar = document.getElementById("progress");
      bar.max = reply.total; bar.value = reply.answered;
      const label = document.getElementById("progress-label");
      label.textContent = label.textContent.replace(/\d+(\D+)\d+/, `${reply.answered}$1${reply.total}`);
      const applies = new Set(reply.applies);
      form.querySelectorAll("fieldset.question").forEach((q) => { q.hidden = !applies.has(q.dataset.field); });
    }
    form.addEventListener("change", (event) => {
      const input = event.target;
      if (input.name && input.closest("fieldset.question")) send(input.name, input.value);
    });
    form.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.type === "text") { event.preventDefault(); event.target.blur(); }
    });
  }

  function whatif(form) {
    let pending = 0;
    async function update() {
      const data = new FormData(form);
      data.append("fragment", "1");
      const ticket = ++pending;
      const response = await post(form.action, data);  // carries the page's ?lang=
      const html = await response.text();
      if (ticket !== pending) return;
      const target = document.getElementById("whatif-result");
      target.outerHTML = html;
      form.querySelectorAll("label").forEach((label) => {
        const input = label.querySelector("select, input");
        label.classList.toggle("changed", input.value !== input.defaultValue && !(input.tagName === "SELECT" &&
          input.options[input.selectedIndex].defaultSelected));
      });
      document.getElementById("whatif-result").scrollIntoView({block: "nearest"});
    }
    form.addEventListener("change", update);
  }

  async function sensitivity(section) {
    const response = await fetch(section.dataset.src, {headers: {"X-Requested-With": "fetch"}, credentials: "same-origin"});
    if (response.ok) section.outerHTML = await response.text();
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("form.interview").forEach(interview);
    document.querySelectorAll("form.whatif-form").forEach(whatif);
    document.querySelectorAll("section[data-src]").forEach(sensitivity);
  });
})();
