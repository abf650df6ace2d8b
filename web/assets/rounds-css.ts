/** Delivery rounds: the planning table, the driver's phone page and the driver's sheet. */
export const roundsCss = `
.status-stop-planned{color:var(--ok)}
.status-stop-delivered{color:var(--brand)}
.status-stop-not_home{color:var(--warn)}
.round{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
.round h2{margin:.25rem 0}
.stops{list-style:none;margin:0;padding:0}
.stops>li{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;padding:.5rem 0;border-top:1px solid #d0d0d0}
.stops>li:first-child{border-top:0}
.stops .win{font-weight:800;font-variant-numeric:tabular-nums;min-width:7.5rem}
.stops .what{flex:1 1 12rem;min-width:0;overflow-wrap:anywhere}
.stops .bring{color:var(--muted)}
.stops form{margin:0;display:inline}
.stops .buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin-inline-start:auto}
.stops li[data-status=delivered] .what{text-decoration:line-through}
.stops li[data-status=not_home] .win{color:var(--warn)}
.inline-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}
.inline-form .field{margin:0}
.drive .stops>li{padding:.75rem 0}
.drive .buttons button{min-width:8rem}
.driver-sheet{width:100%;border-collapse:collapse;font-size:11pt}
.driver-sheet th,.driver-sheet td{border:1px solid #000;padding:2mm;text-align:start;vertical-align:top}
.driver-sheet .win{white-space:nowrap;font-weight:700;font-variant-numeric:tabular-nums}
.driver-sheet .tick{width:14mm}
.driver-sheet .box{display:inline-block;width:6mm;height:6mm;border:2px solid #000}
.driver-sheet tr{break-inside:avoid}
@media print{
  .driver-page{page:a4}
  .driver-page h1{font-size:16pt;margin:0 0 2mm}
}
`;
