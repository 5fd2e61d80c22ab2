/** Service worker: validates who is asking and what, then answers from the cache or the backend. */
import { type Invalidate, classifySender, parseContentRequest, parsePopupRequest } from "./shared/messages";
import { MAIL_ORIGINS } from "./shared/config";
import { type StorageAreaLike } from "./worker/cache";
import { Service } from "./worker/service";
import { TokenStore } from "./worker/token";

const session = chrome.storage.session as unknown as StorageAreaLike;
const local = chrome.storage.local as unknown as StorageAreaLike;

/** Content scripts may only talk to us; they must never read the session area (token cache). */
void chrome.storage.session.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" }).catch(() => undefined);

function broadcast(msg: Invalidate): void {
  chrome.tabs.query({ url: MAIL_ORIGINS.map((o) => `${o}/*`) }, (tabs) => {
    for (const t of tabs) if (t.id !== undefined) chrome.tabs.sendMessage(t.id, msg).catch(() => undefined);
  });
}

const service = new Service({
  fetch: (input, init) => fetch(input, init),
  tokens: new TokenStore(indexedDB, session),
  session,
  local,
  broadcast,
  launchAuth: (url) =>
    chrome.identity.launchWebAuthFlow({ url, interactive: true }).then((r) => {
      if (!r) throw new Error("no redirect");
      return r;
    }),
  authRedirectUrl: chrome.identity?.getRedirectURL?.("auth") ?? "",
});

const EXTENSION_ORIGIN = chrome.runtime.getURL("");

chrome.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
  const who = classifySender(sender, chrome.runtime.id, EXTENSION_ORIGIN);
  if (!who) return false;
  const answer = who.kind === "content" ? _content(who.tabId, msg) : _popup(msg);
  if (!answer) return false;
  answer.then(sendResponse, () => sendResponse(null));
  return true; // answered asynchronously
});

function _content(tabId: number, msg: unknown): Promise<unknown> | null {
  const req = parseContentRequest(msg);
  if (!req) return null;
  switch (req.type) {
    case "badges":
      return service.badges(tabId, req.emails).then((badges) => ({ badges }));
    case "resolve":
      return service.resolve(tabId, req.names);
    case "contact":
      return service.contact(req.email);
    case "feedback":
      return service.feedback(req.email, req.kind);
  }
}

function _popup(msg: unknown): Promise<unknown> | null {
  const req = parsePopupRequest(msg);
  if (!req) return null;
  switch (req.type) {
    case "status":
      return service.status();
    case "setBackend":
      return service.setBackend(req.url);
    case "setToken":
      return service.setToken(req.token);
    case "signIn":
      return service.signIn(req.provider);
    case "signOut":
      return service.signOut().then(() => ({ ok: true }));
  }
}

chrome.tabs.onRemoved.addListener((tabId) => service.forgetTab(tabId));
