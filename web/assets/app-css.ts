import { roundsCss } from './rounds-css';

/**
 * The one stylesheet, kept as a string in a module so every runtime serves it from a route without
 * file-system or bundler support. Colours meet WCAG AA on white; every control is at least 44 px.
 */
export const appCss = `
*,*::before,*::after{box-sizing:border-box}
:root{--ink:#1a1a1a;--muted:#4a4a4a;--line:#8a8a8a;--paper:#fff;--tint:#f2f4f7;--brand:#0b4f8a;--ok:#17612c;--warn:#8a4b00;--bad:#a4161a;--focus:#ffbf47}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:var(--ink);background:var(--paper)}
a{color:var(--brand);text-underline-offset:.15em}
a:hover{text-decoration-thickness:3px}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
.skip{position:absolute;inset-inline-start:-999px;top:0;background:var(--focus);color:var(--ink);padding:.75rem 1rem;z-index:9}
.skip:focus{inset-inline-start:0}
header.top{background:var(--brand);color:#fff}
header.top .bar{max-width:60rem;margin:0 auto;padding:.25rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
header.top a,header.top .linkish{color:#fff;display:inline-flex;align-items:center;min-height:44px}
header.top .brand{font-weight:800;font-size:1.25rem;text-decoration:none;margin-inline-end:auto}
header.top nav,header.top .tools{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:center}
header.top form{margin:0}
.linkish{background:none;border:0;padding:0;font:inherit;text-decoration:underline;cursor:pointer;min-height:44px}
main{max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}
main.narrow>*{max-width:32rem}
h1{font-size:1.75rem;line-height:1.2;margin:.75rem 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
p{margin:.5rem 0 1rem}
.muted{color:var(--muted)}
.nowrap{white-space:nowrap}
footer.bottom{max-width:60rem;margin:0 auto;padding:1rem;border-top:1px solid var(--line);color:var(--muted)}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
.hint{display:block;font-weight:400;color:var(--muted);font-size:.95rem}
input,select,textarea,button,.button{font:inherit;font-size:1.05rem}
input,select,textarea{display:block;width:100%;max-width:28rem;min-height:44px;padding:.4rem .6rem;border:2px solid var(--ink);border-radius:4px;background:#fff;color:var(--ink)}
input.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.5rem;letter-spacing:.1em;text-transform:uppercase;max-width:16rem}
button,.button{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:.45rem 1.1rem;border:2px solid var(--brand);border-radius:4px;background:var(--brand);color:#fff;font-weight:600;text-decoration:none;cursor:pointer}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}
button.danger{background:var(--bad);border-color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin:1rem 0}
fieldset{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem 1rem;margin:1rem 0}
legend{font-weight:700;padding:0 .25rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:0 1rem}
.grid>div{display:flex;flex-direction:column;justify-content:flex-end}
.grid.issue{grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:0 1.5rem;align-items:start}
.radio{display:flex;align-items:center;gap:.5rem;font-weight:400;min-height:44px;margin:0}
.radio input{width:1.4rem;height:1.4rem;min-height:0;margin:0}
.message{border-inline-start:6px solid var(--brand);background:var(--tint);padding:.75rem 1rem;margin:1rem 0}
.message.ok{border-color:var(--ok)}
.message.warn{border-color:var(--warn)}
.message.bad{border-color:var(--bad)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{text-align:start;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:middle}
th{font-weight:700}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums}
.code-text{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:700;letter-spacing:.05em;white-space:nowrap}
/* The client's ticket: the time is the one thing to see from arm's length. */
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
.facts dt{font-weight:700}
.facts dd{margin:0}
.ticket .label{font-size:1rem;font-weight:600;color:var(--muted);margin:0}
.ticket .time{font-size:clamp(3.5rem,24vw,8rem);font-weight:800;line-height:1;margin:.25rem 0 .5rem;font-variant-numeric:tabular-nums;letter-spacing:-.02em}
.ticket .between{font-size:1.25rem;margin:0 0 1rem}
.ticket dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;font-size:1.15rem;margin:1rem 0}
.ticket dt{font-weight:700}
.ticket dd{margin:0}
.status{display:inline-block;padding:.1rem .6rem;border-radius:999px;border:2px solid currentColor;font-weight:700}
.status-booked{color:var(--ok)}
.status-picked_up{color:var(--brand)}
.status-no_show{color:var(--warn)}
.status-cancelled{color:var(--bad)}
.membership .time{font-size:clamp(2.5rem,14vw,5rem)}
.ticket.is-cancelled .time{text-decoration:line-through;color:var(--muted)}
/* Volunteer list */
.slot{border:2px solid var(--line);border-radius:6px;margin:1rem 0;padding:.25rem .75rem .5rem}
.slot.current{border-color:var(--brand);border-width:4px;background:#eef4fb}
.slot-head{font-size:1.3rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;margin:.5rem 0}
.slot .count{font-size:1rem;font-weight:400;color:var(--muted)}
.now-tag{background:var(--brand);color:#fff;border-radius:4px;padding:0 .5rem;font-size:1rem}
.row-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0}
.row-form select{width:auto}
.pick{list-style:none;margin:0;padding:0}
.pick li{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.35rem 0;border-top:1px solid #d0d0d0}
.pick li:first-child{border-top:0}
.pick .who{min-width:9rem}
.pick .note{flex:1 1 10rem;color:var(--muted)}
.pick form{margin:0;display:inline}
.pick .buttons{display:flex;gap:.5rem;margin-inline-start:auto}
.pick li[data-status=picked_up] .who,.pick li[data-status=cancelled] .who{text-decoration:line-through}
.lead{font-size:1.15rem}
details{margin:.5rem 0 1rem}
summary{cursor:pointer;min-height:44px;display:flex;align-items:center;color:var(--brand);font-weight:600;text-decoration:underline}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none;font-size:1.1rem}
.refreshed{font-size:.9rem}
.js-only{display:none!important}
.js .js-only{display:inline-flex!important}
/* Print sheet */
.sheet-tools{max-width:60rem;margin:0 auto;padding:1rem}
.slips{display:flex;flex-wrap:wrap;justify-content:center;gap:1rem;padding:1rem}
.slip{border:1px dashed #555;padding:4mm;width:95mm;height:55mm;display:grid;grid-template-columns:1fr 30mm;grid-template-rows:auto 1fr;column-gap:3mm;overflow:hidden;break-inside:avoid;background:#fff;color:#000}
.slip .s-label{font-size:9pt;margin:0;text-transform:uppercase;letter-spacing:.05em}
.slip .s-time{font-size:34pt;font-weight:800;line-height:1;margin:0 0 1mm;font-variant-numeric:tabular-nums}
/* A group's name is longer than a time ("Gruppe B", "مجموعة B"): smaller, so the code and the link still fit. */
.member-slips .slip .s-time{font-size:24pt}
.slip .s-date{font-size:12pt;font-weight:700;margin:0}
.slip .s-place{font-size:10pt;margin:0;line-height:1.25}
.slip .s-code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:15pt;font-weight:800;letter-spacing:.08em;margin:1mm 0 0}
.slip .s-url{font-size:7pt;margin:0;word-break:break-all}
.slip .s-qr{grid-column:2;grid-row:1/3;align-self:center}
.slip .s-qr svg{display:block;width:30mm;height:30mm}
/* Arabic letters join: spacing them out or upper-casing breaks the words. Codes and times stay left to right. */
[dir=rtl] .slip .s-label,[dir=rtl] .ticket .label{letter-spacing:normal;text-transform:none}
.slip .s-text{grid-column:1;grid-row:1/3;min-width:0}
.sheet-r80 .slip{width:72mm;height:auto;grid-template-columns:1fr;grid-template-rows:auto;border:0;border-bottom:1px dashed #555;text-align:center}
.sheet-r80 .slip .s-text,.sheet-r80 .slip .s-qr,.sheet-r58 .slip .s-text,.sheet-r58 .slip .s-qr{grid-column:1;grid-row:auto;justify-self:center}
.sheet-r80 .slip .s-time{font-size:40pt}
.sheet-r80 .slip .s-qr svg{width:40mm;height:40mm}
.sheet-r58 .slip{width:50mm;height:auto;grid-template-columns:1fr;grid-template-rows:auto;border:0;border-bottom:1px dashed #555;padding:2mm;text-align:center}
.sheet-r58 .slip .s-time{font-size:30pt}
.sheet-r58 .slip .s-code{font-size:13pt}
.sheet-r58 .slip .s-qr svg{width:32mm;height:32mm}
.sheet-r80,.sheet-r58{flex-direction:column;align-items:center;gap:0}
/* Bike stops, activities, the wall poster */
.stops{list-style:none;margin:0;padding:0}
.stop{border:2px solid var(--line);border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
.stop .stop-time{font-size:1.5rem;font-weight:800;margin:0;font-variant-numeric:tabular-nums}
.stop .stop-name{font-size:1.25rem;margin:.25rem 0 0}
.stop .stop-place{margin:0 0 .5rem}
.stop.is-cancelled{border-style:dashed;color:var(--muted)}
tr.is-cancelled{color:var(--muted)}
.bad-text{color:var(--bad);font-weight:600}
[aria-invalid=true]{border-color:var(--bad);border-width:3px}
.field-error{margin:.25rem 0}
.activity{border-top:2px solid var(--line);margin-top:1.5rem}
.poster h1{font-size:2.2rem;margin:0}
.poster .poster-week{font-size:1.3rem;margin:0 0 .5rem}
.poster-day h2{font-size:1.15rem;margin:.6rem 0 0;border-bottom:3px solid var(--ink)}
.poster table{margin:0}
.poster td{font-size:1rem;line-height:1.3;vertical-align:top;padding:.2rem .4rem}
.poster .p-time{white-space:nowrap;font-weight:800;width:7.5rem;font-variant-numeric:tabular-nums}
.poster .p-offers{width:30%}
.poster .p-cancelled{color:var(--bad);font-weight:700}
.poster-head{display:flex;justify-content:space-between;align-items:flex-start;gap:1rem}
.poster-head p{margin:0 0 .25rem}
.poster .p-url{font-weight:700;word-break:break-all}
.poster .p-qr svg{width:30mm;height:30mm;display:block}
/* Set-up and the crew's day page */
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.checks{display:flex;flex-wrap:wrap;gap:0 1.5rem}
.rrule-hint ul{margin:.25rem 0 1rem;padding-inline-start:1.25rem}
.rrule-hint code,td code{overflow-wrap:anywhere}
.notices{list-style:none;margin:0;padding:0}
.notice{border:2px solid var(--line);border-radius:6px;margin:1rem 0;padding:.25rem 1rem .75rem}
.notice.is-coming{border-style:dashed}
.notice p{margin:.4rem 0}
.notice-meta{color:var(--muted)}
.stop.crew fieldset{margin:.75rem 0}
.grid.counts{grid-template-columns:repeat(auto-fill,minmax(7rem,1fr))}
.day-pick input{width:auto}
.setup-links{list-style:none;padding:0;margin:.25rem 0 1rem;display:flex;flex-wrap:wrap;gap:0 1.5rem}
.setup-links a{display:inline-flex;align-items:center;min-height:44px;font-size:1.1rem}
.tag{display:inline-block;border:2px solid currentColor;border-radius:4px;padding:0 .4rem;font-size:.9rem;font-weight:700;margin-inline-start:.25rem}
@media (max-width:40rem){
  table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}
  table.stack td{display:block;border:0;padding:.1rem 0}
  table.stack td a{display:inline-flex;align-items:center;min-height:44px}
  /* On a phone: the name, language and log-out on the first line, the role's pages below. */
  header.top .bar{gap:0 .75rem}
  header.top nav.pages{order:3;flex-basis:100%;gap:0 .9rem;border-top:1px solid rgba(255,255,255,.35)}
  header.top .tools{gap:0 .9rem}
}
@page poster{size:A4 portrait;margin:12mm 14mm}
@page{margin:12mm}
@page a4{size:A4 portrait;margin:8mm 10mm}
@page r80{size:80mm 120mm;margin:2mm 4mm}
@page r58{size:58mm 100mm;margin:2mm 4mm}
@media print{
  header.top,footer.bottom,.no-print,.sheet-tools,.skip{display:none!important}
  main{max-width:none;padding:0}
  a{color:inherit;text-decoration:none}
  /* The tick box of a slip on paper: drawn here, not an element a slip (2,000 on a busy day). */
  .pick li[data-status]::before{content:"";width:1.2rem;height:1.2rem;border:2px solid var(--ink)}
  .slot,.slot.current{border:1px solid #000;background:none;break-inside:avoid;margin:2mm 0;padding:0 2mm}
  .slot-head{margin:1mm 0;font-size:12pt}
  .pick li{padding:.5mm 0}
  body{font-size:10pt}
  .now-tag{display:none}
  .poster-page main{max-width:none}
  .poster{page:poster;color:#000;font-size:11pt}
  .poster-day{break-inside:avoid}
  .stop{break-inside:avoid}
  .sheet-a4{page:a4;display:grid;grid-template-columns:95mm 95mm;grid-auto-rows:55.5mm;gap:0;padding:0;justify-content:center}
  .sheet-a4 .slip{border:1px dashed #000;margin:0;width:95mm;height:55.5mm}
  .sheet-r80{page:r80;padding:0;display:block}
  .sheet-r58{page:r58;padding:0;display:block}
  .sheet-r80 .slip,.sheet-r58 .slip{width:auto;border:0;break-after:page}
}
` + roundsCss;
