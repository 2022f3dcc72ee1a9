// The parts of an Office Open XML package in memory, in their zip order ([Content_Types].xml
// first), read and replaced as text or bytes. The fixes and checks of this folder work on these.
import type { ZipEntry } from '../pptx-zip.js';

const utf8 = new TextDecoder('utf-8');

export class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly order: string[] = [];

  constructor(entries: ZipEntry[]) {
    for (const e of entries) { if (!this.byName.has(e.name)) this.order.push(e.name); this.byName.set(e.name, e); }
  }

  names(): string[] { return [...this.order]; }
  has(name: string): boolean { return this.byName.has(name); }
  bytes(name: string): Uint8Array { return this.get(name).data; }
  text(name: string): string { return utf8.decode(this.get(name).data); }
  setBytes(name: string, data: Uint8Array): void {
    if (!this.byName.has(name)) this.order.push(name);
    this.byName.set(name, { name, data });
  }
  setText(name: string, xml: string): void { this.setBytes(name, Buffer.from(xml, 'utf8')); }
  /** parts whose name matches, in zip order */
  matching(re: RegExp): string[] { return this.order.filter((n) => re.test(n)); }
  entries(): ZipEntry[] { return this.order.map((n) => this.byName.get(n)!); }

  private get(name: string): ZipEntry {
    const e = this.byName.get(name);
    if (!e) throw new Error(`no part ${name} in the package`);
    return e;
  }
}

/** Is this part XML (a part the schemas, the relationships or the content types describe)? */
export const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

/** The folder of a part ("ppt/slides/slide1.xml" → "ppt/slides"), "" at the root. */
export const folderOf = (name: string): string => name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';

/** The relationships part of a part ("ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels"). */
export function relsOf(name: string): string {
  const dir = folderOf(name);
  return `${dir ? `${dir}/` : ''}_rels/${name.slice(dir ? dir.length + 1 : 0)}.rels`;
}

/** A relationship target resolved against the folder of its source part (OPC part names, no leading "/"). */
export function resolveTarget(sourceFolder: string, target: string): string {
  const segs = target.startsWith('/') ? [] : sourceFolder.split('/').filter(Boolean);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segs.pop();
    else if (s !== '.' && s !== '') segs.push(s);
  }
  return segs.map((s) => decodeURIComponent(s)).join('/');
}

export const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** Relationships of one .rels part: id, type (its last segment), target, and whether it is external. */
export function readRels(xml: string): { id: string; type: string; target: string; external: boolean }[] {
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const attr = (n: string) => unescapeXml(new RegExp(`\\b${n}="([^"]*)"`).exec(m[1])?.[1] ?? '');
    return { id: attr('Id'), type: attr('Type').split('/').pop() ?? '', target: attr('Target'), external: attr('TargetMode') === 'External' };
  });
}
