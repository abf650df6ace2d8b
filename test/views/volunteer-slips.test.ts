import { describe, expect, it } from 'vitest';
import { staffCatalogues as catalogues } from '../../web/i18n/catalogue';
import { escapeHtml } from '../../web/jsx/escape-html';
import { slipsHtml } from '../../web/views/volunteer-slips';

const html = (...args: Parameters<typeof slipsHtml>) => String(slipsHtml(...args));

describe('slipsHtml: the slips of a slot on the volunteer page', () => {
  it('gives a booked slip one form with its code and a submit button for picked up and for no-show', () => {
    expect(html(catalogues.nb, [{ code: 'ABCD-EFGH', status: 'booked', note: null }])).toBe(
      '<li data-status="booked" data-code="ABCD-EFGH"><span class="who"><span class="code-text">ABCD-EFGH</span> </span>' +
        '<form class="buttons no-print" method="post" action="/volunteer/status" data-inline="true" id="f-ABCD-EFGH">' +
        '<input type="hidden" name="code" value="ABCD-EFGH"/>' +
        '<button name="status" value="picked_up" aria-label="Hentet: ABCD-EFGH">Hentet</button>' +
        '<button name="status" value="no_show" class="secondary" aria-label="Kom ikke: ABCD-EFGH">Kom ikke</button>' +
        '</form></li>',
    );
  });

  it('gives a picked-up or no-show slip its status and one undo button, a cancelled slip no form at all', () => {
    const out = html(catalogues.en, [
      { code: 'PICK-0001', status: 'picked_up', note: null },
      { code: 'GONE-0002', status: 'no_show', note: 'late' },
      { code: 'CANC-0003', status: 'cancelled', note: null },
    ]);
    const slips = out.split('</li>').slice(0, -1);
    expect(slips).toHaveLength(3);
    expect(slips[0]).toBe(
      '<li data-status="picked_up" data-code="PICK-0001"><span class="who"><span class="code-text">PICK-0001</span> <span class="status status-picked_up">Picked up</span></span>' +
        '<form class="buttons no-print" method="post" action="/volunteer/status" data-inline="true" id="f-PICK-0001">' +
        '<input type="hidden" name="code" value="PICK-0001"/>' +
        '<button name="status" value="booked" class="secondary" aria-label="Undo: PICK-0001">Undo</button></form>',
    );
    expect(slips[1]).toContain(`<span class="status status-no_show">${catalogues.en.status.no_show}</span></span><span class="note">late</span><form `);
    expect(slips[1]!.match(/<button /g)).toHaveLength(1);
    expect(slips[1]).toContain('name="status" value="booked"');
    expect(slips[2]).toBe(
      '<li data-status="cancelled" data-code="CANC-0003"><span class="who"><span class="code-text">CANC-0003</span> <span class="status status-cancelled">Cancelled</span></span>',
    );
  });

  it('escapes codes, notes and the labels wherever they go', () => {
    const evil = `A"<&>'Z`;
    const note = `<script>alert("x&y")</script> it's`;
    const out = html(catalogues.nb, [{ code: evil, status: 'booked', note }]);
    const code = '"A&quot;&lt;&amp;&gt;&#39;Z"'.slice(1, -1);
    expect(out).toContain(`data-code="${code}"`);
    expect(out).toContain(`<span class="code-text">${code}</span>`);
    expect(out).toContain(`id="f-${code}"`);
    expect(out).toContain(`name="code" value="${code}"`);
    expect(out).not.toContain('name="date"');
    expect(out).toContain(`aria-label="Hentet: ${code}"`);
    expect(out).toContain(`aria-label="Kom ikke: ${code}"`);
    expect(out).toContain('<span class="note">&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; it&#39;s</span>');
    // Nothing raw got through: the only tags are the slip's own.
    expect(out.replace(/<\/?(li|span|form|input|button)\b[^<>]*>/g, '')).not.toMatch(/[<>]/);
  });

  it('escapes with the same five entities as hono JSX', () => {
    expect(escapeHtml(`&<>'"`)).toBe('&amp;&lt;&gt;&#39;&quot;');
    expect(escapeHtml('ABCD-EFGH')).toBe('ABCD-EFGH');
  });

  it('has one form a slip, whatever the slot holds', () => {
    const slips = Array.from({ length: 50 }, (_, i) => ({ code: `CODE-${String(i).padStart(4, '0')}`, status: (['booked', 'picked_up', 'no_show'] as const)[i % 3], note: null }));
    const out = html(catalogues.nb, slips);
    expect(out.match(/<form /g)).toHaveLength(50);
    expect(out.match(/<button /g)).toHaveLength(17 * 2 + 33);
    expect(new Set(out.match(/id="[^"]+"/g)).size).toBe(50);
  });
});
