import { describe, expect, it } from 'vitest';
import { sharedRestorer } from './helpers.ts';

describe('case, placement and other languages', () => {
  it('keeps upper-case headings upper case and title case titled', async () => {
    const restorer = await sharedRestorer();
    expect(restorer.restoreLine('KE HOACH').text).toBe('KẾ HOẠCH');
    expect(restorer.restoreLine('I. MUC DICH, YEU CAU').text).toBe('I. MỤC ĐÍCH, YÊU CẦU');
    expect(restorer.restoreLine('Quan Long Bien').text).toBe('Quận Long Biên');
  });

  it('leaves an English sentence as it is', async () => {
    const restorer = await sharedRestorer();
    const english = 'This plan is approved by the People’s Committee of the district.';
    expect(restorer.restoreLine(english).text).toBe(english);
    const mixed = restorer.restoreLine('Ten tieng Anh: Department of Home Affairs');
    expect(mixed.text).toBe('Tên tiếng Anh: Department of Home Affairs');
  });

  it('writes the tone placement the input uses', async () => {
    const old = await (await import('../../src/restore/restorer.ts')).createRestorer({ placement: 'auto' });
    expect(old.restoreLine('Cộng hoà xã hội, van hoa').text).toBe('Cộng hoà xã hội, văn hoá');
    expect(old.restoreLine('Cộng hòa xã hội, van hoa').text).toBe('Cộng hòa xã hội, văn hóa');
    expect(old.restoreLine('van hoa').text).toBe('văn hóa');
  });

  it('rejects an unknown placement with a message naming the choices', async () => {
    const { createRestorer } = await import('../../src/restore/restorer.ts');
    await expect(createRestorer({ placement: 'new' as 'old' })).rejects.toThrow(/'auto', 'modern' or 'old'/);
  });
});
