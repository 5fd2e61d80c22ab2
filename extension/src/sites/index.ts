/** Picks the adapter for the page's host; the only place that branches on the site. */
import { gmailPage } from "./gmail/page";
import { outlookPage } from "./outlook/page";
import type { SitePage } from "./types";

export function pageFor(location: Location): SitePage | null {
  switch (location.hostname) {
    case "mail.google.com":
      return gmailPage(location);
    case "outlook.office.com":
    case "outlook.office365.com":
    case "outlook.live.com":
    case "outlook.cloud.microsoft":
      return outlookPage(location);
    default:
      return null;
  }
}
