// Starts a TypeScript worker entry from source (tests run without a build): registers tsx in the
// worker thread, then loads the entry named as the worker's last argument.
require('tsx/cjs/api').register();
require(process.argv[process.argv.length - 1]);
