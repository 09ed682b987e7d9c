import { describe, expect, it } from 'vitest';
import { tabTables } from '../../src/layout/tab-tables.ts';
import { textDoc } from '../../src/structure/text-doc.ts';

const lines = (text: string) => textDoc('t.txt', text).pages.flatMap((p) => p.lines);

describe('tabTables', () => {
  it('reads a run of TAB-separated lines as a grid from its header, a short row spanning the columns left', () => {
    const text = 'Số: 12/KH-UBND\tHà Nội, ngày 3 tháng 2 năm 2025\nKẾ HOẠCH\nTT\tNội dung\tĐơn vị chủ trì\tThời gian\nI\tNHÓM NHIỆM VỤ\n1\tRà soát thủ tục\tSở Tư pháp\tQuý I/2025\nNơi nhận:';
    const { tables, tableLines } = tabTables(lines(text));
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect([table.rows, table.cols]).toEqual([3, 4]);
    expect(table.cells.find((c) => c.row === 1 && c.col === 1)).toMatchObject({ text: 'NHÓM NHIỆM VỤ', colSpan: 3 });
    const unit = table.cells.find((c) => c.row === 2 && c.col === 2)!;
    expect(text.slice(...unit.span!)).toBe('Sở Tư pháp');
    // the header's two TAB-joined columns are no table
    expect(tableLines.size).toBe(3);
  });

  it('finds none in text without TABs or with two columns only', () => {
    expect(tabTables(lines('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI\nSố: 1/KH\tHà Nội\nKẾ HOẠCH')).tables).toEqual([]);
    expect(tabTables(lines('TT Nội dung Đơn vị\n1 Rà soát Sở Tư pháp')).tables).toEqual([]);
  });
});
