// Footnotes of the release, numbered in the order the document first refers to them (¹ ² ³ …),
// each printed once, after the block that referred to it. Same text → same number.

const SUPERSCRIPTS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** 12 → "¹²" */
export function superscript(n: number): string {
  return String(n).split('').map((d) => SUPERSCRIPTS[Number(d)]).join('');
}

export interface Note { n: number; html: string }

/** The reference to a note (numbered as it is first referred to): <sup>²</sup> */
export function noteRef(notes: Notes, html: string): string {
  return `<sup class="note-ref">${superscript(notes.ref(html))}</sup>`;
}

export class Notes {
  private byText = new Map<string, number>();
  private pending: Note[] = [];
  private count = 0;

  /** The number of a note (a new one if the text is new); it is printed at the next flush. */
  ref(html: string): number {
    const known = this.byText.get(html);
    if (known !== undefined) return known;
    const n = ++this.count;
    this.byText.set(html, n);
    this.pending.push({ n, html });
    return n;
  }

  /** The notes referred to since the last flush. */
  flush(): Note[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}
