/**
 * Reform areas (docs/DOMAIN.md §4): the national programme's fixed list, the
 * same for every plan. Reference data the importer maps headings onto
 * (src/import/areas.ts) and the pages list by.
 */
export interface Area {
  key: string;
  /** Canonical Vietnamese name. */
  name: string;
  /** Display order (the national programme's order, not any one plan's). */
  order: number;
}

export const AREAS: readonly Area[] = [
  { key: 'chi-dao', name: 'Công tác chỉ đạo, điều hành', order: 1 },
  { key: 'the-che', name: 'Cải cách thể chế', order: 2 },
  { key: 'tthc', name: 'Cải cách thủ tục hành chính', order: 3 },
  { key: 'bo-may', name: 'Cải cách tổ chức bộ máy hành chính nhà nước', order: 4 },
  { key: 'cong-vu', name: 'Cải cách chế độ công vụ', order: 5 },
  { key: 'tai-chinh', name: 'Cải cách tài chính công', order: 6 },
  { key: 'so', name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', order: 7 },
  { key: 'chi-so', name: 'Duy trì nâng cao các chỉ số', order: 8 },
];

/**
 * Where the importer puts a task or target whose heading names none of the
 * areas above (`khac`): listed last, so that nothing drops off the area and
 * target pages.
 */
export const OTHER_AREA: Area = { key: 'khac', name: 'Nội dung khác', order: 99 };

export function areaByKey(key: string): Area | undefined {
  return key === OTHER_AREA.key ? OTHER_AREA : AREAS.find((a) => a.key === key);
}
