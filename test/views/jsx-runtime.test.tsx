import { Hono } from 'hono';
import { raw } from 'hono/html';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../web/jsx/escape-html';

// The views' own JSX runtime (tsconfig jsxImportSource "#jsx"): markup as hono/jsx wrote it.
describe('the JSX runtime of the views', () => {
  it('is ours: an element is rendered at once, not kept as a node tree, and c.html() gets a plain string', async () => {
    const element = <p>hi</p>;
    expect(String(element)).toBe('<p>hi</p>');
    expect(element).not.toHaveProperty('tag');
    const response = await new Hono().get('/', (c) => c.html(<p>hi</p>)).request('/');
    expect(await response.text()).toBe('<p>hi</p>');
    expect(element).not.toBeInstanceOf(String);
  });

  it('escapes text and attributes with the five entities and lets raw() and rendered elements through', () => {
    const text = `<b>"Ost" & 'kjeks'</b>`;
    expect(String(<span title={text}>{text}</span>)).toBe(`<span title="${escapeHtml(text)}">${escapeHtml(text)}</span>`);
    expect(escapeHtml(text)).toBe('&lt;b&gt;&quot;Ost&quot; &amp; &#39;kjeks&#39;&lt;/b&gt;');
    expect(String(<div>{raw('<br/>')}{<i>x</i>}</div>)).toBe('<div><br/><i>x</i></div>');
  });

  it('writes void elements self-closed, boolean attributes bare, and leaves out null, undefined and false', () => {
    expect(String(<input type="checkbox" checked required={false} value={3} data-x={undefined} aria-hidden={true} />)).toBe('<input type="checkbox" checked="" value="3" aria-hidden="true"/>');
    expect(String(<label htmlFor="a" className="b">{null}{false}{undefined}{0}</label>)).toBe('<label for="a" class="b">0</label>');
  });

  it('renders components, fragments and lists', () => {
    const Item = ({ name }: { name: string }) => <li>{name}</li>;
    const List = ({ names }: { names: string[] }) => (
      <>
        <ul>{names.map((n) => <Item name={n} />)}</ul>
        {names.length === 0 ? 'tom' : null}
      </>
    );
    expect(String(<List names={['a', '<b>']} />)).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
    expect(String(<List names={[]} />)).toBe('<ul></ul>tom');
  });

  it('refuses what would break the markup', () => {
    expect(() => <div {...{ 'x"y': 1 }} />).toThrow(/Invalid attribute name/);
    expect(() => <div onclick={(() => 1) as unknown as string} title={(() => 1) as unknown as string} />).toThrow(/type 'function'/);
  });
});
