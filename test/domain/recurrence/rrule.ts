import * as rruleNamespace from 'rrule';

type RRuleModule = typeof rruleNamespace;

// Node's ESM loader gets rrule's CommonJS build, whose exports sit on `default`; bundlers
// (wrangler, vite) get its ESM build with named exports. Pick whichever this runtime gave us.
const loaded: RRuleModule =
  typeof (rruleNamespace as Partial<RRuleModule>).RRule === 'function'
    ? rruleNamespace
    : (rruleNamespace as unknown as { default: RRuleModule }).default;

export const RRule = loaded.RRule;
export const Weekday = loaded.Weekday;
export type RRuleOptions = rruleNamespace.Options;
