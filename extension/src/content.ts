/** Content script entry: starts the features for this mail page and restarts them on in-app navigation. */
import { LookupClient } from "./content/client";
import * as scanner from "./scanner";
import type { Invalidate } from "./shared/messages";
import { pageFor } from "./sites";

function main(): void {
  const page = pageFor(window.location);
  if (!page) return;
  const client = new LookupClient((msg) => chrome.runtime.sendMessage(msg));

  chrome.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (sender.id !== chrome.runtime.id) return;
    const m = msg as Partial<Invalidate> | null;
    if (m?.type === "invalidate" && (m.emails === "all" || Array.isArray(m.emails))) client.invalidate(m as Invalidate);
  });

  let controller = new AbortController();
  let url = window.location.href;
  const start = () => scanner.init(controller.signal, page, { client });
  const restart = () => {
    if (window.location.href === url) return;
    url = window.location.href;
    controller.abort();
    controller = new AbortController();
    start();
  };
  start();
  // Gmail routes with the hash, Outlook with the History API; the Navigation API sees both.
  window.addEventListener("hashchange", restart);
  window.addEventListener("popstate", restart);
  (window as unknown as { navigation?: EventTarget }).navigation?.addEventListener("navigatesuccess", restart);
  window.addEventListener("pagehide", () => controller.abort(), { once: true });
}

main();
