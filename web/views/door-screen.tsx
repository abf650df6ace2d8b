import { raw } from 'hono/html';
import { DateTime } from 'luxon';
import type { ScreenSlot } from '../../src/domain/door-screen';
import { staticFiles } from '../assets/static-files';
import { clientCatalogues, type Lang } from '../i18n/catalogue';
import { screenWords, type ScreenWords } from '../i18n/screen-words';

type ScreenBoardView = { name: string; serving: ScreenSlot | null; next: ScreenSlot | null };
type ScreenNotice = { nb: string; en: string | null };

type Props = {
  siteName: string;
  zone: string;
  today: string;
  /** The page's own language first (its `lang` and direction), then the others in turn. */
  langs: readonly Lang[];
  boards: ScreenBoardView[];
  notices: ScreenNotice[];
  lookAheadDays: number;
  refreshSeconds: number;
};

const dirOf = (lang: Lang) => clientCatalogues[lang].dir;

/**
 * The same words in every language, each marked with its language and direction: all side by
 * side without script; the script shows one language at a time (web/assets/screen-js.ts).
 */
function Words({ langs, say }: { langs: readonly Lang[]; say: (lang: Lang) => string }) {
  return (
    <span class="words">
      {langs.map((lang) => (
        <span lang={lang} dir={dirOf(lang)}>
          {say(lang)}
        </span>
      ))}
    </span>
  );
}

const hhmm = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');

/** A slot in very large type: its start, then its end smaller; always left to right ("11:15–11:30"). */
function BigSlot({ slot, zone }: { slot: ScreenSlot; zone: string }) {
  return (
    <p class="big" dir="ltr">
      <span class="start">{hhmm(slot.start, zone)}</span>
      <span class="end">
        {raw('&ndash;')}
        {hhmm(slot.end, zone)}
      </span>
    </p>
  );
}

function Board({ board, props, many }: { board: ScreenBoardView; props: Props; many: boolean }) {
  const { langs, zone, today } = props;
  const word = (pick: (w: ScreenWords) => string) => <Words langs={langs} say={(l) => pick(screenWords[l])} />;
  const { serving, next } = board;
  // The next opening on another day is named by its weekday (within two weeks, with the date too past a week).
  const day = (slot: ScreenSlot) =>
    slot.date === today ? (
      word((w) => w.today)
    ) : (
      <Words
        langs={langs}
        say={(l) => {
          const dt = DateTime.fromISO(slot.date, { zone }).setLocale(clientCatalogues[l].dates.locale);
          return dt.diff(DateTime.fromISO(today, { zone }), 'days').days > 6 ? dt.toLocaleString({ weekday: 'long', day: 'numeric', month: 'short' }) : dt.toFormat('cccc');
        }}
      />
    );
  return (
    <section class="board" aria-label={board.name}>
      {many ? <h2 class="dist">{board.name}</h2> : null}
      {serving ? (
        <>
          <p class="label">{word((w) => w.now)}</p>
          <BigSlot slot={serving} zone={zone} />
          {next ? (
            <div class="after">
              <p class="label">{word((w) => w.next)}</p>
              <p class="next">
                {next.date === today ? null : <span class="day">{day(next)}</span>}
                <span dir="ltr">
                  {hhmm(next.start, zone)}
                  {raw('&ndash;')}
                  {hhmm(next.end, zone)}
                </span>
              </p>
            </div>
          ) : null}
        </>
      ) : next ? (
        <>
          <p class="label">
            {word((w) => w.next)}
            <span class="day">{day(next)}</span>
          </p>
          <BigSlot slot={next} zone={zone} />
        </>
      ) : (
        <p class="nothing">{word((w) => w.nothingAhead(props.lookAheadDays))}</p>
      )}
    </section>
  );
}

/**
 * The door screen: a whole document of its own (no navigation, no language links, nothing to
 * click), for a TV or an old tablet by the door. Times only, never codes or counts of people.
 */
export function DoorScreen(props: Props) {
  const { langs } = props;
  const primary = langs[0]!;
  const many = props.boards.length > 1;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={primary} dir={dirOf(primary)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex, nofollow" />
          <title>{props.siteName}</title>
          <link rel="stylesheet" href={staticFiles.screenCss.path} />
          <link rel="icon" href={staticFiles.icon.path} type="image/svg+xml" />
          {/* Why not a Refresh header: browsers obey it even while the script runs, so the screen
              would reload (and flash) as well as swap. Inside <noscript> the meta only counts when
              script is off; with script, screen-js.ts asks at the same moment and swaps in place. */}
          <noscript>
            <meta http-equiv="refresh" content={String(props.refreshSeconds)} />
          </noscript>
          <script src={staticFiles.screenJs.path} defer></script>
        </head>
        <body class="door">
          <main data-screen data-refresh={String(props.refreshSeconds)} data-zone={props.zone} data-langs={langs.join(' ')} class={`boards-${Math.min(props.boards.length, 3)}`}>
            <h1 class="site">{props.siteName}</h1>
            {props.boards.map((board) => (
              <Board board={board} props={props} many={many} />
            ))}
            {props.notices.length > 0 ? (
              <section class="notices" aria-labelledby="notices">
                <h2 id="notices" class="label">
                  <Words langs={langs} say={(l) => clientCatalogues[l].home.notices} />
                </h2>
                <ul>
                  {props.notices.map((n) => (
                    <li>
                      <span class="words">
                        <span lang="nb">{n.nb}</span>
                        {n.en ? <span lang="en">{n.en}</span> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <p class="offline" data-offline hidden>
              <Words langs={langs} say={(l) => screenWords[l].offlineSince} /> <time data-since dir="ltr"></time>
            </p>
          </main>
        </body>
      </html>
    </>
  );
}
