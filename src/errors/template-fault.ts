// A fault in a template (not in the data): documents fail on it, never leave it out.
import { QuarterDeckError, type Problem } from './problem.js';

export class TemplateFault extends QuarterDeckError {
  constructor(problems: Problem[]) {
    super(problems);
    this.name = 'TemplateFault';
  }
}
