/**
 * Every Gmail DOM selector, named and dated with the saved page (test/fixtures/) that shows it.
 * Gmail's class names are short and stable-ish; the address always sits in an `email` attribute.
 */

/** Opened message, sender name. 2025-08-20, gmail_message_view_header_2025-08-20.html (real DOM); gmail_thread_2026-11-26.html. */
export const MESSAGE_SENDER = "h3.iw span.gD[email]";
/** Opened message, "to me / to …" recipients. 2025-08-20, gmail_message_view_header_2025-08-20.html. */
export const MESSAGE_RECIPIENT = "span.hb span.g2[email]";
/** Inbox / label list row sender (`yP` read, `zF` unread). 2026-11-26, gmail_inbox_2026-11-26.html. */
export const LIST_ROW_SENDER = "tr.zA td.yX div.yW span[email]";
/** Compose "To/Cc" chip (classic markup). 2026-11-26, gmail_compose_chips_2026-11-26.html. */
export const COMPOSE_CHIP_CLASSIC = "div.vR span.vN[email]";
/** Compose "To/Cc" chip (2023+ markup, no `email` attribute). 2026-11-26, gmail_compose_chips_2026-11-26.html. */
export const COMPOSE_CHIP = "div.afV[data-hovercard-id]";
/** The name text inside a 2023+ compose chip. 2026-11-26, gmail_compose_chips_2026-11-26.html. */
export const COMPOSE_CHIP_NAME = "div.akl";

/**
 * The contact hovercard: appended to <body> while a person is hovered, removed when the pointer leaves. Its
 * class names are obfuscated, so only the role and the address attribute. 2026-11-26, gmail_hovercard_2026-11-26.html.
 */
export const HOVERCARD = 'div[role="dialog"][data-hovercard-id]';
/** The address line inside the hovercard (the badge goes after it). 2026-11-26, gmail_hovercard_2026-11-26.html. */
export const HOVERCARD_ADDRESS = `${HOVERCARD} span[email]`;
/** The display name inside the hovercard. 2026-11-26, gmail_hovercard_2026-11-26.html. */
export const HOVERCARD_NAME = '[role="heading"]';

/** An opened message's body: nothing inside is ever badged. 2025-08-20, gmail_message_view_header_2025-08-20.html (real DOM); gmail_thread_2026-11-26.html. */
export const MESSAGE_BODY = "div.a3s";

/** Everything above, for one querySelectorAll per scanned subtree. */
export const ALL_CONTACTS = [
  MESSAGE_SENDER,
  MESSAGE_RECIPIENT,
  LIST_ROW_SENDER,
  COMPOSE_CHIP_CLASSIC,
  COMPOSE_CHIP,
  HOVERCARD_ADDRESS,
].join(", ");

export const COMPOSE_URL = "https://mail.google.com/mail/?view=cm&fs=1";
