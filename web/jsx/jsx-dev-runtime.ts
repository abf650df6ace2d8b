// Development builds (tsx, vitest) import the dev runtime; it is the same renderer.
export { Fragment, jsxDEV, jsx, jsxs, type JSX } from './jsx-runtime';
