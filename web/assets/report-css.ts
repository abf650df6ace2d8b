/** The report page's own styles, print included; served beside the page so app.css stays as it is. */
export const reportCss = `
.report-form{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:1rem 0}
.report-form select,.report-form input{min-width:11rem}
.report-presets{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:.5rem 0 1rem}
.report-presets a{min-height:44px;display:inline-flex;align-items:center}
.report-presets a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.report-period{font-size:1.15rem;font-weight:600;margin-top:-.5rem}
.report-chart{margin:1rem 0 1.5rem}
.report-chart figcaption{font-weight:600;margin-bottom:.25rem}
.report-chart svg[role=img]{width:100%;height:auto;display:block;max-width:60rem}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.legend svg{vertical-align:-2px}
.report-table th,.report-table td{padding:.25rem .5rem}
.report-table .num{text-align:right;font-variant-numeric:tabular-nums}
.report-table caption{text-align:left;font-weight:600}
.report-table tfoot th,.report-table tfoot td{border-top:2px solid var(--ink);font-weight:700}
.report-table tr.is-closed{color:var(--muted);background:var(--tint)}
.report-page main{max-width:72rem}
@media print{
  @page{size:A4 landscape;margin:10mm 12mm}
  body{font-size:9.5pt}
  .report-page main{max-width:none}
  .chart-data{display:none}
  .report-chart{break-inside:avoid;margin:2mm 0 4mm}
  .report-chart svg[role=img]{width:auto;max-width:100%;max-height:62mm}
  .report-block h3{break-after:avoid}
  .report-table{font-size:8.5pt}
  .report-table thead{display:table-header-group}
  .report-table tfoot{display:table-row-group}
  .report-table tr{break-inside:avoid}
  h1{font-size:15pt;margin:0}
  h2{font-size:13pt;break-after:avoid}
}
`;
