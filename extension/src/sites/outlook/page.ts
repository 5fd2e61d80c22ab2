/** Outlook on the web adapter: reads addresses from labels, titles, persona text and mailto links; names go to the resolver. */
import { isEmail } from "../../shared/messages";
import { type ContactRef, type Draft, encodeQuery, parseNameAddress, type SitePage, stripFieldPrefix } from "../types";
import * as S from "./selectors";

const _PANE_ANY = S.IN_PANE.join(", ");
/** What carries an address of its own: such an element is read by itself, never through its container. */
const _ADDRESSED = [S.PERSONA_LABELLED, S.PERSONA_TITLED, S.MAILTO].join(", ");

const _TIME = /(?:^|\s)\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?\s?m\.?)?(?:$|\s)/i;
const _NUMERIC_DATE = /(?:^|\s)\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\.?(?:$|\s)/;
// Month names as Outlook abbreviates them in English, French, German and Spanish ("Oct 21", "21 oct.", "3. Dez.").
const _MONTH = "(?:jan|feb|f[ée]v|mar|m[äa]r|apr|avr|abr|ma[iy]|jun|juin|jul|juil|aug|ao[uû]|ago|sep|oct|okt|nov|dec|d[ée]c|dez|dic|ene)\\p{L}*\\.?";
const _WORD_DATE = new RegExp(`^(?:${_MONTH},?\\s+\\d{1,2}\\.?(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${_MONTH}(?:\\s+\\d{4})?)$`, "iu");

/** "10/21/2026", "Thu 8:15 AM", "08:05", "21.10.2026", "Oct 21": a list row's date, never its sender. */
export function looksLikeDateOrTime(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && /\d/.test(t) && (_TIME.test(t) || _NUMERIC_DATE.test(t) || _WORD_DATE.test(t));
}

function _plausibleName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && !name.includes("@") && /\p{L}/u.test(name) && !looksLikeDateOrTime(name);
}

/** A labelled element: a persona button, or a container whose clickable persona inside has no label of its own. */
function _fromLabelled(el: Element): ContactRef | null {
  const { name, email } = parseNameAddress(el.getAttribute("aria-label") ?? "");
  if (!email || !isEmail(email)) return null;
  let target = el;
  if (!el.matches(S.PERSONA_BUTTON)) {
    if (el.querySelector(_ADDRESSED)) return null; // its people carry their own addresses
    target = el.querySelector(S.PERSONA_BUTTON) ?? el;
  }
  return { element: target, email, name: name ?? (target.textContent?.trim() || null) };
}

/** Outlook.com's persona: the name element, the address as the text beside it (else the name alone). */
function _fromCard(el: Element): ContactRef | null {
  const text = el.closest(S.PERSONA_CARD)?.querySelector(S.PERSONA_CARD_ADDRESS)?.textContent ?? "";
  const { email } = parseNameAddress(text);
  const name = el.textContent?.trim() ?? "";
  if (email && isEmail(email)) return { element: el, email, name: name || null };
  return _plausibleName(name) ? { element: el, email: null, name } : null;
}

/** A persona that shows a name and no address anywhere (a Cc name): the backend resolves it. */
function _fromNameOnly(el: Element): ContactRef | null {
  if (el.querySelector(_ADDRESSED) || el.parentElement?.closest(S.PERSONA_LABELLED)) return null;
  const name = stripFieldPrefix(el.getAttribute("aria-label") || el.getAttribute("title") || el.textContent || "");
  return _plausibleName(name) ? { element: el, email: null, name } : null;
}

function _fromPane(el: Element): ContactRef | null {
  if (el.matches(S.MAILTO)) {
    const text = decodeURIComponent((el.getAttribute("href") ?? "").replace(/^mailto:/i, "").split("?")[0] ?? "");
    const { name, email } = parseNameAddress(text);
    return email && isEmail(email) ? { element: el, email, name: name ?? (el.textContent?.trim() || null) } : null;
  }
  if (el.matches(S.PERSONA_LABELLED)) return _fromLabelled(el);
  if (el.matches(S.PERSONA_TITLED)) {
    const { name, email } = parseNameAddress(el.getAttribute("title") ?? "");
    return email && isEmail(email) ? { element: el, email, name: name ?? (el.textContent?.trim() || null) } : null;
  }
  if (el.matches(S.PERSONA_CARD_NAME)) return _fromCard(el);
  return el.matches(S.PERSONA_NAME_ONLY) ? _fromNameOnly(el) : null;
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

/** The row's sender: its first titled span that is not the date or time (the compact layout puts that first). */
function _fromRow(row: Element): ContactRef | null {
  for (const span of row.querySelectorAll(S.LIST_ROW_TITLED)) {
    const title = (span.getAttribute("title") ?? "").trim();
    if (!title || looksLikeDateOrTime(title)) continue;
    const { name, email } = parseNameAddress(title);
    if (email) return { element: span, email, name };
    return title.length <= 200 ? { element: span, email: null, name: title } : null;
  }
  return null;
}

export function outlookPage(location: { origin: string } = window.location): SitePage {
  return {
    site: "outlook",
    recipientFields: S.RECIPIENT_WELL,
    messageBodies: S.MESSAGE_BODY,
    findContacts(root: Element): ContactRef[] {
      const out: ContactRef[] = [];
      const seen = new Set<Element>();
      const push = (c: ContactRef | null) => {
        if (!c || seen.has(c.element) || c.element.closest(S.EDITABLE) || c.element.closest(S.MESSAGE_BODY)) return;
        seen.add(c.element);
        out.push(c);
      };
      // Reading pane: the root may be the pane, inside it (a re-rendered name or card), or contain it.
      const inPane = root.closest(S.READING_PANE) !== null;
      const panes = inPane ? [root] : [...root.querySelectorAll(S.READING_PANE)];
      for (const pane of panes) {
        if (inPane) {
          const around = [root.closest(_PANE_ANY), root.closest(S.PERSONA_LABELLED),
            root.closest(S.PERSONA_CARD)?.querySelector(S.PERSONA_CARD_NAME) ?? null];
          for (const el of new Set(around)) if (el) push(_fromPane(el));
        }
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
