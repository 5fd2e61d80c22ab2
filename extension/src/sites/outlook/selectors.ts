/**
 * Every Outlook on the web DOM selector, named and dated with the saved page (test/fixtures/) that shows it.
 * Outlook's class names are hashed and change between releases, so selectors use roles and attributes
 * only; addresses come from `aria-label` / `title` text ("Name <address>") and `mailto:` links.
 */

/** The reading pane region. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const READING_PANE = '#ReadingPaneContainerId, [role="main"][aria-label="Reading Pane"]';
/** Sender / recipient persona buttons whose label holds "Name <address>". 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const PERSONA_LABELLED = '[role="button"][aria-label*="@"]';
/** Persona names whose tooltip is the address (Cc line, hover names). 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const PERSONA_TITLED = 'span[title*="@"]';
/** Address links in the reading pane. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const MAILTO = 'a[href^="mailto:" i]';
/** Message list rows. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const LIST_ROW = '[role="listbox"] [role="option"]';
/** The sender name in a list row: the first titled span (title = display name, no address). 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const LIST_ROW_SENDER = "span[title]";
/** The user's own draft: never touched. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const EDITABLE = '[contenteditable="true"], [contenteditable=""], [role="textbox"]';

/**
 * Compose "To" / "Cc" / "Bcc" recipient wells: contenteditable textboxes, told from the message body only by
 * their accessible name (English UI; an unknown name is treated as the body, i.e. left alone).
 * 2026-11-26, outlook_compose_recipients_2026-11-26.html.
 */
export const RECIPIENT_WELL = ["To", "Cc", "Bcc"].map((n) => `[role="textbox"][aria-label="${n}"]`).join(", ");
/**
 * A recipient chip in a well: the persona button directly inside a non-editable island, its aria-label
 * "Name <address>" (or the bare address when unresolved) or its title the address.
 * 2026-11-26, outlook_compose_recipients_2026-11-26.html.
 */
export const RECIPIENT_CHIP = '[contenteditable="false"] > [role="button"]';

export const IN_PANE = [PERSONA_LABELLED, PERSONA_TITLED, MAILTO];

export const COMPOSE_PATH = "/mail/deeplink/compose";
