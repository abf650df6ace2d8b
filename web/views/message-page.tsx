import type { Child } from 'hono/jsx';
import { Layout, type ClientPageContext } from './layout';

/** Errors and other one-message pages: a heading, a sentence, a way on. Never a stack trace. */
export function MessagePage({
  page,
  title,
  text,
  back,
  children,
}: {
  page: ClientPageContext;
  title: string;
  text: string;
  back?: { href: string; label: string };
  children?: Child;
}) {
  const link = back ?? { href: '/', label: page.t.errors.back };
  return (
    <Layout page={page} title={title} narrow>
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
      <p>
        <a href={link.href}>{link.label}</a>
      </p>
    </Layout>
  );
}
