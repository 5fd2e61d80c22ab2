/** The one interface between a mail site's adapter and the site-neutral features. */

/** A contact shown on the page: an element and the address (or, on Outlook, only the name) it shows. */
export interface ContactRef {
  /** The element the badge is placed after. */
  element: Element;
  /** Lower-cased address when the page shows one. */
  email: string | null;
  /** Display name, used to ask the backend when no address is shown. */
  name: string | null;
}

export interface Draft {
  to: string;
  subject: string;
  body: string;
}

export interface SitePage {
  readonly site: "gmail" | "outlook";
  /** Every contact inside `root` (including root itself). Must be cheap: it runs on each mutation batch. */
  findContacts(root: Element): ContactRef[];
  /**
   * Editable fields holding recipient chips (Outlook's To/Cc wells). Contacts inside an editable are never
   * badged, except inside a non-editable chip of one of these; the message body is never one of them.
   */
  readonly recipientFields?: string;
  /** The bodies of opened messages (signatures, quotes, pasted cards): nothing inside one is ever badged. */
  readonly messageBodies?: string;
  /** The site's own compose window, prefilled. */
  composeUrl(draft: Draft): string;
}

const _EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

// "From:", "To:", "Cc:" … as Outlook writes them in English, French, German and Spanish labels.
const _FIELD_PREFIX = /^(from|to|cc|bcc|cci|cco|sender|sent by|on behalf of|de|à|von|an|para)\s*:\s*/i;

/** "Cc: Lee Wong" → "Lee Wong" (surrounding quotes and spaces dropped too). */
export function stripFieldPrefix(text: string): string {
  return text.trim().replace(_FIELD_PREFIX, "").replace(/^["'\s]+|["'\s]+$/g, "");
}

/** "Dana Reyes <dana@acme.com>", "From: Dana Reyes <dana@acme.com>", "dana@acme.com" → parts. */
export function parseNameAddress(text: string): { name: string | null; email: string | null } {
  const m = _EMAIL_IN_TEXT.exec(text);
  if (!m) return { name: null, email: null };
  const email = m[0].replace(/\.$/, "").toLowerCase();
  const name = stripFieldPrefix(text.slice(0, m.index).replace(/[<("'\s]+$/, ""));
  return { name: name || null, email };
}

/** Query string with %20 for spaces (compose pages do not all read "+" as a space). */
export function encodeQuery(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join("&");
}
