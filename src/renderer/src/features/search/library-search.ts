// The app's one sentence index, started the first time something searches (the palette or the
// link picker), so the first load neither reads every article nor fetches MiniSearch.
import { db } from '../../db'
import { pageBackend, workerBackend } from './backends'
import { SentenceSearch } from './sentence-search'

let search: SentenceSearch | undefined

function firstBackend() {
  try {
    return workerBackend()
  } catch {
    return pageBackend()
  }
}

export function librarySearch(): SentenceSearch {
  search ??= new SentenceSearch(db, firstBackend(), pageBackend, (e) =>
    console.error('The sentence index could not follow the library:', e)
  )
  return search
}
