/**
 * The source shapes a plan document can come in (docs/DOMAIN.md). The one
 * list: the metadata schema takes its ids, the data dictionary its words,
 * and src/import/shapes.ts must give each a detector and its parsers (the
 * type checker refuses a shape without them).
 */
export const SOURCE_SHAPES = [
  { id: 'tsv', label: 'bảng' },
  { id: 'pdf-text', label: 'chữ trích từ PDF' },
  { id: 'prose', label: 'văn xuôi' },
] as const;

export const sourceFormats = SOURCE_SHAPES.map((s) => s.id) as unknown as readonly [
  (typeof SOURCE_SHAPES)[number]['id'],
  ...(typeof SOURCE_SHAPES)[number]['id'][],
];

export type SourceFormat = (typeof SOURCE_SHAPES)[number]['id'];
