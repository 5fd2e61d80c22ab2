/** Outlook on the web adapter: reads addresses from labels, titles and mailto links; names go to the resolver. */
import { isEmail } from "../../shared/messages";
import { type ContactRef, type Draft, encodeQuery, parseNameAddress, type SitePage } from "../types";
import * as S from "./selectors";

const _PANE_ANY = S.IN_PANE.join(", ");

function _fromPane(el: Element): ContactRef | null {
  let text: string;
  if (el.matches(S.MAILTO)) {
    text = decodeURIComponent((el.getAttribute("href") ?? "").replace(/^mailto:/i, "").split("?")[0] ?? "");
  } else if (el.matches(S.PERSONA_LABELLED)) {
    text = el.getAttribute("aria-label") ?? "";
  } else {
    text = el.getAttribute("title") ?? "";
  }
  const { name, email } = parseNameAddress(text);
  if (!email || !isEmail(email)) return null;
  return { element: el, email, name: name ?? (el.textContent?.trim() || null) };
}

/** A compose recipient chip: "Name <address>" or the address in aria-label, else the address in title. */
function _fromChip(el: Element): ContactRef | null {
  for (const attr of ["aria-label", "title"]) {
    const { name, email } = parseNameAddress(el.getAttribute(attr) ?? "");
    if (email && isEmail(email)) return { element: el, email, name: name ?? (el.textContent?.trim() || null) };
  }
  return null;
}

/** Chips of the recipient wells in or around `root`; nothing else inside an editable. */
function _chips(root: Element): ContactRef[] {
  const out: ContactRef[] = [];
  const push = (el: Element) => {
    // Only a chip whose well is a recipient well (not the body), and not a well nested in another editable.
    const well = el.closest(S.EDITABLE);
    if (!well?.matches(S.RECIPIENT_WELL) || well.parentElement?.closest(S.EDITABLE)) return;
    const c = _fromChip(el);
    if (c) out.push(c);
  };
  const self = root.closest(S.RECIPIENT_CHIP);
  if (self) push(self);
  else for (const el of root.querySelectorAll(S.RECIPIENT_CHIP)) push(el);
  return out;
}

function _fromRow(row: Element): ContactRef | null {
  const sender = row.querySelector(S.LIST_ROW_SENDER);
  if (!sender) return null;
  const title = (sender.getAttribute("title") ?? "").trim();
  const { name, email } = parseNameAddress(title);
  if (email) return { element: sender, email, name };
  if (!title || title.length > 200) return null;
  return { element: sender, email: null, name: title };
}

export function outlookPage(location: { origin: string } = window.location): SitePage {
  return {
    site: "outlook",
    recipientFields: S.RECIPIENT_WELL,
    findContacts(root: Element): ContactRef[] {
      const out: ContactRef[] = [];
      const push = (c: ContactRef | null) => {
        if (c && !c.element.closest(S.EDITABLE)) out.push(c);
      };
      // Reading pane: the root may be the pane, inside it, or contain it.
      const inPane = root.closest(S.READING_PANE) !== null;
      const panes = inPane ? [root] : [...root.querySelectorAll(S.READING_PANE)];
      for (const pane of panes) {
        const self = inPane ? root.closest(_PANE_ANY) : null;
        if (self) push(_fromPane(self));
        for (const el of pane.querySelectorAll(_PANE_ANY)) push(_fromPane(el));
      }
      // Message list: rows show display names only.
      const row = root.closest(S.LIST_ROW);
      if (row) push(_fromRow(row));
      else for (const r of root.querySelectorAll(S.LIST_ROW)) push(_fromRow(r));
      // Compose recipient chips, in the reading pane or a popped-out / deeplink compose.
      out.push(..._chips(root));
      return out;
    },
    composeUrl(d: Draft): string {
      return `${location.origin}${S.COMPOSE_PATH}?${encodeQuery({ to: d.to, subject: d.subject, body: d.body })}`;
    },
  };
}
