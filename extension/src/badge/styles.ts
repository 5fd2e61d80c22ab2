/** Styles live in the badge's shadow root: nothing leaks into the mail page, and the page's CSS stays out. */
export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 2px 0 4px; line-height: 0;
  position: relative; cursor: pointer; outline: none; }
:host(:focus-visible) > .dot { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #1a73e8; }
.dot { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box;
  min-width: 15px; height: 15px; padding: 0 3px; border-radius: 50%;
  font: 700 10px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; letter-spacing: -0.5px;
  color: #fff; user-select: none; }
.dot[data-level="healthy"] { background: #137333; }
.dot[data-level="watch"] { background: #f9ab00; color: #202124; }
.dot[data-level="at_risk"] { background: #c5221f; border-radius: 3px; }
.dot[data-level="insufficient_data"] { background: #fff; color: #5f6368; border: 1.5px dashed #80868b; }
.dot[data-level="muted"] { background: #e8eaed; color: #5f6368; }
`;

/** Only adopted once a popover opens: a hundred closed badges carry the small sheet above. */
export const POPOVER_CSS = `
.pop { position: fixed; z-index: 2147483000; box-sizing: border-box; width: 360px; max-height: 420px; overflow: hidden;
  display: flex; flex-direction: column;
  padding: 12px 14px; background: #fff; color: #202124; border: 1px solid #dadce0; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.4; cursor: auto; text-align: left; white-space: normal; }
.pop[hidden] { display: none; }
.body { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
.reasons { overflow: auto; min-height: 0; flex: 1 1 auto; }
.head { flex: none; display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.head .dot { flex: none; }
.title { font-weight: 600; font-size: 14px; }
.sub { color: #5f6368; font-size: 12px; }
h4 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .4px; color: #5f6368; }
ul { margin: 0; padding: 0; list-style: none; }
li.signal { margin: 6px 0; }
li.signal b { font-weight: 600; }
ul.ev { margin: 2px 0 0 10px; }
ul.ev li { color: #3c4043; font-size: 12px; margin: 2px 0; }
ul.ev time { color: #5f6368; font-variant-numeric: tabular-nums; }
.computed { margin-top: 8px; color: #5f6368; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.actions a, .actions button { font: 500 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 7px 10px; border-radius: 4px; border: 1px solid #dadce0; background: #fff; color: #1a73e8;
  cursor: pointer; text-decoration: none; }
.actions a.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.actions a:focus-visible, .actions button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.actions button[aria-disabled="true"] { color: #80868b; cursor: default; }
.note { margin-top: 8px; font-size: 12px; color: #137333; }
.note.err { color: #c5221f; }
`;
