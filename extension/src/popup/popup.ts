/** Popup: backend URL, sign-in (OAuth or pasted token), mailbox sync status, sign out. */
import type { Mailbox } from "../shared/api";
import type { PopupRequest } from "../shared/messages";
import type { Status } from "../worker/service";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function send<T>(msg: PopupRequest): Promise<T> {
  return chrome.runtime.sendMessage(msg) as Promise<T>;
}

function say(text: string): void {
  $("message").textContent = text;
}

function _line(cls: string, text: string): HTMLElement {
  const p = document.createElement("p");
  p.className = cls;
  p.textContent = text;
  return p;
}

const _STATUS: Record<string, [string, string]> = {
  ok: ["ok", "Up to date"],
  syncing: ["warn", "Syncing"],
  needs_reauth: ["err", "Needs you to sign in again"],
  error: ["err", "Sync failed"],
};

function _mailbox(m: Mailbox): HTMLElement {
  const li = document.createElement("li");
  const [cls, label] = _STATUS[m.status] ?? ["muted", m.status];
  const progress = m.status === "syncing" && typeof m.progress === "number" ? ` ${Math.round(m.progress * 100)}%` : "";
  const when = m.last_synced_at ? ` · last sync ${new Date(m.last_synced_at).toLocaleString()}` : "";
  li.append(
    _line("", `${m.address} (${m.provider})`),
    _line(`sub ${cls}`, `${label}${progress}${m.stage && m.status === "syncing" ? ` — ${m.stage}` : ""}${when}`),
  );
  if (m.last_error && m.status !== "ok") li.append(_line("sub err", m.last_error));
  return li;
}

async function render(): Promise<void> {
  const s = await send<Status>({ type: "status" });
  ($("backend") as HTMLInputElement).value = s.backend;
  const state = $("state");
  state.replaceChildren();
  $("signin").hidden = s.signedIn;
  $("account").hidden = !s.signedIn;
  if (!s.signedIn) {
    state.append(_line("", "Signed out: no badges are shown."));
    if (s.problem?.kind === "unauthorized") state.append(_line("err", s.problem.detail));
    return;
  }
  if (s.me) {
    state.append(_line("ok", `Signed in as ${s.me.name ? `${s.me.name} <${s.me.email}>` : s.me.email}`));
    const list = $("mailboxes");
    list.replaceChildren(...s.me.mailboxes.map(_mailbox));
    if (!s.me.mailboxes.length) list.append(_line("muted", "No mailbox connected yet."));
  } else {
    state.append(_line("", "Signed in."));
    $("mailboxes").replaceChildren(_line("muted", "Mailbox status is unavailable right now."));
  }
  if (s.problem && s.problem.kind !== "unauthorized") {
    state.append(_line("err", `${s.problem.detail} Badges are paused until it answers.`));
  }
}

/** Match patterns ignore ports: http://127.0.0.1/* covers every local port. */
function _originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

$("backend-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const url = ($("backend") as HTMLInputElement).value;
  try {
    // Host access to a self-hosted backend is asked for only when configured (optional permission).
    const origins = [_originPattern(url)];
    if (!(await chrome.permissions.contains({ origins }))) {
      if (!(await chrome.permissions.request({ origins }))) return say("Access to that backend was not granted.");
    }
  } catch {
    return say("That is not a valid URL.");
  }
  const res = await send<{ ok: boolean; error?: string }>({ type: "setBackend", url });
  say(res.ok ? "" : (res.error ?? "Could not save."));
  await render();
});

$("token-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const input = $("token") as HTMLInputElement;
  const res = await send<{ ok: boolean; error?: string }>({ type: "setToken", token: input.value });
  input.value = "";
  say(res.ok ? "" : (res.error ?? "Could not sign in."));
  await render();
});

for (const btn of document.querySelectorAll<HTMLButtonElement>("button[data-provider]")) {
  btn.addEventListener("click", async () => {
    const provider = btn.dataset.provider === "microsoft" ? "microsoft" : "google";
    say("");
    const res = await send<{ ok: boolean; error?: string }>({ type: "signIn", provider });
    say(res.ok ? "" : (res.error ?? "Could not sign in."));
    await render();
  });
}

$("signout").addEventListener("click", async () => {
  await send({ type: "signOut" });
  await render();
});

void render();
