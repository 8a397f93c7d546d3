/**
 * Unit-name resolver: a lead/coordinate cell as printed → unit ids of
 * content/units.yaml, qualifiers as notes, and everything it cannot place
 * reported verbatim. Unknown names become new ("discovered") units of the
 * plan's jurisdiction so that nothing is dropped and the build never fails.
 */
import type { Unit, UnitEntry, UnitRegistry } from '../../schema/unit';
import { slugify } from '../../text/slug';
import type { Abbreviations } from '../../text/glossary';
import { cleanCell, qualifiers, segments } from './cells';
import { addName, buildIndex, chainOf, findJurisdiction, type UnitIndex } from './registry';
import { scan, splitUnknown } from './scan';
import { isConnectorText, looksLikeUnitName, nameKey } from './names';

export { registryProblems } from './registry';

export interface Resolution {
  /** Unit ids in the order written; a unit written twice appears twice (two sub-rows). */
  units: string[];
  notes: { unit: string; note: string }[];
  /** Names that became discovered units, and residual text that names no unit, verbatim. */
  unknown: string[];
  /** The part of `unknown` that names no unit (shifted cells, cut headings, markup): no unit was created for it. */
  residual: string[];
}

export interface UnitResolver {
  /** Split a lead/coordinate cell into units. jurisdiction = the plan's jurisdiction (e.g. "huyện Hải Lăng"). */
  resolve(cell: string, jurisdiction: string): Resolution;
  /** All units, including ones discovered from unknown names during this build (kind office, discovered: true). */
  units(): Unit[];
  /**
   * Where known unit names occur in a line (offsets into text.normalize('NFC')),
   * without discovering anything: for parsers that must find where a unit cell
   * starts inside a line such as "Kế hoạch Phòng Tư pháp".
   */
  locate(text: string, jurisdiction: string): { id: string; start: number; end: number }[];
}

export const unitUrl = (id: string) => `/don-vi/${id}/`;

/** Reported text keeps its words; line breaks of wrapped cells become spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `abbreviations`: the glossary's, built with names.DROPPED (see unitAbbreviations). */
export function createUnitResolver(registry: UnitRegistry, abbreviations: Abbreviations): UnitResolver {
  const index: UnitIndex = buildIndex(registry, abbreviations);
  const entries: UnitEntry[] = [...registry.units];
  const discovered = new Set<string>();

  function discover(name: string, chain: string[], jurisdiction: string): string {
    const home = findJurisdiction(index, jurisdiction)?.name ?? chain[0] ?? jurisdiction;
    const key = nameKey(name, abbreviations).join(' ');
    const known = entries.find(
      (e) => discovered.has(e.id) && e.jurisdiction === home && nameKey(e.name, abbreviations).join(' ') === key,
    );
    if (known) return known.id;
    const prefix = index.jurisdictions.find((j) => j.name === home)?.idPrefix ?? slugify(home);
    const base = [prefix, slugify(name) || 'don-vi'].filter(Boolean).join('-');
    let id = base;
    for (let n = 2; entries.some((e) => e.id === id); n++) id = `${base}-${n}`;
    entries.push({ id, name, jurisdiction: home, kind: 'office', aliases: [] });
    discovered.add(id);
    addName(index, home, { key: nameKey(name, abbreviations), id, discovered: true });
    return id;
  }

  function resolve(cell: string, jurisdiction: string): Resolution {
    const out: Resolution = { units: [], notes: [], unknown: [], residual: [] };
    const leftover = (text: string) => {
      out.unknown.push(text);
      out.residual.push(text);
    };
    const chain = chainOf(index, jurisdiction);
    for (const segment of segments(cleanCell(cell))) {
      let last: string | undefined;
      for (const part of qualifiers(segment)) {
        if (part.note) {
          if (last !== undefined) out.notes.push({ unit: last, note: part.text });
          else leftover(part.text);
          continue;
        }
        for (const item of scan(index, chain, part.text)) {
          if (item.kind === 'unit') {
            out.units.push(item.id);
            if (item.discovered) out.unknown.push(flat(item.text));
            last = item.id;
            continue;
          }
          if (isConnectorText(item.text)) {
            // "Chủ tịch" before a name stands for it; with no name after it, the cell was cut.
            if (item.trailing && /[\p{L}\p{N}]/u.test(item.text)) leftover(flat(item.text));
            continue;
          }
          for (const piece of splitUnknown(item.text)) {
            if (!looksLikeUnitName(piece)) {
              leftover(piece);
              continue;
            }
            last = discover(piece, chain, jurisdiction);
            out.units.push(last);
            out.unknown.push(piece);
          }
        }
      }
    }
    return out;
  }

  const locate = (text: string, jurisdiction: string) =>
    scan(index, chainOf(index, jurisdiction), text.normalize('NFC')).flatMap((item) =>
      item.kind === 'unit' ? [{ id: item.id, start: item.start, end: item.end }] : [],
    );

  return {
    resolve,
    locate,
    units: () => entries.map((e) => ({ ...e, url: unitUrl(e.id), discovered: discovered.has(e.id), duties: [] })),
  };
}
