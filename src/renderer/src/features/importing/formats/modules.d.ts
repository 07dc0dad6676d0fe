// Type declarations for the browser builds the file readers import. mammoth's browser build is the same API as its Node entry, bundled to run without Node.
declare module 'mammoth/mammoth.browser' {
  import mammoth from 'mammoth'
  export default mammoth
}

// pdf.js's worker module, loaded into our own worker so pdf.js runs there on one thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
