/*
 * Ward Assistant chat widget: a plain web component, no build step.
 *
 *   <script src="https://WARD-HOST/widget.js" defer
 *           data-language="vi|en" data-position="right|left" data-color="#0b4f9c"></script>
 *   (a city deployment: data-ward="tan-hung" talks to that ward, /w/tan-hung/api/…)
 *
 * Safety rule of this file: everything that comes from the server (answers, quotes, titles, the ward
 * profile) is put on the page with textContent / createElement only. Never innerHTML: a document in
 * the corpus may contain markup, and it must show as text, never run.
 */
(() => {
  "use strict";
  if (customElements.get("ward-assistant")) return;

  // Filled in by the server from assistant/messages.py (WIDGET_TEXT).
  const TEXT = __WARD_TEXT__;
  const SCRIPT = document.currentScript;
  const ROOT = SCRIPT && SCRIPT.src ? new URL("./", SCRIPT.src) : new URL("/", location.href);
  // data-ward="tan-hung": one ward of a city deployment, whose API is under /w/<ward>/.
  const WARD = SCRIPT && SCRIPT.getAttribute("data-ward");
  const BASE = WARD && /^[a-z0-9][a-z0-9-]{0,23}$/.test(WARD) ? new URL(`w/${WARD}/`, ROOT) : ROOT;
  const DEFAULT_COLOR = "#0b4f9c";
  // A public tablet forgets the conversation after this much idle time, for the next citizen's privacy.
  const KIOSK_IDLE_MS = 3 * 60 * 1000;

  // -- small DOM helpers (text only) --------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function safeUrl(value) {
    try {
      const url = new URL(String(value));
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  function externalLink(href, label) {
    const url = safeUrl(href);
    if (!url) return document.createTextNode(label);
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: label });
  }

  // "**bold**" and bare links inside one line; everything else stays plain text.
  function appendInline(parent, text) {
    for (const part of String(text).split(/(\*\*[^*\n]+?\*\*|https?:\/\/[^\s<>"]+)/)) {
      if (!part) continue;
      if (part.length > 4 && part.startsWith("**") && part.endsWith("**")) {
        parent.append(el("strong", { text: part.slice(2, -2) }));
      } else if (/^https?:\/\//.test(part)) {
        const trail = part.match(/[.,;:)]+$/);
        const url = trail ? part.slice(0, -trail[0].length) : part;
        parent.append(externalLink(url, url));
        if (trail) parent.append(document.createTextNode(trail[0]));
      } else {
        parent.append(document.createTextNode(part));
      }
    }
  }

  // Lines become paragraphs; "- " lines become list items.
  function renderRich(container, text, skipBullets) {
    container.replaceChildren();
    let list = null;
    for (const raw of String(text).split("\n")) {
      const line = raw.trimEnd();
      const bullet = line.match(/^\s*[-•*]\s+(.*)$/);
      if (bullet && skipBullets && skipBullets.has(bullet[1].trim())) continue;
      if (bullet) {
        if (!list) container.append((list = el("ul")));
        const item = el("li");
        appendInline(item, bullet[1]);
        list.append(item);
      } else {
        list = null;
        if (!line.trim()) continue;
        const paragraph = el("p");
        appendInline(paragraph, line);
        container.append(paragraph);
      }
    }
  }

  // Server-sent events from a fetch body (EventSource cannot POST).
  async function* readEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        const data = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (data.length) yield { name, data: JSON.parse(data.join("\n")) };
      }
    }
  }

  // Black or white text, whichever reads better on the chosen colour.
  function readableOn(rgb) {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) || [0, 0, 0]).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return luminance > 0.179 ? "#111111" : "#ffffff";
  }

  const STYLE = `
    :host { all: initial; --wa-color: ${DEFAULT_COLOR}; --wa-on-color: #fff; --wa-text: #1b1b1b;
      --wa-muted: #4a4a4a; --wa-line: #c9ced6; --wa-soft: #eef3fa; --wa-focus: #ffbf47;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
      font-size: 16px; line-height: 1.45; color: var(--wa-text); }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    :focus-visible { outline: 3px solid var(--wa-focus); outline-offset: 2px; box-shadow: 0 0 0 5px #1b1b1b; }
    button, textarea, input { font: inherit; color: inherit; }
    button { cursor: pointer; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .launcher { position: fixed; bottom: 16px; right: 16px; z-index: 2147483000; display: flex; align-items: center;
      gap: 8px; min-height: 56px; padding: 12px 20px; border: 0; border-radius: 28px; background: var(--wa-color);
      color: var(--wa-on-color); font-weight: 600; font-size: 17px; box-shadow: 0 4px 14px rgba(0,0,0,.3); }
    :host([data-position="left"]) .launcher { right: auto; left: 16px; }
    .launcher svg { width: 24px; height: 24px; fill: currentColor; flex: none; }
    .panel { position: fixed; z-index: 2147483001; inset: 0; display: flex; flex-direction: column;
      background: #fff; color: var(--wa-text); }
    @media (min-width: 600px) {
      :host(:not([mode="kiosk"])) .panel { inset: auto 16px 16px auto; width: 400px; height: min(680px, calc(100vh - 32px));
        border-radius: 14px; box-shadow: 0 8px 32px rgba(0,0,0,.28); overflow: hidden; }
      :host([data-position="left"]:not([mode="kiosk"])) .panel { inset: auto auto 16px 16px; }
    }
    :host([mode="kiosk"]) .panel { position: relative; inset: auto; height: 100%; font-size: 18px; }
    @media (min-width: 700px) {
      :host([mode="kiosk"]) .panel { font-size: 20px; }
      :host([mode="kiosk"]) .log, :host([mode="kiosk"]) form.composer, :host([mode="kiosk"]) .privacy {
        padding-left: max(16px, calc((100% - 760px) / 2)); padding-right: max(16px, calc((100% - 760px) / 2)); }
      :host([mode="kiosk"]) textarea.input { font-size: 20px; }
    }
    header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 10px 16px; background: var(--wa-color);
      color: var(--wa-on-color); }
    header .titles { flex: 1; min-width: 0; }
    h2 { margin: 0; font-size: 1.05em; font-weight: 700; }
    .subtitle { margin: 0; font-size: .8em; opacity: .95; }
    @media (max-width: 420px) { .subtitle { display: none; } }
    .icon-button, .lang { min-width: 44px; min-height: 44px; border: 2px solid transparent; border-radius: 8px;
      background: transparent; color: inherit; font-weight: 600; }
    .lang { padding: 0 8px; border-color: currentColor; font-size: .85em; }
    .close { font-size: 26px; line-height: 1; }
    .bar { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-bottom: 1px solid var(--wa-line); background: #fafbfc; }
    .desk-toggle, .new-chat { min-height: 40px; padding: 6px 12px; border: 2px solid var(--wa-color); border-radius: 20px;
      background: #fff; color: var(--wa-color); font-weight: 600; font-size: .9em; }
    .new-chat { margin-left: auto; border-color: var(--wa-line); color: var(--wa-muted); }
    .desk { margin: 0; padding: 10px 16px; background: #fff8e1; border-bottom: 1px solid #e9d9a6; font-size: .93em; }
    .desk h3 { margin: 0 0 4px; font-size: 1em; }
    .desk p { margin: 2px 0; }
    .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px; background: #f4f6f9; }
    .starters { display: flex; flex-direction: column; gap: 8px; }
    .starters p { margin: 0 0 2px; color: var(--wa-muted); font-weight: 600; }
    .starter, .option { text-align: left; padding: 10px 14px; min-height: 44px; border: 2px solid var(--wa-color);
      border-radius: 12px; background: #fff; color: var(--wa-color); font-weight: 600; }
    .msg { max-width: 92%; padding: 10px 14px; border-radius: 14px; overflow-wrap: anywhere; }
    .msg.user { align-self: flex-end; background: var(--wa-color); color: var(--wa-on-color); border-bottom-right-radius: 4px; white-space: pre-wrap; }
    .msg.assistant { align-self: flex-start; background: #fff; border: 1px solid var(--wa-line); border-bottom-left-radius: 4px; }
    .msg p { margin: 0 0 6px; }
    .msg ul { margin: 0 0 6px; padding-left: 20px; }
    .msg a { color: #0645ad; }
    .msg.error { border-color: #b3261e; color: #8c1d18; }
    .thinking { color: var(--wa-muted); font-style: italic; }
    .options { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; }
    .sources { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
    .sources-label { font-size: .85em; color: var(--wa-muted); font-weight: 600; }
    .chip { max-width: 100%; padding: 6px 12px; min-height: 36px; border: 1px solid #9db6dc; border-radius: 18px;
      background: var(--wa-soft); color: #0b3a75; font-size: .85em; text-align: left; white-space: nowrap;
      overflow: hidden; text-overflow: ellipsis; }
    .chip[aria-expanded="true"] { background: #0b3a75; color: #fff; }
    .quote { margin-top: 8px; padding: 10px 12px; border-left: 4px solid var(--wa-color); background: var(--wa-soft); border-radius: 6px; font-size: .92em; }
    .quote h4 { margin: 0 0 4px; font-size: .95em; }
    .quote blockquote { margin: 0 0 6px; white-space: pre-wrap; }
    .card { margin-top: 10px; border: 1px solid var(--wa-line); border-radius: 10px; background: #fbfcfe; }
    .card summary { padding: 10px 12px; font-weight: 700; cursor: pointer; min-height: 44px; }
    .card .card-body { padding: 0 12px 10px; }
    .card fieldset { border: 0; margin: 0 0 8px; padding: 0; }
    .card legend { font-weight: 700; padding: 0; margin-bottom: 4px; }
    .card label { display: flex; gap: 8px; align-items: flex-start; padding: 4px 0; }
    .card input[type=checkbox] { width: 20px; height: 20px; margin-top: 2px; flex: none; }
    .card dl { margin: 0; }
    .card dt { font-weight: 700; margin-top: 6px; }
    .card dd { margin: 0; }
    .feedback { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 10px; font-size: .9em; color: var(--wa-muted); }
    .feedback button, .reasons button.send { min-height: 40px; padding: 4px 12px; border: 1px solid var(--wa-line);
      border-radius: 18px; background: #fff; color: var(--wa-text); }
    .reasons { border: 1px solid var(--wa-line); border-radius: 10px; padding: 8px 10px; margin: 8px 0 0; }
    .reasons legend { font-weight: 600; }
    .reasons label { display: flex; gap: 8px; align-items: center; min-height: 36px; }
    .reasons textarea { width: 100%; min-height: 60px; margin: 4px 0 8px; padding: 6px; border: 1px solid var(--wa-line); border-radius: 6px; }
    .thanks { margin-top: 8px; color: #1e6b34; font-weight: 600; }
    form.composer { display: flex; gap: 8px; padding: 10px 12px 4px; border-top: 1px solid var(--wa-line); background: #fff; }
    textarea.input { flex: 1; min-height: 48px; max-height: 140px; resize: none; padding: 12px; border: 2px solid #6b7280;
      border-radius: 12px; font-size: 16px; }
    .send { min-width: 64px; min-height: 48px; border: 0; border-radius: 12px; background: var(--wa-color); color: var(--wa-on-color); font-weight: 700; }
    .send:disabled { opacity: .6; cursor: progress; }
    .privacy { margin: 0; padding: 2px 14px 10px 14px; background: #fff; font-size: .8em; color: var(--wa-muted); }
  `;

  const CHAT_ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z";

  class WardAssistant extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.lang = this.getAttribute("data-language") === "en" ? "en" : "vi";
      this.kiosk = this.getAttribute("mode") === "kiosk";
      this.conversationId = null;
      this.busy = false;
      this.ward = null;
      this.uid = 0;
      const root = this.attachShadow({ mode: "open" });
      root.append(el("style", { text: STYLE }));
      this.applyColor(this.getAttribute("data-color"));
      this.build(root);
      this.applyText();
      if (this.kiosk) {
        this.open(false);
        this.watchIdle();
      }
    }

    get t() {
      return TEXT[this.lang];
    }

    url(path) {
      return new URL(path, BASE).href;
    }

    applyColor(color) {
      if (!color || !CSS.supports("color", color)) return;
      this.style.setProperty("--wa-color", color);
      const probe = el("span", { style: `color:${color}` });
      this.shadowRoot.append(probe);
      this.style.setProperty("--wa-on-color", readableOn(getComputedStyle(probe).color));
      probe.remove();
    }

    // -- structure ------------------------------------------------------------------------
    build(root) {
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("viewBox", "0 0 24 24");
      svg.setAttribute("aria-hidden", "true");
      const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
      path.setAttribute("d", CHAT_ICON);
      svg.append(path);
      this.launcherText = el("span");
      this.launcher = el("button", { type: "button", class: "launcher", "data-testid": "ward-assistant-launcher",
        "aria-expanded": "false", "aria-controls": "wa-panel", "aria-haspopup": "dialog" }, svg, this.launcherText);
      this.launcher.addEventListener("click", () => this.open(true));

      this.heading = el("h2", { id: "wa-title" });
      this.subtitle = el("p", { class: "subtitle" });
      this.langButton = el("button", { type: "button", class: "lang" });
      this.langButton.addEventListener("click", () => this.switchLanguage());
      this.closeButton = el("button", { type: "button", class: "icon-button close", text: "×" });
      this.closeButton.addEventListener("click", () => this.close());
      const header = el("header", null, el("div", { class: "titles" }, this.heading, this.subtitle), this.langButton,
        this.kiosk ? null : this.closeButton);

      this.deskButton = el("button", { type: "button", class: "desk-toggle", "aria-expanded": "false", "aria-controls": "wa-desk" });
      this.deskButton.addEventListener("click", () => this.toggleDesk());
      this.newChatButton = el("button", { type: "button", class: "new-chat" });
      this.newChatButton.addEventListener("click", () => this.reset(true));
      this.desk = el("section", { id: "wa-desk", class: "desk", hidden: true, "aria-live": "polite" });

      this.startersTitle = el("p");
      this.starters = el("div", { class: "starters" });
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-labelledby": "wa-title" }, this.starters);

      this.inputLabel = el("label", { for: "wa-input", class: "sr-only" });
      this.input = el("textarea", { id: "wa-input", class: "input", rows: "1", maxlength: "4000",
        "data-testid": "ward-assistant-input", "aria-describedby": "wa-privacy", autocomplete: "off" });
      this.sendButton = el("button", { type: "submit", class: "send", "data-testid": "ward-assistant-send" });
      this.form = el("form", { class: "composer" }, this.inputLabel, this.input, this.sendButton);
      this.form.addEventListener("submit", (e) => {
        e.preventDefault();
        this.send(this.input.value);
      });
      this.input.addEventListener("keydown", (e) => {
        // Enter sends; Shift+Enter starts a new line; IME composition (Vietnamese Telex) is left alone.
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          this.send(this.input.value);
        }
      });
      this.input.addEventListener("input", () => this.fitInput());
      this.privacy = el("p", { id: "wa-privacy", class: "privacy" });

      this.panel = el("section", { id: "wa-panel", class: "panel", role: this.kiosk ? "region" : "dialog",
        "aria-modal": this.kiosk ? null : "false", "aria-labelledby": "wa-title", hidden: true },
        header, el("div", { class: "bar" }, this.deskButton, this.newChatButton), this.desk, this.log, this.form, this.privacy);
      this.panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !this.kiosk) {
          e.preventDefault();
          this.close();
        }
      });
      if (this.kiosk) root.append(this.panel);
      else root.append(this.launcher, this.panel);
    }

    applyText() {
      const t = this.t;
      this.launcherText.textContent = t.launcher_short;
      this.launcher.setAttribute("aria-label", t.launcher);
      this.heading.textContent = this.kiosk ? t.kiosk_title : t.title;
      this.subtitle.textContent = t.subtitle;
      this.langButton.textContent = t.switch_language;
      this.langButton.setAttribute("aria-label", t.switch_language_label);
      this.langButton.setAttribute("lang", this.lang === "vi" ? "en" : "vi");
      this.closeButton.setAttribute("aria-label", t.close);
      this.deskButton.textContent = "☎ " + t.desk_button;
      this.newChatButton.textContent = t.new_chat;
      this.inputLabel.textContent = t.input_label;
      this.input.setAttribute("placeholder", t.placeholder);
      this.sendButton.textContent = t.send;
      this.privacy.textContent = t.privacy;
      this.panel.setAttribute("lang", this.lang);
      this.renderStarters();
      if (!this.desk.hidden) this.renderDesk();
    }

    renderStarters() {
      this.startersTitle.textContent = this.t.starters_title;
      const buttons = this.t.starters.map((question) => {
        const button = el("button", { type: "button", class: "starter", text: question });
        button.addEventListener("click", () => this.send(question));
        return button;
      });
      this.starters.replaceChildren(this.startersTitle, ...buttons);
    }

    // -- opening and closing --------------------------------------------------------------
    open(focus) {
      this.panel.hidden = false;
      this.launcher.hidden = true;
      this.launcher.setAttribute("aria-expanded", "true");
      if (focus) this.input.focus();
    }

    close() {
      this.panel.hidden = true;
      this.launcher.hidden = false;
      this.launcher.setAttribute("aria-expanded", "false");
      this.launcher.focus();
    }

    switchLanguage() {
      this.lang = this.lang === "vi" ? "en" : "vi";
      this.applyText();
      this.langButton.focus();
    }

    reset(focus) {
      this.conversationId = null;
      for (const node of [...this.log.children]) if (node !== this.starters) node.remove();
      this.starters.hidden = false;
      if (focus) this.input.focus();
    }

    watchIdle() {
      let timer = null;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => this.reset(false), KIOSK_IDLE_MS);
      };
      for (const type of ["pointerdown", "keydown"]) this.shadowRoot.addEventListener(type, arm);
      arm();
    }

    fitInput() {
      this.input.style.height = "auto";
      this.input.style.height = Math.min(this.input.scrollHeight + 4, 140) + "px";
    }

    // -- the ward desk hand-off -----------------------------------------------------------
    async toggleDesk() {
      const show = this.desk.hidden;
      this.desk.hidden = !show;
      this.deskButton.setAttribute("aria-expanded", String(show));
      if (!show) return;
      if (!this.ward) {
        try {
          const response = await fetch(this.url("api/ward"));
          this.ward = response.ok ? await response.json() : {};
        } catch (_) {
          this.ward = {};
        }
      }
      this.renderDesk();
    }

    renderDesk() {
      const t = this.t;
      const ward = this.ward || {};
      const rows = [el("h3", { text: t.desk_title }), el("p", { text: ward.service_center || ward.ward_name || t.title })];
      const row = (label, value, href) => {
        if (!value) return;
        const line = el("p", null, el("strong", { text: label + ": " }));
        line.append(href ? el("a", { href, text: value }) : document.createTextNode(value));
        rows.push(line);
      };
      row(t.desk_address, ward.address);
      row(t.desk_hotline, ward.hotline, ward.hotline ? "tel:" + String(ward.hotline).replace(/[^\d+]/g, "") : null);
      row(t.desk_hours, ward.opening_hours);
      row(t.desk_email, ward.email, ward.email ? "mailto:" + encodeURIComponent(ward.email).replace("%40", "@") : null);
      if (ward.website && safeUrl(ward.website)) {
        rows.push(el("p", null, el("strong", { text: t.desk_website + ": " }), externalLink(ward.website, ward.website)));
      }
      rows.push(el("p", { text: t.desk_generic }));
      this.desk.replaceChildren(...rows);
    }

    // -- asking ---------------------------------------------------------------------------
    addMessage(role) {
      const message = el("div", { class: `msg ${role}`, "data-testid": "ward-assistant-message" });
      message.append(el("span", { class: "sr-only", text: (role === "user" ? this.t.you : this.t.assistant) + ": " }));
      this.log.append(message);
      return message;
    }

    scrollDown() {
      this.log.scrollTop = this.log.scrollHeight;
    }

    async send(raw) {
      const question = String(raw || "").trim();
      if (!question || this.busy) return;
      this.busy = true;
      this.sendButton.disabled = true;
      this.starters.hidden = true;
      this.input.value = "";
      this.fitInput();
      const user = this.addMessage("user");
      user.append(document.createTextNode(question));
      const reply = new Reply(this, this.addMessage("assistant"), question);
      this.log.setAttribute("aria-busy", "true");
      this.scrollDown();
      try {
        const response = await fetch(this.url("api/chat"), {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
          body: JSON.stringify({ question, conversation_id: this.conversationId }),
        });
        if (!response.ok) {
          const wait = response.headers.get("Retry-After");
          reply.fail(response.status === 429 ? this.t.error_rate.replace("{seconds}", wait || "60") : this.t.error_generic);
          return;
        }
        for await (const { name, data } of readEvents(response)) {
          if (data.conversation_id) this.conversationId = data.conversation_id;
          reply.on(name, data);
          this.scrollDown();
        }
        reply.finish();
      } catch (_) {
        reply.fail(this.t.error_network);
      } finally {
        this.busy = false;
        this.sendButton.disabled = false;
        this.log.removeAttribute("aria-busy");
        this.scrollDown();
      }
    }

    async sendFeedback(payload) {
      const response = await fetch(this.url("api/feedback"), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
      return response.ok;
    }
  }

  /* One assistant message as its events arrive: text, then sources, card, options, feedback. */
  class Reply {
    constructor(widget, node, question) {
      this.widget = widget;
      this.node = node;
      this.question = question;
      this.t = widget.t;
      this.text = "";
      this.status = "";
      this.options = [];
      this.messageId = null;
      this.body = el("div", { class: "body" }, el("p", { class: "thinking", text: this.t.thinking }));
      node.append(this.body);
    }

    on(name, data) {
      if (name === "status" && data.status !== "thinking") {
        this.status = data.status;
        this.options = Array.isArray(data.options) ? data.options.map(String) : [];
      } else if (name === "delta") {
        this.text += String(data.text || "");
        this.renderText();
      } else if (name === "citations") {
        this.renderCitations(Array.isArray(data.citations) ? data.citations : []);
      } else if (name === "procedure") {
        this.renderCard(data.procedure);
      } else if (name === "done") {
        this.messageId = data.message_id || null;
      } else if (name === "error") {
        this.fail(this.t.error_generic);
      }
    }

    renderText() {
      // A clarification lists its choices as bullets; they are shown once, as buttons.
      renderRich(this.body, this.text, this.options.length ? new Set(this.options) : null);
    }

    fail(message) {
      this.failed = true;
      this.node.classList.add("error");
      this.body.replaceChildren(el("p", { role: "alert", text: message }));
    }

    finish() {
      if (this.failed) return;
      if (!this.text) this.fail(this.t.error_generic);
      if (this.options.length) this.renderOptions();
      if (this.messageId && this.status !== "error") this.renderFeedback();
    }

    renderOptions() {
      const group = el("div", { class: "options", role: "group", "aria-label": this.t.options_title });
      for (const option of this.options) {
        const button = el("button", { type: "button", class: "option", text: option });
        button.addEventListener("click", () => this.widget.send(option));
        group.append(button);
      }
      this.node.append(group);
    }

    renderCitations(citations) {
      if (!citations.length) return;
      const chips = el("div", { class: "sources", role: "group", "aria-label": this.t.sources },
        el("span", { class: "sources-label", text: this.t.sources + ":" }));
      const panel = el("div", { class: "quote", hidden: true, id: `wa-quote-${++this.widget.uid}` });
      let openChip = null;
      citations.forEach((citation, index) => {
        const title = String(citation.title || "");
        const section = String(citation.section || "");
        const chip = el("button", { type: "button", class: "chip", "data-testid": "ward-assistant-citation",
          "aria-expanded": "false", "aria-controls": panel.id, title: `${title} — ${section}`,
          text: `[${index + 1}] ${section ? section + " · " : ""}${title}` });
        chip.addEventListener("click", () => {
          const closing = openChip === chip;
          if (openChip) openChip.setAttribute("aria-expanded", "false");
          openChip = closing ? null : chip;
          panel.hidden = closing;
          if (closing) return;
          chip.setAttribute("aria-expanded", "true");
          const parts = [el("h4", { text: `${title}${section ? " — " + section : ""}` }),
            el("blockquote", { text: String(citation.quote || ""), "aria-label": this.t.quote })];
          if (safeUrl(citation.url)) parts.push(el("p", null, externalLink(citation.url, this.t.open_source + " ↗")));
          else if (citation.source) parts.push(el("p", { class: "thinking", text: String(citation.source) }));
          panel.replaceChildren(...parts);
        });
        chips.append(chip);
      });
      this.node.append(chips, panel);
    }

    renderCard(card) {
      if (!card || card.kind !== "procedure") return;
      const t = this.t;
      const documents = Array.isArray(card.documents) ? card.documents : [];
      const body = el("div", { class: "card-body" });
      if (documents.length) {
        const list = el("fieldset", null, el("legend", { text: t.card_documents }));
        for (const paper of documents) list.append(el("label", null, el("input", { type: "checkbox" }), el("span", { text: String(paper) })));
        body.append(list);
      }
      const facts = el("dl");
      const fact = (label, value) => {
        if (value) facts.append(el("dt", { text: label }), el("dd", { text: String(value) }));
      };
      fact(t.card_fee, card.fee);
      fact(t.card_time, card.time_limit);
      fact(t.card_where, card.where || card.agency);
      if (safeUrl(card.online_url)) {
        facts.append(el("dt", { text: t.card_online }), el("dd", null, externalLink(card.online_url, t.card_online_link + " ↗")));
      }
      if (facts.children.length) body.append(facts);
      if (!body.children.length) return;
      const name = String(card.short_title || card.title || "");
      this.node.append(el("details", { class: "card" }, el("summary", { text: `${t.card_title}: ${name}` }), body));
    }

    renderFeedback() {
      const t = this.t;
      const bar = el("div", { class: "feedback", role: "group", "aria-label": t.helpful_question },
        el("span", { text: t.helpful_question }));
      const yes = el("button", { type: "button", text: t.helpful });
      const no = el("button", { type: "button", text: t.not_helpful });
      bar.append(yes, no);
      const payload = { conversation_id: this.widget.conversationId, message_id: this.messageId };
      const thank = async (extra, replaced) => {
        const ok = await this.widget.sendFeedback({ ...payload, ...extra }).catch(() => false);
        const note = el("p", { class: "thanks", tabindex: "-1", role: "status", text: ok ? t.feedback_thanks : t.error_generic });
        replaced.replaceWith(note);
        note.focus();
      };
      yes.addEventListener("click", () => thank({ helpful: true }, bar));
      no.addEventListener("click", () => {
        const form = el("fieldset", { class: "reasons" }, el("legend", { text: t.reason_title }));
        const name = `wa-reason-${++this.widget.uid}`;
        Object.entries(t.reasons).forEach(([value, label], i) => {
          form.append(el("label", null, el("input", { type: "radio", name, value, checked: i === 0 }), el("span", { text: label })));
        });
        const comment = el("textarea", { "aria-label": t.comment_label, placeholder: t.comment_label, maxlength: "2000" });
        const sendButton = el("button", { type: "button", class: "send", text: t.feedback_send });
        form.append(comment, sendButton);
        sendButton.addEventListener("click", () => {
          const chosen = form.querySelector("input[type=radio]:checked");
          thank({ helpful: false, reason: chosen ? chosen.value : "other", comment: comment.value }, form);
        });
        bar.replaceWith(form);
        form.querySelector("input").focus();
      });
      this.node.append(bar);
    }
  }

  customElements.define("ward-assistant", WardAssistant);

  // One script tag is enough: create the element unless the page placed its own.
  function mount() {
    if (document.querySelector("ward-assistant")) return;
    const widget = document.createElement("ward-assistant");
    for (const name of ["data-language", "data-position", "data-color", "data-mode"]) {
      const value = SCRIPT && SCRIPT.getAttribute(name);
      if (value) widget.setAttribute(name === "data-mode" ? "mode" : name, value);
    }
    document.body.append(widget);
  }
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
