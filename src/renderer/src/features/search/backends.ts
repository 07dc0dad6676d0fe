// The index's two homes: a Web Worker, off the page's thread; or, where none can start, the page.
import type { SearchBackend } from './sentence-search'
import type { SearchRequest, SearchResponse } from './protocol'

export function workerBackend(): SearchBackend {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sentence-search'
  })
  return {
    post: (request) => worker.postMessage(request),
    onResponse: (listener) =>
      worker.addEventListener('message', (e: MessageEvent<SearchResponse>) => listener(e.data)),
    onFailure: (listener) => worker.addEventListener('error', () => listener(), { once: true }),
    close: () => worker.terminate()
  }
}

/** The index on the page: MiniSearch is fetched with the first request, in order with the rest. */
export function pageBackend(): SearchBackend {
  const listeners: ((response: SearchResponse) => void)[] = []
  let queue = Promise.all([import('@shared/search/library-index'), import('./answer')]).then(
    ([{ LibraryIndex }, { answer }]) => ({ index: new LibraryIndex(), answer })
  )
  return {
    post: (request: SearchRequest) => {
      const next = queue.then((home) => {
        const response = home.answer(home.index, request)
        if (response) listeners.forEach((l) => l(response))
        return home
      })
      queue = next
    },
    onResponse: (listener) => listeners.push(listener),
    onFailure: () => undefined,
    close: () => undefined
  }
}
