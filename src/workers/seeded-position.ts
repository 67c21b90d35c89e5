/** A start position in a disc, from a node's id: the same id always starts at the same place. */
export function seededPosition(id: string, radius: number): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 100_000) / 100_000;
  const h2 = Math.imul(h ^ 0x9e3779b9, 16777619) >>> 0;
  const r = Math.sqrt((h2 % 100_000) / 100_000);
  return { x: Math.cos(a * 2 * Math.PI) * r * radius, y: Math.sin(a * 2 * Math.PI) * r * radius };
}
