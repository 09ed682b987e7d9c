/**
 * `--format text`: the document's restored text in reading order, one paragraph per
 * line, each table cell on its own line, no page furniture.
 */
import type { Doc } from '../model/document.ts';
import type { Plan, Section } from '../model/plan.ts';

function sectionLines(section: Section, out: string[]): void {
  const heading = [section.number ? `${section.number}${/^[IVXLC]+$/.test(section.number) ? '.' : /^[a-zđ]$/.test(section.number) ? ')' : '.'}` : '', section.title ?? ''].filter(Boolean).join(' ');
  if (heading) out.push(heading);
  out.push(...section.paragraphs);
  for (const child of section.children) sectionLines(child, out);
}

export function planText(plan: Plan, doc: Doc): string {
  const out: string[] = [];
  if (plan.issuer.parent) out.push(plan.issuer.parent);
  if (plan.issuer.name) out.push(plan.issuer.name);
  if (plan.number) out.push(`Số: ${plan.number}`);
  if (plan.place || plan.date) out.push([plan.place, plan.date].filter(Boolean).join(', '));
  if (plan.docType) out.push(plan.docType);
  if (plan.title) out.push(plan.title);
  out.push(...plan.basis);
  for (const section of plan.sections) sectionLines(section, out);
  if (plan.signer) out.push(...[plan.signer.capacity, plan.signer.title, plan.signer.name].filter((x): x is string => Boolean(x)));
  if (plan.recipients.length) out.push('Nơi nhận:', ...plan.recipients);
  for (const table of doc.tables) {
    const cells = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col);
    for (const cell of cells) if (cell.text.trim()) out.push(cell.text.replace(/\s*\n\s*/g, ' ').trim());
  }
  return out.join('\n') + '\n';
}
