/**
 * The registry as a lookup structure: jurisdictions with their parent chains
 * and, per jurisdiction, every alias key of every unit.
 */
import type { JurisdictionEntry, UnitEntry, UnitRegistry } from '../../schema/unit';
import type { Abbreviations } from '../../text/glossary';
import { nameKey } from './names';

export interface IndexedName {
  key: string[];
  id: string;
  discovered: boolean;
}

export interface UnitIndex {
  jurisdictions: JurisdictionEntry[];
  /** Folded key of every jurisdiction name and alias → the jurisdiction's name. */
  jurisdictionKeys: Map<string, string>;
  /** Lookup chains already computed, per jurisdiction string as given. */
  chains: Map<string, string[]>;
  /** Names per jurisdiction name, bucketed by first key token. */
  names: Map<string, Map<string, IndexedName[]>>;
  /** How names are keyed (from the glossary). */
  abbreviations: Abbreviations;
}

/**
 * Keys a unit answers to: its name and aliases, and each without a leading
 * "Các" ("Sở, ngành" is how qt-2021-2025 writes "Các Sở, ngành" after a semicolon).
 */
export function unitKeys(unit: Pick<UnitEntry, 'name' | 'aliases'>, abbreviations: Abbreviations): string[][] {
  const keys = [unit.name, ...unit.aliases].map((n) => nameKey(n, abbreviations)).filter((k) => k.length > 0);
  const bare = keys.filter((k) => k[0] === 'cac' && k.length > 1).map((k) => k.slice(1));
  return [...keys, ...bare];
}

export function addName(index: UnitIndex, jurisdiction: string, name: IndexedName): void {
  const first = name.key[0];
  if (first === undefined) return;
  const byFirst = index.names.get(jurisdiction) ?? new Map<string, IndexedName[]>();
  index.names.set(jurisdiction, byFirst);
  const bucket = byFirst.get(first) ?? [];
  byFirst.set(first, bucket);
  if (!bucket.some((n) => n.id === name.id && n.key.join(' ') === name.key.join(' '))) bucket.push(name);
}

export function buildIndex(registry: UnitRegistry, abbreviations: Abbreviations): UnitIndex {
  const index: UnitIndex = {
    abbreviations,
    jurisdictions: registry.jurisdictions,
    jurisdictionKeys: new Map(),
    chains: new Map(),
    names: new Map(),
  };
  for (const j of registry.jurisdictions)
    for (const n of [j.name, ...j.aliases]) {
      const key = nameKey(n, abbreviations).join(' ');
      if (!index.jurisdictionKeys.has(key)) index.jurisdictionKeys.set(key, j.name);
    }
  for (const unit of registry.units)
    for (const key of unitKeys(unit, abbreviations))
      addName(index, unit.jurisdiction, { key, id: unit.id, discovered: false });
  return index;
}

/** The registry entry a plan's jurisdiction string denotes, by name or alias. */
export function findJurisdiction(index: UnitIndex, jurisdiction: string): JurisdictionEntry | undefined {
  const name = index.jurisdictionKeys.get(nameKey(jurisdiction, index.abbreviations).join(' '));
  return index.jurisdictions.find((j) => j.name === name);
}

/**
 * Where to look a name up, nearest first. An unregistered jurisdiction still
 * sees the top-level ones, so province-wide names resolve in a new plan.
 */
export function chainOf(index: UnitIndex, jurisdiction: string): string[] {
  const known = index.chains.get(jurisdiction);
  if (known) return known;
  const start = findJurisdiction(index, jurisdiction);
  const chain: string[] = [];
  if (!start) chain.push(jurisdiction.trim(), ...index.jurisdictions.filter((j) => !j.parent).map((j) => j.name));
  for (let j: JurisdictionEntry | undefined = start; j && !chain.includes(j.name);) {
    chain.push(j.name);
    j = j.parent === undefined ? undefined : index.jurisdictions.find((p) => p.name === j!.parent);
  }
  index.chains.set(jurisdiction, chain);
  return chain;
}

/** Registry entries that would make lookup ambiguous: one key, two units, one jurisdiction. */
export function registryProblems(registry: UnitRegistry, abbreviations: Abbreviations): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const unit of registry.units) {
    if (nameKey(unit.name, abbreviations).length === 0) problems.push(`${unit.id}: name has no letters`);
    for (const key of unitKeys(unit, abbreviations)) {
      const at = `${unit.jurisdiction} | ${key.join(' ')}`;
      const other = seen.get(at);
      if (other !== undefined && other !== unit.id)
        problems.push(`"${key.join(' ')}" in ${unit.jurisdiction}: ${other} and ${unit.id}`);
      seen.set(at, unit.id);
    }
  }
  return problems;
}
