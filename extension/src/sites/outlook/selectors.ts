/**
 * Every Outlook on the web DOM selector, named and dated with the saved page (test/fixtures/) that shows it.
 * Outlook's class names are hashed and change between releases, and its labels are translated, so selectors use
 * roles, ids, ARIA attributes and the Fluent UI Persona's global class names only; addresses come from
 * `aria-label` / `title` text ("Name <address>"), `mailto:` links and persona text.
 */

/** The reading pane region. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const READING_PANE = '#ReadingPaneContainerId, [role="main"][aria-label="Reading Pane"]';
/**
 * An element whose label holds "Name <address>": a persona button, or the container around a sender whose
 * clickable persona inside has no label of its own. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html
 * (buttons); 2026-12-05, outlook_reading_pane_variants_2026-12-05.html (container).
 */
export const PERSONA_LABELLED = '[aria-label*="@"]';
/** The clickable persona inside a labelled container: the badge goes after it. 2026-12-05, outlook_reading_pane_variants_2026-12-05.html. */
export const PERSONA_BUTTON = '[role="button"]';
/** Persona names whose tooltip is the address (Cc line, hover names). 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const PERSONA_TITLED = 'span[title*="@"]';
/** Address links in the reading pane. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const MAILTO = 'a[href^="mailto:" i]';
/**
 * A persona (opens a contact card) that shows a display name only, no address anywhere: resolved by name.
 * 2026-12-05, outlook_reading_pane_variants_2026-12-05.html (Cc line).
 */
export const PERSONA_NAME_ONLY = '[role="button"][aria-haspopup="dialog"]';
/**
 * Outlook.com's Fluent UI Persona: the name, and beside it the address as text. Stable global class names.
 * 2026-12-05, outlook_live_persona_2026-12-05.html.
 */
export const PERSONA_CARD_NAME = ".ms-Persona-primaryText";
export const PERSONA_CARD = ".ms-Persona-details, .ms-Persona";
export const PERSONA_CARD_ADDRESS = ".ms-Persona-secondaryText";
/**
 * The body of an opened message: nothing inside is ever badged (signatures, quoted mail, pasted personas).
 * `UniqueMessageBody_N` is the body's id in every language; "Message body" its English name; a document inside
 * the message's document is its body where neither is present. 2026-12-05, outlook_reading_pane_variants_2026-12-05.html;
 * 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html.
 */
export const MESSAGE_BODY = '[id^="UniqueMessageBody"], [aria-label="Message body"], [role="document"] [role="document"]';
/** Message list rows. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const LIST_ROW = '[role="listbox"] [role="option"]';
/**
 * Titled spans of a list row: the sender (display name), the subject, and in the compact layout the date or time
 * first. The sender is the first that is not a date or a time. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html;
 * 2026-12-05, outlook_reading_pane_variants_2026-12-05.html (date first).
 */
export const LIST_ROW_TITLED = "span[title]";
/** The user's own draft: never touched. 2026-11-26, outlook_inbox_reading_pane_2026-11-26.html. */
export const EDITABLE = '[contenteditable="true"], [contenteditable=""], [role="textbox"]';

/**
 * Compose "To" / "Cc" / "Bcc" recipient wells: contenteditable textboxes that pop up a list of people
 * (aria-haspopup=listbox), in any language; the message body is a textbox without that popup.
 * 2026-11-26, outlook_compose_recipients_2026-11-26.html; 2026-12-05, outlook_compose_{fr,de,es}_2026-12-05.html.
 */
export const RECIPIENT_WELL = '[role="textbox"][aria-haspopup="listbox"]';
/**
 * A recipient chip in a well: the persona button directly inside a non-editable island, its aria-label
 * "Name <address>" (or the bare address when unresolved) or its title the address.
 * 2026-11-26, outlook_compose_recipients_2026-11-26.html.
 */
export const RECIPIENT_CHIP = '[contenteditable="false"] > [role="button"]';

export const IN_PANE = [PERSONA_LABELLED, PERSONA_TITLED, MAILTO, PERSONA_NAME_ONLY, PERSONA_CARD_NAME];

export const COMPOSE_PATH = "/mail/deeplink/compose";
