/**
 * The door screen's stylesheet (web/views/door-screen.tsx), apart from the pages' own: read across
 * a room on a TV (1920×1080) or an old tablet (800×480) without scrolling. White and yellow on
 * black pass WCAG AAA (21:1 and 15:1); nothing moves but the words the script swaps.
 */
export const screenCss = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;height:100%;background:#000;color:#fff}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.15;font-variant-numeric:tabular-nums}
main{height:100vh;display:flex;flex-direction:column;padding:2vh 3vw;gap:1vh;overflow:hidden}
h1,h2,p,ul{margin:0}
.site{font-size:min(3vw,5vh);font-weight:600;color:#d9d9d9}
.label{font-size:min(4.5vw,7.5vh);font-weight:700;color:#ffd866}
.label .day{color:#fff;margin-inline-start:.5em}
/* The languages side by side (without script) as boxes with a rule between: a separator drawn
   inside an Arabic word would sit on its right, so the rule's side follows the page, not the word. */
.words{display:inline-flex;flex-wrap:wrap;column-gap:.3em}
html[dir=ltr] .words>span+span{border-left:2px solid #d9d9d9;padding-left:.3em}
html[dir=rtl] .words>span+span{border-right:2px solid #d9d9d9;padding-right:.3em}
.js .words>span{border:0!important;padding:0!important}
.words>span[hidden]{display:none}
.big{font-weight:800;line-height:1;white-space:nowrap;display:flex;align-items:baseline;flex-wrap:wrap}
html[dir=rtl] .big{justify-content:flex-end}
.big .start{font-size:20vw;letter-spacing:-.02em}
.big .end{font-size:8vw;margin-inline-start:.1em;color:#d9d9d9}
.after{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 .6em}
.next{font-size:min(6vw,10vh);font-weight:700}
.next .day{margin-inline-end:.4em}
.nothing{font-size:min(5vw,9vh);font-weight:700}
.dist{font-size:min(3.5vw,6vh);font-weight:700;color:#fff;border-top:2px solid #d9d9d9;padding-top:.5vh}
.boards-2 .big .start{font-size:min(20vw,17vh)}
.boards-2 .big .end{font-size:min(8vw,7vh)}
.boards-2 .next,.boards-3 .next{font-size:min(5vw,7vh)}
.boards-2 .dist,.boards-3 .dist{font-size:min(3vw,5vh)}
.boards-3 .big .start{font-size:min(20vw,13vh)}
.boards-3 .big .end{font-size:min(8vw,6vh)}
.boards-3 .label,.boards-2 .label{font-size:min(3.5vw,4.5vh)}
.notices{flex:1;min-height:0;overflow:hidden;font-size:min(3.2vw,5.5vh)}
.notices .label{font-size:inherit}
.notices ul{list-style:none;padding:0}
.notices li+li{margin-top:.5vh}
.offline{position:fixed;inset-block-end:1vh;inset-inline-end:2vw;font-size:min(2.5vw,4vh);background:#000;color:#fff;border:2px solid #ffd866;padding:.2em .5em}
.offline[hidden]{display:none}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;
