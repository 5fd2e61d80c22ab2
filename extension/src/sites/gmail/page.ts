/** Gmail adapter: finds contacts through the selectors in ./selectors and builds compose links. */
import { isEmail } from "../../shared/messages";
import { type ContactRef, type Draft, encodeQuery, type SitePage } from "../types";
import * as S from "./selectors";

function _contact(el: Element): ContactRef | null {
  const raw = el.getAttribute("email") ?? el.getAttribute("data-hovercard-id") ?? "";
  const email = raw.trim().toLowerCase();
  if (!isEmail(email)) return null;
  const chipName = el.matches(S.COMPOSE_CHIP) ? el.querySelector(S.COMPOSE_CHIP_NAME)?.textContent : null;
  // A hovercard's address line shows the address; the person's name is the card's heading.
  const cardName = el.matches(S.HOVERCARD_ADDRESS)
    ? el.closest(S.HOVERCARD)?.querySelector(S.HOVERCARD_NAME)?.textContent
    : null;
  const name = el.getAttribute("name") ?? el.getAttribute("data-name") ?? chipName ?? cardName ?? el.textContent;
  return { element: el, email, name: name?.trim() || null };
}

export function gmailPage(location: { pathname: string } = window.location): SitePage {
  // Keep the user's account (/mail/u/1/) so the draft opens in the mailbox they are reading.
  const account = /^\/mail\/u\/(\d+)\//.exec(location.pathname)?.[1];
  const composeBase = account ? S.COMPOSE_URL.replace("/mail/?", `/mail/u/${account}/?`) : S.COMPOSE_URL;
  return {
    site: "gmail",
    messageBodies: S.MESSAGE_BODY,
    findContacts(root: Element): ContactRef[] {
      const out: ContactRef[] = [];
      // A change inside a contact (its text re-rendered) rescans the contact itself.
      const self = root.closest(S.ALL_CONTACTS);
      if (self) {
        const c = _contact(self);
        if (c) out.push(c);
      }
      for (const el of root.querySelectorAll(S.ALL_CONTACTS)) {
        const c = _contact(el);
        if (c) out.push(c);
      }
      return out;
    },
    composeUrl(d: Draft): string {
      return `${composeBase}&${encodeQuery({ to: d.to, su: d.subject, body: d.body })}`;
    },
  };
}
