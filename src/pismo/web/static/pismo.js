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
    if (now) { tooBigWhy(); }
    big.hidden = !now;
    document.getElementById("podsumowanie").hidden = now;
    if (now && saving) { big.scrollIntoView({ block: "center" }); }
  }

  // Why the form is too big, as the save would say it if it could read it: the field over its own limit named,
  // with that limit – the whole case's 2 000 000 was quoted for one pasted text of 1,3 million letters.
  function tooBigWhy() {
    var longest = null, total = 0;
    new FormData(form).forEach(function (value, name) {
      if (typeof value !== "string") { return; }
      var length = letters(value);
      total += name.length + length;
      if (!longest || length > longest.length) { longest = { name: name, length: length }; }
    });
    var field = Number(big.dataset.pole), whole = Number(big.dataset.sprawa);
    var why = document.getElementById("zbyt-duzy-powod"), todo = document.getElementById("zbyt-duzy-rada");
    if (longest && longest.length > field) {
      why.textContent = "pole „" + fieldName(form.elements[longest.name]) + "” ma " + letterCount(longest.length) +
        ", a jedno pole może mieć najwyżej " + number(field);
      todo.textContent = "Skróć ten tekst, np. usuń wklejony fragment,";
    } else if (total > whole) {
      why.textContent = "formularz ma " + letterCount(total) + " tekstu, a sprawa może mieć najwyżej " + number(whole);
      todo.textContent = "Skróć najdłuższe teksty, np. usuń wklejony fragment,";
    }
  }

  // A value's length as the server counts it: letters (not UTF-16 halves), a line break once.
  function letters(value) {
    var pairs = value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
    return value.replace(/\r\n/g, "\n").length - (pairs ? pairs.length : 0);
  }

  function letterCount(n) {  // „102 znaki”, „100 001 znaków” (as pismo.polish.plural)
    var few = n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
    return number(n) + (n === 1 ? " znak" : few ? " znaki" : " znaków");
  }

  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0"); }

  // A field as the server names it (data-nazwa: „Osoby › Komendant … › Imię i nazwisko”), else as the page
  // does: the items it is in („Działanie 2”), then its label.
  function fieldName(el) {
    if (el && !el.tagName && el.length) { el = el[0]; }
    if (!el) { return "?"; }
    var named = el.closest("[data-nazwa]");
    if (named) { return named.dataset.nazwa; }
    var label = el.id && form.querySelector('label[for="' + el.id + '"]');
    var own = label ? label.firstChild.textContent.trim() : (el.getAttribute("aria-label") || el.name);
    var names = [own];
    for (var up = el.parentElement; up && up !== form; up = up.parentElement) {
      var head = up.classList.contains("element") && up.querySelector(":scope > h4");
      if (head && head.textContent.trim() !== own) { names.unshift(head.textContent.trim()); }
    }
    return names.join(" › ");
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
