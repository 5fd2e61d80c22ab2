// Unspoken console: the only script. Copy a draft; confirm destructive forms.
document.addEventListener("click", async (ev) => {
  const btn = ev.target.closest("[data-copy]");
  if (!btn) return;
  const box = document.getElementById(btn.dataset.copy);
  const subject = box.querySelector(".subject");
  const text = (subject ? "Subject: " + subject.textContent + "\n\n" : "") +
    box.querySelector("pre").textContent;
  const status = btn.parentElement.querySelector(".copied");
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = "Copied to the clipboard.";
  } catch (e) {
    const range = document.createRange();
    range.selectNodeContents(box);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
  }
});
document.addEventListener("submit", (ev) => {
  const msg = ev.target.dataset.confirm;
  if (msg && !confirm(msg)) ev.preventDefault();
});
