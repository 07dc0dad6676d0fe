// `npm run bench`: starts the segmentation benchmark in bench/run.ts. It is loaded by URL because
// bench/ has its own tsconfig (bench/tsconfig.json) and is not part of this project's node program.
const entry = new URL('../bench/run.ts', import.meta.url).href
await import(entry)
