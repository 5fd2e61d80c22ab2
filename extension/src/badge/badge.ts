/** One badge: a focusable element with a shadow root holding the glyph and, on demand, the popover. */
import type { Badge } from "../shared/api";
import { type PopoverActions, renderPopover } from "./popover";
import { BADGE_CSS, POPOVER_CSS } from "./styles";
import { type Display, LEVEL_GLYPH, ariaLabel, displayOf } from "./text";

export const BADGE_TAG = "unspoken-badge";

export interface BadgeHandle {
  readonly host: HTMLElement;
  readonly badge: Badge;
  /** Redraws when the level (or count, or mute) changed; returns false when the badge should go away. */
  update(b: Badge): boolean;
  destroy(): void;
}

const _sheets = new Map<string, CSSStyleSheet | null>();

/** Constructable sheets (shared by every badge, not subject to the page's CSP); <style> where unsupported. */
function _adopt(doc: Document, root: ShadowRoot, css: string): void {
  if (!_sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    _sheets.set(css, sheet);
  }
  const sheet = _sheets.get(css);
  if (sheet && "adoptedStyleSheets" in root) {
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // fall through
    }
  }
  const style = doc.createElement("style");
  style.textContent = css;
  root.append(style);
}

const _OPEN_DELAY_MS = 250;
const _CLOSE_DELAY_MS = 300;

export function createBadge(
  doc: Document,
  initial: Badge,
  name: string | null,
  actions: PopoverActions,
  onFeedback: (email: string) => void,
): BadgeHandle | null {
  let badge = initial;
  let display = displayOf(badge);
  if (!display) return null;

  const host = doc.createElement(BADGE_TAG);
  host.setAttribute("role", "button");
  host.setAttribute("tabindex", "0");
  host.setAttribute("aria-haspopup", "dialog");
  host.setAttribute("aria-expanded", "false");
  const root = host.attachShadow({ mode: "open" });
  _adopt(doc, root, BADGE_CSS);
  const dot = doc.createElement("span");
  dot.className = "dot";
  dot.setAttribute("aria-hidden", "true");
  const pop = doc.createElement("div");
  pop.className = "pop";
  pop.setAttribute("role", "dialog");
  pop.hidden = true;
  root.append(dot); // the popover joins the shadow root the first time it opens

  const paint = (d: Display) => {
    display = d;
    dot.dataset.level = d;
    dot.textContent = LEVEL_GLYPH[d];
    host.dataset.level = d;
    host.dataset.email = badge.email;
    const label = ariaLabel(badge, d);
    host.setAttribute("aria-label", label);
    pop.setAttribute("aria-label", label);
  };
  paint(display);

  let pinned = false;
  let quiet = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const view = doc.defaultView;

  const place = () => {
    const r = host.getBoundingClientRect();
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(r.left, vw - 368));
    const below = r.bottom + 6;
    pop.style.left = `${left}px`;
    if (below + 200 > vh && r.top > vh / 2) {
      pop.style.top = "";
      pop.style.bottom = `${vh - r.top + 6}px`;
    } else {
      pop.style.bottom = "";
      pop.style.top = `${below}px`;
    }
  };
  const open = () => {
    clearTimeout(closeTimer);
    if (!pop.hidden || !display) return;
    if (!pop.isConnected) {
      _adopt(doc, root, POPOVER_CSS);
      root.append(pop);
    }
    renderPopover(doc, pop, badge, display, name, actions, (res, kind) => {
      if (kind !== "confirmed") badge = { ...badge, muted_until: res.muted_until ?? badge.muted_until };
      onFeedback(badge.email);
    });
    pop.hidden = false;
    place();
    host.setAttribute("aria-expanded", "true");
  };
  // A pinned popover closes on a click anywhere else in the page (listening only while pinned).
  const outside = (e: Event) => {
    if (!e.composedPath().includes(host)) close();
  };
  const pin = () => {
    pinned = true;
    doc.addEventListener("mousedown", outside, true);
  };
  const close = () => {
    clearTimeout(openTimer);
    pinned = false;
    doc.removeEventListener("mousedown", outside, true);
    if (pop.hidden) return;
    pop.hidden = true;
    pop.replaceChildren();
    host.setAttribute("aria-expanded", "false");
  };

  // The badge sits inside rows the site makes clickable: our events stop at the badge.
  const stop = (e: Event) => e.stopPropagation();
  host.addEventListener("mousedown", stop);
  host.addEventListener("mouseup", stop);
  host.addEventListener("click", (e) => {
    e.stopPropagation();
    const inPop = e.composedPath().includes(pop);
    if (inPop) return; // links and buttons inside handle themselves
    e.preventDefault();
    if (pinned) close();
    else {
      open();
      pin();
    }
  });
  host.addEventListener("keydown", (e) => {
    e.stopPropagation(); // keep Gmail/Outlook shortcuts from firing while the badge has focus
    if (e.key === "Escape") {
      close();
      quiet = true; // focus goes back to the badge without reopening it
      host.focus();
      quiet = false;
    } else if ((e.key === "Enter" || e.key === " ") && !e.composedPath().includes(pop)) {
      e.preventDefault();
      if (pop.hidden) {
        open();
        pin();
      } else close();
    }
  });
  host.addEventListener("mouseenter", () => {
    clearTimeout(closeTimer);
    openTimer = setTimeout(open, _OPEN_DELAY_MS);
  });
  host.addEventListener("mouseleave", () => {
    clearTimeout(openTimer);
    if (!pinned) closeTimer = setTimeout(close, _CLOSE_DELAY_MS);
  });
  host.addEventListener("focus", () => {
    if (!quiet) open();
  });
  host.addEventListener("focusout", (e) => {
    const to = (e as FocusEvent).relatedTarget as Node | null;
    if (!pinned && (!to || (to !== host && !host.contains(to) && !root.contains(to)))) close();
  });

  return {
    host,
    get badge() {
      return badge;
    },
    update(b: Badge): boolean {
      const d = displayOf(b);
      if (!d) return false;
      const changed = d !== display || b.signal_count !== badge.signal_count;
      badge = b;
      if (changed) paint(d); // an open popover stays open: it may be showing the feedback just given
      return true;
    },
    destroy() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      close();
      host.remove();
    },
  };
}
