// What `quarterdeck build` loads when it runs: the pipeline and the run's options. One module, so
// that scripts/bundle-cli.mjs can make the whole build path one file (dist/cli/build-run.bundle.js),
// which the bundled front imports instead of this one.
export { build } from '../build.js';
export { runOptions } from '../config/run-options.js';
