/** The popover: why (signals with dated evidence), when computed, and what to do. Rendered with DOM calls only. */
import type { Badge, ContactDetail, FeedbackKind, SignalDetail } from "../shared/api";
import type { Draft } from "../sites/types";
import { type Display, LEVEL_GLYPH, LEVEL_LABEL, formatDate, formatDateTime, signalLabel } from "./text";

export interface PopoverActions {
  loadDetail(email: string): Promise<ContactDetail | null>;
  feedback(email: string, kind: FeedbackKind): Promise<{ ok: boolean; muted_until: string | null }>;
  composeUrl(draft: Draft): string;
}

type Child = Node | string | null | undefined | false;

function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

export function renderHeader(doc: Document, b: Badge, d: Display, name: string | null): HTMLElement {
  const count = b.signal_count;
  const sub = [
    d === "watch" || d === "at_risk" ? `${count} signal${count === 1 ? "" : "s"}` : null,
    b.account,
  ].filter(Boolean);
  return h(
    doc,
    "div",
    { class: "head" },
    h(doc, "span", { class: "dot", "data-level": d, "aria-hidden": "true" }, LEVEL_GLYPH[d]),
    h(
      doc,
      "div",
      {},
      h(doc, "div", { class: "title" }, `${name ? `${name}: ` : ""}${LEVEL_LABEL[d].replace(/^\w/, (c) => c.toUpperCase())}`),
      sub.length ? h(doc, "div", { class: "sub" }, sub.join(" · ")) : null,
    ),
  );
}

function _signals(doc: Document, title: string, signals: SignalDetail[]): HTMLElement | null {
  if (!signals.length) return null;
  const items = signals.map((s) =>
    h(
      doc,
      "li",
      { class: "signal" },
      h(doc, "b", {}, signalLabel(s.kind)),
      `: ${s.summary}`,
      s.evidence?.length
        ? h(
            doc,
            "ul",
            { class: "ev" },
            ...s.evidence.slice(0, 4).map((e) =>
              h(
                doc,
                "li",
                {},
                h(doc, "time", { datetime: e.date }, formatDate(e.date)),
                e.source ? ` · ${e.source}` : "",
                e.text ? ` · “${e.text.replace(/^[\s"“”']+|[\s"“”']+$/g, "")}”` : "",
              ),
            ),
          )
        : null,
    ),
  );
  return h(doc, "section", {}, h(doc, "h4", {}, title), h(doc, "ul", {}, ...items));
}

/** Fills `pop` for this badge; the detail arrives asynchronously, actions work once it has. */
export function renderPopover(
  doc: Document,
  pop: HTMLElement,
  b: Badge,
  d: Display,
  name: string | null,
  actions: PopoverActions,
  onFeedback: (res: { ok: boolean; muted_until: string | null }, kind: FeedbackKind) => void,
): void {
  pop.replaceChildren(renderHeader(doc, b, d, name));
  const body = h(doc, "div", { class: "body" }, h(doc, "div", { class: "sub" }, "Loading reasons…"));
  pop.append(body);
  void actions.loadDetail(b.email).then((detail) => {
    if (!pop.isConnected) return;
    body.replaceChildren(..._detail(doc, b, detail, actions, onFeedback));
  });
}

function _detail(
  doc: Document,
  b: Badge,
  detail: ContactDetail | null,
  actions: PopoverActions,
  onFeedback: (res: { ok: boolean; muted_until: string | null }, kind: FeedbackKind) => void,
): Node[] {
  const reasons = h(doc, "div", { class: "reasons" });
  const out: Node[] = [reasons];
  if (!detail) {
    if (b.top_signal) reasons.append(h(doc, "p", {}, h(doc, "b", {}, signalLabel(b.top_signal.kind)), `: ${b.top_signal.summary}`));
    reasons.append(h(doc, "div", { class: "sub" }, "Details are unavailable right now."));
  } else {
    if (detail.title) reasons.append(h(doc, "div", { class: "sub" }, detail.title));
    const own = _signals(doc, "Signals", detail.signals ?? []);
    // Account signals often repeat the contact's own: show only the ones that add something.
    const ownKeys = new Set((detail.signals ?? []).map((x) => `${x.kind}\u0000${x.summary}`));
    const extra = (detail.account_signals ?? []).filter((x) => !ownKeys.has(`${x.kind}\u0000${x.summary}`));
    const account = _signals(doc, "Across the account", extra);
    if (own) reasons.append(own);
    if (account) reasons.append(account);
    if (!own && !account) {
      reasons.append(
        h(
          doc,
          "p",
          {},
          detail.level === "insufficient_data"
            ? "Not enough shared history yet to judge this relationship."
            : "No warning signs in the recent window.",
        ),
      );
    }
  }
  out.push(h(doc, "div", { class: "computed" }, `Computed ${formatDateTime(detail?.computed_at ?? b.updated_at)}`));
  const note = h(doc, "div", { class: "note", role: "status", "aria-live": "polite" });
  const row = h(doc, "div", { class: "actions" });
  const draft = detail?.suggested_checkin;
  if (draft) {
    row.append(
      h(
        doc,
        "a",
        { class: "primary", href: actions.composeUrl(draft), target: "_blank", rel: "noopener noreferrer", "data-action": "checkin" },
        "Draft a check-in",
      ),
    );
  }
  const button = (label: string, kind: FeedbackKind, done: (r: { muted_until: string | null }) => string) => {
    const btn = h(doc, "button", { type: "button", "data-action": kind }, label) as HTMLButtonElement;
    // aria-disabled, not disabled: disabling the focused button would drop focus and close the popover.
    btn.addEventListener("click", () => {
      if (btn.getAttribute("aria-disabled") === "true") return;
      btn.setAttribute("aria-disabled", "true");
      void actions.feedback(b.email, kind).then((res) => {
        note.className = res.ok ? "note" : "note err";
        note.textContent = res.ok ? done(res) : "Could not save that; try again later.";
        btn.removeAttribute("aria-disabled");
        if (res.ok) onFeedback(res, kind);
      });
    });
    return btn;
  };
  row.append(
    button("Not a risk", "not_a_risk", () => "Marked as not a risk. Thanks — this helps."),
    button("Snooze 30 days", "snooze", (r) => `Snoozed until ${formatDate(r.muted_until)}.`),
  );
  out.push(row, note);
  return out;
}
