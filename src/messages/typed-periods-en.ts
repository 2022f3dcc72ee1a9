// Words of the check that no period label is typed into reusable company text (load/typed-periods.ts).

export const typedPeriodsEn = {
  typed: (label: string) => `the period label "${label}" is typed into a text every period's documents print; it goes stale the next period`,
  expected: () => 'a placeholder that takes the period from the package: {{fiscalYear}} (the document\'s fiscal year), {{releaseDate}}',
  hint: () => 'write "{{fiscalYear}}" for the document\'s fiscal year; a text that changed over the years is a list of { since, until, text } entries',
};
