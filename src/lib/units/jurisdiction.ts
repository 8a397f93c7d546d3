/**
 * A unit's identity is (jurisdiction, name): "Phòng Nội vụ" of Vĩnh Linh is
 * not that of Hải Lăng. Jurisdictions are written as names ("huyện Hải
 * Lăng", "Sở Nội vụ tỉnh Quảng Trị"), shown capitalised.
 */
export function jurisdictionLabel(jurisdiction: string): string {
  const j = jurisdiction.trim();
  return j.charAt(0).toLocaleUpperCase('vi') + j.slice(1);
}

/** Province first, then its offices and departments, then districts, then the rest. */
export function jurisdictionRank(jurisdiction: string): number {
  const j = jurisdiction.trim().toLocaleLowerCase('vi');
  if (j.startsWith('tỉnh')) return 0;
  if (j.startsWith('văn phòng') || j.startsWith('sở')) return 1;
  if (j.startsWith('huyện') || j.startsWith('thị xã') || j.startsWith('thành phố')) return 2;
  return 3;
}
