/**
 * The card's styles, adopted into its closed shadow root (a constructed stylesheet,
 * so a strict page CSP does not block it). `:host` rules are `!important`: in the
 * cascade an important shadow rule beats the page's, so no page rule can hide,
 * move or restyle the card, and `all: initial` keeps inherited page styles out.
 */
export const CARD_STYLE = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  z-index: 2147483647 !important;
}
.card {
  position: fixed;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: min(400px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px));
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #111827;
  background: #fff;
  color-scheme: light;
  border: 1px solid #d1d5db;
  border-radius: 10px;
  box-shadow: 0 10px 30px rgb(0 0 0 / 0.2);
  text-align: start;
}
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
header, footer { display: flex; align-items: center; gap: 8px; padding: 8px 12px; }
header { justify-content: space-between; border-bottom: 1px solid #e5e7eb; font-weight: 600; }
footer { border-top: 1px solid #e5e7eb; }
.body { overflow: auto; padding: 10px 12px; }
p { margin: 0; }
ul { list-style: none; margin: 0; padding: 0; }
.label { font-size: 12px; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; color: #6b7280; }
.fact { margin: 2px 0 10px; padding-left: 8px; border-left: 3px solid #f59e0b; }
.group { margin-top: 8px; }
.note { margin-bottom: 6px; padding: 6px 8px; border-radius: 6px; background: #eff6ff; color: #1e3a8a; }
.version { padding: 6px 0; border-top: 1px solid #e5e7eb; }
.outlet { font-weight: 600; }
.date, .per, .missing, .differences { color: #4b5563; font-size: 12px; font-weight: 400; }
.differences { margin-top: 6px; }
.differences li::before { content: "≠ "; }
.missing { margin-top: 8px; }
.reach { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; color: #4b5563; font-size: 12px; }
.marks { display: inline-flex; gap: 3px; }
.mark { display: inline-block; min-width: 20px; padding: 0 3px; border: 1px solid #d97706; border-radius: 4px; background: #fef3c7; color: #111827; font-size: 10px; font-weight: 700; line-height: 16px; text-align: center; }
.mark.absent { border: 1px dashed #9ca3af; background: none; color: #4b5563; text-decoration: line-through; }
.more, .language { margin-top: 8px; color: #4b5563; font-size: 12px; }
.group > .label { margin-top: 8px; }
mark { padding: 0 1px; border-radius: 2px; background: #fde68a; color: inherit; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.close { padding: 0 6px; border: 0; background: none; color: inherit; font-size: 20px; line-height: 1.2; }
.open { padding: 6px 12px; border: 0; background: #1d4ed8; color: #fff; }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #1f2937; border-color: #4b5563; color-scheme: dark; }
  header, footer, .version { border-color: #374151; }
  .label, .date, .per, .missing, .differences, .reach, .more, .language { color: #9ca3af; }
  .mark { background: #422006; border-color: #b45309; color: #fde68a; }
  .mark.absent { background: none; border-color: #6b7280; color: #9ca3af; }
  .note { background: #1e3a8a; color: #dbeafe; }
  mark { background: #854d0e; color: #fef9c3; }
  .open { background: #60a5fa; color: #0b1220; }
}
`;
