// pismo serwer: live checks while typing, focus after list actions, a warning before leaving unsaved changes.
// The pages work without this file; it only makes them quicker.
(function () {
  "use strict";
  var form = document.getElementById("formularz");
  if (!form) { return; }
  var dirty = form.dataset.niezapisane === "1";
  var timer = null;
  var sequence = 0;
  var MARK = "UZUPEŁNIJ";

  function markPlaceholders(el) {
    if (el.tagName === "INPUT" || el.tagName === "TEXTAREA") {
      el.classList.toggle("uzupelnij", el.value.indexOf(MARK) !== -1);
    }
  }

  function showFields(fields) {
    form.querySelectorAll(".komunikaty").forEach(function (box) { box.textContent = ""; });
    form.querySelectorAll(".pole.z-bledem").forEach(function (el) { el.classList.remove("z-bledem"); });
    Object.keys(fields).forEach(function (id) {
      var box = document.getElementById(id + "-komunikat");
      if (!box) { return; }
      fields[id].forEach(function (p) {
        var line = document.createElement("p");
        line.className = "komunikat " + (p.severity === "błąd" ? "blad" : "uwaga");
        line.textContent = p.message;
        box.appendChild(line);
        if (p.severity === "błąd" && box.parentElement.classList.contains("pole")) {
          box.parentElement.classList.add("z-bledem");
        }
      });
    });
  }

  // The server stopped, or restarted with a new link not yet opened: a save would be refused and the
  // typed text lost, so the page says so at once and keeps the text until the server answers again.
  var lost = document.getElementById("sesja");
  var cut = false;
  function cutOff(now) { cut = now; if (lost) { lost.hidden = !now; } }

  // A form too big to check: the summary below told the last check's „nie ma błędów” of a form not checked.
  var big = document.getElementById("zbyt-duzy");
  function tooBig(now, saving) {
    if (!big) { return; }
    big.hidden = !now;
    document.getElementById("podsumowanie").hidden = now;
    if (now && saving) { big.scrollIntoView({ block: "center" }); }
  }

  // The form as „Zapisz” sends it: urlencoded, every line break CRLF, the pressed button's pair – so the check's
  // body is the save's own body, byte for byte, and meets the server's limits exactly as the save would
  // (sent as multipart it met limits of its own: more than 1000 fields was „too big”, a case that saved fine).
  function encoded(button) {
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string") { body.append(name, value.replace(/\r\n|\r|\n/g, "\r\n")); }
    });
    if (button && button.name) { body.append(button.name, button.value); }
    return body;
  }

  function check(then, done, button) {
    var mine = ++sequence;
    var data = encoded(button);
    fetch(form.dataset.sprawdz, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRF-Token": data.get("csrf") }
    }).then(function (r) {
      if (r.status === 403) { cutOff(true); return null; }
      // a form too big to be read at all: the save, the same body, would leave this page for one without the form
      tooBig(r.status === 413, then);
      if (r.status === 413) { return null; }
      // any other refusal (the case file renamed or deleted): the save goes to the server, which keeps the
      // form's version and says what happened – held here, it was lost without a word
      // – and so does a save whose check came back unread: the check's own failure is no reason to hold it
      var own = function () { if (then) { then(); } return null; };
      return r.ok ? r.json().catch(own) : own();
    }).then(function (body) {
      if (!body) { return; }
      cutOff(false);
      form.elements.csrf.value = body.csrf;  // a restarted server's token
      if (then) { then(); return; }
      if (mine !== sequence) { return; }
      showFields(body.fields);
      document.getElementById("podsumowanie").innerHTML = body.summary;
      document.getElementById("dokumenty").innerHTML = body.documents;
    }).catch(function () { cutOff(true); }).then(function () { if (done) { done(); } });
  }

  // A form from the dictionary, once typed over, is the user's own: its mark goes.
  function ownForm(el) {
    var field = el.closest(".pole");
    var shown = field && form.elements[el.name + ".__slownik"];
    if (shown) { field.classList.toggle("ze-slownika", el.value === shown.value); }
  }

  form.addEventListener("input", function (event) {
    dirty = true;
    markPlaceholders(event.target);
    ownForm(event.target);
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  });
  form.addEventListener("change", function (event) { dirty = true; ownForm(event.target); clearTimeout(timer); timer = setTimeout(check, 150); });
  // A save goes only once the server has just answered this page: a refused one would lose the text.
  // A double click sends the form once: a click while its check runs, or just after it went, does nothing
  // (the server also answers a repeated send as the first one).
  var verified = false;
  var checking = false;
  var sentAt = 0;
  form.addEventListener("submit", function (event) {
    if (verified) {
      verified = false;
      dirty = false;
      sentAt = Date.now();
      return;
    }
    event.preventDefault();
    if (checking || Date.now() - sentAt < 5000) { return; }
    if (cut) { lost.scrollIntoView({ block: "center" }); }
    var button = event.submitter;
    checking = true;
    check(function () { verified = true; form.requestSubmit(button); }, function () { checking = false; }, button);
  });
  window.addEventListener("pageshow", function () { checking = false; sentAt = 0; });
  // Back from the server's window or another tab: is the server still the page's?
  window.addEventListener("focus", function () { if (dirty || cut) { check(); } });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-cel]");
    if (!link) { return; }
    var target = document.getElementById(link.dataset.cel);
    if (!target) { return; }
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    var input = target.matches("input, textarea, select") ? target : target.querySelector("input, textarea, select");
    (input || target).focus();
  });

  form.querySelectorAll("input, textarea").forEach(markPlaceholders);
  if (form.dataset.fokus) {
    var el = document.getElementById(form.dataset.fokus);
    if (el) {
      el.scrollIntoView({ block: "center" });
      var first = el.matches("input, textarea, select") ? el : el.querySelector("input, textarea, select");
      if (first) { first.focus(); }
    }
  }
})();

// The zip with PDFs: follow the background job, then download its file once.
(function () {
  "use strict";
  var box = document.getElementById("zadanie");
  if (!box || box.dataset.stanTeraz !== "pracuje") { return; }
  var text = document.getElementById("zadanie-tekst");
  var bar = document.getElementById("zadanie-pasek");

  function show(state) {
    text.textContent = state.tekst;
    if (state.wszystkie) { bar.max = state.wszystkie; bar.value = state.zrobione; }
    if (state.stan === "pracuje") { setTimeout(poll, 700); return; }
    bar.hidden = true;
    document.getElementById("zadanie-rada").textContent = "";
    if (state.stan === "gotowe") {
      text.className = "potwierdzenie";
      document.getElementById("zadanie-gotowe").hidden = false;
      window.location.href = box.dataset.pobierz;
    } else {
      text.className = "podsumowanie-bledow";
    }
  }

  function poll() {
    fetch(box.dataset.stan, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) { if (state) { show(state); } else { setTimeout(poll, 2000); } })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 300);
})();
