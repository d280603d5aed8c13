/**
 * A minimal Word (.docx) file generator for import tests: real OOXML parts zipped with fflate,
 * so mammoth reads them exactly as it reads a file saved by Word. Supports the pieces an
 * office letter uses: headings, paragraphs with bold runs and line breaks, bulleted and
 * numbered lists, and tables.
 */
import { strToU8, zipSync } from 'fflate';

export type Block =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: (string | { bold: string } | { break: true })[] | string }
  | { bullets: string[] }
  | { numbered: string[] }
  | { table: string[][] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

function paragraph(content: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
}

function toXml(block: Block): string {
  if ('heading' in block) return paragraph(run(block.text), `<w:pStyle w:val="Heading${block.heading}"/>`);
  if ('paragraph' in block) {
    const parts = typeof block.paragraph === 'string' ? [block.paragraph] : block.paragraph;
    return paragraph(parts.map((p) => (typeof p === 'string' ? run(p) : 'bold' in p ? run(p.bold, true) : '<w:r><w:br/></w:r>')).join(''));
  }
  if ('bullets' in block || 'numbered' in block) {
    const [items, numId] = 'bullets' in block ? [block.bullets, 1] : [block.numbered, 2];
    return items.map((item) => paragraph(run(item), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`)).join('');
  }
  const rows = block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(run(cell))}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl>${rows}</w:tbl>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** The bytes of a .docx holding `blocks`. */
export function makeDocx(blocks: readonly Block[]): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${blocks.map(toXml).join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(NUMBERING),
  });
}

/** A fictional letter from Northshire's commissioner about the fixture's vetting review, with the characters Word leaves behind. */
export const NORTHSHIRE_LETTER: Block[] = [
  { paragraph: [' Office of the Police and Crime Commissioner for Northshire', { break: true }, '1 Placeholder Street'] },
  { paragraph: '20 April 2021' },
  { paragraph: 'Dear Home\u00A0Secretary' },
  { heading: 1, text: 'Response to the fictional vetting review: a placeholder inspection' },
  { paragraph: 'Lorem ipsum dolor sit amet, this is a placeholder letter about a fictional report. We wel\u00ADcome the report\u200B and its findings, which are “placeholder” findings.' },
  { bullets: ['Placeholder point one', 'Placeholder point two'] },
  { numbered: ['First numbered placeholder', 'Second numbered placeholder'] },
  { table: [['Recommendation', 'Owner'], ['1', 'Placeholder owner']] },
  { paragraph: [{ bold: 'Recommendation 1:' }, ' Placeholder text of recommendation one, quoted.'] },
  { paragraph: 'Placeholder answer to recommendation one.' },
  { paragraph: 'Recommendation 2' },
  { paragraph: 'Placeholder answer to recommendation two.' },
  { paragraph: 'Yours sincerely' },
  { paragraph: 'Alex Example' },
  { paragraph: 'Police and Crime Commissioner for Northshire' },
];
