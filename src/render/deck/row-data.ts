// A table row's `data:` values in a slide template are templates, as its label and cells are:
// `data: { founded: '{{company.founded}}' }` gives the cell template {{row.founded}} the company's year,
// not the text "{{company.founded}}". Values without {{ … }} (flags such as `whole: 'yes'`) stay as written.
// The rows of a list (data/<company>/lists) are data, never templates: they do not come here.
export function templateRowData(data: Record<string, unknown> | undefined, render: (template: string) => string): Record<string, unknown> | undefined {
  if (!data) return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' && v.includes('{{') ? render(v) : v]));
}
